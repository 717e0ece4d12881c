// A pre-filter for the lexicons' many regular expressions. Most cue patterns start at a word
// ("\bdiscuss", "\b(?:the )?worker"), so the first few characters of any match are one of a small,
// known set of strings. Those strings go into a trie; for a text, one walk from each word start
// through the trie names every pattern that could match somewhere in it, and the rest are skipped
// without running them. The filter only ever skips a pattern that cannot match, so results are the
// same as running every pattern; a pattern the analysis cannot read is always run.

import CUE_FACTORS from './cue-factors.json';

/** Longest prefix kept per pattern. Longer prefixes tell patterns apart better ("the worker" from
 * "the group") at the cost of more strings per pattern. */
const DEPTH = 8;
/** A pattern whose prefixes would number more than this is always run instead. */
const MAX_PREFIXES = 4096;
/** Texts whose marks are kept. */
const RECENT = 256;

/** What the start of a match can be: `s` is known, and `open` says the match is known to be exactly
 * `s` so far (false: it starts with `s` but what follows is unknown). `b`: a word boundary is
 * asserted before the first character of `s`. */
interface Alt {
  s: string;
  open: boolean;
  b: boolean;
}

class Unreadable extends Error {}

/** A term that always ends with white space: a space or "\s", once or more. */
const SPACE_RUN = /^(?: |\\s)(?:\+\??|\{[1-9]\d*(?:,\d*)?\}\??)?$/;

// What the walk compares for a character of the text: ASCII in lower case, any white space (as \s
// knows it) as a space, -1 for anything else (no pattern string holds it).
function walkCode(c: number): number {
  if (c < 128) return c >= 9 && c <= 13 ? 32 : lowerCode(c);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff ? 32 : -1;
}
const isWordCode = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
const lowerCode = (c: number): number => (c >= 65 && c <= 90 ? c + 32 : c);
const ZERO_WIDTH: Alt[] = [{ s: '', open: true, b: false }];
const UNKNOWN: Alt[] = [{ s: '', open: false, b: false }];

// Reads a pattern source far enough to list the prefixes of its matches (see Alt).
class PrefixReader {
  private pos = 0;
  private depth = 0;
  /** Where a "\b" stands at the top level of the pattern, outside any group or alternation, or where
   * a top-level run of white space ends: the rest of the pattern from there matches inside every
   * match, and at a word start when it starts with a letter (`afterSpace` marks the second kind,
   * where the boundary is not written but follows from the space before it). */
  readonly wordStarts: { at: number; afterSpace: boolean }[] = [];
  private topLevelBar = false;
  constructor(private readonly src: string) {}

  read(): Alt[] {
    const alts = this.alternation();
    if (this.pos < this.src.length) throw new Unreadable('unbalanced )');
    if (this.topLevelBar) this.wordStarts.length = 0;
    return alts;
  }

  private alternation(): Alt[] {
    const out = new Map<string, Alt>();
    for (;;) {
      for (const a of this.sequence()) add(out, a);
      if (this.src[this.pos] !== '|') break;
      if (this.depth === 0) this.topLevelBar = true;
      this.pos++;
    }
    return [...out.values()];
  }

  private sequence(): Alt[] {
    let states: Alt[] = [{ s: '', open: true, b: false }];
    while (this.pos < this.src.length && this.src[this.pos] !== '|' && this.src[this.pos] !== ')') {
      const from = this.pos;
      if (this.depth === 0 && this.src.startsWith('\\b', from)) this.wordStarts.push({ at: from, afterSpace: false });
      const term = this.quantified(this.atom());
      states = concat(states, term);
      if (this.depth === 0 && SPACE_RUN.test(this.src.slice(from, this.pos))) this.wordStarts.push({ at: this.pos, afterSpace: true });
    }
    return states;
  }

  private quantified(alts: Alt[]): Alt[] {
    const c = this.src[this.pos];
    let min: number | undefined;
    if (c === '?' || c === '*' || c === '+') {
      min = c === '+' ? 1 : 0;
      this.pos++;
      if (c === '?') {
        if (this.src[this.pos] === '?') this.pos++;
        return [...alts, ...ZERO_WIDTH];
      }
    } else if (c === '{') {
      const m = /^\{(\d+)(?:,(\d*))?\}/.exec(this.src.slice(this.pos, this.pos + 20));
      if (!m) return alts; // a literal "{", already read as the next atom
      min = Number(m[1]);
      this.pos += m[0].length;
      if (m[2] === undefined && min > 0) {
        if (this.src[this.pos] === '?') this.pos++;
        // Exactly n copies: the start is one copy, then unknown.
        return alts.map((a) => ({ ...a, open: false }));
      }
    } else return alts;
    if (this.src[this.pos] === '?') this.pos++; // lazy
    const once = alts.map((a) => ({ ...a, open: false }));
    return min === 0 ? [...once, ...ZERO_WIDTH] : once;
  }

