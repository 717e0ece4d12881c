// Builds the plan model from a parsed document and a template: sections, metadata, purpose, norms.
import { readFrontMatter, type Block, type ParsedDocument } from './parse';
import { compileAliases, matchHeading, type ElementDef, type Template } from './elements';
import { splitSentences, toSourceRange, type MappedText, type Sentence } from './text';
import type { TextRange } from './types';
import { readDirectives, type Directive } from './directives';
import { LOCATE_BLOCKS, purposeSentenceChance } from './learn/locate';
import type { LinearModel } from './learn/model';
import { learnedNorms } from './learn/verdicts';

export const GROUP_TYPES = ['classic', 'single-session', 'short-term', 'open-ended', 'very-large'] as const;
export type GroupType = (typeof GROUP_TYPES)[number];
/** Each group type in words, for messages: "a short-term group". */
export const GROUP_TYPE_WORDS: Record<GroupType, string> = {
  classic: 'a classic (long-term, closed) group',
  'single-session': 'a single-session group',
  'short-term': 'a short-term group',
  'open-ended': 'an open-ended group',
  'very-large': 'a very large group',
};

export interface Section {
  /** Undefined for the text before the first heading. */
  heading?: Block;
  title: string;
  element?: ElementDef;
  depth: number;
  /** From the heading (or document start) to the next heading that ends it. */
  range: TextRange;
  /** The section's own blocks, not counting sub-sections that are elements of their own. */
  blocks: Block[];
}

export interface PlanMeta {
  declared: boolean;
  title?: string;
  type?: GroupType;
  /** The type as written, when it is not one of GROUP_TYPES. */
  typeUnknown?: string;
  sessions?: number;
  sessionMinutes?: number;
  size?: number;
  /** With no type declared: the type the plan's own words imply, and the words that imply it. */
  inferred?: { type: GroupType; words: string };
}

export interface PurposeStatement {
  text: string;
  range: TextRange;
  sentences: Sentence[];
  /** Where it was found: its own section, front matter, an inline label ("Purpose: …", a table row) or a "The purpose of this group is …" sentence. */
  from: 'section' | 'front-matter' | 'label' | 'sentence';
  section?: Section;
  /** The blocks that hold the statement, with their mapping to the source. */
  parts: { mapped: MappedText; range: TextRange; sentences: Sentence[] }[];
}

export interface NormItem {
  text: string;
  range: TextRange;
  mapped: MappedText;
}

export interface NormsList {
  /** The Norms section, or, for norms under an inline label, the section the label stands in. */
  section: Section;
  items: NormItem[];
  /** The blocks the norms are read from: the section's, or those of the list under the label. */
  blocks: Block[];
  /** Norms under an inline label ("Ground rules:" and the list after it): the label. */
  label?: { text: string; range: TextRange };
  /** A list of ground rules with neither a Norms heading nor a label over it. */
  unlabelled?: true;
}

export interface Plan extends ParsedDocument {
  template: Template;
  meta: PlanMeta;
  sections: Section[];
  purpose?: PurposeStatement;
  /**
   * When no purpose is found: the sentence near the top that the purpose locator reads as nearest to
   * one, if it gives it NEAREST_PURPOSE or more (below the locator's own threshold, or it would be the
   * purpose). `purpose-missing` names it, so the writer sees which sentence came closest.
   */
  nearestPurpose?: { text: string; range: TextRange };
  norms?: NormsList;
  directives: Directive[];
  /** First section of each element id. */
  element(id: string): Section | undefined;
}

// Builds the plan model; cheap, runs on every check.
/** `models`: other learned models for the purpose locator and the norms (cross-validation folds); the shipped ones by default. */
export function buildPlan(doc: ParsedDocument, template: Template, models?: Record<string, LinearModel>): Plan {
  const sections = buildSections(doc, template);
  const byElement = new Map<string, Section>();
  for (const s of sections) if (s.element && !byElement.has(s.element.id)) byElement.set(s.element.id, s);
  const meta = readMeta(doc);
  if (!meta.type && meta.typeUnknown === undefined) Object.assign(meta, typeFromLabel(doc));
  if (!meta.type && meta.typeUnknown === undefined) meta.inferred = inferGroupType(doc, meta);
  const plan: Plan = {
    ...doc,
    template,
    meta,
    sections,
    directives: readDirectives(doc.comments, doc.text),
    element: (id) => byElement.get(id),
  };
  plan.purpose = findPurpose(plan, models);
  plan.norms = findNorms(plan, models);
  return plan;
}

function buildSections(doc: ParsedDocument, template: Template): Section[] {
  const aliases = compileAliases(template);
  const sections: Section[] = [];
  const bodyStart = doc.frontMatter?.range.end ?? 0;
  let current: Section = { title: '', depth: 0, range: { start: bodyStart, end: doc.text.length }, blocks: [] };
  // Open sections by depth, so a sub-heading that is not an element stays inside its parent.
  const open: Section[] = [];
  sections.push(current);
  for (const block of doc.blocks) {
    if (block.kind !== 'heading') {
      current.blocks.push(block);
      continue;
    }
    const element = matchHeading(block.mapped.text, aliases);
    while (open.length > 0 && open[open.length - 1].depth >= block.depth) open.pop();
    const parent = open[open.length - 1];
    const section: Section = { heading: block, title: block.mapped.text.trim(), element, depth: block.depth, range: { start: block.range.start, end: doc.text.length }, blocks: [] };
    open.push(section);
    sections.push(section);
    // A plain sub-heading inside an element section keeps adding to the parent's blocks.
    current = !element && parent?.element ? parent : section;
    if (current === parent) parent.blocks.push(block);
  }
  // A section ends where the next heading of the same or a higher level starts.
  for (let i = 0; i < sections.length; i++) {
    const s = sections[i];
    if (!s.heading) {
      const next = sections[i + 1];
      s.range.end = next?.heading ? next.heading.range.start : doc.text.length;
      continue;
    }
    for (let j = i + 1; j < sections.length; j++) {
      const h = sections[j].heading;
      if (h && h.depth <= s.depth) {
        s.range.end = h.range.start;
        break;
      }
    }
  }
  return sections;
}

