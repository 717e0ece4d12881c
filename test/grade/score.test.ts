import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { checkRubric, DEFAULT_RUBRIC_YAML, defaultRubric, parseRubric, RUBRIC_SCHEMA, rubricRules } from '../../server/src/engine/grade/rubric';
import { scoreDistribution, scoreSubmission, unknownRubricRules, type ScorableFinding } from '../../server/src/engine/grade/score';

const rubricText = `
title: Test
deductions: { error: 10, warning: 5, info: 1 }
criteria:
  - id: purpose
    title: Purpose
    points: 20
    rules: [purpose-missing, purpose-describes-content]
    elements: [purpose]
    deductions: { error: 20 }
  - id: parts
    title: Parts
    points: 10
    floor: 2
    rules: [plan-section-missing]
    elements: [need, composition]
  - id: evaluation
    title: Evaluation
    points: 5
    elements: [evaluation]
`;

function rubric() {
  const r = parseRubric(rubricText);
  expect(r.problems).toEqual([]);
  return r.rubric!;
}

describe('rubric', () => {
  it('parses a rubric and fills defaults from the rubric-wide deductions', () => {
    const r = rubric();
    expect(r.title).toBe('Test');
    expect(r.criteria.map((c) => [c.id, c.points, c.floor])).toEqual([
      ['purpose', 20, 0],
      ['parts', 10, 2],
      ['evaluation', 5, 0],
    ]);
    expect(r.criteria[0].deductions).toEqual({ error: 20, warning: 5, info: 1 });
    expect(r.criteria[1].deductions).toEqual({ error: 10, warning: 5, info: 1 });
    expect(rubricRules(r)).toEqual(['purpose-missing', 'purpose-describes-content', 'plan-section-missing']);
  });

  it('ships a valid default rubric whose points add up to 100', () => {
    const r = defaultRubric();
    expect(r.criteria.reduce((n, c) => n + c.points, 0)).toBe(100);
    expect(r.criteria.map((c) => c.id)).toEqual(['purpose', 'elements', 'norms', 'process', 'evaluation', 'group-type']);
    expect(rubricRules(r)).toContain('purpose-missing');
    expect(rubricRules(r)).toContain('norms-missing');
  });

  it('keeps the published default rubric and schema files in step with the code', () => {
    expect(readFileSync('docs/grade/rubric.default.yaml', 'utf8')).toBe(DEFAULT_RUBRIC_YAML);
    expect(JSON.parse(readFileSync('docs/grade/rubric.schema.json', 'utf8'))).toEqual(JSON.parse(JSON.stringify(RUBRIC_SCHEMA)));
  });

  it('reads a rubric written as JSON, and reports an empty file as missing its criteria', () => {
    const r = parseRubric('{ "criteria": [{ "id": "a", "title": "A", "points": 4, "rules": ["x"] }] }', 'rubric.json');
    expect(r.rubric?.criteria[0]).toMatchObject({ id: 'a', points: 4, floor: 0, rules: ['x'], elements: [] });
    expect(parseRubric('', 'rubric.yaml').problems.map((p) => p.message)).toEqual(["The rubric must have required property 'criteria'."]);
  });

  it('reports bad YAML with its line', () => {
    const r = parseRubric('criteria:\n  - id: a\n    title: [unclosed\n');
    expect(r.rubric).toBeUndefined();
    expect(r.problems[0].message).toMatch(/^The rubric is not valid YAML \(line \d+\)/);
  });

  it('reports schema violations with their path', () => {
    const r = checkRubric({ criteria: [{ id: 'Bad Id', title: 'x', points: -1, rules: ['a'], colour: 'red' }] });
    expect(r.rubric).toBeUndefined();
    const paths = r.problems.map((p) => p.path);
    expect(paths).toContain('/criteria/0/id');
    expect(paths).toContain('/criteria/0/points');
    expect(r.problems.some((p) => p.message.includes('"colour"'))).toBe(true);
  });

  it('rejects a rubric without criteria, duplicate ids, a floor above the points and a criterion that draws on nothing', () => {
    expect(checkRubric({ title: 'x' }).problems[0].message).toContain("must have required property 'criteria'");
    const r = checkRubric({
      criteria: [
        { id: 'a', title: 'A', points: 5, floor: 6, rules: ['x'] },
        { id: 'a', title: 'A again', points: 5, rules: ['y'] },
        { id: 'b', title: 'B', points: 5 },
      ],
    });
    expect(r.problems.map((p) => p.message)).toEqual([
      'The floor (6) of criterion "a" is above its points (5).',
      'Criterion id "a" is used twice; ids must be unique.',
      'Criterion "b" draws on no rules, no elements and no evidence, so every plan would get its full points. To mark it yourself, add "hand: true" and give your marks with --marks.',
    ]);
  });
});

