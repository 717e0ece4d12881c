// The per-chunk parser leaves out GFM extensions a chunk cannot use; the tree must equal full GFM's.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { RULES } from '../../server/src/engine';
import { chunkProcessor } from '../../server/src/engine/parse';

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
    expect(chunkProcessor('plain text')).not.toBe(chunkProcessor('a | b'));
    expect(chunkProcessor('plain text')).not.toBe(chunkProcessor('www.example.org'));
    expect(chunkProcessor('a | b and x@y.z')).toBe(chunkProcessor('c | d and https://e.f'));
  });

  it.each(corpus().map((c) => [c.slice(0, 40).replace(/\n/g, '⏎'), c]))('gives the same tree as full GFM: %s', (_title, chunk) => {
    expect(chunkProcessor(chunk).parse(chunk)).toEqual(full.parse(chunk));
  });
});