const TYPE_ALIASES: [RegExp, GroupType][] = [
  [/^(classic|long[- ]?term|closed|ongoing|traditional)$/, 'classic'],
  [/^single[- ]?session|^one[- ]?session|^one[- ]?time$/, 'single-session'],
  [/^short[- ]?term|^time[- ]?limited$/, 'short-term'],
  [/^open[- ]?(ended|membership)?$|^drop[- ]?in$/, 'open-ended'],
  [/^(very[- ]?)?large$|^very[- ]?large/, 'very-large'],
];

// Normalises a group type as people write it ("Open ended", "single session") to an id.
export function normaliseGroupType(value: string): GroupType | undefined {
  const lower = value.trim().toLowerCase();
  const v = (lower.endsWith('group') && /\s$/.test(lower.slice(0, -5)) ? lower.slice(0, -5).trimEnd() : lower).replace(/_/g, '-');
  for (const [re, type] of TYPE_ALIASES) if (re.test(v)) return type;
  return undefined;
}

// "Group type: short-term" (or "Type of group: …") as a line of the plan itself, near the top: how a
// plan written in Word, with no front matter, says what type of group it is.
const TYPE_LABEL = /^(?:group type|type of group)\s*[:\u2013\u2014-]\s*(.{1,40})$/i;
const TYPE_LABEL_BLOCKS = 30;

function typeFromLabel(doc: ParsedDocument): Pick<PlanMeta, 'type'> {
  for (const b of doc.blocks.slice(0, TYPE_LABEL_BLOCKS)) {
    const m = TYPE_LABEL.exec(b.mapped.text.trim());
    const type = m ? normaliseGroupType(m[1].replace(/[.;,]$/, '')) : undefined;
    if (type) return { type };
  }
  return {};
}

// What a plan's own words say about its type, for a plan that declares none (a Word or text
// submission has no front matter): its size, "one meeting", "drop-in", or how many times it meets.
// Read in the order the types are told apart: size first (a very large group can meet any number of
// times), then meeting once, then open membership, then the number of meetings.
const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, fourteen: 14, fifteen: 15, sixteen: 16, twenty: 20, thirty: 30 };
const NUM = `(\\d{1,3}|${Object.keys(NUMBER_WORDS).join('|')})`;
const SIZE_WORDS = new RegExp(`\\b(?:up to|a maximum of|at most|no more than|about|around|approximately)?\\s?${NUM}(?:\\s?(?:-|\u2013|to)\\s?${NUM})? (?:group )?(?:members|participants|people|students|clients|residents|parents|carers|caregivers|youth|adults)\\b`, 'gi');
const ONCE_WORDS = /\b(?:this|the|a|our) (?:one|single) (?:meeting|session)\b|\bsingle[- ]session\b|\bone[- ](?:time|off) (?:group|meeting|session|workshop)\b|\bmeets? (?:only )?once\b(?! (?:a|each|every|per)\b)/i;
const OPEN_WORDS = /\bdrop[- ]in\b|\bopen[- ]ended\b|\bnew members (?:may|can) join\b|\bjoin at any (?:time|meeting|session)\b/i;
const COUNT_WORDS = new RegExp(`\\b${NUM}[- ](?:weekly |fortnightly |monthly |consecutive |\\d{2,3}[- ]minute |(?:one|two)[- ]hour )?(?:sessions|meetings|weeks|week (?:group|program|programme|course|series))\\b|\\b(?:sessions|meetings)\\s?:\\s?${NUM}\\b|\\b(?:for|over) ${NUM} (?:weeks|months)\\b`, 'i');
const NEGATED_BEFORE = /\b(?:not|no|never|isn't|is not)\s+(?:an?\s+)?$/i;

// A count of people is the group's size when it is said as one ("up to 12 members", "a maximum of 20
// participants", "8 to 10 students per group"), not a count of a school's or a service's people ("Of
// the 800 students, …", "We see 15-25 students per school a year").
const SIZE_QUALIFIED = /^(?:up to|a maximum of|at most|no more than|between)\b/i;
const SIZE_NOUN_MEMBERS = /\b(?:group )?(?:members|participants)$/i;
const SIZE_FOLLOWED = /^\s*(?:per|in|for)\s+(?:the\s+|each\s+|a\s+|every\s+)?(?:group|session|meeting|circle)\b|^\s*(?:(?:will|can|may|usually|often|typically)\s+)?(?:be\s+)?(?:join|attend|participate|take part|meet|come|selected|invited|admitted)/i;
const POPULATION_AFTER = /^\s*(?:per|a|each|every)\s+(?:school|year|semester|term|month|week|county|district)\b|^\s*(?:are|were)\s+(?:absent|suspended|enrolled|referred)\b|^\s*(?:in|at|across|of)\s+(?:the\s+)?(?:school|district|county|state|country|city|community|university|college|campus|program|programme)\b/i;
function aboutTheGroup(text: string, m: RegExpMatchArray): boolean {
  const words = m[0].trim();
  const at = m.index ?? 0;
  const after = text.slice(at + m[0].length, at + m[0].length + 40);
  const before = text.slice(Math.max(0, at - 30), at);
  if (POPULATION_AFTER.test(after) || /\bof the\s*$/i.test(before)) return false;
  return SIZE_QUALIFIED.test(words) || SIZE_NOUN_MEMBERS.test(words) || SIZE_FOLLOWED.test(after) || /\bgroups? of\s*$|\bbetween\s+\S+\s+and\s*$/i.test(before);
}

const numberOf = (w: string | undefined): number | undefined => (w === undefined ? undefined : /^\d/.test(w) ? Number(w) : NUMBER_WORDS[w.toLowerCase()]);

function inferGroupType(doc: ParsedDocument, meta: PlanMeta): PlanMeta['inferred'] {
  const text = doc.blocks
    .filter((b) => b.kind === 'paragraph' || b.kind === 'listItem' || b.kind === 'tableRow' || b.kind === 'heading')
    .map((b) => b.mapped.text)
    .join('\n')
    .slice(0, 20_000);
  const said = (re: RegExp): string | undefined => {
    const m = re.exec(text);
    return m && !NEGATED_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index)) ? m[0].trim() : undefined;
  };
  let largest: { n: number; words: string } | undefined;
  for (const m of text.matchAll(SIZE_WORDS)) {
    if (!aboutTheGroup(text, m)) continue;
    const n = Math.max(numberOf(m[1]) ?? 0, numberOf(m[2]) ?? 0);
    if (!largest || n > largest.n) largest = { n, words: m[0].trim() };
  }
  const size = meta.size ?? largest?.n;
  if (size !== undefined && size >= 15) return { type: 'very-large', words: meta.size !== undefined ? `size: ${meta.size}` : largest!.words };
  if (meta.sessions === 1) return { type: 'single-session', words: 'sessions: 1' };
  const once = said(ONCE_WORDS);
  if (once) return { type: 'single-session', words: once };
  const open = said(OPEN_WORDS);
  if (open) return { type: 'open-ended', words: open };
  const count = COUNT_WORDS.exec(text);
  const counted = count ? (numberOf(count[1] ?? count[2] ?? count[3]) ?? 0) * (/months/i.test(count[0]) ? 4 : 1) : undefined;
  const sessions = meta.sessions ?? counted;
  if (sessions === undefined || sessions < 1) return undefined;
  const words = meta.sessions !== undefined ? `sessions: ${meta.sessions}` : count![0].trim();
  return { type: sessions === 1 ? 'single-session' : sessions <= 12 ? 'short-term' : 'classic', words };
}

