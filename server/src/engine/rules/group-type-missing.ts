import { defineRule } from '../rule';
import { frontMatterEdit, planAnchor } from '../edits';
import { GROUP_TYPES, type GroupType, type Plan } from '../plan';

const LIST = 'classic, single-session, short-term, open-ended or very-large';

// Guesses a type from what the plan says about sessions and size, for the preferred fix.
function guessType(plan: Plan): GroupType {
  const { sessions, size } = plan.meta;
  if (size !== undefined && size >= 15) return 'very-large';
  if (sessions === 1) return 'single-session';
  // "In this one meeting …", "a single-session group": the plan says it meets once.
  if (/\b(?:this|the|a|our) (?:one|single) (?:meeting|session)\b|\bsingle[- ]session\b|\bone[- ]time (?:group|meeting|session|workshop)\b|\bmeets? (?:only )?once\b(?! (?:a|each|every|per)\b)/i.test(plan.text.slice(0, 20000))) return 'single-session';
  if (sessions !== undefined && sessions <= 12) return 'short-term';
  if (/\bdrop[- ]in\b|\bopen[- ]ended\b|\bnew members (may|can) join\b/i.test(plan.text.slice(0, 20000))) return 'open-ended';
  return 'classic';
}

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
        messages: [`The plan does not say what type of group it is. Add "type:" to the front matter: ${LIST}.`],
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
        messages: [`The plan does not say what type of group it is. Add "type:" to the front matter: ${LIST}.`],
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
      message: `The plan does not say what type of group it is. Add "type:" to the front matter: ${LIST}.`,
      fix: main ? { title: `Declare the group type (${guess})`, edits: [main] } : undefined,
      suggestions: GROUP_TYPES.filter((t) => t !== guess).map((t) => ({ title: `Declare the group type (${t})`, edits: [edit(t)!] })),
    });
  },
});
