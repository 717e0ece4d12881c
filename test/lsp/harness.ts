// A small LSP client for protocol tests: starts the bundled server over stdio, answers
// workspace/configuration from settings the test controls, collects what the server sends and
// waits on events (a timeout only turns a hang into a readable failure).
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type CodeAction,
  type Diagnostic,
  type Range,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';

export const ROOT = path.resolve(__dirname, '..', '..');
export const SERVER = path.join(ROOT, 'dist', 'server.js');
const WAIT_MS = 15000;

import type { StatusParams } from '../../server/src/lsp/server';
export type { StatusParams };

type Event =
  | { kind: 'diagnostics'; params: PublishDiagnosticsParams }
  | { kind: 'status'; params: StatusParams }
  | { kind: 'log'; message: string }
  | { kind: 'configuration'; scopeUri?: string };

export class TestClient {
  /** The `groupplan` settings section the client answers with; tests change it freely. */
  settings: Record<string, unknown> = {};
  /** Settings for particular URIs, taking precedence over `settings`. */
  settingsByUri = new Map<string, Record<string, unknown>>();
  readonly diagnostics = new Map<string, PublishDiagnosticsParams[]>();
  readonly statuses = new Map<string, StatusParams[]>();
  readonly errors: string[] = [];
  readonly appliedEdits: WorkspaceEdit[] = [];
  readonly configurationRequests: { scopeUri?: string; section?: string }[] = [];
  private readonly texts = new Map<string, TextDocument>();
  private readonly listeners = new Set<(e: Event) => void>();
  private exited = false;

  private constructor(
    readonly connection: ProtocolConnection,
    readonly child: ChildProcess,
  ) {}

