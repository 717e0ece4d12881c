// Builds the class report from checked submissions and a rubric, and renders grades.csv and the
// per-student feedback. Output is a function of the inputs only (no clock, stable order), so a
// re-run gives byte-identical files.
import type { Platform } from './platform';
import { CONVERTED, type SubmissionFormat } from './convert';
import type { Calibration } from './calibrate';
import { printable } from '../node/stdio';
import { rescaled, round2, scoreDistribution, scoreSubmission, scoreText, type SubmissionScore } from '../engine/grade/score';
import type { Rubric } from '../engine/grade/rubric';
import { explanationOf, type CheckedSubmission, type GradedFinding } from './check-submission';
import { plainExplanation, plainFixes, plainMessage } from './plain';

export interface StudentReport {
  student: string;
  file: string;
  format: string;
  /** File name stem of the feedback file, unique in the class. */
  slug: string;
  feedback: string;
  total: number;
  max: number;
  percent: number;
  criteria: SubmissionScore['criteria'];
  findings: (GradedFinding & { criterion?: string })[];
  /** How many findings the rubric scored (the others are feedback only). */
  scoredFindings: number;
  strengths: string[];
  dynamics: CheckedSubmission['dynamics'];
  /** What the plan shows and still lacks, by kind of evidence, in words for the student. */
  notes?: CheckedSubmission['notes'];
  purpose?: CheckedSubmission['purpose'];
  title?: string;
  groupType?: string;
  ruleErrors: CheckedSubmission['ruleErrors'];
  /** Other files in the student's folder, not graded. */
  others?: string[];
  /** The learning platform the submission came from, with the student's id, lateness and original file name. */
  platform?: Platform;
}

export interface ClassReport {
  tool: { name: 'groupplan'; version: string };
  rubric: Rubric;
  warnings: string[];
  summary: { submissions: number; graded: number; skipped: number; mean: number | null; median: number | null; lowest: number | null; highest: number | null; distribution: number[] };
  /** How often each rule fired across the class, most widespread first. */
  rules: { ruleId: string; students: number; findings: number }[];
  students: StudentReport[];
  skipped: { student: string; file: string; reason: string; platform?: Platform }[];
  /** Agreement with the instructor's own marks, when `--calibrate` gave them. */
  calibration?: Calibration;
  /** The files written for the learning platform, and the students that are not in them. */
  lms?: {
    canvas?: { file: string; notIncluded: string[] };
    moodle?: { file: string; filled: number; notIncluded: string[] };
    /** Feedback pages for Moodle's "Upload multiple feedback files in a zip". */
    moodleFeedback?: { file: string; included: number; notIncluded: string[] };
    /** Feedback pages for Canvas's "Re-Upload Submissions" (comments with the page attached). */
    canvasFeedback?: { file: string; included: number; notIncluded: string[] };
  };
}


