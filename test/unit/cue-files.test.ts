// The cue files (purpose, norms, the plan-wide rules, the dynamics): every cue's example sentences, run through the cue on its own (as Vale's and
// Harper's rule files keep theirs), and the file's shape: ids, notes, named vocabularies that are
// all used and all defined.
import { describe, expect, it } from 'vitest';
import PURPOSE_FILE from '../../server/src/engine/purpose/cues.json';
import { CUES } from '../../server/src/engine/purpose/lexicon';
import { analysePurpose, findCue } from '../../server/src/engine/purpose/analyse';
import { boundRuns, SHARED_VOCABULARIES, vocabularyExpander, vocabularyReferences, type Vocabulary } from '../../server/src/engine/cue-file';
import { AGAINST, NORMS, NORM_CUE_FILE, expandNormPattern, type FileConcept, type FileCue } from '../../server/src/engine/norms/lexicon';
import { patternFinds } from '../../server/src/engine/norms/detect';
import { PATTERNS, PLAN_CUE_FILE, expandPlanPattern } from '../../server/src/engine/norms/cues';
import { DYNAMICS, DYNAMICS_FILE } from '../../server/src/engine/dynamics-data';

interface PurposeFileCue {
  id: string;
  kind: string;
  weight: number;
  pattern: string;
  unlessAfter?: string;
  unlessBefore?: string;
  note: string;
  examples: { match: string[]; noMatch: string[] };
}
const FILE = PURPOSE_FILE as unknown as { vocabularies: Record<string, Vocabulary>; patterns: Record<string, Vocabulary>; cues: PurposeFileCue[] };
const expandPurpose = vocabularyExpander(FILE.vocabularies);

describe('purpose cue file: every cue finds its examples and misses its near misses', () => {
  for (const cue of FILE.cues) {
    it(cue.id, () => {
      expect(cue.examples.match.length, 'at least one sentence the cue must find').toBeGreaterThan(0);
      expect(cue.examples.noMatch.length, 'at least one near miss the cue must not find').toBeGreaterThan(0);
      for (const s of cue.examples.match) expect(findCue(cue.id, s).map((h) => h.id), s).toContain(cue.id);
      for (const s of cue.examples.noMatch) expect(findCue(cue.id, s), s).toEqual([]);
    });
  }
});

describe('purpose cue file: shape', () => {
  it('ids are unique, kinds and weights are known, every cue has a note', () => {
    const ids = FILE.cues.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of FILE.cues) {
      expect(['content', 'individual', 'worker', 'mutual', 'situation', 'aim', 'setting'], c.id).toContain(c.kind);
      expect([1, 2, 3], c.id).toContain(c.weight);
      expect(c.note.length, c.id).toBeGreaterThan(5);
    }
  });

  it('the engine reads every cue of the file, in order', () => {
    expect(CUES.map((c) => c.id)).toEqual(FILE.cues.map((c) => c.id));
    // Written out: no reference is left in a pattern the engine compiles.
    for (const c of CUES) for (const p of [c.pattern, c.unlessAfter ?? '', c.unlessBefore ?? '']) expect(vocabularyReferences(p), c.id).toEqual([]);
  });

  it('every vocabulary is used, and every name used is a vocabulary', () => {
    const used = new Set<string>();
    const sources = [...FILE.cues.flatMap((c) => [c.pattern, c.unlessAfter ?? '', c.unlessBefore ?? '']), ...Object.values(FILE.patterns).map((p) => p.pattern), ...Object.values(FILE.vocabularies).map((v) => v.pattern)];
    for (const s of sources) for (const name of vocabularyReferences(s)) used.add(name);
    expect([...used].filter((n) => !(n in FILE.vocabularies) && !(n in SHARED_VOCABULARIES))).toEqual([]);
    expect(Object.keys(FILE.vocabularies).filter((n) => !used.has(n))).toEqual([]);
    for (const [name, v] of Object.entries(FILE.vocabularies)) expect(v.note.length, name).toBeGreaterThan(5);
  });

  it('a cue reads the same in the whole analysis: an example sentence carries the cue', () => {
    // The per-cue examples are the cue on its own; in a whole sentence the analysis may set a cue aside
    // for a stronger one it overlaps. Most examples still carry their cue there.
    let carried = 0;
    let all = 0;
    for (const c of FILE.cues) {
      for (const s of c.examples.match) {
        all++;
        if (analysePurpose(s).sentences.some((x) => x.cues.some((h) => h.id === c.id))) carried++;
      }
    }
    expect(carried / all).toBeGreaterThan(0.8);
  });
});

