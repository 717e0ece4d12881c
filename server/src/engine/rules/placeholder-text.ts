import { defineRule } from '../rule';
import { findPlaceholders } from '../placeholders';
import { toSourceRange } from '../text';

/** At most this many placeholders are reported in one plan (a pasted template can hold hundreds). */
const MAX_REPORTS = 30;

const message = (slot: string): string => `"${slot.length > 80 ? `${slot.slice(0, 77)}…` : slot}" is template text that has not been filled in yet. Replace it with your own words for this group.`;

export default defineRule({
  meta: {
    id: 'placeholder-text',
    description: 'The plan still has unfilled template text: a [slot], a tab stop, TODO, "lorem ipsum" or "insert … here".',
    defaultSeverity: 'warning',
    fixable: false,
    explanation:
      'Templates and quick fixes leave slots such as [people who share a situation] for the writer to fill in. Until they are filled, the plan does not yet say what this group is: the checker cannot judge the words, and a grader gives them no credit. Each slot that is still empty is reported, so none is forgotten. Filling in a slot in your own words makes the finding go away.',
    source: 'groupplan',
    examples: [
      {
        title: 'A purpose template with its slots still empty',
        text: '# Plan\n\n## Purpose\n\nThis group brings together [people who share a situation] so that they can [what members will do for one another].\n',
        messages: [message('[people who share a situation]'), message('[what members will do for one another]')],
      },
      {
        title: 'Notes left for later',
        text: '# Plan\n\n## Evaluation\n\nTODO\n\n## Content\n\nLorem ipsum dolor sit amet.\n',
        messages: [message('TODO'), message('Lorem ipsum dolor sit amet')],
      },
      {
        title: 'Filled in, with a link and a checked box',
        text: '# Plan\n\n## Purpose\n\nThis group brings together [new fathers](https://example.org) so that they can support one another.\n\n- [x] Room booked\n',
        messages: [],
      },
      {
        title: 'A quotation with words left out, and an editor\'s [sic], are not slots',
        text: '# Plan\n\n## Need\n\nThe agency\'s report says that fathers "feel alone [...] and do not know where to turn [sic]."\n',
        messages: [],
      },
    ],
  },
  check({ plan, report }) {
    let n = 0;
    for (const block of plan.blocks) {
      if (block.kind === 'code' || block.kind === 'html' || block.kind === 'other') continue;
      for (const p of findPlaceholders(block.mapped.text)) {
        if (n++ >= MAX_REPORTS) return;
        report({ range: toSourceRange(block.mapped, p.start, p.end), message: message(p.text), evidence: [p.text] });
      }
    }
  },
});
