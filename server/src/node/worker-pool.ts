// Runs tasks on worker threads, one per core, fed by this thread, and returns the results in task
// order whatever order they finished in. Small batches, `jobs: 1`, or a missing worker script run in
// this thread alone. Used by `grade` (grade-worker.js) and `lint` (lint-worker.js).
import * as fs from 'node:fs';
import * as os from 'node:os';
import { Worker } from 'node:worker_threads';

export interface Indexed {
  index: number;
}

export interface WorkerPoolOptions<R> {
  /** Worker script (a bundled *-worker.js). Without it, or when missing, work runs in this thread. */
  workerFile?: string;
  /** Passed to every worker as `workerData`. */
  workerData?: unknown;
  /** Worker threads to use; default: one per core. 1 means this thread only. */
  jobs?: number;
  /** Batches smaller than this run in this thread: starting workers costs more than it saves. */
  minParallel?: number;
  onResult?: (r: R) => void;
}

/** Messages between the pool and a worker: a worker answers each task with its result or an error. */
export type ToWorker<T> = { task: T };
export type FromWorker<R> = { result: R } | { error: string; index: number };

/** Tasks a worker holds at once: while it works on one, the next is already waiting in its queue. */
const IN_FLIGHT = 2;

export function coreCount(): number {
  return typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
}

/**
 * Runs `here` (in this thread) or the worker script (in workers) on every task. `failed` turns a task
 * whose worker failed into a result, so that one bad task never loses the batch.
 */
export async function runPool<T extends Indexed, R extends Indexed>(
  tasks: T[],
  options: WorkerPoolOptions<R>,
  here: (task: T) => Promise<R>,
  failed: (task: T, message: string) => R,
): Promise<R[]> {
  const results = new Array<R>(tasks.length);
  const jobs = Math.max(1, Math.min(options.jobs ?? coreCount(), tasks.length));
  const parallel = jobs > 1 && tasks.length >= (options.minParallel ?? 24) && options.workerFile !== undefined && fs.existsSync(options.workerFile);
  const done = (r: R): void => {
    results[r.index] = r;
    options.onResult?.(r);
  };
  // Tasks not yet handed out: first those given back by a worker that stopped, then the rest in order.
  const retry: T[] = [];
  let next = 0;
  const take = (): T | undefined => retry.shift() ?? tasks[next++];
  const runHere = async (): Promise<void> => {
    for (let t = take(); t; t = take()) {
      try {
        done(await here(t));
      } catch (e) {
        done(failed(t, e instanceof Error ? e.message : String(e)));
      }
    }
  };
  if (!parallel) {
    await runHere();
    return results;
  }
  // `jobs` workers; this thread only hands out tasks and collects results, so that a worker's next
  // task never waits behind work running here.
  const runWorker = (): Promise<void> =>
    new Promise((resolve, reject) => {
      // A young generation larger than the default means fewer scavenges (parsing allocates many
      // short-lived objects); beyond about 24 MB it only adds memory, once per worker.
      const worker = new Worker(options.workerFile!, { workerData: options.workerData, resourceLimits: { maxYoungGenerationSizeMb: 24 } });
      // Tasks sent to this worker and not answered yet, oldest first.
      const held: T[] = [];
      let stopped = false;
      const feed = (): void => {
        while (held.length < IN_FLIGHT) {
          const t = take();
          if (!t) break;
          held.push(t);
          worker.postMessage({ task: t } satisfies ToWorker<T>);
        }
        if (held.length === 0 && !stopped) {
          stopped = true;
          void worker.terminate().then(() => resolve());
        }
      };
      worker.on('message', (m: FromWorker<R>) => {
        const index = 'result' in m ? m.result.index : m.index;
        const at = held.findIndex((t) => t.index === index);
        if (at < 0) return;
        const [task] = held.splice(at, 1);
        done('result' in m ? m.result : failed(task, m.error));
        feed();
      });
      worker.on('error', (e) => {
        // A crashed worker must not lose the batch. The task it was on (the oldest it held) is
        // recorded as failed; the others go back to be done in this thread with the rest.
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

/** The worker side: answers each task with `work`'s result, or its error. */
export function serveTasks<T extends Indexed, R>(port: { on(event: 'message', f: (m: ToWorker<T>) => void): unknown; postMessage(m: FromWorker<R>): void }, work: (task: T) => Promise<R>): void {
  port.on('message', ({ task }) => {
    work(task).then(
      (result) => port.postMessage({ result }),
      (e: unknown) => port.postMessage({ error: e instanceof Error ? e.message : String(e), index: task.index }),
    );
  });
}
