// Purpose analysis: tells a purpose statement that describes content (or individual goals, or the
// worker as the helper) from one that states the group's common cause. Pure and deterministic:
// cues from the lexicon are found sentence by sentence, scored, and every verdict keeps the words
// that triggered it. Working test: domain brief section 4 (Steinberg 2014, ch. 1).
//
// Cues: each sentence sums its cue weights per kind; the statement sums the sentences, with the
// main purpose clause counted twice. The verdict (which of the four kinds) is learned: a model
// trained on labelled real statements weighs the words and these cues together (learn/verdicts.ts).
// Without a model, the statement fails in the heaviest failing kind when that reaches 2 and
// outweighs the member-to-member (mutual) score. A common cause's strength depends on which of
// situation, mutual help and aim it names.
import { isSpace, isStop, splitSentences, trimTrailing } from '../text';
import { CueIndex } from '../cue-index';
import { cueMatches } from '../cue-match';
import { purposeVerdict } from '../learn/verdicts';
import { negatedBefore } from '../negation';
import { CUES, FAILURE_KINDS, FINITE_VERBS, NEGATION_BEFORE, PEOPLE_NOUNS, PURPOSE_MARKER, TRAILING_CLAUSE, type CueDef, type CueKind, type FailureKind } from './lexicon';

export type PurposeVerdict = FailureKind | 'common-cause';
export type SentenceVerdict = PurposeVerdict | 'neutral';
export type PurposePart = 'situation' | 'mutual' | 'aim';

/** One cue found in a sentence; offsets are into the sentence text. */
export interface CueHit {
  id: string;
  kind: CueKind;
  weight: number;
  text: string;
  start: number;
  end: number;
  note: string;
}

export type Scores = Record<CueKind, number>;

export interface SentenceAnalysis {
  text: string;
  /** Offsets of the sentence in the analysed text (for `analysePurpose`) or 0-based index order. */
  start: number;
  end: number;
  verdict: SentenceVerdict;
  scores: Scores;
  cues: CueHit[];
  /** True for the sentence that carries the main purpose clause. */
  main: boolean;
}

export interface PurposeAnalysis {
  verdict: PurposeVerdict;
  /** For a common cause: how many of the three parts it names. */
  strength?: 'strong' | 'moderate' | 'weak';
  /** Parts of a common cause the statement does not name. */
  missing: PurposePart[];
  /** The statement names a setting ("a safe space to share"): the setting cue, if any. */
  setting?: CueHit;
  /** Index of the main purpose sentence. */
  main: number;
  sentences: SentenceAnalysis[];
  /** Weighted totals over the statement (the main sentence counts double). */
  scores: Scores;
  /** The words that decided the verdict. */
  evidence: string[];
  /** Sentences that carry the verdict's problem (for a failing verdict), by index. */
  offending: number[];
  /** For a common cause: sentences that would fail on their own (e.g. a topics sentence), by index. */
  strays: number[];
  /** The members' shared situation as the statement names it, for pre-filling a rewrite. */
  who?: string;
  /** The learned verdict's probability of each kind, when a model decided. */
  probability?: Record<string, number>;
}

/** What the cues alone say of a statement: sentences with their cues, the main sentence, the totals. */
export type CueReading = Pick<PurposeAnalysis, 'sentences' | 'main' | 'scores'>;

interface CompiledCue {
  def: CueDef;
  re: RegExp;
  after?: RegExp;
  before?: RegExp;
}

let compiled: CompiledCue[] | undefined;
// The cue patterns indexed by how their matches start, so a sentence is only run through the few
// that could match it (see cue-index.ts).
const INDEX = new CueIndex('purpose');

function compile(): CompiledCue[] {
  if (!compiled) {
    compiled = CUES.map((def) => ({
      def,
      // Cues are matched against the sentence in lower case (ASCII letters only, so offsets hold):
      // a pattern compiled without the i flag costs V8 about half as much to compile.
      re: new RegExp(def.pattern, 'g'),
      after: def.unlessAfter ? new RegExp(def.unlessAfter, 'i') : undefined,
      before: def.unlessBefore ? new RegExp(def.unlessBefore, 'i') : undefined,
    }));
    INDEX.add(...compiled.map((c) => c.re));
  }
  return compiled;
}

