// Measures the norms rules against labelled corpora: precision and recall per norm id and per rule.
// Usage: node scripts/eval-norms.mjs [file.tsv ...] [--verbose] [--check]
// With no files it reads every .tsv under test/corpus/. Format: see the header of test/corpus/norms.tsv.
import { createRequire } from 'node:module';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const enginePath = join(root, 'dist', 'engine.cjs');
if (!existsSync(enginePath)) {
  console.error('dist/engine.cjs is missing: run "node scripts/build.mjs" first.');
  process.exit(2);
}
const engine = require(enginePath);
const { checkPlan, resolveConfig, RULES, NORM_IDS } = engine;

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const check = args.includes('--check');
let files = args.filter((a) => !a.startsWith('--'));
if (files.length === 0) {
  const dir = join(root, 'test', 'corpus');
  files = readdirSync(dir).filter((f) => f.endsWith('.tsv')).map((f) => join(dir, f));
}

const RULES_BY_WHERE = {
  norms: ['norm-against-mutual-aid'],
  meeting: ['communication-pattern', 'worker-primary-helper'],
  evaluation: ['evaluation-outcomes-only'],
  plan: ['group-type-expectations', 'evaluation-missing', 'dynamics-not-planned'],
};
const FM = '---\ngroupplan: true\n---\n\n# Plan\n\n';
const wrap = {
  norms: (t) => `${FM}## Norms\n\n- ${t}\n`,
  meeting: (t) => `${FM}## Sessions\n\n${t}\n`,
  evaluation: (t) => `${FM}## Evaluation\n\n${t}\n`,
  plan: (t) => t,
};

const config = resolveConfig(
  [
    {
      name: 'eval',
      input: {
        rules: {
          'norm-not-stated': { severity: 'warning', expected: NORM_IDS, informational: [] },
          ...Object.fromEntries(Object.values(RULES_BY_WHERE).flat().map((id) => [id, 'warning'])),
        },
      },
    },
  ],
  RULES,
).config;

// Predicts the labels for one corpus row.
function predict(where, text) {
  const rules = RULES_BY_WHERE[where];
  const only = where === 'norms' ? ['norm-not-stated', ...rules] : rules;
  const { findings } = checkPlan(wrap[where](text), config, { only });
  const out = new Set(findings.filter((f) => rules.includes(f.ruleId)).map((f) => f.ruleId));
  if (where === 'norms') {
    const missing = new Set(findings.filter((f) => f.ruleId === 'norm-not-stated').flatMap((f) => f.evidence ?? []));
    for (const id of NORM_IDS) if (!missing.has(id)) out.add(id);
  }
  return out;
}

const stats = new Map();
const stat = (label) => {
  if (!stats.has(label)) stats.set(label, { tp: 0, fp: 0, fn: 0, n: 0 });
  return stats.get(label);
};
let rows = 0;
let normRows = 0;
const errors = [];
for (const file of files) {
  const lines = readFileSync(file, 'utf8').split(/\r?\n/);
  lines.forEach((line, i) => {
    if (!line.trim() || line.startsWith('#')) return;
    const [where, labelText, ...rest] = line.split('\t');
    const raw = rest.join('\t');
    if (!RULES_BY_WHERE[where] || raw === undefined) {
      errors.push(`${file}:${i + 1}: unknown "where" ${where}`);
      return;
    }
    rows++;
    if (where === 'norms') normRows++;
    const text = raw.replace(/\\n/g, '\n').replace(/\\t/g, '\t');
    const gold = new Set(labelText === '-' ? [] : labelText.split(',').map((s) => s.trim()).filter(Boolean));
    const labels = where === 'norms' ? [...NORM_IDS, ...RULES_BY_WHERE.norms] : RULES_BY_WHERE[where];
    for (const g of gold) if (!labels.includes(g)) errors.push(`${file}:${i + 1}: label ${g} is not measured for "${where}" rows`);
    const pred = predict(where, text);
    const wrong = [];
    for (const label of labels) {
      const s = stat(label);
      const g = gold.has(label);
      const p = pred.has(label);
      if (g) s.n++;
      if (g && p) s.tp++;
      else if (p) (s.fp++, wrong.push(`+${label}`));
      else if (g) (s.fn++, wrong.push(`-${label}`));
    }
    if (verbose && wrong.length) console.log(`${file.split('/').pop()}:${i + 1} ${wrong.join(' ')}  ${raw.slice(0, 110)}`);
  });
}

const fmt = (x) => (x === undefined ? '-' : x.toFixed(2));
const rowsOut = [];
let failing = 0;
console.log(`\n${rows} rows from ${files.length} file(s)\n`);
console.log('label                         n   tp  fp  fn  precision  recall');
const order = [...NORM_IDS, ...Object.values(RULES_BY_WHERE).flat()];
const total = { tp: 0, fp: 0, fn: 0 };
for (const label of order) {
  const s = stats.get(label);
  if (!s) continue;
  const precision = s.tp + s.fp ? s.tp / (s.tp + s.fp) : undefined;
  const recall = s.tp + s.fn ? s.tp / (s.tp + s.fn) : undefined;
  if ((precision !== undefined && precision < 0.9) || (recall !== undefined && recall < 0.9)) failing++;
  if (NORM_IDS.includes(label)) (total.tp += s.tp), (total.fp += s.fp), (total.fn += s.fn);
  rowsOut.push(`${label.padEnd(28)} ${String(s.n).padStart(3)} ${String(s.tp).padStart(4)} ${String(s.fp).padStart(3)} ${String(s.fn).padStart(3)}  ${fmt(precision).padStart(9)}  ${fmt(recall).padStart(6)}`);
}
console.log(rowsOut.join('\n'));
// norm-not-stated as a rule: a finding is right when the norm is truly not stated. Over every
// (norms row, norm id) pair, its true positives are detection's true negatives, its false positives
// are detection's misses, and its misses are detection's false alarms.
let rtp = 0;
let rfp = 0;
let rfn = 0;
for (const label of NORM_IDS) {
  const s = stats.get(label);
  if (!s) continue;
  rtp += normRows - s.tp - s.fp - s.fn;
  rfp += s.fn;
  rfn += s.fp;
}
const rp = rtp + rfp ? rtp / (rtp + rfp) : undefined;
const rr = rtp + rfn ? rtp / (rtp + rfn) : undefined;
console.log(`${'norm-not-stated (rule)'.padEnd(28)} ${String(rtp + rfn).padStart(3)} ${String(rtp).padStart(4)} ${String(rfp).padStart(3)} ${String(rfn).padStart(3)}  ${fmt(rp).padStart(9)}  ${fmt(rr).padStart(6)}`);
if ((rp !== undefined && rp < 0.9) || (rr !== undefined && rr < 0.9)) failing++;
const mp = total.tp + total.fp ? total.tp / (total.tp + total.fp) : undefined;
const mr = total.tp + total.fn ? total.tp / (total.tp + total.fn) : undefined;
console.log(`${'all norm ids (micro)'.padEnd(28)} ${String(total.tp + total.fn).padStart(3)} ${String(total.tp).padStart(4)} ${String(total.fp).padStart(3)} ${String(total.fn).padStart(3)}  ${fmt(mp).padStart(9)}  ${fmt(mr).padStart(6)}`);
if (errors.length) console.error(`\n${errors.join('\n')}`);
console.log(failing ? `\n${failing} label(s) below 0.90.` : '\nEvery label meets 0.90 precision and recall.');
if (check && (failing || errors.length)) process.exit(1);
