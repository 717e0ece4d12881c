// The GitHub Action (action.yml) and the pre-commit hook (.pre-commit-hooks.yaml): the Action's own
// shell step run as GitHub runs it, and the hook's entry run on the files pre-commit would pass.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT, run, SAMPLES, tempDir, writeFiles } from './helpers';

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  shell?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
}
const action = parse(fs.readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, { default: string }>; runs: { using: string; steps: Step[] } };
const checkStep = action.runs.steps.find((s) => s.name === 'Check plans') as Step;

/** Runs the Action's "Check plans" step with bash, its inputs set as GitHub sets them (defaults, then `inputs`). */
function runAction(inputs: Record<string, string>, cwd: string): { code: number; stdout: string; stderr: string; summary: string } {
  const values = { ...Object.fromEntries(Object.entries(action.inputs).map(([k, v]) => [k, v.default])), ...inputs };
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(checkStep.env ?? {})) env[k] = v.replace(/\$\{\{\s*inputs\.([\w-]+)\s*\}\}/g, (_, name: string) => values[name] ?? '');
  const summaryFile = path.join(tempDir(), 'summary.md');
  fs.writeFileSync(summaryFile, '');
  const r = spawnSync('bash', ['-e', '-c', checkStep.run as string], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ...env, GITHUB_ACTION_PATH: ROOT, GITHUB_STEP_SUMMARY: summaryFile, NO_COLOR: '1' },
    timeout: 60_000,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr, summary: fs.readFileSync(summaryFile, 'utf8') };
}

describe('the GitHub Action', () => {
  it('is a composite action that sets up Node, installs groupplan and checks the plans', () => {
    expect(action.runs.using).toBe('composite');
    expect(action.runs.steps[0].uses).toMatch(/^actions\/setup-node@v\d+$/);
    expect(action.runs.steps.find((s) => s.name === 'Install groupplan')?.run).toMatch(/npm ci/);
    // Inputs reach the shell only through the environment, never pasted into the script.
    expect(checkStep.run).not.toMatch(/\$\{\{/);
  });

  it('annotates findings, writes a job summary and passes on warnings by default', () => {
    const r = runAction({ files: 'samples/flawed-content-purpose.md samples/good-plan.md' }, ROOT);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^::warning file=samples\/flawed-content-purpose\.md,line=\d+,.*title=groupplan purpose-describes-content::/m);
    expect(r.summary).toContain('## groupplan');
    expect(r.summary).toMatch(/\| samples\/flawed-content-purpose\.md \| 0 \| \d+ \| \d+ \|/);
    expect(r.summary).not.toContain('good-plan');
    expect(r.summary).toMatch(/\| \[purpose-describes-content\]\(https:\/\/[^)]+purpose-describes-content\.md\) \| 1 \|/);
  });

  it('fails the step on warnings when max-warnings is 0', () => {
    const r = runAction({ files: 'samples/flawed-content-purpose.md', 'max-warnings': '0' }, ROOT);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/more than --max-warnings 0/);
  });

  it('refuses a --max-warnings that is not a whole number, before checking anything', () => {
    const r = run(['lint', 'samples', '--max-warnings', 'some'], { cwd: ROOT });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--max-warnings must be a whole number/);
    expect(r.stdout).toBe('');
  });

  it('walks a folder by default and checks only the plans in it', () => {
    const dir = tempDir();
    writeFiles(dir, { 'README.md': '# Course repository\n\nNotes.\n', 'plans/week1.md': fs.readFileSync(path.join(SAMPLES, 'flawed-worker-purpose.md'), 'utf8') });
    const r = runAction({}, dir);
    expect(r.stdout).toMatch(/file=plans\/week1\.md/);
    expect(r.stdout).not.toMatch(/README/);
    expect(r.summary).toMatch(/in 1 file\./);
  });

  it('takes its inputs as data: no command substitution, no shell globbing', () => {
    const dir = tempDir();
    writeFiles(dir, { 'plan.md': fs.readFileSync(path.join(SAMPLES, 'good-plan.md'), 'utf8') });
    const r = runAction({ files: 'plan.md $(touch pwned) `touch pwned2`;touch pwned3', config: '' }, dir);
    expect(fs.readdirSync(dir).filter((f) => f.startsWith('pwned'))).toEqual([]);
    expect(r.stdout + r.stderr).toMatch(/\$\(touch/); // reported as a file that does not exist
  });
});

describe('the pre-commit hook', () => {
  const hooks = parse(fs.readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as { id: string; entry: string; language: string; files: string }[];
  const hook = hooks.find((h) => h.id === 'groupplan');

  it('is a node hook whose entry is this package\'s command', () => {
    expect(hook?.language).toBe('node');
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> };
    expect(Object.keys(pkg.bin)).toContain(hook?.entry.split(' ')[0]);
    const files = new RegExp(hook?.files as string);
    expect(['plan.md', 'plans/week 1.markdown'].every((f) => files.test(f))).toBe(true);
    expect(['notes.txt', 'plan.md.bak'].some((f) => files.test(f))).toBe(false);
  });

  it('checks the plans among the changed Markdown files and leaves the rest alone', () => {
    const dir = tempDir();
    writeFiles(dir, {
      'README.md': '# Course repository\n\nNotes.\n',
      'CHANGELOG.md': '# Changes\n',
      'week1.md': fs.readFileSync(path.join(SAMPLES, 'flawed-worker-purpose.md'), 'utf8'),
    });
    // pre-commit runs the entry with the staged files that match `files` appended.
    const [, ...entryArgs] = (hook?.entry as string).split(' ');
    const r = run([...entryArgs, 'README.md', 'CHANGELOG.md', 'week1.md'], { cwd: dir });
    expect(r.stdout).toMatch(/week1\.md/);
    expect(r.stdout).not.toMatch(/README|CHANGELOG/);
    expect(r.stdout).toMatch(/in 1 file\./);
    // Without --plans-only a named file is always checked, so the README would be a failing plan.
    expect(run(['lint', 'README.md'], { cwd: dir }).stdout).toMatch(/README\.md/);
  });
});
