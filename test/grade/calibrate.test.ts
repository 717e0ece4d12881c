// `grade --calibrate marks.csv`: the instructor's own marks for some submissions, compared with
// groupplan's scores (rank correlation and mean differences, overall and per criterion).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { calibrate, parseCsv, readMarks, spearman } from '../../server/src/grade/calibrate';
import type { ClassReport } from '../../server/src/grade/report';

const root = path.resolve(__dirname, '../..');
const bin = path.join(root, 'bin/groupplan.js');
let tmp: string;

beforeAll(() => {
  if (!existsSync(path.join(root, 'dist/cli.js'))) throw new Error('The CLI is not built: run "npm run build" (npm test does it) before these tests.');
  tmp = mkdtempSync(path.join(os.tmpdir(), 'groupplan-calibrate-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('reading marks', () => {
  it('reads quoted fields, doubled quotes, CRLF, a byte order mark, and semicolon or tab files', () => {
    expect(parseCsv('\uFEFFstudent,total\r\n"Lopez, Ana","9""5"\r\n\r\nben,30\n')).toEqual([
      ['student', 'total'],
      ['Lopez, Ana', '9"5'],
      ['ben', '30'],
    ]);
    expect(parseCsv('student;total;note\nana;18,5;a, b\n')).toEqual([
      ['student', 'total', 'note'],
      ['ana', '18,5', 'a, b'],
    ]);
    expect(parseCsv('student\ttotal\nana\t7\n')).toEqual([
      ['student', 'total'],
      ['ana', '7'],
    ]);
  });

  it('needs a student column and at least one row', () => {
    expect(readMarks('name,total\n', 'm.csv').problems[0]).toMatch(/m\.csv has no rows of marks/);
    expect(readMarks('who,total\nana,3\n', 'm.csv').problems[0]).toMatch(/m\.csv has no "student" column .*who, total/);
    expect(readMarks('Student,Total\nana,3\n', 'm.csv').problems).toEqual([]);
  });
});

describe('spearman', () => {
  it('is 1 for the same order, -1 for the reverse, and shares ranks between ties', () => {
    expect(spearman([1, 2, 3, 4], [10, 20, 30, 40])).toBeCloseTo(1);
    expect(spearman([1, 2, 3, 4], [40, 30, 20, 10])).toBeCloseTo(-1);
    // Ranks (1.5, 1.5, 3) against (1, 2, 3): r = 0.866.
    expect(spearman([5, 5, 9], [1, 2, 3])).toBeCloseTo(0.866, 3);
    expect(spearman([1, 2], [1, 2])).toBeNull();
    expect(spearman([3, 3, 3], [1, 2, 3])).toBeNull();
  });
});

describe('calibrate', () => {
  const report = {
    rubric: { criteria: [{ id: 'purpose', title: 'Purpose as common cause', points: 25 }, { id: 'norms', title: 'Norms', points: 20 }] },
    students: [
      ['Ana López', 'ana-lopez', 'class/ana-lopez.md', 90, 25, 20],
      ['ben-okafor', 'ben-okafor', 'class/ben-okafor.md', 10, 0, 5],
      ['chen-wei', 'chen-wei', 'class/chen-wei/plan.docx', 60, 20, 10],
    ].map(([student, slug, file, total, p, n]) => ({ student, slug, file, total, max: 100, criteria: [{ id: 'purpose', score: p }, { id: 'norms', score: n }] })),
  } as unknown as ClassReport;

  it('matches students by name in any order or form, scales percentages and fractions, and compares totals and criteria', () => {
    const marks = readMarks('Student,Total,Purpose as common cause,norms,Comments\n"Lopez, Ana",80%,20,18,fine\nBen Okafor,20/50,5,6,\nchen-wei,70,15,,\nNobody,50,,,\n', 'marks.csv').marks!;
    const c = calibrate(report, marks);
    expect(c.rows).toEqual([
      { student: 'Ana López', instructor: 80, groupplan: 90 },
      { student: 'ben-okafor', instructor: 40, groupplan: 10 },
      { student: 'chen-wei', instructor: 70, groupplan: 60 },
    ]);
    expect(c.total).toEqual({ n: 3, spearman: 1, meanAbsDiff: 16.67, meanDiff: -10, max: 100 });
    expect(c.criteria.map((k) => [k.id, k.n, k.meanAbsDiff])).toEqual([
      ['purpose', 3, 5],
      ['norms', 2, 1.5],
    ]);
    expect(c.unmatched).toEqual(['Nobody']);
    expect(c.ignoredColumns).toEqual(['Comments']);
  });
});

describe('groupplan grade --calibrate', () => {
  it('puts the agreement in report.json, report.html and the terminal summary', () => {
    const marks = path.join(tmp, 'marks.csv');
    writeFileSync(marks, 'Student,Total,purpose\r\nana-lopez,92,24\r\nben-okafor,30,5\r\nchen-wei,80,20\r\ndara-singh,60,22\r\n');
    const out = path.join(tmp, 'out');
    const r = spawnSync(process.execPath, [bin, 'grade', 'samples/class', '--out', out, '--calibrate', marks], { cwd: root, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/Against your marks for 4 submissions: rank correlation -?\d\.\d\d; totals differ by [\d.]+ of 100 points on average/);
    const report = JSON.parse(readFileSync(path.join(out, 'report.json'), 'utf8'));
    expect(report.calibration.total.n).toBe(4);
    expect(report.calibration.criteria.map((k: { id: string }) => k.id)).toEqual(['purpose']);
    const html = readFileSync(path.join(out, 'report.html'), 'utf8');
    expect(html).toContain('<h2>Agreement with your marks</h2>');
    expect(html).toMatch(/<td>Purpose as common cause<\/td><td class="num">4<\/td>/);
  });

  it('a marks file it cannot use stops the run before grading, with the reason', () => {
    const out = path.join(tmp, 'bad');
    const missing = spawnSync(process.execPath, [bin, 'grade', 'samples/class', '--out', out, '--calibrate', path.join(tmp, 'nope.csv')], { cwd: root, encoding: 'utf8' });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/the marks file .*nope\.csv/);
    const noStudent = path.join(tmp, 'who.csv');
    writeFileSync(noStudent, 'who,total\nana,3\n');
    const r = spawnSync(process.execPath, [bin, 'grade', 'samples/class', '--out', out, '--calibrate', noStudent], { cwd: root, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/who\.csv has no "student" column/);
    expect(existsSync(out)).toBe(false);
  });
});
