// Writes the grading outputs safely. Everything is written to a staging folder first, then moved into
// place file by file with rename, so an interrupted run never leaves a half-written file. The output
// folder carries a run marker (.groupplan-run.json) listing what the last run wrote: a later run removes
// only feedback files that marker lists and this run no longer writes, never anything else.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { errorDetail } from '../node/files';

/** The run marker: what groupplan wrote into the output folder last time. */
export const RUN_MARKER = '.groupplan-run.json';

/** Why an output folder cannot be used, checked before any grading work; undefined when it can. */
export function outputFolderProblem(outDir: string, inputs: string[]): string | undefined {
  const out = path.resolve(outDir);
  for (const input of inputs) {
    const abs = path.resolve(input);
    let isDir = false;
    try {
      isDir = fs.statSync(abs).isDirectory();
    } catch {
      continue;
    }
    const inside = out === abs || out.startsWith(abs + path.sep);
    if (isDir && inside) return `the output folder ${outDir} is inside the submissions folder ${input}, so a later run would grade its own reports as students. Choose a folder outside it.`;
  }
  for (const sub of ['', 'feedback']) {
    const p = path.join(out, sub);
    try {
      if (fs.lstatSync(p).isSymbolicLink()) return `${p} is a symbolic link; groupplan writes its reports only into a real folder.`;
      if (!fs.statSync(p).isDirectory()) return `${p} exists and is not a folder.`;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') return `${p} cannot be used (${(e as Error).message}).`;
    }
  }
  // Writable: the folder itself, or the nearest folder above it that exists (nothing is created yet).
  let probe = out;
  while (!fs.existsSync(probe) && path.dirname(probe) !== probe) probe = path.dirname(probe);
  try {
    fs.accessSync(probe, fs.constants.W_OK);
  } catch (e) {
    return `the output folder ${outDir} cannot be written (${errorDetail(e)}).`;
  }
  return undefined;
}

// The files the last run's marker lists (relative paths), or none.
function lastRun(outDir: string): string[] {
  try {
    const data = JSON.parse(fs.readFileSync(path.join(outDir, RUN_MARKER), 'utf8')) as { files?: unknown };
    return Array.isArray(data.files) ? data.files.filter((f): f is string => typeof f === 'string') : [];
  } catch {
    return [];
  }
}

// Writes `files` (relative path -> content) into `outDir`, then removes the feedback files the last
// run wrote for students no longer in the batch, and records this run in the marker.
export function writeOutputs(outDir: string, files: Map<string, string | Buffer>): void {
  fs.mkdirSync(outDir, { recursive: true });
  const before = lastRun(outDir);
  const stage = fs.mkdtempSync(path.join(outDir, '.groupplan-staging-'));
  try {
    for (const [rel, content] of files) {
      const target = path.join(stage, rel);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, content);
    }
    // Feedback first and the reports last, so report.html never links to a file not yet in place.
    const order = [...files.keys()].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
    for (const rel of order) {
      const target = path.join(outDir, rel);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.renameSync(path.join(stage, rel), target);
    }
    for (const rel of before) {
      // Only feedback files this tool wrote, by the marker, and only plain file names inside feedback/.
      if (files.has(rel) || !/^feedback\/[^/\\]+\.md$/.test(rel)) continue;
      const target = path.join(outDir, rel);
      try {
        if (fs.lstatSync(target).isFile()) fs.rmSync(target);
      } catch {
        // Already gone.
      }
    }
    fs.writeFileSync(path.join(outDir, RUN_MARKER), `${JSON.stringify({ tool: 'groupplan grade', files: [...files.keys()].sort() }, null, 2)}\n`);
  } finally {
    fs.rmSync(stage, { recursive: true, force: true });
  }
}

const rank = (rel: string): number => (rel.startsWith('feedback/') ? 0 : rel === 'report.html' ? 3 : rel === 'report.json' ? 2 : 1);

/** Removes staging folders left by a run that was killed. */
export function removeStaleStaging(outDir: string): void {
  if (!fs.existsSync(outDir)) return;
  for (const name of fs.readdirSync(outDir)) if (name.startsWith('.groupplan-staging-')) fs.rmSync(path.join(outDir, name), { recursive: true, force: true });
}
