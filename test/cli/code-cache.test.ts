// The command's V8 code cache (bin/groupplan.js, made by scripts/build.mjs): used for the bundle it
// was made from, never for another, and the command's answers are the same with or without it.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { V8_FLAGS } from '../../server/src/node/v8-flags';
import { BIN, ROOT, SAMPLES, tempDir } from './helpers';

const CLI = path.join(ROOT, 'dist', 'cli.js');
const CACHE = `${CLI}.cache`;
const PLAN = path.join(SAMPLES, 'flawed-missing-parts.md');

function lint(bin: string): { stdout: string; stderr: string; code: number | null } {
  const r = spawnSync(process.execPath, [bin, 'lint', PLAN, '--format', 'json'], { encoding: 'utf8', env: { ...process.env, GROUPPLAN_CODE_CACHE_REPORT: '1' }, timeout: 60000 });
  return { stdout: r.stdout, stderr: r.stderr, code: r.status };
}

// A copy of the command (bin and CLI bundle) with the given cache and stamp beside the bundle.
function copyWith(cache: Buffer | undefined, stamp: string | undefined): string {
  const dir = tempDir();
  fs.mkdirSync(path.join(dir, 'bin'));
  fs.mkdirSync(path.join(dir, 'dist'));
  fs.copyFileSync(BIN, path.join(dir, 'bin', 'groupplan.js'));
  fs.copyFileSync(CLI, path.join(dir, 'dist', 'cli.js'));
  if (cache) fs.writeFileSync(path.join(dir, 'dist', 'cli.js.cache'), cache);
  if (stamp !== undefined) fs.writeFileSync(path.join(dir, 'dist', 'cli.js.cache.stamp'), stamp);
  return path.join(dir, 'bin', 'groupplan.js');
}

describe('the command\'s code cache', () => {
  it('is built beside the bundle and stamped with the bundle\'s SHA-1', () => {
    expect(fs.statSync(CACHE).size).toBeGreaterThan(100_000);
    const stamp = fs.readFileSync(`${CACHE}.stamp`, 'utf8').trim();
    expect(stamp).toBe(createHash('sha1').update(fs.readFileSync(CLI)).digest('hex'));
  });

  it('is used for the bundle it was made from, and the findings are those of a run without it', () => {
    const withCache = lint(BIN);
    expect(withCache.stderr).toContain('code cache used');
    const without = lint(copyWith(undefined, undefined));
    expect(without.stderr).toContain('code cache not used: none was built');
    expect(without.code).toBe(withCache.code);
    const ids = (out: string) => (JSON.parse(out)[0].messages as { ruleId: string; line: number }[]).map((m) => `${m.ruleId}:${m.line}`);
    expect(ids(withCache.stdout)).toEqual(ids(without.stdout));
    expect(ids(withCache.stdout).some((i) => i.startsWith('purpose-describes-content:'))).toBe(true);
  });

  it('is not read with another build of the bundle, and a damaged cache is rejected, the command still answering', () => {
    const reference = lint(BIN);
    const stale = lint(copyWith(fs.readFileSync(CACHE), 'a'.repeat(40)));
    expect(stale.stderr).toContain('code cache not used: made from another build');
    expect(stale.stdout).toBe(reference.stdout);
    const damaged = Buffer.from(fs.readFileSync(CACHE));
    for (let i = 64; i < damaged.length; i += 97) damaged[i] ^= 0xff;
    const broken = lint(copyWith(damaged, fs.readFileSync(`${CACHE}.stamp`, 'utf8')));
    expect(broken.stderr).toContain('rejected by V8');
    expect(broken.stdout).toBe(reference.stdout);
    expect(broken.code).toBe(reference.code);
  });

  it('is compiled with the V8 flags the command sets when it loads (V8 checks a cache against them)', () => {
    const bin = fs.readFileSync(BIN, 'utf8');
    for (const flag of V8_FLAGS) expect(bin).toContain(`setFlagsFromString('${flag}')`);
  });
});
