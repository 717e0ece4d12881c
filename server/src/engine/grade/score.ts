// Scores one submission's findings against a rubric. Pure: findings and a rubric in, scores out.
import type { Criterion, FindingSeverity, Rubric } from './rubric';
import type { Evidence } from './evidence';

/** The parts of a finding that scoring needs. */
export interface ScorableFinding {
  ruleId: string;
  severity: FindingSeverity;
  /** The plan element the finding is about (a missing section), when there is one. */
  element?: string;
  /** False: listed under its criterion, no points taken (another finding scores the same judgment). */
  scored?: false;
}

export interface CriterionScore {
  id: string;
  title: string;
  points: number;
  score: number;
  /** Points earned from what the plan shows, before deductions (the criterion's points when it names no evidence). */
  earned: number;
  /** Points taken off before the floor applied. */
  deducted: number;
  /** Indexes (into the findings given) of the findings counted against this criterion. */
  findings: number[];
  /** A criterion marked by hand: false until the instructor's mark is in (the score is then 0). */
  marked?: boolean;
}

export interface SubmissionScore {
  total: number;
  max: number;
  criteria: CriterionScore[];
  /** Indexes of findings that no criterion draws on: shown as feedback, not scored. */
  unscored: number[];
}

/** Rounds to two decimals, so that sums of fractional points print cleanly and stably. */
export const round2 = (n: number): number => Math.round(n * 100) / 100;

/** A total out of `max`, rescaled to `to` points (100 for a percentage; a platform's own points). */
export const rescaled = (total: number, max: number, to: number): number => (max > 0 ? round2((total / max) * to) : 0);

/** Which criterion a finding counts against: the first that lists its element, else the first that lists its rule. */
export function criterionFor(finding: ScorableFinding, rubric: Rubric): Criterion | undefined {
  if (finding.element) {
    const byElement = rubric.criteria.find((c) => c.elements.includes(finding.element!));
    if (byElement) return byElement;
  }
  return rubric.criteria.find((c) => c.rules.includes(finding.ruleId));
}

// Each finding counts once, against one criterion. A criterion earns its points from the plan's
// evidence (all of them when it names none), and its score is what it earned minus its deductions,
// never below its floor. Without evidence given, a criterion that names evidence earns nothing.
export function scoreSubmission(findings: readonly ScorableFinding[], rubric: Rubric, evidence?: Evidence): SubmissionScore {
  const byId = new Map<string, CriterionScore>();
  const criteria = rubric.criteria.map((c) => {
    // A criterion marked by hand earns nothing here: the instructor's mark is put in later (withHandMarks).
    const earned = c.hand ? 0 : c.evidence ? round2(c.points * Math.max(0, Math.min(1, evidence?.[c.evidence] ?? 0))) : c.points;
    const s: CriterionScore = { id: c.id, title: c.title, points: c.points, score: earned, earned, deducted: 0, findings: [], ...(c.hand ? { marked: false } : {}) };
    byId.set(c.id, s);
    return s;
  });
  const unscored: number[] = [];
  findings.forEach((f, i) => {
    const c = criterionFor(f, rubric);
    if (!c) {
      unscored.push(i);
      return;
    }
    const s = byId.get(c.id)!;
    s.findings.push(i);
    if (f.scored !== false) s.deducted = round2(s.deducted + c.deductions[f.severity]);
  });
  for (const c of rubric.criteria) {
    const s = byId.get(c.id)!;
    s.score = round2(Math.max(Math.min(c.floor, s.earned), s.earned - s.deducted));
  }
  return {
    total: round2(criteria.reduce((sum, c) => sum + c.score, 0)),
    max: round2(rubric.criteria.reduce((sum, c) => sum + c.points, 0)),
    criteria,
    unscored,
  };
}

/** Rule ids the rubric names that are not among `registered`, each with the criteria naming it. */
export function unknownRubricRules(rubric: Rubric, registered: readonly string[]): { ruleId: string; criteria: string[] }[] {
  const known = new Set(registered);
  const out = new Map<string, string[]>();
  for (const c of rubric.criteria) for (const r of c.rules) if (!known.has(r)) out.set(r, [...(out.get(r) ?? []), c.id]);
  return [...out].map(([ruleId, criteria]) => ({ ruleId, criteria }));
}

/** Counts of scores in `bins` equal-width bins of the percentage 0..100 (100 falls in the last bin). */
export function scoreDistribution(percents: readonly number[], bins = 10): number[] {
  const counts = new Array<number>(bins).fill(0);
  for (const p of percents) counts[Math.min(bins - 1, Math.max(0, Math.floor((p / 100) * bins)))]++;
  return counts;
}

/** Criterion scores with the instructor's marks for the hand-marked criteria put in (each clamped to its points), and their total. */
export function withHandMarks(scores: readonly CriterionScore[], marks: ReadonlyMap<string, number>): { criteria: CriterionScore[]; total: number } {
  const criteria = scores.map((c) => {
    if (c.marked === undefined || !marks.has(c.id)) return c;
    const mark = round2(Math.max(0, Math.min(c.points, marks.get(c.id)!)));
    return { ...c, score: mark, earned: mark, marked: true };
  });
  return { criteria, total: round2(criteria.reduce((sum, c) => sum + c.score, 0)) };
}

/** A criterion's score as shown: "18 / 25", or "not marked yet" for a hand-marked one without its mark. */
export function scoreText(c: Pick<CriterionScore, 'score' | 'points' | 'marked'>, separator = ' / '): string {
  return c.marked === false ? 'not marked yet' : `${c.score}${separator}${c.points}`;
}
