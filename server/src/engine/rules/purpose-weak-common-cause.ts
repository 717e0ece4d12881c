import { defineRule } from '../rule';
import { contentRelated, cueQuote, moveToContentFix, planPurpose, problemPhrase, quote, rewriteFixes, sentenceRange, strongestCue } from '../purpose/findings';
import type { PurposePart } from '../purpose/analyse';
import type { FailureKind } from '../purpose/lexicon';

const PART_WORDS: Record<PurposePart, string> = {
  situation: 'who the members are together (the situation or need they share)',
  mutual: 'what members will do for one another',
  aim: 'the aim they share',
};

// Joins phrases as "a, b or c".
function orList(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

export default defineRule({
  meta: {
    id: 'purpose-weak-common-cause',
    description: 'The purpose states a common cause, but thinly: a part is missing, or a sentence in it belongs elsewhere.',
    defaultSeverity: 'info',
    fixable: true,
    explanation:
      'A full purpose does three things: it names the situation, need or concern the members share (who they are together), what they will do for one another (help, share what they know, back one another, work together), and the aim they share beyond any one member’s goals. A statement can pass the main test and still be thin: "a safe space to share" names only a setting, and "a group for parents of teenagers" names who the members are but not what they will do for one another. Task and social-action groups may state their cause as a shared task and never say "support"; they only need the parts named. A topics sentence next to a clear common cause is content that belongs under Content. How it is decided: the checker’s cues look for each of the three parts in the statement (a shared situation, a member-to-member process, a shared aim) and name the ones not found; a part said in words the cues do not know is missed. To report a misread, add the statement with its source to the labelled real statements (README, "How the judgments are made").',
    source: 'Steinberg 2014, ch. 1',
    examples: [
      {
        title: 'A common cause with a topics sentence beside it',
        text: '# Plan\n\n## Purpose\n\nThis group brings together carers of people with dementia so that they can support one another. Sessions will cover respite, legal planning and diet.\n\n## Content\n\nMembers choose the order of themes.\n',
        messages: [
          "\"Sessions will cover respite, legal planning and diet\" lists topics, and that belongs under Content. The rest of the purpose states a common cause; keep this sentence out of it so the cause stays clear.",
        ],
        fixed: "# Plan\n\n## Purpose\n\nThis group brings together carers of people with dementia so that they can support one another.\n\n## Content\n\nMembers choose the order of themes.\n\nSessions will cover respite, legal planning and diet.\n",
      },
      {
        title: 'A setting only',
        text: '# Plan\n\n## Purpose\n\nThis group offers grieving parents a safe space to share.\n',
        messages: [
          "The purpose names a setting (\"safe space to share\") but does not say what members will do for one another or the aim they share. A full purpose says who the members are together, what they will do for one another, and the aim they share.",
        ],
      },
      {
        title: 'Who the members are, but not what they do for one another',
        text: '# Plan\n\n## Purpose\n\nThe group is for parents of teenagers.\n',
        messages: [
          "The purpose does not yet say what members will do for one another or the aim they share. A full purpose says who the members are together, what they will do for one another, and the aim they share.",
        ],
      },
      {
        title: 'All three parts named',
        text: '# Plan\n\n## Purpose\n\nTenants of the Elm Street blocks work together so that the housing authority fixes the heating before winter.\n',
        messages: [],
      },
    ],
  },
  check({ plan, report }) {
    const pp = planPurpose(plan);
    if (!pp || pp.analysis.verdict !== 'common-cause') return;
    const { analysis } = pp;

    // Sentences that would fail on their own, next to a main clause that states a common cause.
    const byKind = new Map<FailureKind, number[]>();
    for (const i of analysis.strays) {
      const kind = analysis.sentences[i].verdict as FailureKind;
      byKind.set(kind, [...(byKind.get(kind) ?? []), i]);
    }
    for (const [kind, indexes] of byKind) {
      const first = indexes[0];
      const cue = strongestCue(pp, first, kind);
      const q = cueQuote(pp, first, cue);
      const where = kind === 'content' ? ', and that belongs under Content' : '';
      const message = `"${q}" ${problemPhrase(kind, cue)}${where}. The rest of the purpose states a common cause; keep this sentence out of it so the cause stays clear.`;
      const related = [
        ...indexes.slice(1).map((i) => ({ range: sentenceRange(pp, i), message: `Also here: "${quote(pp.sentences[i].text, 60)}".` })),
        ...(kind === 'content' ? contentRelated(plan) : []),
      ];
      report({
        range: sentenceRange(pp, first),
        message,
        fix: kind === 'content' ? moveToContentFix(pp, indexes) : undefined,
        related: related.length ? related : undefined,
        evidence: indexes.flatMap((i) => analysis.sentences[i].cues.filter((c) => c.kind === kind).map((c) => c.text)),
      });
    }

    if (analysis.missing.length === 0) return;
    const missing = orList(analysis.missing.map((p) => PART_WORDS[p]));
    const setting = analysis.setting;
    const settingQuote = setting ? cueQuote(pp, analysis.sentences.findIndex((x) => x.cues.includes(setting)), setting, 50) : '';
    const message = setting
      ? `The purpose names a setting ("${settingQuote}") but does not say ${missing}. A full purpose says who the members are together, what they will do for one another, and the aim they share.`
      : `The purpose does not yet say ${missing}. A full purpose says who the members are together, what they will do for one another, and the aim they share.`;
    const { snippet } = rewriteFixes(pp);
    report({
      range: sentenceRange(pp, analysis.main),
      message,
      suggestions: snippet ? [snippet] : undefined,
      evidence: setting ? [setting.text, ...analysis.evidence] : analysis.evidence,
    });
  },
});
