// The snippet file: in date with its generator, described, and its plan skeletons pass the checker.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as engine from '../../server/src/engine';
import { expandSnippet, skeletonBody, type SnippetEntry } from '../../client/src/text';
// @ts-expect-error: plain ES module without types
import { snippetsText, normsFromEngine } from '../../scripts/snippets.mjs';

const FILE = new URL('../../snippets/groupplan.code-snippets', import.meta.url);
const text = readFileSync(FILE, 'utf8');
const snippets = JSON.parse(text) as Record<string, SnippetEntry>;

describe('snippets/groupplan.code-snippets', () => {
  it('is what scripts/snippets.mjs generates from the engine (run `npm run snippets` when this fails)', () => {
    expect(text).toBe(snippetsText(engine, normsFromEngine(engine)));
  });

  it('gives every snippet a description and a gp- prefix', () => {
    for (const [name, s] of Object.entries(snippets)) {
      expect(s.description, name).toMatch(/\w{3,}.*\w/);
      for (const p of [s.prefix].flat()) expect(p, name).toMatch(/^gp-[a-z-]+$/);
    }
  });

  it('has a skeleton for every template and group type, with every section of the template in order', () => {
    for (const template of Object.values(engine.TEMPLATES)) {
      for (const type of engine.GROUP_TYPES) {
        const body = skeletonBody(snippets, template.id, type);
        expect(body, `${template.id}, ${type}`).toBeDefined();
        const headings = [...expandSnippet(body!).matchAll(/^## (.+)$/gm)].map((m) => m[1]);
        expect(headings).toEqual(template.elements.map((e) => e.title));
      }
    }
  });

  it('makes skeletons the checker accepts: no missing section, purpose, norms or type', () => {
    for (const template of Object.values(engine.TEMPLATES)) {
      const { config } = engine.resolveConfig([{ name: 'test', input: { template: template.id } }], engine.RULES);
      for (const type of engine.GROUP_TYPES) {
        const plan = expandSnippet(skeletonBody(snippets, template.id, type)!);
        expect(plan).toContain(`type: ${type}`);
        const { findings } = engine.checkPlan(plan, config);
        const structural = findings.filter((f) => ['plan-section-missing', 'purpose-missing', 'norms-missing', 'group-type-missing', 'front-matter-invalid'].includes(f.ruleId));
        expect(structural.map((f) => `${f.ruleId}: ${f.message}`), `${template.id}, ${type}`).toEqual([]);
      }
    }
  });

  it('has section, purpose, norms, session outline and suppression snippets', () => {
    const prefixes = Object.values(snippets).flatMap((s) => [s.prefix].flat());
    for (const p of ['gp-purpose', 'gp-norms', 'gp-session', 'gp-front-matter', 'gp-disable-next-line', 'gp-disable', 'gp-enable', 'gp-disable-file', 'gp-section-purpose', 'gp-section-evaluation']) {
      expect(prefixes).toContain(p);
    }
    const purpose = Object.values(snippets).find((s) => s.prefix === 'gp-purpose')!;
    expect(purpose.body.join('\n')).toMatch(/\$\{1:[^}]+\}.*\$\{2:[^}]+\}.*\$\{3:[^}]+\}/);
    const norms = Object.values(snippets).find((s) => s.prefix === 'gp-norms')!;
    expect(norms.body.filter((l) => l.startsWith('- '))).toHaveLength(engine.SNIPPET_NORMS.length);
    const disable = Object.values(snippets).find((s) => s.prefix === 'gp-disable-next-line')!;
    expect(expandSnippet(disable.body.join('\n'))).toBe('<!-- groupplan-disable-next-line rule-id -->');
  });

  it('suppression snippets produce comments the engine reads as directives', () => {
    const body = Object.values(snippets).find((s) => s.prefix === 'gp-disable-file')!.body.join('\n').replace('${1:rule-id}', 'group-type-missing');
    const plan = `---\ngroupplan: true\n---\n\n${expandSnippet(body)}\n# Plan\n`;
    const before = engine.checkPlan('---\ngroupplan: true\n---\n\n# Plan\n').findings;
    const after = engine.checkPlan(plan).findings;
    expect(before.some((f) => f.ruleId === 'group-type-missing')).toBe(true);
    expect(after.filter((f) => f.ruleId === 'suppression-unknown-rule')).toEqual([]);
    expect(after.some((f) => f.ruleId === 'group-type-missing')).toBe(false);
  });
});
