// `groupplan grade <folder|files...> --out <folder>`: grades a class of submitted plans against a
// rubric and writes per-student feedback, grades.csv, report.json and report.html.
import { calibrationSummary, readMarks, type Marks } from '../grade/calibrate';
import type { LmsFile } from '../grade/lms';
import { printable } from '../node/stdio';
import { readTextFile } from '../node/files';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { defaultRubric, DEFAULT_RUBRIC_YAML, parseRubric, RUBRIC_SCHEMA, type Rubric } from '../engine/grade/rubric';
import { gradeBatch, rubricWarnings } from '../grade/run';
import { createProgress } from '../grade/progress';
import { parseArgs, UsageError } from './args';

export const GRADE_HELP = `Usage: groupplan grade <folder|files...> --out <folder> [options]

Grades submitted plans (.md, .markdown, .txt, .docx, .html, .pdf) against a rubric: a folder, files, or a .zip as a
learning platform hands it out (Canvas and Moodle file names are read for each student's id).
A file in a sub-folder belongs to the student the sub-folder is named after.

Options:
  --out FOLDER       where to write feedback/, grades.csv, report.json and report.html (required)
  --rubric FILE      rubric.yaml to grade with (default: the built-in mutual-aid rubric)
  --print-rubric     print the default rubric (a starting point for your own) and exit
  --print-rubric-schema  print the JSON Schema of rubric files and exit
  --calibrate FILE   a CSV of your own marks for some submissions (columns: student, total, and any
                     criterion by id or title); the report shows how far groupplan agrees with them
  --marks FILE       a CSV of your marks for the criteria the rubric has you mark by hand ("hand: true"):
                     columns student and each such criterion by id or title (default: the --calibrate file)
  --assignment NAME  the Canvas assignment column of canvas-import.csv, as "Name (id)" to fill an
                     existing assignment (default: "Group plan (groupplan)", a new one)
  --points N         the assignment's points in the platform; totals are scaled to it
  --roster FILE      a Canvas Gradebook export: canvas-import.csv keeps its rows and fills the assignment
  --worksheet FILE   a Moodle grading worksheet: moodle-worksheet.csv is it with Grade and Feedback
                     comments filled in for every participant graded
  --jobs N           worker threads checking submissions (default: one per core; 1 checks in this thread)
  --quiet            no progress output

Exit codes: 0 graded (files that could not be read are listed in the report), 2 usage, rubric or config failure.
`;

