// The learning behind `npm run train` and `npm run eval`: reads every labelled corpus, turns rows into
// features with the built engine (the same functions the checker runs), trains regularised logistic
// regression deterministically, and cross-validates on real text with each source in one fold.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve, dirname, basename } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const corpusDir = join(root, 'test', 'corpus');
const realDir = join(corpusDir, 'real');

export const PURPOSE_CLASSES = ['CONTENT', 'INDIVIDUAL', 'WORKER-CENTERED', 'COMMON-CAUSE'];
export const TALK_CLASSES = ['round-robin', 'hot-seat', 'maypole', 'free-floating', 'none'];
/** The norm ids the models decide: the ten mutual-aid norms, then the conventional ones. */
export const MUTUAL_AID_NORMS = ['free-floating-talk', 'shared-authority', 'sharing-information', 'differences-welcome', 'real-talk', 'empathy-and-acceptance', 'norm-of-work', 'purposeful-use-of-self', 'risk-taking', 'respectful-honesty'];
export const NORM_LABELS = [...MUTUAL_AID_NORMS, 'confidentiality', 'attendance', 'respect', 'listening', 'speak-for-self', 'right-to-pass'];
export const AGAINST_LABELS = ['AGAINST:round-robin', 'AGAINST:central-authority', 'AGAINST:no-advice'];

// ---- reading corpora ------------------------------------------------------------------------

// Reads a TSV with a header line into objects keyed by lower-case column names (comment lines skipped).
export function readTsv(path) {
  const lines = readFileSync(path, 'utf8').split(/\r?\n/).filter((l) => l.trim() && !l.startsWith('#'));
  const header = (lines.shift() ?? '').split('\t').map((h) => h.trim().toLowerCase());
  return lines.map((line, i) => {
    const cells = line.split('\t');
    const row = { _line: i + 2 };
    header.forEach((h, k) => (row[h] = (cells[k] ?? '').trim()));
    return row;
  });
}

/** The group a real row belongs to for cross-validation: the source's host (pages of one site fold together). */
export function sourceGroup(url) {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url || 'unknown';
  }
}

const files = (dir, re) => (existsSync(dir) ? readdirSync(dir).filter((f) => re.test(f)).sort().map((f) => join(dir, f)) : []);

/** Every purpose row: real ones (with a source) and written ones (training only). */
export function purposeRows() {
  const rows = [];
  for (const f of files(realDir, /purpose.*\.tsv$/)) {
    for (const r of readTsv(f)) {
      const label = (r.label ?? '').toUpperCase();
      if (!PURPOSE_CLASSES.includes(label) || !r.statement) continue;
      rows.push({ text: r.statement, label, real: true, group: sourceGroup(r.source), file: basename(f), strength: /CC-strength=(\w+)/.exec(r.notes ?? '')?.[1] });
    }
  }
  for (const f of files(corpusDir, /^purpose-.*\.tsv$/)) {
    for (const r of readTsv(f)) {
      const label = (r.label ?? '').toUpperCase();
      if (!PURPOSE_CLASSES.includes(label) || !r.statement) continue;
      rows.push({ text: r.statement, label, real: false, group: `written:${basename(f)}`, file: basename(f) });
    }
  }
  return rows;
}

const NORM_ALIASES = { 'speak-for-yourself': 'speak-for-self' };

/** Every ground-rule row: real lines (norms, line, source) and written norms rows (where = norms). */
export function normRows() {
  const rows = files(realDir, /norm-lines.*\.tsv$/).flatMap(realNormRows);
  for (const { text, raw, file } of writtenRows('norms')) {
    const labels = new Set(raw.map((s) => NORM_ALIASES[s] ?? s).filter((s) => NORM_LABELS.includes(s)));
    // The written sets mark a norm against mutual aid by its rule only, not by kind.
    if (raw.includes('norm-against-mutual-aid')) labels.add('AGAINST:any');
    rows.push({ text, labels, real: false, group: `written:${file}`, file });
  }
  return rows;
}