const NEGATION = new RegExp(NEGATION_BEFORE);
const PURPOSE = new RegExp(PURPOSE_MARKER, 'i');
const FINITE = new RegExp(FINITE_VERBS, 'i');
const MAIN_WEIGHT = 2;

const emptyScores = (): Scores => ({ content: 0, individual: 0, worker: 0, mutual: 0, situation: 0, aim: 0, setting: 0 });

const isFailure = (k: CueKind): k is FailureKind => (FAILURE_KINDS as readonly string[]).includes(k);

/** A text with its ASCII capitals in lower case: the same length, so offsets into it are offsets into the text. */
const asciiLower = (text: string): string => (/[A-Z]/.test(text) ? text.replace(/[A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 32)) : text);

/** The hits of one cue in a sentence, on its own terms: its pattern, what may not stand after or before
 * it, and a negation before a failure or mutual-aid cue. (What other cues found is weighed later.) */
function cueHits({ def, re, after, before }: CompiledCue, sentence: string, lower = asciiLower(sentence)): CueHit[] {
  const hits: CueHit[] = [];
  const subject = def.caseSensitive ? sentence : lower;
  // A pair of words that must be the same word: a later start may still pair the same word.
  const accept = def.sameWords ? (m: RegExpExecArray) => m[1].toLowerCase() === m[2].toLowerCase() || 'retry' : undefined;
  for (const m of cueMatches(re, subject, { accept })) {
    let start = m.index;
    let end = start + m[0].length;
    while (start < end && /\s/.test(sentence[start])) start++;
    while (end > start && /\s/.test(sentence[end - 1])) end--;
    if (after && after.test(sentence.slice(end))) continue;
    if (before && before.test(sentence.slice(Math.max(0, start - 80), start))) continue; // exceptions look back one clause at most
    // A failure or a mutual-aid cue that is negated ("not a lecture", "this is not a peer-led group") does
    // not count; the clause is read as for the norm cues.
    if ((isFailure(def.kind) || def.kind === 'mutual') && negatedBefore(lower, start, NEGATION)) continue;
    // A list of subjects after a content cue strengthens it and becomes part of its evidence.
    const list = def.listHead ? listAfter(sentence, end) : undefined;
    if (list) hits.push({ id: def.id, kind: def.kind, weight: def.weight + 1, text: sentence.slice(start, list.end), start, end: list.end, note: `${def.note}, with a list of subjects` });
    else hits.push({ id: def.id, kind: def.kind, weight: def.weight, text: sentence.slice(start, end), start, end, note: def.note });
  }
  return hits;
}

/** What one cue, by id, finds in a sentence on its own (for the cue file's examples). */
export function findCue(id: string, sentence: string): CueHit[] {
  const cue = compile().find((c) => c.def.id === id);
  if (!cue) throw new Error(`no purpose cue "${id}"`);
  return cueHits(cue, sentence);
}

// Finds every cue in one sentence, drops negated and overlapping ones, and adds list and title cues.
export function findCues(sentence: string): CueHit[] {
  const hits: CueHit[] = [];
  const lower = asciiLower(sentence);
  for (const cue of compile()) if (INDEX.mayMatch(cue.re, sentence)) hits.push(...cueHits(cue, sentence, lower));
  const title = titleCue(sentence, hits);
  if (title) hits.push(title);
  const themes = colonList(sentence, hits) ?? bulletList(sentence, hits);
  if (themes) hits.push(themes);
  return setAside(sentence, countOnce(sentence, workerHandsOver(dedupe(hits))));
}

// Cues that would be counted more than they weigh: "I" in a question ("What do I get from coming?")
// is the reader asking, not a member's contract; activities named in passing count once a sentence
// ("walking football … gave up the full game").
function countOnce(sentence: string, hits: CueHit[]): CueHit[] {
  const asked = sentence.trimEnd().endsWith('?') ? hits.filter((h) => h.id !== 'first-person') : hits;
  const firstActivity = asked.find((h) => h.id === 'activities');
  return firstActivity ? asked.filter((h) => h.id !== 'activities' || h === firstActivity) : asked;
}

