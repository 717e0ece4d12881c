// `groupplan grade <folder|files...> --out <folder>`: grades a class of submitted plans against a
// rubric and writes per-student feedback, grades.csv, report.json and report.html.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RULES } from '../engine';
import { defaultRubric, DEFAULT_RUBRIC_YAML, parseRubric, RUBRIC_SCHEMA, rubricRules, type Rubric } from '../engine/grade/rubric';
import { unknownRubricRules } from '../engine/grade/score';
import { loadConfigFor } from '../node/config-loader';
import { collectSubmissions } from '../grade/collect';
import { unsupportedReason } from '../grade/convert';
import { checkAll } from '../grade/pool';
import { buildReport, feedbackMarkdown, toCsv } from '../grade/report';
import { renderHtml } from '../grade/html';
import { removeStaleStaging, writeOutputs } from '../grade/output';
import { createProgress } from '../grade/progress';
import type { CheckedSubmission, CheckTask } from '../grade/check-submission';
import { parseArgs, UsageError } from './args';

export const GRADE_HELP = `Usage: groupplan grade <folder|files...> --out <folder> [options]

Grades submitted plans (.md, .markdown, .txt, .docx) against a rubric.
A file in a sub-folder belongs to the student the sub-folder is named after.

Options:
  --out FOLDER       where to write feedback/, grades.csv, report.json and report.html (required)
  --rubric FILE      rubric.yaml to grade with (default: the built-in mutual-aid rubric)
  --print-rubric     print the default rubric (a starting point for your own) and exit
  --print-rubric-schema  print the JSON Schema of rubric files and exit
  --jobs N           worker threads (default: one per core; 1 checks in this thread)
  --quiet            no progress output

Exit codes: 0 graded (files that could not be read are listed in the report), 2 usage, rubric or config failure.
`;

export async function runGrade(argv: string[], version: string): Promise<number> {
  const args = parseArgs(argv, ['quiet', 'print-rubric', 'print-rubric-schema', 'help'], ['out', 'rubric', 'jobs']);
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
  const warnings: string[] = [];
  const unknown = unknownRubricRules(rubric, RULES.map((r) => r.meta.id));
  if (unknown.length) {
    const w = `The rubric names ${unknown.length === 1 ? 'a rule' : `${unknown.length} rules`} that this groupplan version does not have, counted as no findings: ${unknown.map((u) => `${u.ruleId} (${u.criteria.join(', ')})`).join(', ')}.`;
    warnings.push(w);
    if (!quiet) process.stderr.write(`groupplan: warning: ${w}\n`);
  }

  const outDir = path.resolve(out);
  const { files, missing } = collectSubmissions(args.positional, { exclude: outDir });
  for (const m of missing) process.stderr.write(`groupplan: ${m.arg} ${m.reason}\n`);
  if (files.length === 0) {
    process.stderr.write('groupplan: no submissions found to grade.\n');
    return 2;
  }
  if (!checkConfigs(files.map((f) => f.path))) return 2;

  // Unsupported files are reported without being sent to a worker.
  const tasks: CheckTask[] = [];
  const early: CheckedSubmission[] = [];
  files.forEach((f, index) => {
    const reason = unsupportedReason(f.path);
    if (reason) early.push({ index, file: f.display, student: f.student, skipped: reason, findings: [], ruleErrors: [], strengths: [], dynamics: [] });
    else tasks.push({ index, path: f.path, display: f.display, student: f.student });
  });
  const progress = createProgress(files.length, process.stderr, { quiet });
  for (const s of early) progress.tick(s.file, `not graded: ${s.skipped}`);
  const byIndex = new Map<number, CheckTask>();
  const local = tasks.map((t, i) => {
    byIndex.set(i, t);
    return { ...t, index: i };
  });
  const checked = await checkAll(local, rubricRules(rubric), {
    workerFile: path.join(__dirname, 'grade-worker.js'),
    jobs,
    // An explicit --jobs is honoured even for a small batch.
    minParallel: jobs === undefined ? undefined : 2,
    onResult: (r) => progress.tick(r.file, r.skipped ? `not graded: ${r.skipped}` : `${r.findings.length} finding${r.findings.length === 1 ? '' : 's'}`),
  });
  progress.done();
  const all = [...early, ...checked.map((r, i) => ({ ...r, index: byIndex.get(i)!.index }))].sort((a, b) => a.index - b.index);
  for (const r of all) for (const e of r.ruleErrors) process.stderr.write(`groupplan: rule ${e.ruleId} failed on ${r.file}: ${e.message}\n`);

  const report = buildReport(all, rubric, version, warnings);
  const outputs = new Map<string, string>();
  const textOf = new Map(all.map((r) => [r.file, r.text]));
  for (const s of report.students) outputs.set(s.feedback, feedbackMarkdown(s, rubric, textOf.get(s.file)));
  outputs.set('grades.csv', toCsv(report));
  outputs.set('report.json', `${JSON.stringify(report, null, 2)}\n`);
  outputs.set('report.html', renderHtml(report));
  removeStaleStaging(outDir);
  writeOutputs(outDir, outputs);
  if (!quiet) {
    const rel = path.relative(process.cwd(), outDir);
    const shown = !rel ? '.' : rel.startsWith('..') ? outDir : rel;
    process.stderr.write(`Graded ${report.summary.graded} of ${report.summary.submissions} submissions${report.summary.skipped ? ` (${report.summary.skipped} could not be graded; see the report)` : ''}. Reports in ${shown}/: report.html, grades.csv, report.json, feedback/.\n`);
  }
  return 0;
}

// Reads and checks the rubric; prints the problems and returns undefined when it is bad.
function loadRubric(file: string | undefined): Rubric | undefined {
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

// A broken config file near the submissions stops the run before any grading (exit 2).
function checkConfigs(files: string[]): boolean {
  const seen = new Set<string>();
  for (const f of files) {
    const dir = path.dirname(f);
    if (seen.has(dir)) continue;
    seen.add(dir);
    const loaded = loadConfigFor(f);
    if (loaded.problems.length) {
      for (const p of loaded.problems) process.stderr.write(`groupplan: config problem${p.source ? ` in ${p.source}` : ''}${p.path ? ` at ${p.path}` : ''}: ${p.message}\n`);
      return false;
    }
  }
  return true;
}
