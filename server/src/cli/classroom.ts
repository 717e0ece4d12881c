// `groupplan classroom <plan>`: grades one plan in a student's repository and prints the result in the
// form GitHub Classroom's autograding reporter reads (one test per rubric criterion, each with its
// score), so the student gets partial credit criterion by criterion. The reporter takes a runner's
// result from the step output `result`, base64-encoded JSON: { version: 1, status, max_score, tests:
// [{ name, status, score, message }] } (github-education-resources/autograding-grading-reporter).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { scoreSubmission } from '../engine/grade/score';
import { rubricRules } from '../engine/grade/rubric';
import { checkSubmission } from '../grade/check-submission';
import { printable } from '../node/stdio';
import { parseArgs, UsageError } from './args';
import { loadRubric } from './grade';

export const CLASSROOM_HELP = `Usage: groupplan classroom <plan> [--rubric FILE] [--github-output]

Grades one plan (.md, .markdown, .txt or .docx) and prints GitHub Classroom's autograding result
as JSON: one test per rubric criterion, with its score and the findings that cost points.

  --rubric FILE      grade with this rubric instead of the default one
  --github-output    also append result=<base64 JSON> to the file $GITHUB_OUTPUT names, for a
                     workflow step whose id the autograding reporter lists in its runners

Exit codes: 0 graded (whatever the score), 2 usage, rubric or file failure.
`;

interface ClassroomTest {
  name: string;
  status: 'pass' | 'fail';
  score: number;
  message: string;
  line_no: number;
  execution_time: string;
}

export async function runClassroom(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['github-output', 'help'], ['rubric']);
  if (args.flags.has('help')) {
    process.stdout.write(CLASSROOM_HELP);
    return 0;
  }
  if (args.positional.length !== 1) throw new UsageError('Name the one plan to grade: groupplan classroom plan.md');
  const rubric = loadRubric(args.flags.get('rubric')?.[0]);
  if (!rubric) return 2;
  const file = path.resolve(args.positional[0]);
  const started = Date.now();
  const checked = await checkSubmission({ index: 0, path: file, display: path.basename(file), student: path.basename(file) }, rubricRules(rubric));
  if (checked.skipped) {
    process.stderr.write(`groupplan: ${printable(`${args.positional[0]} ${checked.skipped}`)}\n`);
    return 2;
  }
  const score = scoreSubmission(checked.findings, rubric, checked.evidence);
  const seconds = `${((Date.now() - started) / 1000).toFixed(2)}s`;
  const tests: ClassroomTest[] = score.criteria.map((c) => {
    const costly = c.findings.map((i) => checked.findings[i]).filter((f) => f.scored !== false);
    const message = [`${c.score} of ${c.points} points.`, ...costly.map((f) => `Line ${f.line}: ${f.message}`)].join('\n');
    return { name: c.title, status: c.score >= c.points ? 'pass' : 'fail', score: c.score, message, line_no: costly[0]?.line ?? 0, execution_time: seconds };
  });
  const result = { version: 1, status: tests.every((t) => t.status === 'pass') ? 'pass' : 'fail', max_score: score.max, tests };
  const json = JSON.stringify(result);
  process.stdout.write(`${json}\n`);
  if (args.flags.has('github-output')) {
    const out = process.env.GITHUB_OUTPUT;
    if (!out) {
      process.stderr.write('groupplan: --github-output needs $GITHUB_OUTPUT, which GitHub Actions sets for each step.\n');
      return 2;
    }
    fs.appendFileSync(out, `result=${Buffer.from(json).toString('base64')}\n`);
  }
  return 0;
}
