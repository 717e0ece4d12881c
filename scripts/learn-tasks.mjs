// The three judgments the models make, each as rows -> features -> model(s) -> predictions, with the
// settings `npm run train` uses. `npm run eval` cross-validates exactly these on real text.
import { AGAINST_LABELS, DYNAMIC_IDS, NORM_LABELS, PURPOSE_CLASSES, TALK_CLASSES, balancedWeights, trainModel } from './learn-core.mjs';

/** Training settings, chosen by cross-validation on real text (see README, "How the judgments are made"). */
export const SETTINGS = {
  purpose: { l2: 3e-4, steps: 250, lr: 0.05, realWeight: 2, minCount: 2, prune: 0.25, nb: 1 },
  norms: { l2: 1e-4, steps: 250, lr: 0.1, realWeight: 2, minCount: 1, threshold: 0.45, writtenNorms: true, prune: 1, nb: 1, against: { nb: 0, prune: 0.3, threshold: 0.7 } },
  talk: { l2: 1e-4, steps: 250, lr: 0.05, minCount: 1, prune: 0.5, realWeight: 3, threshold: 0.45, nb: 1 },
  dynamics: { l2: 1e-3, steps: 250, lr: 0.1, minCount: 1, prune: 0.1, threshold: 0.6, gateThreshold: 0.4, minPositives: 20 },
  locate: { l2: 1e-4, steps: 250, lr: 0.1, minCount: 2, prune: 0.05, threshold: 0.8 },
};

// Real rows weigh more than written ones, whose wording follows the brief.
const boost = (rows, w) => rows.map((r) => (r.real ? w : 1));

// One softmax model over rows labelled with one of `classes`, classes balanced and real rows boosted;
// `written: false` in the settings trains on real rows only.
function trainSoftmax(engine, task, all, classes, s) {
  const rows = s.written === false ? all.filter((r) => r.real) : all;
  const fs = rows.map((r) => task.features(engine, r.text));
  const y = rows.map((r) => classes.indexOf(r.label));
  const weights = balancedWeights(y, classes.length, boost(rows, s.realWeight ?? 1));
  return trainModel(engine, fs, y, { kind: 'softmax', classes, weights, ...s });
}

export const purposeTask = {
  name: 'purpose',
  features: (engine, text) => engine.purposeFeatures(text),
  train(engine, all, s = SETTINGS.purpose) {
    return { purpose: trainSoftmax(engine, this, all, PURPOSE_CLASSES, s) };
  },
  predict(engine, models, text) {
    const v = engine.purposeVerdict(text, undefined, models)?.verdict;
    return { content: 'CONTENT', individual: 'INDIVIDUAL', worker: 'WORKER-CENTERED', 'common-cause': 'COMMON-CAUSE' }[v];
  },
};

/** Norm labels a model is trained for: the norms, and one "against mutual aid" decision. */
export const NORM_MODEL_LABELS = [...NORM_LABELS, 'AGAINST:any'];

