// The one matcher every cue file's patterns run through (server/src/engine/cue-match.ts).
import { describe, expect, it } from 'vitest';
import { cueMatches } from '../../server/src/engine/cue-match';
import { CueIndex } from '../../server/src/engine/cue-index';
import { negatedBefore } from '../../server/src/engine/negation';

const at = (ms: RegExpExecArray[]) => ms.map((m) => [m.index, m[0]]);

describe('cueMatches', () => {
  it('gives every match in order, and skips empty ones without looping', () => {
    expect(at(cueMatches(/\bshare\b/g, 'share what you like; share when ready'))).toEqual([[0, 'share'], [21, 'share']]);
    expect(at(cueMatches(/x*/g, 'ab x'))).toEqual([[3, 'x']]);
  });

  it('passes over a negated match and keeps a later one', () => {
    const text = 'no advice, but share your own experience and advice when asked';
    const negated = (i: number) => negatedBefore(text, i, /\bno\b/);
    expect(at(cueMatches(/\badvice\b/g, text, { negated }))).toEqual([[45, 'advice']]);
    // Only the first match looked at: a negated first match means none.
    expect(cueMatches(/\badvice\b/g, text, { negated, onlyFirst: true })).toEqual([]);
  });

  it('stops at the first match kept, and looks at no more than `limit` matches', () => {
    expect(at(cueMatches(/\ba\b/g, 'a a a', { first: true }))).toEqual([[0, 'a']]);
    expect(cueMatches(/\ba\b/g, 'a a a', { limit: 2 })).toHaveLength(2);
  });

  it('tries again one character later when the caller asks ("retry"), as for a pair of the same word', () => {
    const re = /\b(\w+) (?:and|or) (\w+)\b/g;
    const accept = (m: RegExpExecArray) => m[1] === m[2] || 'retry';
    expect(at(cueMatches(re, 'help and more and more', { accept }))).toEqual([[9, 'more and more']]);
    expect(cueMatches(re, 'help and more and more')).toHaveLength(1);
  });

  it('does not run a pattern the index rules out, and runs a pattern without the g flag once', () => {
    const index = new CueIndex();
    const re = /\bworker\b/g;
    index.add(re);
    expect(cueMatches(re, 'members only', { index })).toEqual([]);
    expect(at(cueMatches(re, 'the worker listens', { index }))).toEqual([[4, 'worker']]);
    expect(at(cueMatches(/\bgo\b/, 'go go'))).toEqual([[0, 'go']]);
  });
});
