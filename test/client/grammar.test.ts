// Tokenises plans with Markdown's grammar plus our injection, as VS Code does, and checks the scopes.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it, beforeAll } from 'vitest';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, Registry, parseRawGrammar, type IGrammar } from 'vscode-textmate';

const require = createRequire(import.meta.url);
const grammarFiles: Record<string, string> = {
  'text.html.markdown': require.resolve('tm-grammars/grammars/markdown.json'),
  'source.yaml': require.resolve('tm-grammars/grammars/yaml.json'),
  'groupplan.injection': new URL('../../syntaxes/groupplan.injection.tmLanguage.json', import.meta.url).pathname,
};

let markdown: IGrammar;

beforeAll(async () => {
  const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new Registry({
    onigLib: Promise.resolve({ createOnigScanner: (p) => new oniguruma.OnigScanner(p), createOnigString: (s) => new oniguruma.OnigString(s) }),
    loadGrammar: async (scope) => (grammarFiles[scope] ? parseRawGrammar(readFileSync(grammarFiles[scope], 'utf8'), grammarFiles[scope]) : null),
    // As package.json's "injectTo" does in VS Code.
    getInjections: (scope) => (scope === 'text.html.markdown' ? ['groupplan.injection'] : undefined),
  });
  const g = await registry.loadGrammar('text.html.markdown');
  if (!g) throw new Error('Markdown grammar did not load');
  markdown = g;
});

interface Token {
  text: string;
  scopes: string[];
  line: number;
}

function tokenise(text: string): Token[] {
  let stack = INITIAL;
  const out: Token[] = [];
  text.split('\n').forEach((line, i) => {
    const r = markdown.tokenizeLine(line, stack);
    for (const t of r.tokens) out.push({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes, line: i });
    stack = r.ruleStack;
  });
  return out;
}

// The scopes of the token(s) that exactly cover `needle` on the given line.
function scopesOf(tokens: Token[], needle: string, line?: number): string[] {
  const found = tokens.filter((t) => (line === undefined || t.line === line) && t.text.trim() === needle);
  if (found.length === 0) throw new Error(`no token "${needle}" in ${JSON.stringify(tokens.map((t) => t.text))}`);
  return found[0].scopes;
}

const PLAN = [
  '---',
  'groupplan: true',
  'title: Carers',
  'type: open-ended',
  'colour: blue',
  '---',
  '',
  '# Carers group',
  '',
  '<!-- groupplan-disable-next-line purpose-missing norms-missing -->',
  'Members find they are all in the same boat and draw strength in numbers.',
  '',
  'type: not front matter here',
  '',
  '```',
  'mutual support inside code',
  '```',
  '<!-- an ordinary comment -->',
].join('\n');

describe('groupplan injection grammar', () => {
  it('scopes the plan keys of the front matter and keeps the front matter embedded', () => {
    const tokens = tokenise(PLAN);
    for (const [key, line] of [['groupplan', 1], ['title', 2], ['type', 3]] as const) {
      const scopes = scopesOf(tokens, key, line);
      expect(scopes).toContain('support.type.property-name.plan-key.groupplan');
      expect(scopes).toContain('meta.embedded.block.frontmatter');
    }
    expect(scopesOf(tokens, 'open-ended', 3)).toContain('constant.language.group-type.groupplan');
    // Other keys are left to the YAML grammar.
    const other = tokens.filter((t) => t.line === 4);
    expect(other.map((t) => t.text).join('')).toBe('colour: blue');
    for (const t of other) {
      expect(t.scopes).not.toContain('support.type.property-name.plan-key.groupplan');
      expect(t.scopes).toContain('meta.embedded.block.frontmatter');
    }
    expect(other.some((t) => t.scopes.some((s) => s.endsWith('.yaml')))).toBe(true);
  });

  it('does not treat a key-like line after the front matter as a plan key', () => {
    const tokens = tokenise(PLAN);
    const line = tokens.filter((t) => t.line === 12);
    expect(line.length).toBeGreaterThan(0);
    for (const t of line) expect(t.scopes).not.toContain('support.type.property-name.plan-key.groupplan');
    expect(scopesOf(tokens, 'Carers group', 7).join(' ')).toContain('markup.heading');
  });

  it('scopes suppression comments, their keyword and their rule ids', () => {
    const tokens = tokenise(PLAN);
    expect(scopesOf(tokens, 'groupplan-disable-next-line', 9)).toEqual(expect.arrayContaining(['comment.block.html', 'meta.directive.suppression.groupplan', 'keyword.control.directive.groupplan']));
    expect(scopesOf(tokens, 'purpose-missing', 9)).toContain('variable.other.rule-id.groupplan');
    expect(scopesOf(tokens, 'norms-missing', 9)).toContain('variable.other.rule-id.groupplan');
    const ordinary = tokens.filter((t) => t.line === 17);
    for (const t of ordinary) expect(t.scopes).not.toContain('meta.directive.suppression.groupplan');
  });

  it('scopes the names of the dynamics in prose but not in code', () => {
    const tokens = tokenise(PLAN);
    expect(scopesOf(tokens, 'all in the same boat', 10)).toContain('support.type.dynamic.groupplan');
    expect(scopesOf(tokens, 'strength in numbers', 10)).toContain('support.type.dynamic.groupplan');
    const code = tokens.filter((t) => t.line === 15);
    for (const t of code) expect(t.scopes).not.toContain('support.type.dynamic.groupplan');
  });

  it('leaves ordinary Markdown with no groupplan scopes', () => {
    const tokens = tokenise('# Notes\n\nA paragraph about a meeting.\n\n- type: list item\n');
    for (const t of tokens) expect(t.scopes.join(' ')).not.toMatch(/groupplan/);
  });
});
