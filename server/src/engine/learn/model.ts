// Runs the learned linear models (regularised logistic regression, trained by `npm run train`) and
// explains each verdict by the features that weighed most. Pure TypeScript: the weights are plain
// data bundled with the engine, so it runs the same in Node and in a browser worker.

export interface LinearModel {
  /** `softmax`: one of `classes`; `sigmoid`: a yes/no decision for the one class. */
  kind: 'softmax' | 'sigmoid';
  classes: string[];
  bias: number[];
  /** The features the model weighs, in the order of their weights. */
  features: string[];
  /**
   * The weights, flat: feature i's weights are at i * K … i * K + K - 1, K being the number of classes
   * (one for a sigmoid model). Two plain arrays rather than an object keyed by feature: the models file
   * then loads in a fraction of the time (an object of 55,000 keys was the largest single cost of a
   * one-file lint) and takes less memory.
   */
  weights: number[];
  /**
   * For sigmoid models: the probability at or above which the answer is yes. For softmax models: how
   * sure the model must be of a class before a caller acts on it alone (the talk model's uncued patterns).
   */
  threshold?: number;
}

/** A model from weights keyed by feature (each a number, or one per class), as tests and tools write them. */
export function linearModel(spec: Omit<LinearModel, 'features' | 'weights'> & { weights: Record<string, number | number[]> }): LinearModel {
  const { weights, ...rest } = spec;
  const features = Object.keys(weights);
  return { ...rest, features, weights: features.flatMap((f) => weights[f]) };
}

/** How many weights each feature has: one per class, or one for a yes/no model. */
const width = (model: LinearModel): number => (model.kind === 'sigmoid' ? 1 : model.classes.length);

// Each model's feature names to their positions, built on the model's first use.
const POSITIONS = new WeakMap<LinearModel, Map<string, number>>();
function positions(model: LinearModel): Map<string, number> {
  let at = POSITIONS.get(model);
  if (!at) {
    at = new Map();
    const { features } = model;
    for (let i = 0; i < features.length; i++) at.set(features[i], i);
    POSITIONS.set(model, at);
  }
  return at;
}

export interface ModelFile {
  /** What the models were trained on (rows per corpus), for the record. */
  trainedOn: Record<string, number>;
  models: Record<string, LinearModel>;
}

export interface Prediction {
  /** The chosen class (softmax), or the class when yes and undefined when no (sigmoid). */
  label: string | undefined;
  /** Probability of each class, in the model's order. */
  probs: number[];
  /** The features that pushed most toward the chosen class (or toward yes), heaviest first. */
  because: string[];
}

/** Each feature's value: features of a text are scaled so that long and short texts weigh alike. */
export function featureValue(count: number): number {
  return count > 0 ? 1 / Math.sqrt(count) : 0;
}

type Hits = [string, number | number[]][];

// Scores of each class: bias plus the weights of the features present.
function scores(model: LinearModel, features: Set<string>): { z: number[]; hits: Hits } {
  const v = featureValue(features.size);
  const z = [...model.bias];
  const hits: Hits = [];
  const at = positions(model);
  const K = width(model);
  const { weights } = model;
  for (const f of features) {
    const i = at.get(f);
    if (i === undefined) continue;
    if (K === 1) {
      hits.push([f, weights[i]]);
      z[0] += weights[i] * v;
    } else {
      const w = weights.slice(i * K, i * K + K);
      hits.push([f, w]);
      for (let k = 0; k < K; k++) z[k] += w[k] * v;
    }
  }
  return { z, hits };
}

/** Predicts with a model; `explain` says how many deciding features to name. */
export function predict(model: LinearModel, features: Set<string>, explain = 4): Prediction {
  const { z, hits } = scores(model, features);
  return decide(model, z, hits, explain);
}

