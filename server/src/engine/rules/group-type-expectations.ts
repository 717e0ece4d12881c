import { defineRule } from '../rule';
import { TYPE_NEEDS, type TypeNeed } from '../norms/cues';
import { negatedAt, normaliseStatement } from '../norms/detect';
import { appendToSection } from '../norms/edit';
import { planAnchor } from '../edits';
import { GROUP_TYPE_WORDS, type GroupType, type Plan } from '../plan';
import type { Report, TextRange } from '../types';

const needMessage = (type: GroupType, need: TypeNeed, words?: string): string =>
  words === undefined
    ? `The plan is for ${GROUP_TYPE_WORDS[type]} but does not address ${need.expected}.`
    : `The plan reads as ${GROUP_TYPE_WORDS[type]} ("${words}") but does not address ${need.expected}.`;

// The source range of a front-matter key's value (or the key), for pointing at `type:` or `sessions:`.
function keyRange(plan: Plan, keys: string[]): TextRange | undefined {
  const fm = plan.frontMatter;
  if (!fm) return undefined;
  for (const key of keys) {
    const m = new RegExp(`^([ \\t]*${key}[ \\t]*:[ \\t]*)((?:[^\\s].*)?)$`, 'm').exec(fm.raw);
    if (m) {
      const start = fm.contentStart + m.index + m[1].length;
      return { start, end: start + m[2].trimEnd().length };
    }
  }
  return undefined;
}

// The whole text the needs are looked for in: the plan's paragraphs, list items and table rows.
function planProse(plan: Plan): string {
  return normaliseStatement(
    plan.blocks
      .filter((b) => b.kind === 'paragraph' || b.kind === 'listItem' || b.kind === 'tableRow')
      .map((b) => b.mapped.text)
      .join('\n'),
    200_000,
  );
}

const WORDS = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

// Inconsistencies between the declared type and the declared sessions and size.
function inconsistencies(plan: Plan, type: GroupType, prose: string): { message: string; on: 'type' | 'sessions' | 'size'; better?: GroupType }[] {
  const { sessions, size } = plan.meta;
  const out: ReturnType<typeof inconsistencies> = [];
  if (type === 'single-session' && sessions !== undefined && sessions > 1)
    out.push({ on: 'sessions', message: `The plan declares a single-session group but ${sessions} sessions. A single-session group meets once; with ${sessions} meetings it is ${sessions <= 12 ? 'short-term' : 'classic'}.`, better: sessions <= 12 ? 'short-term' : 'classic' });
  if (type === 'short-term' && sessions !== undefined && sessions > 12)
    out.push({ on: 'sessions', message: `The plan declares a short-term group but ${sessions} sessions. A short-term group meets about two to twelve times; ${sessions} meetings make a long-term (classic) group.`, better: 'classic' });
  if (type === 'short-term' && sessions === 1)
    out.push({ on: 'sessions', message: 'The plan declares a short-term group but one session. A group that meets once is a single-session group.', better: 'single-session' });
  if (type === 'classic' && sessions !== undefined && sessions <= 12)
    out.push({ on: 'sessions', message: `The plan declares a classic (long-term) group but ${sessions === 1 ? 'one session' : `${sessions} sessions`}. A classic group meets over many months; ${sessions === 1 ? 'one meeting makes a single-session group' : `${WORDS[sessions] ?? sessions} meetings make a short-term group`}.`, better: sessions === 1 ? 'single-session' : 'short-term' });
  if (type === 'very-large' && size !== undefined && size < 15)
    out.push({ on: 'size', message: `The plan declares a very large group but a size of ${size}. A very large group has about fifteen members or more, enough for three or four small working groups.` });
  if ((type === 'classic' || type === 'short-term' || type === 'single-session') && size !== undefined && size >= 15)
    out.push({ on: 'size', message: `The plan declares ${GROUP_TYPE_WORDS[type]} of ${size} members. At about fifteen or more a group is very large and needs small working groups so that every member has a real say.`, better: 'very-large' });
  const closed = CLOSED.exec(prose);
  if (type === 'open-ended' && closed && !negatedAt(prose, closed.index))
    out.push({ on: 'type', message: `The plan declares an open-ended group but says "${closed[0]}". An open-ended group lets members come and go; a closed group is short-term or classic.` });
  const open = OPEN.exec(prose);
  if ((type === 'classic' || type === 'short-term') && open && !negatedAt(prose, open.index))
    out.push({ on: 'type', message: `The plan declares ${GROUP_TYPE_WORDS[type]} but says "${open[0]}". A group whose members change from meeting to meeting is open-ended.`, better: 'open-ended' });
  return out;
}

// What says a group is closed, or open to newcomers at any meeting.
const CLOSED = /\b(?:closed group|closed membership|no new members|not (?:open|accepting) (?:to )?new members)\b/;
const OPEN = /\b(?:drop[- ]in|new members (?:can|may) join (?:at )?any|join at any (?:time|meeting|session)|open to new members (?:at any|each|every))\b/;

const PLAN = (fm: string, body: string): string => `---\ngroupplan: true\n${fm}---\n\n# Plan\n\n${body}`;

