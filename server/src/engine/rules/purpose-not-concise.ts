import { defineRule } from '../rule';
import { planPurpose } from '../purpose/findings';

interface Options {
  maxSentences: number;
  maxWords: number;
}

export default defineRule<Options>({
  meta: {
    id: 'purpose-not-concise',
    description: 'The purpose statement is longer than the configured number of sentences or words.',
    defaultSeverity: 'off',
    fixable: false,
    explanation:
      'Many courses ask for a purpose that fits in one sentence members can remember and repeat: the worker restates it at the first meeting and uses it as the group’s reference point whenever work drifts. A long statement usually mixes the purpose with need, content or structure; keep the common cause here and move the rest to its own section. This rule is off by default and on in the strict preset.',
    source: 'A course convention, off by default; the model asks for a clear purpose, not a length (Steinberg 2014, ch. 1)',
    options: {
      maxSentences: { type: 'integer', minimum: 1, default: 1, description: 'The most sentences a purpose statement may have.' },
      maxWords: { type: 'integer', minimum: 5, default: 50, description: 'The most words a purpose statement may have.' },
    },
    examples: [
      {
        title: 'Three sentences where one is asked for',
        text: '# Plan\n\n## Purpose\n\nThis group brings together new fathers so that they can back one another through the first year. Many feel left out at the clinic. The group meets on Saturdays.\n',
        messages: [
          "The purpose runs to 3 sentences; expected at most 1, so that members can remember and repeat it. Keep the common cause here and move the rest to the section it belongs to.",
        ],
      },
      {
        title: 'A word limit set in the configuration',
        options: { maxSentences: 2, maxWords: 12 },
        text: '# Plan\n\n## Purpose\n\nThis group brings together new fathers so that they can back one another through the first year of being a parent.\n',
        messages: [
          "The purpose has 21 words; expected at most 12, so that members can remember and repeat it.",
        ],
      },
      {
        title: 'One short sentence',
        text: '# Plan\n\n## Purpose\n\nThis group brings together new fathers so that they can back one another through the first year.\n',
        messages: [],
      },
    ],
  },
  check({ plan, options, report }) {
    const pp = planPurpose(plan);
    const purpose = plan.purpose;
    if (!pp || !purpose) return;
    const maxSentences = options.maxSentences ?? 1;
    const maxWords = options.maxWords ?? 50;
    const all = purpose.sentences;
    if (all.length > maxSentences) {
      const extra = all.slice(maxSentences);
      report({
        range: { start: extra[0].range.start, end: extra[extra.length - 1].range.end },
        message: `The purpose runs to ${all.length} sentences; expected at most ${maxSentences}, so that members can remember and repeat it. Keep the common cause here and move the rest to the section it belongs to.`,
      });
    }
    const words = all.reduce((n, s) => n + (s.text.match(/[\p{L}\p{N}’'-]+/gu)?.length ?? 0), 0);
    if (words > maxWords) {
      report({
        range: purpose.range,
        message: `The purpose has ${words} words; expected at most ${maxWords}, so that members can remember and repeat it.`,
      });
    }
  },
});
