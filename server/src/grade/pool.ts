// Checks submissions in parallel: this thread plus a worker thread for each further core; small
// batches run in this thread alone.
import * as fs from 'node:fs';
import * as os from 'node:os';
import { Worker } from 'node:worker_threads';
import { checkSubmission, type CheckedSubmission, type CheckTask } from './check-submission';

export interface PoolOptions {
  /** Worker script (the bundled grade-worker.js). Without it, or when missing, work runs in this thread. */
  workerFile?: string;
  /** Threads to use, this one included; default: the cores not already busy. 1 means this thread only. */
  jobs?: number;
  /** Batches smaller than this run in this thread: starting workers costs more than it saves. */
  minParallel?: number;
  onResult?: (r: CheckedSubmission) => void;
}

/** Messages between the pool and a worker. */
export type ToWorker = { task: CheckTask };
export type FromWorker = { result: CheckedSubmission } | { error: string; index: number };

// Checks every task and returns the results in task order, whatever order they finished in.
export async function checkAll(tasks: CheckTask[], rubricRules: string[], options: PoolOptions = {}): Promise<CheckedSubmission[]> {
  const results = new Array<CheckedSubmission>(tasks.length);
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  const jobs = Math.max(1, Math.min(options.jobs ?? freeCores(cores), tasks.length));
  const parallel = jobs > 1 && tasks.length >= (options.minParallel ?? 24) && options.workerFile !== undefined && fs.existsSync(options.workerFile);
  if (!parallel) {
    for (const t of tasks) {
      results[t.index] = await checkOne(t, rubricRules);
      options.onResult?.(results[t.index]);
    }
    return results;
  }
  let next = 0;
  // This thread works too, between handling the workers' messages: jobs - 1 workers plus this one.
  const runHere = async (): Promise<void> => {
    for (let t = tasks[next++]; t; t = tasks[next++]) {
      results[t.index] = await checkOne(t, rubricRules);
      options.onResult?.(results[t.index]);
      await new Promise((resolve) => setImmediate(resolve));
    }
  };
  const runWorker = (): Promise<void> =>
    new Promise((resolve, reject) => {
      // A larger young generation means fewer scavenges: parsing allocates many short-lived objects.
      const worker = new Worker(options.workerFile!, { workerData: { rubricRules }, resourceLimits: { maxYoungGenerationSizeMb: 64 } });
      let current: CheckTask | undefined;
      const feed = (): void => {
        current = tasks[next++];
        if (current) worker.postMessage({ task: current } satisfies ToWorker);
        else void worker.terminate().then(() => resolve());
      };
      worker.on('message', (m: FromWorker) => {
        const r = 'result' in m ? m.result : failed(tasks[m.index], m.error);
        results[r.index] = r;
        options.onResult?.(r);
        feed();
      });
      worker.on('error', (e) => {
        // A crashed worker must not lose the batch: record its file; this thread finishes the rest.
        if (current) {
          results[current.index] = failed(current, e.message);
          options.onResult?.(results[current.index]);
        }
        void runHere().then(resolve, reject);
      });
      feed();
    });
  await Promise.all([...Array.from({ length: jobs - 1 }, runWorker), runHere()]);
  return results;
}

// Cores not already busy with other work (by the one-minute load average). On a busy machine extra
// threads win nothing and cost their start-up and contention, so the default uses only idle cores.
function freeCores(cores: number): number {
  const load = os.loadavg()[0];
  return Math.max(1, Math.min(cores, Math.round(cores - load)));
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