describe('scoreSubmission', () => {
  it('gives full marks when nothing is found', () => {
    const s = scoreSubmission([], rubric());
    expect(s.total).toBe(35);
    expect(s.max).toBe(35);
    expect(s.criteria.map((c) => c.score)).toEqual([20, 10, 5]);
  });

  it('deducts by severity, counts each finding once, applies the floor and keeps unclaimed findings unscored', () => {
    const findings: ScorableFinding[] = [
      { ruleId: 'purpose-describes-content', severity: 'warning' }, // purpose: -5
      { ruleId: 'plan-section-missing', severity: 'warning', element: 'need' }, // parts: -5
      { ruleId: 'plan-section-missing', severity: 'warning', element: 'composition' }, // parts: -5, below the floor of 2
      { ruleId: 'plan-section-missing', severity: 'info', element: 'evaluation' }, // evaluation by element: -1
      { ruleId: 'norms-missing', severity: 'warning' }, // no criterion: unscored
      { ruleId: 'plan-section-missing', severity: 'warning', element: 'social-context' }, // by rule: parts, -5 more
    ];
    const s = scoreSubmission(findings, rubric());
    expect(s.criteria.map((c) => [c.id, c.score, c.deducted, c.findings])).toEqual([
      ['purpose', 15, 5, [0]],
      ['parts', 2, 15, [1, 2, 5]],
      ['evaluation', 4, 1, [3]],
    ]);
    expect(s.unscored).toEqual([4]);
    expect(s.total).toBe(21);
  });

  it('takes the whole purpose criterion for a missing purpose', () => {
    const s = scoreSubmission([{ ruleId: 'purpose-missing', severity: 'error' }], rubric());
    expect(s.criteria[0].score).toBe(0);
    expect(s.total).toBe(15);
  });

  it('keeps fractional deductions exact to two decimals', () => {
    const r = checkRubric({ criteria: [{ id: 'a', title: 'A', points: 1, rules: ['x'], deductions: { info: 0.1 } }] }).rubric!;
    const s = scoreSubmission([1, 2, 3].map(() => ({ ruleId: 'x', severity: 'info' as const })), r);
    expect(s.total).toBe(0.7);
  });
});

describe('unknownRubricRules and scoreDistribution', () => {
  it('lists each rule the rubric names that is not registered, once, with its criteria', () => {
    const r = checkRubric({
      criteria: [
        { id: 'a', title: 'A', points: 5, rules: ['known', 'new-rule'] },
        { id: 'b', title: 'B', points: 5, rules: ['new-rule', 'other'] },
      ],
    }).rubric!;
    expect(unknownRubricRules(r, ['known'])).toEqual([
      { ruleId: 'new-rule', criteria: ['a', 'b'] },
      { ruleId: 'other', criteria: ['b'] },
    ]);
  });

  it('bins percentages into ten bands, 100 in the last', () => {
    expect(scoreDistribution([0, 9.99, 10, 55, 99, 100])).toEqual([2, 1, 0, 0, 0, 1, 0, 0, 0, 2]);
  });
});
