// What a plan shows, criterion by criterion, as a fraction of the credit it earns before findings take
// points off (grading is "credit for evidence, then deductions": a criterion with nothing to check
// earns nothing). Pure: a checked plan in, fractions out. Unfilled template text never counts.
import type { Plan, Section } from '../plan';
import { planPurpose } from '../purpose/findings';
import { normsCoverage, sectionSentences } from '../norms/detect';
import { dynamicsCoverage } from '../dynamics';
import { findPlaceholders, ownWords } from '../placeholders';
import { readCues } from '../purpose/analyse';
import { MUTUAL_AID_NORM_IDS, NORMS } from '../norms/lexicon';

/** The kinds of evidence a rubric criterion can earn its points from. */
export const EVIDENCE_KINDS = ['purpose', 'norms', 'elements', 'process', 'evaluation', 'group-type'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];
export type Evidence = Record<EvidenceKind, number>;

/** How many recommended norms earn full credit for the norms criterion. */
export const NORMS_FOR_FULL_CREDIT = 6;
/** Fewer of a writer's own words than this in a section and it is not yet content. */
const MIN_WORDS = 8;
/** The meeting sections, where member-to-member work is described. */
const MEETING = ['structure', 'content', 'contract', 'environment'];

const words = (section: Section | undefined): number => (section ? section.blocks.reduce((n, b) => (b.kind === 'heading' ? n : n + ownWords(b.mapped)), 0) : 0);

/** The evidence a plan shows for each kind, each from 0 to 1. */
export function planEvidence(plan: Plan): Evidence {
  return {
    purpose: purposeEvidence(plan),
    norms: normsEvidence(plan),
    elements: elementsEvidence(plan),
    process: processEvidence(plan),
    evaluation: words(plan.element('evaluation')) >= MIN_WORDS ? 1 : 0,
    // Declared, full credit; implied by the plan's own words (how often it meets, its size), half.
    'group-type': plan.meta.type ? 1 : plan.meta.inferred ? 0.5 : 0,
  };
}

// The three parts of a common cause found in the statement (the shared situation, what members do for
// one another, the shared aim), plus one for a statement that passes: quarters of the credit. A
// statement with a template slot still empty earns nothing yet: the template's own wording ("brings
// together … so that they can …") is not the writer's.
function purposeEvidence(plan: Plan): number {
  if (!purposeFilled(plan)) return 0;
  const a = planPurpose(plan)?.analysis;
  if (!a) return 0;
  const parts = [a.scores.situation > 0 || a.who !== undefined, a.scores.mutual > 0, a.scores.aim > 0].filter(Boolean).length;
  return (parts + (a.verdict === 'common-cause' ? 1 : 0)) / 4;
}

const elementFilled = (plan: Plan, id: string): boolean => (id === 'purpose' ? purposeFilled(plan) : words(plan.element(id)) >= MIN_WORDS);

// A sentence in the meeting sections describes members working with one another.
const meetingsMutual = (plan: Plan): boolean => sectionSentences(plan, MEETING).some(({ sentence }) => readCues([{ text: sentence.text }]).scores.mutual > 0);

const purposeFilled = (plan: Plan): boolean => plan.purpose !== undefined && findPlaceholders(plan.purpose.text).length === 0 && ownWords(plan.purpose.text) >= 5;

// Recommended norms stated (the ten mutual-aid norms and confidentiality), up to the number that earns full credit.
function normsEvidence(plan: Plan): number {
  if (!plan.norms || plan.norms.items.length === 0) return 0;
  const stated = [...normsCoverage(plan).keys()].filter((id) => MUTUAL_AID_NORM_IDS.includes(id) || id === 'confidentiality');
  return Math.min(1, stated.length / NORMS_FOR_FULL_CREDIT);
}

// Required sections that hold the writer's own words (a heading alone earns nothing).
function elementsEvidence(plan: Plan): number {
  const required = plan.template.elements.filter((e) => e.required !== false);
  if (required.length === 0) return 1;
  return required.filter((e) => elementFilled(plan, e.id)).length / required.length;
}

// Sessions described with member-to-member work earn full credit; otherwise the dynamics the plan
// prepares earn up to half.
function processEvidence(plan: Plan): number {
  if (meetingsMutual(plan)) return 1;
  const planned = dynamicsCoverage(plan).filter((d) => d.addressed).length;
  return Math.min(0.5, planned / 6);
}


/** What a plan shows and still lacks for one kind of evidence, in words for the student. */
export interface EvidenceNote {
  /** What earned credit, as one sentence; absent when nothing did. */
  strength?: string;
  /** What would earn the rest, each an instruction ("Say in the purpose what members will do for one another."). */
  lacks: string[];
}

// "a, b and c"; items that may hold "and" or commas themselves (the norms' names) take "a; b; and c".
const listed = (xs: string[], sep = ', ', last = ' and '): string => (xs.length <= 1 ? xs.join('') : `${xs.slice(0, -1).join(sep)}${last}${xs[xs.length - 1]}`);
const quoted = (xs: string[]): string => listed(xs.map((x) => `"${x}"`));

