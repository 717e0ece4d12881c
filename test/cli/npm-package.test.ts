// The npm package: `npm pack` ships the built command and engine, and a global install from the
// tarball gives a working `groupplan` and `require('groupplan')`, with nothing fetched (the bundles
// need no dependencies).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.join(__dirname, '../..');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'groupplan-npm-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const npm = (args: string[], cwd: string) => spawnSync('npm', args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false', npm_config_offline: 'true' } });

describe('npm package', () => {
  it('packs the command, its bundles, the engine, rule docs and licence, and nothing of the sources', () => {
    // --ignore-scripts: the tests run after the build (prepack would build again).
    const r = npm(['pack', '--dry-run', '--json', '--ignore-scripts'], root);
    expect(r.status, r.stderr).toBe(0);
    const files = (JSON.parse(r.stdout) as { files: { path: string }[] }[])[0].files.map((f) => f.path).sort();
    for (const f of ['LICENSE', 'README.md', 'package.json', 'bin/groupplan.js', 'dist/cli.js', 'dist/cli-grade.js', 'dist/grade-worker.js', 'dist/lint-worker.js', 'dist/pdf.js', 'dist/engine.cjs', 'docs/rules/purpose-missing.md', 'schemas/groupplan.schema.json']) expect(files).toContain(f);
    expect(files.filter((f) => /^(server|client|test|scripts|samples|node_modules)\//.test(f) || f.endsWith('.map') || f.endsWith('.ts'))).toEqual([]);
    expect(files).not.toContain('dist/client.js');
  });

  it('installs from the tarball into a fresh prefix, and the command and the engine work there', () => {
    const packed = npm(['pack', '--ignore-scripts', '--pack-destination', tmp], root);
    expect(packed.status, packed.stderr).toBe(0);
    const tarball = path.join(tmp, packed.stdout.trim().split('\n').pop()!);
    const prefix = path.join(tmp, 'prefix');
    const installed = npm(['install', '--global', '--prefix', prefix, tarball], tmp);
    expect(installed.status, installed.stderr).toBe(0);
    const bin = path.join(prefix, 'bin', 'groupplan');
    const plan = path.join(tmp, 'plan.md');
    fs.copyFileSync(path.join(root, 'samples/flawed-missing-parts.md'), plan);
    const lint = spawnSync(bin, ['lint', plan, '--format', 'json'], { cwd: tmp, encoding: 'utf8' });
    expect(lint.status, lint.stderr).toBe(0);
    expect(JSON.parse(lint.stdout)[0].messages.map((m: { ruleId: string }) => m.ruleId)).toContain('purpose-describes-content');
    // The grader's own bundle is loaded from the install.
    const grade = spawnSync(bin, ['grade', plan, '--out', path.join(tmp, 'out'), '--quiet'], { cwd: tmp, encoding: 'utf8' });
    expect(grade.status, grade.stderr).toBe(0);
    expect(fs.existsSync(path.join(tmp, 'out', 'report.html'))).toBe(true);
    // require('groupplan') is the engine, not the VS Code extension.
    const engine = spawnSync(process.execPath, ['-e', "const g = require('groupplan'); process.stdout.write(String(g.checkPlan('# Plan\\n').findings.some((f) => f.ruleId === 'purpose-missing')))"], { cwd: tmp, encoding: 'utf8', env: { ...process.env, NODE_PATH: path.join(prefix, 'lib', 'node_modules') } });
    expect(engine.stdout, engine.stderr).toBe('true');
  }, 120_000);
});
