// The learned verdicts the rules use: a purpose statement's (or sentence's) kind, the norms a ground
// rule states, and the pattern a passage on meetings describes. Each comes with the words that
// weighed most, so a finding can say why. The weights are `models.json`, written by `npm run train`.
import MODELS from './models.json';
import { featureWords, predict, predictEach, type LinearModel, type ModelFile, type Prediction } from './model';
import { normFeatures, purposeFeatures, talkFeatures } from './evidence';
import type { CueReading, PurposeVerdict } from '../purpose/analyse';

const FILE = MODELS as unknown as ModelFile;
/** The models the engine ships; every verdict function also takes others (cross-validation folds). */
export type Models = Record<string, LinearModel>;
/** The models the engine ships (dynamics.ts, which keeps its judgment beside its own data, uses them too). */
export const SHIPPED: Models = FILE.models;
/** A prediction's deciding features as words a reader recognises. */
export { words as becauseWords };

const PURPOSE_KIND: Record<string, PurposeVerdict> = { CONTENT: 'content', INDIVIDUAL: 'individual', 'WORKER-CENTERED': 'worker', 'COMMON-CAUSE': 'common-cause' };
/** The purpose kinds in the model's class order. */
export const PURPOSE_KINDS: PurposeVerdict[] = (SHIPPED.purpose?.classes ?? []).map((c) => PURPOSE_KIND[c]);

export interface LearnedVerdict<T> {
  verdict: T;
  /** Probability of each kind, by kind. */
  probability: Record<string, number>;
  /** The words (and cues) that weighed most for the verdict, as a reader would recognise them. */
  because: string[];
}

// Turns model features into words for messages: word features as words, cue features by their id.
function words(p: Prediction): string[] {
  const out: string[] = [];
  for (const f of p.because) {
    const w = featureWords(f) ?? (f.startsWith('c:') ? `cue ${f.split(':').pop()}` : undefined);
    if (w && !out.includes(w)) out.push(w);
  }
  return out;
}

/** The learned verdict on a purpose statement or one of its sentences. */
export function purposeVerdict(text: string, analysis?: CueReading, models: Models = SHIPPED): LearnedVerdict<PurposeVerdict> | undefined {
  const m = models.purpose;
  if (!m) return undefined;
  const p = predict(m, purposeFeatures(text, analysis));
  return {
    verdict: PURPOSE_KIND[p.label ?? 'COMMON-CAUSE'],
    probability: Object.fromEntries(m.classes.map((c, i) => [PURPOSE_KIND[c], p.probs[i]])),
    because: words(p),
  };
}

/** A ground-rule line's norms as the models read them: norm ids, and any way it works against mutual aid. */
export interface LearnedNorms {
  /** Norm ids stated (the project's ids: speak-for-yourself, not speak-for-self). */
  norms: Map<string, string[]>;
  /** Set when the line works against mutual aid: its kind (round-robin, central-authority, no-advice) and why. */
  against?: { kind: string; because: string[] };
}

const NORM_ID: Record<string, string> = { 'speak-for-self': 'speak-for-yourself' };

/** The norms a ground-rule line states, and whether it works against mutual aid, as learned. */
export function learnedNorms(line: string, models: Models = SHIPPED): LearnedNorms {
  if (models !== SHIPPED) return learnNorms(line, models);
  let hit = normsCache.get(line);
  if (!hit) {
    hit = learnNorms(line, models);
    if (normsCache.size >= 20000) normsCache.delete(normsCache.keys().next().value as string);
    normsCache.set(line, hit);
  }
  return hit;
}

// Lines read with the shipped models, so the rules that ask about the same line pay once.
const normsCache = new Map<string, LearnedNorms>();

function learnNorms(line: string, models: Models): LearnedNorms {
  const f = normFeatures(line);
  const norms = new Map<string, string[]>();
  let against: LearnedNorms['against'];
  for (const p of predictEach(normModels(models), f)) {
    if (!p.label) continue;
    if (p.label === 'AGAINST:any') {
      const k = models['against-kind'];
      const kind = k ? predict(k, f).label : undefined;
      against = { kind: (kind ?? 'AGAINST:round-robin').replace('AGAINST:', ''), because: words(p) };
    } else norms.set(NORM_ID[p.label] ?? p.label, words(p));
  }
  return against ? { norms, against } : { norms };
}

// The norm models of a models file, in the file's order.
const NORM_MODELS = new WeakMap<Models, LinearModel[]>();
function normModels(models: Models): LinearModel[] {
  let list = NORM_MODELS.get(models);
  if (!list) {
    list = Object.entries(models).filter(([id]) => id.startsWith('norm:')).map(([, m]) => m);
    NORM_MODELS.set(models, list);
  }
  return list;
}

export type TalkPattern = 'round-robin' | 'hot-seat' | 'maypole' | 'free-floating' | 'none';

/**
 * The communication pattern a passage on how meetings run describes, as learned, with how sure the
 * model must be (`threshold`, chosen by cross-validation) to report a pattern no lexicon cue names.
 */
export function learnedPattern(passage: string, models: Models = SHIPPED): (LearnedVerdict<TalkPattern> & { threshold: number }) | undefined {
  const m = models.talk;
  if (!m) return undefined;
  const p = predict(m, talkFeatures(passage));
  return { verdict: (p.label ?? 'none') as TalkPattern, probability: Object.fromEntries(m.classes.map((c, i) => [c, p.probs[i]])), because: words(p), threshold: m.threshold ?? 0.3 };
}
