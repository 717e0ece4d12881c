// The one matcher for cue patterns: runs a pattern over a text and gives the matches its caller keeps.
// The purpose cues, the norm and plan-wide cues and the dynamics all run their patterns through it,
// with the cue index (cue-index.ts) to skip a pattern that cannot match and the clause reader
// (negation.ts) to pass over a negated match. Patterns are linear-time by construction (a test checks
// every one: pattern-safety.test.ts), and `limit` bounds how many matches one text can cost.
import type { CueIndex } from './cue-index';

export interface MatchOptions {
  /** An index the pattern was added to: a text it rules out is not run at all. */
  index?: CueIndex;
  /** Whether the match at this offset is negated (and so passed over). */
  negated?: (at: number) => boolean;
  /** The caller's own test of a match: false passes over it, 'retry' passes over it and tries again one
   * character after where it started (a later start may still make a match the caller keeps). */
  accept?: (m: RegExpExecArray) => boolean | 'retry';
  /** Stop at the first match kept. */
  first?: boolean;
  /** Look only at the first match the pattern finds, kept or not. */
  onlyFirst?: boolean;
  /** Look at no more than this many matches. */
  limit?: number;
}

/** The matches of `re` in `text` that are not empty, not negated and accepted, in order. */
export function cueMatches(re: RegExp, text: string, options: MatchOptions = {}): RegExpExecArray[] {
  const { index, negated, accept, first = false, onlyFirst = false, limit = Infinity } = options;
  const out: RegExpExecArray[] = [];
  if (index && !index.mayMatch(re, text)) return out;
  re.lastIndex = 0;
  let seen = 0;
  for (let m = re.exec(text); m && seen++ < limit; m = re.global ? re.exec(text) : null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      if (onlyFirst) break;
      continue;
    }
    const verdict = negated?.(m.index) ? false : accept ? accept(m) : true;
    if (verdict === 'retry') re.lastIndex = m.index + 1;
    else if (verdict) {
      out.push(m);
      if (first) break;
    }
    if (onlyFirst) break;
  }
  return out;
}
