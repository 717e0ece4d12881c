// Checks submissions in parallel: a worker thread per core, fed by this thread; small batches, and
// `jobs: 1`, run in this thread alone.
import * as fs from 'node:fs';
import * as os from 'node:os';
import { Worker } from 'node:worker_threads';
import { checkSubmission, type CheckedSubmission, type CheckTask } from './check-submission';

export interface PoolOptions {
  /** Worker script (the bundled grade-worker.js). Without it, or when missing, work runs in this thread. */
  workerFile?: string;
  /** Worker threads to use; default: one per core. 1 means this thread only. */
  jobs?: number;
  /** Batches smaller than this run in this thread: starting workers costs more than it saves. */
  minParallel?: number;
  onResult?: (r: CheckedSubmission) => void;
}

/** Messages between the pool and a worker. */
export type ToWorker = { task: CheckTask };
export type FromWorker = { result: CheckedSubmission } | { error: string; index: number };

/** Tasks a worker holds at once: while it checks one, the next is already waiting in its queue. */
const IN_FLIGHT = 2;

// Checks every task and returns the results in task order, whatever order they finished in.
export async function checkAll(tasks: CheckTask[], rubricRules: string[], options: PoolOptions = {}): Promise<CheckedSubmission[]> {
  const results = new Array<CheckedSubmission>(tasks.length);
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  const jobs = Math.max(1, Math.min(options.jobs ?? cores, tasks.length));
  const parallel = jobs > 1 && tasks.length >= (options.minParallel ?? 24) && options.workerFile !== undefined && fs.existsSync(options.workerFile);
  const done = (r: CheckedSubmission): void => {
    results[r.index] = r;
    options.onResult?.(r);
  };
  // Tasks not yet handed out: first those given back by a worker that stopped, then the rest in order.
  const retry: CheckTask[] = [];
  let next = 0;
  const take = (): CheckTask | undefined => retry.shift() ?? tasks[next++];
  const runHere = async (): Promise<void> => {
    for (let t = take(); t; t = take()) done(await checkOne(t, rubricRules));
  };
  if (!parallel) {
    await runHere();
    return results;
  }
  // `jobs` workers; this thread only hands out tasks and collects results, so that a worker's next
  // task never waits behind a check running here.
  const runWorker = (): Promise<void> =>
    new Promise((resolve, reject) => {
      // A young generation larger than the default means fewer scavenges (parsing allocates many
      // short-lived objects); beyond about 24 MB it only adds memory, once per worker.
      const worker = new Worker(options.workerFile!, { workerData: { rubricRules }, resourceLimits: { maxYoungGenerationSizeMb: 24 } });
      // Tasks sent to this worker and not answered yet, oldest first.
      const held: CheckTask[] = [];
      let stopped = false;
      const feed = (): void => {
        while (held.length < IN_FLIGHT) {
          const t = take();
          if (!t) break;
          held.push(t);
          worker.postMessage({ task: t } satisfies ToWorker);
        }
        if (held.length === 0 && !stopped) {
          stopped = true;
          void worker.terminate().then(() => resolve());
        }
      };
      worker.on('message', (m: FromWorker) => {
        const index = 'result' in m ? m.result.index : m.index;
        const at = held.findIndex((t) => t.index === index);
        if (at < 0) return;
        const [task] = held.splice(at, 1);
        done('result' in m ? m.result : failed(task, m.error));
        feed();
      });
      worker.on('error', (e) => {
        // A crashed worker must not lose the batch. The task it was on (the oldest it held) is
        // recorded as failed; the others go back to be checked in this thread with the rest.
        if (stopped) return;
        stopped = true;
        const [current, ...others] = held.splice(0);
        if (current) done(failed(current, e.message));
        retry.push(...others);
        void runHere().then(resolve, reject);
      });
      feed();
    });
  await Promise.all(Array.from({ length: jobs }, runWorker));
  return results;
}

async function checkOne(task: CheckTask, rubricRules: string[]): Promise<CheckedSubmission> {
  try {
    return await checkSubmission(task, rubricRules);
  } catch (e) {
    return failed(task, e instanceof Error ? e.message : String(e));
  }
}

function failed(task: CheckTask, message: string): CheckedSubmission {
  return { index: task.index, file: task.display, student: task.student, skipped: `could not be checked (${message.split('\n')[0]})`, findings: [], ruleErrors: [], strengths: [], dynamics: [] };
}
