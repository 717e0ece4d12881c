import { defineRule } from '../rule';

export default defineRule({
  meta: {
    id: 'suppression-unknown-rule',
    description: 'A groupplan-disable or -enable comment names a rule that does not exist.',
    defaultSeverity: 'warning',
    fixable: true,
    explanation:
      'Comments such as `<!-- groupplan-disable-next-line norms-missing -->` turn rules off for part of a plan. A misspelt rule id turns nothing off, so the finding you meant to silence stays. The fix removes the unknown id; the list of rule ids is in the README.',
    source: 'groupplan',
    examples: [
      {
        title: 'A misspelt rule id',
        text: '<!-- groupplan-disable norm-missing -->\n# Plan\n',
        messages: ['"norm-missing" in this groupplan comment is not a rule id, so the comment does not turn it off. Did you mean "norms-missing"?'],
        fixed: '<!-- groupplan-disable -->\n# Plan\n',
      },
      { title: 'A known rule id', text: '<!-- groupplan-disable norms-missing -->\n# Plan\n', messages: [] },
    ],
  },
  check({ plan, config, report }) {
    const known = Object.keys(config.rules);
    for (const d of plan.directives) {
      d.ruleIds.forEach((id, i) => {
        if (known.includes(id)) return;
        const r = d.idRanges[i];
        const near = known.find((k) => k.startsWith(id.slice(0, 4)) && Math.abs(k.length - id.length) <= 2);
        // Remove the id and the space before it.
        const start = plan.text[r.start - 1] === ' ' ? r.start - 1 : r.start;
        report({
          range: r,
          message: `"${id}" in this groupplan comment is not a rule id, so the comment does not turn it off.${near ? ` Did you mean "${near}"?` : ''}`,
          fix: { title: `Remove "${id}"`, edits: [{ range: [start, r.end], text: '' }] },
          suggestions: near ? [{ title: `Change to "${near}"`, edits: [{ range: [r.start, r.end], text: near }] }] : undefined,
        });
      });
    }
  },
});
