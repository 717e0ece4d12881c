// Finds the submissions in the folders and files given, and names the student behind each.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { collectFiles, errorDetail } from '../node/files';
import { FORMATS_BY_EXTENSION } from './convert';
import { latestOf, platformOf, type Platform } from './platform';

export interface SubmissionFile {
  /** Absolute path. */
  path: string;
  /** Path shown in reports: relative to the working folder, with forward slashes. */
  display: string;
  student: string;
  /** Other files in the student's folder, not graded (shown in the student's feedback). */
  others?: string[];
  /** The learning platform the file came from, read from its name (Canvas, Moodle). */
  platform?: Platform;
}

export interface Collected {
  files: SubmissionFile[];
  /** Arguments that matched nothing. */
  missing: { arg: string; reason: string }[];
}

const SKIP_DIRS = new Set(['node_modules', '.git']);
// Files that are never submissions: hidden files, Word's lock files, system files.
const isNoise = (name: string): boolean => name.startsWith('.') || name.startsWith('~$') || name === 'Thumbs.db' || name === 'desktop.ini';

// Every file under `dir` (sorted, depth first), skipping noise and the folder `exclude`. What cannot be
// taken (a folder that cannot be read, a link, a pipe) goes to `skipped` with the reason, never silently.
function walkAll(dir: string, exclude: string | undefined, out: string[], skipped: { arg: string; reason: string }[], cwd: string): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    skipped.push({ arg: toDisplay(dir, cwd), reason: `is a folder that cannot be read (${errorDetail(e)}), so nothing in it was graded` });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (isNoise(e.name)) continue;
    const full = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (!SKIP_DIRS.has(e.name) && full !== exclude) walkAll(full, exclude, out, skipped, cwd);
    } else if (e.isFile()) out.push(full);
    else if (e.isSymbolicLink()) skipped.push({ arg: toDisplay(full, cwd), reason: 'is a symbolic link, which the grader does not follow; copy the file itself into the folder' });
    else skipped.push({ arg: toDisplay(full, cwd), reason: 'is not a regular file (a named pipe, device or socket), so it was not graded' });
  }
}

// Collects submissions: every file in the folders given (so that unsupported ones can be reported),
// plus files and globs. A file in a sub-folder of a folder given belongs to the student the sub-folder
// is named after; a file directly in it, to the student its name gives.
export function collectSubmissions(args: string[], options: { cwd?: string; exclude?: string } = {}): Collected {
  const cwd = options.cwd ?? process.cwd();
  const exclude = options.exclude && path.resolve(cwd, options.exclude);
  const found = new Map<string, { root?: string }>();
  const missing: Collected['missing'] = [];
  for (const arg of args) {
    const abs = path.resolve(cwd, arg);
    let isDir = false;
    try {
      isDir = fs.statSync(abs).isDirectory();
    } catch {
      // Not an existing path: a glob or a missing file, which collectFiles reports.
    }
    if (isDir) {
      const all: string[] = [];
      walkAll(abs, exclude, all, missing, cwd);
      for (const f of all) if (!found.has(f)) found.set(f, { root: abs });
      continue;
    }
    const r = collectFiles([arg], Object.keys(FORMATS_BY_EXTENSION), cwd);
    missing.push(...r.missing);
    for (const f of r.files) if (!found.has(f) && !(exclude && f.startsWith(exclude + path.sep))) found.set(f, {});
  }
  const files = [...found.keys()].sort().map((f) => ({ path: f, display: toDisplay(f, cwd), student: '', root: found.get(f)!.root }));
  // One student, one submission: a student's sub-folder gives one plan, chosen by a documented rule
  // (the largest file of a type the grader reads, else the largest file), and lists the others.
  const out: SubmissionFile[] = [];
  const byFolder = new Map<string, typeof files>();
  // A platform's download: one student per platform id, the latest upload graded, the others listed.
  const byPlatformId = new Map<string, (typeof files[number] & { platform: Platform })[]>();
  for (const f of files) {
    const platform = f.root ? platformOf(path.relative(f.root, f.path).split(path.sep).join('/')) : undefined;
    if (!platform) continue;
    const key = `${platform.kind}:${platform.id}`;
    byPlatformId.set(key, [...(byPlatformId.get(key) ?? []), { ...f, platform }]);
  }
  for (const group of byPlatformId.values()) {
    const { plan, others } = oneSubmission(group, latestOf);
    out.push({ path: plan.path, display: plan.display, student: plan.platform.name, platform: plan.platform, ...(others.length ? { others } : {}) });
  }
  const onPlatform = new Set([...byPlatformId.values()].flat().map((f) => f.path));
  for (const f of files) {
    if (onPlatform.has(f.path)) continue;
    const folder = studentFolder(f.path, f.root);
    if (!folder) {
      out.push({ path: f.path, display: f.display, student: path.basename(f.path, path.extname(f.path)) });
      continue;
    }
    const key = path.join(f.root!, folder);
    byFolder.set(key, [...(byFolder.get(key) ?? []), f]);
  }
  for (const [key, group] of byFolder) {
    const { plan, others } = oneSubmission(group, (pool) => pool.reduce((best, f) => (sizeOf(f.path) > sizeOf(best.path) ? f : best)));
    out.push({ path: plan.path, display: plan.display, student: path.basename(key), ...(others.length ? { others } : {}) });
  }
  out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files: out, missing };
}

// One student's files give one submission: `pick` chooses among those of a type the grader reads (all of
// them when none is), and the others are listed in the student's feedback.
function oneSubmission<T extends { path: string; display: string }>(group: T[], pick: (pool: T[]) => T): { plan: T; others: string[] } {
  const gradable = group.filter((f) => FORMATS_BY_EXTENSION[path.extname(f.path).toLowerCase()]);
  const plan = pick(gradable.length ? gradable : group);
  return { plan, others: group.filter((f) => f !== plan).map((f) => f.display) };
}

const sizeOf = (file: string): number => {
  try {
    return fs.statSync(file).size;
  } catch {
    return 0;
  }
};

/** The sub-folder (relative to the root) that holds a file, or undefined for a file directly in the root. */
function studentFolder(file: string, root: string | undefined): string | undefined {
  if (!root) return undefined;
  const rel = path.relative(root, path.dirname(file));
  return rel && !rel.startsWith('..') ? rel.split(path.sep)[0] : undefined;
}

export function toDisplay(file: string, cwd: string): string {
  const rel = path.relative(cwd, file);
  return (rel && !rel.startsWith('..') ? rel : file).split(path.sep).join('/');
}
