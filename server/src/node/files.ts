// Reading plan files safely and collecting them from folders and globs.
import * as fs from 'node:fs';
import * as path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import picomatch from 'picomatch';

export const PLAN_EXTENSIONS = ['.md', '.markdown'];
const SKIP_DIRS = new Set(['node_modules', '.git', 'dist', 'out', '.vscode-test', '.cache']);

/** `bom` is true when the file started with a UTF-8 byte order mark (removed from `text`). */
export type ReadResult = { ok: true; text: string; bom?: boolean } | { ok: false; reason: string };

/** Largest file the checker reads, in bytes. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

// Reads a file as UTF-8 text; binary or non-UTF-8 content and read errors become a reason, never a throw.
export function readTextFile(file: string): ReadResult {
  const read = readBounded(file, MAX_FILE_BYTES);
  return read.ok ? decodeText(read.buf) : read;
}

/** A file system error in a few words: "permission denied", or the system's message. */
export function errorDetail(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  return err.code === 'EACCES' || err.code === 'EPERM' ? 'permission denied' : err.message;
}

/** Why a file system error stopped a read, in words. */
export function readErrorReason(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  if (err.code === 'ENOENT') return 'does not exist';
  if (err.code === 'EACCES' || err.code === 'EPERM') return `cannot be read (${errorDetail(e)})`;
  if (err.code === 'ELOOP') return 'is a symbolic link that leads round in a loop, so it was not read';
  if (err.code === 'EISDIR') return 'is a folder, not a file';
  return `cannot be read (${err.message})`;
}

const tooLarge = (bytes: number, max: number): string => `is ${(bytes / 1048576).toFixed(1)} MB, larger than the ${max / 1048576} MB the checker reads`;

/**
 * Reads a regular file of at most `max` bytes. Named pipes, devices and sockets are refused before they
 * are opened (reading one could wait for ever or never end), and the limit holds while reading, so a
 * file that grows, or that reports no size, cannot make the read unbounded.
 */
export function readBounded(file: string, max: number): { ok: true; buf: Buffer } | { ok: false; reason: string } {
  let fd: number | undefined;
  try {
    const stat = fs.statSync(file);
    if (stat.isDirectory()) return { ok: false, reason: 'is a folder, not a file' };
    if (!stat.isFile()) return { ok: false, reason: 'is not a regular file (a named pipe, device or socket), so it was not read' };
    if (stat.size > max) return { ok: false, reason: tooLarge(stat.size, max) };
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
    const chunks: Buffer[] = [];
    let total = 0;
    // The first read asks for the size the file reports and one byte more; after a short read, a small
    // one confirms the end. A file that grows, or reports no size, is read on in chunks of up to 1 MB.
    // (A 1 MB buffer for every file cost a folder run far more than its reads: each large buffer counts
    // against the heap and brings the garbage collector round sooner.)
    let want = Math.min(stat.size + 1, max + 1);
    for (;;) {
      const chunk = Buffer.allocUnsafe(want);
      const n = fs.readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      total += n;
      if (total > max) return { ok: false, reason: tooLarge(total, max) };
      want = Math.min(n < chunk.length ? 4096 : 1 << 20, max + 1 - total);
    }
    return { ok: true, buf: Buffer.concat(chunks, total) };
  } catch (e) {
    return { ok: false, reason: readErrorReason(e) };
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

const UTF16 = 'is UTF-16 text, and groupplan reads UTF-8: save it as UTF-8 (in VS Code, "Save with Encoding" then "UTF-8"; in Word or Notepad, "Save as" with UTF-8) and check it again';

// True when the bytes look like UTF-16 without a byte order mark: ASCII letters with a NUL beside each.
function looksUtf16(buf: Buffer): boolean {
  const n = Math.min(buf.length, 512) & ~1;
  if (n < 8) return false;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (buf[i] === 0) even++;
    if (buf[i + 1] === 0) odd++;
  }
  return Math.max(even, odd) > n / 2 / 2 && Math.min(even, odd) === 0;
}

export function decodeText(buf: Buffer): ReadResult {
  if ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff) || looksUtf16(buf)) return { ok: false, reason: UTF16 };
  if (buf.subarray(0, 8192).includes(0)) return { ok: false, reason: 'is a binary file, not text' };
  try {
    // ignoreBOM keeps a leading BOM in the string so it can be noted and written back by --fix.
    let text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(buf);
    const bom = text.charCodeAt(0) === 0xfeff;
    if (bom) text = text.slice(1);
    return { ok: true, text, bom };
  } catch {
    return { ok: false, reason: 'is not UTF-8 text (save it as UTF-8 and try again)' };
  }
}