// "Members may set goals of their own, but the group exists for …", "Although carers meet one another,
// the real value is …", "…, while members learn from one another": what a contrasting "but", an opening
// "although" clause or a trailing clause sets aside weighs half as much as the main clause ("but also"
// adds, so it sets nothing aside).
const CONTRAST = /[,;]?\s{1,20}but\s+(?!also\b)/gi;
const CONCESSIVE = /^\s*(?:although|though|even though|while|whilst|despite|even if)\b[^,;]*[,;]/i;
const TRAILING = new RegExp(`,\\s+(${TRAILING_CLAUSE})\\s+`, 'i');
function setAside(sentence: string, hits: CueHit[]): CueHit[] {
  let before = -1;
  for (const m of sentence.matchAll(CONTRAST)) before = m.index;
  const opening = before >= 0 ? 'but' : 'although';
  if (before < 0) before = CONCESSIVE.exec(sentence)?.[0].length ?? -1;
  const trailing = TRAILING.exec(sentence);
  if (before < 0 && !trailing) return hits;
  const halve = (h: CueHit, by: string): CueHit => ({ ...h, weight: Math.max(1, Math.floor(h.weight / 2)), note: `${h.note} (set aside by "${by}")` });
  return hits.map((h) => {
    if (h.weight <= 1) return h;
    if (before >= 0 && h.end <= before) return halve(h, opening);
    if (trailing && h.start >= trailing.index) return halve(h, trailing[1].toLowerCase());
    return h;
  });
}

// "A dietitian gives members a personalised meal plan", "staff offer guidance to help each carer cope":
// when a worker who hands something over is the subject, the individual wording that follows in the
// same clause is what the worker hands over, so it counts as a hint (weight 1), not as the frame.
function workerHandsOver(hits: CueHit[]): CueHit[] {
  const givers = hits.filter((h) => h.kind === 'worker' && HANDS_OVER.has(h.id));
  if (givers.length === 0) return hits;
  return hits.map((h) =>
    h.kind === 'individual' && h.weight > 1 && givers.some((g) => g.start < h.start && h.start - g.end <= 40)
      ? { ...h, weight: 1, note: `${h.note} (handed over by the worker)` }
      : h,
  );
}

const HANDS_OVER = new Set(['worker-provides', 'worker-teaches', 'provide-knowledge']);

// A list of three or more items (commas, semicolons or "A, B and C") right after a content cue.
function listAfter(sentence: string, from: number): { end: number } | undefined {
  const rest = sentence.slice(from);
  // The list ends with its clause: a sentence end, or a comma or semicolon that opens a new clause
  // ("…, but the point is that tenants act together").
  const clause = /^[^.!?:]*?(?=[.!?]\s|[.!?]$|$|[,;]\s{0,20}(?:but|while|whereas|because|yet|so that)\b)/.exec(rest.replace(/^\s*:\s*/, (s) => ' '.repeat(s.length)))?.[0] ?? rest;
  const seps = (clause.match(/[,;]/g) ?? []).length;
  const andOr = /\b(?:and|or)\b|\betc\b|\.\.\./i.test(clause);
  if (!(seps >= 2 || (seps >= 1 && andOr))) return undefined;
  // "…practise English in a relaxed setting, and feel at home": the last item opens with a verb, so the
  // commas join actions (a series of infinitives), not a list of subjects.
  // The item after the last comma or semicolon (no pattern scans to the end from every separator).
  const tail = clause.slice(Math.max(0, clause.lastIndexOf(','), clause.lastIndexOf(';')));
  const last = /(?:,\s*|\b(?:and|or)\s+)(?:and\s+|or\s+)?([A-Za-z]+)/.exec(tail);
  if (last && ACTION_VERB.test(last[1])) return undefined;
  return { end: from + clause.trimEnd().length };
}

const ACTION_VERB = /^(?:feel|get|find|make|help|share|meet|build|become|be|support|take|keep|stay|know|see|talk|connect|enjoy|give|gain|feel|go|return|move|start|leave|speak|learn|grow|heal|cope|live)$/i;