describe('shared vocabularies (cue-vocabularies.json)', () => {
  const files: [string, { vocabularies: Record<string, Vocabulary> }][] = [
    ['purpose', FILE],
    ['norms', NORM_CUE_FILE as unknown as { vocabularies: Record<string, Vocabulary> }],
  ];
  const names = (f: { vocabularies: Record<string, Vocabulary> }) => new Set(Object.values(f.vocabularies).flatMap((v) => vocabularyReferences(v.pattern)));

  it('each is named by more than one cue file, has a note, and no file defines it again', () => {
    for (const [name, v] of Object.entries(SHARED_VOCABULARIES)) {
      expect(files.filter(([, f]) => names(f).has(name)).map(([id]) => id), name).toEqual(['purpose', 'norms']);
      expect(v.note.length, name).toBeGreaterThan(5);
      for (const [id, f] of files) expect(name in f.vocabularies, `${id} defines ${name}`).toBe(false);
    }
    expect(() => vocabularyExpander({ 'helper-titles': { note: 'again', pattern: 'x' } })).toThrow(/shared vocabulary/);
  });

  it('the helpers both files name come from the one list: a title there is a worker to the purpose and the norm cues alike', () => {
    const list = SHARED_VOCABULARIES['helper-titles'].pattern;
    const purposeWorker = new RegExp(`^(?:${expandPurpose('{worker-people}')})$`);
    const normWorker = new RegExp(`^(?:${expandNormPattern('{worker}')})$`);
    for (const title of ['the facilitator', 'our counsellors', 'the co-leaders', 'a health visitor', 'the case manager', 'the workers']) {
      expect(title, 'in the shared list').toMatch(new RegExp(`\\b(?:${list})$`));
      expect(title, 'purpose').toMatch(purposeWorker);
      expect(title, 'norms').toMatch(normWorker);
    }
  });

  it('the members both files name in the plural come from the one list', () => {
    const purposePeople = new RegExp(`^${expandPurpose('{people}')}$`);
    const normMembers = new RegExp(`^${expandNormPattern('{members-plural}')}$`);
    for (const who of ['members', 'parents', 'tenants', 'young people', 'survivors']) {
      expect(who, 'in the shared list').toMatch(new RegExp(`^(?:${SHARED_VOCABULARIES['member-plurals'].pattern})$`));
      expect(who, 'purpose').toMatch(purposePeople);
      expect(who, 'norms').toMatch(normMembers);
    }
  });
});

describe('vocabulary references', () => {
  const expand = vocabularyExpander({
    carer: { note: 'one carer', pattern: 'carers?' },
    carers: { note: 'carers, a group', pattern: '(?:{carer}|caregivers)' },
    loop: { note: 'names itself', pattern: 'a{loop}' },
  });

  it('writes out nested names, and capped runs for {bounded:…}', () => {
    expect(expand('\\b{carers}\\s+meet')).toBe('\\b(?:carers?|caregivers)\\s+meet');
    expect(boundRuns('the\\s+[a-z]+\\s*x')).toBe('the\\s{1,20}[a-z]{1,40}\\s{0,20}x');
    expect(vocabularyExpander({ w: { note: 'w', pattern: 'the\\s+worker' } })('(?<={bounded:w})')).toBe('(?<=the\\s{1,20}worker)');
  });

  it('leaves quantifiers alone and names an unknown or self-naming vocabulary', () => {
    expect(expand('a{1,20}b{0,3}')).toBe('a{1,20}b{0,3}');
    expect(() => expand('{nobody}')).toThrow(/no vocabulary named "nobody"/);
    expect(() => expand('{loop}')).toThrow(/names itself/);
  });
});

