// The language server: wires documents, settings, checking, hover, code actions and the groupplan
// protocol onto a connection. A factory, so every test can run a fresh server on its own connection.
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  LSPErrorCodes,
  ResponseError,
  TextDocuments,
  TextDocumentSyncKind,
  type CancellationToken,
  type Connection,
  type Diagnostic,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DYNAMICS, LineIndex } from '../engine';
import { readTextFile } from '../node/files';
import { Checker, DEFAULT_MAX_PROBLEMS, fsPathOf, isMarkdown, limitDiagnostics, uncheckableReason } from './checker';
import { buildCodeActions, fixAllEdits, fixesOf, FIX_ALL_KIND, type RuleFix } from './code-actions';
import { configFileDiagnostics, isConfigFileName } from './config-files';
import { hoverFor } from './hover';
import { SettingsStore } from './settings';
import { toRange } from './convert';

import { METHODS, type DynamicsParams, type DynamicsResult, type InitializationOptions, type OptInParams, type PlanStatus } from './protocol';

export const FIX_ALL_COMMAND = METHODS.fixAllCommand;
/** How long after the last edit a document is checked; GROUPPLAN_DEBOUNCE_MS (0 to 5000) sets it, for benchmarks. */
export const DEBOUNCE_MS = debounceFrom(process.env.GROUPPLAN_DEBOUNCE_MS);

function debounceFrom(value: string | undefined): number {
  const n = Number(value);
  return value !== undefined && value.trim() !== '' && Number.isInteger(n) && n >= 0 && n <= 5000 ? n : 200;
}

/** Counts of a document's findings, sent to the client after each publish. */
export type StatusParams = PlanStatus;

/** What a host can ask of a running server. */
export interface ServerControl {
  /** The config files changed (the web build's client sent them again): forget what was read, check again. */
  configChanged(): void;
}

