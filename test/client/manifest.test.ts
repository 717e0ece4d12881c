// The extension manifest agrees with the client code and ships what it needs.
import { METHODS } from '../../server/src/lsp/protocol';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
const source = readdirSync(new URL('../../client/src', import.meta.url))
  .filter((f) => f.endsWith('.ts'))
  .map((f) => readFileSync(new URL(`../../client/src/${f}`, import.meta.url), 'utf8'))
  .join('\n');

describe('package.json contributes', () => {
  const commands: { command: string; title: string; category: string }[] = pkg.contributes.commands;

  it('registers in the client every contributed command, and contributes every registered one', () => {
    const registered = [...source.matchAll(/reg\('(groupplan\.[\w.]+)'/g)].map((m) => m[1]).sort();
    expect(commands.map((c) => c.command).sort()).toEqual(registered);
    // The command the server's snippet quick fixes run is one of them.
    expect(registered).toContain(METHODS.insertSnippetCommand);
  });

  it('puts every command in the "Group Plan" category with a title', () => {
    for (const c of commands) {
      expect(c.category).toBe('Group Plan');
      expect(c.title.length).toBeGreaterThan(5);
    }
  });

  it('only puts contributed commands in menus, with Markdown conditions on editor menus', () => {
    const ids = new Set(commands.map((c) => c.command));
    for (const [menu, items] of Object.entries(pkg.contributes.menus as Record<string, { command: string; when?: string }[]>)) {
      for (const item of items) {
        expect(ids.has(item.command), `${menu}: ${item.command}`).toBe(true);
        if (menu.startsWith('editor/')) expect(item.when).toMatch(/LangId == markdown/);
      }
    }
    expect(pkg.contributes.menus.commandPalette).toContainEqual({ command: 'groupplan.insertSnippet', when: 'false' });
  });

  it('activates on Markdown and restores the preview', () => {
    expect(pkg.activationEvents).toEqual(expect.arrayContaining(['onLanguage:markdown', 'onWebviewPanel:groupplan.skills']));
    expect(source).toContain("viewType = 'groupplan.skills'");
  });

  it('injects the grammar into Markdown and contributes the snippets file', () => {
    expect(pkg.contributes.grammars).toContainEqual({ scopeName: 'groupplan.injection', path: './syntaxes/groupplan.injection.tmLanguage.json', injectTo: ['text.html.markdown'] });
    expect(pkg.contributes.snippets).toContainEqual({ language: 'markdown', path: './snippets/groupplan.code-snippets' });
  });

  it('lets the server see the config files', () => {
    expect(source).toContain("{ pattern: '**/.groupplan.{json,jsonc,yaml,yml}' }");
  });

  it('runs in Restricted Mode (config is data, never code), with settings per folder of a multi-root workspace', () => {
    expect(pkg.capabilities.untrustedWorkspaces.supported).toBe(true);
    for (const key of ['groupplan.enable', 'groupplan.preset', 'groupplan.template', 'groupplan.rules', 'groupplan.maxNumberOfProblems']) expect(pkg.contributes.configuration.properties[key].scope, key).toBe('resource');
  });
});

describe('.vscodeignore', () => {
  it('ships the bundles, rule docs, snippets, grammar, media, README and manifest only', () => {
    const lines = readFileSync(new URL('../../.vscodeignore', import.meta.url), 'utf8').split('\n').filter((l) => l && !l.startsWith('#'));
    expect(lines[0]).toBe('**');
    // Every bundle the extension or its server loads: the large-document check worker, the grader's worker and its PDF reader too.
    for (const keep of ['!dist/client.js', '!dist/server.js', '!dist/cli.js', '!dist/webview.js', '!dist/check-worker.js', '!dist/grade-worker.js', '!dist/pdf.js', '!dist/cli-grade.js', '!docs/rules/**', '!snippets/**', '!syntaxes/**', '!media/**', '!README.md', '!LICENSE', '!package.json']) {
      expect(lines).toContain(keep);
    }
    expect(lines.filter((l) => l.includes('node_modules') && l.startsWith('!'))).toEqual([]);
  });
});
