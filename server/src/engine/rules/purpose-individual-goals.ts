import { defineRule } from '../rule';
import { checkFailingPurpose } from '../purpose/report';

export default defineRule({
  meta: {
    id: 'purpose-individual-goals',
    description: 'The purpose frames the group as a way to reach each member’s own goals (casework in a group).',
    defaultSeverity: 'warning',
    fixable: true,
    explanation:
      'When a group exists to help each member with their own goals or treatment plan, the worker ends up helping one member at a time while the others watch: casework in a group. A common cause reaches beyond any one member’s goals. It names the need the members share and what they will do for one another, so that working on one member’s concern is also work for the others. How the verdict is reached: a model trained on purpose statements that people wrote for real groups, labelled by hand, weighs the statement\'s words and the checker\'s cues, and the finding names the words that weighed most. It agrees with a careful reader most of the time, not always: if it misreads a statement, report the sentence (how: README, "How the judgments are made").',
    source: 'Kurland and Salmon 1992; Steinberg 2014, ch. 1',
    examples: [
      {
        title: 'Each member’s own goals',
        text: '# Plan\n\n## Purpose\n\nThe group will help each member reach the goals in their treatment plan.\n',
        messages: [
          "\"help each member reach the goals in their treatment plan\" frames the group around each member’s own goals, which makes it casework in a group. A purpose names the need the members share and what they will do for one another, beyond any one member’s goals.",
        ],
        fixed: "# Plan\n\n## Purpose\n\nThis group brings together [people who share a situation] so that they can [what members will do for one another] as they [the aim they share].\n\nEarlier draft: The group will help each member reach the goals in their treatment plan.\n",
      },
      {
        title: 'Shared goals worked on together pass',
        text: '# Plan\n\n## Purpose\n\nMen leaving prison help one another find work and housing, so that together they can stay out.\n',
        messages: [],
      },
    ],
  },
  check(ctx) {
    checkFailingPurpose('individual', ctx);
  },
});
