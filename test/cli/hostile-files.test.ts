// Files that once hung, crashed or lost work: each case from the issue "Never hang, never lose a file"
// is a test of the real CLI.
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { BIN, run, tempDir } from './helpers';

const PLAN = '---\ngroupplan: true\n---\n# Plan\n\n## Purpose\n\nOver eight weeks the group will discuss budgeting, stress and nutrition.\n';

describe('bounded reads', () => {
  it('a named pipe is refused without being opened', () => {
    const dir = tempDir();
    execFileSync('mkfifo', [path.join(dir, 'pipe.md')]);
    const r = run(['lint', 'pipe.md'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/pipe\.md is not a regular file \(a named pipe, device or socket\)/);
  });

  it('/dev/zero is refused, not read until memory runs out', () => {
    const r = run(['lint', '/dev/zero'], { cwd: tempDir() });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/is not a regular file/);
  });

  it('standard input past 20 MB stops with a message', () => {
    // The CLI stops reading at the limit, so writing the rest may meet a closed pipe (EPIPE): expected.
    const r = spawnSync(process.execPath, [BIN, 'lint', '-'], { cwd: tempDir(), input: Buffer.alloc(21 * 1024 * 1024, 0x61), encoding: 'utf8', timeout: 60000 });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/Standard input is larger than the 20 MB/);
  });

  it('a UTF-16 file is named as UTF-16, with how to save it as UTF-8', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'plan.md'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(PLAN, 'utf16le')]));
    fs.writeFileSync(path.join(dir, 'nobom.md'), Buffer.from(PLAN, 'utf16le'));
    const r = run(['lint', 'plan.md', 'nobom.md'], { cwd: dir });
    expect(r.stdout).toMatch(/plan\.md is UTF-16 text, and groupplan reads UTF-8: save it as UTF-8/);
    expect(r.stdout).toMatch(/nobom\.md is UTF-16 text/);
  });

  it('a symbolic link loop is named as a loop', () => {
    const dir = tempDir();
    fs.symlinkSync('b.md', path.join(dir, 'a.md'));
    fs.symlinkSync('a.md', path.join(dir, 'b.md'));
    const r = run(['lint', 'a.md'], { cwd: dir });
    expect(r.stdout).toMatch(/a\.md is a symbolic link that leads round in a loop/);
  });
});

