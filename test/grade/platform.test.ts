// Classes as learning platforms hand them out, and grades back in the files their importers read.
//
// The layouts and import rules, as the platforms document them:
// - Canvas "Download Submissions": `<sortable name>[_LATE]_<user id>_<attachment id>_<original name>`
//   (resubmissions get a new attachment id, and "-1", "-2" on the name); online text entries
//   `<sortable name>_<user id>_text.html`. Gradebook Import CSV: columns Student, ID, SIS User ID,
//   SIS Login ID, Section, then one column per assignment named "<name> (<id>)" (an unknown name makes
//   a new assignment); rows matched by ID; an optional "Points Possible" row (Canvas Community,
//   "How do I import grades in the Gradebook?").
// - Moodle assignment "Download all submissions": `<full name>_<participant id>_assignsubmission_file_<file>`,
//   or a folder `<full name>_<participant id>_assignsubmission_file_` per student. "Download grading
//   worksheet" / "Upload grading worksheet": CSV with Identifier ("Participant <id>"), Full name, Email
//   address, Status, Grade, Maximum Grade, …, Feedback comments; rows matched by Identifier
//   (MoodleDocs, "Assignment settings" and "Using Assignment": offline grading worksheet).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { platformOf } from '../../server/src/grade/platform';
import { parseCsv } from '../../server/src/grade/calibrate';

const root = path.resolve(__dirname, '../..');
const bin = path.join(root, 'bin/groupplan.js');
const sample = (f: string) => path.join(root, 'samples/class', f);
let tmp: string;

