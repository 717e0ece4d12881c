// Connects the purpose analysis to a plan: source ranges for sentences and cues, quotes for
// messages, and the fixes the purpose rules share (move to Content, rewrite from the template).
import { EARLIER_DRAFT, type Plan } from '../plan';
import { isClausePunct, toSourceRange, trimTrailing } from '../text';
import type { Fix, RelatedInfo, TextEdit, TextRange } from '../types';
import { insertionPoint, sectionInsertEdit } from '../edits';
import { purposeSnippet, purposeTemplate } from '../templates';
import { analyseSentences, type CueHit, type PurposeAnalysis } from './analyse';
import type { FailureKind } from './lexicon';

/** At most this many sentences of a purpose are analysed (a purpose is a few sentences; this bounds huge input). */
const MAX_SENTENCES = 40;

export interface PlanSentence {
  text: string;
  range: TextRange;
  /** Which part (block) of the purpose it is in, and its index among that part's sentences. */
  part: number;
  index: number;
}

export interface PlanPurpose {
  analysis: PurposeAnalysis;
  sentences: PlanSentence[];
  plan: Plan;
}

const cache = new WeakMap<Plan, PlanPurpose | null>();


// Analyses the plan's purpose statement once per plan; undefined when the plan has none.
export function planPurpose(plan: Plan): PlanPurpose | undefined {
  const hit = cache.get(plan);
  if (hit !== undefined) return hit ?? undefined;
  const purpose = plan.purpose;
  let result: PlanPurpose | null = null;
  if (purpose) {
    const sentences: PlanSentence[] = [];
    purpose.parts.forEach((p, part) => p.sentences.forEach((s, index) => sentences.push({ text: s.text, range: s.range, part, index })));
    const used = sentences.slice(0, MAX_SENTENCES);
    if (used.length > 0) result = { analysis: analyseSentences(used.map((s) => ({ text: s.text }))), sentences: used, plan };
  }
  cache.set(plan, result);
  return result ?? undefined;
}

/** The source range of a cue found in sentence `i`. */
export function cueRange(pp: PlanPurpose, i: number, cue: CueHit): TextRange {
  const s = pp.sentences[i];
  const part = pp.plan.purpose!.parts[s.part];
  const sentence = part.sentences[s.index];
  return toSourceRange(part.mapped, sentence.plainStart + cue.start, sentence.plainStart + cue.end);
}

/** The strongest cue of a kind in a sentence (heaviest, then earliest). */
export function strongestCue(pp: PlanPurpose, i: number, kind: string): CueHit | undefined {
  const cues = pp.analysis.sentences[i]?.cues.filter((c) => c.kind === kind) ?? [];
  return cues.reduce<CueHit | undefined>((best, c) => (!best || c.weight > best.weight ? c : best), undefined);
}

