import { defineRule } from '../rule';
import { EARLIER_DRAFT } from '../plan';
import { AGAINST } from '../norms/lexicon';
import { judgedAgainst, locateItems, sectionSentences } from '../norms/detect';

/** Words that mark a sentence outside the norms section as stating a norm. */
const NORM_WORDS = /\b(?:norms?|ground[- ]rules?|group rules?|rules?|agreements?|guidelines?|expectations?)\b/i;
import { splitSentences, toSourceRange } from '../text';

const message = (id: string): string => {
  const a = AGAINST.find((x) => x.id === id)!;
  return `This norm ${a.what}. Its effect: ${a.effect}. A mutual-aid alternative: "${a.alternative}"`;
};

const PLAN = '# Plan\n\n## Ground rules\n\n';

export default defineRule({
  meta: {
    id: 'norm-against-mutual-aid',
    description: 'A norm works against mutual aid (no cross-talk, turns, raised hands, the leader decides, a blanket ban on advice).',
    defaultSeverity: 'warning',
    fixable: true,
    explanation:
      'Some familiar ground rules quietly stop members helping one another. "No cross-talk", "speak only in your turn" and "raise your hand" impose a round robin, in which members wait for their turn instead of responding to one another. "Follow the leader" or "the facilitator decides" keep authority with the worker. A blanket ban on advice can silence the information members could share; "share your own experience rather than give advice" keeps the help and is not flagged. Bans on whole subjects pull against real talk, and "discussion, not debate" against welcoming differences. The rule reads polarity: "cross-talk is welcome", "no need to raise your hand" and "no side conversations" are not flagged. It warns and offers an alternative; the choice stays with you. How it is decided: models trained on ground rules that real groups published, labelled by hand, weigh each line\'s words and the kinds of word they are (members, the worker, judging, advice, turns…), reading negation both ways ("we avoid", "no", "is discouraged"), and the checker\'s cues. They miss some wordings, so a norm reported as not found may be stated in words they do not know: if so, report the line (README, "How the judgments are made").',
    source: 'Steinberg 2014, ch. 1 and 2; Middleman and Wood 1990',
    examples: [
      {
        title: 'Round-robin and advice norms',
        text: `${PLAN}- No cross-talk.\n- Raise your hand to speak.\n- Be on time.\n- No advice.\n`,
        messages: [message('no-cross-talk'), message('raise-hands'), message('no-advice')],
        fixed: `${PLAN}- ${AGAINST[0].alternative} (Earlier draft: No cross-talk.)\n- ${AGAINST[2].alternative} (Earlier draft: Raise your hand to speak.)\n- Be on time.\n- ${AGAINST.find((a) => a.id === 'no-advice')!.alternative} (Earlier draft: No advice.)\n`,
      },
      {
        title: 'Polarity: these norms support mutual aid',
        text: `${PLAN}- Cross-talk is welcome: respond to one another directly.\n- No need to raise your hand.\n- No advice; share your own experience instead.\n- We help by telling what we have lived through ourselves, rather than by giving advice.\n- No side conversations (cross-talk) while someone is speaking.\n- At the first meeting each person shares in turn to introduce themselves.\n`,
        messages: [],
      },
      {
        title: 'Central authority',
        text: `${PLAN}Members follow the facilitator's instructions. The facilitator decides the topics.\n`,
        messages: [message('central-authority'), message('central-authority')],
        fixed: `${PLAN}${AGAINST[3].alternative} (Earlier draft: Members follow the facilitator's instructions.) ${AGAINST[3].alternative} (Earlier draft: The facilitator decides the topics.)\n`,
      },
    ],
  },
  check({ plan, report }) {
    const items = plan.norms ? locateItems(plan.norms.items) : [];
    // Outside the norms section, sentences that name a rule or norm count too ("we will keep a no cross-talk rule").
    // Not the norms' own blocks (under a norms label, the rest of the label's section is other text).
    const listed = new Set(plan.norms?.blocks.map((b) => b.mapped));
    for (const { sentence, mapped } of sectionSentences(plan, [], true, true)) {
      if (listed.has(mapped) || !NORM_WORDS.test(sentence.text)) continue;
      items.push({ item: { text: sentence.text, range: sentence.range, mapped }, plainStart: sentence.plainStart });
    }
    items.forEach(({ item, plainStart }, i) => {
      const context = [items[i - 1]?.item.text, item.text, items[i + 1]?.item.text].filter(Boolean).join(' ');
      for (const hit of judgedAgainst(item.text, context)) {
        const start = plainStart + hit.start;
        const sentences = splitSentences({ text: item.text, segments: [{ plain: 0, source: 0, length: item.text.length }] });
        const s = sentences.find((x) => x.plainStart <= hit.start && hit.start < x.plainEnd) ?? { plainStart: 0, plainEnd: item.text.length };
        const target = toSourceRange(item.mapped, plainStart + s.plainStart, plainStart + s.plainEnd);
        report({
          range: toSourceRange(item.mapped, start, plainStart + hit.end),
          message: message(hit.what.id),
          // The student's words stay, after the new norm and marked as the earlier draft.
          fix: {
            title: 'Put a mutual-aid norm first, keeping this one as the earlier draft',
            edits: [
              { range: [target.start, target.start], text: `${hit.what.alternative} (${EARLIER_DRAFT} ` },
              { range: [target.end, target.end], text: ')' },
            ],
          },
          evidence: hit.because.length ? hit.because : [item.text.slice(hit.start, hit.end)],
        });
        break;
      }
    });
  },
});