function readMeta(doc: ParsedDocument): PlanMeta {
  const data = doc.frontMatter?.data ?? {};
  const meta: PlanMeta = { declared: isPlanMarker(data) };
  const get = (...keys: string[]): unknown => {
    for (const k of keys) if (data[k] !== undefined && data[k] !== null) return data[k];
    const nested = data.groupplan;
    if (nested && typeof nested === 'object') for (const k of keys) if ((nested as Record<string, unknown>)[k] != null) return (nested as Record<string, unknown>)[k];
    return undefined;
  };
  const title = get('title');
  if (typeof title === 'string') meta.title = title;
  const type = get('type', 'group-type', 'groupType');
  if (typeof type === 'string' && type.trim()) {
    meta.type = normaliseGroupType(type);
    if (!meta.type) meta.typeUnknown = type;
  }
  meta.sessions = toNumber(get('sessions', 'number-of-sessions', 'meetings'));
  meta.size = toNumber(get('size', 'group-size', 'members'));
  const length = get('session-length', 'sessionLength', 'length');
  meta.sessionMinutes = typeof length === 'number' ? length : typeof length === 'string' ? toMinutes(length) : undefined;
  return meta;
}

/** True when front matter says the document is a group plan: `groupplan: true` or a `groupplan:` map. */
export function isPlanMarker(data: Record<string, unknown>): boolean {
  const v = data.groupplan;
  return v === true || (typeof v === 'object' && v !== null) || v === 'true' || v === 'yes';
}

function toNumber(v: unknown): number | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string') {
    const m = /\d+/.exec(v);
    if (m) return Number(m[0]);
  }
  return undefined;
}

function toMinutes(s: string): number | undefined {
  const m = /(\d+(?:\.\d+)?)\s*(h|hour|hr|min|minute)?/i.exec(s);
  if (!m) return undefined;
  const n = Number(m[1]);
  return m[2] && /^h/i.test(m[2]) ? n * 60 : n;
}