  private atom(): Alt[] {
    const src = this.src;
    const c = src[this.pos];
    if (c === '(') {
      let lookaround = false;
      if (src.startsWith('(?:', this.pos)) this.pos += 3;
      else if (src.startsWith('(?=', this.pos) || src.startsWith('(?!', this.pos)) {
        this.pos += 3;
        lookaround = true;
      } else if (src.startsWith('(?<=', this.pos) || src.startsWith('(?<!', this.pos)) {
        this.pos += 4;
        lookaround = true;
      } else if (src.startsWith('(?<', this.pos)) {
        const close = src.indexOf('>', this.pos);
        if (close < 0) throw new Unreadable('group name');
        this.pos = close + 1;
      } else if (src[this.pos + 1] === '?') throw new Unreadable('group kind');
      else this.pos++;
      this.depth++;
      const inner = this.alternation();
      this.depth--;
      if (src[this.pos] !== ')') throw new Unreadable('unclosed group');
      this.pos++;
      // A lookaround matches no characters: it only narrows, so reading it as nothing is safe.
      return lookaround ? ZERO_WIDTH : inner;
    }
    if (c === '[') return this.charClass();
    if (c === '\\') return this.escape();
    this.pos++;
    if (c === '.') return UNKNOWN;
    if (c === '^' || c === '$') return ZERO_WIDTH;
    return literal(c);
  }

  private charClass(): Alt[] {
    const src = this.src;
    let i = this.pos + 1;
    const chars: string[] = [];
    let readable = src[i] !== '^';
    for (; i < src.length && src[i] !== ']'; i++) {
      if (src[i] === '\\') {
        i++;
        if (/[a-zA-Z0-9]/.test(src[i] ?? '')) readable = false;
        else chars.push(src[i]);
      } else if (src[i] === '-' && chars.length > 0 && src[i + 1] !== ']') readable = false;
      else chars.push(src[i]);
    }
    if (i >= src.length) throw new Unreadable('unclosed class');
    this.pos = i + 1;
    if (!readable || chars.length === 0) return UNKNOWN;
    const out = new Map<string, Alt>();
    for (const ch of chars) for (const a of literal(ch)) add(out, a);
    return [...out.values()];
  }

  private escape(): Alt[] {
    const e = this.src[this.pos + 1];
    if (e === undefined) throw new Unreadable('trailing backslash');
    this.pos += 2;
    if (e === 'b') return [{ s: '', open: true, b: true }];
    if (e === 'B') return ZERO_WIDTH;
    // Any white space: the walk reads every white-space character of the text as a space.
    if (e === 's') return [{ s: ' ', open: true, b: false }];
    if (/[a-zA-Z0-9]/.test(e)) {
      // Character-class escapes, control characters, code points and back-references: skip their
      // arguments and read them as unknown.
      if (e === 'u' && this.src[this.pos] === '{') this.pos = this.src.indexOf('}', this.pos) + 1 || this.src.length;
      else if (e === 'u') this.pos += 4;
      else if (e === 'x') this.pos += 2;
      else if (e === 'c') this.pos += 1;
      else if ((e === 'p' || e === 'P') && this.src[this.pos] === '{') this.pos = this.src.indexOf('}', this.pos) + 1 || this.src.length;
      else if (e === 'k' && this.src[this.pos] === '<') this.pos = this.src.indexOf('>', this.pos) + 1 || this.src.length;
      else if (e >= '1' && e <= '9') while (/[0-9]/.test(this.src[this.pos] ?? '')) this.pos++;
      return UNKNOWN;
    }
    return literal(e);
  }
}

// One literal character: known when ASCII (compared in lower case), unknown otherwise.
function literal(ch: string): Alt[] {
  const code = ch.charCodeAt(0);
  if (code >= 128) return UNKNOWN;
  return [{ s: String.fromCharCode(lowerCode(code)), open: true, b: false }];
}

function add(out: Map<string, Alt>, a: Alt): void {
  const key = `${a.open ? 1 : 0}${a.b ? 1 : 0}${a.s}`;
  if (!out.has(key)) {
    out.set(key, a);
    if (out.size > MAX_PREFIXES) throw new Unreadable('too many prefixes');
  }
}