beforeAll(() => {
  if (!existsSync(path.join(root, 'dist/cli.js'))) throw new Error('The CLI is not built: run "npm run build" (npm test does it) before these tests.');
  tmp = mkdtempSync(path.join(os.tmpdir(), 'groupplan-platform-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('reading platform file names', () => {
  it('Canvas: sortable name, lateness, user id, attachment id, original name and resubmission number', () => {
    expect(platformOf('lopezana_12345_678901_plan.docx')).toEqual({ kind: 'canvas', id: '12345', name: 'lopezana', attachment: '678901', original: 'plan.docx', resubmission: 0 });
    expect(platformOf('lopezana_LATE_12345_678955_plan-1.docx')).toMatchObject({ id: '12345', late: true, original: 'plan.docx', resubmission: 1 });
    expect(platformOf('okaforben_23456_text.html')).toMatchObject({ kind: 'canvas', id: '23456', original: 'text.html' });
    expect(platformOf('anon_a1b2c3_789012_plan.md')).toMatchObject({ kind: 'canvas', id: 'a1b2c3', name: 'anonymous a1b2c3' });
  });

  it('Moodle: full name in any script and participant id, flat or in folders', () => {
    expect(platformOf('Łukasz Żółw_1042_assignsubmission_file_plan.docx')).toEqual({ kind: 'moodle', id: '1042', name: 'Łukasz Żółw', original: 'plan.docx', resubmission: 0 });
    expect(platformOf('陈伟_1043_assignsubmission_file_/计划.md')).toMatchObject({ kind: 'moodle', id: '1043', name: '陈伟', original: '计划.md' });
    expect(platformOf('Ana López_1044_assignsubmission_onlinetext_onlinetext.html')).toMatchObject({ kind: 'moodle', id: '1044', original: 'onlinetext.html' });
  });

  it('other names are not read as a platform’s', () => {
    expect(platformOf('ana-lopez.md')).toBeUndefined();
    expect(platformOf('plan_2024_10_notes.md')).toBeUndefined();
    expect(platformOf('Maya Ortiz/plan.docx')).toBeUndefined();
  });
});

function grade(args: string[]) {
  const r = spawnSync(process.execPath, [bin, 'grade', ...args], { cwd: tmp, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('a Canvas download, graded and imported back', () => {
  it('one student per user id, the latest upload graded, canvas-import.csv with Canvas’s columns', () => {
    const dir = path.join(tmp, 'canvas');
    mkdirSync(dir);
    copyFileSync(sample('dara-singh.docx'), path.join(dir, 'singhdara_20001_500001_tenant plan.docx'));
    copyFileSync(sample('ben-okafor.md'), path.join(dir, 'okaforben_20002_500002_plan.md'));
    copyFileSync(sample('ana-lopez.md'), path.join(dir, 'okaforben_LATE_20002_500099_plan-1.md'));
    copyFileSync(sample('farah-haddad.markdown'), path.join(dir, 'haddadfarah_LATE_20003_500003_final.markdown'));
    writeFileSync(
      path.join(dir, 'moreaueli_20004_text.html'),
      '<h1>Caregivers group</h1><h2>Purpose</h2><p>Adult children caring for a parent with dementia meet to share <b>what works</b> and support one another.</p><h2>Norms</h2><ul><li>We talk to one another, not only to the leader.</li><li>What is said here stays here.</li></ul><script>alert(1)</script>',
    );
    writeFileSync(path.join(dir, 'lopezana_20005_link.html'), '<a href="https://example.org/plan">my plan</a>');
    const r = grade([dir, '--out', path.join(tmp, 'canvas-out'), '--assignment', 'Pre-group plan (777)', '--points', '50', '--quiet']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const report = JSON.parse(readFileSync(path.join(tmp, 'canvas-out/report.json'), 'utf8'));
    expect(report.students.map((s: { student: string }) => s.student).sort()).toEqual(['haddadfarah', 'moreaueli', 'okaforben', 'singhdara']);
    // An online-text entry is read as the web page it is: headings, lists and emphasis kept, scripts left out.
    const eli = report.students.find((s: { student: string }) => s.student === 'moreaueli');
    expect(eli.format).toBe('html');
    expect(eli.purpose.text).toBe('Adult children caring for a parent with dementia meet to share what works and support one another.');
    const eliFeedback = readFileSync(path.join(tmp, 'canvas-out/feedback/moreaueli.md'), 'utf8');
    expect(eliFeedback).toContain('(a web page, converted to Markdown;');
    expect(eliFeedback).toMatch(/## Norms\n.*\n.*- We talk to one another, not only to the leader\./);
    expect(eliFeedback).toContain('meet to share **what works** and support one another.');
    expect(eliFeedback).not.toContain('alert(1)');
    const ben = report.students.find((s: { student: string }) => s.student === 'okaforben');
    // The resubmission (a later attachment id) is graded; the first upload is listed.
    expect(ben.platform).toMatchObject({ kind: 'canvas', id: '20002', attachment: '500099', late: true, original: 'plan.md', resubmission: 1 });
    expect(ben.others).toEqual(['canvas/okaforben_20002_500002_plan.md']);
    expect(readFileSync(path.join(tmp, 'canvas-out/feedback/okaforben.md'), 'utf8')).toContain('Submission: `plan.md`');
    expect(report.skipped.map((s: { platform: { id: string }; reason: string }) => [s.platform.id, s.reason])).toEqual([['20005', 'is a website URL entry, which the grader does not follow; ask for the plan itself']]);
    const csv = parseCsv(readFileSync(path.join(tmp, 'canvas-out/canvas-import.csv'), 'utf8'));
    expect(csv[0]).toEqual(['Student', 'ID', 'SIS User ID', 'SIS Login ID', 'Section', 'Pre-group plan (777)']);
    expect(csv[1]).toEqual(['    Points Possible', '', '', '', '', '50']);
    const ids = csv.slice(2).map((row) => row[1]).sort();
    expect(ids).toEqual(['20001', '20002', '20003', '20004']);
    const benRow = csv.find((row) => row[1] === '20002')!;
    expect(Number(benRow[5])).toBeCloseTo((ben.total / ben.max) * 50, 2);
    // Feedback back as comments: each page named with the download's prefix, so "Re-Upload
    // Submissions" reads the user id and the graded file's attachment id (the first two all-digit parts).
    expect(report.lms.canvasFeedback).toEqual({ file: 'canvas-feedback.zip', included: 3, notIncluded: ['moreaueli'] });
    const py = spawnSync('python3', ['-c', 'import sys, zipfile, json; z = zipfile.ZipFile(sys.argv[1]); assert z.testzip() is None; print(json.dumps(sorted(z.namelist())))', path.join(tmp, 'canvas-out/canvas-feedback.zip')], { encoding: 'utf8' });
    expect(py.stderr).toBe('');
    const names = JSON.parse(py.stdout) as string[];
    expect(names).toEqual(['haddadfarah_LATE_20003_500003_feedback.html', 'okaforben_LATE_20002_500099_feedback.html', 'singhdara_20001_500001_feedback.html']);
    for (const n of names) {
      const [user, attachment] = n.split('_').filter((part) => /^\d+$/.test(part));
      const graded = report.students.find((st: { platform: { id: string } }) => st.platform.id === user);
      expect(graded.platform.attachment).toBe(attachment);
    }
  });

  it('with --roster, the Gradebook export’s rows are kept and the assignment filled in for those graded', () => {
    const roster = path.join(tmp, 'gradebook.csv');
    writeFileSync(roster, 'Student,ID,SIS User ID,SIS Login ID,Section,Reading quiz (12)\r\n    Points Possible,,,,,10\r\n"Singh, Dara",20001,s1,dsingh,SW 610,8\r\n"Nguyen, Lan",20009,s9,lnguyen,SW 610,9\r\n');
    const r = grade([path.join(tmp, 'canvas'), '--out', path.join(tmp, 'roster-out'), '--roster', roster, '--quiet']);
    expect(r.code).toBe(0);
    const csv = parseCsv(readFileSync(path.join(tmp, 'roster-out/canvas-import.csv'), 'utf8'));
    expect(csv[0]).toEqual(['Student', 'ID', 'SIS User ID', 'SIS Login ID', 'Section', 'Group plan (groupplan)']);
    expect(csv[1][0]).toBe('    Points Possible');
    expect(csv[2].slice(0, 5)).toEqual(['Singh, Dara', '20001', 's1', 'dsingh', 'SW 610']);
    expect(Number(csv[2][5])).toBeGreaterThan(0);
    expect(csv[3]).toEqual(['Nguyen, Lan', '20009', 's9', 'lnguyen', 'SW 610', '']);
  });
});

describe('a Moodle download, graded and uploaded back', () => {
  it('names in every script kept, folders or flat files, and the grading worksheet filled in', () => {
    const dir = path.join(tmp, 'moodle');
    mkdirSync(path.join(dir, '陈伟_1043_assignsubmission_file_'), { recursive: true });
    copyFileSync(sample('dara-singh.docx'), path.join(dir, 'Łukasz Żółw_1042_assignsubmission_file_plan.docx'));
    copyFileSync(sample('ana-lopez.md'), path.join(dir, '陈伟_1043_assignsubmission_file_', '计划.md'));
    copyFileSync(sample('ben-okafor.md'), path.join(dir, 'Ana López_1044_assignsubmission_file_plan.md'));
    const worksheet = path.join(tmp, 'worksheet.csv');
    writeFileSync(
      worksheet,
      [
        'Identifier,"Full name","Email address",Status,Grade,"Maximum Grade","Grade can be changed","Last modified (submission)","Last modified (grade)","Feedback comments"',
        '"Participant 1042","Łukasz Żółw",lz@example.edu,"Submitted for grading",,20.00,Yes,"Monday, 1 December 2026",-,',
        '"Participant 1043","陈伟",cw@example.edu,"Submitted for grading",,20.00,Yes,"Monday, 1 December 2026",-,',
        '"Participant 1044","Ana López",al@example.edu,"Submitted for grading",,20.00,Yes,"Monday, 1 December 2026",-,',
        '"Participant 1045","Kim Park",kp@example.edu,"No submission",,20.00,Yes,-,-,',
      ].join('\n'),
    );
    const r = grade([dir, '--out', path.join(tmp, 'moodle-out'), '--worksheet', worksheet, '--quiet']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    for (const name of ['Łukasz Żółw', '陈伟', 'Ana López']) expect(existsSync(path.join(tmp, 'moodle-out/feedback', `${name}.md`)), name).toBe(true);
    const report = JSON.parse(readFileSync(path.join(tmp, 'moodle-out/report.json'), 'utf8'));
    expect(report.students.map((s: { platform: { id: string } }) => s.platform.id).sort()).toEqual(['1042', '1043', '1044']);
    expect(report.lms.moodle).toEqual({ file: 'moodle-worksheet.csv', filled: 3, notIncluded: [] });
    const csv = parseCsv(readFileSync(path.join(tmp, 'moodle-out/moodle-worksheet.csv'), 'utf8'));
    expect(csv[0][0]).toBe('Identifier');
    expect(csv).toHaveLength(5);
    for (const row of csv.slice(1, 4)) {
      expect(Number(row[4])).toBeGreaterThanOrEqual(0);
      expect(Number(row[4])).toBeLessThanOrEqual(20);
      expect(row[9]).toMatch(/^groupplan: [\d.]+ \/ 100\. Purpose as common cause [\d.]+\/25;/);
    }
    // A participant who did not submit is left as the worksheet had them.
    expect(csv[4]).toEqual(['Participant 1045', 'Kim Park', 'kp@example.edu', 'No submission', '', '20.00', 'Yes', '-', '-', '']);
    const ana = report.students.find((s: { platform: { id: string } }) => s.platform.id === '1044');
    expect(Number(csv[3][4])).toBeCloseTo((ana.total / ana.max) * 20, 2);
  });

  it('feedback pages in the zip layout Moodle\'s "Upload multiple feedback files in a zip" reads, opened by another zip reader', () => {
    // Runs after the test above, which graded the class into moodle-out.
    const zip = path.join(tmp, 'moodle-out', 'moodle-feedback.zip');
    const report = JSON.parse(readFileSync(path.join(tmp, 'moodle-out/report.json'), 'utf8'));
    expect(report.lms.moodleFeedback).toEqual({ file: 'moodle-feedback.zip', included: 3, notIncluded: [] });
    // Python's zipfile: checks every entry's CRC, lists the names and prints one page.
    const py = spawnSync('python3', ['-c', 'import sys, zipfile, json; z = zipfile.ZipFile(sys.argv[1]); assert z.testzip() is None; names = z.namelist(); print(json.dumps({"names": names, "page": z.read([n for n in names if "_1044_" in n][0]).decode("utf-8")}))', zip], { encoding: 'utf8' });
    expect(py.stderr).toBe('');
    const { names, page } = JSON.parse(py.stdout) as { names: string[]; page: string };
    expect(names.sort()).toEqual(['Ana López_1044_assignfeedback_file_feedback.html', 'Łukasz Żółw_1042_assignfeedback_file_feedback.html', '陈伟_1043_assignfeedback_file_feedback.html'].sort());
    // Moodle splits the path at underscores, at most five parts: the participant id second, the plugin third and fourth.
    for (const n of names) expect(n.split('_').slice(1, 4)).toEqual([expect.stringMatching(/^104[234]$/), 'assignfeedback', 'file']);
    const ana = report.students.find((s: { platform: { id: string } }) => s.platform.id === '1044');
    expect(page).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
    expect(page).toContain('<title>Feedback from groupplan: Ana López</title>');
    expect(page).toContain(`<strong>Total: ${ana.total} / ${ana.max}</strong>`);
    expect(page).not.toMatch(/<script/i);
    // The worksheet's comment points at the file the participant will find.
    const csv = parseCsv(readFileSync(path.join(tmp, 'moodle-out/moodle-worksheet.csv'), 'utf8'));
    expect(csv[3][9]).toMatch(/is in the feedback file feedback\.html\.$/);
  });

  it('a worksheet that is not one stops the run before grading', () => {
    const bad = path.join(tmp, 'notes.csv');
    writeFileSync(bad, 'just,a,note\n');
    const r = grade([path.join(tmp, 'moodle'), '--out', path.join(tmp, 'bad-out'), '--worksheet', bad]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/the Moodle grading worksheet .*notes\.csv does not look like a Moodle grading worksheet/);
    expect(existsSync(path.join(tmp, 'bad-out'))).toBe(false);
  });
});

describe('a class as a .zip', () => {
  it('is unpacked inside the output folder only, graded like a folder, and the unpacked copy removed', async () => {
    const JSZip = (await import('jszip')).default;
    const zip = new JSZip();
    zip.file('singhdara_20001_500001_plan.docx', readFileSync(sample('dara-singh.docx')));
    zip.file('okaforben_20002_500002_plan.md', readFileSync(sample('ben-okafor.md')));
    zip.file('okaforben_LATE_20002_500099_plan-1.md', readFileSync(sample('ana-lopez.md')));
    zip.file('__MACOSX/._okaforben_20002_500002_plan.md', 'resource fork');
    // JSZip writes "../" out of names, so the climbing entry is written as "zz/" and patched in the bytes.
    zip.file('zz/escape.md', '# Plan\n');
    zip.file('inner.zip', await new JSZip().file('x.md', '# x').generateAsync({ type: 'nodebuffer' }));
    const file = path.join(tmp, 'submissions.zip');
    const bytes = await zip.generateAsync({ type: 'nodebuffer' });
    writeFileSync(file, Buffer.from(bytes.toString('latin1').split('zz/escape.md').join('../escape.md'), 'latin1'));
    const out = path.join(tmp, 'zip-out');
    const r = grade([file, '--out', out, '--quiet']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/submissions\.zip\/\.\.\/escape\.md has a path that would lead out of the unpacked folder/);
    expect(r.stderr).toMatch(/submissions\.zip\/inner\.zip is a zip inside the zip/);
    expect(existsSync(path.join(tmp, 'escape.md'))).toBe(false);
    const report = JSON.parse(readFileSync(path.join(out, 'report.json'), 'utf8'));
    expect(report.students.map((s: { student: string; file: string }) => [s.student, s.file]).sort()).toEqual([
      ['okaforben', 'submissions.zip/okaforben_LATE_20002_500099_plan-1.md'],
      ['singhdara', 'submissions.zip/singhdara_20001_500001_plan.docx'],
    ]);
    expect(existsSync(path.join(out, 'canvas-import.csv'))).toBe(true);
    // Nothing of the unpacked copy is left behind.
    expect(readdirSync(out).filter((f) => f.startsWith('.groupplan-unpacked'))).toEqual([]);
  });

  it('an archive that is not one is named with the reason, and nothing is graded from it', () => {
    const file = path.join(tmp, 'broken.zip');
    writeFileSync(file, 'PK not really');
    const r = grade([file, '--out', path.join(tmp, 'broken-out'), '--quiet']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/broken\.zip is not a zip archive the grader can read/);
  });
});

describe('PDF submissions', () => {
  it('a PDF printed by Chromium is read with its headings and lists; a scan without a text layer is listed with that reason', async () => {
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({ executablePath: process.env.GROUPPLAN_CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
    const dir = path.join(tmp, 'pdf');
    mkdirSync(dir);
    try {
      const page = await browser.newPage();
      await page.setContent(
        '<h1>Caregivers group</h1><h2>Purpose</h2><p>Adult children caring for a parent with dementia meet to share what works and support one another as they face the same worries.</p><h2>Norms</h2><ul><li>We talk to one another, not only to the leader.</li><li>What is said here stays here.</li></ul>',
      );
      await page.pdf({ path: path.join(dir, 'maya-ortiz.pdf') });
      // Headings typed as bold lines of body size, as Word users often write them.
      await page.setContent('<p><b>Purpose</b></p><p>New fathers meet to share what they are learning and back one another through the first year.</p><p><b>Norms:</b></p><ul><li>We speak to one another, not only to the worker.</li></ul><p>Meetings are <b>weekly</b>, in the evening.</p>');
      await page.pdf({ path: path.join(dir, 'omar-bold.pdf') });
      await page.setContent('<canvas id="c" width="400" height="120"></canvas><script>document.getElementById("c").getContext("2d").fillRect(10, 10, 300, 80)</script>');
      await page.pdf({ path: path.join(dir, 'scanned.pdf') });
    } finally {
      await browser.close();
    }
    const r = grade([dir, '--out', path.join(tmp, 'pdf-out'), '--quiet']);
    expect(r.code).toBe(0);
    const report = JSON.parse(readFileSync(path.join(tmp, 'pdf-out/report.json'), 'utf8'));
    const maya = report.students.find((s: { student: string }) => s.student === 'maya-ortiz');
    expect(maya.format).toBe('pdf');
    expect(maya.purpose.from).toBe('section');
    expect(maya.purpose.text).toMatch(/^Adult children caring for a parent with dementia meet to share what works/);
    const feedback = readFileSync(path.join(tmp, 'pdf-out/feedback/maya-ortiz.md'), 'utf8');
    expect(feedback).toMatch(/ 1 {2}# Caregivers group\n 2 {2}\n 3 {2}## Purpose/);
    expect(feedback).toContain('- We talk to one another, not only to the leader.');
    expect(report.skipped).toEqual([{ student: 'scanned', file: 'pdf/scanned.pdf', reason: expect.stringMatching(/^is a PDF with no text layer/) }]);
    const omar = report.students.find((s: { student: string }) => s.student === 'omar-bold');
    expect(omar.purpose).toMatchObject({ from: 'section', text: expect.stringMatching(/^New fathers meet to share/) });
    const omarText = readFileSync(path.join(tmp, 'pdf-out/feedback/omar-bold.md'), 'utf8');
    expect(omarText).toMatch(/## Purpose\n/);
    expect(omarText).toMatch(/## Norms\n/);
    // A sentence with a bold word in it stays a sentence.
    expect(omarText).toMatch(/Meetings are weekly, in the evening\./);
  }, 60000);
});
