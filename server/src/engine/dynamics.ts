// The nine dynamics of mutual aid and the worker skills that set each in motion: a digest of
// Steinberg 2014, ch. 2 in our own words, with Shulman 2011 for the dynamics themselves.
// Coverage tells, for a plan, which dynamics it plans for and where.
import type { Plan } from './plan';
import type { TextRange } from './types';
import { NORMS } from './norms/lexicon';
import { negatedAt, normaliseStatement, normsCoverage } from './norms/detect';
import { onClearCaches, splitSentences, toSourceRange, type MappedText } from './text';
import { CueIndex } from './cue-index';
import { cueMatches } from './cue-match';
import { textFeatures } from './learn/features';
import { predictEach } from './learn/model';
import { SHIPPED, becauseWords, type Models } from './learn/verdicts';

import { DYNAMICS } from './dynamics-data';

export { DYNAMICS, DYNAMICS_SOURCE, type Dynamic } from './dynamics-data';

export interface DynamicCoverage {
  id: string;
  name: string;
  addressed: boolean;
  /** Where the plan addresses it. */
  ranges: TextRange[];
  /** The words that decided it at its first place in the prose (empty when only a stated norm serves it). */
  because?: string[];
}

const COMPILED = DYNAMICS.map((d) => ({ d, re: new RegExp(d.cues.map((c) => `(?:\\b${c})`).join('|'), 'gi') }));
// Indexed by how matches start, so a block is only run through the dynamics it could name.
const INDEX = new CueIndex('dynamics');
INDEX.add(...COMPILED.map((c) => c.re));

// Finds which of the nine dynamics the plan addresses, and where (at most 20 places each): prose
// whose words set the dynamic in motion, and stated norms that serve it (see the dynamics each norm lists in norms/cues.json).
const coverageByPlan = new WeakMap<Plan, DynamicCoverage[]>();

export function dynamicsCoverage(plan: Plan): DynamicCoverage[] {
  // A plan object is built afresh for every check, so its coverage can be kept with it: the rule
  // and the hosts (the grader's strengths, the preview) then share one computation.
  let coverage = coverageByPlan.get(plan);
  if (!coverage) {
    coverage = computeCoverage(plan);
    coverageByPlan.set(plan, coverage);
  }
  return coverage;
}

/**
 * Plan elements that describe the members' situation or the setting rather than what the group will
 * do: a need statement that members feel shame or isolation is not a plan to set a dynamic in motion.
 */
export const NOT_THE_WORK: ReadonlySet<string> = new Set(['need', 'agency-context', 'social-context']);

function computeCoverage(plan: Plan, models: Models = SHIPPED): DynamicCoverage[] {
  const byNorm = normsCoverage(plan);
  const skip = new Set(plan.sections.filter((s) => s.element && NOT_THE_WORK.has(s.element.id)).flatMap((s) => s.blocks));
  const learned = hasDynamicsModels(models);
  // Each block's readings for the nine dynamics are made once per block text and remembered, so a
  // re-check after an edit only reads the edited block again.
  const found: (BlockReading | undefined)[] = new Array(plan.blocks.length);
  return COMPILED.map(({ d }, k) => {
    const ranges: TextRange[] = [];
    let because: string[] | undefined;
    for (const norm of NORMS) if (norm.dynamics.includes(d.id)) ranges.push(...(byNorm.get(norm.id) ?? []));
    for (let i = 0; i < plan.blocks.length && ranges.length < 40; i++) {
      const block = plan.blocks[i];
      if (block.kind === 'heading' || block.kind === 'code' || !block.mapped.text || skip.has(block)) continue;
      const reading = (found[i] ??= learned ? learnedBlock(block.mapped, models) : cueBlock(block.mapped.text));
      for (const hit of reading[k]) {
        ranges.push(toSourceRange(block.mapped, hit.start, hit.end));
        because ??= hit.because;
      }
    }
    const unique = dedupe(ranges).slice(0, 20);
    return { id: d.id, name: d.name, addressed: unique.length > 0, ranges: unique, because: because ?? [] };
  });
}

/** Per dynamic, where a block sets it in motion (plain offsets) and the words that decided. */
type BlockReading = { start: number; end: number; because: string[] }[][];

const hasDynamicsModels = (models: Models): boolean => models['dyn:any'] !== undefined;

