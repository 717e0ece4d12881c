// Parses Markdown into the config-independent parts of a plan: front matter, blocks, headings, comments.
// The body is cut into chunks at top-level ATX headings and each chunk's result is cached by its text,
// so a one-character edit re-parses one chunk only.
import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import { combineExtensions } from 'micromark-util-combine-extensions';
import { gfmAutolinkLiteral } from 'micromark-extension-gfm-autolink-literal';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { gfmAutolinkLiteralFromMarkdown } from 'mdast-util-gfm-autolink-literal';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import type { Root, RootContent, PhrasingContent, ListItem } from 'mdast';
import { parseDocument, isMap } from 'yaml';
import { LineIndex, clearCaches, type MappedText } from './text';
import type { TextRange } from './types';

export type BlockKind = 'paragraph' | 'heading' | 'listItem' | 'code' | 'html' | 'tableRow' | 'other';

export interface Block {
  kind: BlockKind;
  /** Plain text of the block with its source mapping (for list items, only the item's own paragraphs). */
  mapped: MappedText;
  range: TextRange;
  /** Heading level, or list nesting depth (0 for a top-level item). */
  depth: number;
  /** True for a list item in an ordered list. */
  ordered?: boolean;
}

export interface Comment {
  value: string;
  range: TextRange;
}

export interface FrontMatter {
  raw: string;
  /** The whole block including the fences. */
  range: TextRange;
  /** Where the YAML text itself starts. */
  contentStart: number;
  data: Record<string, unknown>;
  error?: { message: string; range: TextRange };
}

/** A part of the body that was not parsed as Markdown, and why. */
export interface UnparsedPart {
  range: TextRange;
  /** `nesting`: lists or quotes nested deeper than MAX_NESTING; `error`: the Markdown parser failed. */
  reason: 'nesting' | 'error';
  detail?: string;
}

export interface ParsedDocument {
  text: string;
  lines: LineIndex;
  frontMatter?: FrontMatter;
  blocks: Block[];
  comments: Comment[];
  /** Parts left out of the parse (each also appears as an `other` block); usually empty. */
  unparsed: UnparsedPart[];
  /** Where the parse stopped because its time ran out: the rest of the text was not read. */
  unparsedFrom?: number;
}

/**
 * How deep lists and block quotes may nest before a line is left out of the parse. Parsers and tree
 * walkers recurse per level, so a 10,000-deep list would overflow the stack (and take minutes);
 * no real plan comes near this depth.
 */
export const MAX_NESTING = 50;

// GFM (as remark-gfm sets it up), built per chunk without the two costly extensions when the chunk
// cannot use them: an autolink literal needs "@", "www." or "http(s)://", and a table needs a
// delimiter row (see hasTableDelimiter). Leaving out an extension that cannot fire gives the same tree,
// at about half the parse time.
const AUTOLINK_TRIGGER = /@|www\.|https?:\/\//i;
/**
 * A line that could be a table's delimiter row: after any block-quote markers and indentation, only
 * "-", ":", "|" and spaces, with at least one "-" and at least one ":" or "|" (micromark's GFM table
 * needs one of those two, or the line is a thematic break or a setext underline instead). The pattern
 * has no lookaround and no two neighbours that can take the same character, so it reads each line
 * once (the proof in test/unit/pattern-safety.test.ts covers it).
 */
const DELIMITER_ROW = /^[ \t>]*[|:-][ \t|:-]*$/gm;
export function hasTableDelimiter(text: string): boolean {
  DELIMITER_ROW.lastIndex = 0;
  for (let m = DELIMITER_ROW.exec(text); m; m = DELIMITER_ROW.exec(text)) {
    if (m[0].includes('-') && /[|:]/.test(m[0])) return true;
  }
  return false;
}
const processors = new Map<number, Processor>();

/**
 * More emphasis, strikethrough and link delimiters (`*`, `_`, `~`, `[`, `]`) than this in one chunk
 * and the chunk's inline text is read as plain text. Matching those delimiters takes time that grows
 * with the square of their number in a paragraph (50 KB of `a_*` took minutes); no plan needs more
 * than a few hundred in one section, and the words are checked all the same, only without emphasis
 * and links (which no rule reads).
 */
export const INLINE_DELIMITER_LIMIT = 1500;
// Inline constructs turned off in plain-inline chunks: those whose matching is superlinear.
const PLAIN_INLINE = { disable: { null: ['attention', 'labelStartImage', 'labelStartLink', 'labelEnd'] } };