/**
 * The same reading as `planEvidence`, said in words: for each kind, what earned credit and what would
 * earn the rest. Feedback builds its strengths and its "still to add" from this, so the two cannot
 * disagree with each other or with the score.
 */
export function evidenceNotes(plan: Plan): Record<EvidenceKind, EvidenceNote> {
  const inferred = plan.meta.inferred;
  return {
    purpose: purposeNote(plan),
    norms: normsNote(plan),
    elements: elementsNote(plan),
    process: processNote(plan),
    evaluation: elementFilled(plan, 'evaluation')
      ? { strength: 'The plan says, in your own words, how the group will be evaluated.', lacks: [] }
      : { lacks: ['Add an Evaluation section, in your own words, saying how members and the worker will judge together how the group worked and what it achieved.'] },
    'group-type': plan.meta.type
      ? { strength: `The group type is stated (${plan.meta.type}).`, lacks: [] }
      : inferred
        ? { strength: `The group type can be told from your words ("${inferred.words}": ${inferred.type}).`, lacks: [`State the type in a line near the top, such as "Group type: ${inferred.type}".`] }
        : { lacks: ['State the type of group in a line near the top, such as "Group type: short-term" (classic, single-session, short-term, open-ended or very large).'] },
  };
}

const PURPOSE_PARTS = ['the situation the members share', 'what members will do for one another', 'the aim they share'] as const;

function purposeNote(plan: Plan): EvidenceNote {
  if (!plan.purpose) return { lacks: ['Write a purpose statement, under a heading "Purpose".'] };
  const slots = findPlaceholders(plan.purpose.text);
  if (slots.length) return { lacks: [`Fill in the blanks left in the purpose (${quoted(slots.slice(0, 3).map((x) => x.text))}) with your own words.`] };
  if (ownWords(plan.purpose.text) < 5) return { lacks: ['Write the purpose as at least one full sentence.'] };
  const a = planPurpose(plan)?.analysis;
  if (!a) return { lacks: ['Write the purpose as full sentences the grader can read.'] };
  const found = [a.scores.situation > 0 || a.who !== undefined, a.scores.mutual > 0, a.scores.aim > 0];
  const named = PURPOSE_PARTS.filter((_, i) => found[i]);
  const cc = a.verdict === 'common-cause';
  const strength = named.length ? `Your purpose names ${listed(named)}${cc ? ', and reads as a common cause' : ''}.` : cc ? 'Your purpose reads as a common cause.' : undefined;
  const lacks = PURPOSE_PARTS.filter((_, i) => !found[i]).map((p) => `Say in the purpose ${p}.`);
  if (!cc) lacks.push('Make the purpose the group’s common cause rather than a list of topics, each member’s own goals or what the worker provides.');
  return { ...(strength ? { strength } : {}), lacks };
}

function normsNote(plan: Plan): EvidenceNote {
  if (!plan.norms || plan.norms.items.length === 0) return { lacks: [`Add a Norms section listing the norms the worker will name to members (${NORMS_FOR_FULL_CREDIT} of the recommended norms earn full marks).`] };
  const stated = [...normsCoverage(plan).keys()].filter((id) => MUTUAL_AID_NORM_IDS.includes(id) || id === 'confidentiality');
  const names = stated.map((id) => NORMS.find((n) => n.id === id)!.name);
  const more = NORMS_FOR_FULL_CREDIT - stated.length;
  return {
    ...(names.length ? { strength: `Your norms state ${listed(names, '; ', '; and ')}.` } : {}),
    lacks: more > 0 ? [`State ${more} more of the recommended norms (${NORMS_FOR_FULL_CREDIT} earn full marks).`] : [],
  };
}

function elementsNote(plan: Plan): EvidenceNote {
  const required = plan.template.elements.filter((e) => e.required !== false);
  const filled = new Set(required.filter((e) => elementFilled(plan, e.id)));
  const done = required.filter((e) => filled.has(e)).map((e) => e.title);
  const thin = required.filter((e) => !filled.has(e) && plan.element(e.id)).map((e) => e.title);
  const absent = required.filter((e) => !filled.has(e) && !plan.element(e.id)).map((e) => e.title);
  const lacks: string[] = [];
  if (thin.length) lacks.push(`Write more under ${quoted(thin)} in your own words (a section earns credit from about ${MIN_WORDS} words of your own; a heading alone, or blanks left to fill in, earn nothing).`);
  if (absent.length) lacks.push(`Add ${absent.length === 1 ? 'a section' : 'sections'} for ${quoted(absent)}.`);
  return { ...(done.length ? { strength: `${done.length} of ${required.length} parts of the plan ${done.length === 1 ? 'is' : 'are'} written: ${quoted(done)}.` } : {}), lacks };
}

function processNote(plan: Plan): EvidenceNote {
  if (meetingsMutual(plan)) return { strength: 'The meetings are described with members working with one another.', lacks: [] };
  const planned = dynamicsCoverage(plan).filter((d) => d.addressed);
  return {
    ...(planned.length ? { strength: `The plan prepares ${listed(planned.map((d) => d.name.toLowerCase()))}.` } : {}),
    lacks: ['Say in the Structure or Content section what members will do with one another in the meetings (for example, that they trade what has worked for them and try it out together).'],
  };
}
