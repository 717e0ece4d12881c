// `lint --fix` never deletes a student's words: on every sample plan and every real plan fragment in
// the corpus, every word of the original is still in the fixed text as often as before (fixes add
// text, move text to Content, or keep the original as the earlier draft).
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaults } from '../../server/src/engine';
import { fixText } from '../../server/src/cli/lint';

const ROOT = path.resolve(__dirname, '../..');
const plans = [
  ...readdirSync(path.join(ROOT, 'samples')).filter((f) => f.endsWith('.md')).map((f) => path.join(ROOT, 'samples', f)),
  ...['plans', 'plans-shared'].flatMap((d) => readdirSync(path.join(ROOT, 'test/corpus/real', d)).filter((f) => f.endsWith('.md')).map((f) => path.join(ROOT, 'test/corpus/real', d, f))),
];

// How many times each word stands in a text (letters and digits; Markdown punctuation does not count).
function wordCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const w of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) counts.set(w, (counts.get(w) ?? 0) + 1);
  return counts;
}

describe('--fix keeps every word the student wrote', () => {
  it('covers the samples and the real plans', () => expect(plans.length).toBeGreaterThan(50));
  for (const file of plans) {
    it(path.relative(ROOT, file), () => {
      const text = readFileSync(file, 'utf8');
      const fixed = fixText(text, defaults()).text;
      // Front matter holds settings (a fix may correct a declared type), not the student's sentences.
      const body = (t: string): string => t.replace(/^---\n[\s\S]*?\n---\n/, '');
      const after = wordCounts(body(fixed));
      // Every word as often as before: fixes add, move or mark text as the earlier draft, never delete.
      const lost = [...wordCounts(body(text))].filter(([w, n]) => (after.get(w) ?? 0) < n).map(([w, n]) => `${w} (${n} -> ${after.get(w) ?? 0})`);
      expect(lost).toEqual([]);
    });
  }
});