/** True when a chunk has so many inline delimiters that it is parsed with plain inline text. */
export function needsPlainInline(chunk: string): boolean {
  let n = 0;
  for (let i = 0; i < chunk.length; i++) {
    const c = chunk.charCodeAt(i);
    // * _ ~ [ ]
    if (c === 42 || c === 95 || c === 126 || c === 91 || c === 93) {
      if (++n > INLINE_DELIMITER_LIMIT) return true;
    }
  }
  return false;
}

function processorFor(autolink: boolean, table: boolean, plain = false): Processor {
  const key = (autolink ? 1 : 0) | (table ? 2 : 0) | (plain ? 4 : 0);
  let p = processors.get(key);
  if (!p) {
    const micromark = combineExtensions([
      ...(autolink ? [gfmAutolinkLiteral()] : []),
      ...(plain ? [PLAIN_INLINE] : [gfmFootnote(), gfmStrikethrough()]),
      ...(table ? [gfmTable()] : []),
      gfmTaskListItem(),
    ]);
    const mdast = [
      ...(autolink ? [gfmAutolinkLiteralFromMarkdown()] : []),
      ...(plain ? [] : [gfmFootnoteFromMarkdown(), gfmStrikethroughFromMarkdown()]),
      ...(table ? [gfmTableFromMarkdown()] : []),
      gfmTaskListItemFromMarkdown(),
    ];
    p = unified()
      .use(remarkParse)
      .use(function gfmSubset(this: Processor) {
        const data = this.data();
        (data.micromarkExtensions ??= []).push(micromark);
        (data.fromMarkdownExtensions ??= []).push(mdast);
      }) as unknown as Processor;
    processors.set(key, p);
  }
  return p;
}

/** The parser for one chunk: GFM without the extensions the chunk cannot use (exported for tests). */
export function chunkProcessor(chunk: string): Processor {
  return processorFor(AUTOLINK_TRIGGER.test(chunk), hasTableDelimiter(chunk), needsPlainInline(chunk));
}

const processor = { parse: (chunk: string): Root => chunkProcessor(chunk).parse(chunk) as Root };

export interface ChunkResult {
  blocks: Block[];
  comments: Comment[];
  unparsed: UnparsedPart[];
}

// Enough chunks for a 10 MB document (about 9 KB of parse results each), so that re-checking even a
// very large plan (up to about 10 MB) does not evict the chunks it is about to reuse.
const CACHE_LIMIT = 12000;
const chunkCache = new Map<string, ChunkResult>();

// Parses a whole document; front matter is read with the yaml package, the body with remark.
// `stop` is asked before each chunk: when it says so, the rest of the text is left unread.
export function parseMarkdown(text: string, stop?: () => boolean): ParsedDocument {
  const lines = new LineIndex(text);
  const frontMatter = readFrontMatter(text);
  // A byte order mark is not content: skip it so the first line parses as it would without one.
  const bodyStart = frontMatter ? frontMatter.range.end : text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const blocks: Block[] = [];
  const comments: Comment[] = [];
  const unparsed: UnparsedPart[] = [];
  let unparsedFrom: number | undefined;
  for (const [chunkStart, chunkEnd] of splitChunks(text, bodyStart)) {
    if (stop?.()) {
      unparsedFrom = chunkStart;
      break;
    }
    for (const part of splitDeep(text, chunkStart, chunkEnd)) {
      const { start, end } = part;
      if (part.deep) {
        const range = { start, end };
        blocks.push({ kind: 'other', mapped: { text: '', segments: [] }, range, depth: 0 });
        unparsed.push({ range, reason: 'nesting' });
        continue;
      }
      const result = parseChunk(text.slice(start, end));
      for (const b of result.blocks) blocks.push(shiftBlock(b, start));
      for (const c of result.comments) comments.push({ value: c.value, range: { start: c.range.start + start, end: c.range.end + start } });
      for (const u of result.unparsed) unparsed.push({ ...u, range: { start: u.range.start + start, end: u.range.end + start } });
    }
  }
  const doc: ParsedDocument = { text, lines, frontMatter, blocks, comments, unparsed };
  if (unparsedFrom !== undefined) doc.unparsedFrom = unparsedFrom;
  return doc;
}