// The real ground-rule lines of one file (line, norms, source).
function realNormRows(f) {
  const rows = [];
  for (const r of readTsv(f)) {
    if (!r.line || !r.norms) continue;
    const labels = new Set(r.norms.split(',').map((s) => NORM_ALIASES[s.trim()] ?? s.trim()).filter((s) => s && s !== 'NONE'));
    rows.push({ text: r.line, labels, real: true, group: sourceGroup(r.source), file: basename(f) });
  }
  return rows;
}

// The rows of the written norms corpora (test/corpus/norms*.tsv: where, labels, text) of one kind.
function writtenRows(where) {
  const out = [];
  for (const f of files(corpusDir, /^norms.*\.tsv$/)) {
    for (const line of readFileSync(f, 'utf8').split(/\r?\n/)) {
      if (!line.trim() || line.startsWith('#')) continue;
      const [kind, labelText = '-', ...rest] = line.split('\t');
      const text = rest.join('\t').trim();
      if (kind.trim() !== where || !text) continue;
      out.push({ text, raw: labelText === '-' ? [] : labelText.split(',').map((x) => x.trim()), file: basename(f) });
    }
  }
  return out;
}

/**
 * Every passage on how meetings run: real ones, and the written sets' meeting sentences (training only:
 * those label the rule, so a flagged sentence takes the kind the lexicon names, and the rest are
 * "none": ordinary sentences of a plan's Structure and Content that say nothing of who talks to whom).
 */
export function talkRows(engine) {
  const rows = [];
  for (const { text, raw, file } of engine ? writtenRows('meeting') : []) {
    const label = raw.includes('communication-pattern') ? (engine.communicationPatterns(text)[0]?.what.id ?? 'round-robin') : 'none';
    rows.push({ text, label, real: false, group: `written:${file}`, file, notes: '' });
  }
  for (const f of files(realDir, /talk-passages.*\.tsv$/)) rows.push(...realTalkRows(f));
  // The real plans' sentences, labelled the same way (mostly "none": needs, purposes, topics, session
  // titles): the model learns what ordinary plan sentences look like. Measured apart from the passages
  // (eval.mjs, planTalkReport).
  for (const r of planTalkRows()) rows.push({ ...r, inPlan: true });
  return rows;
}

// The real passages on how meetings run of one file (pattern, passage, source, notes).
function realTalkRows(f) {
  const rows = [];
  for (const r of readTsv(f)) {
    const label = (r.pattern ?? '').trim().toLowerCase();
    if (!TALK_CLASSES.includes(label) || !r.passage) continue;
    rows.push({ text: r.passage, label, real: true, group: sourceGroup(r.source), file: basename(f), notes: r.notes ?? '' });
  }
  return rows;
}

/**
 * The labelled rows kept out of training (test/corpus/real/pending/: collections that did not lift the
 * cross-validated figures): ground-rule lines and meeting passages, read as the corpus files one
 * folder up are. Neither `npm run train` nor the cross-validation reads them; `npm run eval -- --task
 * held-out` measures the models on them.
 */
export function heldOutRows() {
  const dir = join(realDir, 'pending');
  return { norms: files(dir, /norm-lines.*\.tsv$/).flatMap(realNormRows), talk: files(dir, /talk-passages.*\.tsv$/).flatMap(realTalkRows) };
}

export const DYNAMIC_IDS = ['sharing-data', 'dialectic-process', 'taboo-area', 'same-boat', 'mutual-support', 'mutual-demand', 'individual-problem-solving', 'rehearsal', 'strength-in-numbers'];

/**
 * Every labelled sentence of the real plans for the dynamics of mutual aid (dynamics-sentences-*.tsv;
 * conventions in test/corpus/real/README.md). Rows not yet labelled are left out. A plan's rows fold
 * with its source's site.
 */