// Every way a sequence read so far can continue with the next term.
function concat(states: Alt[], term: Alt[]): Alt[] {
  const out = new Map<string, Alt>();
  for (const st of states) {
    if (!st.open || st.s.length >= DEPTH) {
      add(out, st);
      continue;
    }
    for (const t of term) {
      const s = st.s + t.s;
      const b = st.s.length > 0 ? st.b : st.b || t.b;
      add(out, s.length >= DEPTH ? { s: s.slice(0, DEPTH), open: false, b } : { s, open: t.open, b });
    }
  }
  return [...out.values()];
}

// The prefixes of the matches of a pattern source, when every match must begin at a word start
// with one of them; undefined otherwise.
function wordStartPrefixes(alts: Alt[], afterSpace = false): string[] | undefined {
  const all: string[] = [];
  for (const a of alts) {
    if (!(a.b || afterSpace) || a.s.length === 0 || !isWordCode(a.s.charCodeAt(0))) return undefined;
    all.push(a.s);
  }
  // A string that starts with another in the list adds nothing: keep the shorter one only.
  all.sort();
  const out: string[] = [];
  for (const s of all) if (out.length === 0 || !s.startsWith(out[out.length - 1])) out.push(s);
  return out;
}

// Reads a pattern source; undefined when the reading does not model it. A whole pattern is read with
// its flags: with both "u" and "i", \b and case folding follow Unicode rules the reading does not model.
function read(source: string, flags = ''): { alts: Alt[]; wordStarts: PrefixReader['wordStarts'] } | undefined {
  if (flags.includes('y') || (flags.includes('u') && flags.includes('i'))) return undefined;
  const reader = new PrefixReader(source);
  try {
    return { alts: reader.read(), wordStarts: reader.wordStarts };
  } catch (e) {
    if (e instanceof Unreadable) return undefined;
    throw e;
  }
}

/**
 * What every match of `re` must contain, as a list of factors: each factor is a list of strings
 * (lower case), and every match contains, at a word start, one string of every factor. The first
 * factor, when there is one, is how the match itself starts; the others are how later parts of the
 * pattern that stand at a word boundary or after white space start ("\bworker\b[^.]*\banswers",
 * "[a-z]+ologists?\s+(?:will\s+)?teach"). Empty when nothing can be read from the pattern.
 */
export function requiredFactors(re: RegExp): string[][] {
  const whole = read(re.source, re.flags);
  if (!whole) return [];
  const factors: string[][] = [];
  const first = wordStartPrefixes(whole.alts);
  if (first) factors.push(first);
  for (const { at, afterSpace } of whole.wordStarts) {
    if (at === 0 || at >= re.source.length) continue;
    const rest = read(re.source.slice(at));
    const prefixes = rest && wordStartPrefixes(rest.alts, afterSpace);
    if (prefixes) factors.push(prefixes);
  }
  return factors;
}

/** The strings every match of `re` starts with, at a word start; undefined when that cannot be read. */
export function matchPrefixes(re: RegExp): string[] | undefined {
  const whole = read(re.source, re.flags);
  return whole && wordStartPrefixes(whole.alts);
}

/** The key of a pattern in the precomputed factors: its flags and source. */
export const factorKey = (re: RegExp): string => `${re.flags}/${re.source}`;

/**
 * A finished index, written by `npm run generate` (cue-factors.json) so that a check does not spend its
 * first tenth of a second reading ~800 pattern sources and building the trie. It serves only the
 * patterns it was made from, in the same order (`patterns` is a hash of their keys); an index whose
 * patterns changed since is built as before, and a test keeps the file current. Arrays are base64 of
 * little-endian 32-bit integers.
 */
export interface IndexSnapshot {
  patterns: string;
  /** How many factors each pattern has, in order: the ids of a pattern's factors follow the previous one's. */
  factors: number[];
  /** The trie's edges: keys (node * 128 + character code) and the node each leads to. */
  keys: string;
  nodes: string;
  /** Per node, where its factor ids start in `ids` (one more entry than there are nodes). */
  idsStart: string;
  ids: string;
}
const SNAPSHOTS = (CUE_FACTORS as { indexes?: Record<string, IndexSnapshot> }).indexes ?? {};
const INDEXES: CueIndex[] = [];

/** Every pattern added to any of the engine's (named) indexes, read or not: what `npm run generate` precomputes. */
export function indexedPatterns(): RegExp[] {
  return INDEXES.flatMap((index) => index.patterns());
}

/** A finished index for every named index of the engine, built afresh from its patterns: what `npm run generate` writes. */
export function cueIndexSnapshots(): Record<string, IndexSnapshot> {
  const out: Record<string, IndexSnapshot> = {};
  for (const index of INDEXES) if (index.name) out[index.name] = index.snapshot();
  return out;
}