// A file name for each student's feedback that keeps their name as written, in any script: only what
// a file system forbids (path separators, <>:"|?*, control characters, leading dots, trailing dots
// and spaces, Windows device names) is replaced, and names are unique without regard to case, since
// macOS and Windows do not tell "Ana" from "ana".
const FORBIDDEN = /[<>:"/\\|?*\u0000-\u001f\u007f]/g;
const DEVICE = /^(?:con|prn|aux|nul|com\d|lpt\d)$/i;
const MAX_NAME = 80;

export function slugify(name: string, taken: Set<string>): string {
  let base = name.normalize('NFC').replace(FORBIDDEN, '-').replace(/\s+/g, ' ').trim().replace(/^[.\s-]+/, '').replace(/[.\s]+$/, '');
  base = [...base].slice(0, MAX_NAME).join('').trim() || 'student';
  if (DEVICE.test(base)) base = `${base}-`;
  let slug = base;
  for (let i = 2; taken.has(slug.toLowerCase()); i++) slug = `${base}-${i}`;
  taken.add(slug.toLowerCase());
  return slug;
}

// Students in the order a class list has them: by the platform's sortable name (Canvas's "lastfirst",
// Moodle's full name) or the name read from the file, compared as people's names are (accents and case
// second, digits as numbers), in one fixed locale so that every run gives the same order.
const NAME_ORDER = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
const sortName = (c: CheckedSubmission): string => c.platform?.name ?? c.student;

export function buildReport(checked: CheckedSubmission[], rubric: Rubric, version: string, warnings: string[]): ClassReport {
  const taken = new Set<string>();
  const students: StudentReport[] = [];
  const skipped: ClassReport['skipped'] = [];
  const ordered = checked.map((c, i) => ({ c, i })).sort((a, b) => NAME_ORDER.compare(sortName(a.c), sortName(b.c)) || a.i - b.i);
  for (const { c } of ordered) {
    if (c.skipped !== undefined) {
      skipped.push({ student: c.student, file: c.file, reason: c.skipped, ...(c.platform ? { platform: c.platform } : {}) });
      continue;
    }
    const score = scoreSubmission(c.findings, rubric, c.evidence);
    const criterionOf = new Map<number, string>();
    for (const cr of score.criteria) for (const i of cr.findings) criterionOf.set(i, cr.id);
    const slug = slugify(c.student, taken);
    students.push({
      student: c.student,
      file: c.file,
      format: c.format ?? 'markdown',
      slug,
      feedback: `feedback/${slug}.md`,
      total: score.total,
      max: score.max,
      percent: rescaled(score.total, score.max, 100),
      criteria: score.criteria,
      findings: c.findings.map((f, i) => (criterionOf.has(i) ? { ...f, criterion: criterionOf.get(i) } : f)),
      scoredFindings: criterionOf.size,
      strengths: c.strengths,
      dynamics: c.dynamics,
      ...(c.notes ? { notes: c.notes } : {}),
      purpose: c.purpose,
      title: c.title,
      groupType: c.groupType,
      ruleErrors: c.ruleErrors,
      ...(c.others ? { others: c.others } : {}),
      ...(c.platform ? { platform: c.platform } : {}),
    });
  }
  const ruleMap = new Map<string, { students: number; findings: number }>();
  for (const s of students) {
    const seen = new Set<string>();
    for (const f of s.findings) {
      const r = ruleMap.get(f.ruleId) ?? { students: 0, findings: 0 };
      r.findings++;
      if (!seen.has(f.ruleId)) r.students++;
      seen.add(f.ruleId);
      ruleMap.set(f.ruleId, r);
    }
  }
  const rules = [...ruleMap].map(([ruleId, r]) => ({ ruleId, ...r })).sort((a, b) => b.students - a.students || b.findings - a.findings || (a.ruleId < b.ruleId ? -1 : 1));
  return {
    tool: { name: 'groupplan', version },
    rubric,
    warnings,
    summary: summarise(students, checked.length, skipped.length),
    rules,
    students,
    skipped,
  };
}

/** The class summary: counts, mean, median, range and the distribution of percentages. */
export function summarise(students: StudentReport[], submissions: number, skipped: number): ClassReport['summary'] {
  const totals = students.map((s) => s.total).sort((a, b) => a - b);
  const median = totals.length === 0 ? null : totals.length % 2 ? totals[(totals.length - 1) / 2] : round2((totals[totals.length / 2 - 1] + totals[totals.length / 2]) / 2);
  return {
    submissions,
    graded: students.length,
    skipped,
    mean: totals.length ? round2(totals.reduce((a, b) => a + b, 0) / totals.length) : null,
    median,
    lowest: totals.length ? totals[0] : null,
    highest: totals.length ? totals[totals.length - 1] : null,
    distribution: scoreDistribution(students.map((s) => s.percent)),
  };
}

// Quotes a CSV field when needed; text that a spreadsheet would run as a formula gets a leading quote mark.
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  let s = value;
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** grades.csv: one row per submission, graded ones first in file order, then those not graded; `findings` counts the findings the rubric scored. */
export function toCsv(report: ClassReport): string {
  const ids = report.rubric.criteria.map((c) => c.id);
  const rows: (string | number | null)[][] = [['name', 'file', 'total', ...ids, 'findings', 'note']];
  for (const s of report.students) {
    const byId = new Map(s.criteria.map((c) => [c.id, c.marked === false ? null : c.score]));
    rows.push([s.student, s.file, s.total, ...ids.map((id) => byId.get(id) ?? null), s.scoredFindings, '']);
  }
  for (const k of report.skipped) rows.push([k.student, k.file, null, ...ids.map(() => null), null, `not graded: the file ${k.reason}`]);
  return rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

const SEVERITY_WORD = { error: 'Error', warning: 'Warning', info: 'Note' } as const;

// Escapes text for Markdown prose so that a student's words cannot become markup in the feedback.
function mdText(s: string): string {
  return s.replace(/[\\`*_[\]<>#|]/g, (c) => `\\${c}`).replace(/\r?\n/g, ' ');
}

/** The feedback file for one student (Markdown). `text` is the checked text, shown for converted files. */
export function feedbackMarkdown(s: StudentReport, rubric: Rubric, text?: string): string {
  const out: string[] = [];
  const converted = CONVERTED[s.format as SubmissionFormat];
  out.push(`# Feedback: ${mdText(s.student)}`, '');
  // The file's own name: a path on the grader's machine means nothing to the student.
  out.push(`Submission: \`${printable(s.platform?.original ?? s.file.split('/').pop() ?? s.file).replace(/`/g, "'")}\`${converted ? ` (${converted.note}; line numbers refer to the converted text at the end of this page)` : ''}`, '');
  if (s.others?.length) {
    const rule = s.platform ? 'The plan graded is your latest upload of a type the grader reads.' : 'The plan graded is the largest file of a type the grader reads.';
    out.push(`Also ${s.platform ? 'among your uploads' : 'in your folder'}, not graded: ${s.others.map((o) => `\`${printable(o.split('/').pop() ?? o).replace(/`/g, "'")}\``).join(', ')}. ${rule}`, '');
  }
  out.push(`**Total: ${s.total} / ${s.max}** (${s.percent}%) against the rubric “${mdText(rubric.title)}”.`, '');
  out.push('| Criterion | Score | Findings |', '|---|---:|---:|');
  for (const c of s.criteria) out.push(`| ${mdText(c.title)} | ${scoreText(c)} | ${c.findings.length} |`);
  out.push('');
  if (s.purpose) {
    out.push('## Your purpose statement', '', `Found ${s.purpose.from === 'section' ? 'in the purpose section' : s.purpose.from === 'front-matter' ? 'in the front matter' : 'as a sentence near the top'}, line ${s.purpose.line}${s.purpose.endLine > s.purpose.line ? `–${s.purpose.endLine}` : ''}:`, '');
    for (const line of s.purpose.text.split('\n')) out.push(`> ${mdText(line)}`);
    out.push('');
  }
  out.push('## Strengths', '');
  if (s.strengths.length === 0) out.push('None found yet.');
  for (const st of s.strengths) out.push(`- ${mdText(st)}`);
  out.push('');
  out.push('## What to work on', '');
  const explained = new Set<string>();
  // A finding that scores nothing itself but explains a criterion's evidence (the norms not found,
  // under the norms criterion) is listed under that criterion, where the student looks for it.
  const placed = new Set<number>();
  const under = (c: (typeof s.criteria)[number], kind: string | undefined): number[] => {
    const related = kind ? s.findings.flatMap((f, i) => (f.criterion === undefined && !placed.has(i) && EXPLAINS[f.ruleId] === kind ? [i] : [])) : [];
    return [...c.findings, ...related];
  };
  let any = false;
  for (const c of s.criteria) {
    const kind = rubric.criteria.find((r) => r.id === c.id)?.evidence;
    const lacks = kind && s.notes && c.earned < c.points ? s.notes[kind].lacks : [];
    const items = under(c, kind);
    if (lacks.length === 0 && items.length === 0) continue;
    any = true;
    out.push(`### ${mdText(c.title)} (${scoreText(c)})`, '');
    if (lacks.length) out.push('Still to add for full marks:', '', ...lacks.map((l) => `- ${mdText(l)}`), '');
    for (const i of items) {
      placed.add(i);
      out.push(...findingLines(s.findings[i], explained));
    }
  }
  const others = s.findings.filter((f, i) => f.criterion === undefined && !placed.has(i));
  if (others.length) {
    any = true;
    out.push('### Other points (not scored)', '');
    for (const f of others) out.push(...findingLines(f, explained));
  }
  if (!any) out.push('Nothing was flagged.', '');
  if (s.dynamics.length) {
    out.push('## Dynamics of mutual aid the plan prepares', '');
    for (const d of s.dynamics) out.push(`- ${d.name} (line${d.lines.length > 1 ? 's' : ''} ${d.lines.slice(0, 6).join(', ')}${d.lines.length > 6 ? ', …' : ''})`);
    out.push('');
  }
  if (converted && text !== undefined) {
    out.push('## The text that was checked', '', `Your ${converted.noun} as the checker read it, with line numbers:`, '');
    const lines = text.replace(/\n$/, '').split('\n');
    const width = String(lines.length).length;
    const fence = '`'.repeat(Math.max(3, ...(text.match(/`+/g) ?? []).map((m) => m.length + 1)));
    out.push(`${fence}text`, ...lines.map((l, i) => `${String(i + 1).padStart(width)}  ${l}`), fence, '');
  }
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}

// Rules whose findings take no points themselves but explain a kind of evidence.
const EXPLAINS: Record<string, string> = { 'norm-not-stated': 'norms', 'dynamics-not-planned': 'process', 'purpose-not-concise': 'purpose' };

// One finding as a list item: where it is, what the student wrote, why it matters (at a rule's first
// finding only), what to do and what they could write instead.
function findingLines(f: GradedFinding, explained: Set<string>): string[] {
  const where = f.wholePlan ? '**The plan as a whole**' : f.heading !== undefined ? `**Line ${f.line}**, the heading “${mdText(f.heading)}”` : `**Line ${f.line}**`;
  const out = [`- ${where} (${SEVERITY_WORD[f.severity]}): ${mdText(plainMessage(f.message))}`];
  if (f.quote) out.push(`  - You wrote: “${mdText(f.quote)}”`);
  const why = explained.has(f.ruleId) ? undefined : explanationOf(f.ruleId);
  explained.add(f.ruleId);
  const plainWhy = why ? plainExplanation(why.explanation) : '';
  if (why && plainWhy) out.push(`  - Why it matters: ${mdText(plainWhy)} (${mdText(why.source)})`);
  const todo = plainFixes(f.ruleId, f.fixes);
  if (todo.length) {
    const listed = todo.slice(0, 3).map(mdText).join('; or ');
    out.push(`  - What to do: ${listed}${/[.!?]$/.test(listed) ? '' : '.'}`);
  }
  if (f.examples?.length) out.push(`  - For example, you could write: ${f.examples.slice(0, 3).map((e) => `“${mdText(e)}”`).join(' Or: ')}`);
  out.push('');
  return out;
}
