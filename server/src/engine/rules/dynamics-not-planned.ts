import { defineRule } from '../rule';
import { DYNAMICS, dynamicsCoverage } from '../dynamics';
import { planAnchor } from '../edits';

interface Options {
  minimum: number;
}

const NONE = 'The plan does not say how it will set any of the nine dynamics of mutual aid in motion (for example members sharing information, supporting one another, or trying new ways together).';
const few = (n: number, min: number, missing: string[]): string =>
  `The plan sets ${n} of the nine dynamics of mutual aid in motion; expected at least ${min}. Not yet addressed: ${missing.join(', ')}.`;

export default defineRule<Options>({
  meta: {
    id: 'dynamics-not-planned',
    description: 'The plan does not say how it will set any of the nine dynamics of mutual aid in motion.',
    defaultSeverity: 'info',
    fixable: false,
    explanation:
      'Mutual aid shows itself in nine dynamics: sharing data, the dialectic process, discussing a taboo area, all in the same boat, mutual support, mutual demand, individual problem solving, rehearsal, and strength in numbers. The worker sets them in motion before and during the group, chiefly through the norms named to members and the way meetings are run. A plan that touches none of them leaves mutual aid to chance. A dynamic counts where the plan’s own work sets it in motion (the purpose, content, structure, norms, pre-group contact or evaluation), in words about what members do with one another: the Need and context sections describe the members’ situation, so "parents feel shame and isolation" there plans nothing, while "members talk about the shame they carry" in the content does. How it is decided: each sentence is read by a model learned from real plans labelled for the dynamics, which tells a sentence that plans member-to-member work from one that names a topic or the members’ situation; the dynamic is the one the sentence’s words name, and the skills preview shows which dynamics the plan addresses, where, and the words that decided. On real plans the reading agrees with a careful reader about two times in three. To report a misread, add the sentence with its plan to the labelled real plans (see the project README, "How the judgments are made") and retrain. `minimum` raises the bar above one dynamic.',
    source: 'Steinberg 2014, ch. 2, in our own words; the dynamics after Shulman 2011',
    options: {
      minimum: { type: 'integer', minimum: 1, maximum: 9, default: 1, description: 'How many of the nine dynamics the plan should address.' },
    },
    examples: [
      {
        title: 'A plan about topics only',
        text: '# Plan\n\n## Content\n\nWeek one covers budgeting. Week two covers meal planning.\n',
        messages: [NONE],
      },
      {
        title: 'A need that names the members’ feelings, and a worker who teaches',
        text: '# Plan\n\n## Need\n\nParents of teenagers feel shame and isolation, and few have tried problem solving with others.\n\n## Purpose\n\nThe worker will teach parents parenting skills.\n',
        messages: [NONE],
      },
      {
        title: 'Norms that set dynamics in motion',
        text: '# Plan\n\n## Norms\n\n- We support one another.\n- We share tips and information.\n',
        messages: [],
      },
      {
        title: 'A higher minimum',
        text: '# Plan\n\n## Norms\n\n- We support one another.\n',
        options: { minimum: 2 },
        messages: [few(1, 2, DYNAMICS.filter((d) => d.id !== 'mutual-support').map((d) => d.name.toLowerCase()))],
      },
    ],
  },
  check({ plan, options, report }) {
    const min = options.minimum ?? 1;
    const coverage = dynamicsCoverage(plan);
    const addressed = coverage.filter((c) => c.addressed);
    if (addressed.length >= min) return;
    report({
      range: planAnchor(plan),
      message: addressed.length === 0 ? NONE : few(addressed.length, min, coverage.filter((c) => !c.addressed).map((c) => c.name.toLowerCase())),
    });
  },
});
