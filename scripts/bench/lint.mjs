// Whole-process benchmark of `groupplan lint`, as a pre-commit hook, an editor's save hook or CI runs
// it: one 5 KB plan, and a folder of 200 plans of 20 KB, each timed as a fresh process beside
// markdownlint-cli2 on the same files, alternated so that other load on the machine falls on both,
// median of the runs (and the fastest). Rows as in grade.mjs.
// Run alone: node scripts/bench/lint.mjs
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runAlone } from '../bench-alone.mjs';
import { writeClass } from './grade.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const RUNS = Number(process.env.GROUPPLAN_BENCH_RUNS ?? 7);

function timed(args, cwd) {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(process.execPath, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, ms: Number(process.hrtime.bigint() - start) / 1e6, stderr }));
  });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

// Alternates the two commands RUNS times; lint and markdownlint-cli2 exit 1 when they find problems.
async function compare(ours, theirs, cwd) {
  const a = [];
  const b = [];
  for (let i = 0; i < RUNS; i++) {
    for (const [args, out, who] of [[ours, a, 'groupplan'], [theirs, b, 'markdownlint-cli2']]) {
      const r = await timed(args, cwd);
      if (r.code !== 0 && r.code !== 1) throw new Error(`${who} failed (${r.code}): ${r.stderr.slice(0, 2000)}`);
      out.push(r.ms);
    }
  }
  return { ours: median(a), oursBest: Math.min(...a), theirs: median(b), theirsBest: Math.min(...b) };
}

export default async function run() {
  // The command as a user runs it: bin/groupplan.js (with the code cache the build leaves beside the bundle).
  const cli = path.join(root, 'bin/groupplan.js');
  if (!existsSync(path.join(root, 'dist/cli.js'))) throw new Error('Build first: npm run build');
  const mdl = path.join(root, 'node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs');
  if (!existsSync(mdl)) throw new Error('markdownlint-cli2 is not installed: npm ci');
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'groupplan-bench-lint-'));
  try {
    // One plan of about 5 KB: the sample plan, as a student would have it.
    const one = path.join(tmp, 'plan.md');
    writeFileSync(one, readFileSync(path.join(root, 'samples/good-plan.md'), 'utf8'));
    const single = await compare([cli, 'lint', 'plan.md'], [mdl, 'plan.md'], tmp);
    const bytes = writeClass(path.join(tmp, 'class'), 200);
    const folder = await compare([cli, 'lint', 'class'], [mdl, 'class/**/*.md'], tmp);
    const ms = (x) => Math.round(x);
    return [
      { name: `lint one plan of ${(readFileSync(one).length / 1024).toFixed(1)} KB (median; fastest)`, value: ms(single.ours), unit: `ms; ${ms(single.oursBest)} ms` },
      { name: 'markdownlint-cli2: same file (median; fastest)', value: ms(single.theirs), unit: `ms; ${ms(single.theirsBest)} ms` },
      { name: 'lint one plan / markdownlint-cli2 time ratio (medians)', value: Math.round((single.ours / single.theirs) * 100) / 100, unit: 'ratio', target: 0.5 },
      { name: `lint 200 plans of ${(bytes / 200 / 1024).toFixed(0)} KB (median; fastest)`, value: ms(folder.ours), unit: `ms; ${ms(folder.oursBest)} ms` },
      { name: 'markdownlint-cli2: same files (median; fastest)', value: ms(folder.theirs), unit: `ms; ${ms(folder.theirsBest)} ms` },
      { name: 'lint 200 plans / markdownlint-cli2 time ratio (medians)', value: Math.round((folder.ours / folder.theirs) * 100) / 100, unit: 'ratio', target: 0.6 },
    ];
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

runAlone(import.meta.url, run);
