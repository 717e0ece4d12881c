// Linear-time matching, shown pattern by pattern (see scripts/pattern-safety.mjs for the argument).
// Every regular expression the checker runs on the samples and the labelled corpus, and every lexicon
// pattern, must pass both halves of the proof: no back-reference and every lookaround of bounded length
// (or run once per search), and a main pattern shown linear by scripts/linear-check.mjs or, where that
// cannot tell, by recheck (verdicts recorded by `npm run check:patterns -- --write`).
import { describe, expect, it } from 'vitest';
import { check } from 'recheck';
import { checkPlan, indexedPatterns } from '../../server/src/engine';
import { collectPatterns, decompose, patternsToProve, proofKey, structuralProblem, THIRD_PARTY } from '../../scripts/pattern-safety.mjs';
import { linearProof } from '../../scripts/linear-check.mjs';
import PROOFS from './pattern-proofs.json';

const proofs = PROOFS as Record<string, { checker: string; complexity: string }>;

describe('the proof parts', () => {
  it('empties lookarounds for the main pattern and measures their longest text', () => {
    const d = decompose(String.raw`\bpeers?\b(?!\s{1,20}pressure)(?<=s)x`, 'gi');
    expect(d.main).toBe(String.raw`\bpeers?\b(?:)(?:)x`);
    expect(d.lookarounds.map((l: { longest: number }) => l.longest)).toEqual([28, 1]);
  });

  it('refuses a back-reference and a lookaround of unbounded length', () => {
    expect(structuralProblem(String.raw`\b(\w+) and \1\b`, 'i')).toMatch(/back-?reference/);
    expect(structuralProblem(String.raw`\bpeers?(?!\s+pressure)`, 'i')).toMatch(/any length/);
    expect(structuralProblem(String.raw`\bpeers?(?!\s{1,20}pressure)`, 'i')).toBeUndefined();
  });

  it('lets an unbounded lookahead straight after a leading "^" through, and proves its body instead', () => {
    expect(structuralProblem(String.raw`^(?!.*\bfree\b)\s*(?:or|and)\b`, '')).toBeUndefined();
    expect(patternsToProve(String.raw`^(?!.*\bfree\b)\s*(?:or|and)\b`, 'g')).toEqual([
      [String.raw`^(?:)\s*(?:or|and)\b`, ''],
      [String.raw`^(?:.*\bfree\b)`, ''],
    ]);
    // A lookbehind's body is read backwards, as V8 matches it.
    expect(patternsToProve(String.raw`(?<=^|[.!?]\s{1,20})x`, 'i')[1]).toEqual([String.raw`^(?:$|(?:\s){1,20}[.!?])`, 'i']);
    // With the m flag "^" matches at every line, so the lookahead may run once per line.
    expect(structuralProblem(String.raw`^(?!.*\bfree\b)x`, 'm')).toMatch(/any length/);
    // Not straight after "^": it may run at every position.
    expect(structuralProblem(String.raw`^a*(?!.*\bfree\b)x`, '')).toMatch(/any length/);
  });
});

describe('the decision procedure', () => {
  it('agrees with the known cases: quadratic and exponential searches are found, linear ones shown', () => {
    const verdict = (source: string, flags = '') => linearProof(source, flags).linear;
    // Searched from every start position, a loop at the front rescans the text: quadratic.
    expect(verdict(String.raw`\s*x`)).toBe(false);
    expect(verdict(String.raw`\w+ing`)).toBe(false);
    expect(verdict(String.raw`\bdecisions? (?:about [\w ]+ )?are made`, 'i')).toBe(false);
    // Nested or overlapping loops: exponential.
    expect(verdict('^(a+)+$')).toBe(false);
    expect(verdict('(?:a|a)*')).toBe(false);
    // Two loops that can split one run of spaces, from one start: quadratic.
    expect(verdict(String.raw`^\s*([^:]{1,60}?)(?::|\s+-)\s+`)).toBe(false);
    // Anchored, word-bounded and bounded shapes the lexicons use: linear.
    expect(verdict('^a*b')).toBe(true);
    expect(verdict(String.raw`\b\w+ing\b`)).toBe(true);
    expect(verdict(String.raw`\bdecisions? (?:about [\w ]{1,80} )?are made`, 'i')).toBe(true);
    expect(verdict(String.raw`\bgive\b(?: [\w']+){0,4} attention`, 'i')).toBe(true);
    expect(verdict(String.raw`\bworker,?\s+(?:[\w-]+,?\s+){0,6}?(?:will\s+)?teach`, 'i')).toBe(true);
    expect(verdict(String.raw`[^.;]{0,120}\bnot\b`, 'i')).toBe(true);
    // The y flag tries one start only.
    expect(verdict(String.raw`\s*,`, 'y')).toBe(true);
    expect(verdict(String.raw`\s*,`, '')).toBe(false);
  });

  it('says why it could not decide instead of guessing', () => {
    expect(linearProof('(?:a?)*b', '')).toEqual({ linear: false, reason: expect.stringMatching(/not decided: .*nothing/) });
  });
});

describe('every pattern the checker runs', () => {
  const patterns = (collectPatterns(checkPlan, '.', indexedPatterns()) as [string, string][]).filter(([s]) => !THIRD_PARTY.has(s));

  it('is collected from the whole corpus and every lexicon', () => {
    expect(patterns.length).toBeGreaterThan(900);
  });

  it('has no back-reference and only lookarounds that cost a constant (or run once per search)', () => {
    const problems = patterns.map(([s, f]) => [structuralProblem(s, f), `/${s.slice(0, 120)}/${f}`]).filter(([p]) => p);
    expect(problems).toEqual([]);
  });

  it('searches in linear time: shown by the decision procedure, or by the recorded recheck verdict', () => {
    const unproved = [];
    for (const [s, f] of patterns) {
      for (const [main, flags] of patternsToProve(s, f) as [string, string][]) {
        const key = proofKey(main, flags);
        if (proofs[key]?.checker === 'automaton') continue;
        const r = linearProof(main, flags);
        if (!r.linear) unproved.push(`${key.slice(0, 160)}: ${r.reason}`);
      }
    }
    expect(unproved).toEqual([]);
  }, 120_000);

  it('has recorded recheck verdicts that recheck gives again, for patterns the procedure cannot show', async () => {
    const keys = Object.keys(proofs);
    expect(keys.length).toBeGreaterThan(0);
    for (const key of keys) {
      const at = key.lastIndexOf('/');
      expect(linearProof(key.slice(1, at), key.slice(at + 1)).linear, key).toBe(false); // still needed
    }
    const key = keys.sort((a, b) => a.length - b.length)[0];
    const at = key.lastIndexOf('/');
    const r = await check(key.slice(1, at), key.slice(at + 1), { checker: 'automaton', timeout: 20_000 });
    expect([r.status, r.checker], key).toEqual(['safe', 'automaton']);
  }, 60_000);
});

describe('the two patterns from mdast-util-gfm-autolink-literal', () => {
  it('stay fast on the inputs their emptied main patterns would rescan', () => {
    for (const body of ['www.' + 'w'.repeat(100_000) + ' www', 'x@y ' + 'a'.repeat(100_000) + ' ' + 'a.'.repeat(50_000)]) {
      const started = performance.now();
      const result = checkPlan(`# Plan\n\n## Purpose\n\n${body}\n`);
      expect(result.incomplete).toBeUndefined();
      expect(result.findings.length).toBeGreaterThan(0);
      expect(performance.now() - started).toBeLessThan(5_000); // a quadratic search would take minutes
    }
  });
});
