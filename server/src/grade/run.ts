// One grading run, shared by the CLI and any other host (an editor command): collects the
// submissions, checks them in parallel, scores them and writes the outputs atomically.
import { applyHandMarks, calibrate, type Marks } from './calibrate';
import { canvasImport, FEEDBACK_ZIP, feedbackZip, moodleWorksheet, type CanvasOptions, type LmsFile } from './lms';
import { feedbackPage } from './feedback-html';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { UNPACKED, unpackArchive } from './unzip';
import { RULES } from '../engine';
import { rubricRules, type Rubric } from '../engine/grade/rubric';
import { unknownRubricRules } from '../engine/grade/score';
import { loadConfigFor } from '../node/config-loader';
import { collectSubmissions, toDisplay, type SubmissionFile } from './collect';
import { unsupportedReason } from './convert';
import { checkAll } from './pool';
import { buildReport, feedbackMarkdown, toCsv, type ClassReport } from './report';
import { renderHtml } from './html';
import { outputFolderProblem, removeStaleStaging, writeOutputs } from './output';
import type { CheckedSubmission, CheckTask } from './check-submission';

export interface GradeOptions {
  /** Folders, files and globs of submissions. */
  inputs: string[];
  outDir: string;
  rubric: Rubric;
  /** The groupplan version, recorded in report.json. */
  version: string;
  /** The bundled grade-worker.js; without it everything runs in this thread. */
  workerFile?: string;
  jobs?: number;
  minParallel?: number;
  cwd?: string;
  /** Called once the submissions are known, then once per submission as it is done. */
  onStart?: (total: number) => void;
  onFile?: (file: string, note: string) => void;
  /** Called before a .zip is unpacked. */
  onUnpack?: (zip: string) => void;
  /** The instructor's marks for some submissions (`--calibrate`), compared in the report. */
  marks?: Marks;
  /** The instructor's marks for the rubric's hand-marked criteria (default: the calibration marks). */
  handMarks?: Marks;
  /** Grades back to the platform: Canvas's import CSV options, Moodle's exported grading worksheet. */
  canvas?: CanvasOptions;
  worksheet?: LmsFile;
}

export type GradeOutcome =
  | { ok: true; report: ClassReport; outDir: string; warnings: string[]; missing: { arg: string; reason: string }[] }
  | { ok: false; problems: string[]; warnings: string[]; missing: { arg: string; reason: string }[] };

/** Warnings about a rubric that still grades: rules it names that this version does not have (one warning for all). */
export function rubricWarnings(rubric: Rubric): string[] {
  const unknown = unknownRubricRules(rubric, RULES.map((r) => r.meta.id));
  if (unknown.length === 0) return [];
  return [`The rubric names ${unknown.length === 1 ? 'a rule' : `${unknown.length} rules`} that this groupplan version does not have, counted as no findings: ${unknown.map((u) => `${u.ruleId} (${u.criteria.join(', ')})`).join(', ')}.`];
}

// Grades a batch and writes feedback/, grades.csv, report.json and report.html into outDir.
export async function gradeBatch(o: GradeOptions): Promise<GradeOutcome> {
  const cwd = o.cwd ?? process.cwd();
  const warnings = rubricWarnings(o.rubric);
  const outDir = path.resolve(cwd, o.outDir);
  // The output folder is checked before any grading work, so its problems never come at the end.
  const outProblem = outputFolderProblem(outDir, o.inputs.map((i) => path.resolve(cwd, i)));
  if (outProblem) return { ok: false, problems: [outProblem], warnings, missing: [] };
  // A .zip given as it came from the platform is unpacked into a folder of this run's own inside the
  // output folder, graded like a folder, and removed again whatever happens.
  let unpackRoot: string | undefined;
  try {
    const inputs: string[] = [];
    const fromZips: { arg: string; reason: string }[] = [];
    const shown: [string, string][] = [];
    for (const input of o.inputs) {
      const abs = path.resolve(cwd, input);
      if (!/\.zip$/i.test(input) || !isFile(abs)) {
        inputs.push(input);
        continue;
      }
      if (!unpackRoot) {
        fs.mkdirSync(outDir, { recursive: true });
        unpackRoot = fs.mkdtempSync(path.join(outDir, `${UNPACKED}-`));
      }
      const into = path.join(unpackRoot, `${inputs.length}-${path.basename(abs)}`);
      o.onUnpack?.(input);
      const r = await unpackArchive(abs, into);
      if (!r.ok) {
        fromZips.push({ arg: input, reason: r.reason });
        continue;
      }
      inputs.push(into);
      const zipShown = toDisplay(abs, cwd);
      shown.push([`${toDisplay(into, cwd)}/`, `${zipShown}/`]);
      for (const k of r.skipped) fromZips.push({ arg: `${zipShown}/${k.name}`, reason: k.reason });
    }
    const collected = collectSubmissions(inputs, { cwd, exclude: outDir });
    // Files from an archive are shown as "class.zip/<entry>", not by the folder they were unpacked to.
    const show = (d: string): string => {
      for (const [from, to] of shown) if (d.startsWith(from)) return to + d.slice(from.length);
      return d;
    };
    const files = collected.files.map((f) => ({ ...f, display: show(f.display), ...(f.others ? { others: f.others.map(show) } : {}) }));
    const missing = [...fromZips, ...collected.missing.map((m) => ({ ...m, arg: show(m.arg) }))];
    return await gradeFiles(o, files, missing, outDir, warnings);
  } finally {
    if (unpackRoot) fs.rmSync(unpackRoot, { recursive: true, force: true });
  }
}

