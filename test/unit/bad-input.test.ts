// The engine never throws on bad input: it returns findings (or none) for anything it is given.
import { describe, expect, it } from 'vitest';
import { checkPlan, clearParseCache, lineNesting, MAX_NESTING, parseMarkdown, type CheckResult } from '../../server/src/engine';
import { LONG_CHUNK } from '../../server/src/engine/parse';

const PURPOSE = 'This group brings together new fathers so that they can support one another through the first year.';

// Checks and asserts the result is sane: no rule failed, every position lies inside the text.
// No time budget here: these tests are about completing on any input, whatever the machine's load
// (the budget has its own tests in hostile-input.test.ts).
function check(text: string): CheckResult {
  const result = checkPlan(text, undefined, { budgetMs: 600_000 });
  expect(result.ruleErrors).toEqual([]);
  for (const f of result.findings) {
    expect(f.range.start).toBeGreaterThanOrEqual(0);
    expect(f.range.end).toBeGreaterThanOrEqual(f.range.start);
    expect(f.range.end).toBeLessThanOrEqual(text.length);
    expect(f.start.line).toBeLessThan(result.plan.lines.lineCount);
  }
  return result;
}
const ids = (r: CheckResult) => r.findings.map((f) => f.ruleId);

describe('bad input', () => {
  it('an empty string is a plan with nothing in it', () => {
    const r = check('');
    expect(ids(r)).toContain('purpose-missing');
    expect(r.findings.every((f) => f.start.line === 0 && f.start.column === 0)).toBe(true);
  });

  it('whitespace only', () => {
    expect(ids(check('\n\n   \n\t\n'))).toContain('purpose-missing');
  });

  it('a document of only headings', () => {
    const r = check('# Plan\n## Purpose\n## Norms\n### Evaluation\n#### \n#\n');
    expect(r.plan.sections.filter((s) => s.element).map((s) => s.element!.id)).toEqual(['purpose', 'norms', 'evaluation']);
    // The Purpose heading is there but says nothing: still no purpose statement.
    expect(r.plan.purpose).toBeUndefined();
    expect(ids(r)).toContain('purpose-missing');
  });

  it('a binary-ish string with NUL and control characters', () => {
    const text = `\u0000\u0001\u0002# Pla\u0000n\n\n## Purpose\n\n${PURPOSE}\u0000\n\n\u0000\u0000\u0000\ufffd\ufffd\n`;
    const r = check(text);
    expect(r.plan.purpose?.text).toContain('new fathers');
  });

  it('random bytes decoded as text', () => {
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const text = Array.from({ length: 20000 }, () => String.fromCharCode(Math.floor(rnd() * 256))).join('');
    check(text);
  });

  it('broken YAML front matter is reported at the front matter, and the rest is still checked', () => {
    const text = `---\ngroupplan: true\ntype open-ended\n---\n\n# Plan\n\n## Purpose\n\n${PURPOSE}\n`;
    const r = check(text);
    const fm = r.findings.find((f) => f.ruleId === 'front-matter-invalid')!;
    expect(fm).toBeDefined();
    expect(fm.start.line).toBeGreaterThanOrEqual(1);
    expect(fm.end.line).toBeLessThanOrEqual(3);
    expect(fm.severity).toBe('error');
    expect(r.plan.purpose?.text).toBe(PURPOSE);
    expect(ids(r)).toContain('norms-missing');
    expect(ids(r)).not.toContain('purpose-missing');
  });

  it('front matter that is a list rather than keys is reported', () => {
    const r = check(`---\n- a\n- b\n---\n\n## Purpose\n\n${PURPOSE}\n`);
    expect(r.findings.find((f) => f.ruleId === 'front-matter-invalid')?.message).toBe(
      'The front matter could not be read: The front matter must be a list of "key: value" lines. The rest of the plan was still checked.',
    );
    expect(r.plan.purpose).toBeDefined();
  });

  it('unclosed front matter is reported at its opening line and the body is still read', () => {
    const text = `---\ngroupplan: true\n\n# Plan\n\n## Purpose\n\n${PURPOSE}\n`;
    const r = check(text);
    const fm = r.findings.find((f) => f.ruleId === 'front-matter-invalid')!;
    expect(fm.message).toBe('The front matter could not be read: The front matter starts with "---" but has no closing "---" line. The rest of the plan was still checked.');
    expect([fm.start.line, fm.start.column, fm.end.line, fm.end.column]).toEqual([0, 0, 0, 3]);
    expect(r.plan.purpose?.text).toBe(PURPOSE);
  });

  it('a 5 MB document completes with findings at valid positions', () => {
    clearParseCache();
    const parts: string[] = ['---\ngroupplan: true\ntype: classic\n---\n\n# A very long plan\n\n## Purpose\n\n', PURPOSE, '\n\n'];
    let size = 0;
    for (let i = 0; size < 5 * 1024 * 1024; i++) {
      let s = `## Session ${i}\n\n`;
      for (let j = 0; j < 15; j++) s += `In meeting ${i}, part ${j}, members talk with one another about what week ${i} brought, share what helped them, and agree on one small step to try.\n\n`;
      s += `- point ${i}\n- another point ${i}\n\n`;
      parts.push(s);
      size += s.length;
    }
    parts.push('<!-- groupplan-disable-next-line nope-rule -->\nend\n');
    const text = parts.join('');
    expect(text.length).toBeGreaterThan(5 * 1024 * 1024);
    const r = check(text);
    expect(r.plan.purpose?.text).toBe(PURPOSE);
    const unknown = r.findings.find((f) => f.ruleId === 'suppression-unknown-rule')!;
    expect(text.slice(unknown.range.start, unknown.range.end)).toBe('nope-rule');
    expect(unknown.start.line).toBe(r.plan.lines.lineCount - 3);
  }, 300_000); // a generous limit for a loaded machine: this test is about completing, not speed

  it('a long document without headings completes, read block by block as if it were one piece', () => {
    const n = 4000;
    const text = `# Plan\n\n${Array.from({ length: n }, (_, i) => `Meeting ${i}: members talk with one another.\n\n- point ${i}\n- another point ${i}\n\n`).join('')}`;
    expect(text.length).toBeGreaterThan(30 * LONG_CHUNK);
    const r = check(text);
    expect(r.plan.blocks.filter((b) => b.kind === 'paragraph')).toHaveLength(n);
    expect(r.plan.blocks.filter((b) => b.kind === 'listItem')).toHaveLength(2 * n);
    const last = r.plan.blocks[r.plan.blocks.length - 1];
    expect(text.slice(last.range.start, last.range.end)).toBe(`- another point ${n - 1}`);
  });

  it('long sections are never cut inside fenced code, comments or raw HTML that span blank lines', () => {
    // One long paragraph that each block interrupts directly (no blank line), so the piece is already
    // over LONG_CHUNK when the block starts and its inner blank lines are the first places to cut.
    const filler = `${'Members share what helped them this week. '.repeat(Math.ceil(LONG_CHUNK / 40))}\n`;
    const fenced = '```\nline one\n\nnot a paragraph\n\nstill code\n```\n';
    const comment = '<!--\nnote\n\nstill a comment\n-->\n';
    const pre = '<pre>\nkept\n\nas html\n</pre>\n';
    const text = `# Plan\n\n${filler}${fenced}\n${filler}${comment}\n${filler}${pre}\n${filler}`;
    const doc = parseMarkdown(text);
    const code = doc.blocks.filter((b) => b.kind === 'code');
    expect(code.map((b) => text.slice(b.range.start, b.range.end))).toEqual([fenced.trimEnd()]);
    expect(doc.comments.map((c) => c.value)).toEqual(['note\n\nstill a comment']);
    expect(doc.blocks.filter((b) => b.kind === 'html').map((b) => text.slice(b.range.start, b.range.end))).toEqual([comment.trimEnd(), pre.trimEnd()]);
    expect(doc.blocks.some((b) => b.kind === 'paragraph' && /not a paragraph|still code|as html|still a comment/.test(b.mapped.text))).toBe(false);
  });

  it('a 10,000-deep nested list completes: the deep part is reported and left out, the rest is checked', () => {
    const lines = Array.from({ length: 10000 }, (_, i) => `${'  '.repeat(i)}- x`);
    const text = `# Plan\n\n## Purpose\n\n${PURPOSE}\n\n## Notes\n\n${lines.join('\n')}\n\n## Norms\n\n- We talk to one another.\n`;
    const r = check(text);
    const skipped = r.findings.filter((f) => f.ruleId === 'part-not-checked');
    expect(skipped).toHaveLength(1);
    expect(skipped[0].message).toBe(`This part is nested more than ${MAX_NESTING} levels deep (lists or quotes inside one another), so it was not checked. Flatten the nesting; the rest of the plan was checked.`);
    // The cut starts where the estimated nesting first passes the limit.
    const firstDeep = lines.findIndex((l) => lineNesting(l, 0, l.length) > MAX_NESTING);
    expect(skipped[0].start.line).toBe(8 + firstDeep);
    expect(r.plan.purpose?.text).toBe(PURPOSE);
    expect(r.plan.norms?.items.map((i) => i.text)).toEqual(['We talk to one another.']);
    expect(ids(r)).not.toContain('norms-missing');
    // The lists above the limit are still read as lists.
    expect(r.plan.blocks.filter((b) => b.kind === 'listItem').length).toBeGreaterThanOrEqual(firstDeep);
  });

  it.each([
    ['10,000 quote markers on one line', `${'>'.repeat(10000)} x`],
    ['10,000 nested quotes, one per line', Array.from({ length: 10000 }, (_, i) => `${'>'.repeat(i + 1)} x`).join('\n')],
    ['10,000 spaced quote markers', `${'> '.repeat(10000)}x`],
    ['10,000 list markers on one line', `${'- '.repeat(10000)}x`],
    ['5,000 ordered list markers on one line', `${'1. '.repeat(5000)}x`],
    ['quotes and lists mixed', `${'> - '.repeat(5000)}x`],
    ['tab-indented nesting', Array.from({ length: 3000 }, (_, i) => `${'\t'.repeat(i)}- x`).join('\n')],
  ])('%s completes without a stack overflow', (_name, deep) => {
    const text = `# Plan\n\n${deep}\n\n## Purpose\n\n${PURPOSE}\n`;
    const r = check(text);
    expect(ids(r)).toContain('part-not-checked');
    expect(r.plan.purpose?.text).toBe(PURPOSE);
  });

  it('nesting within the limit is parsed normally and not reported', () => {
    const lines = Array.from({ length: 20 }, (_, i) => `${'  '.repeat(i)}- level ${i}`);
    const r = check(`# Plan\n\n${lines.join('\n')}\n\n${'>'.repeat(20)} deep quote\n`);
    expect(ids(r)).not.toContain('part-not-checked');
    expect(r.plan.blocks.filter((b) => b.kind === 'listItem').map((b) => b.depth)).toEqual(Array.from({ length: 20 }, (_, i) => i));
    expect(r.plan.blocks.some((b) => b.kind === 'paragraph' && b.mapped.text === 'deep quote')).toBe(true);
  });

  it('deeply indented lines inside fenced code are not cut', () => {
    const code = Array.from({ length: 300 }, (_, i) => `${' '.repeat(i * 2)}x`).join('\n');
    const r = check(`# Plan\n\n\`\`\`\n${code}\n\`\`\`\n`);
    expect(ids(r)).not.toContain('part-not-checked');
    expect(parseMarkdown(`\`\`\`\n${code}\n\`\`\`\n`).unparsed).toEqual([]);
  });

  it('CRLF line endings give the same lines and columns as LF', () => {
    const lf = `---\ngroupplan: true\ntype open-ended\n---\n\n# Plan\n\n<!-- groupplan-disable nrms-missing -->\n\n## Purpose\n\n${PURPOSE}\n`;
    const crlf = lf.replace(/\n/g, '\r\n');
    const pos = (r: CheckResult) => r.findings.map((f) => [f.ruleId, f.start.line, f.start.column, f.end.line, f.end.column]);
    const a = check(lf);
    const b = check(crlf);
    expect(pos(b)).toEqual(pos(a));
    expect(pos(a)).toContainEqual(['suppression-unknown-rule', 7, 23, 7, 35]);
    expect(pos(a)).toContainEqual(['front-matter-invalid', 2, 0, 2, 15]);
    const unknown = b.findings.find((f) => f.ruleId === 'suppression-unknown-rule')!;
    expect(crlf.slice(unknown.range.start, unknown.range.end)).toBe('nrms-missing');
    expect(b.plan.purpose?.text).toBe(PURPOSE);
  });

  it('a byte order mark does not hide the front matter or shift later lines', () => {
    const body = `---\ngroupplan: true\ntype: short-term\n---\n\n# Plan\n\n<!-- groupplan-disable nrms-missing -->\n\n## Purpose\n\n${PURPOSE}\n`;
    const r = check(`\uFEFF${body}`);
    expect(r.plan.meta.declared).toBe(true);
    expect(r.plan.meta.type).toBe('short-term');
    expect(ids(r)).not.toContain('front-matter-invalid');
    expect(ids(r)).not.toContain('group-type-missing');
    expect(r.findings.find((f) => f.ruleId === 'suppression-unknown-rule')?.start).toEqual({ line: 7, column: 23 });
    expect(r.plan.purpose?.text).toBe(PURPOSE);
  });

  it('a byte order mark before a heading without front matter', () => {
    const r = check(`\uFEFF# Plan\n\n## Purpose\n\n${PURPOSE}\n`);
    expect(r.plan.blocks[0]).toMatchObject({ kind: 'heading', depth: 1 });
    expect(r.plan.blocks[0].mapped.text).toBe('Plan');
    expect(r.plan.purpose?.text).toBe(PURPOSE);
  });

  it('lone surrogates and unusual line breaks', () => {
    check(`# Plan\r\r## Purpose\u2028\ud800\udfff\udc00x\n\n${PURPOSE}\u0085\n`);
  });

  it('an unterminated HTML comment and an unterminated code fence', () => {
    check(`# Plan\n\n<!-- groupplan-disable\n\n## Purpose\n\n${PURPOSE}\n`);
    const r = check(`# Plan\n\n\`\`\`\n## Purpose\n\n${PURPOSE}\n`);
    expect(r.plan.purpose).toBeUndefined();
  });
});
