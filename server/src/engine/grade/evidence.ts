// What a plan shows, criterion by criterion, as a fraction of the credit it earns before findings take
// points off (grading is "credit for evidence, then deductions": a criterion with nothing to check
// earns nothing). Pure: a checked plan in, fractions out. Unfilled template text never counts.
import type { Plan, Section } from '../plan';
import { planPurpose } from '../purpose/findings';
import { normsCoverage, sectionSentences } from '../norms/detect';
import { dynamicsCoverage } from '../dynamics';
import { findPlaceholders, ownWords } from '../placeholders';
import { readCues } from '../purpose/analyse';
import { MUTUAL_AID_NORM_IDS } from '../norms/lexicon';

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
  const filled = required.filter((e) => (e.id === 'purpose' ? purposeFilled(plan) : words(plan.element(e.id)) >= MIN_WORDS));
  return filled.length / required.length;
}

// Sessions described with member-to-member work earn full credit; otherwise the dynamics the plan
// prepares earn up to half.
function processEvidence(plan: Plan): number {
  const mutual = sectionSentences(plan, MEETING).some(({ sentence }) => readCues([{ text: sentence.text }]).scores.mutual > 0);
  if (mutual) return 1;
  const planned = dynamicsCoverage(plan).filter((d) => d.addressed).length;
  return Math.min(0.5, planned / 6);
}

