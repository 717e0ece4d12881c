// The norms, communication, group-type, evaluation and dynamics rules on whole plans: the samples,
// fixes applied and re-checked, severities, coverage ranges, and bad input.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreSubmission } from '../../server/src/engine/grade/score';
import { defaultRubric } from '../../server/src/engine/grade/rubric';
import { applyEdits, checkPlan, dynamicsCoverage, dynamicsCoverageWith, learnedDynamics, linearModel, resolveConfig, RULES, DYNAMICS, parseMarkdown, buildPlan, TEMPLATES } from '../../server/src/engine';

const OURS = ['norm-not-stated', 'norm-against-mutual-aid', 'communication-pattern', 'worker-primary-helper', 'group-type-expectations', 'evaluation-missing', 'evaluation-outcomes-only', 'dynamics-not-planned'];
const samples = join(__dirname, '..', '..', 'samples');
const read = (name: string): string => readFileSync(join(samples, name), 'utf8');
const ours = (text: string) => checkPlan(text).findings.filter((f) => OURS.includes(f.ruleId));
const ids = (text: string): string[] => [...new Set(ours(text).map((f) => f.ruleId))].sort();

describe('samples', () => {
  it('every rule is registered once', () => {
    for (const id of OURS) expect(RULES.filter((r) => r.meta.id === id)).toHaveLength(1);
  });

  it('good-plan.md has no findings at all', () => {
    const { findings, ruleErrors } = checkPlan(read('good-plan.md'));
    expect(ruleErrors).toEqual([]);
    expect(findings.map((f) => `${f.ruleId}: ${f.message}`)).toEqual([]);
  });

  it.each(readdirSync(samples).filter((f) => f.startsWith('type-')))('%s, a complete plan for its type, has no findings', (file) => {
    expect(checkPlan(read(file)).findings.map((f) => `${f.ruleId}: ${f.message}`)).toEqual([]);
  });

  it('the flawed samples exercise the rules', () => {
    expect(ids(read('flawed-norms-against-mutual-aid.md'))).toEqual(['norm-against-mutual-aid', 'norm-not-stated']);
    expect(ids(read('flawed-communication-patterns.md'))).toEqual(['communication-pattern', 'norm-not-stated', 'worker-primary-helper']);
    expect(ids(read('flawed-group-type.md'))).toEqual(['evaluation-outcomes-only', 'group-type-expectations', 'norm-not-stated', 'worker-primary-helper']);
    expect(ids(read('flawed-missing-parts.md'))).toEqual(['dynamics-not-planned', 'evaluation-missing', 'group-type-expectations']);
  });

  it('reports the informational norms at info and the expected ones at the rule severity', () => {
    const f = ours(read('flawed-group-type.md')).filter((x) => x.ruleId === 'norm-not-stated');
    // One finding per level, naming every norm not found (in `evidence`), not one finding per norm.
    expect(f.filter((x) => x.severity === 'warning').map((x) => x.evidence)).toEqual([['free-floating-talk', 'shared-authority', 'purposeful-use-of-self', 'differences-welcome', 'confidentiality']]);
    expect(f.filter((x) => x.severity === 'info').map((x) => x.evidence)).toEqual([['sharing-information', 'real-talk', 'norm-of-work', 'risk-taking', 'respectful-honesty']]);
    // Each norm has its own quick fix, offered as a suggestion (never applied by --fix).
    expect(f[0].fix).toBeUndefined();
    expect(f[0].suggestions?.map((x) => x.title)).toHaveLength(5);
  });

  it('an info-only rule never reports above info', () => {
    const { config } = resolveConfig([{ name: 't', input: { rules: { 'norm-not-stated': 'error' } } }], RULES);
    const f = checkPlan(read('flawed-group-type.md'), config).findings.filter((x) => x.ruleId === 'norm-not-stated');
    expect(f.filter((x) => x.severity === 'error')).toHaveLength(1);
    expect(f.filter((x) => x.severity === 'info')).toHaveLength(1);
  });
});

describe('fixes', () => {
  it.each(['flawed-norms-against-mutual-aid.md', 'flawed-group-type.md', 'flawed-missing-parts.md', 'flawed-communication-patterns.md'])(
    'applying every fix of these rules to %s removes the fixable findings',
    (file) => {
      const text = read(file);
      const before = ours(text);
      const edits = before.flatMap((f) => f.fix?.edits ?? []);
      const fixed = applyEdits(text, edits).text;
      const after = ours(fixed);
      const fixable = before.filter((f) => f.fix && f.ruleId !== 'dynamics-not-planned');
      for (const f of fixable) expect(after.some((a) => a.ruleId === f.ruleId && a.message === f.message), `${f.ruleId}: ${f.message}`).toBe(false);
      expect(checkPlan(fixed).ruleErrors).toEqual([]);
    },
  );

  it('norm-not-stated adds one line per missing norm without duplicating a replacement', () => {
    const text = '---\ngroupplan: true\n---\n\n# Plan\n\n## Norms\n\n- No cross-talk.\n- Be on time.\n';
    const fixes = checkPlan(text).findings.flatMap((f) => f.fix?.edits ?? []);
    const fixed = applyEdits(text, fixes).text;
    const line = 'Members talk directly to one another, whenever they have something to say, not only through the worker.';
    expect(fixed.split(line)).toHaveLength(2);
  });
});