// Several yes/no models read the same features (the norm models, one per norm; the dynamics models):
// one index from each feature to the models that weigh it, so a feature is looked up once, not once
// per model (and in a Map, quicker than an object's keys for names made fresh each time). The index is
// compact: per feature, a run of (model, weight) pairs in two typed arrays. Built on first use for a
// given list of models.
interface Family {
  models: LinearModel[];
  /** Feature name to its number; the pairs of feature k are at start[k] .. start[k + 1] - 1. */
  ids: Map<string, number>;
  start: Int32Array;
  model: Uint8Array;
  weight: Float64Array;
}
const FAMILIES = new WeakMap<LinearModel, Family[]>();
function familyOf(models: LinearModel[]): Family {
  const known = FAMILIES.get(models[0]) ?? [];
  const same = known.find((f) => f.models.length === models.length && f.models.every((m, i) => m === models[i]));
  if (same) return same;
  const lists = new Map<string, number[]>();
  models.forEach((model, m) => {
    const K = width(model);
    model.features.forEach((f, i) => {
      let list = lists.get(f);
      if (!list) lists.set(f, (list = []));
      list.push(m, model.weights[i * K]);
    });
  });
  const ids = new Map<string, number>();
  const start = new Int32Array(lists.size + 1);
  let pairs = 0;
  for (const list of lists.values()) pairs += list.length / 2;
  const model = new Uint8Array(pairs);
  const weight = new Float64Array(pairs);
  let k = 0;
  let at = 0;
  for (const [f, list] of lists) {
    ids.set(f, k);
    start[k] = at;
    for (let i = 0; i < list.length; i += 2) {
      model[at] = list[i];
      weight[at++] = list[i + 1];
    }
    k++;
  }
  start[k] = at;
  const family = { models: [...models], ids, start, model, weight };
  FAMILIES.set(models[0], [...known, family]);
  return family;
}

// Building the index costs about 50 ms, more than a few hundred predictions without it: a short run
// (one plan from the command line, the first check in the editor) reads its lines model by model, and
// the index is built once the same models have read this many.
export const INDEX_AFTER = 300;
const READS = new WeakMap<LinearModel, number>();

/** Predicts with each of several models that read the same features; the same answers as `predict` on each. */
export function predictEach(models: LinearModel[], features: Set<string>, explain = 4): Prediction[] {
  if (models.length === 0) return [];
  // The compact index holds one weight per model: yes/no models only (at most 255 of them).
  if (models.length > 255 || models.some((m) => m.kind !== 'sigmoid')) return models.map((m) => predict(m, features, explain));
  const reads = READS.get(models[0]) ?? 0;
  if (reads < INDEX_AFTER) {
    READS.set(models[0], reads + 1);
    return models.map((m) => predict(m, features, explain));
  }
  const { ids, start, model, weight } = familyOf(models);
  const v = featureValue(features.size);
  const z = models.map((m) => m.bias[0]);
  const hits: Hits[] = models.map(() => []);
  for (const f of features) {
    const k = ids.get(f);
    if (k === undefined) continue;
    for (let i = start[k]; i < start[k + 1]; i++) {
      hits[model[i]].push([f, weight[i]]);
      z[model[i]] += weight[i] * v;
    }
  }
  return models.map((m, i) => decide(m, [z[i]], hits[i], explain));
}

// The class a model chooses from its scores, its probabilities and the features that pushed most toward it.
function decide(model: LinearModel, z: number[], hits: Hits, explain: number): Prediction {
  let probs: number[];
  let chosen: number;
  if (model.kind === 'sigmoid') {
    const p = 1 / (1 + Math.exp(-z[0]));
    probs = [p];
    chosen = p >= (model.threshold ?? 0.5) ? 0 : -1;
  } else {
    const max = Math.max(...z);
    const e = z.map((x) => Math.exp(x - max));
    const sum = e.reduce((a, b) => a + b, 0);
    probs = e.map((x) => x / sum);
    chosen = probs.indexOf(Math.max(...probs));
  }
  const k = Math.max(chosen, 0);
  // For a softmax class, a feature counts by how far it favours that class over the others' mean.
  const pull = (w: number | number[]): number => (typeof w === 'number' ? w : model.kind === 'sigmoid' ? w[0] : w[k] - (w.reduce((a, b) => a + b, 0) - w[k]) / Math.max(1, w.length - 1));
  const because = chosen < 0 ? [] : hits
    .map(([f, w]) => [f, pull(w)] as const)
    .filter(([, p]) => p > 0)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, explain)
    .map(([f]) => f);
  return { label: chosen < 0 ? undefined : model.classes[chosen], probs, because };
}

/** A feature's name as words a reader recognises: "help one", "not … interrupt", "not … judge-words". */
export function featureWords(feature: string): string | undefined {
  const m = /^([a-z]+):(n:)?(.*)$/.exec(feature);
  if (!m) return undefined;
  const [, kind, neg, rest] = m;
  const not = neg ? 'not … ' : '';
  if (kind === 'w') return `${not}${rest}`;
  if (kind === 's') return `${not}${rest}…`;
  if (kind === 'b') return rest.startsWith('^_') ? rest.slice(2) : rest.replace('_', ' ');
  if (kind === 'v') return `${not}${rest}-words`;
  return undefined;
}
