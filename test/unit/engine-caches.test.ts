// The engine's caches (parsed chunks, heading matches) never change a result.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TEMPLATES, checkPlan, clearParseCache, resolveConfig, RULES, parseMarkdown, splitSentences } from '../../server/src/engine';
import { compileAliases, matchHeading } from '../../server/src/engine/elements';
import { onClearCaches } from '../../server/src/engine/text';

const good = readFileSync(join(__dirname, '../../samples/good-plan.md'), 'utf8');

describe('heading matches are remembered per template', () => {
  it('gives each template its own answer for the same heading', () => {
    const kurland = compileAliases(TEMPLATES.kurland);
    const tr = compileAliases(TEMPLATES['toseland-rivas']);
    for (let i = 0; i < 2; i++) {
      expect(matchHeading('Membership', kurland)?.id).toBe('composition');
      expect(matchHeading('Membership', tr)?.id).toBe('membership');
      expect(matchHeading('Random notes', kurland)).toBeUndefined();
    }
  });

  it('keeps custom templates apart', () => {
    const a = resolveConfig([{ name: 'a', input: { template: 'custom', elements: [{ id: 'hopes', title: 'Hopes', aliases: ['wishes'] }] } }], RULES).config.template;
    const b = resolveConfig([{ name: 'b', input: { template: 'custom', elements: [{ id: 'fears', title: 'Fears', aliases: ['wishes'] }] } }], RULES).config.template;
    expect(matchHeading('Our wishes', compileAliases(a))?.id).toBe('hopes');
    expect(matchHeading('Our wishes', compileAliases(b))?.id).toBe('fears');
  });
});

describe('re-checking after edits', () => {
  const edits: ((t: string) => string)[] = [
    (t) => t.replace('## Norms', '## Ground rules'),
    (t) => t.replace('## Purpose\n', '## Purpose\n\nA new first paragraph.\n'),
    (t) => t.replace('## Evaluation', 'Evaluation\n==========\n'),
    (t) => t.replace('- We make decisions', '<!-- groupplan-disable-next-line norms-missing -->\n- We make decisions'),
    (t) => t.replace('## Structure', '| a | b |\n|---|---|\n| www.example.org | x@y.org |\n\n## Structure'),
    (t) => t.replace(/## Norms[\s\S]*?## Evaluation/, '## Evaluation'),
    (t) => `${t}\n# Appendix\n\n\`\`\`\n# not a heading\n\`\`\`\n`,
    (t) => t.replace('type: short-term', 'type: weekly'),
    (t) => t.replace('sessions: 8', 'sessions: [8'),
    (t) => t.replace('sessions: [8', 'sessions: 8').replace('type: weekly', 'type: short-term'),
  ];

  it('gives the same findings and blocks as a check with an empty cache', () => {
    let text = good;
    checkPlan(text);
    for (const edit of edits) {
      text = edit(text);
      const warm = checkPlan(text);
      const warmDoc = parseMarkdown(text);
      clearParseCache();
      const cold = checkPlan(text);
      const coldDoc = parseMarkdown(text);
      expect(warm.findings).toEqual(cold.findings);
      expect(warmDoc.frontMatter).toEqual(coldDoc.frontMatter);
      expect(warmDoc.blocks).toEqual(coldDoc.blocks);
      expect(warmDoc.comments).toEqual(coldDoc.comments);
      expect(warm.plan.sections.map((s) => [s.title, s.element?.id, s.range])).toEqual(cold.plan.sections.map((s) => [s.title, s.element?.id, s.range]));
    }
  });
});

describe('sentences are remembered per text', () => {
  const text = 'Members meet weekly. They share tips, e.g. on sleep. Why? Because it helps.';
  it('gives each mapping its own source ranges for the same text', () => {
    const a = splitSentences({ text, segments: [{ plain: 0, source: 0, length: text.length }] });
    const b = splitSentences({ text, segments: [{ plain: 0, source: 100, length: text.length }] });
    expect(a.map((s) => s.text)).toEqual(['Members meet weekly.', 'They share tips, e.g. on sleep.', 'Why?', 'Because it helps.']);
    expect(b.map((s) => s.text)).toEqual(a.map((s) => s.text));
    expect(b.map((s) => s.range.start - 100)).toEqual(a.map((s) => s.range.start));
  });

  it('hands out a fresh list each time, so a caller that changes it changes nothing else', () => {
    const mapped = { text, segments: [{ plain: 0, source: 0, length: text.length }] };
    const first = splitSentences(mapped);
    first.pop();
    expect(splitSentences(mapped)).toHaveLength(4);
  });
});

describe('clearParseCache', () => {
  it('empties every registered memo, so the next check is cold', () => {
    let cleared = 0;
    onClearCaches(() => cleared++);
    clearParseCache();
    expect(cleared).toBe(1);
  });
});