// Estimates how deeply a line's prefix nests containers: each ">" or list marker is one level,
// and every four columns of indentation count as one more. Stops counting past `cap`.
export function lineNesting(text: string, from: number, to: number, cap = MAX_NESTING): number {
  let depth = 0;
  let columns = 0;
  let i = from;
  while (i < to && depth + (columns >> 2) <= cap) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      columns++;
      i++;
    } else if (c === 9) {
      columns += 4 - (columns % 4);
      i++;
    } else if (c === 62 /* > */) {
      depth++;
      i++;
    } else if ((c === 45 || c === 42 || c === 43) && (i + 1 >= to || text.charCodeAt(i + 1) === 32 || text.charCodeAt(i + 1) === 9)) {
      depth++; // - * + list marker
      i++;
    } else if (c >= 48 && c <= 57) {
      let j = i;
      while (j < to && j - i < 9 && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
      const m = text.charCodeAt(j);
      if ((m === 46 || m === 41) && (j + 1 >= to || text.charCodeAt(j + 1) === 32 || text.charCodeAt(j + 1) === 9)) {
        depth++; // 1. or 1) list marker
        i = j + 1;
      } else break;
    } else break;
  }
  return depth + (columns >> 2);
}

// Splits a chunk into runs of ordinary lines and runs of lines nested deeper than MAX_NESTING
// (blank lines between deep lines stay in the deep run). Fenced code at the top level is never deep.
function splitDeep(text: string, start: number, end: number): { start: number; end: number; deep: boolean }[] {
  const parts: { start: number; end: number; deep: boolean }[] = [];
  let partStart = start;
  let deepStart = -1;
  let lastDeepEnd = -1;
  let fence: string | undefined;
  let pos = start;
  while (pos < end) {
    let eol = text.indexOf('\n', pos);
    if (eol === -1 || eol >= end) eol = end;
    const next = eol < end ? eol + 1 : end;
    const head = text.slice(pos, Math.min(eol, pos + 8));
    const f = FENCE.exec(head);
    if (fence) {
      if (f && f[1][0] === fence[0] && f[1].length >= fence.length) fence = undefined;
    } else if (f) fence = f[1];
    const blank = text.slice(pos, Math.min(eol, pos + 400)).trim() === '' && eol - pos < 400;
    const deep = !fence && !f && !blank && lineNesting(text, pos, eol) > MAX_NESTING;
    if (deep) {
      if (deepStart === -1) {
        deepStart = pos;
        if (pos > partStart) parts.push({ start: partStart, end: pos, deep: false });
      }
      lastDeepEnd = next;
    } else if (!blank && deepStart !== -1) {
      parts.push({ start: deepStart, end: lastDeepEnd, deep: true });
      deepStart = -1;
      partStart = lastDeepEnd;
    }
    pos = next;
  }
  if (deepStart !== -1) {
    parts.push({ start: deepStart, end: lastDeepEnd, deep: true });
    partStart = lastDeepEnd;
  }
  if (partStart < end || parts.length === 0) parts.push({ start: partStart, end, deep: false });
  return parts;
}

// A cached block placed at `by`; the placed copy is reused while its chunk stays at the same offset.
function shiftBlock(b: Block, by: number): Block {
  if (by === 0) return b;
  const last = placed.get(b);
  if (last && last.by === by) return last.block;
  const block = {
    ...b,
    range: { start: b.range.start + by, end: b.range.end + by },
    mapped: { text: b.mapped.text, segments: b.mapped.segments.map((s) => ({ ...s, source: s.source + by })) },
  };
  placed.set(b, { by, block });
  return block;
}

const placed = new WeakMap<Block, { by: number; block: Block }>();