describe('dynamics coverage', () => {
  it('lists all nine dynamics with ranges inside the text', () => {
    const text = read('good-plan.md');
    const plan = buildPlan(parseMarkdown(text), TEMPLATES.kurland);
    const cov = dynamicsCoverage(plan);
    expect(cov.map((c) => c.id)).toEqual(DYNAMICS.map((d) => d.id));
    for (const c of cov) {
      expect(c.addressed).toBe(c.ranges.length > 0);
      for (const r of c.ranges) {
        expect(r.start).toBeGreaterThanOrEqual(0);
        expect(r.end).toBeLessThanOrEqual(text.length);
        expect(r.end).toBeGreaterThan(r.start);
      }
    }
    expect(cov.filter((c) => c.addressed).length).toBeGreaterThanOrEqual(7);
  });

  it('finds a dynamic through a stated norm', () => {
    const text = '# Plan\n\n## Norms\n\n- Trying new ways, and getting them wrong, is valued here.\n';
    const plan = buildPlan(parseMarkdown(text), TEMPLATES.kurland);
    const rehearsal = dynamicsCoverage(plan).find((c) => c.id === 'rehearsal')!;
    expect(rehearsal.addressed).toBe(true);
    expect(text.slice(rehearsal.ranges[0].start, rehearsal.ranges[0].end).toLowerCase()).toContain('try');
  });

  it('gives no credit for words that describe the members\' situation, and credit for member-to-member work', () => {
    // A need that names shame and isolation, and a worker-centred purpose, plan no dynamic.
    const need = '# Plan\n\n## Need\n\nParents of teenagers feel shame and isolation; problem solving alone has failed; collective action is rare.\n\n## Purpose\n\nThe worker will teach parents parenting skills.\n';
    expect(dynamicsCoverage(buildPlan(parseMarkdown(need), TEMPLATES.kurland)).filter((c) => c.addressed)).toEqual([]);
    // Parents who share with one another what works, and try new ways, set sharing data and rehearsal in motion.
    const work = '# Plan\n\n## Purpose\n\nParents of teenagers meet to share with one another what works, and to try out new ways of talking with their children.\n';
    const ids = dynamicsCoverage(buildPlan(parseMarkdown(work), TEMPLATES.kurland)).filter((c) => c.addressed).map((c) => c.id);
    expect(ids).toEqual(expect.arrayContaining(['sharing-data', 'rehearsal']));
    // The same words in a plan's own work do count: members who talk about shame, and act together.
    const plan = '# Plan\n\n## Content\n\nMembers talk about the shame they carry, and take collective action on the waiting lists.\n';
    const planned = dynamicsCoverage(buildPlan(parseMarkdown(plan), TEMPLATES.kurland)).filter((c) => c.addressed).map((c) => c.id);
    expect(planned).toEqual(expect.arrayContaining(['taboo-area', 'strength-in-numbers']));
  });

  it('a learned gate decides whether a sentence plans member-to-member work; the cues say which dynamic', () => {
    const sigmoid = (weights: Record<string, number>, bias = -1) => linearModel({ kind: 'sigmoid', classes: ['x'], bias: [bias], weights, threshold: 0.5 });
    const models = { 'dyn:any': sigmoid({ 'w:will': 6 }) };
    // The cue for sharing data is in both sentences; only the one the gate accepts counts.
    expect([...learnedDynamics('Members will share tips with one another.', models).keys()]).toEqual(['sharing-data']);
    expect(learnedDynamics('Share tips with one another.', models).size).toBe(0);
    // A dynamic with a model of its own is found by that model, cue or not.
    const own = { ...models, 'dyn:rehearsal': sigmoid({ 'w:roleplay': 8 }) };
    expect([...learnedDynamics('We roleplay the meeting with the landlord.', own).keys()]).toEqual(['rehearsal']);
    // Coverage names the words that decided, and without dynamics models falls back to the cues alone.
    const plan = buildPlan(parseMarkdown('# Plan\n\n## Content\n\nMembers will share tips with one another.\n'), TEMPLATES.kurland);
    const learned = dynamicsCoverageWith(plan, models).find((c) => c.id === 'sharing-data')!;
    expect(learned.addressed).toBe(true);
    expect(learned.because).toContain('will');
    expect(dynamicsCoverageWith(plan, {}).find((c) => c.id === 'sharing-data')!.because).toEqual([]);
  });

  it('addresses nothing in a plan about topics only', () => {
    const plan = buildPlan(parseMarkdown('# Plan\n\n## Content\n\nWeek one covers budgeting.\n'), TEMPLATES.kurland);
    expect(dynamicsCoverage(plan).filter((c) => c.addressed)).toEqual([]);
  });
});

