// The web build (vscode.dev, github.dev) in Chromium: the language server bundle runs in a real web
// worker and, over the browser LSP transport, checks a flawed sample (diagnostics), answers a hover
// and offers a quick fix; config files come from the client, as the web extension sends them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { findRule } from '../../server/src/engine';

const root = path.resolve(__dirname, '../..');
const CHROMIUM = process.env.GROUPPLAN_CHROMIUM ?? '/usr/bin/chromium';
let server: Server;
let browser: Browser;
let page: Page;
let base: string;
const problems: string[] = [];
const requests: string[] = [];

// Only the page, its script and the worker bundle are served: the server must ask for nothing else.
function serve(pageScript: string): Promise<string> {
  const files: Record<string, { type: string; body: string | Buffer }> = {
    '/': { type: 'text/html', body: '<!DOCTYPE html><meta charset="utf-8"><title>groupplan web</title><script src="/page.js"></script>' },
    '/page.js': { type: 'text/javascript', body: pageScript },
    '/dist/web/server.js': { type: 'text/javascript', body: readFileSync(path.join(root, 'dist/web/server.js')) },
    '/favicon.ico': { type: 'image/x-icon', body: '' },
  };
  server = createServer((req, res) => {
    const f = files[(req.url ?? '/').split('?')[0]];
    if (!f) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': f.type }).end(f.body);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)));
}

type Lsp = {
  initialize(): Promise<{ capabilities: Record<string, unknown> }>;
  files(files: { uri: string; text: string }[]): Promise<void>;
  open(uri: string, text: string): Promise<void>;
  diagnostics(uri: string, after?: number): Promise<{ diagnostics: { message: string; code?: string; range: { start: { line: number; character: number } } }[] }>;
  count(uri: string): number;
  hover(uri: string, line: number, character: number): Promise<{ contents: { value: string } } | null>;
  codeActions(uri: string, diagnostics: unknown[]): Promise<{ title: string; kind?: string; edit?: unknown }[]>;
};
const call = <T>(fn: string, ...args: unknown[]): Promise<T> =>
  page.evaluate(([f, a]) => (globalThis as unknown as { lsp: Record<string, (...x: unknown[]) => unknown> }).lsp[f as string](...(a as unknown[])), [fn, args] as const) as Promise<T>;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium is not installed at ${CHROMIUM}. Install it (apt-get install chromium) or set GROUPPLAN_CHROMIUM to its path; .ci/run installs it.`);
  if (!existsSync(path.join(root, 'dist/web/server.js'))) throw new Error('The web build is missing: run "npm run build" first.');
  const bundled = await build({ entryPoints: [path.join(__dirname, 'page.ts')], bundle: true, write: false, platform: 'browser', format: 'iife', target: 'es2022', logLevel: 'silent' });
  base = await serve(bundled.outputFiles[0].text);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'] });
  page = await browser.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(base);
  await page.waitForFunction(() => 'lsp' in globalThis);
}, 60000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
});

const FLAWED = readFileSync(path.join(root, 'samples/flawed-norms-against-mutual-aid.md'), 'utf8');
const URI = 'vscode-test-web://mount/plans/flawed.md';

describe('the language server in a browser web worker', () => {
  it('initializes over the browser transport with hover and quick fixes', async () => {
    const r = await call<{ capabilities: Record<string, unknown> }>('initialize');
    expect(r.capabilities.hoverProvider).toBe(true);
    expect(r.capabilities.codeActionProvider).toBeTruthy();
  }, 30000);

  it('checks a flawed sample opened from a virtual workspace', async () => {
    await call('open', URI, FLAWED);
    const d = await call<Awaited<ReturnType<Lsp['diagnostics']>>>('diagnostics', URI);
    const codes = d.diagnostics.map((x) => x.code);
    expect(codes.filter((c) => c === 'norm-against-mutual-aid').length).toBeGreaterThanOrEqual(4);
    expect(d.diagnostics.some((x) => /round robin|raise their hands|in turn/i.test(x.message))).toBe(true);
  }, 30000);

  it('answers a hover on a finding with its explanation and a documentation link that opens on the web', async () => {
    const d = await call<Awaited<ReturnType<Lsp['diagnostics']>>>('diagnostics', URI);
    const target = d.diagnostics.find((x) => x.code === 'norm-against-mutual-aid')!;
    const hover = await call<Awaited<ReturnType<Lsp['hover']>>>('hover', URI, target.range.start.line, target.range.start.character + 1);
    expect(hover?.contents.value).toContain(findRule('norm-against-mutual-aid')!.meta.explanation.slice(0, 60));
    expect(hover?.contents.value).toMatch(/https:\/\/[^\s)]+norm-against-mutual-aid\.md/);
  }, 30000);

  it('offers a quick fix that edits the plan', async () => {
    const d = await call<Awaited<ReturnType<Lsp['diagnostics']>>>('diagnostics', URI);
    const target = d.diagnostics.filter((x) => x.code === 'norm-against-mutual-aid');
    const actions = await call<Awaited<ReturnType<Lsp['codeActions']>>>('codeActions', URI, [target[0]]);
    const fix = actions.find((a) => a.kind === 'quickfix' && a.edit);
    expect(fix?.title).toMatch(/mutual-aid norm/i);
    expect(JSON.stringify(fix?.edit)).toContain(URI);
  }, 30000);

  it('reads the config files the client sends: a folder config extending a course config takes effect', async () => {
    const before = await call<number>('count', URI);
    await call('files', [
      { uri: 'vscode-test-web://mount/plans/.groupplan.json', text: JSON.stringify({ extends: '../course.groupplan.json' }) },
      { uri: 'vscode-test-web://mount/course.groupplan.json', text: JSON.stringify({ rules: { 'norm-against-mutual-aid': 'off' } }) },
    ]);
    const d = await call<Awaited<ReturnType<Lsp['diagnostics']>>>('diagnostics', URI, before);
    expect(d.diagnostics.some((x) => x.code === 'norm-against-mutual-aid')).toBe(false);
    expect(d.diagnostics.length).toBeGreaterThan(0);
  }, 30000);

  it('runs without errors and asks the network for nothing', () => {
    expect(problems).toEqual([]);
    expect(requests.filter((u) => !u.startsWith(base))).toEqual([]);
  });
});