export function dynamicsRows() {
  const rows = [];
  for (const f of files(realDir, /^dynamics-sentences.*\.tsv$/)) {
    for (const r of readTsv(f)) {
      const raw = (r.dynamics ?? '').trim();
      if (!raw || !r.sentence) continue;
      const labels = new Set(raw.split(',').map((x) => x.trim()).filter((x) => DYNAMIC_IDS.includes(x)));
      rows.push({ text: r.sentence, labels, real: true, group: sourceGroup(r.source), plan: r.plan, section: r.section, file: basename(f) });
    }
  }
  return rows;
}

/**
 * Every sentence of the real plans labelled for the meeting pattern it describes for that group
 * (plan-talk-sentences-*.tsv: pattern, sentence, plan, section, source, notes; the same conventions as
 * the meeting passages). A plan's rows fold with its source's site.
 */
export function planTalkRows() {
  const rows = [];
  for (const f of files(realDir, /^plan-talk-sentences.*\.tsv$/)) {
    for (const r of readTsv(f)) {
      const label = (r.pattern ?? '').trim().toLowerCase();
      if (!TALK_CLASSES.includes(label) || !r.sentence) continue;
      rows.push({ text: r.sentence, label, real: true, group: sourceGroup(r.source), plan: r.plan, file: basename(f), notes: r.notes ?? '' });
    }
  }
  return rows;
}

/**
 * Every labelled sentence from the opening of the real plans for the purpose locator
 * (plan-sentences-*.tsv: purpose yes/no, sentence, plan, heading, block, source). A plan's rows fold
 * with its source's site.
 */
export function planSentenceRows() {
  const rows = [];
  for (const f of files(realDir, /^plan-sentences.*\.tsv$/)) {
    for (const r of readTsv(f)) {
      const label = (r.purpose ?? '').trim().toLowerCase();
      if ((label !== 'yes' && label !== 'no') || !r.sentence) continue;
      rows.push({ text: r.sentence, heading: r.heading ?? '', block: Number(r.block) || 1, label: label === 'yes' ? 1 : 0, real: true, group: sourceGroup(r.source), plan: r.plan, file: basename(f) });
    }
  }
  return rows;
}

/** The cue files, whose patterns the models read as features (see engine/learn/evidence.ts). */
const CUE_FILES = ['server/src/engine/cue-vocabularies.json', 'server/src/engine/purpose/cues.json', 'server/src/engine/norms/cues.json', 'server/src/engine/norms/plan-cues.json', 'server/src/engine/dynamics-cues.json'];
/** Keys of a cue file that no feature depends on. */
const NOT_FEATURES = new Set(['$comment', 'comment', 'note', 'examples', 'name', 'serves', 'suggestion', 'what', 'effect', 'alternative', 'expected', 'summary', 'skills', 'source']);

/** A hash of everything a model is trained from: the corpora, this file, the feature code and the cue
 * patterns. */
export function trainingHash() {
  const h = createHash('sha256');
  const inputs = [
    ...files(realDir, /\.tsv$/),
    ...files(corpusDir, /^(purpose-|norms).*\.tsv$/),
    fileURLToPath(import.meta.url),
    join(root, 'scripts/learn-tasks.mjs'),
    join(root, 'server/src/engine/learn/features.ts'),
    join(root, 'server/src/engine/learn/evidence.ts'),
    join(root, 'server/src/engine/learn/vocabularies.json'),
    join(root, 'server/src/engine/learn/locate.ts'),
    join(root, 'server/src/engine/dynamics.ts'),
    join(root, 'server/src/engine/dynamics-data.ts'),
  ];
  for (const f of inputs) {
    h.update(basename(f));
    h.update(readFileSync(f));
  }
  // The cue files' patterns are features of the models; their notes, examples and message text are not.
  for (const f of CUE_FILES) {
    h.update(basename(f));
    h.update(JSON.stringify(JSON.parse(readFileSync(join(root, f), 'utf8')), (key, value) => (NOT_FEATURES.has(key) ? undefined : value)));
  }
  return h.digest('hex').slice(0, 16);
}

