// The cue-pattern pre-filter (server/src/engine/cue-index.ts): what it reads from patterns, and that it
// never skips a pattern that would have matched, on tricky patterns, on random text and on every
// lexicon pattern over the labelled corpora.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CueIndex, matchPrefixes, requiredFactors } from '../../server/src/engine/cue-index';
import { AGAINST, NORMS, WORKER, WORKER_MORE } from '../../server/src/engine/norms/lexicon';
import { PATTERNS, WORKER_HELPER } from '../../server/src/engine/norms/cues';
import { normaliseStatement } from '../../server/src/engine/norms/detect';
import { CUES } from '../../server/src/engine/purpose';
import { DYNAMICS } from '../../server/src/engine/dynamics';

const sorted = (xs: string[] | undefined) => (xs ? [...xs].sort() : xs);

describe('matchPrefixes', () => {
  it('lists how matches start, in lower case, up to eight characters, without strings another one starts', () => {
    expect(sorted(matchPrefixes(/\bdiscuss/i))).toEqual(['discuss']);
    expect(sorted(matchPrefixes(/\bAsk(?:s|ed)?\b/))).toEqual(['ask']);
    expect(sorted(matchPrefixes(/\b(?:asks|asked|tell)\b/))).toEqual(['asked', 'asks', 'tell']);
    expect(sorted(matchPrefixes(/\b(?:the |a )?worker/i))).toEqual(['a worker', 'the work', 'worker']);
    expect(sorted(matchPrefixes(/\bdieti[tc]ian/))).toEqual(['dieticia', 'dietitia']);
    expect(sorted(matchPrefixes(/\bcross\-talk/))).toEqual(['cross-ta']);
  });

  it('stops at what it cannot read, keeping what came before', () => {
    expect(sorted(matchPrefixes(/\bfoo\w+bar/))).toEqual(['foo']);
    expect(sorted(matchPrefixes(/\bno[^.]{0,20}advice/))).toEqual(['no']);
    expect(sorted(matchPrefixes(/\bhe.?s/))).toEqual(['he']);
    expect(sorted(matchPrefixes(/\bgo+d/))).toEqual(['go']);
    expect(sorted(matchPrefixes(/\bab{2}c/))).toEqual(['ab']);
    expect(sorted(matchPrefixes(/\bcafé/))).toEqual(['caf']);
  });

  it('reads lookarounds as matching nothing', () => {
    expect(sorted(matchPrefixes(/(?<!not )\bshare(?= with)/))).toEqual(['share']);
  });

  it('gives up on patterns that need not start at a word', () => {
    expect(matchPrefixes(/share/)).toBeUndefined();
    expect(matchPrefixes(/\b\w+ly/)).toBeUndefined();
    expect(matchPrefixes(/\b(?:the )?/)).toBeUndefined();
    expect(matchPrefixes(/^\W*support/)).toBeUndefined();
    expect(matchPrefixes(/\b(?:a|[^b])/)).toBeUndefined();
    expect(matchPrefixes(/\b'quote/)).toBeUndefined();
    expect(matchPrefixes(/\bk/iu)).toBeUndefined();
    expect(matchPrefixes(/\bfoo|bar/)).toBeUndefined();
  });
});

describe('requiredFactors', () => {
  it('adds later parts that stand at a word boundary at the top level', () => {
    const f = requiredFactors(/\bworker\b[^.]{0,40}\banswers?\b/);
    expect(f.map(sorted)).toEqual([['worker'], ['answer']]);
  });

  it('reads later parts even when the start cannot be read', () => {
    expect(requiredFactors(/[^.]{0,9}\b(?:decides|rules)\b/).map(sorted)).toEqual([['decides', 'rules']]);
  });

  it('reads white space as a space, and the part after a run of it as starting a word', () => {
    expect(requiredFactors(/\bthe\s+worker/i).map(sorted)).toEqual([['the '], ['worker']]);
    expect(requiredFactors(/[a-z]+ologists?\s+(?:will\s+)?teach/i).map(sorted)).toEqual([['teach', 'will ']]);
    // "\s*" may be empty, so what follows it need not start a word.
    expect(requiredFactors(/[a-z]+\s*teach/)).toEqual([]);
  });

  it('takes no later parts from a pattern with a top-level alternation', () => {
    expect(requiredFactors(/\bfoo\b \bbar|\bbaz/).map(sorted)).toEqual([['baz', 'foo bar']]);
  });

  it('gives nothing for a pattern nothing can be read from', () => {
    expect(requiredFactors(/[a-z]+ing/)).toEqual([]);
  });
});

// A small deterministic random generator.
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe('CueIndex', () => {
  it('takes the finished index cue-factors.json holds for the same patterns, and reads them all again when more come', () => {
    // The dynamics' patterns exactly as dynamics.ts compiles them, in an index of the same name.
    const res = DYNAMICS.map((d) => new RegExp(d.cues.map((c) => `(?:\\b${c})`).join('|'), 'gi'));
    const index = new CueIndex('dynamics');
    index.add(...res);
    const fresh = new CueIndex();
    fresh.add(...res);
    expect(index.indexed).toBe(fresh.indexed);
    const text = 'members role play a hard talk and share tips with one another';
    expect(res.map((re) => index.mayMatch(re, text))).toEqual(res.map((re) => fresh.mayMatch(re, text)));
    expect(res.some((re) => !index.mayMatch(re, text))).toBe(true);
    // A pattern added after the finished index was taken.
    const later = /\bpotluck\b/g;
    index.add(later);
    expect(index.mayMatch(later, text)).toBe(false);
    expect(index.mayMatch(later, 'a potluck supper')).toBe(true);
    expect(res.map((re) => index.mayMatch(re, text))).toEqual(res.map((re) => fresh.mayMatch(re, text)));
  });

  it('skips a pattern whose words are not in the text and keeps one whose words are', () => {
    const index = new CueIndex();
    const discuss = /\bdiscuss/i;
    const helper = /\bworker\b[^.]{0,40}\banswers?\b/i;
    const loose = /[a-z]+ing/;
    index.add(discuss, helper, loose);
    expect(index.indexed).toBe(2);
    expect(index.mayMatch(discuss, 'members share what helped')).toBe(false);
    expect(index.mayMatch(discuss, 'members Discussed it')).toBe(true);
    expect(index.mayMatch(helper, 'the worker listens')).toBe(false);
    expect(index.mayMatch(helper, 'answers come from the worker')).toBe(true);
    expect(index.mayMatch(loose, 'nothing')).toBe(true);
    expect(index.mayMatch(/\bnever added/, 'text')).toBe(true);
  });

  it('only matches words at word starts, as \\b does', () => {
    const index = new CueIndex();
    const share = /\bshare/;
    index.add(share);
    expect(index.mayMatch(share, 'timeshare')).toBe(false);
    expect(index.mayMatch(share, 'time-share')).toBe(true);
    expect(index.mayMatch(share, '_share')).toBe(false);
  });

  it('never skips a pattern that matches, on random text', () => {
    const patterns = [
      /\bdiscuss(?:es|ed|ing)?\b/gi,
      /\b(?:the |a |our )?(?:group )?(?:worker|leaders?)\b[^.;]{0,30}?\banswers?\b/gi,
      /\b(?:no|never) (?:advice|fixing)\b/g,
      /(?<!not )\bshare(?= with)/i,
      /\bask(?:s|ed)?\b(?: the)? (?:group|worker)/i,
      /\bone (?:another|other)\b|\beach other\b/i,
      /\b(?:x|xy){0,3}yy/,
      /\bx{2,}y/,
      /\bxy+?x/,
      /\b(?:|x)y/,
      /\bx\.y\b/,
      /\bx[-.]y/,
      /\b(\w)x\1/,
      /\b(?<first>x)y/,
      /\bX(?:Y|x)/,
      /\bxé/i,
      /\bK/i,
      /\bs\b/i,
      /\b(?:the\s+)?worker/i,
      /\bworker's\b/,
      /\b(?:worker|leader)(?:'s|s')? (?:lead|rules)/,
      /\b\d{1,2} (?:minutes|mins)\b/,
      /\bthe\s+worker/i,
      /\bthe\s*worker/i,
      /[a-z]+ers?\s+(?:will\s+)?answers?\b/i,
      /[a-z]+ x{1,2}y/,
      /\bask\s{2}the\b/,
      /\b(?:a|b|c)(?:d|e)?(?:f|g)?(?:h|i)?(?:j|k)?(?:l|m)?(?:n|o)?(?:p|q)?(?:r|s)?/,
    ];
    const words = ['the', 'a', 'our', 'group', 'worker', 'Worker', 'leaders', 'answers', 'answer', 'discuss', 'Discussed', 'no', 'never', 'advice', 'share', 'with', 'not', 'ask', 'asks', 'one', 'another', 'each', 'other', 'x', 'xy', 'yy', 'xx', 'X', 'Y', 'é', 'xé', 'XÉ', 'K', 'K', 'ſ', 's', "worker's", "leaders'", 'lead', 'rules', '12', 'minutes', 'abdfhj', 'x.y', 'x-y', 'timeshare', '_x'];
    const seps = [' ', ' ', ' ', '  ', ', ', '. ', '-', '', '\t', "'", '; ', '\u00a0', '\n', ' \t'];
    const index = new CueIndex();
    index.add(...patterns);
    const rand = rng(7);
    let skipped = 0;
    for (let t = 0; t < 4000; t++) {
      let text = '';
      const n = 1 + Math.floor(rand() * 12);
      for (let i = 0; i < n; i++) text += words[Math.floor(rand() * words.length)] + seps[Math.floor(rand() * seps.length)];
      for (const re of patterns) {
        re.lastIndex = 0;
        const matches = re.test(text);
        const may = index.mayMatch(re, text);
        if (matches && !may) throw new Error(`${re} matches ${JSON.stringify(text)} but the index skipped it`);
        if (!may) skipped++;
      }
    }
    expect(skipped).toBeGreaterThan(20000);
  });
});

// Every lexicon pattern, compiled as the engine compiles it, over every labelled sentence we have.
describe('CueIndex over the lexicons and corpora', () => {
  const corpus = join(__dirname, '../corpus');
  const texts: string[] = [];
  for (const f of readdirSync(corpus).filter((f) => f.endsWith('.tsv'))) {
    for (const line of readFileSync(join(corpus, f), 'utf8').split('\n')) {
      if (!line || line.startsWith('#')) continue;
      const cols = line.split('\t');
      texts.push(cols[cols.length - 1]);
    }
  }
  const samples = join(__dirname, '../../samples');
  for (const f of readdirSync(samples).filter((f) => f.endsWith('.md'))) texts.push(...readFileSync(join(samples, f), 'utf8').split(/\n\s*\n/));

  function check(patterns: RegExp[], prepare: (s: string) => string): { runs: number; skipped: number } {
    const index = new CueIndex();
    index.add(...patterns);
    let skipped = 0;
    for (const raw of texts) {
      const text = prepare(raw);
      for (const re of patterns) {
        re.lastIndex = 0;
        const may = index.mayMatch(re, text);
        if (!may) skipped++;
        if (!may && re.test(text)) throw new Error(`${re.source.slice(0, 80)} matches ${JSON.stringify(text)} but the index skipped it`);
      }
    }
    return { runs: texts.length * patterns.length, skipped };
  }

  it('has a corpus to read', () => {
    expect(texts.length).toBeGreaterThan(1000);
  });

  it('never skips a norms pattern that matches', () => {
    const sources: string[] = [];
    for (const n of NORMS) sources.push(...n.cues, ...(n.conceptsCancelledBy ?? []), ...(n.concepts ?? []).flatMap((c) => [...c.all, ...(c.none ?? [])]));
    for (const a of AGAINST) sources.push(...a.cues, ...(a.unless ?? []), ...(a.concepts ?? []).flatMap((c) => [...c.all, ...(c.none ?? [])]));
    for (const p of PATTERNS) sources.push(...p.cues, ...(p.unless ?? []));
    sources.push(...WORKER_HELPER.cues, ...WORKER_HELPER.unless);
    const patterns = sources.flatMap((s) => [new RegExp(s, 'gi'), ...(s.includes(WORKER) ? [new RegExp(s.split(WORKER).join(WORKER_MORE), 'gi')] : [])]);
    const { runs, skipped } = check(patterns, (s) => normaliseStatement(s));
    // The filter earns its place: most pattern runs are skipped.
    expect(skipped / runs).toBeGreaterThan(0.8);
  });

  it('never skips a purpose cue that matches', () => {
    const patterns = CUES.map((c) => new RegExp(c.pattern, c.caseSensitive ? 'g' : 'gi'));
    const { runs, skipped } = check(patterns, (s) => s);
    expect(skipped / runs).toBeGreaterThan(0.8);
  });

  it('never skips a dynamic that matches', () => {
    const patterns = DYNAMICS.map((d) => new RegExp(d.cues.map((c) => `(?:\\b${c})`).join('|'), 'gi'));
    check(patterns, (s) => normaliseStatement(s, 5000));
  });
});
