// The check the three failing purpose rules share: report once per statement when the main purpose
// clause fails in their way, pointing at the offending sentence and naming the triggering words.
import type { RuleContext } from '../rule';
import type { RelatedInfo } from '../types';
import type { FailureKind } from './lexicon';
import { contentRelated, cueQuote, moveToContentFix, planPurpose, problemPhrase, rewriteFixes, sentenceRange, strongestCue } from './findings';

/** What a purpose is expected to say, after each kind of problem. */
export const EXPECTED: Record<FailureKind, string> = {
  content: 'A purpose says who the members are together and what they will do for one another.',
  individual: 'A purpose names the need the members share and what they will do for one another, beyond any one member’s goals.',
  worker: 'A purpose says what the members will do for one another; the worker’s part is to set that in motion.',
};

// Reports a failing purpose of the given kind, if the analysis says so.
export function checkFailingPurpose(kind: FailureKind, ctx: RuleContext): void {
  const pp = planPurpose(ctx.plan);
  if (!pp || pp.analysis.verdict !== kind) return;
  const { analysis } = pp;
  const [first, ...rest] = analysis.offending;
  if (first === undefined) return;
  const cue = strongestCue(pp, first, kind);
  const q = cueQuote(pp, first, cue);
  const extra = kind === 'content' ? ', and that belongs under Content' : kind === 'individual' ? ', which makes it casework in a group' : '';
  const message = `"${q}" ${problemPhrase(kind, cue)}${extra}. ${EXPECTED[kind]}`;
  const related: RelatedInfo[] = rest.map((i) => ({ range: sentenceRange(pp, i), message: `Also here: "${cueQuote(pp, i, strongestCue(pp, i, kind), 60)}".` }));
  if (kind === 'content') related.push(...contentRelated(ctx.plan));
  const { fix: rewrite, snippet } = rewriteFixes(pp);
  const move = kind === 'content' ? moveToContentFix(pp, analysis.offending) : undefined;
  const fix = move ?? rewrite;
  ctx.report({
    range: sentenceRange(pp, first),
    message,
    fix,
    suggestions: snippet ? [snippet] : undefined,
    related: related.length ? related : undefined,
    evidence: analysis.evidence,
  });
}
