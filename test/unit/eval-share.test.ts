// `npm run eval -- --train-share P`: each fold trained on the real rows of only about P% of the other
// folds' sources, measured on the same rows: how a figure grows with the real data. The purpose
// locator's task is the quickest to run as a whole process.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..');
const evalScript = join(root, 'scripts', 'eval.mjs');

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [evalScript, '--task', 'locate', ...args], { cwd: root, encoding: 'utf8', timeout: 120_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('eval --train-share', () => {
  it('trains on fewer real sources and measures the same rows', () => {
    const all = run('--json');
    const quarter = run('--json', '--train-share', '25');
    expect(all.status).toBe(0);
    expect(quarter.status).toBe(0);
    const a = JSON.parse(all.stdout).locate;
    const q = JSON.parse(quarter.stdout).locate;
    // The same real rows are measured…
    expect(q.n).toBe(a.n);
    expect(q.positives).toBe(a.positives);
    // …by models trained on less: their verdicts differ, and with a quarter of the plans the locator
    // finds fewer purpose sentences.
    expect([q.model.tp, q.model.fp]).not.toEqual([a.model.tp, a.model.fp]);
    expect(q.model.tp).toBeLessThan(a.model.tp);
    // The same share picks the same sources in every run.
    expect(JSON.parse(run('--json', '--train-share', '25').stdout).locate.model).toEqual(q.model);
  });

  it('says so in the report', () => {
    const r = run('--train-share', '50');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("Trained on the real rows of about 50% of the other folds' sources.");
  });

  it('rejects a share that is not a percentage with a clear message', () => {
    for (const bad of ['0', '150', 'half']) {
      const r = run('--train-share', bad);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain('--train-share takes a percentage above 0 and at most 100');
      expect(r.stdout).toBe('');
    }
  });
});
