// The parts of a pre-group plan and the templates that require them (brief section 3).
import { normaliseWords, onClearCaches } from './text';

export interface ElementDef {
  id: string;
  /** The heading a skeleton section gets. */
  title: string;
  /** Phrases whose words, in a heading, mean this element (compared after normaliseWords). */
  aliases: string[];
  /** The question the element answers, shown in messages and skeletons. */
  question: string;
  required: boolean;
}

export interface Template {
  id: string;
  name: string;
  elements: ElementDef[];
}

const E: Record<string, Omit<ElementDef, "required">> = {
  need: {
    id: 'need',
    title: 'Need',
    aliases: ['need', 'needs assessment', 'statement of need', 'rationale', 'problem', 'problem statement', 'background and need'],
    question: 'What unmet need exists, for whom, and what shows it?',
  },
  purpose: {
    id: 'purpose',
    title: 'Purpose',
    aliases: [
      'purpose', 'group purpose', 'statement of purpose', 'purpose statement', 'mission', 'mission statement',
      'goal of the group', 'goal of group', 'group goal', 'goal', 'goals and objective', 'aim', 'why this group',
      'why form', 'reason for forming', 'reason for the group', 'common cause', 'group objective', 'objectives of the group', 'objective for group', 'objective for the group', 'objective of group',
    ],
    question: 'Why does the group exist: what shared need binds the members, and what will they do for one another?',
  },
  composition: {
    id: 'composition',
    title: 'Composition',
    aliases: ['composition', 'membership', 'member', 'participant', 'population', 'group composition', 'who is the group for', 'who will attend'],
    question: 'Who will be in the group, chosen how, and how many: what common ground will members share, and what differences will they bring?',
  },
  structure: {
    id: 'structure',
    title: 'Structure',
    aliases: ['structure', 'format', 'logistics', 'contract', 'meeting arrangement', 'environment', 'time and place', 'schedule'],
    question: 'When, where, how often and for how long will the group meet; is it open or closed?',
  },
  content: {
    id: 'content',
    title: 'Content',
    aliases: ['content', 'session plan', 'session', 'curriculum', 'activity', 'agenda', 'program', 'programme', 'session outline', 'meeting plan'],
    question: 'What will the group do or talk about in its meetings?',
  },
  preGroupContact: {
    id: 'pre-group-contact',
    title: 'Pre-group contact',
    aliases: ['pre group contact', 'pregroup contact', 'recruitment', 'screening', 'orientation', 'intake', 'pre group interview'],
    question: 'How will members be found, screened and prepared before the first meeting, with the purpose and norms talked through with each of them?',
  },
  agencyContext: {
    id: 'agency-context',
    title: 'Agency context',
    aliases: ['agency context', 'agency', 'agency sponsorship', 'sponsorship', 'setting', 'organizational context', 'organisational context'],
    question: 'What is the sponsoring agency’s mission and policy, and how does it view this group?',
  },
  socialContext: {
    id: 'social-context',
    title: 'Social context',
    aliases: ['social context', 'community context', 'community'],
    question: 'How will the wider community see and affect the group?',
  },
  norms: {
    id: 'norms',
    title: 'Norms',
    aliases: ['norm', 'group norm', 'ground rule', 'group agreement', 'agreement', 'guideline', 'group rule', 'rule', 'group guideline', 'expectation'],
    question: 'Which norms will the worker state to set mutual aid in motion?',
  },
  evaluation: {
    id: 'evaluation',
    title: 'Evaluation',
    aliases: ['evaluation', 'assessment of outcome', 'measuring success', 'outcome', 'evaluating', 'evaluation plan', 'how we will know'],
    question: 'How will the group, with its members, judge whether mutual aid happened and the purpose was met?',
  },
};

const req = (e: Omit<ElementDef, 'required'>, required = true): ElementDef => ({ ...e, aliases: [...e.aliases], required });

