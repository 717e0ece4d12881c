import { defineRule } from '../rule';
import { missingElementReport } from '../edits';
import { STARTER_NORMS } from '../templates';

const LIST = STARTER_NORMS.map((n) => `- ${n}`).join('\n');

export default defineRule({
  meta: {
    id: 'norms-missing',
    description: 'The plan states no norms (ground rules) for the group.',
    defaultSeverity: 'warning',
    fixable: true,
    explanation:
      'Mutual aid does not start by itself. Before the group first meets, the worker tells prospective members the norms the group will work by, such as members talking directly to one another and sharing their own experience. Stating them sets the dynamics of mutual aid in motion; a plan without them leaves the group to fall back on everyday habits, such as talking only to the leader. The norms are read under a heading named Norms or any of its other names (ground rules, group agreements, guidelines, rules, expectations), at any level, or, where the plan has no such heading, under a label on a line of its own such as "Ground rules:" or "Rules of the group:" with the list after it (or the rules on the lines below it). A list with neither, outside the plan\'s other parts, counts when at least three of its items, and most of them, read as ground rules; a heading still makes the norms easier to find for members and readers.',
    source: 'Steinberg 2014, ch. 2',
    examples: [
      {
        title: 'A plan with no norms section',
        text: '# Plan\n\n## Purpose\n\nThis group brings together new parents so that they can support one another.\n',
        messages: ['The plan states no norms. Expected a Norms section listing the norms the worker will name to set mutual aid in motion.'],
        fixed: `# Plan\n\n## Purpose\n\nThis group brings together new parents so that they can support one another.\n\n## Norms\n\n${LIST}\n`,
      },
      {
        title: 'A Norms heading with nothing under it',
        text: '# Plan\n\n## Ground rules\n\n## Evaluation\n\nMembers and worker review the group together.\n',
        messages: ['The "Ground rules" section lists no norms. Expected a list of the norms the worker will name to set mutual aid in motion.'],
        fixed: `# Plan\n\n## Ground rules\n\n${LIST}\n\n## Evaluation\n\nMembers and worker review the group together.\n`,
      },
      {
        title: 'Ground rules under any alias count',
        text: '# Plan\n\n## Group agreements\n\n- We speak to one another directly.\n',
        messages: [],
      },
      {
        title: 'A label on its own line, such as "Ground rules:", and the list after it count too',
        text: '# Plan\n\nWe meet on Tuesdays.\n\nGround rules:\n\n- We speak to one another directly.\n',
        messages: [],
      },
      {
        title: 'So does a list of ground rules with no heading or label, when most of its items read as rules',
        text: '# Plan\n\nWe meet on Tuesdays.\n\n- What is said in the group stays in the group.\n- No put-downs.\n- Everyone has the right to pass.\n',
        messages: [],
      },
    ],
  },
  check({ plan, report }) {
    const norms = plan.norms;
    if (norms && norms.items.length > 0) return;
    report(
      missingElementReport(
        plan,
        'norms',
        'Norms',
        LIST,
        norms?.section,
        { message: `The "${norms?.section.title ?? 'Norms'}" section lists no norms. Expected a list of the norms the worker will name to set mutual aid in motion.`, fixTitle: 'Insert a starting list of mutual-aid norms' },
        { message: 'The plan states no norms. Expected a Norms section listing the norms the worker will name to set mutual aid in motion.', fixTitle: 'Add a Norms section with mutual-aid norms' },
      ),
    );
  },
});