export function startServer(connection: Connection): ServerControl {
  const documents = new TextDocuments(TextDocument);
  const settings = new SettingsStore(connection);
  const checker = new Checker(settings);
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  /**
   * Last published diagnostics per URI and the version they belong to: all of them (for the fixes) and
   * those sent to the editor (for hover), which are fewer when there are more than the setting allows.
   */
  const published = new Map<string, { version: number; diagnostics: Diagnostic[]; shown: Diagnostic[] }>();
  let watchRegistration = false;
  let configRegistration = false;
  /** The client runs the insert-snippet command, so snippet fixes keep their placeholders. */
  let snippetCommand = false;

  const log = (msg: string): void => connection.console.error(msg);

  // Runs a handler; an exception is logged and turned into `fallback`, never a crash.
  // Runs a handler so that a failure is logged and answered with `fallback`, never thrown at the
  // client. A request the client cancels is answered with RequestCancelled: one already cancelled when
  // its turn comes (the cancel arrived with it, or while a check held the thread) is not run at all.
  function guard<P extends unknown[], R>(name: string, fallback: R, fn: (...args: P) => R | Promise<R>): (...args: P) => Promise<R> {
    return async (...args: P) => {
      const token = args.find(isCancellationToken);
      if (token) {
        await new Promise((resolve) => setImmediate(resolve));
        if (token.isCancellationRequested) throw cancelled();
      }
      let result: R;
      try {
        result = await fn(...args);
      } catch (e) {
        log(`groupplan: ${name} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
        result = fallback;
      }
      if (token?.isCancellationRequested) throw cancelled();
      return result;
    };
  }

  function publish(uri: string, version: number | undefined, diagnostics: Diagnostic[], isPlan: boolean, maxProblems = DEFAULT_MAX_PROBLEMS): void {
    const last = published.get(uri);
    if (version !== undefined && last && last.version > version) return;
    const count = (s: number) => diagnostics.filter((d) => d.severity === s).length;
    const status: StatusParams = { uri, isPlan, errors: count(1), warnings: count(2), infos: count(3) + count(4) };
    // Nothing shown before and nothing to show: stay silent apart from the status.
    if (!isPlan && diagnostics.length === 0 && !last) {
      connection.sendNotification(METHODS.status, status);
      return;
    }
    const shown = limitDiagnostics(diagnostics, maxProblems);
    if (isPlan || diagnostics.length > 0) published.set(uri, { version: version ?? 0, diagnostics, shown });
    else published.delete(uri);
    connection.sendDiagnostics({ uri, version, diagnostics: shown });
    connection.sendNotification(METHODS.status, status);
  }

  // Checks one open document now; results for a version older than the buffer are dropped.
  const validate = guard('check', undefined, async (uri: string): Promise<void> => {
    const doc = documents.get(uri);
    if (!doc) return;
    const version = doc.version;
    if (isConfigFileName(uri)) {
      publish(uri, version, configFileDiagnostics(doc.getText(), fsPathOf(uri) ?? uri), false);
      return;
    }
    if (!isMarkdown(doc)) return;
    const outcome = await checker.check(doc, log);
    if (outcome.superseded || documents.get(uri)?.version !== version) return;
    publish(uri, version, outcome.diagnostics, outcome.isPlan, outcome.maxProblems);
  });

  function schedule(uri: string, delay = DEBOUNCE_MS): void {
    const t = timers.get(uri);
    if (t) clearTimeout(t);
    timers.set(
      uri,
      setTimeout(() => {
        timers.delete(uri);
        void validate(uri);
      }, delay),
    );
  }

  function recheckAll(): void {
    for (const doc of documents.all()) schedule(doc.uri, 0);
  }

  // The text of a document: the open buffer, else the file on disk (file: URIs only).
  function textOf(uri: string): TextDocument | undefined {
    const open = documents.get(uri);
    if (open) return open;
    const fsPath = fsPathOf(uri);
    if (!fsPath) return undefined;
    // Bounded, and regular files only: a named pipe or /dev/zero must not stall or swamp the server.
    const read = readTextFile(fsPath);
    return read.ok ? TextDocument.create(uri, 'markdown', 0, read.text) : undefined;
  }

  connection.onInitialize((params): InitializeResult => {
    const caps = params.capabilities;
    settings.supportsPull = Boolean(caps.workspace?.configuration);
    watchRegistration = Boolean(caps.workspace?.didChangeWatchedFiles?.dynamicRegistration);
    configRegistration = Boolean(caps.workspace?.didChangeConfiguration?.dynamicRegistration);
    snippetCommand = Boolean((params.initializationOptions as InitializationOptions | undefined)?.insertSnippetCommand);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: false },
        executeCommandProvider: { commands: [FIX_ALL_COMMAND] },
      },
      serverInfo: { name: 'groupplan' },
    };
  });

  connection.onInitialized(
    guard('initialized', undefined, async () => {
      if (configRegistration) await connection.client.register(DidChangeConfigurationNotification.type, { section: 'groupplan' });
      if (watchRegistration) {
        await connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*.{json,jsonc,yaml,yml}' }] });
      }
    }),
  );

  connection.onDidChangeConfiguration(
    guard('settings change', undefined, (change) => {
      settings.changed(change.settings);
      recheckAll();
    }),
  );

  connection.onDidChangeWatchedFiles(
    guard('watched files', undefined, (params) => {
      // Config files, and the shared files they extend (the client reports every JSON and YAML file).
      const matters = (uri: string): boolean => {
        const file = fsPathOf(uri);
        return isConfigFileName(uri) || (file !== undefined && checker.configFiles.read(file));
      };
      if (!params.changes.some((c) => matters(c.uri))) return;
      checker.configFiles.clear();
      recheckAll();
    }),
  );

  documents.onDidChangeContent((e) => schedule(e.document.uri));
  documents.onDidSave(
    guard('save', undefined, (e) => {
      if (!isConfigFileName(e.document.uri)) return;
      checker.configFiles.clear();
      recheckAll();
    }),
  );
  documents.onDidClose(
    guard('close', undefined, (e) => {
      const uri = e.document.uri;
      const t = timers.get(uri);
      if (t) clearTimeout(t);
      timers.delete(uri);
      settings.forget(uri);
      if (published.has(uri)) connection.sendDiagnostics({ uri, diagnostics: [] });
      published.delete(uri);
      // The worker holds the parse of large documents: let it go when none is open any more.
      if (!documents.all().some((d) => d.uri !== uri && checker.usesWorker(d.getText()))) checker.dispose();
    }),
  );

  connection.onNotification(
    METHODS.optIn,
    guard('optIn', undefined, (params: Partial<OptInParams> | undefined) => {
      if (typeof params?.uri !== 'string') return;
      checker.optedIn.add(params.uri);
      if (documents.get(params.uri)) schedule(params.uri, 0);
    }),
  );

  connection.onHover(
    guard('hover', null, (params) => {
      const last = published.get(params.textDocument.uri);
      return last ? hoverFor(last.shown, params.position) : null;
    }),
  );

  // The fixes of the current buffer: from the diagnostics published for this very version, else
  // from a fresh check (skipped for very large documents), so offsets of an older version never apply.
  async function currentFixes(doc: TextDocument): Promise<RuleFix[] | undefined> {
    const last = published.get(doc.uri);
    if (last && last.version === doc.version) return fixesOf(last.diagnostics);
    if (checker.usesWorker(doc.getText())) return undefined;
    const outcome = await checker.check(doc, log);
    return outcome.isPlan ? fixesOf(outcome.diagnostics) : undefined;
  }

  connection.onCodeAction(
    guard('code actions', [], async (params) => {
      const doc = documents.get(params.textDocument.uri);
      if (!doc || uncheckableReason(doc.getText())) return [];
      const ours = params.context.diagnostics.some((d) => d.source === 'groupplan');
      const wantsFixAll = !params.context.only || params.context.only.some((k) => FIX_ALL_KIND.startsWith(k));
      const fixes = ours || wantsFixAll ? await currentFixes(doc) : undefined;
      return buildCodeActions({ params, doc, fixes, sections: !checker.usesWorker(doc.getText()), snippetCommand });
    }),
  );

  connection.onExecuteCommand(
    guard('command', null, async (params) => {
      if (params.command !== FIX_ALL_COMMAND) return null;
      const uri = (params.arguments?.[0] as { uri?: string } | undefined)?.uri;
      const doc = uri ? documents.get(uri) : undefined;
      if (!uri || !doc) return { applied: false };
      const edits = fixAllEdits(doc, (await currentFixes(doc)) ?? []);
      if (edits.length === 0) return { applied: false };
      const result = await connection.workspace.applyEdit({ label: 'Fix all groupplan problems', edit: { changes: { [uri]: edits } } });
      return { applied: result.applied };
    }),
  );

  connection.onRequest(
    METHODS.dynamics,
    guard('dynamics', { isPlan: false, dynamics: [] }, async (params: DynamicsParams): Promise<DynamicsResult> => {
      const doc = textOf(params?.uri);
      if (!doc) return { isPlan: false, dynamics: [] };
      const s = await settings.get(doc.uri);
      const text = doc.getText();
      const isPlan = s.enable && checker.isPlan(doc.uri, text);
      const config = checker.loadConfig(doc.uri, s).config;
      // Documents too large or binary to check get no coverage, the same as in checking.
      const coverage = new Map(((await checker.coverage(doc.uri, text, config)) ?? []).map((c) => [c.id, c]));
      const lines = new LineIndex(text);
      return {
        isPlan,
        dynamics: DYNAMICS.map((d) => {
          const c = coverage.get(d.id);
          return {
            id: d.id,
            name: d.name,
            summary: d.summary,
            skills: d.skills,
            addressed: Boolean(c?.addressed),
            ranges: (c?.ranges ?? []).map((r) => toRange(lines.position(r.start), lines.position(r.end))),
            because: c?.because ?? [],
          };
        }),
      };
    }),
  );

  connection.onRequest(
    METHODS.effectiveConfig,
    guard('effectiveConfig', null, async (params: { uri: string }) => {
      const uri = params?.uri;
      if (typeof uri !== 'string') return null;
      const loaded = checker.loadConfig(uri, await settings.get(uri));
      return {
        configFile: loaded.file ?? null,
        presets: loaded.config.presets,
        template: { id: loaded.config.template.id, elements: loaded.config.template.elements.map((e) => e.id) },
        rules: loaded.config.rules,
        problems: loaded.problems,
      };
    }),
  );

  connection.onShutdown(() => checker.dispose());

  documents.listen(connection);
  connection.listen();
  return {
    configChanged: () => {
      checker.configFiles.clear();
      recheckAll();
    },
  };
}

const cancelled = () => new ResponseError(LSPErrorCodes.RequestCancelled, 'The request was cancelled.');

function isCancellationToken(x: unknown): x is CancellationToken {
  return typeof x === 'object' && x !== null && typeof (x as CancellationToken).isCancellationRequested === 'boolean' && 'onCancellationRequested' in x;
}