export async function runGrade(argv: string[], version: string): Promise<number> {
  const args = parseArgs(argv, ['quiet', 'print-rubric', 'print-rubric-schema', 'help'], ['out', 'rubric', 'jobs', 'calibrate', 'marks', 'assignment', 'points', 'roster', 'worksheet']);
  if (args.flags.has('help')) {
    process.stdout.write(GRADE_HELP);
    return 0;
  }
  if (args.flags.has('print-rubric')) {
    process.stdout.write(DEFAULT_RUBRIC_YAML);
    return 0;
  }
  if (args.flags.has('print-rubric-schema')) {
    process.stdout.write(`${JSON.stringify(RUBRIC_SCHEMA, null, 2)}\n`);
    return 0;
  }
  const out = args.flags.get('out')?.[0];
  if (!out) throw new UsageError('Say where to write the reports: groupplan grade <folder> --out <folder>.');
  if (args.positional.length === 0) throw new UsageError('Name the submissions to grade: a folder, or files.');
  const jobsFlag = args.flags.get('jobs')?.[0];
  const jobs = jobsFlag === undefined ? undefined : Number(jobsFlag);
  if (jobs !== undefined && (!Number.isInteger(jobs) || jobs < 1)) throw new UsageError('--jobs takes a whole number of at least 1.');
  const quiet = args.flags.has('quiet');

  const rubric = loadRubric(args.flags.get('rubric')?.[0]);
  if (!rubric) return 2;
  const marksFile = args.flags.get('calibrate')?.[0];
  const marks = marksFile === undefined ? undefined : loadMarks(marksFile);
  if (marks === null) return 2;
  const handFile = args.flags.get('marks')?.[0];
  const handMarks = handFile === undefined ? undefined : loadMarks(handFile);
  if (handMarks === null) return 2;
  const pointsFlag = args.flags.get('points')?.[0];
  const points = pointsFlag === undefined ? undefined : Number(pointsFlag);
  if (points !== undefined && !(Number.isFinite(points) && points > 0)) throw new UsageError('--points takes a number of points greater than 0.');
  const roster = readGivenFile(args.flags.get('roster')?.[0], 'Canvas Gradebook export', (t) => (/(^|,)\s*"?ID"?\s*(,|$)/m.test(t.split(/\r?\n/)[0] ?? '') ? undefined : 'has no ID column (export the Gradebook from Canvas and pass that file)'));
  const worksheet = readGivenFile(args.flags.get('worksheet')?.[0], 'Moodle grading worksheet', (t) => (t.split(/\r?\n/).filter((l) => l.trim()).length >= 2 && (t.split(/\r?\n/)[0] ?? '').split(',').length >= 6 ? undefined : 'does not look like a Moodle grading worksheet (download it from the assignment with "Download grading worksheet")'));
  if (roster === null || worksheet === null) return 2;
  if (!quiet) for (const w of rubricWarnings(rubric)) process.stderr.write(`groupplan: warning: ${w}\n`);
  let progress = createProgress(0, process.stderr, { quiet: true });
  const outcome = await gradeBatch({
    inputs: args.positional,
    outDir: out,
    rubric,
    version,
    workerFile: path.join(__dirname, 'grade-worker.js'),
    jobs,
    // An explicit --jobs is honoured even for a small batch.
    minParallel: jobs === undefined ? undefined : 2,
    onStart: (total) => {
      progress = createProgress(total, process.stderr, { quiet });
    },
    onFile: (file, note) => progress.tick(file, note),
    onUnpack: (zip) => {
      if (!quiet) process.stderr.write(`Unpacking ${printable(zip)}…\n`);
    },
    marks,
    handMarks,
    canvas: { assignment: args.flags.get('assignment')?.[0], points, roster },
    worksheet,
  });
  progress.done();
  for (const m of outcome.missing) process.stderr.write(`groupplan: ${printable(`${m.arg} ${m.reason}`)}\n`);
  if (!outcome.ok) {
    for (const p of outcome.problems) process.stderr.write(`groupplan: ${printable(p)}\n`);
    return 2;
  }
  // Warnings the grading itself found (the rubric's own were printed before it started).
  const early = new Set(rubricWarnings(rubric));
  for (const w of outcome.report.warnings) if (!early.has(w)) process.stderr.write(`groupplan: warning: ${printable(w)}\n`);
  for (const s of outcome.report.students) for (const e of s.ruleErrors) process.stderr.write(`groupplan: ${printable(`rule ${e.ruleId} failed on ${s.file}: ${e.message}`)}\n`);
  if (!quiet) {
    const { summary } = outcome.report;
    const rel = path.relative(process.cwd(), outcome.outDir);
    const shown = !rel ? '.' : rel.startsWith('..') ? outcome.outDir : rel;
    const cal = outcome.report.calibration;
    if (cal) {
      process.stderr.write(`${printable(calibrationSummary(cal))}\n`);
      if (cal.unmatched.length) process.stderr.write(`groupplan: warning: ${printable(`no graded submission for ${cal.unmatched.length} row${cal.unmatched.length === 1 ? '' : 's'} of ${cal.file}: ${cal.unmatched.slice(0, 5).join(', ')}${cal.unmatched.length > 5 ? ', …' : ''}`)}\n`);
      if (cal.ignoredColumns.length) process.stderr.write(`groupplan: warning: ${printable(`columns of ${cal.file} that are neither the total nor a criterion were not compared: ${cal.ignoredColumns.join(', ')}`)}\n`);
    }
    const lms = outcome.report.lms;
    if (lms?.canvas) process.stderr.write(`Canvas: ${lms.canvas.file} is ready for the Gradebook's Import${lms.canvas.notIncluded.length ? `; not in it (no Canvas id): ${printable(lms.canvas.notIncluded.slice(0, 5).join(', '))}${lms.canvas.notIncluded.length > 5 ? ', …' : ''}` : ''}.\n`);
    if (lms?.moodle) process.stderr.write(`Moodle: ${lms.moodle.file} has grades and feedback comments for ${lms.moodle.filled} participant${lms.moodle.filled === 1 ? '' : 's'}; upload it with "Upload grading worksheet"${lms.moodle.notIncluded.length ? `; not in the worksheet: ${printable(lms.moodle.notIncluded.slice(0, 5).join(', '))}${lms.moodle.notIncluded.length > 5 ? ', …' : ''}` : ''}.\n`);
    if (lms?.moodleFeedback) process.stderr.write(`Moodle: ${lms.moodleFeedback.file} holds the feedback page of ${lms.moodleFeedback.included} participant${lms.moodleFeedback.included === 1 ? '' : 's'}; upload it with "Upload multiple feedback files in a zip".\n`);
    if (lms?.canvasFeedback) process.stderr.write(`Canvas: ${lms.canvasFeedback.file} holds the feedback page of ${lms.canvasFeedback.included} student${lms.canvasFeedback.included === 1 ? '' : 's'}; upload it with "Re-Upload Submissions" (each becomes a comment)${lms.canvasFeedback.notIncluded.length ? `; not in it (online-text entries, with no file to attach to): ${printable(lms.canvasFeedback.notIncluded.slice(0, 5).join(', '))}${lms.canvasFeedback.notIncluded.length > 5 ? ', …' : ''}` : ''}.\n`);
    process.stderr.write(`Graded ${summary.graded} of ${summary.submissions} submissions${summary.skipped ? ` (${summary.skipped} could not be graded; see the report)` : ''}. Reports in ${shown}/: report.html, grades.csv, report.json, feedback/.\n`);
  }
  return 0;
}