/** Parses one chunk (the cached result when its text was parsed before); exported for tests. */
export function parseChunk(chunk: string): ChunkResult {
  const hit = chunkCache.get(chunk);
  if (hit) {
    chunkCache.delete(chunk);
    chunkCache.set(chunk, hit);
    return hit;
  }
  let result: ChunkResult = { blocks: [], comments: [], unparsed: [] };
  try {
    const tree = processor.parse(chunk) as Root;
    collectBlocks(tree.children, result, 0, false);
  } catch (e) {
    // The parser should not fail, but if it does (for example on pathological inline nesting),
    // the chunk becomes one unparsed part instead of an exception.
    const range = { start: 0, end: chunk.length };
    const detail = e instanceof RangeError ? 'nested too deeply' : e instanceof Error ? e.message : String(e);
    result = { blocks: [{ kind: 'other', mapped: { text: '', segments: [] }, range, depth: 0 }], comments: [], unparsed: [{ range, reason: 'error', detail }] };
  }
  chunkCache.set(chunk, result);
  if (chunkCache.size > CACHE_LIMIT) chunkCache.delete(chunkCache.keys().next().value as string);
  return result;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/**
 * A section longer than this is also cut at blank lines (see splitChunks): the Markdown parser slows
 * down more than linearly on one long run of paragraphs and lists, so a long section without headings
 * would otherwise take minutes.
 */
export const LONG_CHUNK = 8192;

const RAW_HTML_OPEN = /^<(pre|script|style|textarea)(?=[\s>]|$)/i;

// Cuts the body into chunks that start at unindented ATX headings outside fenced code, HTML comments
// and raw HTML blocks. A chunk longer than LONG_CHUNK is also cut before an unindented line that
// follows a blank line: no block continues across such a line (a list just continues as a new list).
// A chunk with a table is cut at those same places around the table (see splitAroundTables).
export function splitChunks(text: string, from: number): [number, number][] {
  const chunks: [number, number][] = [];
  /** Places where the current chunk could be cut (a blank line, then an unindented line). */
  let safe: number[] = [];
  const close = (end: number): void => {
    splitAroundTables(text, chunkStart, end, safe, chunks);
    safe = [];
  };
  let chunkStart = from;
  let fence: string | undefined;
  let inComment = false;
  let rawHtml: string | undefined;
  let prevBlank = false;
  let pos = from;
  while (pos < text.length) {
    let eol = text.indexOf('\n', pos);
    if (eol === -1) eol = text.length;
    const line = text.slice(pos, Math.min(eol, pos + 200));
    const blank = line.trim() === '' && (eol - pos <= 200 || text.slice(pos, eol).trim() === '');
    if (fence) {
      const m = FENCE.exec(line);
      if (m && m[1][0] === fence[0] && m[1].length >= fence.length && line.trim() === m[1]) fence = undefined;
    } else if (inComment) {
      if (line.includes('-->')) inComment = false;
    } else if (rawHtml) {
      if (text.slice(pos, eol).toLowerCase().includes(`</${rawHtml}>`)) rawHtml = undefined;
    } else {
      const m = FENCE.exec(line);
      const cuttable = prevBlank && !blank && !/^[ \t]/.test(line) && pos > chunkStart;
      const cut = (/^#{1,6}(\s|$)/.test(line) && pos > chunkStart) || (cuttable && pos - chunkStart >= LONG_CHUNK);
      if (cut) {
        close(pos);
        chunkStart = pos;
      } else if (cuttable) safe.push(pos);
      if (m) fence = m[1];
      else if (line.startsWith('<!--') && !text.slice(pos, eol).includes('-->')) inComment = true;
      else {
        const raw = RAW_HTML_OPEN.exec(line);
        if (raw && !text.slice(pos, eol).toLowerCase().includes(`</${raw[1].toLowerCase()}>`)) rawHtml = raw[1].toLowerCase();
      }
    }
    prevBlank = blank;
    pos = eol + 1;
  }
  if (chunkStart < text.length || chunks.length === 0) close(text.length);
  return chunks;
}

// Pushes the chunk [start, end) onto `chunks`. When it holds a table, it is first cut at its safe
// places into runs with tables and runs without: the table syntax is tried at the start of every
// line of a chunk that may hold one, which more than doubles the parse time of the prose around a
// table, so the prose is parsed without it. Reference definitions ("[x]: url") only apply within
// their own chunk, so a chunk with one stays whole.
function splitAroundTables(text: string, start: number, end: number, safe: number[], chunks: [number, number][]): void {
  const whole = text.slice(start, end);
  if (safe.length === 0 || !hasTableDelimiter(whole) || whole.includes(']:')) {
    chunks.push([start, end]);
    return;
  }
  const bounds = [start, ...safe, end];
  let runStart = start;
  let runTable = hasTableDelimiter(text.slice(bounds[0], bounds[1]));
  for (let k = 1; k < bounds.length - 1; k++) {
    const table = hasTableDelimiter(text.slice(bounds[k], bounds[k + 1]));
    if (table !== runTable) {
      chunks.push([runStart, bounds[k]]);
      runStart = bounds[k];
      runTable = table;
    }
  }
  chunks.push([runStart, end]);
}

function rangeOf(node: { position?: { start: { offset?: number }; end: { offset?: number } } }): TextRange {
  return { start: node.position?.start.offset ?? 0, end: node.position?.end.offset ?? 0 };
}

// Walks block content, turning paragraphs, headings, list items and table rows into blocks.
// Iterative over list nesting so a very deep list cannot overflow the stack.
function collectBlocks(nodes: RootContent[], out: ChunkResult, depth: number, ordered: boolean): void {
  // `quoted`: inside a block quote, where a heading is quoted text, not a section of the plan.
  const stack: { nodes: RootContent[]; i: number; depth: number; ordered: boolean; quoted?: boolean }[] = [{ nodes, i: 0, depth, ordered }];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1];
    if (frame.i >= frame.nodes.length) {
      stack.pop();
      continue;
    }
    const node = frame.nodes[frame.i++];
    switch (node.type) {
      case 'paragraph':
        out.blocks.push({ kind: 'paragraph', mapped: mapInline(node.children), range: rangeOf(node), depth: frame.depth });
        collectInlineComments(node.children, out);
        break;
      case 'heading':
        if (frame.quoted) out.blocks.push({ kind: 'paragraph', mapped: mapInline(node.children), range: rangeOf(node), depth: frame.depth });
        else out.blocks.push({ kind: 'heading', mapped: mapInline(node.children), range: rangeOf(node), depth: node.depth });
        break;
      case 'list':
        stack.push({ nodes: node.children as unknown as RootContent[], i: 0, depth: frame.depth, ordered: Boolean(node.ordered), quoted: frame.quoted });
        break;
      case 'listItem': {
        const item = node as ListItem;
        const own = item.children.filter((c) => c.type === 'paragraph' || c.type === 'heading');
        const mapped = joinMapped(own.map((p) => mapInline((p as { children: PhrasingContent[] }).children)));
        const firstNested = item.children.find((c) => c.type === 'list');
        const end = firstNested ? rangeOf(firstNested).start : rangeOf(item).end;
        out.blocks.push({ kind: 'listItem', mapped, range: { start: rangeOf(item).start, end: trimEnd(end, rangeOf(item).start, own) }, depth: frame.depth, ordered: frame.ordered });
        for (const c of own) if (c.type === 'paragraph') collectInlineComments(c.children, out);
        const rest = item.children.filter((c) => c.type !== 'paragraph' && c.type !== 'heading');
        if (rest.length > 0) stack.push({ nodes: rest as RootContent[], i: 0, depth: frame.depth + 1, ordered: frame.ordered, quoted: frame.quoted });
        break;
      }
      case 'blockquote':
        stack.push({ nodes: node.children as RootContent[], i: 0, depth: frame.depth, ordered: false, quoted: true });
        break;
      case 'table':
        for (const row of node.children) {
          const cells = row.children.map((cell) => mapInline(cell.children));
          out.blocks.push({ kind: 'tableRow', mapped: joinMapped(cells, ' | '), range: rangeOf(row), depth: 0 });
        }
        break;
      case 'code':
        out.blocks.push({ kind: 'code', mapped: { text: '', segments: [] }, range: rangeOf(node), depth: 0 });
        break;
      case 'html': {
        const r = rangeOf(node);
        out.blocks.push({ kind: 'html', mapped: { text: '', segments: [] }, range: r, depth: 0 });
        addComments(node.value, r.start, out);
        break;
      }
      default:
        break;
    }
  }
}

