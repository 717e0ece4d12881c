// Worker thread of `groupplan grade`: checks the submissions the pool sends, one at a time.
import { parentPort, workerData } from 'node:worker_threads';
import { checkSubmission } from '../grade/check-submission';
import type { FromWorker, ToWorker } from '../grade/pool';

const { rubricRules } = workerData as { rubricRules: string[] };

parentPort?.on('message', (m: ToWorker) => {
  const { task } = m;
  checkSubmission(task, rubricRules).then(
    (result) => parentPort!.postMessage({ result } satisfies FromWorker),
    (e: unknown) => parentPort!.postMessage({ error: e instanceof Error ? e.message : String(e), index: task.index } satisfies FromWorker),
  );
});
