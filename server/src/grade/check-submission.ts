// Checks one submission: reads (and converts) it, runs the engine with the rubric's rules switched on,
// and returns plain data (findings, purpose, strengths) that can cross a worker-thread boundary.
import type { Platform } from './platform';
import * as path from 'node:path';
import { checkPlan, clearParseCache, dynamicsCoverage, findRule, oneBased, type DynamicCoverage, type Finding, type Plan, type ResolvedConfig } from '../engine';
import { loadConfigFor } from '../node/config-loader';
import { CONVERTED, readSubmission, type SubmissionFormat } from './convert';
import type { FindingSeverity } from '../engine/grade/rubric';
import { planEvidence, type Evidence } from '../engine/grade/evidence';

export interface CheckTask {
  index: number;
  path: string;
  display: string;
  student: string;
}

export interface GradedFinding {
  ruleId: string;
  severity: FindingSeverity;
  message: string;
  /** 1-based. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** The plan element a missing-section finding is about. */
  element?: string;
  /** Titles of the fix and suggestions the rule offers. */
  fixes: string[];
  /** False: shown under its criterion, no points taken. */
  scored?: false;
}

export interface CheckedSubmission {
  index: number;
  file: string;
  student: string;
  format?: SubmissionFormat;
  /** Why the file could not be graded; the other fields are then empty. */
  skipped?: string;
  /** For Word files, the Markdown converted from them, which the findings' lines refer to. */
  text?: string;
  findings: GradedFinding[];
  ruleErrors: { ruleId: string; message: string }[];
  purpose?: { text: string; line: number; endLine: number; from: string };
  strengths: string[];
  dynamics: { id: string; name: string; lines: number[] }[];
  title?: string;
  groupType?: string;
  /** What the plan shows for each kind of rubric evidence (0 to 1). */
  evidence?: Evidence;
  /** Other files in the student's folder, not graded. */
  others?: string[];
  /** The learning platform the submission came from (Canvas, Moodle), with the student's id there. */
  platform?: Platform;
}

const configCache = new Map<string, ResolvedConfig>();

// The config that governs a file, with every rule the rubric names switched on (the rubric decides what is graded).
function gradingConfig(file: string, rubricRules: readonly string[]): ResolvedConfig {
  const dir = path.dirname(file);
  let config = configCache.get(dir);
  if (!config) {
    const loaded = loadConfigFor(file);
    const rules = { ...loaded.config.rules };
    for (const id of rubricRules) {
      const rule = findRule(id);
      if (rule && rules[id]?.severity === 'off') rules[id] = { ...rules[id], severity: rule.meta.defaultSeverity === 'off' ? 'warning' : rule.meta.defaultSeverity };
    }
    config = { ...loaded.config, rules };
    configCache.set(dir, config);
  }
  return config;
}

/** Empties the per-folder config cache (for tests that change config files between runs). */
export function clearGradingCaches(): void {
  configCache.clear();
}

export async function checkSubmission(task: CheckTask, rubricRules: readonly string[]): Promise<CheckedSubmission> {
  const base: CheckedSubmission = { index: task.index, file: task.display, student: task.student, findings: [], ruleErrors: [], strengths: [], dynamics: [] };
  const read = await readSubmission(task.path);
  if (!read.ok) return { ...base, skipped: read.reason };
  const config = gradingConfig(task.path, rubricRules);
  const { plan, findings, ruleErrors } = checkPlan(read.text, config);
  const planned = dynamicsCoverage(plan).filter((d) => d.addressed);
  const result: CheckedSubmission = {
    ...base,
    format: read.format,
    // Only converted text is needed later (it goes into the feedback); Markdown stays with the student.
    text: CONVERTED[read.format] ? read.text : undefined,
    findings: findings.map((f) => toGraded(f, plan)),
    ruleErrors,
    strengths: strengthsOf(plan, findings, planned),
    dynamics: planned.map((d) => ({ id: d.id, name: d.name, lines: [...new Set(d.ranges.map((r) => plan.lines.position(r.start).line + 1))] })),
    title: plan.meta.title ?? plan.sections.find((s) => s.heading && s.depth === 1)?.title,
    groupType: plan.meta.type,
    evidence: planEvidence(plan),
  };
  if (plan.purpose) {
    result.purpose = {
      text: plan.purpose.text,
      line: plan.lines.position(plan.purpose.range.start).line + 1,
      endLine: plan.lines.position(plan.purpose.range.end).line + 1,
      from: plan.purpose.from,
    };
  }
  // Each submission is different text; keeping its parsed chunks would only grow memory.
  clearParseCache();
  return result;
}

function toGraded(f: Finding, plan: Plan): GradedFinding {
  const g: GradedFinding = {
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    ...oneBased(f),
    fixes: [f.fix, ...(f.suggestions ?? [])].filter((x) => x !== undefined).map((x) => x.title),
  };
  if (f.scored === false) g.scored = false;
  if (f.ruleId === 'plan-section-missing') {
    const el = plan.template.elements.find((e) => f.message.includes(`"${e.title}"`));
    if (el) g.element = el.id;
  }
  return g;
}

// What the plan does well, in plain words, for the feedback.
function strengthsOf(plan: Plan, findings: Finding[], planned: DynamicCoverage[]): string[] {
  const out: string[] = [];
  const purposeRules = findings.filter((f) => f.ruleId.startsWith('purpose-'));
  if (plan.purpose && purposeRules.length === 0) out.push('The purpose statement was found and no purpose problem was flagged in it.');
  const present = plan.template.elements.filter((e) => plan.element(e.id));
  if (present.length === plan.template.elements.length) out.push(`Every part of the plan is there (${present.length} of ${present.length}).`);
  else if (present.length > 0) out.push(`${present.length} of ${plan.template.elements.length} plan parts are there: ${present.map((e) => e.title).join(', ')}.`);
  const normProblems = findings.some((f) => f.severity !== 'info' && ['norm-against-mutual-aid', 'norm-not-stated', 'communication-pattern'].includes(f.ruleId));
  if (plan.norms && plan.norms.items.length > 0 && !normProblems) {
    out.push(`Norms are stated (${plan.norms.items.length} in "${plan.norms.section.title}").`);
  }
  if (plan.meta.type) out.push(`The group type is declared (${plan.meta.type}).`);
  if (planned.length > 0) out.push(`The plan prepares ${planned.length} of the nine dynamics of mutual aid: ${planned.map((d) => d.name).join(', ')}.`);
  return out;
}

/** The rule's explanation, for feedback; empty for rules not registered. */
export function explanationOf(ruleId: string): { explanation: string; source: string } | undefined {
  const meta = findRule(ruleId)?.meta;
  return meta ? { explanation: meta.explanation, source: meta.source } : undefined;
}
