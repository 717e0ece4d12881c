import { defineRule } from '../rule';
import { checkFailingPurpose } from '../purpose/report';

export default defineRule({
  meta: {
    id: 'purpose-worker-centered',
    description: 'The purpose makes the worker, an expert or the programme the main helper; members only receive.',
    defaultSeverity: 'warning',
    fixable: true,
    explanation:
      'In the mutual-aid model the group, not the worker, is the main source of help; the worker gives up being the sole or primary helper and sets members helping one another in motion. A purpose in which the worker teaches, an expert informs or the programme provides, while members receive, describes a class or a service. It can still include education: say what members will do for one another with what they learn. How the verdict is reached: a model trained on purpose statements that people wrote for real groups, labelled by hand, weighs the statement\'s words and the checker\'s cues, and the finding names the words that weighed most. It agrees with a careful reader most of the time, not always: if it misreads a statement, report the sentence (how: README, "How the judgments are made").',
    source: 'Steinberg 2014, intro and ch. 1; Shulman 2011',
    examples: [
      {
        title: 'The worker teaches, members receive',
        text: '# Plan\n\n## Purpose\n\nThe facilitator will teach members coping skills for managing stress.\n',
        messages: [
          "\"The facilitator will teach members coping skills for managing stress\" makes the worker, an expert or the programme the main source of help, with members on the receiving end. A purpose says what the members will do for one another; the worker’s part is to set that in motion.",
        ],
        fixed: "# Plan\n\n## Purpose\n\nThis group brings together [people who share a situation] so that they can [what members will do for one another] as they [the aim they share].\n\nEarlier draft: The facilitator will teach members coping skills for managing stress.\n",
      },
      {
        title: 'A worker who sets mutual help in motion passes',
        text: '# Plan\n\n## Purpose\n\nThis group brings together night-shift nurses so that they can share what helps them sleep and back one another in asking for fairer rotas.\n',
        messages: [],
      },
    ],
  },
  check(ctx) {
    checkFailingPurpose('worker', ctx);
  },
});
