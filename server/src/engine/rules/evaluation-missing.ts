import { defineRule } from '../rule';
import { missingElementReport } from '../edits';

/** The Evaluation body a fix inserts, in our words. */
export const EVALUATION_BODY =
  'At the middle and last meetings, members and the worker review together how well the group is helping members help one another: what has been useful, what should change, and how far the group has come toward its purpose.';

const PLAN = '# Plan\n\n## Purpose\n\nThis group brings together new fathers so that they can support one another.\n';

export default defineRule({
  meta: {
    id: 'evaluation-missing',
    description: 'The plan does not say how the group will be evaluated.',
    defaultSeverity: 'warning',
    fixable: true,
    explanation:
      'A plan says how the group will judge whether it worked: whether mutual aid happened and the purpose was met. In the mutual-aid model members take part in that judgement, and it covers how the group worked (the process) as well as what changed for members (the outcomes). Without an evaluation the group has no way to notice, along the way, that it needs to change course. Sections are recognised by headings such as Evaluation, Assessment of outcomes or Measuring success.',
    source: 'Steinberg 2014, ch. 14',
    examples: [
      {
        title: 'A plan with no evaluation',
        text: `${PLAN}\n## Norms\n\n- We talk directly to one another.\n`,
        messages: ['The plan does not say how the group will be evaluated. Expected an Evaluation section saying how members and worker will judge, together, how the group worked and what it achieved.'],
        fixed: `${PLAN}\n## Norms\n\n- We talk directly to one another.\n\n## Evaluation\n\n${EVALUATION_BODY}\n`,
      },
      {
        title: 'An empty Evaluation section',
        text: `${PLAN}\n## Evaluation\n`,
        messages: ['The Evaluation section is empty. Expected how members and worker will judge, together, how the group worked and what it achieved.'],
        fixed: `${PLAN}\n## Evaluation\n\n${EVALUATION_BODY}\n`,
      },
      {
        title: 'An evaluation section under another name',
        text: `${PLAN}\n## Measuring success\n\nMembers review with the worker how well they helped one another.\n`,
        messages: [],
      },
    ],
  },
  check({ plan, report }) {
    const section = plan.element('evaluation');
    if (section) {
      const hasBody = section.blocks.some((b) => b.kind !== 'heading' && b.kind !== 'html' && (b.mapped.text.trim() !== '' || b.kind === 'code'));
      if (hasBody || !section.heading) return;
    }
    report(
      missingElementReport(
        plan,
        'evaluation',
        'Evaluation',
        EVALUATION_BODY,
        section,
        { message: 'The Evaluation section is empty. Expected how members and worker will judge, together, how the group worked and what it achieved.', fixTitle: 'Insert an evaluation with members' },
        {
          message: 'The plan does not say how the group will be evaluated. Expected an Evaluation section saying how members and worker will judge, together, how the group worked and what it achieved.',
          fixTitle: 'Add an Evaluation section',
        },
      ),
    );
  },
});
