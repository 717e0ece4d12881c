// The worker pre-filter in norms/detect.ts: a pattern is skipped for text that names no worker only
// when every match of it must contain the worker.
import { describe, expect, it } from 'vitest';
import { requires } from '../../server/src/engine/norms/detect';
import { againstNorms, workerAsHelper } from '../../server/src/engine';

const W = '(?:worker|leader)';

describe('requires', () => {
  it('is true when the part is outside any optional group or alternation', () => {
    expect(requires(String.raw`\b${W} (?:will )?decides?`, W)).toBe(true);
    expect(requires(String.raw`\bcalled on by (?:the )?${W}`, W)).toBe(true);
    expect(requires(String.raw`\b(?:ask|wait) (?:for )?(?:the )?${W}\b`, W)).toBe(true);
  });

  it('is false when the part is optional, in one branch, repeated from zero, in a lookaround, or absent', () => {
    expect(requires(String.raw`permission (?:from ${W} )?to speak`, W)).toBe(false);
    expect(requires(String.raw`\bno cross-talk|${W} decides`, W)).toBe(false);
    expect(requires(String.raw`(?:a|${W}) decides`, W)).toBe(false);
    expect(requires(String.raw`(?:${W} ){0,2}decides`, W)).toBe(false);
    expect(requires(String.raw`decides(?= ${W})`, W)).toBe(false);
    expect(requires(String.raw`decides`, W)).toBe(false);
  });
});

describe('worker patterns with the pre-filter and the other helpers', () => {
  it('still reads patterns where the worker is optional', () => {
    expect(againstNorms('Ask permission to speak.').map((h) => h.what.id)).toContain('central-authority');
  });

  it('reads faith, probation and key workers in the worker patterns', () => {
    expect(againstNorms("The rabbi's decision is final.").map((h) => h.what.id)).toContain('central-authority');
    expect(workerAsHelper('The key worker will answer their questions.')).toBeDefined();
    expect(workerAsHelper('Members answer one another\'s questions.')).toBeUndefined();
  });
});