// A short verbless fragment ("Coping with a move to a new school", "Anger management for boys") names a
// theme, not a purpose.
function titleCue(sentence: string, hits: CueHit[]): CueHit | undefined {
  const words = sentence.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 14) return undefined;
  // A question speaks to the reader ("Feeling alone?", "Struggling with your child's sleep?"): it names
  // their situation as a hook, not a theme the group will cover.
  if (sentence.trimEnd().endsWith('?')) return undefined;
  if (words.filter((w) => /[a-z]{2}/i.test(w)).length < 2) return undefined; // "2." or "Goals: 1" is a numbering, not a theme
  // "Helping students …", "Bringing together …": a purpose verb opens a purpose written in short, as "To help …" does.
  if (PURPOSE_GERUND.test(sentence)) return undefined;
  // A fragment that already names members helping one another, or a worker as the helper, is judged by
  // that cue, not as a theme.
  if (hits.some((h) => h.kind === 'mutual' || h.kind === 'worker')) return undefined;
  if (FINITE.test(sentence)) return undefined;
  if (/^(?:to|for|so|by|in order)\b/i.test(sentence)) return undefined; // "To help …" and "For carers …" are purposes in short
  // A fragment that names the group itself ("A support group for widows") is a thin purpose, not a theme.
  if (/\b(?:group|circle|network|club|association|fellowship|support|self-help|peer)\b/i.test(sentence)) return undefined;
  // "Improving my study habits": a change a member wants in themselves is their own goal, not a theme
  // ("Coping with my parents' divorce" still names a theme).
  if (/\b(?:improv|build|increas|reduc|develop|boost|rais|lower|strengthen|overcom|manag|control|chang|find)\w*\s+my\b/i.test(sentence)) return undefined;
  if (hits.some((h) => h.id === 'self-improvement')) return undefined; // "Becoming more confident …"

  if (hits.some((h) => h.kind === 'setting')) return undefined;
  // "WHO: Moms in recovery", "Why: because …": a fragment under a heading that names the purpose answers it.
  const heading = /^\s*([^:]{1,30}):/.exec(sentence);
  if (heading && PURPOSE_HEAD.test(heading[1])) return undefined;
  // An invitation or a note on logistics ("All carers welcome", "Open to all") is not a theme.
  if (/\b(?:welcome|welcomed|open to|all ages|free of charge|drop[- ]in|no need to book)\b/i.test(sentence)) return undefined;
  // Without a gerund to open it, only a short noun phrase counts: no article, no pronoun subject, no
  // "to talk"-style infinitive (which usually hides a verb the list above does not know).
  const gerund = /^[A-Za-z]+ing\b/.test(sentence);
  if (!gerund && (words.length > 10 || /^(?:a|an|the|this|our|my)\b/i.test(sentence) || /\b(?:we|they|you|i|he|she|us|them|none|nobody|everyone|members|participants)\b/i.test(sentence) || /\bto\s+[a-z]+/i.test(sentence))) return undefined;
  const text = trimTrailing(sentence, isStop).trimEnd();
  const start = text.length - text.trimStart().length;
  return { id: 'theme-title', kind: 'content', weight: 2, text: text.slice(start), start, end: text.length, note: 'a theme written as a title' };
}

const PURPOSE_GERUND = /^(?:helping|supporting|bringing|enabling|empowering|connecting|uniting|assisting|offering|providing|equipping|teaching|educating|serving)\b/i;
const COLON_HEAD = /^\s*([^:\u2013\u2014]{1,60}?)(?::|\s{1,20}[-\u2013\u2014])\s+(?=\S)/;
const AUXILIARY = /\b(?:is|are|was|were|will|would|can|could|may|might|shall|should|must|has|have|had|do|does|we|they|you)\b/i;
const PURPOSE_HEAD = /\b(?:purpose|aims?|goals?|mission|objectives?|vision|why|who|open to|eligib\w*|members(?:hip)?|participants)\b|^\s*for\b/i;
const PEOPLE_ITEM = new RegExp(`\\b${PEOPLE_NOUNS}$`, 'i');

