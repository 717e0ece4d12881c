// On the real plan fragments in test/corpus/real, plans whose purpose is a common cause (by the hand
// label) out-score plans whose purpose fails (content, individual goals, worker-centred) on the
// purpose criterion, compared pair by pair.
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSubmission } from '../../server/src/grade/check-submission';
import { defaultRubric, rubricRules } from '../../server/src/engine/grade/rubric';
import { scoreSubmission } from '../../server/src/engine/grade/score';
// @ts-ignore: plain ES module shared with the scripts
import { readTsv } from '../../scripts/learn-core.mjs';

const ROOT = path.resolve(__dirname, '../..');
const rubric = defaultRubric();

async function purposePairs(): Promise<{ pairs: number; ahead: number; ties: number }> {
  const rows = ['plans-shared', 'plans'].flatMap((d) => readTsv(path.join(ROOT, 'test/corpus/real', d, 'INDEX.tsv')).map((r: Record<string, string>) => ({ ...r, dir: d })));
  const scored: { label: string; score: number }[] = [];
  for (const r of rows) {
    const label = (r.purpose_label ?? '').split(/\s/)[0];
    if (!['COMMON-CAUSE', 'CONTENT', 'INDIVIDUAL', 'WORKER-CENTERED'].includes(label)) continue;
    const file = path.join(ROOT, 'test/corpus/real', r.dir, r.file);
    const c = await checkSubmission({ index: 0, path: file, display: r.file, student: r.file }, rubricRules(rubric));
    const s = scoreSubmission(c.findings, rubric, c.evidence).criteria.find((x) => x.id === 'purpose')!;
    scored.push({ label, score: s.score });
  }
  const good = scored.filter((s) => s.label === 'COMMON-CAUSE');
  const bad = scored.filter((s) => s.label !== 'COMMON-CAUSE');
  let ahead = 0;
  let ties = 0;
  for (const g of good) for (const b of bad) {
    if (g.score > b.score) ahead++;
    else if (g.score === b.score) ties++;
  }
  return { pairs: good.length * bad.length, ahead, ties };
}

describe('real plans: the purpose criterion ranks common causes above failing purposes', () => {
  it('in most pairs (ties count half)', async () => {
    const r = await purposePairs();
    // Measured on 2026-12-07 with the 24 plans of the last blind batch: 1,188 pairs (18 common causes, 66
    // failing purposes), the common cause ahead in 1,014, tied in 113, behind in 61 (5.1%): 0.90 with
    // ties counted half. The batch itself brought pairs behind to 59 (4.97%); reading "I decided to
    // create an anxiety group to …" as a purpose then found a worker-centred plan's purpose, which
    // scores 4.5 against two common-cause plans whose purpose is not found at all (0): 61. Hence 5.5%.
    // Before that: 742 pairs (14 common causes, 53 failing purposes), the common cause ahead in 664, tied
    // in 54 (mostly a fragment whose purpose is not found at all, against failing purposes that score
    // nothing either), behind in 24 (3.2%): 0.93 with ties counted half. On the 56 plans labelled one of
    // the four kinds before the last 16 were collected: 472 / 38 / 18 of 528, 0.93; 429 / 72 / 27, 0.88,
    // before the learned purpose locator. Before the plans collected on 2026-12-07: 120 pairs,
    // 96 / 18 / 6, 0.88 (0.70 before "The goal is for members to …" sentences were read as purposes).
    expect(r.pairs).toBeGreaterThan(50);
    expect((r.ahead + r.ties / 2) / r.pairs).toBeGreaterThanOrEqual(0.85);
    expect((r.pairs - r.ahead - r.ties) / r.pairs).toBeLessThanOrEqual(0.055);
  });
});
