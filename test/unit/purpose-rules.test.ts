// The purpose rules through the real engine: ranges, messages, related information and fixes.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCATE_MODEL, RULES, TEMPLATES, applyEdits, buildPlan, checkPlan, linearModel, parseMarkdown, purposeSentenceChance, resolveConfig, type Finding } from '../../server/src/engine';
import { NEAREST_PURPOSE } from '../../server/src/engine/plan';
import type { Report } from '../../server/src/engine/types';

const PURPOSE_RULES = ['purpose-describes-content', 'purpose-individual-goals', 'purpose-worker-centered', 'purpose-weak-common-cause', 'purpose-not-concise'];

function plan(purpose: string, rest = ''): string {
  return `---\ngroupplan: true\n---\n\n# Plan\n\n## Purpose\n\n${purpose}\n${rest}`;
}

function purposeFindings(text: string, input: Record<string, unknown> = {}): Finding[] {
  const { config, problems } = resolveConfig([{ name: 'test', input }], RULES);
  expect(problems).toEqual([]);
  return checkPlan(text, config).findings.filter((f) => PURPOSE_RULES.includes(f.ruleId));
}

const slice = (text: string, f: Finding): string => text.slice(f.range.start, f.range.end);

describe('purpose-describes-content', () => {
  it('points at the topics sentence, not the whole section, and names the topics', () => {
    const text = plan('The group meets on Mondays. Members will discuss budgeting, stress and nutrition.');
    const [f] = purposeFindings(text);
    expect(f.ruleId).toBe('purpose-describes-content');
    expect(f.severity).toBe('warning');
    expect(slice(text, f)).toBe('Members will discuss budgeting, stress and nutrition.');
    expect(f.message).toContain('"discuss budgeting, stress and nutrition" lists topics');
    expect(f.message).toContain('belongs under Content');
    expect(f.message).toContain('who the members are together and what they will do for one another');
    expect(f.evidence).toContain('discuss budgeting, stress and nutrition');
  });

  it('relates the finding to the Content section when there is one', () => {
    const text = plan('Sessions will cover sleep, diet and exercise.', '\n## Session plan\n\nMembers choose the order.\n');
    const [f] = purposeFindings(text);
    const content = text.indexOf('## Session plan');
    expect(f.related?.some((r) => r.range.start === content && r.message.includes('Session plan'))).toBe(true);
  });

  it('moves only the content sentence into an existing Content section', () => {
    // A statement the model reads as content by a clear margin (0.57 against 0.40 for a common cause):
    // "Sessions will cover …" in place of "Topics include …" is a near tie that any retraining can tip.
    const text = plan('Topics include sleep, diet and exercise. Carers who look after a partner come together to back one another.', '\n## Content\n\nMembers choose the order.\n');
    const findings = purposeFindings(text);
    const f = findings.find((x) => x.ruleId === 'purpose-weak-common-cause' || x.ruleId === 'purpose-describes-content');
    expect(f).toBeDefined();
    const out = applyEdits(text, f!.fix!.edits).text;
    expect(out).toContain('## Purpose\n\nCarers who look after a partner come together to back one another.\n\n## Content\n\nMembers choose the order.\n\nTopics include sleep, diet and exercise.\n');
  });

  it('creates the Content section when missing and restarts an all-content purpose from the template', () => {
    const text = plan('Topics include anger triggers, calming down and speaking up.', '\n## Norms\n\n- We speak to one another.\n');
    const [f] = purposeFindings(text);
    const out = applyEdits(text, f.fix!.edits).text;
    expect(out).toContain('## Purpose\n\nThis group brings together [people who share a situation] so that they can');
    expect(out).toContain('## Content\n\nTopics include anger triggers, calming down and speaking up.\n\n## Norms');
    // The fixed plan no longer fails the purpose rules' warnings.
    expect(purposeFindings(out).filter((x) => x.severity === 'warning')).toEqual([]);
  });

  it('moves a purpose written as a list of topics and leaves the template in its place', () => {
    const text = '# Plan\n\n## Purpose\n\n- Topics include sleep, diet and exercise.\n- Members will discuss money, debt and rent.\n\n## Content\n';
    const [f] = purposeFindings(text);
    expect(f.ruleId).toBe('purpose-describes-content');
    const out = applyEdits(text, f.fix!.edits).text;
    expect(out).toMatch(/^# Plan\n\n## Purpose\n\nThis group brings together \[people who share a situation\][^\n]*\n\n## Content\n\n- Topics include sleep, diet and exercise\.\n\n- Members will discuss money, debt and rent\.\n?$/);
  });

  it('offers the rewrite template as a snippet pre-filled with the members named after "for"', () => {
    const text = plan('The group will discuss sleep, crying and feeding for parents of newborns.');
    const [f] = purposeFindings(text);
    const snippet = f.suggestions?.find((s) => s.snippet);
    // Inserted above the student's statement, which stays as the earlier draft.
    expect(snippet?.edits[0].text).toBe('This group brings together ${1:parents of newborns} so that they can ${2:help one another with what they face} as they ${3:work toward the aim they share}.\n\nEarlier draft: ');
    expect(snippet?.edits[0].range).toEqual([text.indexOf('The group'), text.indexOf('The group')]);
  });
});

describe('purpose-individual-goals and purpose-worker-centered', () => {
  it('flags casework in a group with the triggering words', () => {
    const text = plan('Each member will work on the goals of their own treatment plan.');
    const [f] = purposeFindings(text);
    expect(f.ruleId).toBe('purpose-individual-goals');
    expect(f.message).toContain('casework in a group');
    expect(f.evidence?.join(' ')).toMatch(/treatment plan|own/);
  });

  it('flags the worker as the main helper and replaces the statement with the template', () => {
    const text = plan('The counsellor will teach grieving parents ways to cope.');
    const [f] = purposeFindings(text);
    expect(f.ruleId).toBe('purpose-worker-centered');
    expect(f.message).toContain('"The counsellor will teach grieving parents ways to cope"');
    const out = applyEdits(text, f.fix!.edits).text;
    expect(out).toContain('## Purpose\n\nThis group brings together [people who share a situation] so that they can [what members will do for one another] as they [the aim they share].\n');
  });

  it('offers no text edits for a purpose kept in front matter', () => {
    const text = '---\ngroupplan: true\npurpose: The facilitator will teach members to budget.\n---\n\n# Plan\n';
    const [f] = purposeFindings(text);
    expect(f.ruleId).toBe('purpose-worker-centered');
    expect(f.fix).toBeUndefined();
    expect(text.slice(f.range.start, f.range.end)).toBe('The facilitator will teach members to budget.');
  });
});

describe('purpose-weak-common-cause', () => {
  it('is an information hint, not a warning, for "a safe space to share"', () => {
    const text = plan('The group gives bereaved siblings a safe space to share.');
    const findings = purposeFindings(text);
    expect(findings.map((f) => [f.ruleId, f.severity])).toEqual([['purpose-weak-common-cause', 'info']]);
    expect(findings[0].message).toContain('names a setting ("safe space to share")');
    expect(findings[0].message).toContain('what members will do for one another');
  });

  it('says nothing about a statement that names all three parts', () => {
    expect(purposeFindings(plan('Neighbours on the Hill estate band together so that the council reopens the youth club.'))).toEqual([]);
  });
});

describe('purpose-not-concise', () => {
  it('is off by default and on in the strict preset', () => {
    const text = plan('This group brings together new fathers so that they can back one another. Many feel left out. The group meets on Saturdays.');
    expect(purposeFindings(text).some((f) => f.ruleId === 'purpose-not-concise')).toBe(false);
    const strict = purposeFindings(text, { extends: 'strict' }).filter((f) => f.ruleId === 'purpose-not-concise');
    expect(strict).toHaveLength(1);
    expect(slice(text, strict[0])).toBe('Many feel left out. The group meets on Saturdays.');
  });

  it('rejects a bad option with a config problem', () => {
    const { problems } = resolveConfig([{ name: 'test', input: { rules: { 'purpose-not-concise': { maxSentences: 0 } } } }], RULES);
    expect(problems.length).toBeGreaterThan(0);
  });
});

describe('samples', () => {
  const read = (name: string): string => readFileSync(resolve(__dirname, '../../samples', name), 'utf8');

  it('the good plan gets no purpose findings, even in the strict preset', () => {
    expect(purposeFindings(read('good-plan.md'))).toEqual([]);
    expect(purposeFindings(read('good-plan.md'), { extends: 'strict' })).toEqual([]);
  });

  it('the flawed content plan gets the content warning', () => {
    const ids = purposeFindings(read('flawed-content-purpose.md')).map((f) => f.ruleId);
    expect(ids).toContain('purpose-describes-content');
  });

  it('the worker-centred plan gets the worker warning', () => {
    const ids = purposeFindings(read('flawed-worker-purpose.md')).map((f) => f.ruleId);
    expect(ids).toContain('purpose-worker-centered');
  });
});

describe('purpose-missing names the sentence nearest to a purpose', () => {
  // A purpose locator of one word, so that how sure it is of each sentence is known: "gather" makes a
  // sentence likelier to be the purpose; every other sentence reads well under an even chance.
  const locator = linearModel({ kind: 'sigmoid', classes: ['purpose'], bias: [-3], threshold: 0.8, weights: { 'w:gather': 20 } });
  const models = { [LOCATE_MODEL]: locator };
  const text = '# Tuesday evenings\n\nThe hall is on Main Street.\n\nParents of toddlers gather in the hall on Tuesday evenings.\n\n## Norms\n\n- Members talk to one another.\n';
  const rule = RULES.find((r) => r.meta.id === 'purpose-missing')!;
  const reportsFor = (models: Record<string, ReturnType<typeof linearModel>>) => {
    const built = buildPlan(parseMarkdown(text), TEMPLATES.kurland, models);
    const out: Report[] = [];
    rule.check({ plan: built, options: {}, config: resolveConfig([], RULES).config, report: (r) => out.push(r) });
    return { built, out };
  };

  it('when the locator reads a sentence as an even chance or more, but not surely enough to take it', () => {
    const sentence = 'Parents of toddlers gather in the hall on Tuesday evenings.';
    const chance = purposeSentenceChance(sentence, 'Tuesday evenings', 2, models)!;
    // The premise: the sentence reads between an even chance and the locator's threshold.
    expect(chance.p).toBeGreaterThanOrEqual(NEAREST_PURPOSE);
    expect(chance.p).toBeLessThan(chance.threshold);
    const { built, out } = reportsFor(models);
    expect(built.purpose).toBeUndefined();
    expect(out).toHaveLength(1);
    expect(out[0].message).toBe(
      'The plan has no purpose statement. Expected a Purpose section that says who the members are together and what they will do for one another. The sentence nearest to one is "Parents of toddlers gather in the hall on Tuesday evenings": if it says what this group is for, put it under a Purpose heading.',
    );
    expect(out[0].related).toHaveLength(1);
    expect(text.slice(out[0].related![0].range.start, out[0].related![0].range.end)).toBe(sentence);
    // The fix is still the template, and it keeps every word of the plan.
    const fixed = applyEdits(text, out[0].fix!.edits).text;
    expect(fixed).toContain(sentence);
    expect(fixed).toContain('## Purpose');
  });

  it('names nothing when no sentence reads as an even chance', () => {
    const unsure = { [LOCATE_MODEL]: linearModel({ kind: 'sigmoid', classes: ['purpose'], bias: [-3], threshold: 0.8, weights: { 'w:gather': 1 } }) };
    const { built, out } = reportsFor(unsure);
    expect(built.nearestPurpose).toBeUndefined();
    expect(out[0].message).toBe('The plan has no purpose statement. Expected a Purpose section that says who the members are together and what they will do for one another.');
    expect(out[0].related).toBeUndefined();
  });

  it('takes the sentence as the purpose when the locator is sure of it, and names none', () => {
    const sure = { [LOCATE_MODEL]: linearModel({ kind: 'sigmoid', classes: ['purpose'], bias: [-3], threshold: 0.8, weights: { 'w:gather': 40 } }) };
    const { built, out } = reportsFor(sure);
    expect(built.purpose?.text).toBe('Parents of toddlers gather in the hall on Tuesday evenings.');
    expect(built.nearestPurpose).toBeUndefined();
    expect(out).toEqual([]);
  });
});

describe('purpose-missing quoting the nearest sentence', () => {
  it('drops the quotation marks around a quoted speaker, keeping the words', () => {
    const locator = linearModel({ kind: 'sigmoid', classes: ['purpose'], bias: [-3], threshold: 0.8, weights: { 'w:gather': 20 } });
    const text = '# Tuesday evenings\n\n\u201cParents of toddlers gather in the hall on Tuesday evenings,\u201d the organiser said.\n';
    const built = buildPlan(parseMarkdown(text), TEMPLATES.kurland, { [LOCATE_MODEL]: locator });
    expect(built.nearestPurpose).toBeDefined();
    const out: Report[] = [];
    RULES.find((r) => r.meta.id === 'purpose-missing')!.check({ plan: built, options: {}, config: resolveConfig([], RULES).config, report: (r) => out.push(r) });
    expect(out[0].message).toContain('The sentence nearest to one is "Parents of toddlers gather in the hall on Tuesday evenings,” the organiser said":');
  });
});