function trimEnd(end: number, start: number, own: RootContent[]): number {
  const last = own[own.length - 1];
  return last ? Math.max(start, Math.min(end, rangeOf(last).end)) : end;
}

// HTML comments `<!-- … -->`, found with indexOf: a regular expression with a lazy body rescans the rest
// of the text from every unclosed `<!--`, which took seconds on a page of them.
function addComments(value: string, base: number, out: ChunkResult): void {
  for (let open = value.indexOf('<!--'); open !== -1; ) {
    const close = value.indexOf('-->', open + 4);
    if (close === -1) return;
    out.comments.push({ value: value.slice(open + 4, close).trim(), range: { start: base + open, end: base + close + 3 } });
    open = value.indexOf('<!--', close + 3);
  }
}

function collectInlineComments(children: PhrasingContent[], out: ChunkResult): void {
  for (const c of children) if (c.type === 'html') addComments(c.value, rangeOf(c).start, out);
}

// Flattens inline content to plain text, remembering where each text run stands in the source.
export function mapInline(children: PhrasingContent[]): MappedText {
  const mapped: MappedText = { text: '', segments: [] };
  // An explicit stack instead of recursion, so deeply nested emphasis or links cannot overflow.
  const stack: { nodes: PhrasingContent[]; i: number }[] = [{ nodes: children, i: 0 }];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1];
    if (frame.i >= frame.nodes.length) {
      stack.pop();
      continue;
    }
    const n = frame.nodes[frame.i++];
    if (n.type === 'text' || n.type === 'inlineCode') {
      const r = rangeOf(n);
      const srcLen = r.end - r.start;
      const start = n.type === 'inlineCode' ? r.start + Math.max(0, (srcLen - n.value.length) >> 1) : r.start;
      if (n.type === 'text' && srcLen !== n.value.length) pushEscaped(mapped, n.value, start, r.end);
      else {
        mapped.segments.push({ plain: mapped.text.length, source: start, length: n.value.length });
        mapped.text += n.value;
      }
    } else if (n.type === 'break') {
      mapped.text += '\n';
    } else if ('children' in n && Array.isArray(n.children)) {
      stack.push({ nodes: n.children as PhrasingContent[], i: 0 });
    }
  }
  return mapped;
}