// Reads a file given on the command line (undefined when none was given); prints the problem and
// returns null when it cannot be used, before any grading.
function readGivenFile(file: string | undefined, what: string, problem: (text: string) => string | undefined = () => undefined): LmsFile | undefined | null {
  if (file === undefined) return undefined;
  const read = readTextFile(file);
  const reason = read.ok ? problem(read.text.replace(/^\uFEFF/, '')) : read.reason;
  if (!read.ok || reason) {
    process.stderr.write(`groupplan: ${printable(`the ${what} ${file} ${reason}`)}\n`);
    return null;
  }
  return { file: path.basename(file), text: read.text };
}

// Reads and checks the instructor's marks before any grading; prints the problem and returns null.
function loadMarks(file: string): Marks | null {
  const read = readGivenFile(file, 'marks file');
  if (!read) return null;
  const { marks, problems } = readMarks(read.text, read.file);
  for (const p of problems) process.stderr.write(`groupplan: ${printable(p)}\n`);
  return marks ?? null;
}

// Reads and checks the rubric; prints the problems and returns undefined when it is bad.
export function loadRubric(file: string | undefined): Rubric | undefined {
  if (!file) return defaultRubric();
  let text: string;
  try {
    text = fs.readFileSync(path.resolve(file), 'utf8');
  } catch (e) {
    process.stderr.write(`groupplan: cannot read the rubric ${file}: ${(e as Error).message}\n`);
    return undefined;
  }
  const { rubric, problems } = parseRubric(text, file);
  for (const p of problems) process.stderr.write(`groupplan: rubric problem in ${file}${p.path ? ` at ${p.path}` : ''}: ${p.message}\n`);
  return rubric;
}

