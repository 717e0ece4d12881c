// The per-chunk parser leaves out GFM extensions a chunk cannot use; the tree must equal full GFM's.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { RULES } from '../../server/src/engine';
import { chunkProcessor, parseChunk, parseMarkdown, splitChunks, hasTableDelimiter, type Block } from '../../server/src/engine/parse';
import { makePlan } from '../../scripts/bench/check.mjs';

const full = unified().use(remarkParse).use(remarkGfm);

const TRICKY = [
  'A plain paragraph with no special characters.\n\n- a list\n- [ ] a task\n- [x] done\n',
  '| a | b |\n|---|---|\n| 1 | 2 |\n',
  'a | b\n-- | --\n1 | 2\n',
  'Not a table: a | b\n',
  '```\n| in code |\n```\n',
  'Visit www.example.org or https://example.org/x?y=1, or write to worker@clinic.example.',
  'WWW.EXAMPLE.ORG and HTTP://EXAMPLE.ORG and Https://Example.org',
  'mailto:someone@example.org and xmpp:someone@example.org/res',
  'No link: www example, http:/ /x, at-sign-free text, wwwexample.',
  '~~struck~~ and ~single~ and a footnote[^1].\n\n[^1]: The note, with http://example.org.\n',
  'Escaped \\| pipe and \\* star &amp; entity &copy; and `code | span`.',
  '> quote with | pipe\n> and www.example.org\n',
  '1. first\n   | nested | table |\n   |---|---|\n   | x | y |\n2. second @handle\n',
  '<div>\n| html |\n</div>\n\n<!-- comment with www.example.org -->\n',
  'Line one  \nline two with a trailing break\\\nand [a link](http://example.org) and <https://example.org>.\n',
  '| only one pipe\n',
  '|\n-|\n',
  'email-ish: a@b, a@b.c, @b.c, a.@b.c\n',
  // Tables without a single pipe: a colon in the delimiter row is enough.
  'abc\n:-:\nxyz\n',
  'Name\n:--\nvalue\n\nProse after.\n',
  '> a | b\n> --|--\n> 1 | 2\n',
  'Not a table:\n---\n\nnor this\n- - -\n',
];

function chunksOf(text: string): string[] {
  return text.split(/\n(?=#{1,6} )/).map((c, i, all) => (i < all.length - 1 ? `${c}\n` : c));
}

function corpus(): string[] {
  const out = [...TRICKY];
  const samples = join(__dirname, '../../samples');
  for (const f of readdirSync(samples).filter((n) => n.endsWith('.md'))) out.push(...chunksOf(readFileSync(join(samples, f), 'utf8')));
  for (const r of RULES) for (const e of r.meta.examples) out.push(...chunksOf(e.text), ...(e.fixed ? chunksOf(e.fixed) : []));
  return out;
}

describe('per-chunk GFM parser', () => {
  it('leaves out tables and autolink literals only when a chunk cannot contain them', () => {
    expect(chunkProcessor('plain text')).not.toBe(chunkProcessor('a | b\n--|--'));
    expect(chunkProcessor('plain text')).toBe(chunkProcessor('a | b, a pipe but no delimiter row'));
    expect(chunkProcessor('plain text')).not.toBe(chunkProcessor('www.example.org'));
    expect(chunkProcessor('a | b\n-|-\nand x@y.z')).toBe(chunkProcessor('c | d\n:-\nand https://e.f'));
  });

  it.each(corpus().map((c) => [c.slice(0, 40).replace(/\n/g, '⏎'), c]))('gives the same tree as full GFM: %s', (_title, chunk) => {
    expect(chunkProcessor(chunk).parse(chunk)).toEqual(full.parse(chunk));
  });
});

describe('hasTableDelimiter', () => {
  it('finds lines that could be a delimiter row and no others', () => {
    for (const yes of ['|---|---|', ' :-: | --', '> > |-|', '   -|-', ':--', '--:|\r']) expect(hasTableDelimiter(`head\n${yes}\n`), yes).toBe(true);
    for (const no of ['---', '- - -', '| a | b |', 'a | - |', '***', '- item', '> ---']) expect(hasTableDelimiter(`head\n${no}\n`), no).toBe(false);
  });
});

// Chunks with a table are cut around it; the blocks must be those of parsing each section whole.
describe('chunks cut around tables', () => {
  const TABLES = [
    'Intro para.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\nAfter para.\n',
    '- one\n\n- two\n\n| a |\n|---|\n\n- three\n',
    '1. a\n\n2. b\n\n| x | y |\n|--|--|\n\n3. c\n',
    '1. first\n\n   | a | b |\n   |---|---|\n2. second\n\nProse.\n',
    '```\n| a |\n\n|---|\n```\n\npara\n\n| t |\n|--|\n',
    '<!-- x\n\n| a |\n|--|\n-->\n\npara\n\n| b |\n|--|\n',
    '<pre>\n\nplain\n\n</pre>\n\n| b |\n|--|\n\nend\n',
    'Name\n:--\nvalue\n\nProse after *with emphasis*.\n',
    '> quoted\n\n> a | b\n> --|--\n\nText\n',
    '[x]: http://example.org\n\n| a |\n|--|\n\nsee [x]\n',
    'A paragraph\nwith | a pipe\n\n| a |\n|--|\n| 1 |\n\n    indented code\n\nlast\n',
  ];

  // The sections as they were cut before tables were split out: merge every chunk that does not
  // start a new heading into the one before.
  function sections(text: string): [number, number][] {
    const out: [number, number][] = [];
    for (const [s, e] of splitChunks(text, parseMarkdown(text).frontMatter?.range.end ?? 0)) {
      if (out.length && !/^#{1,6}(\s|$)/.test(text.slice(s, s + 8))) out[out.length - 1][1] = e;
      else out.push([s, e]);
    }
    return out;
  }

  const view = (b: Block, by: number) => ({ kind: b.kind, start: b.range.start + by, end: b.range.end + by, depth: b.depth, ordered: b.ordered, text: b.mapped.text, segments: b.mapped.segments.map((g) => ({ ...g, source: g.source + by })) });

  const texts = [...TABLES, ...TABLES.map((t) => `# Plan\n\n## Part\n\n${t}\n## Next\n\n${t}`), makePlan(20 * 1024)];

  it.each(texts.map((t) => [t.slice(0, 40).replace(/\n/g, '⏎'), t]))('gives the blocks of the whole section: %s', (_title, text) => {
    const expected = sections(text).flatMap(([s, e]) => parseChunk(text.slice(s, e)).blocks.map((b) => view(b, s)));
    expect(parseMarkdown(text).blocks.map((b) => view(b, 0))).toEqual(expected);
  });

  it('cuts the plan of the benchmark into prose chunks and table chunks', () => {
    const text = makePlan(20 * 1024);
    const chunks = splitChunks(text, parseMarkdown(text).frontMatter?.range.end ?? 0).map(([s, e]) => text.slice(s, e));
    const withTable = chunks.filter((c) => hasTableDelimiter(c));
    expect(withTable.length).toBeGreaterThan(10);
    // Every chunk with a table is the table alone: prose is left to the cheaper parser.
    for (const c of withTable) expect(c.trim().split('\n').every((line) => line.trim().startsWith('|'))).toBe(true);
  });
});