// A text node whose source differs from its value (escapes, entities, soft breaks with indentation):
// map each line separately so offsets stay close.
function pushEscaped(mapped: MappedText, value: string, start: number, end: number): void {
  const parts = value.split('\n');
  let src = start;
  parts.forEach((part, i) => {
    if (i > 0) mapped.text += '\n';
    mapped.segments.push({ plain: mapped.text.length, source: Math.min(src, end), length: part.length });
    mapped.text += part;
    src += part.length + 1;
  });
}

function joinMapped(parts: MappedText[], sep = '\n\n'): MappedText {
  const out: MappedText = { text: '', segments: [] };
  parts.forEach((p, i) => {
    if (i > 0) out.text += sep;
    const base = out.text.length;
    for (const s of p.segments) out.segments.push({ ...s, plain: s.plain + base });
    out.text += p.text;
  });
  return out;
}

// Front matter already read, by the whole block's text (fences included): YAML is read once per version.
const frontMatterCache = new Map<string, FrontMatter>();

// Reads YAML front matter between --- fences at the very start; broken YAML is kept as an error.
// Also used alone, to decide cheaply whether a document declares itself a plan.
export function readFrontMatter(text: string): FrontMatter | undefined {
  const open = /^\uFEFF?---[ \t]*\r?\n/.exec(text);
  if (!open) return undefined;
  const close = /^(?:---|\.\.\.)[ \t]*$/m;
  const rest = text.slice(open[0].length);
  const m = close.exec(rest);
  const contentStart = open[0].length;
  if (!m) {
    // An unclosed fence: treat the first line as the whole block so the body is still checked.
    return {
      raw: '',
      range: { start: 0, end: open[0].length },
      contentStart,
      data: {},
      error: { message: 'The front matter starts with "---" but has no closing "---" line.', range: { start: 0, end: open[0].trimEnd().length } },
    };
  }
  const raw = rest.slice(0, m.index);
  let end = contentStart + m.index + m[0].length;
  if (text[end] === '\r') end++;
  if (text[end] === '\n') end++;
  const block = text.slice(0, end);
  const hit = frontMatterCache.get(block);
  if (hit) return hit;
  const fm: FrontMatter = { raw, range: { start: 0, end }, contentStart, data: {} };
  frontMatterCache.set(block, fm);
  if (frontMatterCache.size > 100) frontMatterCache.delete(frontMatterCache.keys().next().value as string);
  try {
    const doc = parseDocument(raw, { prettyErrors: false, uniqueKeys: false });
    if (doc.errors.length > 0) {
      const err = doc.errors[0];
      const [s, e] = err.pos ?? [0, raw.length];
      fm.error = { message: firstLine(err.message), range: { start: contentStart + s, end: contentStart + Math.max(e, s + 1) } };
    } else if (doc.contents === null) {
      fm.data = {};
    } else if (isMap(doc.contents)) {
      fm.data = (doc.toJS() ?? {}) as Record<string, unknown>;
    } else {
      fm.error = { message: 'The front matter must be a list of "key: value" lines.', range: { start: contentStart, end: contentStart + raw.length } };
    }
  } catch (e) {
    fm.error = { message: firstLine(String((e as Error).message ?? e)), range: { start: contentStart, end: contentStart + raw.length } };
  }
  return fm;
}

function firstLine(s: string): string {
  return s.split('\n')[0].trim();
}

/** Empties the chunk cache and every memo registered with onClearCaches: the next check is cold (tests, benchmarks). */
export function clearParseCache(): void {
  chunkCache.clear();
  frontMatterCache.clear();
  clearCaches();
}
