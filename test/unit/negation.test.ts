// The one clause reader for polarity (server/src/engine/negation.ts), shared by the purpose cues and
// the norm, plan-wide and dynamics cues.
import { describe, expect, it } from 'vitest';
import { negatedBefore } from '../../server/src/engine/negation';
import { findCue } from '../../server/src/engine/purpose/analyse';
import { negatedAt } from '../../server/src/engine/norms/detect';

const NOT = /\b(?:not|no|never|don't)\b/;
const at = (text: string, word: string): number => text.indexOf(word);

describe('negatedBefore', () => {
  it('reads a negator shortly before, in the same clause', () => {
    const t = 'members do not interrupt each other';
    expect(negatedBefore(t, at(t, 'interrupt'), NOT)).toBe(true);
    expect(negatedBefore(t, at(t, 'members'), NOT)).toBe(false);
  });

  it('stops at the end of a clause, and at "but"', () => {
    const t = 'we do not judge. members interrupt';
    expect(negatedBefore(t, at(t, 'interrupt'), NOT)).toBe(false);
    const u = 'this is not therapy but members interrupt';
    expect(negatedBefore(u, at(u, 'interrupt'), NOT)).toBe(false);
  });

  it('carries a negator across a list of verbs, not across a new permission', () => {
    const t = 'members may not comment on, or respond to a share';
    expect(negatedBefore(t, at(t, 'respond'), NOT)).toBe(true);
    const u = 'not to the worker, and feel free to respond';
    expect(negatedBefore(u, at(u, 'respond'), NOT)).toBe(false);
  });

  it('looks back a clause of at most 45 characters', () => {
    const t = `not ${'x'.repeat(60)} respond`;
    expect(negatedBefore(t, at(t, 'respond'), NOT)).toBe(false);
  });
});

describe('the purpose cues and the norm cues read negation the same way', () => {
  it('a negated worker cue does not count; one after "but" does', () => {
    expect(findCue('worker-teaches', 'This is not a class where the nurse will teach you about medicines.')).toEqual([]);
    expect(findCue('worker-teaches', 'We share experiences, but the nurse will teach you about medicines.').length).toBe(1);
  });

  it('a negator carries across "…, or" to a purpose cue, as it does to a norm cue', () => {
    expect(findCue('worker-teaches', 'Not a lecture, or a place where the nurse teaches you.')).toEqual([]);
    expect(findCue('worker-teaches', 'A place where the nurse teaches you.').length).toBe(1);
  });

  it('the norm reader is the same reader with the norm negators', () => {
    const t = "members don't interrupt, or give advice";
    expect(negatedAt(t, at(t, 'give'))).toBe(true);
    expect(negatedAt('members give advice freely', 0)).toBe(false);
  });
});
