// The README's Neovim recipe, run as written (server path filled in) in Debian's Neovim, headless:
// a plan gets its findings, and the settings in the recipe reach the server (the rule it turns off
// is not reported). scripts/system-deps.sh installs Neovim.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.join(__dirname, '../..');

describe('Neovim', () => {
  it('the README recipe checks a Markdown plan and sends its settings', () => {
    const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
    const recipe = /For example, in Neovim[^\n]*\n\n```lua\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(recipe, 'no Neovim recipe in the README').toBeDefined();
    expect(recipe).toContain("['group-type-missing'] = 'off'");
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'groupplan-nvim-'));
    try {
      fs.writeFileSync(path.join(dir, 'init.lua'), recipe!.replace('/path/to/groupplan/dist/server.js', path.join(root, 'dist', 'server.js')));
      fs.copyFileSync(path.join(root, 'samples', 'flawed-missing-parts.md'), path.join(dir, 'plan.md'));
      fs.writeFileSync(
        path.join(dir, 'check.lua'),
        [
          "vim.cmd('edit plan.md')",
          'local ok = vim.wait(30000, function() return #vim.diagnostic.get(0) > 0 end, 100)',
          'local codes = {}',
          'for _, d in ipairs(vim.diagnostic.get(0)) do codes[#codes + 1] = tostring(d.code) end',
          "io.stdout:write((ok and 'ok' or 'timeout') .. ' ' .. table.concat(codes, ' ') .. '\\n')",
          "vim.cmd('qa!')",
        ].join('\n'),
      );
      const r = spawnSync('nvim', ['--headless', '-u', 'init.lua', '-c', 'luafile check.lua'], { cwd: dir, encoding: 'utf8', timeout: 60_000, env: { ...process.env, XDG_STATE_HOME: dir, XDG_CACHE_HOME: dir, XDG_DATA_HOME: dir } });
      expect(r.error, 'nvim could not be run (scripts/system-deps.sh installs it)').toBeUndefined();
      const [status, ...codes] = r.stdout.trim().split(/\s+/);
      expect(status, r.stderr).toBe('ok');
      expect(codes).toContain('purpose-describes-content');
      expect(codes).toContain('norms-missing');
      expect(codes).not.toContain('group-type-missing');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 90_000);
});
