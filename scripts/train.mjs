// `npm run train`: trains the learned models on every labelled corpus (the real text in
// test/corpus/real and the written sets in test/corpus) and writes their weights to
// server/src/engine/learn/models.json, the data file the engine bundles. Deterministic: the same
// data gives the same file, and `test/unit/learn.test.ts` checks the file is current.
//
//   node scripts/train.mjs [--check]     (--check: exit 1 when the file is not current)
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { dynamicsRows, normRows, planSentenceRows, purposeRows, root, talkRows, trainingHash } from './learn-core.mjs';
import { dynamicsTask, locateTask, normsTask, purposeTask, talkTask } from './learn-tasks.mjs';

export const MODELS_FILE = join(root, 'server/src/engine/learn/models.json');
const check = process.argv.includes('--check');
const hash = trainingHash();
if (check) {
  const current = existsSync(MODELS_FILE) ? JSON.parse(readFileSync(MODELS_FILE, 'utf8')).trainingHash : undefined;
  if (current !== hash) {
    console.error(`models.json was trained from other data or code (${current} ≠ ${hash}): run "npm run train".`);
    process.exit(1);
  }
  console.log('models.json is current.');
  process.exit(0);
}
const engine = createRequire(import.meta.url)(join(root, 'dist', 'engine.cjs'));
const started = Date.now();
const purpose = purposeRows();
const norms = normRows();
const talk = talkRows(engine);
const dynamics = dynamicsRows();
const located = planSentenceRows();
const models = { ...purposeTask.train(engine, purpose), ...normsTask.train(engine, norms), ...talkTask.train(engine, talk), ...dynamicsTask.train(engine, dynamics), ...locateTask.train(engine, located) };
const count = (rows) => ({ real: rows.filter((r) => r.real).length, written: rows.filter((r) => !r.real).length });
const out = { trainingHash: hash, trainedOn: { purpose: count(purpose), norms: count(norms), talk: count(talk), dynamics: count(dynamics), 'plan sentences': count(located) }, models };
const text = `${JSON.stringify(out)}\n`;
writeFileSync(MODELS_FILE, text);
const features = Object.values(models).reduce((n, m) => n + m.features.length, 0);
console.log(`Wrote ${MODELS_FILE} (${(text.length / 1024).toFixed(0)} KB, ${Object.keys(models).length} models, ${features} weighted features) in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