describe('--fix loses nothing', () => {
  it('follows a symbolic link to the plan and fixes the plan itself, keeping the link', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'real.md'), PLAN);
    fs.symlinkSync('real.md', path.join(dir, 'link.md'));
    const r = run(['lint', '--fix', 'link.md'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(fs.lstatSync(path.join(dir, 'link.md')).isSymbolicLink()).toBe(true);
    expect(fs.readFileSync(path.join(dir, 'real.md'), 'utf8')).not.toBe(PLAN);
  });

  it('keeps the exact mode whatever the umask', () => {
    const dir = tempDir();
    const file = path.join(dir, 'plan.md');
    fs.writeFileSync(file, PLAN);
    fs.chmodSync(file, 0o664);
    const r = run(['lint', '--fix', 'plan.md'], { cwd: dir, env: {} });
    expect(r.stderr).toBe('');
    expect(fs.readFileSync(file, 'utf8')).not.toBe(PLAN);
    expect(fs.statSync(file).mode & 0o777).toBe(0o664);
  });

  // Node cannot read or set extended attributes; Python's os module can, where the file system keeps them.
  const xattr = (file: string, code: string) =>
    spawnSync('python3', ['-c', `import os, sys; f = sys.argv[1]; ${code}`, file], { encoding: 'utf8' });
  const probe = path.join(tempDir(), 'probe');
  fs.writeFileSync(probe, '');
  const hasXattrs = xattr(probe, "os.setxattr(f, 'user.probe', b'1')").status === 0;

  it.skipIf(!hasXattrs)('keeps extended attributes', () => {
    const dir = tempDir();
    const file = path.join(dir, 'plan.md');
    fs.writeFileSync(file, PLAN);
    expect(xattr(file, "os.setxattr(f, 'user.course', b'SW 6402')").status).toBe(0);
    const r = run(['lint', '--fix', 'plan.md'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(fs.readFileSync(file, 'utf8')).not.toBe(PLAN);
    expect(xattr(file, "print(os.getxattr(f, 'user.course').decode())").stdout.trim()).toBe('SW 6402');
  });

  it('refuses a read-only file with a message, and leaves it as it was', () => {
    const dir = tempDir();
    const file = path.join(dir, 'plan.md');
    fs.writeFileSync(file, PLAN);
    fs.chmodSync(file, 0o444);
    const r = run(['lint', '--fix', 'plan.md'], { cwd: dir });
    expect(r.stdout).toMatch(/plan\.md could not be written with the fixes \(it is read-only/);
    expect(fs.readFileSync(file, 'utf8')).toBe(PLAN);
  });
});

describe('grade never deletes or grades what it should not', () => {
  const classDir = (): string => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, 'class'));
    fs.writeFileSync(path.join(dir, 'class', 'ana.md'), PLAN);
    fs.writeFileSync(path.join(dir, 'class', 'ben.md'), PLAN);
    return dir;
  };

  it('keeps files in the output folder that it did not write, and removes only its own stale feedback', () => {
    const dir = classDir();
    fs.mkdirSync(path.join(dir, 'out', 'feedback'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'out', 'feedback', 'my-notes.md'), 'mine');
    expect(run(['grade', 'class', '--out', 'out', '--quiet'], { cwd: dir }).code).toBe(0);
    fs.rmSync(path.join(dir, 'class', 'ben.md'));
    expect(run(['grade', 'class', '--out', 'out', '--quiet'], { cwd: dir }).code).toBe(0);
    expect(fs.readFileSync(path.join(dir, 'out', 'feedback', 'my-notes.md'), 'utf8')).toBe('mine');
    expect(fs.existsSync(path.join(dir, 'out', 'feedback', 'ben.md'))).toBe(false);
    expect(fs.existsSync(path.join(dir, 'out', 'feedback', 'ana.md'))).toBe(true);
  });

  it('refuses an output folder inside the submissions, before grading', () => {
    const dir = classDir();
    const r = run(['grade', 'class', '--out', 'class/reports'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/is inside the submissions folder/);
    expect(fs.existsSync(path.join(dir, 'class', 'reports', 'grades.csv'))).toBe(false);
  });

  it('refuses a symbolic-linked feedback folder', () => {
    const dir = classDir();
    fs.mkdirSync(path.join(dir, 'elsewhere'));
    fs.writeFileSync(path.join(dir, 'elsewhere', 'keep.md'), 'keep');
    fs.mkdirSync(path.join(dir, 'out'));
    fs.symlinkSync(path.join(dir, 'elsewhere'), path.join(dir, 'out', 'feedback'));
    const r = run(['grade', 'class', '--out', 'out'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/is a symbolic link/);
    expect(fs.readdirSync(path.join(dir, 'elsewhere'))).toEqual(['keep.md']);
  });

  it('lists a symbolic-linked submission with the reason instead of dropping it', () => {
    const dir = classDir();
    fs.symlinkSync(path.join(dir, 'class', 'ana.md'), path.join(dir, 'class', 'cara.md'));
    const r = run(['grade', 'class', '--out', 'out', '--quiet'], { cwd: dir });
    expect(r.stderr).toMatch(/cara\.md is a symbolic link, which the grader does not follow/);
  });

  it('a Word file that would unpack to hundreds of MB is refused, and the rest of the class is graded', async () => {
    const dir = classDir();
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types/>');
    zip.file('word/document.xml', ' '.repeat(200 * 1024 * 1024));
    const buf = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
    expect(buf.length).toBeLessThan(2 * 1024 * 1024);
    fs.writeFileSync(path.join(dir, 'class', 'dan.docx'), buf);
    const r = run(['grade', 'class', '--out', 'out', '--quiet'], { cwd: dir });
    expect(r.code).toBe(0);
    const report = JSON.parse(fs.readFileSync(path.join(dir, 'out', 'report.json'), 'utf8'));
    const dan = report.skipped.find((s: { file: string }) => s.file.endsWith('dan.docx'));
    expect(dan.reason).toMatch(/would unpack to 200 MB of text/);
    expect(report.summary.graded).toBe(2);
  }, 60000);
});

describe('every bad config value is a config problem that names the file', () => {
  const cases: [string, string | Buffer, RegExp][] = [
    ['.groupplan.yaml', 'template: constructor\n', /setting "template": "constructor" is not a template/],
    ['.groupplan.yaml', 'extends: toString\n', /setting "extends": "toString" is not a preset/],
    ['.groupplan.json', '{"__proto__": {"bogus": 1}}', /Unknown setting "__proto__"/],
    ['.groupplan.yaml', '__proto__: {bogus: 1}\n', /Unknown setting "__proto__"/],
    ['.groupplan.yaml', ['a: &a [x,x,x,x,x,x,x,x,x]', ...'bcdefghi'.split('').map((c, i) => `${c}: &${c} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`)].join('\n'), /more than 100 YAML aliases/],
    ['.groupplan.json', `${'['.repeat(100000)}${']'.repeat(100000)}`, /nests more than 64 levels deep/],
  ];
  for (const [name, content, expected] of cases) {
    it(`${name}: ${String(content).slice(0, 40)}`, () => {
      const dir = tempDir();
      fs.writeFileSync(path.join(dir, 'plan.md'), PLAN);
      fs.writeFileSync(path.join(dir, name), content);
      const r = run(['lint', 'plan.md'], { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(new RegExp(`config problem in ${name.replace('.', '\\.')}`));
      expect(r.stderr).toMatch(expected);
      expect(r.stderr).not.toMatch(/unexpected failure/);
    });
  }

  it('a JSON config with a UTF-8 byte order mark is read', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'plan.md'), PLAN);
    fs.writeFileSync(path.join(dir, '.groupplan.json'), '\uFEFF{"rules": {"purpose-describes-content": "off"}}');
    const r = run(['lint', 'plan.md', '--format', 'json'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)[0].messages.map((m: { ruleId: string }) => m.ruleId)).not.toContain('purpose-describes-content');
  });
});

describe('messages that say what happened', () => {
  it('terminal escape sequences and newlines in a file name are shown, not obeyed', () => {
    const dir = tempDir();
    const name = 'evil\u001b[31mred\nname.md';
    fs.writeFileSync(path.join(dir, name), PLAN);
    const r = run(['lint', name], { cwd: dir });
    expect(r.stdout).not.toContain('\u001b[31m');
    expect(r.stdout).toContain('evil\\u{1b}[31mred\\u{a}name.md');
  });

  it('lone-CR line ends are counted as line ends', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'mac.md'), '---\rgroupplan: true\r---\r# Plan\r\r## Purpose\r\rOver eight weeks the group will discuss budgeting, stress and nutrition.\r');
    const r = run(['lint', 'mac.md', '--format', 'json'], { cwd: dir });
    const purpose = JSON.parse(r.stdout)[0].messages.find((m: { ruleId: string }) => m.ruleId === 'purpose-describes-content');
    expect(purpose.line).toBe(8);
  });
});
