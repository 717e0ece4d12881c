import { defineRule } from '../rule';
import { sectionSentences, workerAsHelper } from '../norms/detect';
import { toSourceRange } from '../text';
import { MEETING_ELEMENTS } from './communication-pattern';

const MESSAGE =
  'Here the worker is the one who answers, teaches or gives feedback to members. Expected: the worker turns questions back to the group and links members to one another, so that members help one another.';

const PLAN = '# Plan\n\n## Content\n\n';

export default defineRule({
  meta: {
    id: 'worker-primary-helper',
    description: 'The plan makes the worker the one who answers, teaches or gives feedback to each member.',
    defaultSeverity: 'warning',
    fixable: false,
    explanation:
      'Mutual aid needs a worker who gives up being the sole or primary helper. When the plan has the worker answer members’ questions, lecture, or give each member feedback in turn, members learn to wait for the worker and the group becomes casework in a group. The worker’s skill is to turn questions back to the group, link one member’s experience to another’s, and keep their own ideas off centre stage. Teaching is not a problem in itself: a short input followed by members discussing it with one another is not flagged. How it is decided: the checker’s cues look for the worker as the one who answers, teaches, advises or gives each member feedback, in the sentences on how the group will run, and leave out sentences where members then take it up with one another. To report a misread, add the sentence with its source to the labelled real meeting passages (README, "How the judgments are made").',
    source: 'Steinberg 2014, intro and ch. 2; Kurland and Salmon 1992',
    examples: [
      {
        title: 'The worker answers and gives feedback',
        text: `${PLAN}The facilitator will answer members' questions about benefits. The worker gives individual feedback to each member on their budget.\n`,
        messages: [MESSAGE, MESSAGE],
      },
      {
        title: 'Questions turned back to the group',
        text: `${PLAN}When members ask the worker a question, the worker turns it back to the group. The worker gives a short input on sleep, then members discuss with one another what has worked for them.\n`,
        messages: [],
      },
    ],
  },
  check({ plan, report }) {
    for (const { sentence, mapped } of sectionSentences(plan, MEETING_ELEMENTS, true)) {
      const hit = workerAsHelper(sentence.text);
      if (!hit) continue;
      report({
        range: toSourceRange(mapped, sentence.plainStart + hit.start, sentence.plainStart + hit.end),
        message: MESSAGE,
        evidence: [sentence.text.slice(hit.start, hit.end)],
      });
    }
  },
});
