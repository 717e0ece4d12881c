// `groupplan config <file>` through the real bin: the effective configuration for a file.
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, tempDir, writeFiles } from './helpers';

describe('groupplan config', () => {
  it('prints the defaults when no config file governs the file', () => {
    const cwd = writeFiles(tempDir(), { 'plan.md': '# x\n' });
    const r = run(['config', 'plan.md'], { cwd });
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.file).toBe(path.join(cwd, 'plan.md'));
    expect(out.configFile).toBeNull();
    expect(out.presets).toEqual([]);
    expect(out.template.id).toBe('kurland');
    expect(out.template.elements.map((e: { id: string }) => e.id)).toEqual(['need', 'purpose', 'composition', 'structure', 'content', 'pre-group-contact', 'agency-context', 'social-context', 'norms', 'evaluation']);
    expect(out.rules['group-type-missing']).toEqual({ severity: 'info', options: {} });
    expect(out.rules['purpose-missing'].severity).toBe('error');
  });

  it('resolves a YAML config found by walking up, with extends: strict, a template and rule settings', () => {
    const cwd = writeFiles(tempDir(), {
      'course/.groupplan.yaml': 'extends: strict\ntemplate: toseland-rivas\nrules:\n  norms-missing: error\n  plan-section-missing: off\n',
      'course/week1/plan.md': '# x\n',
    });
    const r = run(['config', 'course/week1/plan.md'], { cwd });
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.configFile).toBe(path.join(cwd, 'course', '.groupplan.yaml'));
    expect(out.presets).toEqual(['strict']);
    expect(out.template.id).toBe('toseland-rivas');
    expect(out.template.elements[0]).toEqual({ id: 'abstract', title: 'Abstract', required: true });
    expect(out.rules['group-type-missing'].severity).toBe('warning'); // raised by the strict preset
    expect(out.rules['norms-missing'].severity).toBe('error');
    expect(out.rules['plan-section-missing'].severity).toBe('off');
    expect(out.problems).toEqual([]);
  });

  it('applies --config and --rule like lint does', () => {
    const cwd = writeFiles(tempDir(), { 'plan.md': '# x\n', 'c.json': '{ "rules": { "norms-missing": "info" } }' });
    const out = JSON.parse(run(['config', 'plan.md', '--config', 'c.json', '--rule', 'purpose-missing=off'], { cwd }).stdout);
    expect(out.configFile).toBe(path.join(cwd, 'c.json'));
    expect(out.rules['norms-missing'].severity).toBe('info');
    expect(out.rules['purpose-missing'].severity).toBe('off');
  });

  it('a custom template lists its elements', () => {
    const cwd = writeFiles(tempDir(), {
      '.groupplan.json': JSON.stringify({ template: 'custom', elements: [{ id: 'purpose' }, { id: 'risks', title: 'Risks', aliases: ['risk', 'safety'] }] }),
      'plan.md': '# x\n',
    });
    const out = JSON.parse(run(['config', 'plan.md'], { cwd }).stdout);
    expect(out.template).toEqual({ id: 'custom', elements: [{ id: 'purpose', title: 'Purpose', required: true }, { id: 'risks', title: 'Risks', required: true }] });
  });

  it('a broken config exits 2 and names the file and setting', () => {
    const cwd = writeFiles(tempDir(), { '.groupplan.yaml': 'extends: strict\nrules:\n  norms-missing: sometimes\n', 'plan.md': '# x\n' });
    const r = run(['config', 'plan.md'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/config problem in .*\.groupplan\.yaml, setting "rules\.norms-missing": "sometimes" is not a severity/);
  });

  it('without a file it is a usage error', () => {
    const r = run(['config'], { cwd: tempDir() });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Name the file whose configuration to show/);
  });
});
