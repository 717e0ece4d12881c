// Text utilities: line index, offset/position conversion, sentence splitting.
import type { Position, TextRange } from './types';

const clearers: (() => void)[] = [];

/** Registers a memo to be emptied with the parse cache, so that a check after clearParseCache() is cold. */
export function onClearCaches(clear: () => void): void {
  clearers.push(clear);
}

/** Empties every memo registered with onClearCaches. */
export function clearCaches(): void {
  for (const clear of clearers) clear();
}

/**
 * `text` without the characters at its end that `drop` accepts. A regular expression such as `/[.,;]+$/`
 * retries from every position of a long run and takes the square of its length; this walks back once.
 */
export function trimTrailing(text: string, drop: (ch: string) => boolean): string {
  let end = text.length;
  while (end > 0 && drop(text[end - 1])) end--;
  return end === text.length ? text : text.slice(0, end);
}

/** Sentence-end and clause punctuation, for trimTrailing. */
export const isStop = (ch: string): boolean => ch === '.' || ch === '!' || ch === '?';
export const isClausePunct = (ch: string): boolean => ch === '.' || ch === ',' || ch === ';' || ch === ':';
export const isSpace = (ch: string): boolean => /\s/.test(ch);

export class LineIndex {
  readonly starts: number[];
  // Line ends are "\n", "\r\n" and a lone "\r" (old Mac files), as editors and the LSP count them.
  constructor(readonly text: string) {
    const starts = [0];
    if (text.includes('\r')) {
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
      }
    } else for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    this.starts = starts;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  // Finds the 0-based line and column of an offset by binary search.
  position(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, column: o - this.starts[lo] };
  }

  offset(pos: Position): number {
    if (pos.line >= this.starts.length) return this.text.length;
    const start = this.starts[Math.max(0, pos.line)];
    const end = this.lineEnd(pos.line);
    return Math.min(start + Math.max(0, pos.column), end);
  }

  /** Offset of the end of a line, before its line break. */
  lineEnd(line: number): number {
    const next = line + 1 < this.starts.length ? this.starts[line + 1] : this.text.length + 1;
    let end = next - 1;
    // A lone "\r" is the line break itself; before "\n", "\r" belongs to it.
    if (end > 0 && this.text[end] === '\n' && this.text[end - 1] === '\r') end--;
    return Math.min(end, this.text.length);
  }

  lineStart(line: number): number {
    return this.starts[Math.min(Math.max(0, line), this.starts.length - 1)];
  }
}

/** A piece of plain text and where each part of it stands in the source. */
export interface MappedText {
  text: string;
  /** Sorted segments: plain offset `plain` maps to source offset `source` for `length` units. */
  segments: { plain: number; source: number; length: number }[];
}

// Maps an offset in mapped plain text back to a source offset.
export function toSourceOffset(mapped: MappedText, plainOffset: number): number {
  const segs = mapped.segments;
  if (segs.length === 0) return 0;
  let chosen = segs[0];
  for (const seg of segs) {
    if (seg.plain <= plainOffset) chosen = seg;
    else break;
  }
  return chosen.source + Math.min(Math.max(0, plainOffset - chosen.plain), chosen.length);
}

export function toSourceRange(mapped: MappedText, start: number, end: number): TextRange {
  const s = toSourceOffset(mapped, start);
  // Map the end from its last character so a range never spills into the next segment.
  const e = end > start ? toSourceOffset(mapped, end - 1) + 1 : s;
  return { start: s, end: Math.max(s, e) };
}

export interface Sentence {
  text: string;
  /** Offsets into the plain text it came from. */
  plainStart: number;
  plainEnd: number;
  range: TextRange;
}

const ABBREVIATIONS = new Set([
  'e.g', 'i.e', 'etc', 'dr', 'mr', 'mrs', 'ms', 'vs', 'approx', 'no', 'st', 'jr', 'sr', 'prof', 'cf', 'al', 'ch', 'p', 'pp', 'inc',
]);

// Splits plain text into sentences, keeping offsets; abbreviations and decimals do not end a sentence.
// Rules ask for the same blocks' sentences again and again (and again after an edit), so the result
// is remembered per mapped text, and the sentence bounds per plain text.
export function splitSentences(mapped: MappedText): Sentence[] {
  const known = sentencesOf.get(mapped);
  if (known) return known.slice();
  let bounds = boundsOf.get(mapped.text);
  if (!bounds) {
    bounds = sentenceBounds(mapped.text);
    if (boundsOf.size >= 50000) boundsOf.delete(boundsOf.keys().next().value as string);
    boundsOf.set(mapped.text, bounds);
  }
  const out: Sentence[] = [];
  for (let i = 0; i < bounds.length; i += 2) {
    const s = bounds[i];
    const e = bounds[i + 1];
    out.push({ text: mapped.text.slice(s, e), plainStart: s, plainEnd: e, range: toSourceRange(mapped, s, e) });
  }
  sentencesOf.set(mapped, out);
  return out.slice();
}

let sentencesOf = new WeakMap<MappedText, Sentence[]>();
const boundsOf = new Map<string, number[]>();
onClearCaches(() => {
  sentencesOf = new WeakMap();
  boundsOf.clear();
});

// The [start, end) plain offsets of each sentence, flattened into pairs.
function sentenceBounds(text: string): number[] {
  const out: number[] = [];
  let start = 0;
  const push = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) out.push(s, e);
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n' && text[i + 1] === '\n') {
      push(i);
      continue;
    }
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    let j = i + 1;
    while (j < text.length && /["'”’)\]]/.test(text[j])) j++;
    if (j < text.length && !/\s/.test(text[j])) continue;
    if (ch === '.') {
      const word = /([A-Za-z.]{1,12})$/.exec(text.slice(Math.max(0, i - 12), i));
      if (word && ABBREVIATIONS.has(word[1].toLowerCase())) continue;
      if (word && /^[A-Z]$/.test(word[1])) continue; // initials such as "D. M."
    }
    let k = j;
    while (k < text.length && /\s/.test(text[k])) k++;
    if (k < text.length && /[a-z]/.test(text[k]) && ch === '.') continue; // "... approx. five"
    push(j);
  }
  push(text.length);
  return out;
}

/** Lower-cases, drops numbering and punctuation, and folds plurals so headings compare by meaning words. */
export function normaliseWords(s: string): string {
  return s
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/^\s*(?:(?:[ivxlc]+|\d+|[a-z])[.):]\s*)+/i, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .split(' ')
    .filter(Boolean)
    .map(stem)
    .join(' ');
}

// Folds simple English plurals: "needs" -> "need", "activities" -> "activity".
function stem(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return word.slice(0, -3) + 'y';
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us') && !word.endsWith('is')) return word.slice(0, -1);
  return word;
}

/** A finding's range as 1-based lines and columns, the way people and most tools count. */
export function oneBased(f: { start: Position; end: Position }): { line: number; column: number; endLine: number; endColumn: number } {
  return { line: f.start.line + 1, column: f.start.column + 1, endLine: f.end.line + 1, endColumn: f.end.column + 1 };
}
