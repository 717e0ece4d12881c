// Lets a benchmark module (scripts/bench/*.mjs) run on its own (`node scripts/bench/<name>.mjs`): prints its rows, each
// against its target, and exits 1 if it throws.
import { pathToFileURL } from 'node:url';

export function runAlone(moduleUrl, run) {
  if (moduleUrl !== pathToFileURL(process.argv[1] ?? '').href) return;
  run().then(
    (rows) => {
      for (const r of rows) process.stdout.write(`${r.name}: ${r.value} ${r.unit}${r.target !== undefined ? ` (target <= ${r.target}${r.value <= r.target ? ', met' : ', NOT met'})` : ''}\n`);
    },
    (e) => {
      process.stderr.write(`${e.stack ?? e}\n`);
      process.exitCode = 1;
    },
  );
}
