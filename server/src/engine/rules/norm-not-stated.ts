import { defineRule } from '../rule';
import { DEFAULT_EXPECTED, DEFAULT_INFORMATIONAL, NORMS, NORM_IDS } from '../norms/lexicon';
import { judgedAgainst, normsCoverage } from '../norms/detect';
import { normLineEdit } from '../norms/edit';

interface Options {
  expected: string[];
  informational: string[];
}

const message = (id: string): string => {
  const n = NORMS.find((x) => x.id === id)!;
  return `The norms do not state ${n.name} (${n.id}). This norm serves ${n.serves}; consider naming it to members.`;
};

const PLAN = '# Plan\n\n## Norms\n\n';

export default defineRule<Options>({
  meta: {
    id: 'norm-not-stated',
    description: 'The norms section does not state a norm that sets mutual aid in motion.',
    defaultSeverity: 'warning',
    fixable: true,
    explanation:
      'The worker sets the dynamics of mutual aid in motion before the group starts by telling prospective members the norms the group will work by. Each norm serves a dynamic: members talking directly to one another serves them all; shared decisions serve the group’s authority; telling one’s own experience instead of giving advice serves individual problem solving; care and acceptance serve mutual support; welcoming differences serves the dialectic process. Confidentiality is not among the seed chapters’ norms, but nearly every agency expects it. Norms are recognised by meaning, so a paraphrase such as "we speak to each other, not through the leader" counts. The norms in `expected` are reported as warnings, those in `informational` at information level. Norm ids:  How it is decided: models trained on ground rules that real groups published, labelled by hand, weigh each line\'s words (reading negation: "we avoid", "no") and the checker\'s cues. They miss some wordings, so a norm reported as not found may be stated in words they do not know: if so, report the line (README, "How the judgments are made").' +
      NORM_IDS.join(', ') +
      '.',
    source: 'Steinberg 2014, ch. 1 and 2',
    options: {
      expected: {
        type: 'array',
        items: { enum: NORM_IDS },
        uniqueItems: true,
        default: DEFAULT_EXPECTED,
        description: 'Norm ids the norms section must state (reported at the rule’s severity).',
      },
      informational: {
        type: 'array',
        items: { enum: NORM_IDS },
        uniqueItems: true,
        default: DEFAULT_INFORMATIONAL,
        description: 'Norm ids reported at information level when not stated.',
      },
    },
    examples: [
      {
        title: 'A norms list with only conventional norms (default options)',
        text: `${PLAN}- Be on time.\n- Respect one another.\n`,
        messages: [...DEFAULT_EXPECTED, ...DEFAULT_INFORMATIONAL].map(message),
        fixed: `${PLAN}- Be on time.\n- Respect one another.\n${[...DEFAULT_EXPECTED, ...DEFAULT_INFORMATIONAL].map((id) => `- ${NORMS.find((n) => n.id === id)!.suggestion}\n`).join('')}`,
      },
      {
        title: 'A norms list missing two expected norms',
        text: `${PLAN}- Be on time.\n- Respect one another.\n`,
        options: { expected: ['free-floating-talk', 'confidentiality'], informational: [] },
        messages: [message('free-floating-talk'), message('confidentiality')],
        fixed: `${PLAN}- Be on time.\n- Respect one another.\n- ${NORMS[0].suggestion}\n- ${NORMS.find((n) => n.id === 'confidentiality')!.suggestion}\n`,
      },
      {
        title: 'Paraphrases count',
        text: `${PLAN}- We speak to each other, not through the leader.\n- What is said here stays here, unless someone is at risk.\n`,
        options: { expected: ['free-floating-talk', 'confidentiality'], informational: [] },
        messages: [],
      },
      {
        title: '"No cross-talk" does not state free-floating talk (norm-against-mutual-aid offers the replacement, so no second fix here)',
        text: `${PLAN}1. No cross-talk.\n`,
        options: { expected: ['free-floating-talk'], informational: [] },
        messages: [message('free-floating-talk')],
        fixed: `${PLAN}1. No cross-talk.\n`,
      },
      {
        title: 'A numbered list gets the next number',
        text: `${PLAN}1. Be on time.\n`,
        options: { expected: ['free-floating-talk'], informational: [] },
        messages: [message('free-floating-talk')],
        fixed: `${PLAN}1. Be on time.\n2. ${NORMS[0].suggestion}\n`,
      },
      {
        title: 'All six recommended norms stated',
        text: `${PLAN}- Members talk directly to one another.\n- We decide together and everyone has a real say.\n- We share our own experience rather than give advice.\n- We support one another.\n- It is fine to disagree.\n- Confidentiality, with its limits, is explained at the first meeting.\n`,
        options: { informational: [] },
        messages: [],
      },
    ],
  },
  check({ plan, options, config, report }) {
    const norms = plan.norms;
    if (!norms || norms.items.length === 0) return;
    const coverage = normsCoverage(plan);
    // When norm-against-mutual-aid already offers to replace a norm with this one, its fix is enough.
    const replaced = new Set<string>();
    if ((config.rules['norm-against-mutual-aid']?.severity ?? 'off') !== 'off')
      for (const item of norms.items) for (const hit of judgedAgainst(item.text)) replaced.add(hit.what.instead);
    const range = norms.section.heading?.range ?? norms.items[0].range;
    const expected = options.expected ?? DEFAULT_EXPECTED;
    const informational = (options.informational ?? DEFAULT_INFORMATIONAL).filter((id) => !expected.includes(id));
    const pass = (ids: string[], info: boolean): void => {
      for (const id of ids) {
        const norm = NORMS.find((n) => n.id === id);
        if (!norm || coverage.has(id)) continue;
        const edit = replaced.has(id) ? undefined : normLineEdit(plan, norm.suggestion);
        report({
          range,
          message: message(id),
          severity: info ? 'info' : undefined,
          fix: edit ? { title: `Add a norm: ${norm.suggestion}`, edits: [edit] } : undefined,
          evidence: [id],
        });
      }
    };
    pass(expected, false);
    pass(informational, true);
  },
});
