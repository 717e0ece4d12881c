// What the .vsix holds, as vsce lists it: everything the extension loads, and nothing it does not.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');
const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const listed = execFileSync(process.execPath, [require.resolve('@vscode/vsce/vsce'), 'ls', '--no-dependencies'], { cwd: ROOT, encoding: 'utf8' })
  .split('\n')
  .map((l) => l.trim())
  .filter(Boolean);

describe('the .vsix', () => {
  it('has what a store asks for: licence, changelog, a 128 × 128 icon, repository and homepage', () => {
    for (const f of ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md', manifest.icon]) expect(listed).toContain(f);
    const png = fs.readFileSync(path.join(ROOT, manifest.icon));
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([128, 128]);
    expect(manifest.repository.url).toMatch(/^https:\/\/github\.com\//);
    expect(manifest.homepage).toMatch(/^https:\/\//);
    // Packing needs no bypass flag.
    expect(fs.readFileSync(path.join(ROOT, 'scripts/package.mjs'), 'utf8')).not.toMatch(/--allow-missing-repository|--skip-license/);
  });

  it('ships every bundle the shipped code loads', () => {
    const bundles = new Set(fs.readdirSync(path.join(ROOT, 'dist')).filter((f) => f.endsWith('.js')));
    const shipped = listed.filter((f) => f.startsWith('dist/')).map((f) => f.slice(5));
    expect(shipped).toContain(path.basename(manifest.main));
    const missing: string[] = [];
    for (const b of shipped) {
      const text = fs.readFileSync(path.join(ROOT, 'dist', b), 'utf8');
      for (const [, name] of text.matchAll(/["']([\w-]+\.js)["']/g)) {
        if (!bundles.has(name) || shipped.includes(name)) continue;
        missing.push(`${b} -> ${name}`);
      }
    }
    // cli.js's lint runs files on lint-worker.js; the extension runs cli.js only to grade.
    expect(fs.readFileSync(path.join(ROOT, 'client/src/commands.ts'), 'utf8')).toMatch(/fork\(cli, \['grade', /);
    expect(missing).toEqual(['cli.js -> lint-worker.js']);
  });

  it('ships the web build: the browser entry and the server worker it starts', () => {
    expect(manifest.browser).toBe('./dist/web/extension.js');
    expect(listed).toContain('dist/web/extension.js');
    expect(listed).toContain('dist/web/server.js');
    expect(fs.readFileSync(path.join(ROOT, 'dist/web/extension.js'), 'utf8')).toMatch(/"dist",\s*"web",\s*"server\.js"/);
  });

  it('ships every file the manifest points at, and the rules\' pages the diagnostics link to', () => {
    const contributes = manifest.contributes;
    const paths = [
      ...(contributes.snippets ?? []).map((s: { path: string }) => s.path),
      ...(contributes.grammars ?? []).map((g: { path: string }) => g.path),
    ].map((p: string) => p.replace(/^\.\//, ''));
    expect(paths.length).toBeGreaterThan(0);
    for (const p of paths) expect(listed).toContain(p);
    for (const page of fs.readdirSync(path.join(ROOT, 'docs/rules'))) expect(listed).toContain(`docs/rules/${page}`);
  });

  it('leaves out sources, tests, corpora and dependencies', () => {
    expect(listed.filter((f) => /^(server|client|test|scripts|node_modules)\/|\.ts$|\.map$/.test(f))).toEqual([]);
  });
});