export const TEMPLATES: Record<string, Template> = {
  kurland: {
    id: 'kurland',
    name: 'Kurland pre-group planning model (Kurland 1978; Northen and Kurland 2001) with the mutual-aid additions',
    elements: [
      req(E.need),
      req(E.purpose),
      req(E.composition),
      req(E.structure),
      req(E.content),
      req(E.preGroupContact),
      req(E.agencyContext),
      req(E.socialContext),
      req(E.norms),
      req(E.evaluation),
    ],
  },
  'toseland-rivas': {
    id: 'toseland-rivas',
    name: 'Toseland and Rivas group proposal outline',
    elements: [
      req({ id: 'abstract', title: 'Abstract', aliases: ['abstract', 'summary', 'overview'], question: 'What is the proposal in brief?' }),
      req(E.purpose),
      req({ ...E.agencyContext, title: 'Agency sponsorship' }),
      req({ id: 'membership', title: 'Membership', aliases: ['membership', 'member', 'population', 'participant'], question: 'Who is the group for?' }),
      req({ id: 'recruitment', title: 'Recruitment', aliases: ['recruitment', 'recruiting'], question: 'How will members be found?' }),
      req({ id: 'composition', title: 'Composition', aliases: ['composition', 'group composition'], question: 'How will the mix of members be decided (the common ground they share, the differences they bring), and how many?' }),
      req({ id: 'orientation', title: 'Orientation', aliases: ['orientation', 'screening', 'intake', 'pre group contact'], question: 'How will members be prepared for the group, with the purpose and norms talked through with each of them?' }),
      req({ id: 'contract', title: 'Contract', aliases: ['contract', 'meeting arrangement', 'schedule', 'format'], question: 'When, how often and how long will the group meet?' }),
      req({ id: 'environment', title: 'Environment', aliases: ['environment', 'setting', 'room', 'space', 'logistics'], question: 'Where will it meet, and what arrangements are needed?' }),
      req(E.content, false),
      req(E.norms),
      req(E.evaluation),
    ],
  },
};

export const DEFAULT_TEMPLATE = 'kurland';

/** Elements the engine always recognises, whatever the template, because rules depend on them. */
export const CORE_ELEMENTS: ElementDef[] = [req(E.purpose), req(E.norms), req(E.evaluation), req(E.content, false), req(E.structure, false)];

interface CompiledAlias {
  element: ElementDef;
  words: string;
}

const compiled = new WeakMap<Template, CompiledAlias[]>();
let matches = new WeakMap<CompiledAlias[], Map<string, ElementDef | undefined>>();
onClearCaches(() => {
  matches = new WeakMap();
});
const MATCH_MEMO_LIMIT = 10000;

// Builds the alias table for a template (once per template object); core elements are added when the template lacks them.
export function compileAliases(template: Template): CompiledAlias[] {
  let list = compiled.get(template);
  if (!list) {
    list = buildAliases(template);
    compiled.set(template, list);
  }
  return list;
}

function buildAliases(template: Template): CompiledAlias[] {
  const list: CompiledAlias[] = [];
  const seen = new Set(template.elements.map((e) => e.id));
  const all = [...template.elements, ...CORE_ELEMENTS.filter((e) => !seen.has(e.id)).map((e) => ({ ...e, required: false }))];
  for (const element of all) {
    for (const alias of [element.title, ...element.aliases]) {
      const words = normaliseWords(alias);
      if (words) list.push({ element, words });
    }
  }
  return list;
}

const QUESTION_WORDS = /^(what|why|who|how|when|where|which)\b/;

// Decides which element a heading names (remembered per alias table, as headings repeat from check to check).
export function matchHeading(heading: string, aliases: CompiledAlias[]): ElementDef | undefined {
  let memo = matches.get(aliases);
  if (!memo) {
    memo = new Map();
    matches.set(aliases, memo);
  }
  if (memo.has(heading)) return memo.get(heading);
  const element = findElement(heading, aliases);
  if (memo.size >= MATCH_MEMO_LIMIT) memo.clear();
  memo.set(heading, element);
  return element;
}

// The alias found earliest on word boundaries wins ("Purpose of the group for participants" is the
// purpose, not the composition), then the longest at that place.
function findElement(heading: string, aliases: CompiledAlias[]): ElementDef | undefined {
  const words = ` ${normaliseWords(heading)} `;
  if (words.trim() === '') return undefined;
  let best: { element: ElementDef; len: number; at: number } | undefined;
  for (const alias of aliases) {
    const at = words.indexOf(` ${alias.words} `);
    if (at === -1) continue;
    const len = alias.words.length;
    if (!best || at < best.at || (at === best.at && len > best.len)) best = { element: alias.element, len, at };
  }
  if (best) return best.element;
  // Questions such as "Why form a support group?" name the purpose; "Who will be in the group?" the composition.
  const q = words.trim();
  if (!QUESTION_WORDS.test(q)) return undefined;
  const byId = (id: string): ElementDef | undefined => aliases.find((a) => a.element.id === id)?.element;
  if (/\b(why|reason)\b/.test(q)) return byId('purpose');
  if (/^who\b/.test(q)) return byId('composition') ?? byId('membership');
  return undefined;
}
