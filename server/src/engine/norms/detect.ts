// Matching the lexicons against plan text: which norms a statement states, which norms work
// against mutual aid, and the plan-wide cues (communication patterns, worker as helper).
// Polarity is read from the clause around a cue: a negator just before it reverses it.
import { AGAINST, NEGATORS, NORMS, WORKER, WORKER_MORE, type AgainstDef, type ConceptRule, type NormDef } from './lexicon';
import { PATTERNS, WORKER_HELPER, type PatternDef } from './cues';
import { splitSentences, toSourceRange, type MappedText, type Sentence, onClearCaches } from '../text';
import type { Plan, Section, NormItem } from '../plan';
import type { TextRange } from '../types';
import { CueIndex } from '../cue-index';
import { cueMatches } from '../cue-match';
import { negatedBefore } from '../negation';
import { learnedNorms, learnedPattern, type Models } from '../learn/verdicts';

/** Longest statement read, in characters: a norm or a sentence longer than this is cut, which keeps
 * every check linear in the size of the plan. */
export const MAX_STATEMENT = 1500;

// Lower-cases and straightens quotes without changing the length, so offsets still map.
// Only characters that can change are visited (code point by code point).
export function normaliseStatement(s: string, max = MAX_STATEMENT): string {
  return (s.length > max ? s.slice(0, max) : s).replace(CHANGEABLE, normaliseChar);
}

