// Benchmark: how long the purpose analysis takes per statement (target: median at most 5 ms).
// Statements are composed from our own phrase pieces, plus the corpus statements when the corpus
// is present (read at run time only). Uses the built engine bundle (node scripts/build.mjs).
import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);

const WHO = ['new fathers', 'carers of a parent with dementia', 'tenants of the Elm Street blocks', 'young people leaving care', 'widowed men and women', 'parents of children with diabetes'];
const DO = ['help one another through', 'work together on', 'discuss their experiences of', 'will discuss budgeting, stress and nutrition during', 'will be taught by a nurse about', 'each set personal goals for'];
const AIM = ['the first year', 'the winter repairs', 'hard decisions', 'the move to their own flat', 'life after a loss', 'the school year'];
const EXTRA = ['', ' Sessions will cover sleep, diet and exercise.', ' The facilitator will provide members with information.', ' Members meet on Tuesday evenings.'];

// Builds n statements deterministically from the pieces above.
function synthetic(n) {
  const out = [];
  for (let i = 0; i < n; i++) {
    const pick = (a, k) => a[(i * k + Math.floor(i / a.length)) % a.length];
    out.push(`This group brings together ${pick(WHO, 1)} who ${pick(DO, 5)} ${pick(AIM, 7)}.${pick(EXTRA, 3)}`);
  }
  return out;
}

function corpus() {
  const p = [resolve(root, '../shared/corpus/purpose-statements.dev.tsv'), '/work/shared/corpus/purpose-statements.dev.tsv'].find((x) => existsSync(x));
  if (!p) return [];
  return readFileSync(p, 'utf8').split(/\r?\n/).slice(1).filter(Boolean).map((l) => l.split('\t')[1] ?? '').filter(Boolean);
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

export default async function run() {
  const engine = require(resolve(root, 'dist/engine.cjs'));
  const statements = [...synthetic(400), ...corpus()];
  for (const s of statements.slice(0, 50)) engine.analysePurpose(s); // warm up the compiled patterns and the JIT

  const analyse = statements.map((s) => {
    const t = performance.now();
    engine.analysePurpose(s);
    return performance.now() - t;
  });

  // The purpose rules through checkPlan, minus the same check without them, on a minimal plan.
  const rules = ['purpose-describes-content', 'purpose-individual-goals', 'purpose-worker-centered', 'purpose-weak-common-cause', 'purpose-not-concise'];
  const config = engine.defaults();
  const added = statements.map((s) => {
    const text = `---\ngroupplan: true\n---\n\n# Plan\n\n## Purpose\n\n${s}\n`;
    engine.checkPlan(text, config, { only: ['purpose-missing'] }); // parse once, so both runs hit the cache
    let t = performance.now();
    engine.checkPlan(text, config, { only: ['purpose-missing'] });
    const base = performance.now() - t;
    t = performance.now();
    engine.checkPlan(text, config, { only: ['purpose-missing', ...rules] });
    return Math.max(0, performance.now() - t - base);
  });

  return [
    { name: `purpose analysis, median per statement (${statements.length} statements)`, value: Number(median(analyse).toFixed(3)), unit: 'ms', target: 5 },
    { name: 'purpose analysis, 95th percentile per statement', value: Number([...analyse].sort((a, b) => a - b)[Math.floor(analyse.length * 0.95)].toFixed(3)), unit: 'ms' },
    { name: 'purpose rules added to checkPlan, median per plan', value: Number(median(added).toFixed(3)), unit: 'ms', target: 5 },
  ];
}

// Run directly: node scripts/bench/purpose.mjs
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const row of await run()) console.log(`${row.name}: ${row.value} ${row.unit}${row.target ? ` (target at most ${row.target})` : ''}`);
}