// "Focus areas: anger, trust, communication" or "Healthy friendships: what makes a friend, boundaries,
// conflict": a short label, a colon, then a list of three or more short items without a verb names themes.
// A label that names the purpose itself ("Our mission: …") or a list that carries member-to-member
// help is not a list of themes.
function colonList(sentence: string, hits: CueHit[]): CueHit | undefined {
  const head = COLON_HEAD.exec(sentence);
  if (!head) return undefined;
  const label = head[1];
  if (label.trim().split(/\s+/).length > 6 || FINITE.test(label) || PURPOSE_HEAD.test(label)) return undefined;
  const from = head[0].length;
  // A list that carries member-to-member help, or a clear casework cue (goal slots), is not a list of themes;
  // a one-word hint ("self-image" as a theme) does not stop it.
  if (hits.some((h) => (h.kind === 'mutual' || (h.kind === 'individual' && h.weight >= 2)) && h.end > from)) return undefined;
  const tail = trimTrailing(sentence.slice(from), (ch) => isStop(ch) || isSpace(ch));
  if (tail.length > 400) return undefined;
  const items = tail.split(/\s*[,;]\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+/).filter((x) => x.trim());
  // A verb anywhere makes it a sentence, except in a last item after three verbless ones ("sharing,
  // taking turns, joining in and what to do when you fall out").
  const verbless = items.slice(0, -1).every((x) => !AUXILIARY.test(x));
  if (AUXILIARY.test(tail) && !(items.length >= 4 && verbless)) return undefined;
  // Items are short; the last may run a little longer ("what to do when you fall out").
  if (items.length < 3 || items.some((x, i) => x.trim().split(/\s+/).length > (i === items.length - 1 ? 8 : 6))) return undefined;
  if (items.filter((x) => PEOPLE_ITEM.test(x.trim())).length >= 2) return undefined; // a list of who may join, not of themes
  // An existing content cue on the label ("Topics: …") already counts the list.
  if (hits.some((h) => h.kind === 'content' && h.start < from)) return undefined; // also a theme title over the whole line
  const start = sentence.length - sentence.trimStart().length;
  return { id: 'colon-list', kind: 'content', weight: 2, text: sentence.slice(start, from + tail.length), start, end: from + tail.length, note: 'a label followed by a list of themes' };
}

const BULLET = /[\u2022\u00b7\u25aa\u25cf\u25e6]/; // items are trimmed after the split

// "• Coping with stress • Healthy sleep • Managing medications": three or more short bulleted items
// without member-to-member help are a list of themes.
function bulletList(sentence: string, hits: CueHit[]): CueHit | undefined {
  if (!BULLET.test(sentence)) return undefined;
  const items = sentence.split(BULLET).map((x) => trimTrailing(x, (ch) => ch === '.' || ch === ';' || ch === ',').trim()).filter(Boolean);
  if (items.length < 3 || items.some((x) => x.split(/\s+/).length > 6)) return undefined;
  if (hits.some((h) => h.kind === 'mutual' || h.kind === 'content')) return undefined;
  if (items.filter((x) => PEOPLE_ITEM.test(x)).length >= 2) return undefined; // a list of who may join
  const text = sentence.trimEnd();
  const start = text.length - text.trimStart().length;
  return { id: 'bullet-list', kind: 'content', weight: 2, text: text.slice(start), start, end: text.length, note: 'a bulleted list of themes' };
}

