// Runs the ReDoS checker recheck over every regular expression the engine executes while it checks the
// samples and every labelled corpus line, and lists the patterns it finds vulnerable, with the attack
// string it built. Slow (many patterns take seconds each; --timeout bounds each), so it is a developer's
// tool, not part of `npm test`; test/unit/hostile-input.test.ts keeps the attack strings it found.
//   npm run check:patterns -- [--timeout MS] [--out FILE]
import { createRequire } from 'node:module';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { availableParallelism } from 'node:os';

const arg = (name, dflt) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : dflt;
};
const timeout = Number(arg('--timeout', '10000'));
const out = arg('--out', undefined);
const { checkPlan } = createRequire(import.meta.url)('../dist/engine.cjs');
const { check } = await import('recheck');

const seen = new Map();
const exec = RegExp.prototype.exec;
RegExp.prototype.exec = function (s) {
  const key = `${this.flags}/${this.source}`;
  if (!seen.has(key)) seen.set(key, [this.source, this.flags]);
  return exec.call(this, s);
};
const files = [];
const walk = (d) => {
  for (const e of readdirSync(d, { withFileTypes: true })) {
    const p = join(d, e.name);
    if (e.isDirectory()) walk(p);
    else if (/\.(md|tsv)$/.test(e.name)) files.push(p);
  }
};
walk('samples');
walk('test/corpus');
for (const f of files) {
  const text = readFileSync(f, 'utf8');
  if (f.endsWith('.md')) {
    checkPlan(text);
    continue;
  }
  const lines = text.split('\n').slice(1).map((l) => l.split('\t')[1]).filter(Boolean);
  for (let i = 0; i < lines.length; i += 40) {
    const chunk = lines.slice(i, i + 40);
    checkPlan(`# Plan\n\n## Purpose\n\n${chunk[0]}\n\n## Norms\n\n${chunk.map((l) => `- ${l}`).join('\n')}\n\n## Sessions\n\n${chunk.join(' ')}\n`);
  }
}
RegExp.prototype.exec = exec;

const patterns = [...seen.values()];
console.error(`${patterns.length} patterns; checking with a ${timeout} ms limit each…`);
const results = [];
let next = 0;
async function worker() {
  while (next < patterns.length) {
    const [source, flags] = patterns[next++];
    const r = await check(source, flags.replace(/[gyd]/g, ''), { timeout });
    results.push({ source, flags, status: r.status, complexity: r.complexity?.summary, attack: r.attack?.pattern });
    if (results.length % 25 === 0) console.error(`${results.length}/${patterns.length}`);
  }
}
await Promise.all(Array.from({ length: availableParallelism() }, worker));
const count = (s) => results.filter((r) => r.status === s).length;
console.log(`safe ${count('safe')}, vulnerable ${count('vulnerable')}, not decided within the limit ${count('unknown')}`);
for (const r of results.filter((x) => x.status === 'vulnerable')) console.log(`- ${r.complexity}: /${r.source.slice(0, 120)}/${r.flags}\n  attack: ${r.attack}`);
if (out) writeFileSync(out, JSON.stringify(results, null, 1));
process.exit(0);