export const normsTask = {
  name: 'norms',
  features: (engine, text) => engine.normFeatures(text),
  train(engine, rows, s = SETTINGS.norms) {
    const use = s.writtenNorms ? rows : rows.filter((r) => r.real);
    const fs = use.map((r) => this.features(engine, r.text));
    const models = {};
    for (const label of NORM_MODEL_LABELS) {
      // Against-norms learn from real lines only: the written sets mark them by another convention.
      const against = label === 'AGAINST:any';
      const pick = use.map((r, i) => i).filter((i) => !against || use[i].real);
      const has = (r) => (against ? [...r.labels].some((l) => l.startsWith('AGAINST:')) : r.labels.has(label));
      const y = pick.map((i) => (has(use[i]) ? 1 : 0));
      if (!y.some((v) => v === 1)) continue;
      const weights = balancedWeights(y, 2, pick.map((i) => (use[i].real ? s.realWeight : 1)));
      // The against-norms model keeps its own settings (s.against): scaling by the naive-Bayes ratios
      // did not help it by cross-validation.
      const so = against ? { ...s, ...s.against } : s;
      models[`norm:${label}`] = trainModel(engine, pick.map((i) => fs[i]), y, { kind: 'sigmoid', classes: [label], weights, ...so });
    }
    // Which kind of against-norm, among lines against mutual aid (real rows only: the written sets do not say).
    const against = rows.filter((r) => r.real && AGAINST_LABELS.some((l) => r.labels.has(l)));
    if (against.length) {
      const ya = against.map((r) => AGAINST_LABELS.findIndex((l) => r.labels.has(l)));
      models['against-kind'] = trainModel(engine, against.map((r) => this.features(engine, r.text)), ya, { kind: 'softmax', classes: AGAINST_LABELS, weights: balancedWeights(ya, AGAINST_LABELS.length), ...s, ...s.against, threshold: undefined, minCount: 1 });
    }
    return models;
  },
  // What the checker reports, with these models: the judged norms and against-norms.
  predict(engine, models, text) {
    const out = new Set(engine.judgedNorms(text, models).map((h) => (h.what.id === 'speak-for-yourself' ? 'speak-for-self' : h.what.id)));
    const against = engine.judgedAgainst(text, undefined, models)[0];
    if (against) out.add(AGAINST_KIND[against.what.id] ?? 'AGAINST:round-robin');
    return out;
  },
};

// The lexicon's against-rules by the labelling guide's three kinds.
const AGAINST_KIND = { 'no-cross-talk': 'AGAINST:round-robin', 'speak-in-turn': 'AGAINST:round-robin', 'raise-hands': 'AGAINST:round-robin', 'central-authority': 'AGAINST:central-authority', 'no-advice': 'AGAINST:no-advice' };

export const talkTask = {
  name: 'talk',
  features: (engine, text) => engine.talkFeatures(text),
  train(engine, all, s = SETTINGS.talk) {
    return { talk: trainSoftmax(engine, this, all, TALK_CLASSES, s) };
  },
  // What the checker reports, with these models: a flagged pattern, or none.
  predict(engine, models, text) {
    return engine.judgedPatterns(text, models)[0]?.what.id ?? 'none';
  },
};

export const dynamicsTask = {
  name: 'dynamics',
  features: (engine, text) => engine.dynamicsFeatures(text),
  // Over labelled plan sentences, classes balanced: one yes/no model for "sets any dynamic in motion"
  // (the gate the cues pass through), and one per dynamic that has at least `minPositives` examples.
  train(engine, rows, s = SETTINGS.dynamics) {
    const fs = rows.map((r) => this.features(engine, r.text));
    const models = {};
    const fit = (name, y, threshold = s.threshold) => (models[name] = trainModel(engine, fs, y, { kind: 'sigmoid', classes: [name.slice(4)], weights: balancedWeights(y, 2), ...s, threshold }));
    const any = rows.map((r) => (r.labels.size > 0 ? 1 : 0));
    if (any.some((v) => v === 1)) fit('dyn:any', any, s.gateThreshold ?? s.threshold);
    for (const id of DYNAMIC_IDS) {
      const y = rows.map((r) => (r.labels.has(id) ? 1 : 0));
      if (y.filter((v) => v === 1).length >= (s.minPositives ?? 20)) fit(`dyn:${id}`, y);
    }
    return models;
  },
  predict(engine, models, text) {
    return new Set(engine.learnedDynamics(text, models).keys());
  },
};

export const locateTask = {
  name: 'locate',
  features: (engine, r) => engine.locateFeatures(r.text, r.heading, r.block),
  // One yes/no model over the labelled plan sentences, classes balanced: does the sentence say what
  // this group is for?
  train(engine, rows, s = SETTINGS.locate) {
    const y = rows.map((r) => r.label);
    const model = trainModel(engine, rows.map((r) => this.features(engine, r)), y, { kind: 'sigmoid', classes: ['purpose'], weights: balancedWeights(y, 2), ...s });
    return { [engine.LOCATE_MODEL]: model };
  },
  predict(engine, models, text, r) {
    return engine.purposeSentenceChance(text, r.heading, r.block, models);
  },
};
