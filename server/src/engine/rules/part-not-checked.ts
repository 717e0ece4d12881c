import { defineRule } from '../rule';
import { MAX_NESTING } from '../parse';

export default defineRule({
  meta: {
    id: 'part-not-checked',
    description: 'Part of the document could not be read as Markdown (for example lists nested too deeply), so it was not checked.',
    defaultSeverity: 'warning',
    fixable: false,
    explanation: `The checker reads a plan as Markdown before checking it. Lists or quotes nested more than ${MAX_NESTING} levels deep inside one another are left out of that reading, because no plan needs them and they would make the checker run out of memory or time; the same happens to any part the Markdown reader cannot handle. The part that was left out is not checked, so findings about it (a purpose or norms written there, for example) may be missing. The rest of the plan is checked as usual. Flattening the nesting fixes it.`,
    source: 'groupplan',
    examples: [
      {
        title: 'A quote nested far too deep',
        text: `# Plan\n\n${'>'.repeat(MAX_NESTING + 10)} hello\n\n## Norms\n\n- We talk to one another.\n`,
        messages: [`This part is nested more than ${MAX_NESTING} levels deep (lists or quotes inside one another), so it was not checked. Flatten the nesting; the rest of the plan was checked.`],
      },
      { title: 'Ordinary nesting', text: '# Plan\n\n- one\n  - two\n    - three\n\n> a quote\n', messages: [] },
    ],
  },
  check({ plan, report }) {
    for (const part of plan.unparsed) {
      // Point at the first line only: the part may be megabytes long.
      const line = plan.lines.position(part.range.start).line;
      const range = { start: part.range.start, end: Math.min(part.range.end, plan.lines.lineEnd(line), part.range.start + 200) };
      report({
        range,
        message:
          part.reason === 'nesting'
            ? `This part is nested more than ${MAX_NESTING} levels deep (lists or quotes inside one another), so it was not checked. Flatten the nesting; the rest of the plan was checked.`
            : `This part could not be read as Markdown (${part.detail ?? 'unknown reason'}), so it was not checked. The rest of the plan was checked.`,
      });
    }
  },
});
