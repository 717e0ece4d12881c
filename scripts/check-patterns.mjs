// The proof that every regular expression the engine runs matches in linear time, pattern by pattern
// (see scripts/pattern-safety.mjs), with what the project's own decision procedure
// (scripts/linear-check.mjs) cannot show handed to recheck's automaton checker. With --write, recheck's
// verdicts are recorded in test/unit/pattern-proofs.json, which test/unit/pattern-safety.test.ts reads.
// recheck takes seconds to minutes a pattern (--timeout bounds each; patterns it proved before are not
// checked again unless --all is given).
//   npm run check:patterns -- [--write] [--all] [--timeout MS]
import { createRequire } from 'node:module';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { collectPatterns, patternsToProve, proofKey, structuralProblem, THIRD_PARTY } from './pattern-safety.mjs';
import { linearProof } from './linear-check.mjs';

const arg = (name, dflt) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : dflt;
};
const timeout = Number(arg('--timeout', '5000'));
const write = process.argv.includes('--write');
const all = process.argv.includes('--all');
const proofsFile = 'test/unit/pattern-proofs.json';
const { checkPlan, indexedPatterns } = createRequire(import.meta.url)('../dist/engine.cjs');
const { check } = await import('recheck');

const old = existsSync(proofsFile) ? JSON.parse(readFileSync(proofsFile, 'utf8')) : {};
const patterns = collectPatterns(checkPlan, '.', indexedPatterns());
const problems = [];
const mains = new Map();
for (const [source, flags] of patterns) {
  if (THIRD_PARTY.has(source)) continue;
  const problem = structuralProblem(source, flags);
  if (problem) problems.push(`- ${problem}\n  in /${source.slice(0, 160)}/${flags}`);
  for (const [main, f] of patternsToProve(source, flags)) mains.set(proofKey(main, f), [main, f]);
}
const ours = [...mains].filter(([, [source, flags]]) => !linearProof(source, flags).linear);
const todo = ours.filter(([key]) => all || !old[key]);
console.error(`${patterns.length} patterns, ${mains.size} main patterns, ${mains.size - ours.length} shown linear by scripts/linear-check.mjs; ${todo.length} to check with recheck's automaton checker (${timeout} ms limit each)…`);
const proofs = {};
for (const [key] of ours) if (old[key] && !all) proofs[key] = old[key];
const failed = [];
const save = () => {
  const sorted = Object.fromEntries(Object.keys(proofs).sort().map((k) => [k, proofs[k]]));
  writeFileSync(proofsFile, JSON.stringify(sorted, null, 1) + '\n');
};
let next = 0;
let done = 0;
async function worker() {
  while (next < todo.length) {
    const [key, [source, flags]] = todo[next++];
    const started = Date.now();
    const r = await check(source, flags, { checker: 'automaton', timeout, maxNFASize: 1_000_000, maxPatternSize: 1_000_000 });
    const ms = Date.now() - started;
    const linear = r.status === 'safe' && r.checker === 'automaton' && (r.complexity?.type === 'linear' || r.complexity?.type === 'constant' || r.complexity?.type === 'safe');
    if (linear) proofs[key] = { checker: r.checker, complexity: r.complexity.type };
    else failed.push(`- ${r.status} (${r.complexity?.summary ?? r.error?.kind ?? ''}, ${ms} ms): ${key.slice(0, 200)}${r.attack ? `\n  attack: ${r.attack.pattern}` : ''}`);
    if (++done % 25 === 0) {
      console.error(`${done}/${todo.length}, ${failed.length} not proved`);
      if (write) save();
    }
  }
}
await Promise.all(Array.from({ length: availableParallelism() }, worker));
console.log(`${mains.size - ours.length + Object.keys(proofs).length} of ${mains.size} main patterns proved linear (${Object.keys(proofs).length} by recheck); ${failed.length} not; ${problems.length} patterns fail the lookaround or backreference condition`);
for (const line of [...problems, ...failed]) console.log(line);
if (write) {
  save();
  console.error(`wrote ${proofsFile}`);
}
process.exit(0);