async function gradeFiles(o: GradeOptions, files: SubmissionFile[], missing: { arg: string; reason: string }[], outDir: string, warnings: string[]): Promise<GradeOutcome> {
  if (files.length === 0) return { ok: false, problems: ['no submissions found to grade.'], warnings, missing };
  const problems = configProblems(files.map((f) => f.path));
  if (problems.length) return { ok: false, problems, warnings, missing };

  // Unsupported files are reported without being sent to a worker.
  const tasks: CheckTask[] = [];
  const early: CheckedSubmission[] = [];
  files.forEach((f, index) => {
    const reason = unsupportedReason(f.path);
    if (reason) early.push({ index, file: f.display, student: f.student, skipped: reason, findings: [], ruleErrors: [], strengths: [], dynamics: [] });
    else tasks.push({ index, path: f.path, display: f.display, student: f.student });
  });
  o.onStart?.(files.length);
  for (const s of early) o.onFile?.(s.file, `not graded: ${s.skipped}`);
  const local = tasks.map((t, i) => ({ ...t, index: i }));
  const checked = await checkAll(local, rubricRules(o.rubric), {
    workerFile: o.workerFile,
    jobs: o.jobs,
    minParallel: o.minParallel,
    onResult: (r) => o.onFile?.(r.file, r.skipped ? `not graded: ${r.skipped}` : `${r.findings.length} finding${r.findings.length === 1 ? '' : 's'}`),
  });
  const all = [...early, ...checked.map((r, i) => ({ ...r, index: tasks[i].index }))]
    .sort((a, b) => a.index - b.index)
    .map((r) => {
      const f = files[r.index];
      return { ...r, ...(f.others ? { others: f.others } : {}), ...(f.platform ? { platform: f.platform } : {}) };
    });

  const hand = applyHandMarks(buildReport(all, o.rubric, o.version, warnings), o.handMarks ?? o.marks);
  const report = hand.report;
  for (const u of hand.unmarked) {
    if (u.students.length === 0) continue;
    const names = u.students.length > 5 ? `${u.students.slice(0, 5).join(', ')}, …` : u.students.join(', ');
    report.warnings.push(`"${u.title}" is marked by you: ${u.students.length} of ${report.students.length} students have no mark for it yet (${names}), so it counts 0 in their totals. Give your marks with --marks FILE, in a column "${u.id}".`);
  }
  if (o.marks) report.calibration = calibrate(report, o.marks);
  const outputs = new Map<string, string | Buffer>();
  const textOf = new Map(all.map((r) => [r.file, r.text]));
  for (const s of report.students) outputs.set(s.feedback, feedbackMarkdown(s, o.rubric, textOf.get(s.file)));
  outputs.set('grades.csv', toCsv(report));
  // Grades back into the platform the class came from, in the files its importers read.
  if (o.canvas?.roster || report.students.some((st) => st.platform?.kind === 'canvas')) {
    const c = canvasImport(report, o.canvas);
    outputs.set('canvas-import.csv', c.text);
    report.lms = { ...report.lms, canvas: { file: 'canvas-import.csv', notIncluded: c.unmatched } };
  }
  if (o.worksheet) {
    const m = moodleWorksheet(report, o.worksheet);
    outputs.set('moodle-worksheet.csv', m.text);
    report.lms = { ...report.lms, moodle: { file: 'moodle-worksheet.csv', filled: m.filled, notIncluded: m.unmatched } };
  }
  // Feedback pages back into each platform the class came from, in the archive its bulk upload reads.
  for (const kind of ['canvas', 'moodle'] as const) {
    if (!report.students.some((st) => st.platform?.kind === kind)) continue;
    const pages = new Map<string, string>();
    for (const st of report.students) if (st.platform?.kind === kind) pages.set(st.slug, await feedbackPage(outputs.get(st.feedback) as string, `Feedback from groupplan: ${st.student}`));
    const z = await feedbackZip(kind, report, pages);
    outputs.set(FEEDBACK_ZIP[kind], z.zip);
    report.lms = { ...report.lms, [kind === 'canvas' ? 'canvasFeedback' : 'moodleFeedback']: { file: FEEDBACK_ZIP[kind], included: z.included, notIncluded: z.notIncluded } };
  }
  outputs.set('report.json', `${JSON.stringify(report, null, 2)}\n`);
  outputs.set('report.html', renderHtml(report));
  removeStaleStaging(outDir);
  writeOutputs(outDir, outputs);
  return { ok: true, report, outDir, warnings, missing };
}

// A broken config file near the submissions stops the run before any grading.
function configProblems(files: string[]): string[] {
  const seen = new Set<string>();
  for (const f of files) {
    const dir = path.dirname(f);
    if (seen.has(dir)) continue;
    seen.add(dir);
    const loaded = loadConfigFor(f);
    if (loaded.problems.length) return loaded.problems.map((p) => `config problem${p.source ? ` in ${p.source}` : ''}${p.path ? ` at ${p.path}` : ''}: ${p.message}`);
  }
  return [];
}

function isFile(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}
