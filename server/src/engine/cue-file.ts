// Reads a cue file: cue patterns kept as data, with named vocabularies written once. In a pattern,
// `{name}` stands for the vocabulary `name` (which may name others in turn) and `{bounded:name}` for
// the same with its runs of spaces and letters capped, for use inside a lookbehind: a lookaround whose
// text has a bounded length costs the same at every position, which keeps the whole pattern linear
// (test/unit/pattern-safety.test.ts). Every cue carries sentences it must and must not find, which
// test/unit/cue-files.test.ts runs.

import SHARED_FILE from './cue-vocabularies.json';

/** A named piece of pattern: a list of words, or a phrase shape several cues share. */
export interface Vocabulary {
  /** What the words are, and why they go together. */
  note: string;
  pattern: string;
}

/** Sentences a cue must find (`match`) and near misses it must not (`noMatch`). */
export interface CueExamples {
  match: string[];
  noMatch: string[];
}

/** A pattern source with its runs of spaces, letters and word characters capped (see above). */
export const boundRuns = (src: string): string => src.replaceAll('\\s+', '\\s{1,20}').replaceAll('\\s*', '\\s{0,20}').replaceAll('[a-z]+', '[a-z]{1,40}');

const REFERENCE = /\{(bounded:)?([a-z][a-z-]*)\}/g;

/** The vocabularies more than one cue file names, written once (cue-vocabularies.json). */
export const SHARED_VOCABULARIES: Record<string, Vocabulary> = (SHARED_FILE as { vocabularies: Record<string, Vocabulary> }).vocabularies;

/**
 * Returns a function that writes out a pattern's vocabulary references: the file's own vocabularies
 * and the shared ones. An unknown name, a vocabulary that names itself through others, or a file that
 * defines a shared name again, is an error in the file (thrown when it is read, which the tests do).
 */
export function vocabularyExpander(own: Record<string, Vocabulary>, shared: Record<string, Vocabulary> = SHARED_VOCABULARIES): (pattern: string) => string {
  const again = Object.keys(own).filter((name) => name in shared);
  if (again.length) throw new Error(`cue file: "${again.join('", "')}" is a shared vocabulary (cue-vocabularies.json) and may not be defined again`);
  const vocabularies = { ...shared, ...own };
  const done = new Map<string, string>();
  const expand = (pattern: string, path: string[]): string =>
    pattern.replace(REFERENCE, (_, bounded: string | undefined, name: string) => {
      const v = vocabularies[name];
      if (!v) throw new Error(`cue file: no vocabulary named "${name}"`);
      if (path.includes(name)) throw new Error(`cue file: vocabulary "${name}" names itself (${[...path, name].join(' > ')})`);
      let text = done.get(name);
      if (text === undefined) done.set(name, (text = expand(v.pattern, [...path, name])));
      return bounded ? boundRuns(text) : text;
    });
  return (pattern) => expand(pattern, []);
}

/** The vocabulary names a pattern refers to. */
export function vocabularyReferences(pattern: string): string[] {
  return [...pattern.matchAll(REFERENCE)].map((m) => m[2]);
}