// "The purpose of this group is …", "The main aims of our parents' support group are …": the group's
// own purpose, never that of a paper, a proposal or a session step (domain brief section 3).
// Also "The goal is for members to …", "Our aim is to …", "The goal of each meeting is to …": a goal
// said outright, for the members or the meetings, not for a session step.
const PURPOSE_SENTENCE = /\b(?:the\s+)?(?:main\s+|primary\s+|overall\s+|general\s+)?(?:purpose|aim|goal|mission|objective)s?\s+of\s+(?:this|the|our|a|these|each)\s+(?:[\w'\u2019-]+\s+){0,4}?(?:group|groups)\s+(?:is|are|will\s+be|would\s+be)\b|(?<=^|[.!?]\s{1,20})(?:the|our)\s+(?:main\s+|primary\s+|overall\s+)?(?:purpose|aim|goal|mission)\s+(?:of\s+(?:each|every|our|these|the)\s+(?:meeting|meetings|gathering|gatherings)\s+)?is\s+(?:for\s+(?:members|participants|everyone|us)\s+)?to\b|\bthe\s+(?:main\s+|primary\s+)?focus\s+of\s+(?:this|the|our)\s+(?:[\w'\u2019-]+\s+){0,4}?groups?\s+(?:is|will\s+be)\s+(?:to|on)\b|\bit\s+is\s+our\s+(?:main\s+|primary\s+)?(?:purpose|aim|goal|mission)\s+to\b/i;
// A sentence that says what the group is for without the word "purpose", near the top: "This group is
// designed to …", "The group focuses on …", "… is a twelve-week program designed to support …",
// "an educational group for males …, aiming to educate …". Only where no purpose sentence is found.
// Not "course" or "class": in a student's proposal those are the course the student is taking.
const GROUP_NOUN = String.raw`(?:group|groups|program|programme|programs|programmes|circle|workshop|series|meetings?)`;
// "The group we are proposing …", "The small group that is being proposed …": a short clause after the
// group's noun that says it is this writer's group.
const PROPOSED = String.raw`(?:\s+(?:that|which)\s+(?:is|are|will\s+be)\s+(?:being\s+)?(?:proposed|offered|planned|run|led)|\s+(?:we|I)\s+(?:are\s+|am\s+|will\s+be\s+)?(?:proposing|offering|planning|running|leading|propose|offer|plan|run|lead|will\s+(?:run|lead|offer)))?`;
const DESCRIPTION_SENTENCE = new RegExp(
  String.raw`\b(?:this|the|our|each)\s+(?:[\w'’-]+\s+){0,4}?${GROUP_NOUN}${PROPOSED}\s+(?:is\s+|are\s+|was\s+|will\s+(?:be\s+)?)?(?:designed|intended|meant|aimed|created|formed|structured|organi[sz]ed)\s+(?:to|for)\b` +
    String.raw`|\b(?:this|the|our|each)\s+(?:[\w'’-]+\s+){0,4}?${GROUP_NOUN}${PROPOSED}\s+(?:will\s+|also\s+)?(?:aims?|seeks?|exists?|strives?|works?)\s+to\b` +
    String.raw`|\b(?:this|the|our)\s+(?:[\w'’-]+\s+){0,4}?${GROUP_NOUN}${PROPOSED}\s+(?:will\s+(?:be\s+)?|is\s+|are\s+)?(?:focus(?:es|ed)?|cent(?:er|re)(?:s|d|ed)?)\s+on\b` +
    String.raw`|\b(?:is|are)\s+(?:a|an)\s+(?:[\w'’-]+\s+){0,5}?${GROUP_NOUN}\s+(?:(?:that\s+is\s+|which\s+is\s+)?(?:designed|intended|aimed|aiming|meant)\s+(?:to|at)|for\s+[\w'’-]+(?:\s+[\w'’-]+){0,12}?\s+(?:who|to|that|aiming|aimed)|(?:that|which)\s+(?:focus(?:es)?|centers?|centres?)\s+on)\b` +
    // "The distress tolerance group is a safe, confidential space where …", "Our supportive groups
    // provide an environment in which …", "The … Group is a unique service that offers … an opportunity to".
    String.raw`|(?:\b(?:this|the|our|these)\s+(?:[\w'’-]+\s+){0,4}?${GROUP_NOUN}\s+(?:is|are|(?:will\s+)?(?:also\s+)?(?:provides?|offers?|creates?|gives?))|(?<=^|[.!?]\s{1,20})an?\s+(?:[\w'’-]+\s+){0,3}?group\s+(?:provides|offers|creates|gives))\s+(?:(?:a|an)\s+)?(?:[\w'’-]+,?\s+){0,6}?(?:space|place|environment|forum|setting|opportunity|opportunities|chance)\s+(?:where|for|to|in\s+which|that)\b` +
    String.raw`|\b(?:this|the|our)\s+(?:[\w'’-]+\s+){0,4}?${GROUP_NOUN}\s+is\s+(?:a|an)\s+(?:[\w'’-]+\s+){0,3}?(?:service|resource)\s+(?:that|which)\s+(?:offers|provides|gives)\b` +
    // The writer's own reason for starting the group: "I decided to create an anxiety group to …".
    String.raw`|\b(?:I|we)\s+(?:have\s+)?(?:decided|chose|want(?:ed)?|plan(?:ned)?|hope|intend(?:ed)?)\s+to\s+(?:create|start|form|run|offer|lead|set\s+up)\s+(?:a|an|this)\s+(?:[\w'’-]+\s+){0,3}?group\s+(?:to|so\s+that)\b`,
  'i',
);
const DESCRIPTION_SENTENCE_BLOCKS = 15;
// A description says what the group is for over a few sentences ("Our groups provide an environment in
// which … Members gain strength from sharing …"), so the sentences after it in its paragraph count too.
const DESCRIPTION_SENTENCES = 3;
/** How far into a document a purpose sentence still counts as the plan's (in paragraphs and list items). */
const PURPOSE_SENTENCE_BLOCKS = 40;
// An inline label at the start of a paragraph, list item or table row: "Purpose:", "**Group goals:**",
// "II. Aims:", or a row's first cell. Short (a label, not a sentence that mentions a purpose).
const INLINE_LABEL = /^\s*(?:(?:[IVXivx]{1,4}|\d{1,2}|[A-Za-z])[.)]\s+)?([A-Za-z][\w'\u2019/&,() -]{1,48}?)\s*(?::|\s\|\s|\s[\u2013\u2014-]\s)\s*/;
const MAX_LABEL_WORDS = 6;
const MAX_LABEL_ITEMS = 12;

/** How a purpose rewrite marks the student's earlier statement, which it keeps below the new one. */
export const EARLIER_DRAFT = 'Earlier draft:';
const EARLIER = /^\s*earlier draft\s*:/i;

function findPurpose(plan: Plan, models?: Record<string, LinearModel>): PurposeStatement | undefined {
  const section = plan.element('purpose');
  if (section) {
    // An earlier draft kept by a rewrite is the student's record, not the purpose.
    const blocks = section.blocks.filter((b) => (b.kind === 'paragraph' || b.kind === 'listItem' || b.kind === 'tableRow') && b.mapped.text.trim() && !EARLIER.test(b.mapped.text));
    if (blocks.length > 0) return purposeFrom(blocks, 'section', section);
  }
  const fmPurpose = plan.frontMatter?.data.purpose;
  if (typeof fmPurpose === 'string' && fmPurpose.trim() && plan.frontMatter) {
    const fm = plan.frontMatter;
    const idx = fm.raw.indexOf(fmPurpose.trim().slice(0, 20));
    const start = fm.contentStart + Math.max(0, idx);
    const mapped: MappedText = { text: fmPurpose.trim(), segments: [{ plain: 0, source: start, length: fmPurpose.trim().length }] };
    const sentences = splitSentences(mapped);
    return { text: mapped.text, range: { start, end: start + mapped.text.length }, sentences, from: 'front-matter', parts: [{ mapped, range: { start, end: start + mapped.text.length }, sentences }] };
  }
  if (section) return undefined;
  return (
    labelledPurpose(plan) ??
    purposeSentence(plan) ??
    purposeSentence(plan, DESCRIPTION_SENTENCE, DESCRIPTION_SENTENCE_BLOCKS, DESCRIPTION_SENTENCES) ??
    labelledPurpose(plan, (label) => DESCRIPTION_HEADING.test(label.trim())) ??
    describedPurpose(plan) ??
    introducedList(plan) ??
    goalList(plan) ??
    learnedPurpose(plan, models)
  );
}

// Where a plan describes its group without naming a purpose, the description says what the group is
// for, and that is what a reader (and the purpose rules) judge: a "Group overview", "Small Group
// Counseling Description" or "What is the … group?" heading or label. Tried only when nothing above
// names a purpose. A session's or a topic's summary is not one ("Session summary").
const DESCRIPTION_HEADING = /^(?:(?:small\s+)?group(?:\s+counsell?ing)?\s+|program(?:me)?\s+)?(?:description|overview|summary)(?:\s+of\s+(?:the\s+|this\s+)?(?:group|program|programme))?\s*:?$|^about\s+(?:the|this|our)\s+(?:[\w'\u2019-]+\s+){0,3}?(?:group|program|programme)\b|^what\s+is\b.{0,80}\b(?:group|program|programme|course|circle)\b/i;
/** Paragraphs and list items a description section gives the purpose, at most. */
const DESCRIPTION_BLOCKS = 3;

function describedPurpose(plan: Plan): PurposeStatement | undefined {
  const section = plan.sections.find((s) => s.heading && DESCRIPTION_HEADING.test(s.title));
  if (!section) return undefined;
  const blocks = section.blocks.filter((b) => (b.kind === 'paragraph' || b.kind === 'listItem' || b.kind === 'tableRow') && b.mapped.text.trim()).slice(0, DESCRIPTION_BLOCKS);
  return blocks.length ? statementOf(blocks.map((b) => ({ mapped: b.mapped, range: b.range })), 'label') : undefined;
}

// A paragraph that names the group's purposes or aims and ends with a colon, then the list it
// introduces: "… a strong sense of the meetings' purposes. The main ones are usually some combination
// of:" and its items. Not a paper's or a session's aims.
const INTRODUCES_AIMS = /\b(?:purpose|aim|goal|objective)s?\b/i;
const NOT_THE_GROUPS = /\b(?:paper|essay|proposal|assignment|report|article|study|session|activity|exercise|lesson)\b/i;

function introducedList(plan: Plan): PurposeStatement | undefined {
  const blocks = plan.blocks;
  for (let i = 0, seen = 0; i < blocks.length && seen < PURPOSE_SENTENCE_BLOCKS; i++) {
    const b = blocks[i];
    if (b.kind !== 'paragraph' && b.kind !== 'listItem') continue;
    seen++;
    const text = b.mapped.text.trim();
    if (b.kind !== 'paragraph' || !text.endsWith(':')) continue;
    const last = splitSentences(b.mapped).filter((x) => x.text.trim()).slice(-2).map((x) => x.text).join(' ');
    if (!INTRODUCES_AIMS.test(last) || NOT_THE_GROUPS.test(last)) continue;
    const items = listAfter(plan, i);
    if (items) return items;
  }
  return undefined;
}

// What a label standing alone at block `at` introduces: the list items right after it (at most `max`,
// empty ones skipped), or the one paragraph after it when no list follows.
function introducedBlocks(blocks: Block[], at: number, max: number): Block[] {
  const out: Block[] = [];
  for (let j = at + 1; j < blocks.length && out.length < max; j++) {
    const next = blocks[j];
    if (next.kind !== 'listItem' && !(next.kind === 'paragraph' && out.length === 0)) break;
    if (next.mapped.text.trim()) out.push(next);
    if (next.kind === 'paragraph') break;
  }
  return out;
}

// The list items right after block `at` (at most MAX_LABEL_ITEMS), as the purpose statement they make.
function listAfter(plan: Plan, at: number): PurposeStatement | undefined {
  const blocks = plan.blocks;
  const items: Block[] = [];
  for (let j = at + 1; j < blocks.length && blocks[j].kind === 'listItem' && items.length < MAX_LABEL_ITEMS; j++) if (blocks[j].mapped.text.trim()) items.push(blocks[j]);
  return items.length ? statementOf(items.map((x) => ({ mapped: x.mapped, range: x.range })), 'label') : undefined;
}

/** How likely the locator must read a sentence as a purpose before `purpose-missing` names it as the nearest. */
export const NEAREST_PURPOSE = 0.5;

// Last, the learned locator (learn/locate.ts): the sentence near the top most likely to say what the
// group is for, when the model is sure enough, with the sentences beside it in its paragraph (or the
// list items beside it) that the model also reads as the purpose. When it is not sure enough of any,
// the likeliest sentence is kept as the plan's nearest to a purpose (at NEAREST_PURPOSE or more).
function learnedPurpose(plan: Plan, models?: Record<string, LinearModel>): PurposeStatement | undefined {
  type Read = { block: Block; sentence: Sentence; p: number; yes: boolean };
  const read: Read[] = [];
  let heading = '';
  let count = 0;
  // Not under a heading for another part of the plan: its norms, sessions or evaluation are that part's.
  const elsewhere = otherParts(plan);
  for (const b of plan.blocks) {
    if (b.kind === 'heading') {
      heading = b.mapped.text.trim();
      continue;
    }
    if (b.kind !== 'paragraph' && b.kind !== 'listItem' && b.kind !== 'tableRow') continue;
    if (++count > LOCATE_BLOCKS) break;
    if (elsewhere.has(b)) continue;
    for (const sentence of splitSentences(b.mapped)) {
      if (!sentence.text.trim()) continue;
      const chance = purposeSentenceChance(sentence.text, heading, count, models);
      if (!chance) return undefined;
      read.push({ block: b, sentence, p: chance.p, yes: chance.p >= chance.threshold });
    }
  }
  const best = read.reduce<Read | undefined>((a, r) => (r.yes && (!a || r.p > a.p) ? r : a), undefined);
  if (!best) {
    const near = read.reduce<Read | undefined>((a, r) => (r.p >= NEAREST_PURPOSE && (!a || r.p > a.p) ? r : a), undefined);
    if (near) plan.nearestPurpose = { text: near.sentence.text, range: toSourceRange(near.block.mapped, near.sentence.plainStart, near.sentence.plainEnd) };
    return undefined;
  }
  if (best.block.kind === 'paragraph') {
    const own = read.filter((r) => r.block === best.block);
    let from = own.indexOf(best);
    let to = from;
    while (from > 0 && own[from - 1].yes) from--;
    while (to < own.length - 1 && own[to + 1].yes) to++;
    const sentences = own.slice(from, to + 1).map((r) => r.sentence);
    const mapped = best.block.mapped;
    const first = sentences[0];
    const last = sentences[sentences.length - 1];
    const range = toSourceRange(mapped, first.plainStart, last.plainEnd);
    return { text: mapped.text.slice(first.plainStart, last.plainEnd), range, sentences, from: 'sentence', parts: [{ mapped, range, sentences }] };
  }
  // A list item or table row: with the items next to it that the model also reads as the purpose.
  const blocks = [...new Set(read.map((r) => r.block))];
  const isYes = (b: Block): boolean => b.kind === best.block.kind && read.some((r) => r.block === b && r.yes);
  let from = blocks.indexOf(best.block);
  let to = from;
  while (from > 0 && isYes(blocks[from - 1]) && to - from < MAX_LABEL_ITEMS - 1) from--;
  while (to < blocks.length - 1 && isYes(blocks[to + 1]) && to - from < MAX_LABEL_ITEMS - 1) to++;
  return statementOf(blocks.slice(from, to + 1).map((b) => ({ mapped: b.mapped, range: b.range })), 'label');
}

// A list of aims near the top with no label ("- To provide a safe place for us to share …", "- To
// learn healthy communication skills"): two or more items in a row that each start "To <verb>", not
// under a heading for another part of the plan (an evaluation's "To measure …").
const AIM_ITEM = /^\s*to\s+[a-z]+/i;
const GOAL_LIST_BLOCKS = 20;

// The blocks under headings for parts of the plan other than its purpose and the need it answers.
const otherParts = (plan: Plan): Set<Block> => new Set(plan.sections.filter((s) => s.element && s.element.id !== 'purpose' && s.element.id !== 'need').flatMap((s) => s.blocks));

function goalList(plan: Plan): PurposeStatement | undefined {
  const elsewhere = otherParts(plan);
  const early = plan.blocks.filter((b) => b.kind === 'paragraph' || b.kind === 'listItem').slice(0, GOAL_LIST_BLOCKS);
  for (let i = 0; i < early.length; i++) {
    const run: Block[] = [];
    for (let j = i; j < early.length && run.length < MAX_LABEL_ITEMS; j++) {
      const b = early[j];
      if (b.kind !== 'listItem' || elsewhere.has(b) || !AIM_ITEM.test(b.mapped.text)) break;
      run.push(b);
    }
    if (run.length >= 2) return statementOf(run.map((b) => ({ mapped: b.mapped, range: b.range })), 'label');
  }
  return undefined;
}

// A purpose given under an inline label ("**Purpose:** To help …", a "Purpose | …" table row), or a
// label on its own followed by a list ("Group objectives:" and its items).
function labelledPurpose(plan: Plan, names?: (label: string) => boolean): PurposeStatement | undefined {
  const aliases = compileAliases(plan.template);
  const blocks = plan.blocks;
  const named = names ?? ((label: string): boolean => matchHeading(label, aliases)?.id === 'purpose');
  const isPurposeLabel = (label: string): boolean => label.split(/\s+/).length <= MAX_LABEL_WORDS && !/^to\b/i.test(label) && named(label);
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.kind !== 'paragraph' && b.kind !== 'listItem' && b.kind !== 'tableRow') continue;
    // A label starts the block or one of its lines ("Group topic: …\nGoals for the group: …").
    const text = b.mapped.text;
    let found: { at: number; end: number } | undefined;
    for (let line = 0; line !== -1 && !found; line = text.indexOf('\n', line) === -1 ? -1 : text.indexOf('\n', line) + 1) {
      const m = INLINE_LABEL.exec(text.slice(line));
      if (m && isPurposeLabel(m[1].trim())) found = { at: line, end: line + m[0].length };
    }
    if (!found) continue;
    // The statement runs to the next labelled line, or to the end of the block.
    let stop = text.length;
    for (let nl = text.indexOf('\n', found.end); nl !== -1; nl = text.indexOf('\n', nl + 1)) {
      if (/^\s*[A-Z][\w '\u2019/&-]{1,40}:/.test(text.slice(nl + 1))) {
        stop = nl;
        break;
      }
    }
    const rest = sliceMapped(b.mapped, found.end, stop);
    if (rest.text.trim()) return statementOf([{ mapped: rest, range: toSourceRange(rest, 0, rest.text.length) }], 'label');
    // A label alone: the list items (or the paragraph) that follow it.
    const following = introducedBlocks(blocks, i, MAX_LABEL_ITEMS);
    if (following.length) return statementOf(following.map((x) => ({ mapped: x.mapped, range: x.range })), 'label');
  }
  return undefined;
}

// A "The purpose of this group is …" sentence near the top, with the sentences after it in its paragraph.
function purposeSentence(plan: Plan, pattern = PURPOSE_SENTENCE, within = PURPOSE_SENTENCE_BLOCKS, take = 1): PurposeStatement | undefined {
  const early = plan.blocks.filter((b) => b.kind === 'paragraph' || b.kind === 'listItem').slice(0, within);
  for (const block of early) {
    const m = pattern.exec(block.mapped.text);
    if (!m) continue;
    const sentences = splitSentences(block.mapped).filter((s) => s.plainEnd > m.index).slice(0, take);
    const first = sentences[0];
    if (!first) continue;
    const last = sentences[sentences.length - 1];
    const mapped = block.mapped;
    // "The goals of the group are:" closing its paragraph: the list it introduces is the statement.
    if (first.text.trim().endsWith(':') && mapped.text.slice(first.plainEnd).trim() === '') {
      const items = listAfter(plan, plan.blocks.indexOf(block));
      if (items) return items;
    }
    const range = toSourceRange(mapped, first.plainStart, last.plainEnd);
    const text = mapped.text.slice(first.plainStart, last.plainEnd);
    return { text, range, sentences, from: 'sentence', parts: [{ mapped, range, sentences }] };
  }
  return undefined;
}

function statementOf(parts: { mapped: MappedText; range: TextRange }[], from: 'label'): PurposeStatement {
  const withSentences = parts.map((p) => ({ ...p, sentences: splitSentences(p.mapped) }));
  return {
    text: parts.map((p) => p.mapped.text.trim()).join('\n\n'),
    range: { start: parts[0].range.start, end: parts[parts.length - 1].range.end },
    sentences: withSentences.flatMap((p) => p.sentences),
    from,
    parts: withSentences,
  };
}

// The part of a mapped text between two plain offsets, still mapped to the source.
function sliceMapped(mapped: MappedText, from: number, to = mapped.text.length): MappedText {
  const segments: MappedText['segments'] = [];
  for (const seg of mapped.segments) {
    const skip = Math.max(0, from - seg.plain);
    const length = Math.min(seg.length, to - seg.plain) - skip;
    if (length <= 0) continue;
    segments.push({ plain: seg.plain + skip - from, source: seg.source + skip, length });
  }
  return { text: mapped.text.slice(from, to), segments };
}

function purposeFrom(blocks: Block[], from: 'section', section: Section): PurposeStatement {
  const parts = blocks.map((b) => ({ mapped: b.mapped, range: b.range, sentences: splitSentences(b.mapped) }));
  return {
    text: blocks.map((b) => b.mapped.text.trim()).join('\n\n'),
    range: { start: blocks[0].range.start, end: blocks[blocks.length - 1].range.end },
    sentences: parts.flatMap((p) => p.sentences),
    from,
    section,
    parts,
  };
}

function findNorms(plan: Plan, models?: Record<string, LinearModel>): NormsList | undefined {
  const section = plan.element('norms');
  if (!section) return labelledNorms(plan) ?? unlabelledNorms(plan, models);
  return { section, items: normItems(section.blocks), blocks: section.blocks };
}

/** The fewest items, read as ground rules, that make a list with no heading or label the norms. */
const MIN_UNLABELLED_NORMS = 3;
/** Of the items from the first to the last read as a ground rule, the share that must be. */
const UNLABELLED_NORMS_SHARE = 0.6;
/** The most list items a plan's lists are read for unlabelled norms. */
const MAX_UNLABELLED_JUDGED = 400;

// A list of ground rules with no heading or label over it ("- Confidentiality – what is said in group
// stays in group. - No put-downs. …" after a paragraph about the group), where the plan has neither a
// Norms heading nor a label: the stretch of a list, outside every named part of the plan and its
// purpose and not an aim, not introduced by a sentence ending in a colon, whose items the norm models
// read as stating a norm (at least three, and most of them). The
// stretch with the most such items is taken.
function unlabelledNorms(plan: Plan, models?: Record<string, LinearModel>): NormsList | undefined {
  const inParts = new Set(plan.sections.filter((s) => s.element).flatMap((s) => s.blocks));
  const purpose = plan.purpose?.range;
  // Not an aim ("To allow grandparents to share …"): a list of aims is the purpose's, not the rules.
  const free = (b: Block): boolean =>
    b.kind === 'listItem' && !inParts.has(b) && !(purpose && b.range.start < purpose.end && b.range.end > purpose.start) && Boolean(b.mapped.text.trim()) && !AIM_ITEM.test(b.mapped.text);
  const isRule = (b: Block): boolean => {
    const read = learnedNorms(b.mapped.text.trim(), models);
    return read.norms.size > 0 || read.against !== undefined;
  };
  let best: Block[] | undefined;
  let bestRules = 0;
  let judged = 0;
  const blocks = plan.blocks;
  for (let i = 0; i < blocks.length; ) {
    if (!free(blocks[i])) {
      i++;
      continue;
    }
    // A list that a sentence ending in a colon introduces ("Additional benefits of the group are:") is
    // that sentence's, not the rules'.
    let at = i - 1;
    while (at >= 0 && blocks[at].kind === 'listItem') at--;
    const before = blocks[at];
    const introduced = before?.kind === 'paragraph' && before.mapped.text.trim().endsWith(':');
    const run: Block[] = [];
    while (i < blocks.length && free(blocks[i])) run.push(blocks[i++]);
    if (introduced) continue;
    // A long list is read no further than its first items, and a plan's lists no further than a set
    // number of items in all: the search stays small on any input.
    if (run.length > MAX_NORM_ITEMS * 2) run.length = MAX_NORM_ITEMS * 2;
    judged += run.length;
    if (judged > MAX_UNLABELLED_JUDGED) break;
    const rules = run.map(isRule);
    // Each stretch from a rule to a later rule, kept when enough of it reads as rules.
    for (let a = 0; a < run.length; a++) {
      if (!rules[a]) continue;
      let count = 0;
      for (let b = a; b < run.length; b++) {
        if (!rules[b]) continue;
        count++;
        if (count >= MIN_UNLABELLED_NORMS && count / (b - a + 1) >= UNLABELLED_NORMS_SHARE && count > bestRules) {
          best = run.slice(a, b + 1);
          bestRules = count;
        }
      }
    }
  }
  if (!best) return undefined;
  return { section: sectionOf(plan, best[0]), items: normItems(best), blocks: best, unlabelled: true };
}

// The section a block stands in (the first, for a block before any heading).
const sectionOf = (plan: Plan, block: Block): Section => plan.sections.find((s) => s.blocks.includes(block)) ?? plan.sections[0];

// Each list item or table row is one norm; a paragraph gives one per sentence.
function normItems(blocks: Block[]): NormItem[] {
  const items: NormItem[] = [];
  for (const b of blocks) {
    if (b.kind === 'listItem' || b.kind === 'tableRow') {
      if (b.mapped.text.trim()) items.push({ text: b.mapped.text.trim(), range: b.range, mapped: b.mapped });
    } else if (b.kind === 'paragraph') {
      for (const s of splitSentences(b.mapped)) items.push({ text: s.text, range: s.range, mapped: b.mapped });
    }
  }
  return items;
}

/** The most list items taken after a norms label. */
const MAX_NORM_ITEMS = 30;

// Norms under an inline label where the plan has no Norms heading: a paragraph that is only a label
// for the norms ("Ground Rules:", "Rules of the group:", "Norms:") and the list items after it, or the
// one paragraph after it when no list follows.
function labelledNorms(plan: Plan): NormsList | undefined {
  const aliases = compileAliases(plan.template);
  const blocks = plan.blocks;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.kind !== 'paragraph') continue;
    const text = b.mapped.text;
    const newline = text.indexOf('\n');
    const firstEnd = newline === -1 ? text.length : newline;
    const first = text.slice(0, firstEnd).trim();
    if (!first.endsWith(':')) continue;
    const m = INLINE_LABEL.exec(first);
    if (!m || m[0].trim().length !== first.length) continue;
    const label = m[1].trim();
    if (label.split(/\s+/).length > MAX_LABEL_WORDS || matchHeading(label, aliases)?.id !== 'norms') continue;
    const section = sectionOf(plan, b);
    // "Ground Rules:" with the rules on the lines below it, in the same paragraph: one norm per line.
    if (text.slice(firstEnd).trim()) {
      const items: NormItem[] = [];
      for (let at = firstEnd + 1; at < text.length; ) {
        const end = text.indexOf('\n', at) === -1 ? text.length : text.indexOf('\n', at);
        const line = sliceMapped(b.mapped, at, end);
        if (line.text.trim()) items.push({ text: line.text.trim(), range: toSourceRange(line, 0, line.text.length), mapped: line });
        at = end + 1;
      }
      if (items.length) return { section, items: items.slice(0, MAX_NORM_ITEMS), blocks: [b], label: { text: label, range: b.range } };
      continue;
    }
    const list = introducedBlocks(blocks, i, MAX_NORM_ITEMS);
    const items = normItems(list);
    if (!items.length) continue;
    return { section, items, blocks: list, label: { text: label, range: b.range } };
  }
  return undefined;
}

/** True when the text's front matter marks it as a group plan. */
export function declaresPlan(text: string): boolean {
  if (!/^\uFEFF?---/.test(text)) return false;
  const fm = readFrontMatter(text);
  return Boolean(fm && (isPlanMarker(fm.data) || (fm.error && /^groupplan\s*:/m.test(fm.raw))));
}
