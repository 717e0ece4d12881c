import { defineRule } from '../rule';
import { DEFAULT_BUDGET_MS, incompleteMessage } from '../budget';

export default defineRule<{ budgetMs: number }>({
  meta: {
    id: 'check-incomplete',
    description: 'Checking the document took longer than its time budget, so part of it was not checked.',
    defaultSeverity: 'info',
    fixable: false,
    explanation: `Every check has a time budget (${DEFAULT_BUDGET_MS / 1000} s unless the budgetMs option says otherwise), so that no document can freeze the editor, a command-line run or a grading run. A plan of ordinary length is checked in well under a second; a document that takes longer is usually very large or is not a plan. When the budget runs out, the checker stops reading and reports what it found so far, with this one notice saying the rest was not checked. Findings about the part that was not checked may be missing. Split the document, or raise budgetMs for it.`,
    source: 'groupplan',
    options: {
      budgetMs: {
        type: 'integer',
        minimum: 0,
        maximum: 600000,
        default: DEFAULT_BUDGET_MS,
        description: 'How long one check of a document may take, in milliseconds. The budget applies even when this rule is off; the rule only reports that it ran out.',
      },
    },
    examples: [
      {
        title: 'A budget of no time at all: nothing can be checked',
        text: '# Plan\n\n## Purpose\n\nThis group brings together new fathers so that they can support one another.\n',
        options: { budgetMs: 0 },
        messages: [incompleteMessage({ budgetMs: 0, skippedRules: [], unparsedFrom: 0 })],
      },
      { title: 'An ordinary plan is checked well within the default budget', text: '# Plan\n\n## Purpose\n\nThis group brings together new fathers so that they can support one another.\n', messages: [] },
    ],
  },
  check({ plan, report, incomplete }) {
    if (!incomplete) return;
    const at = Math.min(incomplete.unparsedFrom ?? 0, plan.lines.text.length);
    const line = plan.lines.position(at).line;
    report({ range: { start: at, end: Math.min(plan.lines.lineEnd(line), at + 200) }, message: incompleteMessage(incomplete) });
  },
});
