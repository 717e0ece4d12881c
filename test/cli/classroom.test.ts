// `groupplan classroom <plan>`: one plan graded for GitHub Classroom's autograding reporter, which
// reads a runner's result as base64 JSON from the step output `result`: { version: 1, status,
// max_score, tests: [{ name, status, score, message }] }, and adds up the tests' scores
// (github-education-resources/autograding-grading-reporter, src/main.js and src/notify-classroom.js).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, SAMPLES, tempDir } from './helpers';

interface Result {
  version: number;
  status: string;
  max_score: number;
  tests: { name: string; status: string; score: number; message: string }[];
}

describe('groupplan classroom', () => {
  it('prints one test per rubric criterion with its score, a careful plan passing every one', () => {
    const r = run(['classroom', path.join(SAMPLES, 'class/ana-lopez.md')], { cwd: tempDir() });
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout) as Result;
    expect(result.version).toBe(1);
    expect(result.max_score).toBe(100);
    expect(result.tests.map((t) => t.name)).toEqual([
      'Purpose as common cause',
      'Required plan elements',
      'Norms that set mutual aid in motion',
      'Members as the main source of help',
      'Evaluation with members',
      'Fit to the group type',
    ]);
    expect(result.tests.reduce((n, t) => n + t.score, 0)).toBe(100);
    expect(result.status).toBe('pass');
  });

  it('gives partial credit and says what cost points, line by line', () => {
    const r = run(['classroom', path.join(SAMPLES, 'class/ben-okafor.md')], { cwd: tempDir() });
    const result = JSON.parse(r.stdout) as Result;
    expect(result.status).toBe('fail');
    const purpose = result.tests.find((t) => t.name === 'Purpose as common cause')!;
    expect(purpose.status).toBe('fail');
    expect(purpose.score).toBeLessThan(25);
    expect(purpose.message).toMatch(/^[\d.]+ of 25 points\.\nLine 5: "Topics will include/);
    const total = result.tests.reduce((n, t) => n + t.score, 0);
    expect(total).toBeGreaterThan(0);
    expect(total).toBeLessThan(50);
  });

  it('--github-output appends the base64 result a workflow step hands to the reporter', () => {
    const dir = tempDir();
    const out = path.join(dir, 'github-output');
    fs.writeFileSync(out, 'earlier=1\n');
    const r = run(['classroom', path.join(SAMPLES, 'class/dara-singh.docx'), '--github-output'], { cwd: dir, env: { GITHUB_OUTPUT: out } });
    expect(r.code).toBe(0);
    const lines = fs.readFileSync(out, 'utf8').trim().split('\n');
    expect(lines[0]).toBe('earlier=1');
    const decoded = JSON.parse(Buffer.from(lines[1].replace(/^result=/, ''), 'base64').toString('utf8')) as Result;
    expect(decoded).toEqual(JSON.parse(r.stdout));
  });

  it('a file it cannot grade, or no file, exits 2 with the reason', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'empty.md'), '');
    expect(run(['classroom', 'empty.md'], { cwd: dir })).toMatchObject({ code: 2, stderr: expect.stringMatching(/empty\.md is empty/) });
    expect(run(['classroom'], { cwd: dir })).toMatchObject({ code: 2, stderr: expect.stringMatching(/Name the one plan to grade/) });
  });
});