export default defineRule({
  meta: {
    id: 'group-type-expectations',
    description: 'The plan does not address what its declared group type needs, or its sessions and size do not fit the type.',
    defaultSeverity: 'warning',
    fixable: true,
    explanation:
      'Each kind of group asks something particular of its plan. A single-session group needs a purpose it can reach in one meeting, a quick way for members to find common ground, and a worker who uses authority lightly. A short-term group (about two to twelve meetings) must build a sense of "we" fast and aim for what it can realistically achieve. An open-ended group, whose members change from meeting to meeting, needs a way to welcome and orient newcomers, meetings that each stand on their own, and a purpose restated as people come and go. A very large group (about fifteen or more) needs small working groups and a way for every member to have a real say. The rule reads `type`, `sessions` and `size` from the front matter. A plan that declares no type (a Word or text submission has no front matter) is held to the type its own words imply: its size ("up to 30 members"), "one meeting", "drop-in", or how many times it meets ("eight weekly sessions"); the message quotes those words. The fix adds a sentence, in our words, for you to adapt.',
    source: 'Steinberg 2014, ch. 10 to 13',
    examples: [
      {
        title: 'An open-ended group with no word on newcomers',
        text: PLAN('type: open-ended\n', '## Structure\n\nA drop-in group every Thursday. Each meeting stands on its own, and the worker restates the purpose at the start of every meeting.\n'),
        messages: [needMessage('open-ended', TYPE_NEEDS['open-ended'][0])],
        fixed: PLAN('type: open-ended\n', `## Structure\n\nA drop-in group every Thursday. Each meeting stands on its own, and the worker restates the purpose at the start of every meeting.\n\n${TYPE_NEEDS['open-ended'][0].suggestion}\n`),
      },
      {
        title: 'A single-session group with eight sessions',
        text: PLAN('type: single-session\nsessions: 8\n', '## Purpose\n\nIn this one meeting members find their common ground and leave with ideas from one another. The worker keeps a light touch and steps back.\n'),
        messages: ['The plan declares a single-session group but 8 sessions. A single-session group meets once; with 8 meetings it is short-term.'],
        fixed: PLAN('type: short-term\nsessions: 8\n', '## Purpose\n\nIn this one meeting members find their common ground and leave with ideas from one another. The worker keeps a light touch and steps back.\n'),
      },
      {
        title: 'No type declared: the plan is held to the type its own words imply',
        text: PLAN('', '## Structure\n\nWe meet for eight weekly sessions. From the first meeting members build a sense of "we" together, and we aim for what we can realistically achieve in eight weeks.\n\n## Content\n\nMembers choose the topics.\n'),
        messages: [],
      },
      {
        title: 'No type declared, and eight weekly sessions with nothing on building a "we" quickly',
        text: PLAN('', '## Structure\n\nWe meet for eight weekly sessions. We aim for what we can realistically achieve in eight weeks.\n'),
        messages: [needMessage('short-term', TYPE_NEEDS['short-term'][0], 'eight weekly sessions')],
        fixed: PLAN('', `## Structure\n\nWe meet for eight weekly sessions. We aim for what we can realistically achieve in eight weeks.\n\n${TYPE_NEEDS['short-term'][0].suggestion}\n`),
      },
      {
        title: 'A very large group that plans small groups and a say for everyone',
        text: PLAN('type: very-large\nsize: 30\n', '## Structure\n\nThe thirty members break into small groups of six, and each small group reports back to the whole group.\n'),
        messages: [],
      },
    ],
  },
  check({ plan, report }) {
    // A plan that declares no type is held to the type its own words imply (a Word or text plan has
    // no front matter); the declared sessions and size are checked against a declared type only.
    const inferred = plan.meta.type ? undefined : plan.meta.inferred;
    const type = plan.meta.type ?? inferred?.type;
    if (!type) return;
    const typeRange = keyRange(plan, ['type', 'group-type', 'groupType']) ?? planAnchor(plan);
    const prose = planProse(plan);
    for (const inc of inferred ? [] : inconsistencies(plan, type, prose)) {
      const r: Report = { range: keyRange(plan, inc.on === 'sessions' ? ['sessions', 'number-of-sessions', 'meetings'] : inc.on === 'size' ? ['size', 'group-size', 'members'] : ['type']) ?? typeRange, message: inc.message };
      if (inc.better) {
        const t = keyRange(plan, ['type', 'group-type', 'groupType']);
        if (t) r.fix = { title: `Change the type to ${inc.better}`, edits: [{ range: [t.start, t.end], text: inc.better }] };
      }
      report(r);
    }
    for (const need of TYPE_NEEDS[type] ?? []) {
      const found = need.cues.some((c) => new RegExp(c, 'i').test(prose));
      if (found) continue;
      const section = plan.element(need.element) ?? plan.element('structure') ?? plan.element('content') ?? plan.element('purpose');
      report({
        range: typeRange,
        message: needMessage(type, need, inferred?.words),
        fix: section ? { title: 'Add a sentence to adapt', edits: [appendToSection(plan, section, need.suggestion)] } : undefined,
      });
    }
  },
});