  // Starts `node dist/server.js --stdio` and performs initialize/initialized.
  static async start(options: { configuration?: boolean; snippetCommand?: boolean } = {}): Promise<TestClient> {
    const child = spawn(process.execPath, [SERVER, '--stdio'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const client = new TestClient(connection, child);
    child.on('exit', () => (client.exited = true));
    child.stderr!.on('data', (d: Buffer) => client.errors.push(d.toString()));
    connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      const list = client.diagnostics.get(params.uri) ?? [];
      list.push(params);
      client.diagnostics.set(params.uri, list);
      client.emit({ kind: 'diagnostics', params });
    });
    connection.onNotification('groupplan/status', (params: StatusParams) => {
      const list = client.statuses.get(params.uri) ?? [];
      list.push(params);
      client.statuses.set(params.uri, list);
      client.emit({ kind: 'status', params });
    });
    connection.onNotification('window/logMessage', (p: { type: number; message: string }) => {
      if (p.type === 1) client.errors.push(p.message);
      client.emit({ kind: 'log', message: p.message });
    });
    connection.onRequest('workspace/configuration', (params: { items: { scopeUri?: string; section?: string }[] }) => {
      client.configurationRequests.push(...params.items);
      for (const i of params.items) client.emit({ kind: 'configuration', scopeUri: i.scopeUri });
      return params.items.map((i) => (i.section === 'groupplan' ? structuredClone((i.scopeUri && client.settingsByUri.get(i.scopeUri)) || client.settings) : null));
    });
    connection.onRequest('workspace/applyEdit', (params: { edit: WorkspaceEdit }) => {
      client.appliedEdits.push(params.edit);
      return { applied: true };
    });
    connection.onRequest('client/registerCapability', () => null);
    connection.listen();
    await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: {
        workspace: { configuration: options.configuration ?? true, didChangeConfiguration: { dynamicRegistration: true }, didChangeWatchedFiles: { dynamicRegistration: true }, applyEdit: true },
        textDocument: { publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true } },
      },
      workspaceFolders: null,
      // As the VS Code client does, unless a test plays another editor.
      initializationOptions: { insertSnippetCommand: options.snippetCommand ?? true },
    });
    await connection.sendNotification('initialized', {});
    return client;
  }

  private emit(e: Event): void {
    for (const l of [...this.listeners]) l(e);
  }

  // Resolves with the first event (already received or coming) that `pick` turns into a value.
  private waitFor<T>(what: string, pick: (e: Event) => T | undefined, past: () => T | undefined, waitMs = WAIT_MS): Promise<T> {
    const hit = past();
    if (hit !== undefined) return Promise.resolve(hit);
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.listeners.delete(listener);
        reject(new Error(`Timed out waiting for ${what}. Server errors: ${this.errors.join('\n') || 'none'}`));
      }, waitMs);
      const listener = (e: Event): void => {
        const v = pick(e);
        if (v === undefined) return;
        clearTimeout(timer);
        this.listeners.delete(listener);
        resolve(v);
      };
      this.listeners.add(listener);
    });
  }

  /** Waits for diagnostics of `uri` that satisfy `accept` (the latest already received counts). */
  waitForDiagnostics(uri: string, accept: (p: PublishDiagnosticsParams) => boolean = () => true, sinceCount = 0, waitMs = WAIT_MS): Promise<PublishDiagnosticsParams> {
    return this.waitFor(
      `diagnostics for ${uri}`,
      (e) => (e.kind === 'diagnostics' && e.params.uri === uri && accept(e.params) ? e.params : undefined),
      () => {
        const list = (this.diagnostics.get(uri) ?? []).slice(sinceCount);
        const last = list[list.length - 1];
        return last && accept(last) ? last : undefined;
      },
      waitMs,
    );
  }

  /** Waits for the diagnostics published for the document's current version. */
  waitForCurrent(uri: string): Promise<PublishDiagnosticsParams> {
    const version = this.texts.get(uri)?.version;
    return this.waitForDiagnostics(uri, (p) => p.version === version);
  }

  /** Waits for a status notification of `uri` after the `sinceCount`-th one. */
  waitForStatus(uri: string, sinceCount = 0, accept: (s: StatusParams) => boolean = () => true): Promise<StatusParams> {
    return this.waitFor(
      `status for ${uri}`,
      (e) => (e.kind === 'status' && e.params.uri === uri && accept(e.params) ? e.params : undefined),
      () => (this.statuses.get(uri) ?? []).slice(sinceCount).find(accept),
    );
  }

  /** Waits until the server asks for the settings of `uri` (a check of it has started). */
  waitForConfigurationRequest(uri: string): Promise<true> {
    return this.waitFor(
      `a settings request for ${uri}`,
      (e) => (e.kind === 'configuration' && e.scopeUri === uri ? true : undefined),
      () => (this.configurationRequests.some((r) => r.scopeUri === uri) ? true : undefined),
    );
  }

  statusCount(uri: string): number {
    return this.statuses.get(uri)?.length ?? 0;
  }

  diagnosticsCount(uri: string): number {
    return this.diagnostics.get(uri)?.length ?? 0;
  }

  open(uri: string, text: string, languageId = 'markdown'): void {
    this.texts.set(uri, TextDocument.create(uri, languageId, 1, text));
    void this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  }

  /** Replaces the whole text, as a full-document change with the next version. */
  change(uri: string, text: string): number {
    const doc = this.texts.get(uri)!;
    const version = doc.version + 1;
    this.texts.set(uri, TextDocument.create(uri, doc.languageId, version, text));
    void this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    return version;
  }

  /** Applies edits of a workspace edit to the open document, sending them as an incremental change. */
  applyEdit(edit: WorkspaceEdit): string {
    let result = '';
    for (const [uri, edits] of Object.entries(edit.changes ?? {})) {
      const doc = this.texts.get(uri)!;
      result = TextDocument.applyEdits(doc, edits);
      this.change(uri, result);
    }
    return result;
  }

  text(uri: string): string {
    return this.texts.get(uri)!.getText();
  }

  close(uri: string): void {
    this.texts.delete(uri);
    void this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  optIn(uri: string): void {
    void this.connection.sendNotification('groupplan/optIn', { uri });
  }

  /** Changes the settings and tells the server, as an editor does. */
  changeSettings(settings: Record<string, unknown>): void {
    this.settings = settings;
    void this.connection.sendNotification('workspace/didChangeConfiguration', { settings: { groupplan: settings } });
  }

  codeActions(uri: string, range: Range, diagnostics: Diagnostic[], only?: string[]): Promise<CodeAction[]> {
    return this.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics, only } });
  }

  hover(uri: string, line: number, character: number): Promise<{ contents: { kind: string; value: string }; range?: Range } | null> {
    return this.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line, character } });
  }

  request<T>(method: string, params: unknown): Promise<T> {
    return this.connection.sendRequest(method, params);
  }

  notify(method: string, params: unknown): void {
    void this.connection.sendNotification(method, params);
  }

  get alive(): boolean {
    return !this.exited;
  }

  // Shuts the server down politely, then makes sure the process is gone.
  async stop(): Promise<void> {
    if (!this.exited) {
      try {
        await Promise.race([this.connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
        void this.connection.sendNotification('exit');
      } catch {
        // The server may already be gone.
      }
    }
    await new Promise<void>((resolve) => {
      if (this.exited) return resolve();
      const t = setTimeout(() => {
        this.child.kill();
        resolve();
      }, 2000);
      this.child.once('exit', () => {
        clearTimeout(t);
        resolve();
      });
    });
    this.connection.dispose();
  }
}

/** A fresh temporary folder for files a test writes. */
export function tempDir(prefix = 'groupplan-lsp-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function fileUri(p: string): string {
  return pathToFileURL(p).toString();
}

/** Every rule in the registry turned off, as `groupplan.rules` settings. */
export function allRulesOff(ids: readonly string[]): Record<string, string> {
  return Object.fromEntries(ids.map((id) => [id, 'off']));
}

export type { TextEdit };