// Within a kind, keeps the heaviest of overlapping hits, so "meet together" is not counted twice.
function dedupe(hits: CueHit[]): CueHit[] {
  const sorted = [...hits].sort((a, b) => b.weight - a.weight || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: CueHit[] = [];
  for (const h of sorted) {
    if (kept.some((k) => k.kind === h.kind && k.start < h.end && h.start < k.end)) continue;
    kept.push(h);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}

function score(cues: CueHit[]): Scores {
  const s = emptyScores();
  for (const c of cues) s[c.kind] += c.weight;
  return s;
}

// The failing kind a score set points to, if the failure outweighs the member-to-member signal.
function failingKind(s: Scores, threshold: number): FailureKind | undefined {
  let best: FailureKind | undefined;
  // Order settles ties: the worker as helper and the casework frame are deeper flaws than a topic list,
  // which is often their symptom.
  for (const k of ['worker', 'individual', 'content'] as const) {
    if (s[k] === 0) continue;
    if (!best || s[k] > s[best]) best = k;
  }
  if (!best || s[best] < threshold || s[best] <= s.mutual) return undefined;
  return best;
}

function sentenceVerdict(s: Scores): SentenceVerdict {
  const fail = failingKind(s, 2);
  if (fail) return fail;
  if (s.mutual > 0 || s.situation > 0 || s.aim > 0 || s.setting > 0) return 'common-cause';
  return 'neutral';
}

/** Analyses a purpose statement given as plain text (sentences are split here). */
export function analysePurpose(text: string, options: { learned?: boolean } = {}): PurposeAnalysis {
  return analyseSentences(statementSentences(text), options);
}

/** A statement cut into sentences, with their offsets. */
export function statementSentences(text: string): { text: string; start: number; end: number }[] {
  const src = String(text ?? '');
  return splitSentences({ text: src, segments: [{ plain: 0, source: 0, length: src.length }] }).map((s) => ({ text: s.text, start: s.plainStart, end: s.plainEnd }));
}

/** Analyses a statement already cut into sentences (the engine passes the plan's own sentences). */
export function analyseSentences(input: { text: string; start?: number; end?: number }[], options: { learned?: boolean } = {}): PurposeAnalysis {
  const { sentences, main, scores: totals } = readCues(input);
  // The main purpose clause decides (domain brief section 4): when it clearly states what members do
  // for one another, a failing side sentence (a topics list, a note that a worker attends) is a stray,
  // not the verdict.
  const mainClear = sentences.length > 1 && sentences[main]?.verdict === 'common-cause' && sentences[main].scores.mutual >= 2;
  const statement = sentences.map((s) => s.text).join(' ');
  const learned = options.learned === false || !/\w/.test(statement) ? undefined : purposeVerdict(statement, { sentences, main, scores: totals });
  const fail = learned ? (learned.verdict === 'common-cause' ? undefined : learned.verdict) : mainClear ? undefined : failingKind(totals, 2);
  const result: PurposeAnalysis = {
    verdict: fail ?? 'common-cause',
    missing: [],
    main,
    sentences,
    scores: totals,
    evidence: [],
    offending: [],
    strays: [],
    who: findWho(sentences.map((s) => s.text)),
  };
  if (learned) result.probability = learned.probability;
  const because = learned?.because ?? [];

  if (fail) {
    result.offending = sentences.map((s, i) => (s.scores[fail] > 0 && s.scores[fail] > s.scores.mutual ? i : -1)).filter((i) => i >= 0);
    if (result.offending.length === 0) result.offending = sentences.map((s, i) => (s.scores[fail] > 0 ? i : -1)).filter((i) => i >= 0);
    // No cue of that kind: the sentences the model itself reads that way, else the main sentence.
    if (result.offending.length === 0) result.offending = sentences.map((s, i) => (sentenceVerdictLearned(s) === fail ? i : -1)).filter((i) => i >= 0);
    if (result.offending.length === 0 && sentences[main]) result.offending = [main];
    result.evidence = unique([...because, ...result.offending.flatMap((i) => sentences[i].cues.filter((c) => c.kind === fail).map((c) => c.text))]);
    return result;
  }

  const has = (k: CueKind): boolean => totals[k] > 0 || (k === 'situation' && result.who !== undefined);
  const missing: PurposePart[] = [];
  if (!has('situation')) missing.push('situation');
  if (!has('mutual')) missing.push('mutual');
  if (!has('aim')) missing.push('aim');
  result.missing = missing;
  result.strength = missing.length === 0 ? 'strong' : missing.length === 1 && has('mutual') ? 'moderate' : 'weak';
  result.setting = sentences.flatMap((s) => s.cues).find((c) => c.kind === 'setting');
  result.evidence = unique([...because, ...sentences.flatMap((s) => s.cues.filter((c) => c.kind === 'mutual' || c.kind === 'situation' || c.kind === 'aim').map((c) => c.text))]);
  result.strays = sentences.map((s, i) => (i !== main && isFailure(s.verdict as CueKind) ? i : -1)).filter((i) => i >= 0);
  return result;
}

const unique = (xs: string[]): string[] => [...new Set(xs)];

// One sentence's learned verdict, from its own cues.
function sentenceVerdictLearned(s: SentenceAnalysis): PurposeVerdict | undefined {
  return purposeVerdict(s.text, { sentences: [s], main: 0, scores: s.scores })?.verdict;
}

/** The cues of each sentence, the main purpose sentence, and the weighted totals: no verdict. */
export function readCues(input: { text: string; start?: number; end?: number }[]): CueReading {
  const sentences: SentenceAnalysis[] = input.map((s, i) => {
    const text = s.text.length > 4000 ? s.text.slice(0, 4000) : s.text;
    const cues = findCues(text);
    const scores = score(cues);
    return { text: s.text, start: s.start ?? i, end: s.end ?? i, verdict: sentenceVerdict(scores), scores, cues, main: false };
  });
  const main = mainSentence(sentences);
  if (sentences[main]) sentences[main].main = true;

  const totals = emptyScores();
  sentences.forEach((s, i) => {
    const w = i === main ? MAIN_WEIGHT : 1;
    for (const k of Object.keys(totals) as CueKind[]) totals[k] += s.scores[k] * w;
  });
  return { sentences, main, scores: totals };
}

// The main purpose clause: the first sentence that states a purpose ("The purpose of this group is",
// "brings together", "is designed to"), else the first sentence with any cue, else the first.
function mainSentence(sentences: SentenceAnalysis[]): number {
  const marked = sentences.findIndex((s) => PURPOSE.test(s.text));
  if (marked !== -1) return marked;
  const cued = sentences.findIndex((s) => s.cues.some((c) => c.kind !== 'setting'));
  return cued !== -1 ? cued : 0;
}

const PEOPLE_START = new RegExp(`^(?:(?:[\\w'-]+\\s+){0,4}?)${PEOPLE_NOUNS}\\b`, 'i');
const WHO_LEAD = /\b(?:brings?\s+together|bringing\s+together|for|consists?\s+of|made up of|assembles?|gathers?|to assemble|to gather|to bring together)\s+/gi;
const CLAUSE_END = /\s{1,20}(?:to|so|in order|where|while|and (?:to|help|support|share)|through|as they|by)\b|[,.;:!?()]/i;

// The members' shared situation as written: the people phrase after "for", "brings together" or
// "consists of" ("for carers of a parent with dementia"), up to the next clause.
export function findWho(sentences: string[]): string | undefined {
  for (const s of sentences) {
    const who = whoAsSubject([s]) ?? whoAfterLead([s]);
    if (who) return who;
  }
  return undefined;
}

const SUBJECT_VERB = /\s{1,20}(?:come|comes|meet|meets|will|can|are|band|bands|work|works|help|support|join|gather|share|who\s+(?:meet|come|will))\b/i;

// "Young carers come together …": the people phrase that opens a sentence, up to its verb.
function whoAsSubject(sentences: string[]): string | undefined {
  for (const s of sentences) {
    const m = PEOPLE_START.exec(s);
    if (!m || /\b(?:group|is|are|was|for|to|this|that|it|there)\b/i.test(m[0])) continue;
    const verb = SUBJECT_VERB.exec(s);
    if (!verb || verb.index < m[0].length - 1) continue;
    const phrase = trimTrailing(s.slice(0, verb.index), (ch) => ch === ',' || ch === ';' || ch === ':').trim();
    if (phrase.split(/\s+/).length > 14 || /^(?:the\s+)?(?:members|participants|group members|we|they)$/i.test(phrase) || /[,;]/.test(phrase)) continue;
    return lowerFirst(phrase);
  }
  return undefined;
}

// Lower-cases the first word unless it looks like a name (two capitals, or an acronym).
function lowerFirst(s: string): string {
  return /^[A-Z][a-z]/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s;
}

function whoAfterLead(sentences: string[]): string | undefined {
  for (const s of sentences) {
    WHO_LEAD.lastIndex = 0;
    for (let m = WHO_LEAD.exec(s); m; m = WHO_LEAD.exec(s)) {
      const rest = s.slice(m.index + m[0].length);
      if (!PEOPLE_START.test(rest)) continue;
      const cut = CLAUSE_END.exec(rest);
      let phrase = (cut ? rest.slice(0, cut.index) : rest).trim();
      const words = phrase.split(/\s+/);
      if (words.length > 14) phrase = words.slice(0, 14).join(' ');
      if (/^(?:the\s+)?(?:members|participants|them|us|you)$/i.test(phrase) || /^(?:their|each|one|all|other|others)\b/i.test(phrase)) continue;
      if (phrase.length > 1) return phrase;
    }
  }
  return undefined;
}
