// Reading plan files safely and collecting them from folders and globs.
import * as fs from 'node:fs';
import * as path from 'node:path';

export const PLAN_EXTENSIONS = ['.md', '.markdown'];
const SKIP_DIRS = new Set(['node_modules', '.git', 'dist', 'out', '.vscode-test', '.cache']);

/** `bom` is true when the file started with a UTF-8 byte order mark (removed from `text`). */
export type ReadResult = { ok: true; text: string; bom?: boolean } | { ok: false; reason: string };

/** Largest file the checker reads, in bytes. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

// Reads a file as UTF-8 text; binary or non-UTF-8 content and read errors become a reason, never a throw.
export function readTextFile(file: string): ReadResult {
  let buf: Buffer;
  try {
    const stat = fs.statSync(file);
    if (stat.isDirectory()) return { ok: false, reason: 'is a folder, not a file' };
    if (stat.size > MAX_FILE_BYTES) return { ok: false, reason: `is ${(stat.size / 1048576).toFixed(1)} MB, larger than the ${MAX_FILE_BYTES / 1048576} MB the checker reads` };
    buf = fs.readFileSync(file);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    return { ok: false, reason: err.code === 'ENOENT' ? 'does not exist' : err.code === 'EACCES' ? 'cannot be read (permission denied)' : `cannot be read (${err.message})` };
  }
  return decodeText(buf);
}

export function decodeText(buf: Buffer): ReadResult {
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

// Writes a file atomically: a temporary file in the same folder, then a rename over the original.
export function writeFileAtomic(file: string, text: string): void {
  const dir = path.dirname(file);
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${Date.now().toString(36)}.groupplan-tmp`);
  let mode: number | undefined;
  try {
    mode = fs.statSync(file).mode & 0o7777;
  } catch {
    mode = undefined;
  }
  try {
    fs.writeFileSync(tmp, text, { encoding: 'utf8', mode });
    fs.renameSync(tmp, file);
  } catch (e) {
    try {
      fs.rmSync(tmp, { force: true });
    } catch {
      // The temporary file is already gone.
    }
    throw e;
  }
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

// Turns a glob with *, ** and ? into a regular expression over forward-slash paths.
export function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        re += glob[i + 2] === '/' ? '(?:.*/)?' : '.*';
        i += glob[i + 2] === '/' ? 2 : 1;
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '{') {
      const end = glob.indexOf('}', i);
      if (end === -1) re += '\\{';
      else {
        re += `(?:${glob.slice(i + 1, end).split(',').map(escapeRe).join('|')})`;
        i = end;
      }
    } else re += escapeRe(c);
  }
  return new RegExp(`^${re}$`);
}

function escapeRe(s: string): string {
  return s.replace(/[.+^${}()|[\]\\]/g, '\\$&');
}

export const isGlob = (s: string): boolean => /[*?{]/.test(s);

export interface Collected {
  files: string[];
  /** Arguments that matched nothing, with the reason. */
  missing: { arg: string; reason: string; glob: boolean }[];
}

// Expands files, folders and globs into a sorted, de-duplicated list of files with the given extensions.
export function collectFiles(args: string[], extensions = PLAN_EXTENSIONS, cwd = process.cwd()): Collected {
  const files = new Set<string>();
  const missing: Collected['missing'] = [];
  for (const arg of args) {
    if (isGlob(arg)) {
      const base = path.resolve(cwd, globBase(arg));
      const re = globToRegExp(path.resolve(cwd, arg).split(path.sep).join('/'));
      const before = files.size;
      for (const f of walk(base, null)) if (re.test(f.split(path.sep).join('/'))) files.add(f);
      if (files.size === before) missing.push({ arg, reason: 'matched no files', glob: true });
      continue;
    }
    const abs = path.resolve(cwd, arg);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(abs);
    } catch {
      missing.push({ arg, reason: 'does not exist', glob: false });
      continue;
    }
    if (stat.isDirectory()) for (const f of walk(abs, extensions)) files.add(f);
    else files.add(abs);
  }
  return { files: [...files].sort(), missing };
}

function globBase(glob: string): string {
  const parts = glob.split(/[\\/]/);
  const idx = parts.findIndex(isGlob);
  return parts.slice(0, idx).join('/') || '.';
}

function* walk(dir: string, extensions: string[] | null): Generator<string> {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (!SKIP_DIRS.has(e.name)) yield* walk(full, extensions);
    } else if (e.isFile() && (!extensions || extensions.includes(path.extname(e.name).toLowerCase()))) yield full;
  }
}
