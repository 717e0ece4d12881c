import { defineRule } from '../rule';
import { missingElementReport } from '../edits';
import { purposeTemplate } from '../templates';
import { quote } from '../purpose/findings';
import { isSpace, trimTrailing } from '../text';

// Quotation marks around a sentence (a quoted speaker), which the message's own quotes replace.
const isQuoteMark = (ch: string): boolean => isSpace(ch) || ch === '"' || ch === "'" || ch === '\u201c' || ch === '\u201d' || ch === '\u2018' || ch === '\u2019';
function withoutQuoteMarks(text: string): string {
  let start = 0;
  while (start < text.length && isQuoteMark(text[start])) start++;
  return trimTrailing(text.slice(start), isQuoteMark);
}

export default defineRule({
  meta: {
    id: 'purpose-missing',
    description: 'The plan has no purpose statement.',
    defaultSeverity: 'error',
    fixable: true,
    explanation:
      'The purpose is the group’s common cause: the need or concern the members share, which ties them to one another and gives each a stake in the others’ progress. Without it, the group drifts into casework in a group, with the worker helping one member at a time while the others watch. A purpose is found under a heading at any level such as Purpose, Aims or "Why this group?", under an inline label such as "Purpose:" (or a table row from Word), in front matter as `purpose:`, or, when there is none of these, as a sentence near the top like "The purpose of this group is …", "Our mission is to …", "This group is designed to …" or "The group is a safe space where …". Failing all of those, what the plan gives in place of a purpose counts: a "Group overview" or "Description" heading or label, a "What is the … group?" heading, the list a sentence about the group’s aims introduces, or a list of aims near the top ("To provide …", "To learn …"). Last, a model learned from the sentences of real plans, each labelled by whether it says what the group is for, reads the first twenty-five paragraphs (not those under another part’s heading) and takes the sentence it is surest of, when it is sure enough; when it is not, but reads a sentence as at least an even chance of being the purpose, the finding names that sentence, so that a writer who meant it as the purpose can put it under a Purpose heading. A sentence about the purpose of a paper, a course or a session step is not the group’s. To report a misread, add the plan’s sentences with their labels to the labelled plan sentences (see the project README, "How the judgments are made") and retrain.',
    source: 'Steinberg 2014, ch. 1; Kurland and Salmon 1992',
    examples: [
      {
        title: 'No purpose anywhere',
        text: '# Plan\n\n## Need\n\nNew parents in the area feel alone.\n\n## Norms\n\n- Members talk to one another.\n',
        messages: ['The plan has no purpose statement. Expected a Purpose section that says who the members are together and what they will do for one another.'],
        fixed:
          '# Plan\n\n## Need\n\nNew parents in the area feel alone.\n\n## Purpose\n\nThis group brings together [people who share a situation] so that they can [what members will do for one another] as they [the aim they share].\n\n## Norms\n\n- Members talk to one another.\n',
      },
      {
        title: 'An empty Purpose section',
        text: '# Plan\n\n## Purpose\n\n## Norms\n\n- Members talk to one another.\n',
        messages: ['The Purpose section is empty. Expected a statement of who the members are together and what they will do for one another.'],
        fixed:
          '# Plan\n\n## Purpose\n\nThis group brings together [people who share a situation] so that they can [what members will do for one another] as they [the aim they share].\n\n## Norms\n\n- Members talk to one another.\n',
      },
      {
        title: 'A group overview counts when nothing names a purpose',
        text: '# Survivors group\n\n## Group overview\n\nOver twelve weeks, members share what has helped them leave and support one another.\n',
        messages: [],
      },
      {
        title: 'A purpose sentence without a heading counts',
        text: '# Plan\n\nThe purpose of this group is for new fathers to support one another through the first year.\n',
        messages: [],
      },
    ],
  },
  check({ plan, report }) {
    if (plan.purpose) return;
    const found = missingElementReport(
      plan,
      'purpose',
      'Purpose',
      purposeTemplate(),
      plan.element('purpose'),
      { message: 'The Purpose section is empty. Expected a statement of who the members are together and what they will do for one another.', fixTitle: 'Insert the purpose template' },
      { message: 'The plan has no purpose statement. Expected a Purpose section that says who the members are together and what they will do for one another.', fixTitle: 'Add a Purpose section with the template' },
    );
    // The sentence the purpose locator came closest to reading as the purpose, named so the writer can
    // tell whether it was meant as one (and then give it a heading) or not.
    const near = plan.nearestPurpose;
    if (near) {
      found.message += ` The sentence nearest to one is "${quote(withoutQuoteMarks(near.text), 100)}": if it says what this group is for, put it under a Purpose heading.`;
      found.related = [{ range: near.range, message: 'The sentence nearest to a purpose statement' }];
    }
    report(found);
  },
});
