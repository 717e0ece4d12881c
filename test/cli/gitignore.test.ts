// A folder walk leaves out what .gitignore files ignore, as git and markdownlint-cli2 do: the
// .gitignore of each folder walked, and those above it up to the repository's root. A file named on
// the command line is still checked, and --no-gitignore walks everything.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, tempDir } from './helpers';

// A plan with one finding, so that every file checked shows in the JSON report.
const PLAN = '---\ngroupplan: true\n---\n# Plan\n\n## Purpose\n\nTopics will include sleep and budgeting.\n';

function repo(): string {
  const dir = tempDir();
  const write = (rel: string, text = PLAN): void => {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  };
  fs.mkdirSync(path.join(dir, '.git'));
  write('.gitignore', 'drafts/\n*.tmp.md\n');
  write('plans/a.md');
  write('plans/c.tmp.md');
  write('plans/drafts/b.md');
  write('plans/sub/.gitignore', 'old.md\n');
  write('plans/sub/old.md');
  write('plans/sub/new.md');
  write('plans/sub/keep/.gitignore', '# nothing ignored here\n');
  write('plans/sub/keep/k.md');
  return dir;
}

const checked = (cwd: string, args: string[]): string[] => {
  const r = run(['lint', ...args, '--format', 'json'], { cwd });
  expect(r.code, r.stderr).not.toBe(2);
  return (JSON.parse(r.stdout) as { file: string }[]).map((f) => f.file).sort();
};

describe('.gitignore in folder walks', () => {
  it('leaves out what the repository root and each folder ignore, when walking a subfolder', () => {
    const dir = repo();
    expect(checked(dir, ['plans'])).toEqual(['plans/a.md', 'plans/sub/keep/k.md', 'plans/sub/new.md']);
  });

  it('applies to globs too', () => {
    const dir = repo();
    expect(checked(dir, ['plans/**/*.md'])).toEqual(['plans/a.md', 'plans/sub/keep/k.md', 'plans/sub/new.md']);
  });

  it('still checks a file named on the command line', () => {
    const dir = repo();
    expect(checked(dir, ['plans', 'plans/drafts/b.md'])).toEqual(['plans/a.md', 'plans/drafts/b.md', 'plans/sub/keep/k.md', 'plans/sub/new.md']);
  });

  it('walks everything with --no-gitignore', () => {
    const dir = repo();
    expect(checked(dir, ['plans', '--no-gitignore'])).toEqual(['plans/a.md', 'plans/c.tmp.md', 'plans/drafts/b.md', 'plans/sub/keep/k.md', 'plans/sub/new.md', 'plans/sub/old.md']);
    // A glob too: no .gitignore is read, not even those of the folders the glob walks.
    expect(checked(dir, ['plans/**/*.md', '--no-gitignore'])).toEqual(['plans/a.md', 'plans/c.tmp.md', 'plans/drafts/b.md', 'plans/sub/keep/k.md', 'plans/sub/new.md', 'plans/sub/old.md']);
  });

  it('outside a git repository, reads only the .gitignore files of the folders walked', () => {
    const dir = repo();
    fs.rmSync(path.join(dir, '.git'), { recursive: true });
    expect(checked(dir, ['plans'])).toEqual(['plans/a.md', 'plans/c.tmp.md', 'plans/drafts/b.md', 'plans/sub/keep/k.md', 'plans/sub/new.md']);
  });
});
