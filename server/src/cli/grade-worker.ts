// Worker thread of `groupplan grade`: checks the submissions the pool sends, one at a time.
import { parentPort, workerData } from 'node:worker_threads';
import { checkSubmission } from '../grade/check-submission';
import { serveTasks } from '../node/worker-pool';

const { rubricRules } = workerData as { rubricRules: string[] };

if (parentPort) serveTasks(parentPort, (task: Parameters<typeof checkSubmission>[0]) => checkSubmission(task, rubricRules));
