// Worker thread of `groupplan lint`: checks (and with --fix, fixes) the files the pool sends.
import { parentPort, workerData } from 'node:worker_threads';
import { serveTasks } from '../node/worker-pool';
import { configCache, lintFile, type LintDone, type LintSettings, type LintTask } from './lint';

const settings = workerData as LintSettings;
const configFor = configCache(settings);

if (parentPort) serveTasks<LintTask, LintDone>(parentPort, (task) => lintFile(task, settings, configFor));
