// The norm lexicons: which norms a plan can state, the phrases (and paraphrases) that state them,
// and the norms that work against mutual aid. The data is ./cues.json (each pattern with an id, a note
// and examples; the word lists the patterns share named once); this module reads it, and the matching
// is in ./detect.ts. All cue patterns are regular-expression sources, matched case-insensitively
// against a norm statement after `normaliseStatement` (lower case, straight quotes, single spaces).
// Sources: Steinberg 2014, ch. 1 and 2 (the mutual-aid norms); brief section 5 (conventional norms,
// and norms that work against mutual aid); Middleman and Wood 1990 (communication patterns).

import CUE_FILE from './cues.json';
import { vocabularyExpander, type CueExamples, type Vocabulary } from '../cue-file';

export type NormKind = 'mutual-aid' | 'conventional';

export interface NormDef {
  id: string;
  /** A short name used in messages. */
  name: string;
  /** The dynamic of mutual aid the norm serves, in words for messages. */
  serves: string;
  /** Ids of the dynamics (see ../dynamics.ts) that a stated norm sets in motion; none for the
   * conventional norms, which the seed chapters do not tie to a dynamic. */
  dynamics: string[];
  kind: NormKind;
  /** A norm line, in our words, that a fix adds to the norms list. */
  suggestion: string;
  /** Patterns that state the norm. */
  cues: string[];
  /** Concept rules: every pattern of `all` in one clause, read with the clause's polarity (see detect.ts). */
  concepts?: ConceptRule[];
  /** The norm is mostly stated as a prohibition ("do not repeat…", "not to be told outside"), so a
   * negator before a cue does not reverse it. */
  statedAsProhibition?: boolean;
  /** Whole-statement patterns that cancel a concept-rule hit (a later clause can rule out what an
   * earlier one describes: "cross-talk is replying to another member; we avoid it"). */
  conceptsCancelledBy?: string[];
}

/** A co-occurrence rule: all patterns in the same clause, and the clause negated or not. */
export interface ConceptRule {
  all: string[];
  /** Patterns that must not be in the clause. */
  none?: string[];
  /** Whether a negator comes just before the first pattern's match (see detect.ts). */
  polarity: 'positive' | 'negative';
}

/** One pattern of the file: a cue, a pattern that cancels concept rules, or an exception. */
export interface FileCue {
  id: string;
  pattern: string;
  /** What the pattern reads, for whoever maintains it. */
  note: string;
  /** In the file for the tests; bundles leave them out. */
  examples?: CueExamples;
}
/** A concept rule of the file, with its id, note and examples. */
export interface FileConcept extends ConceptRule {
  id: string;
  note: string;
  examples?: CueExamples;
}
type FileNorm = Omit<NormDef, 'cues' | 'concepts' | 'conceptsCancelledBy'> & { cues: FileCue[]; concepts?: FileConcept[]; conceptsCancelledBy?: FileCue[] };
type FileAgainst = Omit<AgainstDef, 'cues' | 'concepts' | 'unless'> & { cues: FileCue[]; concepts?: FileConcept[]; unless?: FileCue[] };
/** The norm cue file as the engine and its tests read it. */
export interface NormCueFile {
  vocabularies: Record<string, Vocabulary>;
  norms: FileNorm[];
  against: FileAgainst[];
}
/** The cue file itself (its examples are run by test/unit/cue-files.test.ts). */
export const NORM_CUE_FILE = CUE_FILE as unknown as NormCueFile;
/** Writes out a pattern's vocabulary references. */
export const expandNormPattern = vocabularyExpander(NORM_CUE_FILE.vocabularies);
const patterns = (list: FileCue[] | undefined): string[] | undefined => list?.map((c) => expandNormPattern(c.pattern));
const concepts = (list: FileConcept[] | undefined): ConceptRule[] | undefined =>
  list?.map((c) => ({ all: c.all.map(expandNormPattern), ...(c.none ? { none: c.none.map(expandNormPattern) } : {}), polarity: c.polarity }));

/** Shared pieces of patterns, written out (cues.ts and detect.ts use them). */
export const TALK = expandNormPattern('{talk}');
export const PEER = expandNormPattern('{peer}');
export const EO = expandNormPattern('{each-other}');
export const WORKER = expandNormPattern('{worker}');
/** More helpers in the worker's role; its vocabulary's note says why it is kept apart from WORKER. */
export const WORKER_MORE = expandNormPattern('{worker-more}');
/** Words that show a turn round is only an introduction or a brief check-in (allowed). */
export const BRIEF_ROUND = expandNormPattern('{brief-round}');
/** Negators that, shortly before a cue in the same clause, reverse it ("no need to raise your hand"); the
 * clause is cut by detect.ts `negatedAt`. */
export const NEGATORS = expandNormPattern('{negators}');

export const NORMS: NormDef[] = NORM_CUE_FILE.norms.map((n) => {
  const { cues, concepts: rules, conceptsCancelledBy, ...rest } = n;
  const def: NormDef = { ...rest, cues: patterns(cues)! };
  if (rules) def.concepts = concepts(rules);
  if (conceptsCancelledBy) def.conceptsCancelledBy = patterns(conceptsCancelledBy);
  return def;
});

/** The norm ids, for configuration schemas. */
export const NORM_IDS = NORMS.map((n) => n.id);
/** The ten norms that set mutual aid in motion (brief section 5), without the conventional ones. */
export const MUTUAL_AID_NORM_IDS = NORMS.filter((n) => n.kind === 'mutual-aid').map((n) => n.id);

/** What the `recommended` preset expects every plan's norms to state (issue 4; brief section 5). */
export const DEFAULT_EXPECTED = ['free-floating-talk', 'shared-authority', 'purposeful-use-of-self', 'empathy-and-acceptance', 'differences-welcome', 'confidentiality'];
/** Mutual-aid norms a plan is told about at information level when it does not state them. */
export const DEFAULT_INFORMATIONAL = ['sharing-information', 'real-talk', 'norm-of-work', 'risk-taking', 'respectful-honesty'];

/** A kind of norm that works against mutual aid (brief section 5, "warn, do not forbid"). */
export interface AgainstDef {
  id: string;
  /** What the norm does, for the message. */
  what: string;
  /** Its effect on the group, for the message. */
  effect: string;
  /** The mutual-aid norm it pulls against; the fix replaces the statement with that norm's line. */
  instead: string;
  /** A mutual-aid alternative, in our words. */
  alternative: string;
  cues: string[];
  concepts?: ConceptRule[];
  /** When one of these is in the same sentence, the cue means something else (polarity). */
  unless?: string[];
}

export const AGAINST: AgainstDef[] = NORM_CUE_FILE.against.map((d) => {
  const { cues, concepts: rules, unless, ...rest } = d;
  const def: AgainstDef = { ...rest, cues: patterns(cues)! };
  if (rules) def.concepts = concepts(rules);
  if (unless) def.unless = patterns(unless);
  return def;
});
