// Regression guard: the labelled norms corpora keep every label at or above 0.90 precision and recall.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as engine from '../../server/src/engine';
// @ts-expect-error plain ES module without types, shared with scripts/eval-norms.mjs
import { evaluate } from '../../scripts/eval-norms-core.mjs';

const dir = join(__dirname, '..', 'corpus');
const files = readdirSync(dir).filter((f) => f.startsWith('norms') && f.endsWith('.tsv')).sort().map((f) => join(dir, f));

describe('norms corpus', () => {
  const result = evaluate(engine, files) as { rows: number; table: { label: string; n: number; precision?: number; recall?: number }[]; errors: string[] };

  it('is well formed and large enough to mean something', () => {
    expect(result.errors).toEqual([]);
    expect(result.rows).toBeGreaterThan(400);
  });

  it.each(result.table.map((t) => [t.label, t] as const))('%s meets 0.90 precision and recall', (_label, t) => {
    expect(t.n).toBeGreaterThan(0);
    if (t.precision !== undefined) expect(t.precision).toBeGreaterThanOrEqual(0.9);
    if (t.recall !== undefined) expect(t.recall).toBeGreaterThanOrEqual(0.9);
  });
});