/** Cue features of a sentence for the dynamics models: each dynamic whose cues it matches, not negated. */
export function dynamicsCueFeatures(sentence: string): string[] {
  const at = blockMatches(sentence);
  return COMPILED.flatMap(({ d }, k) => (at[2 * k] >= 0 ? [`c:d:${d.id}`] : []));
}

/** The features of a plan sentence for the dynamics models. */
export function dynamicsFeatures(sentence: string): Set<string> {
  return textFeatures(sentence, dynamicsCueFeatures(sentence));
}

/**
 * The dynamics a plan sentence sets in motion, each with the words that weighed most. A model learned
 * from real plans labelled for the dynamics (see test/corpus/real/README.md) decides whether the
 * sentence plans member-to-member work at all, rather than naming a topic or the members' situation;
 * the dynamic is then the one the sentence's cues name, or one a model of its own (trained where the
 * labelled plans give it enough examples) recognises.
 */
export function learnedDynamics(sentence: string, models: Models = SHIPPED): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const gate = models['dyn:any'];
  if (!gate) return out;
  const f = dynamicsFeatures(sentence);
  // The gate and every dynamic's own model, read together.
  const owned = DYNAMICS.filter((d) => models[`dyn:${d.id}`] !== undefined);
  const [work, ...read] = predictEach([gate, ...owned.map((d) => models[`dyn:${d.id}`])], f);
  const own = new Map(owned.map((d, k) => [d.id, read[k]]));
  DYNAMICS.forEach((d) => {
    const p = own.get(d.id);
    if (p?.label) out.set(d.id, becauseWords(p));
    else if (work.label && f.has(`c:d:${d.id}`)) out.set(d.id, becauseWords(work));
  });
  return out;
}

// A block read sentence by sentence with the learned models; remembered by text like the cue reading.
const LEARNED_BLOCKS = new Map<string, BlockReading>();
onClearCaches(() => LEARNED_BLOCKS.clear());
function learnedBlock(mapped: MappedText, models: Models): BlockReading {
  const raw = mapped.text;
  const shipped = models === SHIPPED;
  const cached = shipped ? LEARNED_BLOCKS.get(raw) : undefined;
  if (cached) return cached;
  const out: BlockReading = DYNAMICS.map(() => []);
  for (const s of splitSentences(mapped)) {
    const found = learnedDynamics(s.text, models);
    DYNAMICS.forEach((d, k) => {
      const because = found.get(d.id);
      if (because) out[k].push({ start: s.plainStart, end: s.plainEnd, because });
    });
  }
  if (shipped) {
    if (LEARNED_BLOCKS.size >= BLOCK_MATCHES_LIMIT) LEARNED_BLOCKS.delete(LEARNED_BLOCKS.keys().next().value as string);
    LEARNED_BLOCKS.set(raw, out);
  }
  return out;
}

// The lexicon's reading of a block, for a models file without dynamics models.
function cueBlock(raw: string): BlockReading {
  const at = blockMatches(raw);
  return DYNAMICS.map((_, k) => (at[2 * k] >= 0 ? [{ start: at[2 * k], end: at[2 * k + 1], because: [] }] : []));
}

/** Coverage as given models read it (cross-validation folds); the shipped models otherwise. */
export function dynamicsCoverageWith(plan: Plan, models: Models): DynamicCoverage[] {
  return computeCoverage(plan, models);
}

// For one block's text: [start, end] of the first match of each dynamic, or [-1, -1] when there is
// none or it is negated. Remembered by text (bounded, so memory stays flat).
const BLOCK_MATCHES = new Map<string, number[]>();
const BLOCK_MATCHES_LIMIT = 50000;
onClearCaches(() => BLOCK_MATCHES.clear());
function blockMatches(raw: string): number[] {
  const cached = BLOCK_MATCHES.get(raw);
  if (cached) return cached;
  const text = normaliseStatement(raw, 5000);
  const out: number[] = [];
  for (const { re } of COMPILED) {
    const m = cueMatches(re, text, { index: INDEX, negated: (at) => negatedAt(text, at), onlyFirst: true })[0];
    if (m) out.push(m.index, m.index + m[0].length);
    else out.push(-1, -1);
  }
  if (BLOCK_MATCHES.size >= BLOCK_MATCHES_LIMIT) BLOCK_MATCHES.delete(BLOCK_MATCHES.keys().next().value as string);
  BLOCK_MATCHES.set(raw, out);
  return out;
}

function dedupe(ranges: TextRange[]): TextRange[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || a.end - b.end);
  return sorted.filter((r, i) => i === 0 || r.start >= sorted[i - 1].end);
}
