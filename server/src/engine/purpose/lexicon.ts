// The words and phrases the purpose analysis looks for. Each cue says what it signals, how strongly,
// and why, so every finding can name the words that triggered it.
// Working test: domain brief section 4 (after Steinberg 2014, ch. 1; Kurland and Salmon 1992).

import CUE_FILE from './cues.json';
import { vocabularyExpander, type CueExamples, type Vocabulary } from '../cue-file';

/**
 * What a cue signals.
 * - content, individual, worker: the three ways a purpose fails;
 * - mutual: members doing something for one another (the member-to-member process);
 * - situation: the shared situation, need or concern that binds the members;
 * - aim: a shared aim or outcome;
 * - setting: a setting only ("a safe space to share").
 */
export type CueKind = 'content' | 'individual' | 'worker' | 'mutual' | 'situation' | 'aim' | 'setting';

export const FAILURE_KINDS = ['content', 'individual', 'worker'] as const;
export type FailureKind = (typeof FAILURE_KINDS)[number];

export interface CueDef {
  id: string;
  kind: CueKind;
  /** 2 for a clear signal, 1 for a hint that needs company, 3 for an unmistakable casework frame. */
  weight: number;
  /** Regular expression source, in lower case: it runs on the sentence with its capitals lowered (so
   * case-insensitively), unless `caseSensitive`, when it runs on the sentence as written. */
  pattern: string;
  caseSensitive?: boolean;
  /** The cue does not count when the text right after it matches this (source, case-insensitive). */
  unlessAfter?: string;
  /** The cue does not count when the text right before it matches this. */
  unlessBefore?: string;
  /** Marks a cue that introduces what the group covers: a list of subjects after it adds 1 to its weight and joins its evidence. */
  listHead?: boolean;
  /**
   * The cue counts only when its first two groups are the same word ("carers helping carers"); this
   * stands for a back-reference, which no linear-time proof covers.
   */
  sameWords?: boolean;
  /** Why this cue matters, in plain words. */
  note: string;
}

// The cues and the pieces of pattern they share are data: ./cues.json, read and written out here.
const FILE = CUE_FILE as unknown as PurposeCueFile;
interface PurposeCueFile {
  vocabularies: Record<string, Vocabulary>;
  patterns: Record<'negation-before' | 'purpose-marker' | 'finite-verbs', Vocabulary>;
  /** Each cue's examples and comment are in the file for the tests; bundles leave them out. */
  cues: (CueDef & { comment?: string; examples?: CueExamples })[];
}
const expand = vocabularyExpander(FILE.vocabularies);

/** The purpose cues, their patterns written out. */
export const CUES: CueDef[] = FILE.cues.map(({ comment: _comment, examples: _examples, ...def }) => ({
  ...def,
  pattern: expand(def.pattern),
  ...(def.unlessAfter ? { unlessAfter: expand(def.unlessAfter) } : {}),
  ...(def.unlessBefore ? { unlessBefore: expand(def.unlessBefore) } : {}),
}));

/** People a group is for (members, described by who they are). */
export const PEOPLE_NOUNS = expand('{people}');

/** Words that open a trailing clause which only adds to the main one ("…, while members learn from one
 * another", "…, followed by time to chat"); analyse.ts weighs cues in it at half. */
export const TRAILING_CLAUSE = expand('{trailing-clause}');

/** Words before a failure cue, in the same clause, that negate it ("not a class where …", "rather than"). */
export const NEGATION_BEFORE = expand(FILE.patterns['negation-before'].pattern);

/** Marks the sentence that carries the main purpose clause. */
export const PURPOSE_MARKER = expand(FILE.patterns['purpose-marker'].pattern);

/** A sentence with none of these has no finite verb: a title or a list of themes. */
export const FINITE_VERBS = expand(FILE.patterns['finite-verbs'].pattern);
