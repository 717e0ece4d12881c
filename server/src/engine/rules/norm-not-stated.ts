import { defineRule } from '../rule';
import { DEFAULT_EXPECTED, DEFAULT_INFORMATIONAL, NORMS, NORM_IDS } from '../norms/lexicon';
import { judgedAgainst, normsCoverage } from '../norms/detect';
import { normLineEdit } from '../norms/edit';

interface Options {
  expected: string[];
  informational: string[];
}

// One message for all the norms of one level that were not found, worded as not found, not as certain.
const message = (ids: string[], info = false): string => {
  const named = ids.map((id) => {
    const n = NORMS.find((x) => x.id === id)!;
    return `${n.name} (${n.id}, which serves ${n.serves})`;
  });
  const list = named.length === 1 ? named[0] : `${named.slice(0, -1).join('; ')}; and ${named[named.length - 1]}`;
  return `${info ? 'Worth considering: the' : 'The'} norms list does not seem to state ${ids.length === 1 ? 'this norm' : `these ${ids.length} norms`}: ${list}. Naming ${ids.length === 1 ? 'it' : 'them'} to members sets mutual aid in motion; if the list already says ${ids.length === 1 ? 'it' : 'one of them'} in other words, the checker missed it.`;
};

const PLAN = '# Plan\n\n## Norms\n\n';

export default defineRule<Options>({
  meta: {
    id: 'norm-not-stated',
    description: 'The norms section does not state a norm that sets mutual aid in motion.',
    defaultSeverity: 'warning',
    fixable: false,
    explanation:
      'The worker sets the dynamics of mutual aid in motion before the group starts by telling prospective members the norms the group will work by. Each norm serves a dynamic: members talking directly to one another serves them all; shared decisions serve the group’s authority; telling one’s own experience instead of giving advice serves individual problem solving; care and acceptance serve mutual support; welcoming differences serves the dialectic process. Confidentiality is not one of the norms the mutual-aid model ties to a dynamic, but nearly every agency expects it. Norms are recognised by meaning, so a paraphrase such as "we speak to each other, not through the leader" counts. The norms in `expected` not found are named in one warning on the norms list, those in `informational` in one information note; each comes with its own quick fix that adds a line for you to adapt. How it is decided: models trained on ground rules that real groups published, labelled by hand, weigh each line\'s words and the kinds of word they are (members, the worker, judging, advice, turns…), reading negation both ways ("we avoid", "no", "is discouraged"), and the checker\'s cues. They miss some wordings, so a norm reported as not found may be stated in words they do not know: if so, report the line (README, "How the judgments are made"). Norm ids: ' +
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
        title: 'A norms list with only conventional norms (default options): one warning and one note',
        text: `${PLAN}- Be on time.\n- Respect one another.\n`,
        messages: [message(DEFAULT_EXPECTED), message(DEFAULT_INFORMATIONAL, true)],
      },
      {
        title: 'A norms list missing two expected norms',
        text: `${PLAN}- Be on time.\n- Respect one another.\n`,
        options: { expected: ['free-floating-talk', 'confidentiality'], informational: [] },
        messages: [message(['free-floating-talk', 'confidentiality'])],
      },
      {
        title: 'Paraphrases count',
        text: `${PLAN}- We speak to each other, not through the leader.\n- What is said here stays here, unless someone is at risk.\n`,
        options: { expected: ['free-floating-talk', 'confidentiality'], informational: [] },
        messages: [],
      },
      {
        title: '"No cross-talk" does not state free-floating talk',
        text: `${PLAN}1. No cross-talk.\n`,
        options: { expected: ['free-floating-talk'], informational: [] },
        messages: [message(['free-floating-talk'])],
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
    // The label, the Norms heading, or for a list with neither, its first item.
    const range = norms.label?.range ?? (norms.unlabelled ? norms.items[0].range : norms.section.heading?.range) ?? norms.items[0].range;
    const expected = options.expected ?? DEFAULT_EXPECTED;
    const informational = (options.informational ?? DEFAULT_INFORMATIONAL).filter((id) => !expected.includes(id));
    // One finding per level, naming every norm not found; each norm gets its own quick fix (a line to
    // adapt), offered, never applied by --fix: the student chooses the group's norms.
    const pass = (ids: string[], info: boolean): void => {
      const missing = ids.filter((id) => NORMS.some((n) => n.id === id) && !coverage.has(id));
      if (missing.length === 0) return;
      const suggestions = missing.flatMap((id) => {
        const norm = NORMS.find((n) => n.id === id)!;
        const edit = replaced.has(id) ? undefined : normLineEdit(plan, norm.suggestion);
        return edit ? [{ title: `Add a norm to adapt: ${norm.suggestion}`, edits: [edit] }] : [];
      });
      report({ range, message: message(missing, info), severity: info ? 'info' : undefined, suggestions: suggestions.length ? suggestions : undefined, evidence: missing });
    };
    pass(expected, false);
    pass(informational, true);
  },
});