// The norm cue file: every pattern (cue, concept rule, cancelling pattern, exception) on its own.
describe('norm cue file: every pattern finds its examples and misses its near misses', () => {
  const defs = [...NORM_CUE_FILE.norms, ...NORM_CUE_FILE.against];
  const finds = (entry: FileCue | FileConcept, s: string): boolean =>
    'all' in entry
      ? entry.all.every((p) => patternFinds(expandNormPattern(p), s)) && !(entry.none ?? []).some((p) => patternFinds(expandNormPattern(p), s))
      : patternFinds(expandNormPattern(entry.pattern), s);
  for (const d of defs) {
    const entries: (FileCue | FileConcept)[] = [...d.cues, ...(d.concepts ?? []), ...('conceptsCancelledBy' in d ? (d.conceptsCancelledBy ?? []) : []), ...('unless' in d ? (d.unless ?? []) : [])];
    it(`${d.id}: ${entries.length} patterns`, () => {
      for (const e of entries) {
        expect(e.note.length, `${e.id} has a note`).toBeGreaterThan(5);
        expect(e.examples?.match.length, `${e.id}: sentences it must find`).toBeGreaterThan(0);
        expect(e.examples?.noMatch.length, `${e.id}: a near miss`).toBeGreaterThan(0);
        for (const s of e.examples!.match) expect(finds(e, s), `${e.id} should find: ${s}`).toBe(true);
        for (const s of e.examples!.noMatch) expect(finds(e, s), `${e.id} should not find: ${s}`).toBe(false);
      }
    });
  }
});

