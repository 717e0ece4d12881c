// Checks submissions in parallel on the worker pool (node/worker-pool.ts) with grade-worker.js;
// small batches, and `jobs: 1`, run in this thread alone.
import { runPool } from '../node/worker-pool';
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

// Checks every task and returns the results in task order, whatever order they finished in.
export function checkAll(tasks: CheckTask[], rubricRules: string[], options: PoolOptions = {}): Promise<CheckedSubmission[]> {
  return runPool(tasks, { ...options, workerData: { rubricRules } }, (t) => checkSubmission(t, rubricRules), failed);
}

function failed(task: CheckTask, message: string): CheckedSubmission {
  return { index: task.index, file: task.display, student: task.student, skipped: `could not be checked (${message.split('\n')[0]})`, findings: [], ruleErrors: [], strengths: [], dynamics: [] };
}
