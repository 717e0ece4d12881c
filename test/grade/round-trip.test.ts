// The instructor's whole round trip, as the platforms hand a class out: a Canvas "Download
// Submissions" zip and a Moodle "Download all submissions" zip, each graded as it is, and what goes
// back checked against the platforms' import rules:
// - Canvas Gradebook import (CSV): first columns Student, ID, SIS User ID, SIS Login ID, Section, then
//   one column per assignment, "name (id)" to fill an existing one; rows matched by ID; an optional
//   "Points Possible" row (Instructure Community, "How do I import grades in the Gradebook?").
// - Moodle "Upload grading worksheet": the worksheet as exported, rows matched by "Participant <id>",
//   Grade and Feedback comments read back; "Upload multiple feedback files in a zip": a path's second
//   underscore-separated part is the participant id (mod/assign/feedback/file/importziplib.php).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../server/src/grade/calibrate';

const root = path.resolve(__dirname, '../..');
const sample = (f: string) => readFileSync(path.join(root, 'samples/class', f));
let tmp: string;

beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'groupplan-round-trip-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const grade = (args: string[]) => spawnSync(process.execPath, [path.join(root, 'bin/groupplan.js'), 'grade', ...args, '--quiet'], { cwd: tmp, encoding: 'utf8' });

async function pdfOf(html: string): Promise<Buffer> {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: process.env.GROUPPLAN_CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    await page.setContent(html);
    return await page.pdf();
  } finally {
    await browser.close();
  }
}

describe('the round trip through a learning platform', () => {
  it('Canvas: a download zip with Word, Markdown and its resubmission, a late file, online text and a PDF', async () => {
    const JSZip = (await import('jszip')).default;
    const zip = new JSZip();
    zip.file('singhdara_20001_500001_tenant plan.docx', sample('dara-singh.docx'));
    zip.file('okaforben_20002_500002_plan.md', sample('ben-okafor.md'));
    zip.file('okaforben_LATE_20002_500099_plan-1.md', sample('ana-lopez.md'));
    zip.file('moreaueli_20004_text.html', '<h1>Caregivers group</h1><h2>Purpose</h2><p>Adult children caring for a parent with dementia meet to share what works and support one another.</p>');
    zip.file('ortizmaya_LATE_20006_500010_plan.pdf', await pdfOf('<h1>Fathers group</h1><h2>Purpose</h2><p>New fathers meet to share what they are learning and back one another through the first year.</p><h2>Norms</h2><ul><li>We speak to one another, not only to the worker.</li></ul>'));
    const file = path.join(tmp, 'canvas.zip');
    writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer' }));
    const r = grade([file, '--out', path.join(tmp, 'canvas-out'), '--assignment', 'Pre-group plan (777)', '--points', '50']);
    expect(r.status, r.stderr).toBe(0);
    const report = JSON.parse(readFileSync(path.join(tmp, 'canvas-out/report.json'), 'utf8'));
    // One row per student, by platform id, in the order of Canvas's sortable names; every file graded.
    expect(report.students.map((s: { platform: { id: string } }) => s.platform.id)).toEqual(['20004', '20002', '20006', '20001']);
    expect(report.skipped).toEqual([]);
    expect(report.students.map((s: { format: string }) => s.format)).toEqual(['html', 'markdown', 'pdf', 'docx']);
    expect(report.students.find((s: { platform: { id: string } }) => s.platform.id === '20006').platform).toMatchObject({ late: true, original: 'plan.pdf' });
    const csv = parseCsv(readFileSync(path.join(tmp, 'canvas-out/canvas-import.csv'), 'utf8'));
    expect(csv[0]).toEqual(['Student', 'ID', 'SIS User ID', 'SIS Login ID', 'Section', 'Pre-group plan (777)']);
    expect(csv[1][0].trim()).toBe('Points Possible');
    expect(csv.slice(2).map((row) => row[1])).toEqual(['20004', '20002', '20006', '20001']);
    for (const row of csv.slice(2)) expect(Number(row[5])).toBeGreaterThanOrEqual(0);
  }, 90_000);

  it('Moodle: a download zip with folders, names in Polish and Chinese and a Word file, and the worksheet back', async () => {
    const JSZip = (await import('jszip')).default;
    const zip = new JSZip();
    zip.file('Łukasz Żółw_1042_assignsubmission_file_/plan.docx', sample('dara-singh.docx'));
    zip.file('陈伟_1043_assignsubmission_file_/计划.md', sample('ana-lopez.md'));
    zip.file('Ana López_1044_assignsubmission_file_/plan.md', sample('ben-okafor.md'));
    const file = path.join(tmp, 'moodle.zip');
    writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer' }));
    const worksheet = path.join(tmp, 'worksheet.csv');
    writeFileSync(
      worksheet,
      [
        'Identifier,"Full name","Email address",Status,Grade,"Maximum Grade","Grade can be changed","Last modified (submission)","Last modified (grade)","Feedback comments"',
        '"Participant 1042","Łukasz Żółw",lz@example.edu,"Submitted for grading",,20.00,Yes,-,-,',
        '"Participant 1043","陈伟",cw@example.edu,"Submitted for grading",,20.00,Yes,-,-,',
        '"Participant 1044","Ana López",al@example.edu,"Submitted for grading",,20.00,Yes,-,-,',
      ].join('\n'),
    );
    const r = grade([file, '--out', path.join(tmp, 'moodle-out'), '--worksheet', worksheet]);
    expect(r.status, r.stderr).toBe(0);
    const report = JSON.parse(readFileSync(path.join(tmp, 'moodle-out/report.json'), 'utf8'));
    expect(report.students.map((s: { student: string; platform: { id: string } }) => [s.student, s.platform.id])).toEqual([
      ['Ana López', '1044'],
      ['Łukasz Żółw', '1042'],
      ['陈伟', '1043'],
    ]);
    for (const name of ['Łukasz Żółw', '陈伟', 'Ana López']) expect(existsSync(path.join(tmp, 'moodle-out/feedback', `${name}.md`)), name).toBe(true);
    const csv = parseCsv(readFileSync(path.join(tmp, 'moodle-out/moodle-worksheet.csv'), 'utf8'));
    for (const row of csv.slice(1)) {
      const s = report.students.find((x: { platform: { id: string } }) => `Participant ${x.platform.id}` === row[0]);
      expect(Number(row[4])).toBeCloseTo((s.total / s.max) * 20, 2);
      expect(row[9]).toMatch(/^groupplan: .* is in the feedback file feedback\.html\.$/);
    }
    const feedback = await JSZip.loadAsync(readFileSync(path.join(tmp, 'moodle-out/moodle-feedback.zip')));
    expect(Object.keys(feedback.files).map((n) => n.split('_')[1]).sort()).toEqual(['1042', '1043', '1044']);
  }, 90_000);
});
