// The grading pool (server/src/grade/pool.ts): worker threads fed by the main thread, results in task
// order, and a crashed worker that loses nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { checkAll } from '../../server/src/grade/pool';
import type { CheckTask } from '../../server/src/grade/check-submission';

const root = path.resolve(__dirname, '../..');
const workerFile = path.join(root, 'dist/grade-worker.js');
const RULES = ['purpose-missing', 'norms-missing', 'plan-section-missing'];
let tmp: string;
let tasks: CheckTask[];

beforeAll(() => {
  if (!existsSync(workerFile)) throw new Error('The grade worker is not built: run "npm run build" (npm test does it) first.');
  tmp = mkdtempSync(path.join(os.tmpdir(), 'groupplan-pool-'));
  // Twelve plans, each with a different number of missing parts, so every result can be told apart.
  const parts = ['Need', 'Purpose', 'Composition', 'Structure', 'Content', 'Norms', 'Evaluation'];
  tasks = Array.from({ length: 12 }, (_, i) => {
    const file = path.join(tmp, `student-${i}.md`);
    const keep = parts.slice(0, 1 + (i % parts.length));
    writeFileSync(file, `---\ngroupplan: true\n---\n# Plan ${i}\n\n${keep.map((p) => `## ${p}\n\nMembers help one another.\n`).join('\n')}`);
    return { index: i, path: file, display: `student-${i}.md`, student: `student-${i}` };
  });
});

afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

const summary = (rs: Awaited<ReturnType<typeof checkAll>>) => rs.map((r) => ({ index: r.index, student: r.student, skipped: r.skipped, findings: r.findings.map((f) => `${f.ruleId}:${f.line}`) }));

describe('checkAll', () => {
  it('gives the same results, in task order, on worker threads as in this thread', async () => {
    const here = await checkAll(tasks, RULES, { jobs: 1 });
    const seen: number[] = [];
    const parallel = await checkAll(tasks, RULES, { workerFile, jobs: 3, minParallel: 1, onResult: (r) => seen.push(r.index) });
    expect(summary(parallel)).toEqual(summary(here));
    expect(parallel.map((r) => r.index)).toEqual(tasks.map((t) => t.index));
    expect([...seen].sort((a, b) => a - b)).toEqual(tasks.map((t) => t.index));
    // The plans differ, so equal summaries mean each result went to its own task.
    expect(new Set(here.map((r) => r.findings.length)).size).toBeGreaterThan(3);
  });

  it('records the task a crashed worker was on and checks the rest in this thread', async () => {
    // A worker that dies on its first task, holding a second one.
    const crashing = path.join(tmp, 'crashing-worker.js');
    writeFileSync(crashing, "require('node:worker_threads').parentPort.on('message', () => { throw new Error('worker fell over'); });\n");
    const results = await checkAll(tasks, RULES, { workerFile: crashing, jobs: 2, minParallel: 1 });
    const here = await checkAll(tasks, RULES, { jobs: 1 });
    expect(results).toHaveLength(tasks.length);
    const failed = results.filter((r) => r.skipped);
    // Each of the two workers fails the task it was on; nothing else is lost.
    expect(failed.length).toBe(2);
    for (const r of failed) expect(r.skipped).toMatch(/could not be checked \(worker fell over\)/);
    const rest = results.filter((r) => !r.skipped);
    expect(summary(rest)).toEqual(summary(here.filter((r) => rest.some((x) => x.index === r.index))));
  });
});
