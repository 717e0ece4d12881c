import { defineRule } from '../rule';

export default defineRule({
  meta: {
    id: 'front-matter-invalid',
    description: 'The front matter (the YAML block between --- lines at the top) cannot be read.',
    defaultSeverity: 'error',
    fixable: false,
    explanation:
      'The front matter is where a plan declares itself (`groupplan: true`) and its group type, sessions and size. When the YAML there is broken, those details are lost, so checks that depend on them are skipped; the rest of the plan is still checked. Common causes are a missing space after a colon, a tab used for indenting, or a closing --- line that is missing.',
    source: 'groupplan',
    examples: [
      {
        title: 'A key without a value separator',
        text: '---\ngroupplan: true\ntype open-ended\n---\n\n# Plan\n',
        messages: ['The front matter could not be read: Implicit map keys need to be followed by map values. The rest of the plan was still checked.'],
      },
      { title: 'Well-formed front matter', text: '---\ngroupplan: true\ntype: open-ended\n---\n\n# Plan\n', messages: [] },
    ],
  },
  check({ plan, report }) {
    const err = plan.frontMatter?.error;
    if (!err) return;
    const msg = err.message.replace(/\s*at line \d+, column \d+:?$/, '').replace(/\.$/, '');
    report({ range: err.range, message: `The front matter could not be read: ${msg}. The rest of the plan was still checked.` });
  },
});
