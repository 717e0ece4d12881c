// The web extension's bundle (vscode.dev, github.dev): it loads with nothing but `vscode` to require
// (a Node module in it would stop the extension on the web), exports activate and deactivate, and its
// manifest hides the commands that need Node there. The server it starts is proven in Chromium
// (test/web/web-server.test.ts).
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vm from 'node:vm';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');
const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

describe('the web extension bundle', () => {
  it('requires only vscode and exports activate and deactivate', () => {
    const code = fs.readFileSync(path.join(ROOT, manifest.browser), 'utf8');
    const required: string[] = [];
    const module = { exports: {} as Record<string, unknown> };
    // A browser-like global: no process, no Buffer, no require but the one the host gives.
    const sandbox = {
      module,
      exports: module.exports,
      require: (id: string) => {
        required.push(id);
        if (id !== 'vscode') throw new Error(`the web bundle requires ${id}`);
        // Any member is a class (the bundle extends some at load time) with no other statics.
        return new Proxy({}, { get: () => new Proxy(class {}, { get: (target, key) => (key in target ? Reflect.get(target, key) : undefined) }) });
      },
      console,
      setTimeout,
      clearTimeout,
      TextDecoder,
      TextEncoder,
      URL,
      crypto: globalThis.crypto,
      btoa,
      atob,
    };
    vm.runInNewContext(code, sandbox, { filename: manifest.browser });
    expect([...new Set(required)]).toEqual(['vscode']);
    expect(typeof module.exports.activate).toBe('function');
    expect(typeof module.exports.deactivate).toBe('function');
  });

  it('hides the commands that need Node (grading runs the command-line tool) on the web', () => {
    const menus = manifest.contributes.menus;
    // Not `isWeb`: code-server shows VS Code's web workbench with a Node extension host, where grading works.
    expect(menus.commandPalette).toContainEqual({ command: 'groupplan.gradeFolder', when: '!groupplan.webWorkerHost' });
    expect(menus['explorer/context'].find((m: { command: string }) => m.command === 'groupplan.gradeFolder').when).toMatch(/^!groupplan\.webWorkerHost && /);
    expect(fs.readFileSync(path.join(ROOT, 'client/src/web-extension.ts'), 'utf8')).toContain("executeCommand('setContext', 'groupplan.webWorkerHost', true)");
  });

  it('declares how it works in virtual and untrusted workspaces', () => {
    expect(manifest.capabilities.untrustedWorkspaces.supported).toBe(true);
    expect(manifest.capabilities.virtualWorkspaces.supported).toBe('limited');
  });
});