// A hash of the patterns' keys in order (two 32-bit FNV-1a hashes, as hex): which list a snapshot serves.
function patternsHash(res: RegExp[]): string {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (const re of res) {
    const key = `${factorKey(re)}\n`;
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x5bd1e995);
    }
  }
  return `${(a >>> 0).toString(16).padStart(8, '0')}${(b >>> 0).toString(16).padStart(8, '0')}`;
}

// Both are globals in Node and in browsers; the engine's compile settings know neither.
declare function btoa(data: string): string;
declare function atob(data: string): string;
const toBase64 = (xs: ArrayLike<number>): string => {
  const bytes = new Uint8Array(Int32Array.from(xs).buffer);
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
};
const fromBase64 = (text: string): Int32Array => {
  const bin = atob(text);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return new Int32Array(bytes.buffer);
};

/**
 * Patterns indexed by what their matches must contain (see requiredFactors). `mayMatch(re, text)` is
 * false only for an indexed pattern that cannot match anywhere in the text; patterns never added,
 * and patterns nothing could be read from, always pass.
 */
export class CueIndex {
  // The trie: node 0 is the root; an edge from node n on character code c (ASCII) is the key
  // n * 128 + c of `edges`, and `idsAt[n]` lists the factors with a string ending at node n. Once
  // built (or taken from a snapshot), the trie is read from `table`: the edges as an open-addressing
  // hash table (keys + 1, 0 for empty) and each node's factor ids as a run of `ids`.
  private readonly edges = new Map<number, number>();
  private table: { keys: Int32Array; nodes: Int32Array; mask: number; shift: number; idsStart: Int32Array; ids: Int32Array } | undefined;
  private readonly idsAt: number[][] = [[]];
  private readonly factorsOf = new Map<RegExp, number[]>();
  private factorCount = 0;
  /** Marks of recent texts, oldest first (callers move between a statement, its context and its clauses). */
  private readonly recent = new Map<string, Uint8Array>();
  /** The edges of a trie taken from a snapshot, until the table is built from them. */
  private snapshotEdges: { keys: Int32Array; nodes: Int32Array; idsStart: Int32Array; ids: Int32Array } | undefined;

  /** Patterns added but not read yet: they are read when the index is first asked, so a thread that
   * loads the engine without checking anything (the grader's main thread) does not pay for it. */
  private pending: RegExp[] = [];

  /** `name`: the index's name in cue-factors.json, for the engine's own indexes (only those are listed
   * by indexedPatterns and written by `npm run generate`). */
  constructor(readonly name?: string) {
    if (name) INDEXES.push(this);
  }

  /** The patterns added, read or not. */
  patterns(): RegExp[] {
    return [...this.factorsOf.keys(), ...this.pending];
  }

  /** Adds patterns to the index (each once). */
  add(...res: RegExp[]): void {
    this.pending.push(...res);
  }

  /** How many of the added patterns the index can skip (the others always run). */
  get indexed(): number {
    this.readPending();
    let n = 0;
    for (const ids of this.factorsOf.values()) if (ids.length) n++;
    return n;
  }

  /** This index's patterns as a finished index, built from the patterns themselves (an unnamed index takes no snapshot). */
  snapshot(): IndexSnapshot {
    const fresh = new CueIndex();
    fresh.add(...this.patterns());
    fresh.readPending();
    const { keys, nodes, idsStart, ids } = fresh.flat();
    return {
      patterns: patternsHash(fresh.patterns()),
      factors: [...fresh.factorsOf.values()].map((f) => f.length),
      keys: toBase64(keys),
      nodes: toBase64(nodes),
      idsStart: toBase64(idsStart),
      ids: toBase64(ids),
    };
  }

  private readPending(): void {
    if (this.pending.length === 0) return;
    const snap = this.name && this.factorCount === 0 ? SNAPSHOTS[this.name] : undefined;
    if (snap && snap.factors.length === this.pending.length && snap.patterns === patternsHash(this.pending)) {
      let id = 0;
      this.pending.forEach((re, k) => this.factorsOf.set(re, Array.from({ length: snap.factors[k] }, () => id++)));
      this.factorCount = id;
      this.snapshotEdges = { keys: fromBase64(snap.keys), nodes: fromBase64(snap.nodes), idsStart: fromBase64(snap.idsStart), ids: fromBase64(snap.ids) };
      this.pending = [];
      return;
    }
    // Patterns added after a snapshot was taken (none are, in the engine: each index gets its patterns
    // at once): the index is read again from all its patterns.
    if (this.snapshotEdges) {
      this.pending = [...this.factorsOf.keys(), ...this.pending];
      this.snapshotEdges = undefined;
      this.factorsOf.clear();
      this.factorCount = 0;
    }
    for (const re of this.pending) {
      if (this.factorsOf.has(re)) continue;
      const ids: number[] = [];
      for (const factor of requiredFactors(re)) {
        const id = this.factorCount++;
        ids.push(id);
        for (const p of factor) this.insert(p, id);
      }
      this.factorsOf.set(re, ids);
    }
    this.pending = [];
    this.recent.clear();
    this.table = undefined;
  }