// Every character except lower-case ASCII letters, digits, space and ASCII punctuation other than "`".
const CHANGEABLE = /[^a-z0-9 !-\/:-@\[-_{-~]/gu;

function normaliseChar(ch: string): string {
  let c = ch.toLowerCase();
  if (c.length !== ch.length) c = ch;
  if (c === '’' || c === '‘' || c === '`') return "'";
  if (c === '“' || c === '”') return '"';
  if (/\s/.test(c)) return ' ';
  return c;
}

// Cheap pre-filter: a pattern that cannot match without naming the worker is skipped for text that
// names no worker (most sentences), which keeps the many worker patterns off the hot path.
// Tests `re` against a text, remembering the answer for the last text (patterns ask in a row).
function lastTextTest(re: RegExp): (text: string) => boolean {
  let last: string | undefined;
  let result = false;
  return (text) => {
    if (text !== last) {
      last = text;
      result = re.test(text);
    }
    return result;
  };
}
const NEEDS_WORKER = new WeakSet<RegExp>();
const namesWorker = lastTextTest(new RegExp(WORKER, 'i'));
const NEEDS_MORE = new WeakSet<RegExp>();
const namesMoreWorker = lastTextTest(new RegExp(WORKER_MORE, 'i'));
// Every lexicon pattern is also indexed by how its matches start (see cue-index.ts), so that the
// patterns that cannot match a statement are not run on it.
const INDEX = new CueIndex('norms');
const skip = (re: RegExp, text: string): boolean =>
  !INDEX.mayMatch(re, text) || (NEEDS_WORKER.has(re) && !namesWorker(text)) || (NEEDS_MORE.has(re) && !namesMoreWorker(text));

/** True when every match of `source` must contain `part`: `part` occurs, and no occurrence of it sits
 * inside an optional group, a repeated-from-zero group or a branch of an alternation. */
export function requires(source: string, part: string): boolean {
  let at = source.indexOf(part);
  if (at < 0) return false;
  while (at >= 0) {
    if (!requiredAt(source, at, at + part.length)) return false;
    at = source.indexOf(part, at + part.length);
  }
  return true;
}

// Whether the atom source[from, to) is required: walk out through its enclosing groups.
function requiredAt(source: string, from: number, to: number): boolean {
  let start = from;
  void to;
  for (;;) {
    // Find the group that encloses [start, end) and whether its own level has a "|" outside [start, end).
    let depth = 0;
    let open = -1;
    for (let i = start - 1; i >= 0; i--) {
      const c = source[i];
      if (isEscaped(source, i)) continue;
      if (c === ')') depth++;
      else if (c === '(') {
        if (depth === 0) {
          open = i;
          break;
        }
        depth--;
      }
    }
    const close = open < 0 ? source.length : matchingClose(source, open);
    if (hasTopLevelBar(source, open + 1, close)) return false;
    if (open < 0) return true;
    // Lookarounds do not consume; treat a match inside one as not required.
    if (/^\(\?(?:=|!|<=|<!)/.test(source.slice(open, open + 4))) return false;
    const q = source.slice(close + 1, close + 3);
    if (q[0] === '?' || q[0] === '*' || /^\{0/.test(q)) return false;
    start = open;
  }
}

function isEscaped(source: string, i: number): boolean {
  let n = 0;
  for (let j = i - 1; j >= 0 && source[j] === '\\'; j--) n++;
  return n % 2 === 1;
}

// Walks a pattern source from `from` to `to`, skipping escaped characters and character classes, and
// calls `stop(c, depth)` for every other character with the group depth before it; returns the index
// where `stop` said yes, or -1.
function walkSource(source: string, from: number, to: number, stop: (c: string, depth: number) => boolean): number {
  let depth = 0;
  let inClass = false;
  for (let i = from; i < to; i++) {
    const c = source[i];
    if (isEscaped(source, i)) continue;
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') {
      inClass = true;
      continue;
    }
    if (stop(c, depth)) return i;
    if (c === '(') depth++;
    else if (c === ')') depth--;
  }
  return -1;
}

function matchingClose(source: string, open: number): number {
  const close = walkSource(source, open, source.length, (c, depth) => c === ')' && depth === 1);
  return close === -1 ? source.length : close;
}

function hasTopLevelBar(source: string, from: number, to: number): boolean {
  return walkSource(source, from, to, (c, depth) => c === '|' && depth === 0) !== -1;
}

const compileOne = (s: string, flags: string): RegExp => {
  const re = new RegExp(s, flags);
  if (requires(s, WORKER)) NEEDS_WORKER.add(re);
  INDEX.add(re);
  return re;
};
// Each pattern that names the worker gets a twin naming the other helpers (WORKER_MORE), run only on
// text that names one of them.
const twinOf = (source: string): string => source.split(WORKER).join(WORKER_MORE);
const compile = (sources: string[]): RegExp[] =>
  sources.flatMap((s) => {
    const re = compileOne(s, 'g');
    if (!s.includes(WORKER)) return [re];
    const twin = new RegExp(twinOf(s), 'g');
    NEEDS_MORE.add(twin);
    INDEX.add(twin);
    return [re, twin];
  });
const NEG = new RegExp(NEGATORS, 'i');

/**
 * Whether one pattern of the norm cue file, read as the checker reads it (a pattern naming the worker
 * with its twin naming the other helpers), finds anything in a statement. Polarity is not weighed:
 * this is the pattern on its own, as the cue file's examples test it.
 */
export function patternFinds(source: string, statement: string): boolean {
  const text = normaliseStatement(statement);
  const sources = source.includes(WORKER) ? [source, twinOf(source)] : [source];
  return sources.some((s) => new RegExp(s).test(text));
}

const compileConcepts = (rules: ConceptRule[] = []) =>
  rules.map((r) => ({ all: r.all.map((x) => compileOne(x, '')), none: (r.none ?? []).map((x) => new RegExp(x)), polarity: r.polarity }));
const NORM_RES = NORMS.map((n) => ({ norm: n, res: compile(n.cues), concepts: compileConcepts(n.concepts), cancel: compile(n.conceptsCancelledBy ?? []) }));
const AGAINST_RES = AGAINST.map((a) => ({ def: a, res: compile(a.cues), concepts: compileConcepts(a.concepts), unless: compile(a.unless ?? []) }));

// Clauses: cut at sentence punctuation and at "but" / ", not" / ", rather" / ", instead".
const CLAUSE_CUT = /[.;:!?]|,\s*(?=(?:but|not|rather|instead)\b)|\bbut\b/g;

const PROHIBITED = /\b(?:is|are|will be) (?:not (?:allowed|permitted|welcome|okay|ok|acceptable|encouraged)|forbidden|banned|prohibited|discouraged)\b|\bnot allowed\b/;

// Splits text into clause ranges.
export function clauses(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  CLAUSE_CUT.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CLAUSE_CUT.exec(text))) {
    if (m.index > start) out.push({ start, end: m.index });
    start = m.index + Math.max(1, m[0].length);
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}

// The first clause where a concept rule holds (every pattern present, polarity as required).
function conceptHit(text: string, all: ReturnType<typeof compileConcepts>): { start: number; end: number } | undefined {
  if (!all.length) return undefined;
  // A rule whose patterns do not all occur in the whole text cannot hold in one of its clauses:
  // most statements are settled here without cutting them into clauses.
  const rules = all.filter((rule) => rule.all.every((re) => !skip(re, text) && re.test(text)));
  if (!rules.length) return undefined;
  for (const c of clauses(text)) {
    const clause = text.slice(c.start, c.end);
    for (const rule of rules) {
      if (rule.all.some((re) => skip(re, clause))) continue;
      const first = rule.all[0].exec(clause);
      if (!first || !rule.all.every((re) => re.test(clause)) || rule.none.some((re) => re.test(clause))) continue;
      // Polarity is read just before each concept ("do not respond to …", "no responding to …"),
      // and from a prohibition anywhere in the clause ("replies to other members are not allowed").
      const negative =
        PROHIBITED.test(clause) ||
        rule.all.some((re) => {
          const m = re.exec(clause);
          return m !== null && negatedAt(clause, m.index);
        });
      if ((rule.polarity === 'negative') !== negative) continue;
      return { start: c.start + first.index, end: c.start + first.index + first[0].length };
    }
  }
  return undefined;
}
const PATTERN_RES = PATTERNS.map((p) => ({ def: p, res: compile(p.cues), unless: compile(p.unless ?? []) }));
const HELPER_RES = { res: compile(WORKER_HELPER.cues), unless: compile(WORKER_HELPER.unless) };
const LONG_TURN = /\b(?:[3-9]|[1-9]\d|three|four|five|six|seven|eight|nine|ten|fifteen|twenty)[- ](?:minutes?|mins?)\b/;
const RESPECT_FALLBACK = /\brespect(?:ful|fully|ing|ed)?\b/i;

/** A cue found in a text: where (plain offsets) and what. */
export interface Hit<T> {
  what: T;
  start: number;
  end: number;
}

// True when a negator of the norm lexicon comes shortly before `at` in the same clause ("no need to
// raise your hand"); the clause is read by ../negation.ts, which the purpose cues share.
export const negatedAt = (text: string, at: number): boolean => negatedBefore(text, at, NEG);

// Finds every non-negated match of any of the patterns; the first match per pattern that is not negated.
function findCues(text: string, res: RegExp[], allowNegated = false, firstOnly = false): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const re of res) {
    if (firstOnly && out.length) break;
    if (skip(re, text)) continue;
    const m = cueMatches(re, text, { negated: allowNegated ? undefined : (at) => negatedAt(text, at), first: true, limit: 50 })[0];
    if (m) out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

const anyMatch = (text: string, res: RegExp[]): boolean =>
  res.some((re) => {
    if (skip(re, text)) return false;
    re.lastIndex = 0;
    return re.test(text);
  });

// True when a pattern's exception (a round of introductions, a brief check-in) holds for a text; a
// "brief" round that gives each member minutes of their own is not brief.
const exceptionHolds = (text: string, unless: RegExp[]): boolean => anyMatch(text, unless) && !LONG_TURN.test(text);

// Which norms a single statement states (a list item or a sentence of the norms section).
function statedNormsUncached(statement: string): Hit<NormDef>[] {
  const text = normaliseStatement(statement);
  const hits: Hit<NormDef>[] = [];
  for (const { norm, res, concepts, cancel } of NORM_RES) {
    const found = findCues(text, res, norm.statedAsProhibition, true);
    const hit = found[0] ?? (anyMatch(text, cancel) ? undefined : conceptHit(text, concepts));
    if (hit) hits.push({ what: norm, start: hit.start, end: hit.end });
  }
  // "Respect" on its own names the conventional norm; next to another norm it only qualifies it.
  if (!hits.length) {
    const m = RESPECT_FALLBACK.exec(text);
    if (m && !negatedAt(text, m.index)) hits.push({ what: NORMS.find((n) => n.id === 'respect')!, start: m.index, end: m.index + m[0].length });
  }
  return hits;
}

// Norms in a statement that work against mutual aid; `context` (the statement and its neighbour)
// is where the exceptions are looked for ("no advice; share your own experience").
function againstNormsUncached(statement: string, context = statement): Hit<AgainstDef>[] {
  const text = normaliseStatement(statement);
  const ctx = normaliseStatement(context);
  const hits: Hit<AgainstDef>[] = [];
  for (const { def, res, concepts, unless } of AGAINST_RES) {
    const hit = findCues(text, res, false, true)[0] ?? conceptHit(text, concepts);
    if (!hit) continue;
    if (anyMatch(ctx, unless)) continue;
    // A rule paired with the mutual-aid norm it might seem to block is not a blanket ban.
    if (def.instead === 'purposeful-use-of-self' && statedNorms(context).some((h) => h.what.id === def.instead)) continue;
    hits.push({ what: def, start: hit.start, end: hit.end });
  }
  return hits;
}

// Communication patterns a sentence describes (round robin, hot seat, maypole).
function communicationPatternsUncached(sentence: string): Hit<PatternDef>[] {
  const text = normaliseStatement(sentence);
  const hits: Hit<PatternDef>[] = [];
  for (const { def, res, unless } of PATTERN_RES) {
    const found = findCues(text, res, false, true);
    if (!found.length || exceptionHolds(text, unless)) continue;
    hits.push({ what: def, start: found[0].start, end: found[0].end });
  }
  return hits;
}

/** Meeting patterns that mutual aid does not survive: the ones the communication-pattern rule reports. */
const FLAGGED_PATTERNS = ['round-robin', 'hot-seat', 'maypole'];
const ROUND_ROBIN = PATTERN_RES.find((p) => p.def.id === 'round-robin')!;
/** Words of talk: a sentence without any says nothing of a communication pattern. */
const TALK_WORDS = /\b(?:shar|speak|spoke|talk|turn|round|around|check[- ]?in|check[- ]?out|circle|respond|respons|repl|feedback|ask|question|interview|present|discuss|listen|comment|hot[- ]seat|the floor|report|answer|tell|say|introduc|protagonist|call(?:ed|s)? on|raise[sd]? (?:a |their |your |his |her )?hands?|show of hands|in turn|equal (?:time|length)|(?:each|every) (?:member|person|participant|student|client|reader|one|individual)|one (?:person|member|client|individual|participant|student|patient) at a time|(?:focus|center|centre)(?:e?[sd]|ing)? on (?:one|a single|a particular|each)|highs? and lows?|update)/i;

/**
 * The meeting pattern a sentence or passage describes, as judged: the learned model decides whether
 * it is a round robin, a hot seat or a maypole; the lexicon's match, where it agrees, says where. A
 * round of introductions or a brief check-in stays exempt (domain brief section 6).
 */
export function judgedPatterns(sentence: string, models?: Models): JudgedPattern[] {
  return models ? judgePatterns(sentence, models) : judgedPatternsShipped(sentence);
}

/**
 * `opening`: a round robin that is only a round of introductions or a brief check-in, which the brief
 * accepts (section 5: fine for a first-meeting introduction or a brief check-in); the rule notes it
 * rather than warning.
 */
export type JudgedPattern = Hit<PatternDef> & { because: string[]; opening?: true };
// The shipped models' reading of a sentence is remembered, as the lexicon's is: a re-check after a
// keystroke reads the same sentences again.
const judgedPatternsShipped = remember((sentence: string) => judgePatterns(sentence));

function judgePatterns(sentence: string, models?: Models): JudgedPattern[] {
  // The model knows passages about who talks to whom; a sentence on rooms and dates is not one.
  if (!TALK_WORDS.test(sentence)) return [];
  const learned = learnedPattern(sentence, models);
  if (!learned) return communicationPatterns(sentence).map((h) => ({ ...h, because: [] }));
  if (!FLAGGED_PATTERNS.includes(learned.verdict)) return [];
  const hit = communicationPatterns(sentence).find((h) => h.what.id === learned.verdict);
  if (hit) return [{ ...hit, because: learned.because }];
  const sure = (learned.probability[learned.verdict] ?? 0) >= learned.threshold;
  const text = normaliseStatement(sentence);
  if (learned.verdict === 'round-robin' && exceptionHolds(text, ROUND_ROBIN.unless)) {
    // A round of introductions or a brief check-in: still a round robin, but one the brief accepts.
    // Read as one when the model is sure or a round-robin cue agrees (the cue the exception set aside).
    const cue = findCues(text, ROUND_ROBIN.res, false, true)[0];
    if (!sure && !cue) return [];
    return [{ what: ROUND_ROBIN.def, start: cue?.start ?? 0, end: cue?.end ?? sentence.length, because: learned.because, opening: true }];
  }
  // Without a cue that agrees, only a confident reading is reported.
  if (!sure) return [];
  return [{ what: PATTERNS.find((p) => p.id === learned.verdict)!, start: 0, end: sentence.length, because: learned.because }];
}

/**
 * A norm line with any "(Earlier draft: …)" that a fix kept blanked out, offsets unchanged: the
 * student's earlier words stay in the plan but are not read as the group's norms.
 */
export function withoutDrafts(text: string): string {
  return text.includes('arlier draft') ? text.replace(/\(earlier draft:[^)]*\)?/gi, (m) => ' '.repeat(m.length)) : text;
}

/** The norm the lexicon files "listening" rules under (don't interrupt, one at a time, share the air). */
const LISTENING_AS = 'respect';

/**
 * The norms a ground-rule line states, as judged: the learned models decide which; the lexicon's match,
 * where it agrees, says where in the line.
 */
export function judgedNorms(text: string, models?: Models): (Hit<NormDef> & { because: string[] })[] {
  const line = withoutDrafts(text);
  const lex = statedNorms(line);
  const out: (Hit<NormDef> & { because: string[] })[] = [];
  for (const [id, because] of learnedNorms(line, models).norms) {
    const def = NORMS.find((n) => n.id === (id === 'listening' ? LISTENING_AS : id));
    if (!def || out.some((h) => h.what.id === def.id)) continue;
    const hit = lex.find((h) => h.what.id === def.id);
    out.push(hit ? { ...hit, because } : { what: def, start: 0, end: line.length, because });
  }
  return out;
}

/** The lexicon's rule behind each kind of against-norm the model names, when the lexicon found none. */
const AGAINST_BY_KIND: Record<string, string> = { 'round-robin': 'speak-in-turn', 'central-authority': 'central-authority', 'no-advice': 'no-advice' };

/**
 * How a ground-rule line works against mutual aid, as judged: what the lexicon finds (it reads polarity
 * and pairing with the norm a rule might block), and what the learned model finds beyond it.
 */
export function judgedAgainst(text: string, context?: string, models?: Models): (Hit<AgainstDef> & { because: string[] })[] {
  const line = withoutDrafts(text);
  const lex = context === undefined ? againstNorms(line) : againstNorms(line, context);
  if (lex.length) return lex.map((h) => ({ ...h, because: [] }));
  const { against: learned, norms } = learnedNorms(line, models);
  // An advice ban paired with telling one's own experience is that norm, not a blanket ban
  // (LABELLING.md: such a line is purposeful-use-of-self).
  if (learned?.kind === 'no-advice' && norms.has('purposeful-use-of-self')) return [];
  const against = learned && AGAINST_RES.find((a) => a.def.id === AGAINST_BY_KIND[learned.kind]);
  // The brief's exceptions hold for the model too: a round of introductions or a brief check-in is fine.
  if (!against || anyMatch(normaliseStatement(line), against.unless)) return [];
  return [{ what: against.def, start: 0, end: line.length, because: learned.because }];
}

// The place in a sentence where the worker is made the primary helper, if any.
function workerAsHelperUncached(sentence: string): { start: number; end: number } | undefined {
  const text = normaliseStatement(sentence);
  const found = findCues(text, HELPER_RES.res);
  if (!found.length || anyMatch(text, HELPER_RES.unless)) return undefined;
  return found.sort((a, b) => a.start - b.start)[0];
}

/** A norm statement with where it sits in the source. */
export interface LocatedItem {
  item: NormItem;
  /** Offset of the item's text within `item.mapped.text`. */
  plainStart: number;
}

// Locates each norm item's text inside its block's plain text.
export function locateItems(items: NormItem[]): LocatedItem[] {
  const cursor = new Map<MappedText, number>();
  return items.map((item) => {
    const from = cursor.get(item.mapped) ?? 0;
    let at = item.mapped.text.indexOf(item.text, from);
    if (at < 0) at = Math.max(0, item.mapped.text.indexOf(item.text));
    cursor.set(item.mapped, at + item.text.length);
    return { item, plainStart: at };
  });
}

/** Where a plan's norms section states each norm. */
export function normsCoverage(plan: Plan): Map<string, TextRange[]> {
  const out = new Map<string, TextRange[]>();
  const items = plan.norms?.items ?? [];
  for (const { item, plainStart } of locateItems(items)) {
    for (const hit of judgedNorms(item.text)) {
      const list = out.get(hit.what.id) ?? [];
      list.push(toSourceRange(item.mapped, plainStart + hit.start, plainStart + hit.end));
      out.set(hit.what.id, list);
    }
  }
  return out;
}

/** A sentence of a section, with its block's mapping. */
export interface PlanSentence {
  sentence: Sentence;
  mapped: MappedText;
  section: Section;
}

// The sentences of the sections whose element is one of `elements` (sub-sections included);
// with `unmatched`, also of sections that match no element, such as a "Week 1" heading.
export function sectionSentences(plan: Plan, elements: string[], unmatched = false, all = false): PlanSentence[] {
  const out: PlanSentence[] = [];
  const seen = new Set<Section>();
  for (const section of plan.sections) {
    const take = all || (section.element ? elements.includes(section.element.id) : unmatched && section.heading !== undefined);
    if (!take || seen.has(section)) continue;
    seen.add(section);
    for (const block of section.blocks) {
      if (block.kind !== 'paragraph' && block.kind !== 'listItem' && block.kind !== 'tableRow') continue;
      for (const sentence of splitSentences(block.mapped)) out.push({ sentence, mapped: block.mapped, section });
    }
  }
  return out;
}

// The matchers above are pure functions of their text; a re-check after an edit sees nearly the same
// sentences again, so their results are remembered by text (bounded, so memory stays flat).
function remember<A extends string[], R>(fn: (...args: A) => R, limit = 50000): (...args: A) => R {
  const cache = new Map<string, R>();
  onClearCaches(() => cache.clear());
  return (...args: A): R => {
    const key = args.length === 1 ? args[0] : args.join('\u0000');
    if (cache.has(key)) return cache.get(key) as R;
    const result = fn(...args);
    if (cache.size >= limit) cache.delete(cache.keys().next().value as string);
    cache.set(key, result);
    return result;
  };
}

/** Which norms a single statement states (a list item or a sentence of the norms section). */
export const statedNorms = remember(statedNormsUncached);
/** Norms in a statement that work against mutual aid, with exceptions looked for in `context`. */
export const againstNorms = remember((statement: string, context?: string) => againstNormsUncached(statement, context ?? statement));
/** Communication patterns a sentence describes (round robin, hot seat, maypole). */
export const communicationPatterns = remember(communicationPatternsUncached);
/** The place in a sentence where the worker is made the primary helper, if any. */
export const workerAsHelper = remember(workerAsHelperUncached);
