// The nine dynamics of mutual aid and the worker skills that set each in motion: a digest of
// Steinberg 2014, ch. 2 in our own words, with Shulman 2011 for the dynamics themselves.
// Coverage tells, for a plan, which dynamics it plans for and where.
import type { Plan } from './plan';
import type { TextRange } from './types';
import { NORMS } from './norms/lexicon';
import { negatedAt, normaliseStatement, normsCoverage } from './norms/detect';
import { onClearCaches, toSourceRange } from './text';
import { CueIndex } from './cue-index';

import { DYNAMICS } from './dynamics-data';

export { DYNAMICS, DYNAMICS_SOURCE, type Dynamic } from './dynamics-data';

export interface DynamicCoverage {
  id: string;
  name: string;
  addressed: boolean;
  /** Where the plan addresses it. */
  ranges: TextRange[];
}

const COMPILED = DYNAMICS.map((d) => ({ d, re: new RegExp(d.cues.map((c) => `(?:\\b${c})`).join('|'), 'gi') }));
// Indexed by how matches start, so a block is only run through the dynamics it could name.
const INDEX = new CueIndex();
INDEX.add(...COMPILED.map((c) => c.re));

// Finds which of the nine dynamics the plan addresses, and where (at most 20 places each): prose
// whose words set the dynamic in motion, and stated norms that serve it (see norms/lexicon.ts).
const coverageByPlan = new WeakMap<Plan, DynamicCoverage[]>();

export function dynamicsCoverage(plan: Plan): DynamicCoverage[] {
  // A plan object is built afresh for every check, so its coverage can be kept with it: the rule
  // and the hosts (the grader's strengths, the preview) then share one computation.
  let coverage = coverageByPlan.get(plan);
  if (!coverage) {
    coverage = computeCoverage(plan);
    coverageByPlan.set(plan, coverage);
  }
  return coverage;
}

// Sections that describe the members' situation or the setting rather than what the group will do:
// a need statement that members feel shame or isolation is not a plan to set a dynamic in motion.
const NOT_THE_WORK = new Set(['need', 'agency-context', 'social-context']);

function computeCoverage(plan: Plan): DynamicCoverage[] {
  const byNorm = normsCoverage(plan);
  const skip = new Set(plan.sections.filter((s) => s.element && NOT_THE_WORK.has(s.element.id)).flatMap((s) => s.blocks));
  // Each block's matches for the nine dynamics are found once per block text and remembered, so a
  // re-check after an edit only reads the edited block again.
  const found: (number[] | undefined)[] = new Array(plan.blocks.length);
  return COMPILED.map(({ d }, k) => {
    const ranges: TextRange[] = [];
    for (const norm of NORMS) if (norm.dynamics.includes(d.id)) ranges.push(...(byNorm.get(norm.id) ?? []));
    for (let i = 0; i < plan.blocks.length && ranges.length < 40; i++) {
      const block = plan.blocks[i];
      if (block.kind === 'heading' || block.kind === 'code' || !block.mapped.text || skip.has(block)) continue;
      const at = (found[i] ??= blockMatches(block.mapped.text));
      if (at[2 * k] >= 0) ranges.push(toSourceRange(block.mapped, at[2 * k], at[2 * k + 1]));
    }
    const unique = dedupe(ranges).slice(0, 20);
    return { id: d.id, name: d.name, addressed: unique.length > 0, ranges: unique };
  });
}

// For one block's text: [start, end] of the first match of each dynamic, or [-1, -1] when there is
// none or it is negated. Remembered by text (bounded, so memory stays flat).
const BLOCK_MATCHES = new Map<string, number[]>();
const BLOCK_MATCHES_LIMIT = 50000;
onClearCaches(() => BLOCK_MATCHES.clear());
function blockMatches(raw: string): number[] {
  const cached = BLOCK_MATCHES.get(raw);
  if (cached) return cached;
  const text = normaliseStatement(raw, 5000);
  const out: number[] = [];
  for (const { re } of COMPILED) {
    re.lastIndex = 0;
    const m = INDEX.mayMatch(re, text) ? re.exec(text) : null;
    if (m && !negatedAt(text, m.index)) out.push(m.index, m.index + m[0].length);
    else out.push(-1, -1);
  }
  if (BLOCK_MATCHES.size >= BLOCK_MATCHES_LIMIT) BLOCK_MATCHES.delete(BLOCK_MATCHES.keys().next().value as string);
  BLOCK_MATCHES.set(raw, out);
  return out;
}

function dedupe(ranges: TextRange[]): TextRange[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || a.end - b.end);
  return sorted.filter((r, i) => i === 0 || r.start >= sorted[i - 1].end);
}
