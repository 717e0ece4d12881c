// Measures the norms rules against labelled corpora: precision and recall per norm id and per rule.
// Usage: node scripts/eval-norms.mjs [file.tsv ...] [--verbose] [--check]
// With no files it reads every norms*.tsv under test/corpus/. Format: see the header of test/corpus/norms.tsv.
import { createRequire } from 'node:module';
import { readdirSync, existsSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluate } from './eval-norms-core.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const enginePath = join(root, 'dist', 'engine.cjs');
if (!existsSync(enginePath)) {
  console.error('dist/engine.cjs is missing: run "node scripts/build.mjs" first.');
  process.exit(2);
}
const engine = createRequire(import.meta.url)(enginePath);

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const check = args.includes('--check');
let files = args.filter((a) => !a.startsWith('--'));
if (files.length === 0) {
  const dir = join(root, 'test', 'corpus');
  files = readdirSync(dir).filter((f) => f.startsWith('norms') && f.endsWith('.tsv')).sort().map((f) => join(dir, f));
}

const { rows, table, wrong, errors } = evaluate(engine, files);
if (verbose) for (const w of wrong) console.log(`${w.where} ${w.diff.join(' ')}  ${w.text.slice(0, 110)}`);
const fmt = (x) => (x === undefined ? '-' : x.toFixed(2));
console.log(`\n${rows} rows from ${files.length} file(s)\n`);
console.log('label                         n   tp  fp  fn  precision  recall');
let failing = 0;
for (const t of table) {
  if ((t.precision !== undefined && t.precision < 0.9) || (t.recall !== undefined && t.recall < 0.9)) failing++;
  console.log(`${t.label.padEnd(28)} ${String(t.n).padStart(4)} ${String(t.tp).padStart(4)} ${String(t.fp).padStart(3)} ${String(t.fn).padStart(3)}  ${fmt(t.precision).padStart(9)}  ${fmt(t.recall).padStart(6)}`);
}
if (errors.length) console.error(`\n${errors.join('\n')}`);
console.log(failing ? `\n${failing} label(s) below 0.90.` : '\nEvery label meets 0.90 precision and recall.');
if (check && (failing || errors.length)) process.exit(1);
