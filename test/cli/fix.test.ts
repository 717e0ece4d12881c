// `groupplan lint --fix` through the real bin: files change on disk, the fixed rules are clean afterwards.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NO_PURPOSE_PLAN, SAMPLES, SMALL_PLAN, parseJson, run, tempDir, writeFiles } from './helpers';

const FIXED_RULES = ['plan-section-missing', 'purpose-missing', 'norms-missing', 'group-type-missing'];

describe('--fix', () => {
  it('writes the fixes to the file and reports only what remains', () => {
    const cwd = tempDir();
    fs.copyFileSync(path.join(SAMPLES, 'flawed-missing-parts.md'), path.join(cwd, 'plan.md'));
    const before = run(['lint', 'plan.md', '--format', 'json'], { cwd });
    const fixable = parseJson(before.stdout)[0].messages.filter((m) => FIXED_RULES.includes(m.ruleId ?? ''));
    expect(fixable.length).toBeGreaterThan(3);

    const r = run(['lint', 'plan.md', '--fix', '--format', 'json'], { cwd });
    const remaining = parseJson(r.stdout)[0].messages;
    expect(remaining.filter((m) => FIXED_RULES.includes(m.ruleId ?? ''))).toEqual([]);
    const text = fs.readFileSync(path.join(cwd, 'plan.md'), 'utf8');
    expect(text).toMatch(/^## Norms$/m);
    expect(text).toMatch(/^## Evaluation$/m);
    expect(text).toMatch(/^type: \S+$/m);
    // The sections are inserted in the template's order around the existing ones.
    const order = ['## Need', '## Purpose', '## Composition', '## Norms', '## Evaluation'].map((h) => text.indexOf(`${h}\n`));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    // A fresh check agrees with what --fix reported.
    const again = run(['lint', 'plan.md', '--format', 'json'], { cwd });
    expect(parseJson(again.stdout)[0].messages).toEqual(remaining);
    // No temporary files are left behind.
    expect(fs.readdirSync(cwd)).toEqual(['plan.md']);
  });

  it('stylish output says how many fixes were applied', () => {
    const cwd = writeFiles(tempDir(), { 'plan.md': SMALL_PLAN });
    const r = run(['lint', 'plan.md', '--fix'], { cwd });
    expect(r.stdout).toMatch(/\d+ fix(es)? applied\.\n$/);
  });

  it('does not write a file when nothing changes', () => {
    const cwd = tempDir();
    const file = path.join(cwd, 'good.md');
    fs.copyFileSync(path.join(SAMPLES, 'good-plan.md'), file);
    const old = new Date('2020-01-01T00:00:00Z');
    fs.utimesSync(file, old, old);
    const inode = fs.statSync(file).ino;
    const r = run(['lint', 'good.md', '--fix'], { cwd });
    expect(r.code).toBe(0);
    const after = fs.statSync(file);
    expect(after.mtime.getTime()).toBe(old.getTime());
    expect(after.ino).toBe(inode);
  });

  it('an error that --fix removes no longer fails the run', () => {
    const cwd = writeFiles(tempDir(), { 'plan.md': NO_PURPOSE_PLAN });
    // purpose-missing is an error and fixable: after --fix no error remains.
    const r = run(['lint', 'plan.md', '--fix', '--format', 'json'], { cwd });
    expect(r.code).toBe(0);
    expect(fs.readFileSync(path.join(cwd, 'plan.md'), 'utf8')).toContain('## Purpose\n\nThis group brings together');
  });

  it('keeps a byte order mark, CRLF line endings and the file mode', () => {
    const crlf = SMALL_PLAN.replace(/\n/g, '\r\n');
    const cwd = writeFiles(tempDir(), { 'plan.md': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(crlf, 'utf8')]) });
    const file = path.join(cwd, 'plan.md');
    fs.chmodSync(file, 0o640);
    run(['lint', 'plan.md', '--fix'], { cwd });
    const buf = fs.readFileSync(file);
    expect([...buf.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = buf.toString('utf8').slice(1);
    expect(text.length).toBeGreaterThan(crlf.length);
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
    expect(fs.statSync(file).mode & 0o777).toBe(0o640);
  });

  it('with --quiet fixes only what errors point at', () => {
    const cwd = writeFiles(tempDir(), { 'plan.md': NO_PURPOSE_PLAN });
    run(['lint', 'plan.md', '--fix', '--quiet'], { cwd });
    const text = fs.readFileSync(path.join(cwd, 'plan.md'), 'utf8');
    expect(text).toContain('## Purpose');
    expect(text).not.toContain('## Norms'); // norms-missing is a warning
  });

  it('on standard input prints the fixed document to standard output and the report to standard error', () => {
    const cwd = tempDir();
    const r = run(['lint', '-', '--fix', '--format', 'json'], { cwd, input: SMALL_PLAN });
    expect(r.stdout.startsWith('---\ngroupplan: true\n')).toBe(true);
    expect(r.stdout).toMatch(/^## Norms$/m);
    const report = parseJson(r.stderr);
    expect(report[0].file).toBe('<stdin>');
    expect(report[0].messages.filter((m) => FIXED_RULES.includes(m.ruleId ?? ''))).toEqual([]);
    expect(fs.readdirSync(cwd)).toEqual([]);
  });

  it('reports a file it cannot write and goes on', () => {
    if (process.getuid?.() === 0) return expectReadOnlyFolderReported(true);
    return expectReadOnlyFolderReported(false);
  });
});

// A read-only folder blocks the temporary file; root ignores permissions, so there the write succeeds.
function expectReadOnlyFolderReported(isRoot: boolean): void {
  const cwd = writeFiles(tempDir(), { 'ro/plan.md': SMALL_PLAN, 'rw/plan.md': SMALL_PLAN });
  fs.chmodSync(path.join(cwd, 'ro'), 0o555);
  try {
    const r = run(['lint', 'ro/plan.md', 'rw/plan.md', '--fix', '--format', 'json'], { cwd });
    const out = parseJson(r.stdout);
    expect(fs.readFileSync(path.join(cwd, 'rw/plan.md'), 'utf8')).toContain('## Norms');
    if (isRoot) {
      expect(fs.readFileSync(path.join(cwd, 'ro/plan.md'), 'utf8')).toContain('## Norms');
    } else {
      expect(r.code).toBe(1);
      expect(out.find((e) => e.file === 'ro/plan.md')!.messages[0].message).toMatch(/could not be written with the fixes/);
      expect(fs.readFileSync(path.join(cwd, 'ro/plan.md'), 'utf8')).toBe(SMALL_PLAN);
    }
  } finally {
    fs.chmodSync(path.join(cwd, 'ro'), 0o755);
  }
}
