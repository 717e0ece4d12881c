import { defineRule } from '../rule';
import { PATTERNS } from '../norms/cues';
import { judgedPatterns, sectionSentences } from '../norms/detect';
import { toSourceRange } from '../text';

/** Sections that say how meetings run: Kurland's structure and content, and Toseland and Rivas's contract. */
export const MEETING_ELEMENTS = ['structure', 'content', 'contract', 'environment'];

const message = (id: string): string => {
  const p = PATTERNS.find((x) => x.id === id)!;
  return `This describes ${p.name}: ${p.what}. Plan for free-floating talk instead, where members speak to one another when they have something to say.`;
};

/** The note on a round of introductions or a brief check-in: a round robin the brief accepts. */
export const OPENING_MESSAGE =
  'This round of introductions or brief check-in is a round robin, which is fine for opening a meeting. Make sure the rest of the meeting lets members speak to one another when they have something to say.';

const PLAN = '# Plan\n\n## Sessions\n\n';

export default defineRule<{ openingRounds?: boolean }>({
  meta: {
    id: 'communication-pattern',
    description: 'The sessions describe a round robin, a hot seat or a maypole instead of free-floating talk.',
    defaultSeverity: 'warning',
    fixable: false,
    explanation:
      'How talk flows decides whether mutual aid can happen. In a maypole, all talk runs through the worker; in a round robin, members take turns and hold their thoughts until their turn; in a hot seat, one member’s problem is worked on while the rest watch. Only free-floating talk, where members speak to one another when they have something to say, promotes mutual aid by itself. A round of introductions at a first meeting, or a brief check-in, is fine: it is noted as information (not scored by the grader) so that the rest of the meeting is planned for free-floating talk; set the option `openingRounds` to false to leave such rounds unmentioned. The rule reads the Structure, Content (Sessions) and similar sections. How it is decided: a model trained on real descriptions of meetings and on the sentences of real plans, labelled by hand, reads each sentence that speaks of talk; a pattern is reported when a cue agrees with the model or the model is fairly sure, so what is flagged is usually right and some round robins in unusual words go unflagged. To report a misread, see the README, "How the judgments are made".',
    source: 'Middleman and Wood 1990, as reported by Steinberg 2014, ch. 1',
    options: {
      openingRounds: {
        type: 'boolean',
        default: true,
        description: 'Note a round of introductions or a brief check-in (a round robin the brief accepts) as information.',
      },
    },
    examples: [
      {
        title: 'A meeting built on turns and a hot seat',
        text: `${PLAN}Each week we go around the room and each member reports on their week for ten minutes. Then one member presents their problem and the leader gives feedback.\n`,
        messages: [message('round-robin'), message('hot-seat')],
      },
      {
        title: 'All talk through the worker',
        text: `${PLAN}The facilitator will ask each member how their week went.\n`,
        messages: [message('maypole')],
      },
      {
        title: 'Introductions and a brief check-in are fine: noted as information only',
        text: `${PLAN}At the first meeting we go around the room for introductions. Later meetings open with a brief check-in, then members talk with one another about what matters most that week.\n`,
        messages: [OPENING_MESSAGE, OPENING_MESSAGE],
      },
      {
        title: 'The same, with the notes on opening rounds turned off',
        text: `${PLAN}At the first meeting we go around the room for introductions. Later meetings open with a brief check-in, then members talk with one another about what matters most that week.\n`,
        options: { openingRounds: false },
        messages: [],
      },
    ],
  },
  check({ plan, options, report }) {
    const openingRounds = options.openingRounds !== false;
    for (const { sentence, mapped } of sectionSentences(plan, MEETING_ELEMENTS, true)) {
      for (const hit of judgedPatterns(sentence.text)) {
        if (hit.opening && !openingRounds) continue;
        report({
          range: toSourceRange(mapped, sentence.plainStart + hit.start, sentence.plainStart + hit.end),
          message: hit.opening ? OPENING_MESSAGE : message(hit.what.id),
          evidence: hit.because.length ? hit.because : [sentence.text.slice(hit.start, hit.end)],
          ...(hit.opening ? { severity: 'info' as const, scored: false as const } : {}),
        });
      }
    }
  },
});