describe('group types', () => {
  const plan = (fm: string, body = '## Evaluation\n\nMembers review together how the group is working.\n') => `---\ngroupplan: true\n${fm}---\n\n# Plan\n\n${body}`;
  const messages = (text: string) => ours(text).filter((f) => f.ruleId === 'group-type-expectations').map((f) => f.message);

  it('reports a short-term group of forty meetings and a very large group of ten', () => {
    expect(messages(plan('type: short-term\nsessions: 40\n'))).toContain('The plan declares a short-term group but 40 sessions. A short-term group meets about two to twelve times; 40 meetings make a long-term (classic) group.');
    expect(messages(plan('type: very-large\nsize: 10\n'))).toContain('The plan declares a very large group but a size of 10. A very large group has about fifteen members or more, enough for three or four small working groups.');
  });

  it('says nothing without a declared type', () => {
    expect(messages(plan('sessions: 40\n'))).toEqual([]);
  });
});

describe('bad input', () => {
  it.each([
    ['empty', ''],
    ['binary', '\u0000\u0001\u0002\uFFFD'.repeat(200)],
    ['broken front matter', '---\ngroupplan: true\ntype: [\n---\n\n## Norms\n\n- No cross-talk.\n'],
    ['a heading only', '## Norms\n'],
  ])('%s does not crash any rule', (_name, text) => {
    expect(checkPlan(text).ruleErrors).toEqual([]);
  });

  it('a large plan (about half a megabyte) is checked without rule errors', () => {
    const section = read('flawed-communication-patterns.md').split('## Sessions')[1].split('## Pre-group')[0];
    const text = read('good-plan.md') + `\n## Sessions\n${section}`.repeat(1500);
    const { ruleErrors, findings } = checkPlan(text);
    expect(text.length).toBeGreaterThan(400_000);
    expect(ruleErrors).toEqual([]);
    expect(findings.some((f) => f.ruleId === 'communication-pattern')).toBe(true);
  });
});

describe('norms stated outside the norms section', () => {
  it('flags a rule named in the structure, and leaves other sentences alone', () => {
    const text = '---\ngroupplan: true\n---\n\n# Plan\n\n## Structure\n\nThe group keeps a no cross-talk rule. The facilitator decides the room layout with the agency.\n\n## Norms\n\n- We support one another.\n';
    const f = ours(text).filter((x) => x.ruleId === 'norm-against-mutual-aid');
    expect(f.map((x) => text.slice(x.range.start, x.range.end))).toEqual(['no cross-talk']);
  });
});

describe('open and closed membership', () => {
  it('reports a short-term plan that describes a drop-in group', () => {
    const text = '---\ngroupplan: true\ntype: short-term\nsessions: 8\n---\n\n# Plan\n\n## Structure\n\nA drop-in group; new members can join at any meeting.\n';
    const f = ours(text).filter((x) => x.ruleId === 'group-type-expectations' && /drop-in/.test(x.message));
    expect(f).toHaveLength(1);
    expect(applyEdits(text, f[0].fix!.edits).text).toContain('type: open-ended');
  });
});

describe('opening rounds', () => {
  const plan = (sessions: string) => `${read('good-plan.md')}\n## Sessions\n\n${sessions}\n`;
  const comm = (text: string, options?: Record<string, unknown>) => {
    const config = options ? resolveConfig([{ name: 'test', input: { rules: { 'communication-pattern': { severity: 'warning', ...options } } } }], RULES).config : undefined;
    return checkPlan(text, config).findings.filter((f) => f.ruleId === 'communication-pattern');
  };

  it('a round of introductions is noted as information and takes no points; a meeting run as a round is a warning', () => {
    const intro = comm(plan('At the first meeting we go around the circle so each member can introduce themselves.'));
    expect(intro.map((f) => [f.severity, f.scored])).toEqual([['info', false]]);
    expect(intro[0].message).toMatch(/fine for opening a meeting/);
    const score = scoreSubmission(intro, defaultRubric());
    expect(score.criteria.reduce((a, c) => a + c.deducted, 0)).toBe(0);
    const whole = comm(plan('Each week we go around the circle and each member shares for five minutes.'));
    expect(whole.map((f) => [f.severity, f.scored])).toEqual([['warning', undefined]]);
  });

  it('openingRounds: false leaves opening rounds unmentioned and still warns of a meeting run as a round', () => {
    expect(comm(plan('At the first meeting we go around the circle so each member can introduce themselves.'), { openingRounds: false })).toEqual([]);
    expect(comm(plan('Each week we go around the circle and each member shares for five minutes.'), { openingRounds: false })).toHaveLength(1);
  });
});
