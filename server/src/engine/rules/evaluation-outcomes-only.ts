import { defineRule } from '../rule';
import { EVALUATION } from '../norms/cues';
import { normaliseStatement } from '../norms/detect';
import { appendToSection } from '../norms/edit';

const OUTCOME = EVALUATION.outcome.map((s) => new RegExp(s, 'i'));
const PROCESS = EVALUATION.process.map((s) => new RegExp(s, 'i'));

const SENTENCE = 'Members and the worker will also review together, at the middle and last meetings, how well the group is working and how members are helping one another.';
// A group that meets once reviews in that meeting.
const SENTENCE_ONE_MEETING = 'Before the meeting ends, members and the worker will also talk over together how well the group worked and how members helped one another.';
const ONLY_OUTCOMES = 'The evaluation measures only individual outcomes. Expected also members’ own view of how the group worked: how well they helped one another, and what should change.';
const NO_PROCESS = 'The evaluation does not say how members will judge how the group worked. Expected members’ own view of the group’s process, such as how well they helped one another, as well as any outcomes.';

const PLAN = '# Plan\n\n## Evaluation\n\n';

export default defineRule({
  meta: {
    id: 'evaluation-outcomes-only',
    description: 'The evaluation measures only individual outcomes, without members’ own view of how the group worked.',
    defaultSeverity: 'warning',
    fixable: true,
    explanation:
      'Scales and pre- and post-tests show what changed for each member, but not whether mutual aid happened. In the mutual-aid model the group is evaluated with its members, and about the process as well as the outcomes: how well members helped one another, what was useful, what should change. A review with members at the middle and at the end of the group, alongside any measures, meets this.',
    source: 'Steinberg 2014, ch. 14',
    examples: [
      {
        title: 'Outcome scales only',
        text: `${PLAN}Members complete a depression scale before and after the group to measure the reduction in symptoms.\n`,
        messages: [ONLY_OUTCOMES],
        fixed: `${PLAN}Members complete a depression scale before and after the group to measure the reduction in symptoms.\n\n${SENTENCE}\n`,
      },
      {
        title: 'A vague evaluation',
        text: `${PLAN}The group will be evaluated at the end.\n`,
        messages: [NO_PROCESS],
        fixed: `${PLAN}The group will be evaluated at the end.\n\n${SENTENCE}\n`,
      },
      {
        title: 'A single-session group reviews before its one meeting ends',
        text: '---\ntype: single-session\n---\n# Plan\n\n## Evaluation\n\nA short feedback form at the end.\n',
        messages: [NO_PROCESS],
        fixed: `---\ntype: single-session\n---\n# Plan\n\n## Evaluation\n\nA short feedback form at the end.\n\n${SENTENCE_ONE_MEETING}\n`,
      },
      {
        title: 'Outcomes and members’ view of the process',
        text: `${PLAN}A stress scale at the first and last meetings; at the fourth meeting members and worker review together how well the group is helping them help one another.\n`,
        messages: [],
      },
    ],
  },
  check({ plan, report }) {
    const section = plan.element('evaluation');
    if (!section) return;
    const blocks = section.blocks.filter((b) => (b.kind === 'paragraph' || b.kind === 'listItem' || b.kind === 'tableRow') && b.mapped.text.trim());
    if (!blocks.length) return;
    const text = normaliseStatement(blocks.map((b) => b.mapped.text).join('\n'), 20_000);
    if (PROCESS.some((re) => re.test(text))) return;
    const outcomes = OUTCOME.some((re) => re.test(text));
    report({
      range: section.heading?.range ?? blocks[0].range,
      message: outcomes ? ONLY_OUTCOMES : NO_PROCESS,
      fix: { title: 'Add a review with members', edits: [appendToSection(plan, section, plan.meta.type === 'single-session' || plan.meta.sessions === 1 ? SENTENCE_ONE_MEETING : SENTENCE)] },
    });
  },
});
