// The generated files (docs pages, config schema, settings, README table) match the rules' metadata.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { RULES, PRESETS, TEMPLATES, DEFAULT_DOCS_BASE, resolveConfig, checkPlan, indexedPatterns, requiredFactors, factorKey, cueIndexSnapshots } from '../../server/src/engine';
// @ts-expect-error: plain ES module without types
import * as gen from '../../scripts/generate.mjs';

const engine = { RULES, PRESETS, TEMPLATES, DEFAULT_DOCS_BASE, checkPlan, indexedPatterns, requiredFactors, factorKey, cueIndexSnapshots };
const root = join(__dirname, '../..');
const { files, orphans } = gen.generateAll(engine, ...Object.values(gen.readFromDisk(root))) as { files: Record<string, string>; orphans: string[] };
const schema = JSON.parse(readFileSync(join(root, gen.SCHEMA_PATH), 'utf8'));
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

describe('generated files', () => {
  it.each(Object.keys(files))('%s is up to date (run `npm run generate`)', (path) => {
    expect(readFileSync(join(root, path), 'utf8')).toBe(files[path]);
  });

  it('has a docs page for every rule and no page without a rule', () => {
    const pages = (gen.readFromDisk(root).listDocs() as string[]).filter((n) => n.endsWith('.md') && n !== 'README.md');
    expect(orphans).toEqual([]);
    expect(pages.sort()).toEqual(RULES.map((r) => `${r.meta.id}.md`).sort());
  });

  it('reports a docs page that no rule owns', () => {
    const fake = gen.generateAll(engine, gen.readFromDisk(root).read, () => ['no-such-rule.md', 'README.md', ...RULES.map((r) => `${r.meta.id}.md`)]);
    expect(fake.orphans).toEqual(['docs/rules/no-such-rule.md']);
  });

  it('notices a stale page: the page changes when a rule description changes', () => {
    const rule = RULES[0];
    const changed = { ...rule, meta: { ...rule.meta, description: `${rule.meta.description} (changed)` } };
    expect(gen.ruleDoc(changed, engine)).not.toBe(files[`docs/rules/${rule.meta.id}.md`]);
  });
});

describe('config schema', () => {
  it('accepts severities, options and presets for every rule', () => {
    const rules: Record<string, unknown> = {};
    for (const r of RULES) rules[r.meta.id] = 'off';
    expect(validate({ $schema: gen.SCHEMA_ID, extends: ['recommended', 'strict'], template: 'toseland-rivas', rules })).toBe(true);
    for (const r of RULES) {
      const options = Object.fromEntries(Object.entries(r.meta.options ?? {}).map(([k, s]) => [k, (s as { default?: unknown }).default]));
      const setting = { severity: 'warning', ...options };
      expect(validate({ rules: { [r.meta.id]: setting } }), r.meta.id).toBe(true);
      // What the schema accepts, the engine accepts too.
      expect(resolveConfig([{ name: 't', input: { rules: { [r.meta.id]: setting } } }], RULES).problems).toEqual([]);
    }
  });

  it('accepts a custom template with elements', () => {
    expect(validate({ template: 'custom', elements: [{ id: 'purpose' }, { id: 'x', title: 'X', aliases: ['ex'], question: 'Why?', required: false }] })).toBe(true);
  });

  it('rejects unknown rules, severities, options, presets, templates and keys', () => {
    expect(validate({ rules: { 'no-such-rule': 'error' } })).toBe(false);
    expect(validate({ rules: { [RULES[0].meta.id]: 'loud' } })).toBe(false);
    expect(validate({ rules: { [RULES[0].meta.id]: { severity: 'error', noSuchOption: 1 } } })).toBe(false);
    expect(validate({ extends: './rules.js' })).toBe(false);
    expect(validate({ extends: ['strict', 'shared rules'] })).toBe(false);
    // Presets, shared files and packages are all accepted.
    expect(validate({ extends: ['strict', '../course/groupplan.yaml', '@sw610/groupplan-config'] })).toBe(true);
    expect(validate({ template: 'freud' })).toBe(false);
    expect(validate({ elements: [{ title: 'no id' }] })).toBe(false);
    expect(validate({ colour: 'blue' })).toBe(false);
  });
});

describe('package.json contributions', () => {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  it('has a setting per rule linking its docs page', () => {
    const props = pkg.contributes.configuration.properties['groupplan.rules'].properties;
    expect(Object.keys(props)).toEqual(RULES.map((r) => r.meta.id));
    for (const r of RULES) expect(props[r.meta.id].markdownDescription).toContain(`${DEFAULT_DOCS_BASE}${r.meta.id}.md`);
  });
  it('wires the schema to the config files', () => {
    expect(pkg.contributes.jsonValidation.map((v: { fileMatch: string }) => v.fileMatch)).toEqual(['.groupplan.json', '.groupplan.jsonc']);
    for (const v of pkg.contributes.jsonValidation) expect(v.url).toBe(`./${gen.SCHEMA_PATH}`);
  });
});