/**
 * Writes a file atomically and without losing anything: a symbolic link is followed to the file it
 * names (which is the one rewritten); the new text goes to a temporary file created exclusively,
 * never through a link, in the same folder, with the original's mode and (where permitted) owner; a
 * read-only file is refused; and when `expected` is given, a file whose text changed since it was
 * read (an edit made while the fix ran) is refused rather than overwritten. Throws with a message
 * that says which.
 */
export function writeFileAtomic(file: string, text: string, expected?: string): void {
  const target = fs.realpathSync(file);
  const stat = fs.statSync(target);
  if (!stat.isFile()) throw new Error('it is not a regular file');
  if ((stat.mode & 0o222) === 0) throw new Error('it is read-only; make it writable to apply fixes');
  const dir = path.dirname(target);
  const tmp = path.join(dir, `.${path.basename(target)}.${process.pid}.${Date.now().toString(36)}.groupplan-tmp`);
  const flags = fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_EXCL | (fs.constants.O_NOFOLLOW ?? 0);
  const fd = fs.openSync(tmp, flags, 0o600);
  let ino = 0;
  try {
    try {
      fs.writeSync(fd, text, null, 'utf8');
      // The exact mode of the original, whatever the umask; the owner too when this user may set it.
      fs.fchmodSync(fd, stat.mode & 0o7777);
      try {
        if (stat.uid !== process.getuid?.() || stat.gid !== process.getgid?.()) fs.fchownSync(fd, stat.uid, stat.gid);
      } catch {
        // Not permitted: the file keeps this user as owner, as any editor's save would.
      }
      fs.fsyncSync(fd);
      ino = fs.fstatSync(fd).ino;
    } finally {
      fs.closeSync(fd);
    }
    copyExtendedAttributes(target, tmp, ino);
    if (expected !== undefined) {
      const now = readTextFile(target);
      const current = now.ok ? (now.bom ? '\uFEFF' : '') + now.text : undefined;
      if (current !== expected) throw new Error('it changed while the fixes were being made; nothing was written, so check it and run the fix again');
    }
    fs.renameSync(tmp, target);
  } catch (e) {
    try {
      fs.rmSync(tmp, { force: true });
    } catch {
      // The temporary file is already gone.
    }
    throw e;
  }
}

// Extended attributes (tags, ACLs, security labels) of the original go to the replacement. Node has no
// call for them; on Linux, coreutils' `cp --attributes-only` copies them without touching the data.
// Where that is missing or not permitted the file is still written, as an editor's save would. The
// temporary file must still be the one this process made (not replaced by a link meanwhile).
function copyExtendedAttributes(from: string, to: string, ino: number): void {
  if (process.platform !== 'linux') return;
  childProcess().spawnSync('cp', ['--attributes-only', '--preserve=xattr', '--no-dereference', '--', from, to], { stdio: 'ignore', timeout: 5000 });
  const now = fs.lstatSync(to);
  if (!now.isFile() || now.ino !== ino) throw new Error('its temporary copy was replaced while the fixes were being made; nothing was written');
}

// node:child_process is loaded only when a fix is written: loading it costs several milliseconds of
// every start of the command, and most runs write nothing.
function childProcess(): typeof import('node:child_process') {
  return process.getBuiltinModule?.('node:child_process') ?? require('node:child_process');
}

