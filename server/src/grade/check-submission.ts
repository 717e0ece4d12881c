// Checks one submission: reads (and converts) it, runs the engine with the rubric's rules switched on,
// and returns plain data (findings, purpose, strengths) that can cross a worker-thread boundary.
import type { Platform } from './platform';
import * as path from 'node:path';
import { checkPlan, clearParseCache, dynamicsCoverage, findRule, oneBased, type Finding, type Fix, type Plan, type ResolvedConfig } from '../engine';
import { loadConfigFor } from '../node/config-loader';
import { CONVERTED, readSubmission, type SubmissionFormat } from './convert';
import type { FindingSeverity } from '../engine/grade/rubric';
import { EVIDENCE_KINDS, evidenceNotes, planEvidence, type Evidence, type EvidenceKind, type EvidenceNote } from '../engine/grade/evidence';
import { snippetToText } from '../engine/snippet';

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
  /** The words the finding is about, as the student wrote them (the lines of its range, without Markdown marks). */
  quote?: string;
  /** The heading the finding points at, when its range is a heading (a norms list's heading, say). */
  heading?: string;
  /** The finding is about something the plan lacks as a whole (a missing section), not about one line. */
  wholePlan?: true;
  /** Text the fixes would write, in plain words with any blanks as [slots]: what to write instead. */
  examples?: string[];
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
  /** The same evidence in words: what earned credit and what would earn the rest. */
  notes?: Record<EvidenceKind, EvidenceNote>;
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
  const notes = evidenceNotes(plan);
  const lines = read.text.split('\n');
  const result: CheckedSubmission = {
    ...base,
    format: read.format,
    // Only converted text is needed later (it goes into the feedback); Markdown stays with the student.
    text: CONVERTED[read.format] ? read.text : undefined,
    findings: findings.map((f) => toGraded(f, plan, read.text, lines)),
    ruleErrors,
    // What the plan does well, read from the same evidence as the score, so a strength never
    // contradicts a criterion's points or what is still to add.
    strengths: EVIDENCE_KINDS.flatMap((k) => notes[k].strength ?? []),
    dynamics: planned.map((d) => ({ id: d.id, name: d.name, lines: [...new Set(d.ranges.map((r) => plan.lines.position(r.start).line + 1))] })),
    title: plan.meta.title ?? plan.sections.find((s) => s.heading && s.depth === 1)?.title,
    groupType: plan.meta.type,
    evidence: planEvidence(plan),
    notes,
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

// Rules whose findings are about what the whole plan lacks: their range only marks where to add it.
const WHOLE_PLAN = new Set(['plan-section-missing', 'norms-missing', 'evaluation-missing', 'group-type-missing', 'group-type-expectations', 'dynamics-not-planned', 'purpose-missing']);
const QUOTE_MAX = 280;
const HEADING = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/;
// Markdown marks at the start of a line (list bullets and numbers, quote marks, task boxes).
const LINE_MARKS = /^\s*(?:>\s*)*(?:[-*+]\s+|\d{1,3}[.)]\s+)?(?:\[[ xX]\]\s+)?/;

function toGraded(f: Finding, plan: Plan, text: string, lines: readonly string[]): GradedFinding {
  const fixes = [f.fix, ...(f.suggestions ?? [])].filter((x): x is Fix => x !== undefined);
  const g: GradedFinding = {
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    ...oneBased(f),
    fixes: fixes.map((x) => x.title),
  };
  if (WHOLE_PLAN.has(f.ruleId)) g.wholePlan = true;
  else {
    const lineText = lines[f.start.line] ?? '';
    const heading = f.start.line === f.end.line || (f.end.line === f.start.line + 1 && f.end.column === 0) ? HEADING.exec(lineText) : null;
    if (heading) g.heading = heading[2];
    else {
      const quote = quoteAt(text, f.range.start, f.range.end);
      if (quote) g.quote = quote;
    }
  }
  // The fix's own text; a rule that offers only suggestions (a norm to add, each its own) gives one line of each.
  const fromFix = f.fix ? fixExample(f.fix) : [];
  const examples = [...new Set(fromFix.length ? fromFix : (f.suggestions ?? []).flatMap((x) => fixExample(x).slice(0, 1)))].slice(0, 4);
  if (examples.length) g.examples = examples;
  if (f.scored === false) g.scored = false;
  if (f.ruleId === 'plan-section-missing') {
    const el = plan.template.elements.find((e) => f.message.includes(`"${e.title}"`));
    if (el) g.element = el.id;
  }
  return g;
}

// The sentences a range touches, within its paragraph or list item, without Markdown marks: the words
// the student wrote that a finding is about.
function quoteAt(text: string, start: number, end: number): string | undefined {
  const before = text.slice(Math.max(0, start - 2000), start);
  const breaks = [...before.matchAll(/\n\s*\n|\n(?=\s*(?:[-*+]|\d{1,3}[.)]|#{1,6}|>)\s)|^/g)];
  const last = breaks[breaks.length - 1];
  const blockStart = start - before.length + (last ? last.index + last[0].length : 0);
  const after = text.slice(end, end + 2000);
  const stop = /\n\s*\n|\n(?=\s*(?:[-*+]|\d{1,3}[.)]|#{1,6}|>)\s)/.exec(after);
  const blockEnd = end + (stop ? stop.index : after.length);
  const block = text.slice(blockStart, blockEnd);
  let at = 0;
  const picked: string[] = [];
  for (const sentence of block.split(/(?<=[.!?]["”’)]?)\s+/)) {
    const from = blockStart + block.indexOf(sentence, at);
    at = from - blockStart + sentence.length;
    if (from < Math.max(end, start + 1) && from + sentence.length > start) picked.push(sentence);
  }
  const quote = picked
    .join(' ')
    .split('\n')
    .map((l) => l.replace(LINE_MARKS, ''))
    .join(' ')
    .replace(/[*_`]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (!quote) return undefined;
  return quote.length > QUOTE_MAX ? `${quote.slice(0, QUOTE_MAX - 1).trimEnd()}…` : quote;
}

// The text a fix writes, as examples for a student who cannot apply the fix (a Word user, or anyone
// reading feedback): blanks as [slots], without headings, HTML comments, front matter or the student's
// own words that the fix keeps as an earlier draft. Lines of fewer than four words are left out.
function fixExample(fix: Fix): string[] {
  const first = fix.edits[0];
  if (!first) return [];
  // A snippet's placeholders are blanks for the student to fill: shown as [slot], not as their default words.
  let text = fix.snippet ? snippetToText(first.text.replace(/\$\{\d+:([^{}$]*)\}/g, '[$1]')) : first.text;
  text = text.replace(/<!--[\s\S]*?-->/g, '').replace(/\s*\(?Earlier draft:[\s\S]*$/i, '');
  if (/^---\n|^\w[\w-]*:\s/.test(text.trim())) return [];
  return text
    .split('\n')
    .filter((l) => !HEADING.test(l))
    .map((l) => l.replace(LINE_MARKS, '').trim())
    .filter((l) => l.split(/\s+/).length >= 4);
}

/** The rule's explanation, for feedback; empty for rules not registered. */
export function explanationOf(ruleId: string): { explanation: string; source: string } | undefined {
  const meta = findRule(ruleId)?.meta;
  return meta ? { explanation: meta.explanation, source: meta.source } : undefined;
}