// Shortens text for a message: one line, at most `max` characters, cut at a word.
export function quote(text: string, max = 80): string {
  const flat = trimTrailing(text.replace(/\s+/g, ' ').trim(), isClausePunct);
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${trimTrailing(space > max / 2 ? cut.slice(0, space) : cut, isClausePunct)} …`;
}

/** The words that triggered a cue, carried on to the end of their clause, for quoting in a message. */
export function cueQuote(pp: PlanPurpose, i: number, cue: CueHit | undefined, max = 80): string {
  const text = pp.analysis.sentences[i]?.text ?? pp.sentences[i].text;
  if (!cue) return quote(text, max);
  const rest = text.slice(cue.end);
  const stop = /[,;:.!?()]/.exec(rest);
  const end = cue.end + (stop ? stop.index : rest.length);
  return quote(text.slice(cue.start, Math.max(end, cue.end)), max);
}

/** How a sentence fails, in words, from its strongest cue. */
export function problemPhrase(kind: FailureKind, cue: CueHit | undefined): string {
  if (kind === 'content') {
    if (!cue) return 'describes what the group will cover';
    if (cue.id === 'theme-title') return 'names a theme';
    if (cue.note.includes('list of subjects') || cue.id === 'topics' || cue.id === 'colon-list') return 'lists topics';
    if (cue.id === 'activities' || cue.id === 'there-are-activities') return 'lists activities';
    if (cue.id === 'sessions-cover' || cue.id === 'the-topic') return 'describes what the sessions hold';
    return 'describes what the group will cover';
  }
  if (kind === 'individual') return 'frames the group around each member’s own goals';
  return 'makes the worker, an expert or the programme the main source of help, with members on the receiving end';
}

/** A "see also" entry for the plan's Content section, when there is one. */
export function contentRelated(plan: Plan): RelatedInfo[] {
  const content = plan.element('content');
  if (!content?.heading) return [];
  return [{ range: content.heading.range, message: `The "${content.title}" section, where topics, sessions and activities belong.` }];
}

/** The template that replaces a failing statement, pre-filled with the members' situation when known. */
export function rewriteFixes(pp: PlanPurpose): { fix?: Fix; snippet?: Fix } {
  const purpose = pp.plan.purpose;
  if (!purpose || purpose.from === 'front-matter') return {};
  // The new statement goes above the student's own words, which stay, marked as the earlier draft
  // (a fix never deletes what a student wrote; the draft is not read as the purpose).
  const at: [number, number] = [purpose.range.start, purpose.range.start];
  const who = pp.analysis.who;
  return {
    fix: { title: 'Write the purpose from the common-cause template, keeping this one as the earlier draft', edits: [{ range: at, text: `${purposeTemplate(who)}

${EARLIER_DRAFT} ` }] },
    snippet: { title: 'Rewrite the purpose from the template, keeping this one as the earlier draft', edits: [{ range: at, text: `${purposeSnippet(who)}

${EARLIER_DRAFT} ` }], snippet: true },
  };
}

// Moves sentences (indexes into pp.sentences) into the Content section, creating it if missing.
// When every sentence of the purpose moves, the purpose is restarted from the template instead of
// being left empty.
export function moveToContentFix(pp: PlanPurpose, indexes: number[]): Fix | undefined {
  const plan = pp.plan;
  const purpose = plan.purpose;
  if (!purpose || purpose.from !== 'section' || indexes.length === 0) return undefined;
  const content = plan.element('content');
  if (content && content.range.start < purpose.range.end && purpose.range.start < content.range.end) return undefined;
  const text = plan.text;
  const moving = new Set(indexes);
  const edits: TextEdit[] = [];
  const moved: string[] = [];
  const all = pp.sentences.length === moving.size && pp.sentences.length === purpose.parts.reduce((n, p) => n + p.sentences.length, 0);

  purpose.parts.forEach((part, p) => {
    const ours = pp.sentences.map((s, i) => ({ s, i })).filter(({ s, i }) => s.part === p && moving.has(i));
    if (ours.length === 0) return;
    if (ours.length === part.sentences.length) {
      moved.push(text.slice(part.range.start, part.range.end).trim());
      let end = part.range.end;
      for (let k = 0; k < 2 && text[end] === '\n'; k++) end++;
      edits.push({ range: [part.range.start, end], text: '' });
      return;
    }
    moved.push(ours.map(({ s }) => text.slice(s.range.start, s.range.end)).join(' '));
    for (const { s } of ours) {
      const last = s.index === part.sentences.length - 1;
      let start = s.range.start;
      let end = s.range.end;
      if (last) while (start > part.range.start && /\s/.test(text[start - 1])) start--;
      else while (end < part.range.end && /[ \t\n]/.test(text[end])) end++;
      edits.push({ range: [start, end], text: '' });
    }
  });
  if (all) {
    // Keep a purpose to work on: the whole statement gives way to the template.
    edits.length = 0;
    edits.push({ range: [purpose.range.start, purpose.range.end], text: purposeTemplate(pp.analysis.who) });
  }
  const body = moved.join('\n\n');
  if (content?.heading) {
    let at = content.range.end;
    while (at > content.heading.range.end && /\s/.test(text[at - 1])) at--;
    edits.push({ range: [at, at], text: `\n\n${body}` });
  } else {
    edits.push(sectionInsertEdit(plan, insertionPoint(plan, 'content'), 'Content', body));
  }
  const what = indexes.length === 1 ? 'this sentence' : 'these sentences';
  return { title: content ? `Move ${what} to the "${content.title}" section` : `Move ${what} to a new Content section`, edits };
}

/** Ranges of sentences, by index. */
export function sentenceRange(pp: PlanPurpose, i: number): TextRange {
  return pp.sentences[i].range;
}
