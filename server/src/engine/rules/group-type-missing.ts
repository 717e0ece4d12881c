import { defineRule } from '../rule';
import { frontMatterEdit, planAnchor } from '../edits';
import { GROUP_TYPES, GROUP_TYPE_WORDS, type GroupType, type Plan } from '../plan';

const LIST = 'classic, single-session, short-term, open-ended or very-large';

// The type the fix declares: what the plan's own words imply (plan.ts), else classic.
const guessType = (plan: Plan): GroupType => plan.meta.inferred?.type ?? 'classic';

const missingMessage = (plan: Plan): string => {
  const inferred = plan.meta.inferred;
  const reads = inferred ? `; from its words ("${inferred.words}") it reads as ${GROUP_TYPE_WORDS[inferred.type]}, and is checked as one` : '';
  return `The plan does not say what type of group it is${reads}. Add "type:" to the front matter: ${LIST}.`;
};

export default defineRule({
  meta: {
    id: 'group-type-missing',
    description: 'The plan does not declare its group type in front matter.',
    defaultSeverity: 'info',
    fixable: true,
    explanation:
      'What a plan must cover depends on the kind of group: a single-session group needs a purpose reachable in one meeting, an open-ended group needs a way to welcome newcomers, a very large group needs small working groups. Declaring `type:` in the front matter lets the checker apply the right expectations.',
    source: 'Steinberg 2014, ch. 10 to 13',
    examples: [
      {
        title: 'Front matter without a type',
        text: '---\ngroupplan: true\nsessions: 8\n---\n\n# Plan\n',
        messages: [`The plan does not say what type of group it is; from its words ("sessions: 8") it reads as a short-term group, and is checked as one. Add "type:" to the front matter: ${LIST}.`],
        fixed: '---\ngroupplan: true\nsessions: 8\ntype: short-term\n---\n\n# Plan\n',
      },
      {
        title: 'An unknown type',
        text: '---\ntype: weekly\n---\n\n# Plan\n',
        messages: [`"weekly" is not a group type groupplan knows. Use ${LIST}.`],
        fixed: '---\ntype: weekly\n---\n\n# Plan\n',
      },
      {
        title: 'A plan that says it meets once is declared single-session',
        text: '---\ngroupplan: true\n---\n\n# Plan\n\nIn this one meeting, carers share what has helped them.\n',
        messages: [`The plan does not say what type of group it is; from its words ("this one meeting") it reads as a single-session group, and is checked as one. Add "type:" to the front matter: ${LIST}.`],
        fixed: '---\ngroupplan: true\ntype: single-session\n---\n\n# Plan\n\nIn this one meeting, carers share what has helped them.\n',
      },
      { title: 'A declared type', text: '---\ntype: open-ended\n---\n\n# Plan\n', messages: [] },
    ],
  },
  check({ plan, report }) {
    if (plan.meta.type) return;
    const fm = plan.frontMatter;
    if (plan.meta.typeUnknown !== undefined && fm) {
      const idx = fm.raw.indexOf(plan.meta.typeUnknown);
      const start = idx >= 0 ? fm.contentStart + idx : fm.range.start;
      report({
        range: { start, end: start + (idx >= 0 ? plan.meta.typeUnknown.length : 3) },
        message: `"${plan.meta.typeUnknown}" is not a group type groupplan knows. Use ${LIST}.`,
        suggestions: GROUP_TYPES.map((t) => ({ title: `Set the type to ${t}`, edits: [{ range: [start, start + plan.meta.typeUnknown!.length], text: t }] })),
      });
      return;
    }
    if (fm?.error) return;
    const guess = guessType(plan);
    const edit = (t: GroupType) => frontMatterEdit(plan, 'type', t);
    const main = edit(guess);
    report({
      range: fm ? { start: 0, end: 3 } : planAnchor(plan),
      message: missingMessage(plan),
      fix: main ? { title: `Declare the group type (${guess})`, edits: [main] } : undefined,
      suggestions: GROUP_TYPES.filter((t) => t !== guess).map((t) => ({ title: `Declare the group type (${t})`, edits: [edit(t)!] })),
    });
  },
});