// ---- training -------------------------------------------------------------------------------

/** Builds the feature index from training rows: features seen in at least `minCount` rows. */
export function vocabulary(featureSets, minCount = 2) {
  const counts = new Map();
  for (const fs of featureSets) for (const f of fs) counts.set(f, (counts.get(f) ?? 0) + 1);
  const names = [...counts].filter(([, n]) => n >= minCount).map(([f]) => f).sort();
  return new Map(names.map((f, i) => [f, i]));
}

// Rows as sparse index lists with the engine's feature scaling (every present feature weighs 1/sqrt(n)).
function encode(featureSets, vocab, featureValue) {
  return featureSets.map((fs) => {
    const idx = [];
    for (const f of fs) {
      const i = vocab.get(f);
      if (i !== undefined) idx.push(i);
    }
    return { idx, v: featureValue(fs.size) };
  });
}

/**
 * Multinomial (softmax) or binary (sigmoid, K = 1) logistic regression with an L2 penalty, fitted by
 * full-batch Adam for a fixed number of steps from zero weights: the same data gives the same weights.
 * `y` holds class indexes (softmax) or 0/1 (sigmoid); `sampleWeight` balances classes; `scale`, if
 * given, multiplies each feature's value (see nbScale).
 */
export function fitLogistic(X, y, F, K, { l2 = 1e-3, steps = 300, lr = 0.1, sampleWeight, scale } = {}) {
  const W = new Float64Array(F * K);
  const b = new Float64Array(K);
  const mW = new Float64Array(F * K);
  const vW = new Float64Array(F * K);
  const mb = new Float64Array(K);
  const vb = new Float64Array(K);
  const gW = new Float64Array(F * K);
  const gb = new Float64Array(K);
  const z = new Float64Array(K);
  const b1 = 0.9;
  const b2 = 0.999;
  const eps = 1e-8;
  const n = X.length;
  const totalWeight = sampleWeight ? sampleWeight.reduce((a, c) => a + c, 0) : n;
  for (let t = 1; t <= steps; t++) {
    gW.fill(0);
    gb.fill(0);
    for (let r = 0; r < n; r++) {
      const { idx, v } = X[r];
      const sw = (sampleWeight ? sampleWeight[r] : 1) / totalWeight;
      for (let k = 0; k < K; k++) z[k] = b[k];
      for (const i of idx) for (let k = 0; k < K; k++) z[k] += W[i * K + k] * v * (scale ? scale[i] : 1);
      if (K === 1) {
        const p = 1 / (1 + Math.exp(-z[0]));
        z[0] = p - y[r];
      } else {
        let max = -Infinity;
        for (let k = 0; k < K; k++) max = Math.max(max, z[k]);
        let sum = 0;
        for (let k = 0; k < K; k++) sum += z[k] = Math.exp(z[k] - max);
        for (let k = 0; k < K; k++) z[k] = z[k] / sum - (y[r] === k ? 1 : 0);
      }
      for (let k = 0; k < K; k++) {
        const g = z[k] * sw;
        gb[k] += g;
        for (const i of idx) gW[i * K + k] += g * v * (scale ? scale[i] : 1);
      }
    }
    const c1 = 1 - b1 ** t;
    const c2 = 1 - b2 ** t;
    for (let j = 0; j < W.length; j++) {
      const g = gW[j] + l2 * W[j];
      mW[j] = b1 * mW[j] + (1 - b1) * g;
      vW[j] = b2 * vW[j] + (1 - b2) * g * g;
      W[j] -= (lr * mW[j]) / c1 / (Math.sqrt(vW[j] / c2) + eps);
    }
    for (let k = 0; k < K; k++) {
      mb[k] = b1 * mb[k] + (1 - b1) * gb[k];
      vb[k] = b2 * vb[k] + (1 - b2) * gb[k] * gb[k];
      b[k] -= (lr * mb[k]) / c1 / (Math.sqrt(vb[k] / c2) + eps);
    }
  }
  return { W, b };
}

