// The test page's side of the web test: the language server bundle in a real web worker, spoken to
// over the browser LSP transport (vscode-jsonrpc/browser), as the web extension's client does.
// Bundled for the browser by the test; the test drives it through `window.lsp`.
import { BrowserMessageReader, BrowserMessageWriter, createMessageConnection } from 'vscode-jsonrpc/browser';

type Diagnostics = { uri: string; version?: number; diagnostics: { message: string; code?: string | number; range: { start: { line: number; character: number } } }[] };

const worker = new Worker('/dist/web/server.js');
const connection = createMessageConnection(new BrowserMessageReader(worker), new BrowserMessageWriter(worker));
const published: Diagnostics[] = [];
const waiting: { uri: string; resolve: (d: Diagnostics) => void }[] = [];
connection.onNotification('textDocument/publishDiagnostics', (p: Diagnostics) => {
  published.push(p);
  const keep = waiting.splice(0).filter((w) => {
    if (w.uri !== p.uri) return true;
    w.resolve(p);
    return false;
  });
  waiting.push(...keep);
});
connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({})));
connection.onRequest('client/registerCapability', () => null);
connection.listen();

const lsp = {
  async initialize(): Promise<unknown> {
    const r = await connection.sendRequest('initialize', { processId: null, rootUri: null, capabilities: { workspace: { configuration: true } }, workspaceFolders: null });
    await connection.sendNotification('initialized', {});
    return r;
  },
  files(files: { uri: string; text: string }[]): Promise<void> {
    return connection.sendNotification('groupplan/workspaceFiles', { files });
  },
  open(uri: string, text: string, version = 1): Promise<void> {
    return connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version, text } });
  },
  diagnostics(uri: string, after = 0): Promise<Diagnostics> {
    const seen = published.filter((p) => p.uri === uri);
    if (seen.length > after) return Promise.resolve(seen[seen.length - 1]);
    return new Promise((resolve) => waiting.push({ uri, resolve }));
  },
  count(uri: string): number {
    return published.filter((p) => p.uri === uri).length;
  },
  hover(uri: string, line: number, character: number): Promise<unknown> {
    return connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line, character } });
  },
  codeActions(uri: string, diagnostics: Diagnostics['diagnostics']): Promise<unknown> {
    const range = diagnostics[0].range;
    return connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics } });
  },
};
(globalThis as unknown as { lsp: typeof lsp }).lsp = lsp;
