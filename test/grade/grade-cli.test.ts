// `groupplan grade` end to end: the built CLI on the class samples and on temporary folders.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const root = path.resolve(__dirname, '../..');
const bin = path.join(root, 'bin/groupplan.js');
const foundation = path.join(root, 'test/fixtures/grade/foundation-rubric.yaml');
let tmp: string;

function grade(args: string[], cwd = root): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [bin, 'grade', ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function readTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) walk(full);
      else out[path.relative(dir, full)] = readFileSync(full, 'utf8');
    }
  };
  walk(dir);
  return out;
}

beforeAll(() => {
  if (!existsSync(path.join(root, 'dist/cli.js')) || !existsSync(path.join(root, 'dist/grade-worker.js'))) {
    throw new Error('The CLI is not built: run "npm run build" (npm test does it) before these tests.');
  }
  tmp = mkdtempSync(path.join(os.tmpdir(), 'groupplan-grade-'));
});

afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

describe('groupplan grade on samples/class with the foundation rubric', () => {
  let out: string;
  let result: ReturnType<typeof grade>;
  beforeAll(() => {
    out = path.join(tmp, 'class');
    result = grade(['samples/class', '--out', out, '--rubric', foundation]);
  });

  it('exits 0 and writes every output', () => {
    expect(result.stderr).not.toMatch(/unexpected failure/);
    expect(result.code).toBe(0);
    for (const f of ['grades.csv', 'report.json', 'report.html', 'feedback/ana-lopez.md', 'feedback/chen-wei.md']) expect(existsSync(path.join(out, f)), f).toBe(true);
    // The run marker, and no staging folder left behind.
    expect(readdirSync(out).filter((n) => n.startsWith('.'))).toEqual(['.groupplan-run.json']);
  });

  it('writes one CSV row per submission, with the scores computed by hand', () => {
    // Foundation rubric: purpose 30 (purpose-missing error -30), elements 40 (each missing part -7,
    // floor 10; evaluation not counted), norms 20 (norms-missing warning -20), type 10 (group-type-missing info -4).
    //
    // ben-okafor.md: has Purpose, Composition, Content and Evaluation; no front matter.
    //   purpose: a purpose section with text            -> 30
    //   elements: Need, Structure, Pre-group contact, Agency context, Social context missing
    //             = 5 x 7 = 35; 40 - 35 = 5, below the floor -> 10
    //   norms: no norms section (norms-missing)          -> 20 - 20 = 0
    //   type: no type declared (group-type-missing)      -> 10 - 4 = 6
    //   total 30 + 10 + 0 + 6 = 46; findings scored 5 + 1 + 1 = 7
    // dara-singh.docx: Word headings typed as bold lines (Need, Purpose, Composition, Structure) become headings.
    //   purpose: 30
    //   elements: Content, Pre-group contact, Agency context, Social context missing = 4 x 7 = 28 -> 40 - 28 = 12
    //   norms: 0; type: 6
    //   total 30 + 12 + 0 + 6 = 48; findings scored 4 + 1 + 1 = 6
    const csv = readFileSync(path.join(out, 'grades.csv'), 'utf8');
    expect(csv.split('\r\n')).toEqual([
      'name,file,total,purpose,elements,norms,type,findings,note',
      'ana-lopez,samples/class/ana-lopez.md,100,30,40,20,10,0,',
      'ben-okafor,samples/class/ben-okafor.md,46,30,10,0,6,7,',
      'chen-wei,samples/class/chen-wei/plan.docx,96,30,40,20,6,1,',
      'dara-singh,samples/class/dara-singh.docx,48,30,12,0,6,6,',
      'eli-moreau,samples/class/eli-moreau.txt,46,30,10,0,6,9,',
      'farah-haddad,samples/class/farah-haddad.markdown,70,30,10,20,10,6,',
      "gil-corrupt,samples/class/gil-corrupt.docx,,,,,,,not graded: the file is not a valid Word document (it is not a complete zip archive)",
      'hana-empty,samples/class/hana-empty.md,,,,,,,not graded: the file is empty',
      'ivan-petrov,samples/class/ivan-petrov.pdf,,,,,,,not graded: the file is not a PDF the grader can read (Invalid PDF structure.)',
      '',
    ]);
  });

  it('writes feedback with the scores, each finding with its line, explanation and fix, and the strengths', () => {
    const ben = readFileSync(path.join(out, 'feedback/ben-okafor.md'), 'utf8');
    expect(ben).toContain('**Total: 46 / 100** (46%)');
    expect(ben).toContain('| Plan elements | 10 / 40 | 5 |');
    expect(ben).toContain('| Norms | 0 / 20 | 1 |');
    expect(ben).toContain('- **The plan as a whole** (Warning): The plan has no "Need" section.');
    expect(ben).toContain('  - What to do: Add a "Need" section.');
    expect(ben.match(/Why it matters: Pre-group planning/g)).toHaveLength(1);
    expect(ben).toContain('The plan states no norms.');
    expect(ben).toMatch(/## Your purpose statement\n\nFound in the purpose section, line 5–6:\n\n> Topics will include time management/);
    expect(ben).toContain('- 4 of 10 parts of the plan are written: "Purpose", "Composition", "Content" and "Evaluation".');

    const ana = readFileSync(path.join(out, 'feedback/ana-lopez.md'), 'utf8');
    // An exemplary plan: no warning or error from any rule (information-level notes may remain).
    expect(ana).not.toMatch(/\((Warning|Error)\)/);
    expect(ana).toContain('- 10 of 10 parts of the plan are written:');
    expect(ana).toContain('- Your norms state that members talk directly to one another; that decisions are made together');
    expect(ana).toContain('- The group type is stated (short-term).');
    expect(ana).toMatch(/## Dynamics of mutual aid the plan prepares\n\n- Sharing data \(lines 56, 57\)\n- The dialectic process \(lines 56, 59, 61\)/);
  });

  it('keeps the converted text of a Word submission in its feedback, so line numbers can be followed', () => {
    const dara = readFileSync(path.join(out, 'feedback/dara-singh.md'), 'utf8');
    expect(dara).toContain('(a Word document, converted to Markdown; line numbers refer to the converted text at the end of this page)');
    expect(dara).toContain('Found in the purpose section, line 9:');
    expect(dara).toContain(' 7  ## Purpose\n 8  \n 9  Tenants of the Riverside blocks will work together');
    expect(dara).toContain('- **The plan as a whole** (Warning): The plan states no norms.');
  });

  it('speaks to the student: no rule ids, settings, editor features or README, strengths first, Word advice for Word files', () => {
    for (const name of ['ben-okafor', 'dara-singh', 'eli-moreau', 'farah-haddad']) {
      const text = readFileSync(path.join(out, `feedback/${name}.md`), 'utf8');
      const body = text.split('## The text that was checked')[0];
      expect(body).not.toMatch(/`[a-z]+(?:-[a-z]+)+`/);
      expect(body).not.toMatch(/README|preset|in the editor|tab stop|skills preview|`minimum`/);
      expect(body.indexOf('## Strengths')).toBeLessThan(body.indexOf('## What to work on'));
    }
    const dara = readFileSync(path.join(out, 'feedback/dara-singh.md'), 'utf8');
    expect(dara).toContain('what type of group it is. Write a line near the top such as "Group type: short-term"');
    expect(dara).toContain('What to do: Add a line near the top such as "Group type: short-term".');
    expect(dara).not.toContain('front matter');
  });

  it('writes report.json with students, skipped files and rule counts', () => {
    const report = JSON.parse(readFileSync(path.join(out, 'report.json'), 'utf8'));
    expect(report.summary).toMatchObject({ submissions: 9, graded: 6, skipped: 3, median: 59, lowest: 46, highest: 100 });
    expect(report.skipped.map((s: { student: string }) => s.student)).toEqual(['gil-corrupt', 'hana-empty', 'ivan-petrov']);
    const chen = report.students.find((s: { student: string }) => s.student === 'chen-wei');
    expect(chen).toMatchObject({ file: 'samples/class/chen-wei/plan.docx', format: 'docx', total: 96, feedback: 'feedback/chen-wei.md' });
    expect(chen.purpose.text).toMatch(/^This group brings together grandparents/);
    const norms = report.rules.find((r: { ruleId: string }) => r.ruleId === 'norms-missing');
    expect(norms).toEqual({ ruleId: 'norms-missing', students: 3, findings: 3 });
  });

  it('gives byte-identical outputs on a re-run, and with worker threads', () => {
    const first = readTree(out);
    const again = grade(['samples/class', '--out', out, '--rubric', foundation, '--quiet']);
    expect(again.code).toBe(0);
    expect(readTree(out)).toEqual(first);
    const parallelOut = path.join(tmp, 'class-parallel');
    const parallel = grade(['samples/class', '--out', parallelOut, '--rubric', foundation, '--jobs', '2', '--quiet']);
    expect(parallel.code).toBe(0);
    expect(readTree(parallelOut)).toEqual(first);
  });

  it('prints plain progress lines when stderr is not a terminal, and nothing with --quiet', () => {
    expect(result.stderr).toMatch(/^\[\d\/9\] samples\/class\/ivan-petrov\.pdf: not graded: is not a PDF/m);
    expect(result.stderr).toMatch(/^\[\d\/9\] samples\/class\/ben-okafor\.md: \d+ findings$/m);
    expect(result.stderr).toMatch(/^9\/9 files .* files\/s {2}done in/m);
    const quiet = grade(['samples/class', '--out', path.join(tmp, 'quiet'), '--rubric', foundation, '--quiet']);
    expect(quiet.stderr).toBe('');
  });
});

describe('groupplan grade with the default rubric', () => {
  it('grades the class, warning once about rules the rubric names that are not registered', () => {
    const out = path.join(tmp, 'default');
    const r = grade(['samples/class', '--out', out]);
    expect(r.code).toBe(0);
    const warnings = r.stderr.split('\n').filter((l) => l.startsWith('groupplan: warning:'));
    expect(warnings.length).toBeLessThanOrEqual(1);
    const csv = readFileSync(path.join(out, 'grades.csv'), 'utf8').split('\r\n');
    expect(csv[0]).toBe('name,file,total,purpose,elements,norms,process,evaluation,group-type,findings,note');
    expect(csv).toHaveLength(11);
    expect(csv[1]).toMatch(/^ana-lopez,samples\/class\/ana-lopez\.md,\d+(\.\d+)?,/);
  });

  it('prints the default rubric, which parses back', () => {
    const r = spawnSync(process.execPath, [bin, 'grade', '--print-rubric'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    const file = path.join(tmp, 'rubric.yaml');
    writeFileSync(file, r.stdout);
    const g = grade(['samples/class/ana-lopez.md', '--out', path.join(tmp, 'printed'), '--rubric', file, '--quiet']);
    expect(g.code).toBe(0);
  });
});

describe('groupplan grade on bad input', () => {
  it('exits 2 with the reason for a rubric that breaks the schema', () => {
    const file = path.join(tmp, 'bad-schema.yaml');
    writeFileSync(file, 'criteria:\n  - id: purpose\n    title: Purpose\n    points: ten\n    rules: [purpose-missing]\n');
    const r = grade(['samples/class', '--out', path.join(tmp, 'bad1'), '--rubric', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`groupplan: rubric problem in ${file} at /criteria/0/points: /criteria/0/points must be number.`);
    expect(existsSync(path.join(tmp, 'bad1'))).toBe(false);
  });

  it('exits 2 with the line for a rubric that is not valid YAML', () => {
    const file = path.join(tmp, 'bad-yaml.yaml');
    writeFileSync(file, 'criteria:\n  - id: purpose\n    title: "unclosed\n');
    const r = grade(['samples/class', '--out', path.join(tmp, 'bad2'), '--rubric', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/rubric problem in .*bad-yaml\.yaml: The rubric is not valid YAML \(line \d\)/);
  });

  it('exits 2 without --out, and for a rubric file that does not exist', () => {
    expect(grade(['samples/class']).code).toBe(2);
    const r = grade(['samples/class', '--out', path.join(tmp, 'bad3'), '--rubric', path.join(tmp, 'nope.yaml')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('cannot read the rubric');
  });

  it('exits 2 for a broken config file that governs the submissions, and for a folder with nothing in it', () => {
    const dir = path.join(tmp, 'bad-config');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, '.groupplan.yaml'), 'rules:\n  norms-missing: loud\n');
    writeFileSync(path.join(dir, 'a.md'), '# Plan\n');
    const r = grade([dir, '--out', path.join(tmp, 'bad-config-out')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('"loud" is not a severity for rule "norms-missing"');
    expect(existsSync(path.join(tmp, 'bad-config-out'))).toBe(false);
    const empty = path.join(tmp, 'empty-class');
    mkdirSync(empty);
    const e = grade([empty, '--out', path.join(tmp, 'empty-out')]);
    expect(e.code).toBe(2);
    expect(e.stderr).toContain('groupplan: no submissions found to grade.');
  });

  it('counts a rubric rule that is not registered as no findings, with one warning', () => {
    const file = path.join(tmp, 'future.yaml');
    writeFileSync(file, 'criteria:\n  - id: future\n    title: Future\n    points: 10\n    rules: [a-rule-from-the-future, another-future-rule]\n  - id: norms\n    title: Norms\n    points: 10\n    rules: [norms-missing]\n');
    const out = path.join(tmp, 'future');
    const r = grade(['samples/class/ben-okafor.md', '--out', out, '--rubric', file]);
    expect(r.code).toBe(0);
    expect(r.stderr.match(/warning/g)).toHaveLength(1);
    expect(r.stderr).toContain('a-rule-from-the-future (future), another-future-rule (future)');
    expect(readFileSync(path.join(out, 'grades.csv'), 'utf8').split('\r\n')[1]).toBe('ben-okafor,samples/class/ben-okafor.md,15,10,5,1,');
  });

  it('names students by sub-folder, escapes student text in every output and survives hostile names', () => {
    const dir = path.join(tmp, 'hostile');
    const evil = '<img src=x onerror=alert(1)>';
    mkdirSync(path.join(dir, evil), { recursive: true });
    mkdirSync(path.join(dir, 'yan'), { recursive: true });
    writeFileSync(path.join(dir, evil, 'draft.md'), '# Plan\n\n## Purpose\n\nMembers (a < b) & "friends" help one another.\n');
    writeFileSync(path.join(dir, 'yan', 'part-1.md'), '# Plan\n\n## Purpose\n\nCarers support one another.\n');
    writeFileSync(path.join(dir, 'yan', 'part-2.md'), '# Plan\n\n## Purpose\n\nCarers share what they know.\n');
    writeFileSync(path.join(dir, '=cmd|calc.md'), '# Plan\n\nThe purpose of this group is for neighbours to help one another.\n');
    writeFileSync(path.join(dir, '.DS_Store'), 'noise');
    writeFileSync(path.join(dir, 'binary.md'), Buffer.from([0, 1, 2, 3, 0, 255]));
    const out = path.join(tmp, 'hostile-report');
    const r = grade([dir, '--out', out, '--rubric', foundation, '--quiet']);
    expect(r.code).toBe(0);
    const csv = readFileSync(path.join(out, 'grades.csv'), 'utf8').split('\r\n');
    // yan's folder is one submission: the larger plan is graded, the other listed in the feedback.
    expect(csv.map((l) => l.split(',')[0])).toEqual(['name', evil, "'=cmd|calc", 'yan', 'binary', '']);
    expect(csv[4]).toMatch(/not graded: the file is a binary file, not text/);
    expect(readFileSync(path.join(out, 'feedback/yan.md'), 'utf8')).toMatch(/Also in your folder, not graded: `part-1\.md`/);
    const html = readFileSync(path.join(out, 'report.html'), 'utf8');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('<mark>Members (a &lt; b) &amp; &quot;friends&quot; help one another.</mark>');
    const feedback = readFileSync(path.join(out, 'feedback/img src=x onerror=alert(1)-.md'), 'utf8');
    expect(feedback).toContain('# Feedback: \\<img src=x onerror=alert(1)\\>');
    expect(feedback).toContain('> Members (a \\< b) & "friends" help one another.');
    // The report folder inside the graded folder is not graded on a re-run.
    const again = grade([dir, '--out', out, '--rubric', foundation, '--quiet']);
    expect(again.code).toBe(0);
    expect(readFileSync(path.join(out, 'grades.csv'), 'utf8').split('\r\n')).toEqual(csv);
  });
});
