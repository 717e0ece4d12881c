// A course can share its configuration: `extends` names config files (paths) and installed packages
// besides the presets, and they apply below the extending file, in order.
import { describe, expect, it } from 'vitest';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { loadConfigFor } from '../../server/src/node/config-loader';

function tree(files: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'groupplan-extends-'));
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), text);
  }
  return root;
}

const sev = (root: string, doc: string, id: string) => loadConfigFor(path.join(root, doc)).config.rules[id].severity;

describe('extends: shared config files and packages', () => {
  it('a file path, relative to the extending file, applies below it; the file\'s own rules win', () => {
    const root = tree({
      'course/groupplan.yaml': 'rules:\n  norms-missing: error\n  group-type-missing: warning\n',
      'students/ana/.groupplan.yaml': 'extends: ../../course/groupplan.yaml\nrules:\n  group-type-missing: off\n',
    });
    const loaded = loadConfigFor(path.join(root, 'students/ana/plan.md'));
    expect(loaded.problems).toEqual([]);
    expect(loaded.config.rules['norms-missing'].severity).toBe('error');
    expect(loaded.config.rules['group-type-missing'].severity).toBe('off');
    expect(loaded.layers.map((l) => path.relative(root, l.name))).toEqual(['course/groupplan.yaml', 'students/ana/.groupplan.yaml']);
  });

  it('presets and files mix, in order, and a chain of files is followed', () => {
    const root = tree({
      'dept.json': '{ "rules": { "evaluation-missing": "error", "norms-missing": "info" } }',
      'course.yaml': 'extends: ./dept.json\nrules:\n  norms-missing: warning\n',
      'plans/.groupplan.json': '{ "extends": ["strict", "../course.yaml"] }',
    });
    expect(loadConfigFor(path.join(root, 'plans/p.md')).problems).toEqual([]);
    expect(sev(root, 'plans/p.md', 'evaluation-missing')).toBe('error');
    expect(sev(root, 'plans/p.md', 'norms-missing')).toBe('warning');
    expect(loadConfigFor(path.join(root, 'plans/p.md')).config.presets).toEqual(['strict']);
  });

  it('an installed package: its package.json names the config file, found from the extending file up', () => {
    const root = tree({
      'node_modules/@sw610/groupplan-config/package.json': '{ "name": "@sw610/groupplan-config", "version": "1.0.0", "groupplan": "config.yaml" }',
      'node_modules/@sw610/groupplan-config/config.yaml': 'rules:\n  purpose-not-concise: warning\n',
      'node_modules/plain-config/package.json': '{ "name": "plain-config" }',
      'node_modules/plain-config/.groupplan.json': '{ "rules": { "dynamics-not-planned": "error" } }',
      'term1/.groupplan.yaml': 'extends: ["@sw610/groupplan-config", plain-config]\n',
    });
    expect(loadConfigFor(path.join(root, 'term1/plan.md')).problems).toEqual([]);
    expect(sev(root, 'term1/plan.md', 'purpose-not-concise')).toBe('warning');
    expect(sev(root, 'term1/plan.md', 'dynamics-not-planned')).toBe('error');
  });

  it('a missing file, a missing package, code, a loop and a package pointing outside itself are config problems naming the file', () => {
    const root = tree({
      'a/.groupplan.yaml': 'extends: ./nope.yaml\n',
      'b/.groupplan.yaml': 'extends: some-course-config\n',
      'c/.groupplan.yaml': 'extends: ./rules.js\n',
      'c/rules.js': 'module.exports = {}',
      'd/.groupplan.yaml': 'extends: ./other.yaml\n',
      'd/other.yaml': 'extends: ./.groupplan.yaml\n',
      'e/node_modules/sneaky/package.json': '{ "name": "sneaky", "groupplan": "../../../secret.yaml" }',
      'e/.groupplan.yaml': 'extends: sneaky\n',
    });
    const problem = (dir: string) => loadConfigFor(path.join(root, dir, 'p.md')).problems.map((p) => ({ ...p, source: path.relative(root, p.source ?? '') }));
    expect(problem('a')).toEqual([{ message: expect.stringMatching(/^The config file "\.\/nope\.yaml" named in extends does not exist/), path: '/extends', source: 'a/.groupplan.yaml' }]);
    expect(problem('b')).toEqual([{ message: expect.stringMatching(/^"some-course-config" is not a preset \(recommended, strict\), and no package of that name is installed/), path: '/extends', source: 'b/.groupplan.yaml' }]);
    expect(problem('c')[0].message).toMatch(/is not a config file: extends reads JSON or YAML files .*never code/);
    expect(problem('d')[0].message).toMatch(/extends a config file that extends this one \(\.groupplan\.yaml → other\.yaml → \.groupplan\.yaml\)/);
    expect(problem('e')[0].message).toBe('The package "sneaky" names a config file outside the package ("../../../secret.yaml").');
  });
});
