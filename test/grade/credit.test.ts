// Grades an instructor can trust: a criterion earns its points from what the plan shows, and findings
// take points off what was earned. Plans written for these tests: a careful full plan, each single
// flaw, and the unfinished submissions that used to earn half marks.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkSubmission } from '../../server/src/grade/check-submission';
import { defaultRubric, parseRubric, rubricRules } from '../../server/src/engine/grade/rubric';
import { scoreSubmission } from '../../server/src/engine/grade/score';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'groupplan-credit-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const CAREFUL = readFileSync(path.join(__dirname, '../../samples/class/ana-lopez.md'), 'utf8');
const rubric = defaultRubric();

let n = 0;
async function grade(text: string, name = `plan-${n++}.md`) {
  const file = path.join(tmp, name);
  writeFileSync(file, text);
  const checked = await checkSubmission({ index: 0, path: file, display: name, student: name }, rubricRules(rubric));
  const score = scoreSubmission(checked.findings, rubric, checked.evidence);
  const pct = (id: string) => {
    const c = score.criteria.find((x) => x.id === id)!;
    return c.score / c.points;
  };
  return { total: (score.total / score.max) * 100, pct, score };
}

// Replaces a section's body (the text between its heading and the next ## heading).
function withSection(text: string, title: string, body: string | undefined): string {
  const re = new RegExp(`## ${title}\\n\\n[\\s\\S]*?(?=\\n## |$)`);
  return text.replace(re, body === undefined ? '' : `## ${title}\n\n${body}\n`);
}

describe('credit for evidence, then deductions', async () => {
  const careful = await grade(CAREFUL);

  it('a careful full plan scores at least 80%', () => {
    expect(careful.total).toBeGreaterThanOrEqual(80);
  });

  const flaws: [string, string, string][] = [
    ['a content purpose', 'purpose', withSection(CAREFUL, 'Purpose', 'Over eight weeks the group will discuss sleep, returning to work, budgeting and nutrition.')],
    ['a worker-centred purpose', 'purpose', withSection(CAREFUL, 'Purpose', 'The worker will teach new fathers about child development and provide them with expert advice and information.')],
    ['no norms', 'norms', withSection(CAREFUL, 'Norms', undefined)],
    ['round-robin norms', 'norms', withSection(CAREFUL, 'Norms', '- No cross-talk: do not respond to what another member shares.\n- Raise your hand and wait for the facilitator to call on you.\n- Each member speaks in turn for five minutes.')],
    ['no evaluation', 'evaluation', withSection(CAREFUL, 'Evaluation', undefined)],
    ['the worker answering each member', 'process', withSection(CAREFUL, 'Content', 'The worker answers each father’s questions in turn and gives each one feedback on his parenting.')],
    ['half the sections missing', 'elements', ['Need', 'Composition', 'Pre-group contact', 'Agency context', 'Social context'].reduce((t, s) => withSection(t, s, undefined), CAREFUL)],
  ];
  for (const [what, criterion, text] of flaws) {
    it(`${what} costs at least 5 points and leaves "${criterion}" at 50% or less`, async () => {
      const g = await grade(text);
      expect(g.total).toBeLessThanOrEqual(careful.total - 5);
      expect(g.pct(criterion)).toBeLessThanOrEqual(0.5);
    });
  }

  const unfinished: [string, string, number][] = [
    ['an empty submission', ' \n', 10],
    ['"I did not finish"', 'I did not finish the assignment, sorry.\n', 10],
    ['one line of lorem ipsum', 'Lorem ipsum dolor sit amet, consectetur adipiscing elit.\n', 10],
    ['the ten headings with nothing under them', ['Need', 'Purpose', 'Composition', 'Structure', 'Content', 'Pre-group contact', 'Agency context', 'Social context', 'Norms', 'Evaluation'].map((h) => `## ${h}\n`).join('\n'), 20],
    [
      'the headings with the purpose template left unfilled',
      ['Need', 'Composition', 'Structure', 'Content', 'Pre-group contact', 'Agency context', 'Social context', 'Norms', 'Evaluation'].map((h) => `## ${h}\n`).join('\n') +
        '\n## Purpose\n\nThis group brings together [people who share a situation] so that they can [what members will do for one another] as they [the aim they share].\n',
      20,
    ],
  ];
  for (const [what, text, most] of unfinished) {
    it(`${what} scores at most ${most}%`, async () => {
      const g = await grade(`# Plan\n\n${text}`);
      expect(g.total).toBeLessThanOrEqual(most);
    });
  }

  it('a rubric in the older form (no evidence) still loads and starts each criterion at full points', () => {
    const old = parseRubric('criteria:\n  - id: purpose\n    title: Purpose\n    points: 30\n    rules: [purpose-missing]\n');
    expect(old.problems).toEqual([]);
    expect(scoreSubmission([], old.rubric!).total).toBe(30);
  });

  it('a criterion with evidence earns nothing without it', () => {
    const r = parseRubric('criteria:\n  - id: purpose\n    title: Purpose\n    points: 30\n    evidence: purpose\n');
    expect(r.problems).toEqual([]);
    expect(scoreSubmission([], r.rubric!, { purpose: 0.5, norms: 0, elements: 0, process: 0, evaluation: 0, 'group-type': 0 }).total).toBe(15);
  });
});

describe('a purpose that fails in more than one way', () => {
  it('shows each failing sentence under the purpose criterion, and scores the statement once', async () => {
    const individual = 'The group will help each member reach the goals in their treatment plan, and members will work on them each week.';
    const one = await grade(withSection(CAREFUL, 'Purpose', individual));
    const two = await grade(withSection(CAREFUL, 'Purpose', `${individual} Topics will include anger, stress and sleep.`));
    const purposeOf = (r: typeof one) => r.score.criteria.find((c) => c.id === 'purpose')!;
    expect(purposeOf(two).findings.length).toBe(purposeOf(one).findings.length + 1);
    expect(purposeOf(two).deducted).toBe(purposeOf(one).deducted);
  });
});
