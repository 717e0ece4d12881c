// Writes the grading outputs atomically: everything is written to a staging folder first, then moved
// into place file by file with rename, so an interrupted run never leaves a half-written file.
import * as fs from 'node:fs';
import * as path from 'node:path';

// Writes `files` (relative path -> content) into `outDir`. Feedback files of students no longer in
// the batch are removed so the folder matches the latest run.
export function writeOutputs(outDir: string, files: Map<string, string>): void {
  fs.mkdirSync(outDir, { recursive: true });
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
    const feedbackDir = path.join(outDir, 'feedback');
    if (fs.existsSync(feedbackDir)) {
      for (const name of fs.readdirSync(feedbackDir)) {
        if (name.endsWith('.md') && !files.has(`feedback/${name}`)) fs.rmSync(path.join(feedbackDir, name), { force: true });
      }
    }
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
