// The command and the language server set their V8 flags before anything else runs (see
// server/src/node/v8-flags.ts): the flags module is the first import of both entries, so its flags are
// set before any pattern of the lexicons is first run.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { V8_FLAGS } from '../../server/src/node/v8-flags';

const root = join(__dirname, '..', '..');
const firstImport = (file: string): string | undefined => /^import\s+(?:[^'"]*from\s+)?['"]([^'"]+)['"]/m.exec(readFileSync(join(root, file), 'utf8'))?.[1];

describe('V8 flags', () => {
  it('compile patterns straight to machine code', () => {
    expect(V8_FLAGS).toContain('--no-regexp-tier-up');
  });

  it.each(['server/src/cli/main.ts', 'server/src/lsp/main.ts'])('are set by the first import of %s', (file) => {
    expect(firstImport(file)).toBe('../node/v8-flags');
  });

  it('are set in the built command and server before their checks run', () => {
    for (const file of ['dist/cli.js', 'dist/server.js']) {
      const text = readFileSync(join(root, file), 'utf8');
      const set = text.indexOf('setFlagsFromString');
      expect(set, file).toBeGreaterThan(0);
      expect(set, file).toBeLessThan(text.indexOf('function checkPlan('));
    }
  });
});
