// Lexicons for the plan-wide rules: communication patterns (Middleman and Wood 1990, as reported
// by Steinberg 2014, ch. 1), the worker as primary helper (Steinberg 2014, intro and ch. 3),
// group types (Steinberg 2014, ch. 10 to 13) and evaluation (Steinberg 2014, ch. 14).
// The data is ./plan-cues.json (each pattern with an id, a note and examples; its word lists named
// once, beside those of ./cues.json); this module reads it. Regular-expression sources, matched
// case-insensitively against normalised sentences.
import PLAN_CUES from './plan-cues.json';
import { NORM_CUE_FILE, type FileCue } from './lexicon';
import { vocabularyExpander, type Vocabulary } from '../cue-file';

export interface PatternDef {
  id: 'round-robin' | 'hot-seat' | 'maypole';
  name: string;
  /** What happens, for the message. */
  what: string;
  cues: string[];
  /** In the same sentence, these make the cue harmless (an introduction round, a brief check-in). */
  unless?: string[];
}

/** What each group type needs a plan to address (brief section 7), with cues that show it does. */
export interface TypeNeed {
  id: string;
  /** What is expected, for the message. */
  expected: string;
  cues: string[];
  /** A sentence, in our words, that a fix adds to the plan. */
  suggestion: string;
  /** The element whose section the suggested sentence is added to. */
  element: string;
}

/** The plan cue file as the engine and its tests read it. */
export interface PlanCueFile {
  vocabularies: Record<string, Vocabulary>;
  patterns: (Omit<PatternDef, 'cues' | 'unless'> & { cues: FileCue[]; unless?: FileCue[] })[];
  workerHelper: { cues: FileCue[]; unless: FileCue[] };
  typeNeeds: Record<string, (Omit<TypeNeed, 'cues'> & { cues: FileCue[] })[]>;
  evaluation: { outcome: FileCue[]; process: FileCue[] };
}
/** The cue file itself (its examples are run by test/unit/cue-files.test.ts). */
export const PLAN_CUE_FILE = PLAN_CUES as unknown as PlanCueFile;
/** Writes out a pattern's references to the vocabularies of this file and of the norm cue file. */
export const expandPlanPattern = vocabularyExpander({ ...NORM_CUE_FILE.vocabularies, ...PLAN_CUE_FILE.vocabularies });
const patterns = (list: FileCue[]): string[] => list.map((c) => expandPlanPattern(c.pattern));

export const PATTERNS: PatternDef[] = PLAN_CUE_FILE.patterns.map(({ cues, unless, ...rest }) => ({ ...rest, cues: patterns(cues), ...(unless ? { unless: patterns(unless) } : {}) }));

/** The worker answers, teaches or gives feedback to each member (worker-primary-helper). */
export const WORKER_HELPER = {
  cues: patterns(PLAN_CUE_FILE.workerHelper.cues),
  /** In the same sentence, these show the worker hands the help back to the group. */
  unless: patterns(PLAN_CUE_FILE.workerHelper.unless),
};

export const TYPE_NEEDS: Record<string, TypeNeed[]> = Object.fromEntries(
  Object.entries(PLAN_CUE_FILE.typeNeeds).map(([type, needs]) => [type, needs.map(({ cues, ...rest }) => ({ ...rest, cues: patterns(cues) }))]),
);

/** Evaluation: outcome measures versus members' own view of how the group worked (Steinberg 2014, ch. 14). */
export const EVALUATION = {
  outcome: patterns(PLAN_CUE_FILE.evaluation.outcome),
  /** Members' own view of how the group worked: process as well as outcomes. */
  process: patterns(PLAN_CUE_FILE.evaluation.process),
};