/** Weights that balance classes: each class weighs as much in total as an even share of the rows. */
export function balancedWeights(y, K, realBoost = null) {
  const counts = new Array(Math.max(K, 2)).fill(0);
  y.forEach((c) => counts[c]++);
  const present = counts.filter((c) => c > 0).length;
  return y.map((c, r) => (y.length / (present * counts[c])) * (realBoost ? realBoost[r] : 1));
}

/**
 * Packs fitted weights into the engine's model format (model.ts: the features kept, and their weights
 * flat, K per feature), dropping features whose weights all round to under `prune`.
 */
export function packModel({ W, b }, vocab, K, kind, classes, threshold, prune = 0.02) {
  const round = (x) => Math.round(x * 100) / 100;
  const features = [];
  const weights = [];
  for (const [f, i] of vocab) {
    const w = [];
    for (let k = 0; k < K; k++) w.push(round(W[i * K + k]));
    if (!w.some((x) => Math.abs(x) >= prune)) continue;
    features.push(f);
    weights.push(...w);
  }
  const model = { kind, classes, bias: Array.from(b, round), features, weights };
  if (threshold !== undefined) model.threshold = threshold;
  return model;
}

/**
 * Naive-Bayes log-count ratios as per-feature scales (Wang & Manning 2012, "NBSVM"): a feature's value
 * is multiplied by |log(P(feature | class) / P(feature | rest))|, smoothed by `alpha`, so words that
 * tell the classes apart start out weighing more than words common to both. With several classes, each
 * class is set against the rest and the largest ratio kept. Training only: the fitted weights are
 * multiplied by the same scales before they are stored, so the engine reads the model as before.
 */
export function nbScale(X, targets, F, K, sampleWeight, alpha) {
  const scale = new Float64Array(F);
  for (let k = 0; k < K; k++) {
    const pos = new Float64Array(F).fill(alpha);
    const neg = new Float64Array(F).fill(alpha);
    X.forEach((x, r) => {
      const yes = K === 1 ? targets[r] === 1 : targets[r] === k;
      for (const i of x.idx) (yes ? pos : neg)[i] += sampleWeight ? sampleWeight[r] : 1;
    });
    const sp = pos.reduce((a, v) => a + v, 0);
    const sn = neg.reduce((a, v) => a + v, 0);
    for (let i = 0; i < F; i++) scale[i] = Math.max(scale[i], Math.abs(Math.log(pos[i] / sp / (neg[i] / sn))));
  }
  return scale;
}

/** Trains one model from rows: `featureSets[i]` and `targets[i]`; `nb` (a smoothing) turns on nbScale. */
export function trainModel(engine, featureSets, targets, { kind, classes, weights, threshold, ...opts }) {
  const vocab = vocabulary(featureSets, opts.minCount ?? 2);
  const X = encode(featureSets, vocab, engine.featureValue);
  const K = kind === 'sigmoid' ? 1 : classes.length;
  const scale = opts.nb ? nbScale(X, targets, vocab.size, K, weights, opts.nb) : undefined;
  const fitted = fitLogistic(X, targets, vocab.size, K, { ...opts, sampleWeight: weights, scale });
  if (scale) for (let i = 0; i < vocab.size; i++) for (let k = 0; k < K; k++) fitted.W[i * K + k] *= scale[i];
  return packModel(fitted, vocab, K, kind, classes, threshold, opts.prune);
}

// ---- cross-validation ------------------------------------------------------------------------

/** Assigns each group to one of `k` folds by a hash of its name (stable across runs and machines). */
export function foldOf(group, k) {
  const h = createHash('sha1').update(group).digest();
  return h.readUInt32BE(0) % k;
}

/** Precision, recall and F1 from counts. */
export function prf(tp, fp, fn) {
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, tp, fp, fn };
}