  private insert(prefix: string, id: number): void {
    let node = 0;
    for (let i = 0; i < prefix.length; i++) {
      const key = node * 128 + prefix.charCodeAt(i);
      let next = this.edges.get(key);
      if (next === undefined) {
        next = this.idsAt.length;
        this.idsAt.push([]);
        this.edges.set(key, next);
      }
      node = next;
    }
    if (!this.idsAt[node].includes(id)) this.idsAt[node].push(id);
  }

  // The trie as flat arrays: the edges in the order made, and each node's factor ids as a run.
  private flat(): { keys: Int32Array; nodes: Int32Array; idsStart: Int32Array; ids: Int32Array } {
    if (this.snapshotEdges) return this.snapshotEdges;
    const keys = Int32Array.from(this.edges.keys());
    const nodes = Int32Array.from(this.edges.values());
    const idsStart = new Int32Array(this.idsAt.length + 1);
    let total = 0;
    this.idsAt.forEach((list, n) => {
      idsStart[n] = total;
      total += list.length;
    });
    idsStart[this.idsAt.length] = total;
    return { keys, nodes, idsStart, ids: Int32Array.from(this.idsAt.flat()) };
  }

  /** Whether `re` could match somewhere in `text`. */
  mayMatch(re: RegExp, text: string): boolean {
    if (this.pending.length) this.readPending();
    const ids = this.factorsOf.get(re);
    if (ids === undefined || ids.length === 0) return true;
    const marks = this.marksFor(text);
    for (let k = 0; k < ids.length; k++) if (marks[ids[k]] === 0) return false;
    return true;
  }

  private marksFor(text: string): Uint8Array {
    const known = this.recent.get(text);
    if (known) return known;
    let marks: Uint8Array | undefined;
    if (this.recent.size >= RECENT) {
      const oldest = this.recent.keys().next().value as string;
      marks = this.recent.get(oldest);
      this.recent.delete(oldest);
    }
    marks = marks && marks.length === this.factorCount ? marks.fill(0) : new Uint8Array(this.factorCount);
    this.mark(text, marks);
    this.recent.set(text, marks);
    return marks;
  }

  private buildTable(): NonNullable<CueIndex['table']> {
    const { keys: edgeKeys, nodes: edgeNodes, idsStart, ids } = this.flat();
    let bits = 10;
    while (1 << bits < edgeKeys.length * 2) bits++;
    const size = 1 << bits;
    const shift = 32 - bits;
    const keys = new Int32Array(size);
    const nodes = new Int32Array(size);
    const mask = size - 1;
    for (let i = 0; i < edgeKeys.length; i++) {
      const key = edgeKeys[i];
      let slot = hashSlot(key, shift);
      while (keys[slot] !== 0) slot = (slot + 1) & mask;
      keys[slot] = key + 1;
      nodes[slot] = edgeNodes[i];
    }
    return (this.table = { keys, nodes, mask, shift, idsStart, ids });
  }

  // Walks the trie from every word start of the text and marks every factor whose string is there.
  private mark(text: string, marks: Uint8Array): void {
    const { keys, nodes, mask, shift, idsStart, ids } = this.table ?? this.buildTable();
    const n = text.length;
    let prevWord = false;
    for (let i = 0; i < n; i++) {
      const word = isWordCode(text.charCodeAt(i));
      if (word && !prevWord) {
        let node = 0;
        for (let j = i; j < n && j < i + DEPTH; j++) {
          const code = walkCode(text.charCodeAt(j));
          if (code < 0) break;
          const key = node * 128 + code + 1;
          let slot = hashSlot(key - 1, shift);
          while (keys[slot] !== key && keys[slot] !== 0) slot = (slot + 1) & mask;
          if (keys[slot] === 0) break;
          node = nodes[slot];
          for (let k = idsStart[node]; k < idsStart[node + 1]; k++) marks[ids[k]] = 1;
        }
      }
      prevWord = word;
    }
  }
}

// Fibonacci hashing: the top bits of the key times 2^32 / golden ratio.
const hashSlot = (key: number, shift: number): number => Math.imul(key, 0x9e3779b1) >>> shift;
