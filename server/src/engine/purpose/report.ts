// The check the three failing purpose rules share: report once per statement when the main purpose
// clause fails in their way, pointing at the offending sentence and naming the triggering words; and
// when the statement fails another way, report each of its sentences that fails in this one, so that
// "Topics will include…" beside an individual-goals purpose is not hidden. Those sentence findings
// are not scored: the statement's verdict is what a grade counts.
import type { RuleContext } from '../rule';
import type { RelatedInfo } from '../types';
import type { FailureKind } from './lexicon';
import type { CueHit } from './analyse';
import { contentRelated, cueQuote, moveToContentFix, planPurpose, problemPhrase, rewriteFixes, sentenceRange, strongestCue, type PlanPurpose } from './findings';

/** What a purpose is expected to say, after each kind of problem. */
export const EXPECTED: Record<FailureKind, string> = {
  content: 'A purpose says who the members are together and what they will do for one another.',
  individual: 'A purpose names the need the members share and what they will do for one another, beyond any one member’s goals.',
  worker: 'A purpose says what the members will do for one another; the worker’s part is to set that in motion.',
};

// Reports a failing purpose of the given kind, if the analysis says so.
export function checkFailingPurpose(kind: FailureKind, ctx: RuleContext): void {
  const pp = planPurpose(ctx.plan);
  if (!pp) return;
  if (pp.analysis.verdict !== kind) {
    if (pp.analysis.verdict !== 'common-cause') reportSentences(kind, pp, ctx);
    return;
  }
  const { analysis } = pp;
  const [first, ...rest] = analysis.offending;
  if (first === undefined) return;
  const cue = strongestCue(pp, first, kind);
  const q = cueQuote(pp, first, cue);
  const message = messageFor(kind, q, cue);
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

const EXTRA: Record<FailureKind, string> = { content: ', and that belongs under Content', individual: ', which makes it casework in a group', worker: '' };

function messageFor(kind: FailureKind, quoted: string, cue: CueHit | undefined): string {
  return `"${quoted}" ${problemPhrase(kind, cue)}${EXTRA[kind]}. ${EXPECTED[kind]}`;
}

// Each sentence of a failing statement that fails in this rule's way, other than the ones the
// statement's own finding points at: its own finding, with the cue words, not scored.
function reportSentences(kind: FailureKind, pp: PlanPurpose, ctx: RuleContext): void {
  pp.analysis.sentences.forEach((s, i) => {
    if (s.verdict !== kind || i >= pp.sentences.length) return;
    const cue = strongestCue(pp, i, kind);
    if (!cue) return;
    const move = kind === 'content' ? moveToContentFix(pp, [i]) : undefined;
    ctx.report({
      range: sentenceRange(pp, i),
      message: messageFor(kind, cueQuote(pp, i, cue), cue),
      fix: move,
      evidence: s.cues.filter((c) => c.kind === kind).map((c) => s.text.slice(c.start, c.end)),
      scored: false,
    });
  });
}
