// Measures the purpose rules against the hand-labelled corpus of purpose statements.
// Each statement is put alone in the Purpose section of a minimal plan and checked by the real
// engine (dist/engine.cjs, built by `node scripts/build.mjs`). Prints precision and recall for
// "flagged" (any of the three warning rules), the 4-way confusion matrix, and every disagreement
// with the words that triggered it.
//
//   node scripts/eval-purpose.mjs [corpus.tsv | --set corpus.tsv] [--json] [--check]
//
// Any TSV with the columns label, statement and notes (source optional) is measured the same way,
// e.g. `npm run eval:purpose -- --set test/corpus/purpose-heldout.tsv`.
// --check exits 1 when a target is not met. The corpus is read at run time and never copied.
import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LABELS, TARGETS, measure, readLabelled } from './purpose-measure.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const engine = require(resolve(root, 'dist/engine.cjs'));

const args = process.argv.slice(2);
const json = args.includes('--json');
const check = args.includes('--check');
const setAt = args.indexOf('--set');
if (setAt >= 0 && !args[setAt + 1]) throw new Error('--set needs the path of a TSV file');
const explicit = setAt >= 0 ? args[setAt + 1] : args.find((a) => !a.startsWith('--'));

// The corpus sits next to the repository (../shared/corpus), or at the shared machine path.
function corpusPath() {
  if (explicit) return resolve(explicit);
  const candidates = [resolve(root, '../shared/corpus/purpose-statements.dev.tsv'), '/work/shared/corpus/purpose-statements.dev.tsv'];
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error(`No corpus found; looked in:\n  ${candidates.join('\n  ')}`);
  return found;
}

const pct = (x) => `${(x * 100).toFixed(1)}%`;
const mark = (x, t) => (x >= t ? 'meets' : 'BELOW') + ` target ${t.toFixed(2)}`;

function print(path, m) {
  const out = [];
  out.push(`Purpose statements: ${m.n} from ${path}`);
  out.push('');
  out.push(`Flagged (any of the three warning rules) vs CONTENT / INDIVIDUAL / WORKER-CENTERED labels:`);
  out.push(`  precision ${m.precision.toFixed(3)} (${m.tp}/${m.tp + m.fp})   ${mark(m.precision, TARGETS.precision)}`);
  out.push(`  recall    ${m.recall.toFixed(3)} (${m.tp}/${m.tp + m.fn})   ${mark(m.recall, TARGETS.recall)}`);
  out.push(`  4-way agreement ${m.agreement.toFixed(3)} (${pct(m.agreement)})   ${mark(m.agreement, TARGETS.agreement)}`);
  out.push(`  weak common-cause rows: ${m.weak.correct}/${m.weak.n} without a warning (${m.weak.hinted} with the information hint)`);
  out.push('');
  out.push('Confusion matrix (rows: label; columns: what the engine said)');
  const short = { CONTENT: 'content', INDIVIDUAL: 'individual', 'WORKER-CENTERED': 'worker', 'COMMON-CAUSE': 'common-cause' };
  out.push(`  ${''.padEnd(16)}${LABELS.map((l) => short[l].padStart(14)).join('')}`);
  for (const l of LABELS) out.push(`  ${l.padEnd(16)}${LABELS.map((p) => String(m.matrix[l][p]).padStart(14)).join('')}`);
  out.push('');
  out.push(`Disagreements (${m.disagreements.length}):`);
  for (const d of m.disagreements) {
    const st = d.statement.length > 160 ? `${d.statement.slice(0, 157)}...` : d.statement;
    out.push(`  row ${d.row}: label ${d.label}${d.strength ? ` (${d.strength})` : ''}, engine ${d.predicted}`);
    out.push(`    ${st}`);
    out.push(`    triggered by: ${d.evidence.length ? d.evidence.map((w) => `"${w}"`).join(', ') : '(no cue words)'}`);
  }
  console.log(out.join('\n'));
}

const path = corpusPath();
const metrics = measure(readLabelled(readFileSync(path, 'utf8')), engine);
if (json) console.log(JSON.stringify({ corpus: path, targets: TARGETS, ...metrics }, null, 2));
else print(path, metrics);
if (check && (metrics.precision < TARGETS.precision || metrics.recall < TARGETS.recall || metrics.agreement < TARGETS.agreement)) process.exitCode = 1;
