// Runs every benchmark in scripts/bench/*.mjs and prints a table of figures against their targets.
// Each module exports `default async function run()` returning rows { name, value, unit, target?, ok?, note? }:
// a numeric target is an upper bound (met when value <= target) unless the row sets `ok` itself.
// Benchmarks report; they never fail the run (exit 0), except when the build itself fails.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const only = process.argv.slice(2).filter((a) => !a.startsWith('-'));

const built = spawnSync(process.execPath, [join(root, 'scripts/build.mjs')], { cwd: root, stdio: 'inherit' });
if (built.status !== 0) {
  console.error('The build failed; no benchmarks run.');
  process.exit(built.status ?? 1);
}

// Formats a number with a sensible number of digits.
function show(value) {
  if (typeof value !== 'number') return String(value);
  if (!Number.isFinite(value)) return String(value);
  if (Math.abs(value) >= 100) return value.toFixed(0);
  if (Math.abs(value) >= 10) return value.toFixed(1);
  return value.toFixed(2);
}

const files = readdirSync(join(root, 'scripts/bench')).filter((f) => f.endsWith('.mjs') && (only.length === 0 || only.some((o) => f.startsWith(o)))).sort();
const cpu = cpus();
console.log(`groupplan benchmarks · Node ${process.version} · ${cpu.length} cores (${cpu[0]?.model ?? 'unknown CPU'}) · ${(totalmem() / 2 ** 30).toFixed(1)} GB RAM\n`);

const rows = [];
for (const f of files) {
  const started = Date.now();
  try {
    const mod = await import(pathToFileURL(join(root, 'scripts/bench', f)).href);
    const out = await mod.default();
    for (const r of out) rows.push({ bench: f.replace(/\.mjs$/, ''), ...r });
  } catch (e) {
    rows.push({ bench: f.replace(/\.mjs$/, ''), name: 'benchmark failed to run', value: 'error', unit: '', note: String(e?.stack ?? e).split('\n')[0] });
  }
  console.error(`(${f}: ${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

// Decides whether a row meets its target: the row's own `ok`, else value <= a numeric target.
function verdict(r) {
  if (typeof r.ok === 'boolean') return r.ok;
  if (typeof r.target === 'number' && typeof r.value === 'number' && Number.isFinite(r.value)) return r.value <= r.target;
  return undefined;
}

const unitOf = (r) => (r.unit && r.unit !== 'ratio' ? ` ${r.unit}` : '');
const targetText = (r) => (r.target === undefined ? '' : typeof r.target === 'number' ? `≤ ${r.unit === 'ratio' ? r.target.toFixed(1) : r.target}${unitOf(r)}` : String(r.target));
for (const r of rows) r.ok = verdict(r);
const table = rows.map((r) => [r.bench, r.name, `${show(r.value)}${typeof r.value === "number" || /^[<>≤≥]/.test(String(r.value)) ? unitOf(r) : ""}`, targetText(r), r.ok === undefined ? (r.target !== undefined ? 'n/a' : '') : r.ok ? 'pass' : 'FAIL', r.note ?? '']);
const head = ['bench', 'measure', 'value', 'target', 'result', 'note'];
const widths = head.map((h, i) => Math.max(h.length, ...table.map((t) => String(t[i]).length)));
const line = (cells) => `| ${cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`;
console.log(line(head));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const t of table) console.log(line(t));
const failed = rows.filter((r) => r.ok === false).length;
console.log(`\n${rows.length} figures, ${rows.filter((r) => r.ok === true).length} within target, ${failed} outside target.`);
if (process.argv.includes('--json')) console.log(JSON.stringify(rows, null, 2));
process.exit(0);