// Reads the first bytes of a file as Latin-1, to look for front matter in a file that is not valid UTF-8.
export function readHead(file: string, bytes = 4096): string {
  try {
    const fd = fs.openSync(file, 'r');
    try {
      const buf = Buffer.alloc(bytes);
      const n = fs.readSync(fd, buf, 0, bytes, 0);
      return buf.subarray(0, n).toString('latin1');
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return '';
  }
}

// Globs are read by picomatch, as markdownlint-cli2 and most command-line tools read them: `*`, `**`,
// `?`, `[fg]`, `{a,b*}`, extglobs, and a leading `!` to leave out what an earlier argument matched.
export const isGlob = (s: string): boolean => s.startsWith('!') || picomatch.scan(s).isGlob;

export interface Collected {
  files: string[];
  /** Arguments that matched nothing, with the reason. */
  missing: { arg: string; reason: string; glob: boolean }[];
}

// Expands files, folders and globs into a sorted, de-duplicated list of files with the given extensions.
// Windows paths may use backslashes; elsewhere a backslash escapes a glob character.
const slashes = (p: string): string => (process.platform === 'win32' ? p.replace(/\\/g, '/') : p);

export interface CollectOptions {
  /** Leave out what the .gitignore files of the folders walked (and of the repository above them) ignore. */
  gitignore?: boolean;
}

export function collectFiles(args: string[], extensions = PLAN_EXTENSIONS, cwd = process.cwd(), options: CollectOptions = {}): Collected {
  const files = new Set<string>();
  const missing: Collected['missing'] = [];
  const excluded: ((f: string) => boolean)[] = [];
  const posix = (f: string): string => path.relative(cwd, f).split(path.sep).join('/');
  for (const arg of args) {
    if (arg.startsWith('!') && arg.length > 1) {
      excluded.push(picomatch(slashes(arg.slice(1)).replace(/^\.\//, ''), { dot: true }));
      continue;
    }
    if (isGlob(arg)) {
      const pattern = slashes(arg);
      const { base } = picomatch.scan(pattern);
      const matches = picomatch(path.isAbsolute(pattern) ? path.relative(cwd, pattern).split(path.sep).join('/') : pattern.replace(/^\.\//, ''));
      const before = files.size;
      const root = path.resolve(cwd, base || '.');
      for (const f of walk(root, null, options.gitignore ? ignoresAbove(root) : undefined)) if (matches(posix(f))) files.add(f);
      if (files.size === before) missing.push({ arg, reason: 'matched no files', glob: true });
      continue;
    }
    const abs = path.resolve(cwd, arg);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(abs);
    } catch (e) {
      missing.push({ arg, reason: readErrorReason(e), glob: false });
      continue;
    }
    if (stat.isDirectory()) for (const f of walk(abs, extensions, options.gitignore ? ignoresAbove(abs) : undefined)) files.add(f);
    else files.add(abs);
  }
  const kept = [...files].filter((f) => !excluded.some((out) => out(posix(f))));
  return { files: kept.sort(), missing };
}

/** A folder's .gitignore, read as git reads it (the `ignore` package), with the folder it is relative to. */
interface GitIgnore {
  base: string;
  rules: Ignore;
}

const GITIGNORE_MAX_BYTES = 1024 * 1024;

function readGitignore(dir: string): GitIgnore | undefined {
  const file = path.join(dir, '.gitignore');
  const read = readBounded(file, GITIGNORE_MAX_BYTES);
  if (!read.ok) return undefined;
  return { base: dir, rules: ignore().add(read.buf.toString('utf8')) };
}

// The .gitignore files that govern a folder from above: those of its parent folders up to the root of
// the git repository it is in (the folder holding .git). Outside a repository, none.
function ignoresAbove(dir: string): GitIgnore[] {
  const chain: string[] = [];
  for (let d = path.dirname(dir); ; d = path.dirname(d)) {
    chain.push(d);
    if (fs.existsSync(path.join(d, '.git'))) return chain.reverse().flatMap((x) => readGitignore(x) ?? []);
    if (path.dirname(d) === d) return [];
  }
}

const ignored = (ignores: GitIgnore[], full: string, isDir: boolean): boolean =>
  ignores.some(({ base, rules }) => {
    const rel = path.relative(base, full).split(path.sep).join('/');
    return rel !== '' && !rel.startsWith('..') && rules.ignores(isDir ? `${rel}/` : rel);
  });

// The files under a folder, in name order. With `ignores` (the .gitignore files above it), each folder's
// own .gitignore is read too and what they ignore is left out.
function* walk(dir: string, extensions: string[] | null, ignores?: GitIgnore[]): Generator<string> {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  const own = ignores && entries.some((e) => e.name === '.gitignore' && e.isFile()) ? readGitignore(dir) : undefined;
  const rules = ignores && own ? [...ignores, own] : ignores;
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    const full = path.join(dir, e.name);
    if (rules && ignored(rules, full, e.isDirectory())) continue;
    if (e.isDirectory()) {
      if (!SKIP_DIRS.has(e.name)) yield* walk(full, extensions, rules);
    } else if (e.isFile() && (!extensions || extensions.includes(path.extname(e.name).toLowerCase()))) yield full;
  }
}
