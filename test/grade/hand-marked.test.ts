// Criteria the instructor marks by hand ("hand: true"): no rules, the mark from the marks file, shown
// with the automatic criteria in every output; a criterion not marked yet says so.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_RUBRIC_YAML, parseRubric } from '../../server/src/engine/grade/rubric';
import { parseCsv } from '../../server/src/grade/calibrate';

const root = path.resolve(__dirname, '../..');
const HAND = `${DEFAULT_RUBRIC_YAML}  - id: briefing\n    title: What the worker will tell prospective members\n    points: 10\n    hand: true\n`;
let tmp: string;
beforeAll(() => {
  if (!existsSync(path.join(root, 'dist/cli.js'))) throw new Error('The CLI is not built: run "npm run build" (npm test does it) before these tests.');
  tmp = mkdtempSync(path.join(os.tmpdir(), 'groupplan-hand-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const grade = (args: string[]) => spawnSync(process.execPath, [path.join(root, 'bin/groupplan.js'), 'grade', ...args, '--quiet'], { cwd: tmp, encoding: 'utf8' });

describe('hand-marked criteria', () => {
  it('a rubric may have criteria with no rules when they are marked by hand, and only then', () => {
    expect(parseRubric(HAND).problems).toEqual([]);
    expect(parseRubric(HAND).rubric!.criteria.at(-1)).toMatchObject({ id: 'briefing', hand: true, rules: [], points: 10 });
    expect(parseRubric('criteria:\n  - { id: a, title: A, points: 5 }\n').problems[0].message).toMatch(/draws on no rules, no elements and no evidence.*add "hand: true" and give your marks with --marks/);
    expect(parseRubric('criteria:\n  - { id: a, title: A, points: 5, hand: true, rules: [norms-missing] }\n').problems[0].message).toBe('Criterion "a" is marked by hand, so it takes no rules, elements or evidence: its mark comes from your marks file.');
  });

  it('takes the marks from --marks into every output; a student without a mark is "not marked yet", with a warning', () => {
    mkdirSync(path.join(tmp, 'class'));
    for (const f of ['ana-lopez.md', 'ben-okafor.md', 'farah-haddad.markdown']) copyFileSync(path.join(root, 'samples/class', f), path.join(tmp, 'class', f));
    writeFileSync(path.join(tmp, 'rubric.yaml'), HAND);
    // Marks as instructors write them: by the criterion's title, "7/10", a name written another way.
    writeFileSync(path.join(tmp, 'marks.csv'), 'Student,What the worker will tell prospective members\nAna Lopez,8\nfarah-haddad,7/10\n');
    const r = grade(['class', '--out', 'out', '--rubric', 'rubric.yaml', '--marks', 'marks.csv']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain('groupplan: warning: "What the worker will tell prospective members" is marked by you: 1 of 3 students have no mark for it yet (ben-okafor), so it counts 0 in their totals.');
    const report = JSON.parse(readFileSync(path.join(tmp, 'out/report.json'), 'utf8'));
    const briefing = (name: string) => report.students.find((s: { student: string }) => s.student === name).criteria.find((c: { id: string }) => c.id === 'briefing');
    expect(briefing('ana-lopez')).toMatchObject({ score: 8, marked: true });
    expect(briefing('farah-haddad')).toMatchObject({ score: 7, marked: true });
    expect(briefing('ben-okafor')).toMatchObject({ score: 0, marked: false });
    const ana = report.students.find((s: { student: string }) => s.student === 'ana-lopez');
    expect(ana.max).toBe(110);
    expect(ana.total).toBe(ana.criteria.reduce((t: number, c: { score: number }) => t + c.score, 0));
    const csv = parseCsv(readFileSync(path.join(tmp, 'out/grades.csv'), 'utf8'));
    const col = csv[0].indexOf('briefing');
    expect(csv.slice(1).map((row) => [row[0], row[col]])).toEqual([
      ['ana-lopez', '8'],
      ['ben-okafor', ''],
      ['farah-haddad', '7'],
    ]);
    expect(readFileSync(path.join(tmp, 'out/feedback/ben-okafor.md'), 'utf8')).toContain('| What the worker will tell prospective members | not marked yet | 0 |');
    expect(readFileSync(path.join(tmp, 'out/feedback/ana-lopez.md'), 'utf8')).toContain('| What the worker will tell prospective members | 8 / 10 | 0 |');
    expect(readFileSync(path.join(tmp, 'out/report.html'), 'utf8')).toContain('not marked');
  });
});