describe('norm cue file: shape', () => {
  const entries = [...NORM_CUE_FILE.norms, ...NORM_CUE_FILE.against].flatMap((d) => [
    ...d.cues,
    ...(d.concepts ?? []),
    ...('conceptsCancelledBy' in d ? (d.conceptsCancelledBy ?? []) : []),
    ...('unless' in d ? (d.unless ?? []) : []),
  ]);

  it('ids are unique across norms and norms against mutual aid', () => {
    const ids = entries.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('the engine reads every pattern of the file, written out', () => {
    expect(NORMS.map((n) => n.id)).toEqual(NORM_CUE_FILE.norms.map((n) => n.id));
    expect(AGAINST.map((n) => n.id)).toEqual(NORM_CUE_FILE.against.map((n) => n.id));
    expect(NORMS.reduce((k, n) => k + n.cues.length, 0)).toBe(NORM_CUE_FILE.norms.reduce((k, n) => k + n.cues.length, 0));
    for (const d of [...NORMS, ...AGAINST]) for (const c of d.cues) expect(vocabularyReferences(c), d.id).toEqual([]);
  });

  it('every vocabulary is used, and every name used is a vocabulary', () => {
    const used = new Set<string>();
    const sources = [...entries.flatMap((e) => ('all' in e ? [...e.all, ...(e.none ?? [])] : [e.pattern])), ...Object.values(NORM_CUE_FILE.vocabularies).map((v) => v.pattern)];
    for (const s of sources) for (const name of vocabularyReferences(s)) used.add(name);
    // Some vocabularies are used by the communication-pattern lexicon (cues.ts) and detect.ts by name.
    for (const name of ['talk', 'peer', 'each-other', 'worker', 'worker-more', 'brief-round', 'negators']) used.add(name);
    expect([...used].filter((n) => !(n in NORM_CUE_FILE.vocabularies) && !(n in SHARED_VOCABULARIES))).toEqual([]);
    expect(Object.keys(NORM_CUE_FILE.vocabularies).filter((n) => !used.has(n))).toEqual([]);
    for (const [name, v] of Object.entries(NORM_CUE_FILE.vocabularies)) expect(v.note.length, name).toBeGreaterThan(5);
  });
});

// The plan cue file: communication patterns, the worker as primary helper, group types' needs, evaluation.
describe('plan cue file: every pattern finds its examples and misses its near misses', () => {
  const groups: [string, FileCue[]][] = [
    ...PLAN_CUE_FILE.patterns.map((p): [string, FileCue[]] => [p.id, [...p.cues, ...(p.unless ?? [])]]),
    ['worker-primary-helper', [...PLAN_CUE_FILE.workerHelper.cues, ...PLAN_CUE_FILE.workerHelper.unless]],
    ...Object.entries(PLAN_CUE_FILE.typeNeeds).flatMap(([type, needs]) => needs.map((n): [string, FileCue[]] => [`${type}: ${n.id}`, n.cues])),
    ['evaluation', [...PLAN_CUE_FILE.evaluation.outcome, ...PLAN_CUE_FILE.evaluation.process]],
  ];
  for (const [name, entries] of groups) {
    it(`${name}: ${entries.length} patterns`, () => {
      for (const e of entries) {
        expect(e.note.length, `${e.id} has a note`).toBeGreaterThan(5);
        expect(e.examples?.match.length, `${e.id}: sentences it must find`).toBeGreaterThan(0);
        expect(e.examples?.noMatch.length, `${e.id}: a near miss`).toBeGreaterThan(0);
        for (const s of e.examples!.match) expect(patternFinds(expandPlanPattern(e.pattern), s), `${e.id} should find: ${s}`).toBe(true);
        for (const s of e.examples!.noMatch) expect(patternFinds(expandPlanPattern(e.pattern), s), `${e.id} should not find: ${s}`).toBe(false);
      }
    });
  }

  it('ids are unique, and the engine reads every pattern written out', () => {
    const ids = groups.flatMap(([, entries]) => entries.map((e) => e.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(PATTERNS.map((p) => p.id)).toEqual(['round-robin', 'hot-seat', 'maypole']);
    for (const p of PATTERNS) for (const c of [...p.cues, ...(p.unless ?? [])]) expect(vocabularyReferences(c), p.id).toEqual([]);
    const sources = [...ids.map((id) => groups.flatMap(([, e]) => e).find((e) => e.id === id)!.pattern), ...Object.values(PLAN_CUE_FILE.vocabularies).map((v) => v.pattern)];
    const used = new Set(sources.flatMap(vocabularyReferences));
    expect(Object.keys(PLAN_CUE_FILE.vocabularies).filter((n) => !used.has(n))).toEqual([]);
  });
});

describe('cue patterns are written in lower case', () => {
  // The checker matches them against text in lower case, compiled without the i flag (half V8's cost
  // to compile them): a capital letter in a pattern would never match.
  const capital = (source: string): boolean => /[A-Z]/.test(source.replace(/\\(?:u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|[A-Za-z])/g, ''));

  it('no pattern of the three files has a capital letter (but the case-sensitive purpose cues)', () => {
    const purpose = FILE.cues.filter((c) => !(c as { caseSensitive?: boolean }).caseSensitive).map((c) => c.pattern);
    const norms = [...NORMS, ...AGAINST].flatMap((d) => [...d.cues, ...(d.concepts ?? []).flatMap((c) => [...c.all, ...(c.none ?? [])])]);
    const plan = PATTERNS.flatMap((p) => [...p.cues, ...(p.unless ?? [])]);
    expect([...purpose.map(expandPurpose), ...norms, ...plan].filter(capital)).toEqual([]);
  });

  it('a capitalised sentence still carries its cues, quoted as written', () => {
    for (const [id, sentence] of [['topics', 'Topics include stress, sleep and money.'], ['worker-teaches', 'The nurse will teach you about your new medicine.'], ['each-member', 'We help each member reach their own goals.']]) {
      const lower = findCue(id, sentence.toLowerCase());
      expect(lower.length, id).toBeGreaterThan(0);
      expect(findCue(id, sentence.toUpperCase()).map((h) => [h.start, h.end, h.text])).toEqual(lower.map((h) => [h.start, h.end, sentence.toUpperCase().slice(h.start, h.end)]));
    }
    expect(findCue('reciprocal', 'Members Help One Another.').map((h) => h.text)).toEqual(['One Another']);
    expect(NORMS.find((n) => n.id === 'confidentiality')!.cues.some((c) => patternFinds(c, 'WHAT IS SAID HERE STAYS HERE.'))).toBe(true);
  });
});

// The dynamics file: each cue as dynamics.ts reads it, with a word boundary before it.
describe('dynamics file: every cue finds its examples and misses its near misses', () => {
  for (const d of DYNAMICS_FILE.dynamics) {
    it(`${d.id}: ${d.cues.length} cues`, () => {
      for (const c of d.cues) {
        const re = new RegExp(`\\b${c.pattern}`, 'i');
        expect(c.note.length, `${c.id} has a note`).toBeGreaterThan(5);
        expect(c.examples?.match.length, `${c.id}: sentences it must find`).toBeGreaterThan(0);
        expect(c.examples?.noMatch.length, `${c.id}: a near miss`).toBeGreaterThan(0);
        for (const s of c.examples!.match) expect(re.test(s), `${c.id} should find: ${s}`).toBe(true);
        for (const s of c.examples!.noMatch) expect(re.test(s), `${c.id} should not find: ${s}`).toBe(false);
      }
    });
  }

  it('ids are unique, and the engine and the client read every cue', () => {
    const ids = DYNAMICS_FILE.dynamics.flatMap((d) => d.cues.map((c) => c.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(DYNAMICS.map((d) => d.cues)).toEqual(DYNAMICS_FILE.dynamics.map((d) => d.cues.map((c) => c.pattern)));
    expect(DYNAMICS.every((d) => d.skills.length > 0 && d.summary.length > 0)).toBe(true);
  });
});
