// Decides which documents are plans, loads their configuration and checks them.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import { Worker } from 'node:worker_threads';
import {
  buildPlan,
  checkPlan,
  declaresPlan,
  DEFAULT_DOCS_BASE,
  dynamicsCoverage,
  LineIndex,
  parseMarkdown,
  type CheckResult,
  type ConfigProblem,
  type DynamicCoverage,
  type Finding,
  type ResolvedConfig,
} from '../engine';
import type { WorkerRequest } from './check-worker';
import type { LoadedConfig } from '../node/config-loader';
import { ConfigFiles, loadWithoutFile } from './config-files';
import { SettingsStore, settingsLayer, type GroupplanSettings } from './settings';
import { findingToDiagnostic, SOURCE } from './convert';

// The web build serves every scheme (vscode-vfs:, vscode-test-web:) from the files its client sends.
const WEB = (process as { platform?: string }).platform === 'browser';

/** The file-system path of a file: URI (in the web build, of any URI), or undefined for other schemes. */
export function fsPathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:') && !WEB) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/** True for documents the server looks at as possible plans: Markdown by language or extension. */
export function isMarkdown(doc: TextDocument): boolean {
  return doc.languageId === 'markdown' || /\.(md|markdown)$/i.test(doc.uri);
}

// Where the docs pages are: bundled `docs/rules` next to the extension when present, else the web.
function bundledDocsDir(): string | undefined {
  const dir = path.resolve(__dirname, '..', 'docs', 'rules');
  return fs.existsSync(dir) ? dir : undefined;
}

/** Buffers up to this size (UTF-16 code units) are checked on the server's own thread. */
export const INLINE_MAX_CHARS = 256 * 1024;
/** Largest buffer checked at all (about 8 MB of text); larger ones get one notice instead. */
export const MAX_CHECK_CHARS = 8 * 1024 * 1024;
/** A check in a worker that takes longer than this is stopped and reported. */
export const WORKER_TIMEOUT_MS = 120_000;

/** Why a plan is not checked: too large, or binary-looking (NUL characters). */
export function uncheckableReason(text: string): string | undefined {
  if (text.length > MAX_CHECK_CHARS) {
    return `This document is ${(text.length / 1048576).toFixed(1)} MB, more than the ${MAX_CHECK_CHARS / 1048576} MB groupplan checks in the editor, so it was not checked. Run "groupplan lint" on it instead.`;
  }
  if (text.slice(0, 8192).includes('\0')) return 'This document looks like a binary file (it contains NUL characters), so groupplan did not check it.';
  return undefined;
}

function notice(text: string, message: string): Diagnostic {
  const end = Math.max(0, Math.min(text.search(/\r?\n|$/), 200));
  return { range: { start: { line: 0, character: 0 }, end: { line: 0, character: end } }, severity: DiagnosticSeverity.Information, source: SOURCE, code: 'not-checked', message };
}

export interface CheckOutcome {
  isPlan: boolean;
  /** Undefined when the plan was not checked (too large, binary, or the check failed). */
  findings?: Finding[];
  diagnostics: Diagnostic[];
  /** True when a newer check of the same document replaced this one: publish nothing. */
  superseded?: boolean;
  /** The most diagnostics to send to the editor (the document's maxNumberOfProblems setting; unset, the default). */
  maxProblems?: number;
}

/** How many diagnostics one document sends to the editor unless the setting says otherwise. */
export const DEFAULT_MAX_PROBLEMS = 1000;

/**
 * The diagnostics sent to the editor: all of them, or, when there are more than `max`, the `max` most
 * severe (in document order within a severity) and one notice saying how many more there are. A 1 MB
 * document can hold thousands of findings of one rule; sending them all made every keystroke's answer
 * megabytes long, and the Problems panel no more useful.
 */
export function limitDiagnostics(diagnostics: Diagnostic[], max: number): Diagnostic[] {
  if (diagnostics.length <= max) return diagnostics;
  const kept = diagnostics
    .map((d, i) => [d, i] as const)
    .sort((a, b) => (a[0].severity ?? 1) - (b[0].severity ?? 1) || a[1] - b[1])
    .slice(0, max)
    .sort((a, b) => a[1] - b[1])
    .map(([d]) => d);
  const more = diagnostics.length - max;
  kept.push({
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Information,
    source: SOURCE,
    code: 'not-shown',
    message: `${more} more ${more === 1 ? 'finding' : 'findings'} in this document ${more === 1 ? 'is' : 'are'} not shown: the editor shows at most ${max} (the setting groupplan.maxNumberOfProblems). "groupplan lint" on the file lists them all.`,
  });
  return kept;
}

type WorkerReply = { ok: true; findings?: Finding[]; ruleErrors?: CheckResult['ruleErrors']; coverage?: DynamicCoverage[] } | { ok: false; error: string };

interface Job {
  req: WorkerRequest;
  resolve: (r: WorkerReply | 'superseded') => void;
}

export class Checker {
  readonly optedIn = new Set<string>();
  readonly configFiles = new ConfigFiles();
  private readonly docsDir = bundledDocsDir();
  private readonly docsExists = new Map<string, boolean>();
  private readonly workerFile = path.join(__dirname, 'check-worker.js');
  /** The worker bundle sits next to the server bundle; without it (sources run directly) all checks are inline. */
  private readonly hasWorker = fs.existsSync(this.workerFile);
  private worker: Worker | undefined;
  private readonly queue = new Map<string, Job>();
  private current: (Job & { timer: ReturnType<typeof setTimeout> }) | undefined;

  constructor(readonly settings: SettingsStore) {}

  // A plan by its front matter, by a config file governing its folder, or by the client's opt-in.
  isPlan(uri: string, text: string): boolean {
    if (this.optedIn.has(uri) || declaresPlan(text)) return true;
    const fsPath = fsPathOf(uri);
    return Boolean(fsPath && this.configFiles.find(path.dirname(fsPath)));
  }

  loadConfig(uri: string, settings: GroupplanSettings): LoadedConfig {
    const layer = settingsLayer(settings);
    const fsPath = fsPathOf(uri);
    return fsPath ? this.configFiles.load(fsPath, layer) : loadWithoutFile(layer);
  }

  // The docs page of a rule: the bundled file as a file: URI when it exists, else the default URL.
  docsUrl(ruleId: string): string {
    if (this.docsDir) {
      let ok = this.docsExists.get(ruleId);
      if (ok === undefined) {
        ok = fs.existsSync(path.join(this.docsDir, `${ruleId}.md`));
        this.docsExists.set(ruleId, ok);
      }
      if (ok) return pathToFileURL(path.join(this.docsDir, `${ruleId}.md`)).toString();
    }
    return `${DEFAULT_DOCS_BASE}${ruleId}.md`;
  }

  /** The docs base handed to the engine. */
  docsBase(): string {
    return this.docsDir ? `${pathToFileURL(this.docsDir).toString()}/` : DEFAULT_DOCS_BASE;
  }

  /** True when a text is checked in a worker thread rather than inline. */
  usesWorker(text: string): boolean {
    return this.hasWorker && text.length > INLINE_MAX_CHARS;
  }

  // Checks a document's current text with its settings.
  async check(doc: TextDocument, log: (msg: string) => void): Promise<CheckOutcome> {
    const settings = await this.settings.get(doc.uri);
    const text = doc.getText();
    if (!settings.enable || !this.isPlan(doc.uri, text)) return { isPlan: false, diagnostics: [] };
    const skip = uncheckableReason(text);
    if (skip) return { isPlan: true, diagnostics: [notice(text, skip)] };
    const loaded = this.loadConfig(doc.uri, settings);
    let findings: Finding[];
    let ruleErrors: CheckResult['ruleErrors'];
    if (this.usesWorker(text)) {
      const reply = await this.inWorker(doc.uri, { text, config: loaded.config, docsBaseUrl: this.docsBase(), kind: 'check' });
      if (reply === 'superseded') return { isPlan: true, diagnostics: [], superseded: true };
      if (!reply.ok) {
        log(`groupplan: checking ${doc.uri} failed: ${reply.error}`);
        return { isPlan: true, diagnostics: [notice(text, 'groupplan could not finish checking this document; the server log says why.')] };
      }
      findings = reply.findings ?? [];
      ruleErrors = reply.ruleErrors ?? [];
    } else {
      ({ findings, ruleErrors } = checkPlan(text, loaded.config, { docsBaseUrl: this.docsBase() }));
    }
    for (const e of ruleErrors) log(`groupplan: rule ${e.ruleId} failed on ${doc.uri}: ${e.message}`);
    for (const f of findings) f.docsUrl = this.docsUrl(f.ruleId);
    const lines = new LineIndex(text);
    const toPosition = (o: number) => lines.position(o);
    const diagnostics = findings.map((f) => findingToDiagnostic(f, toPosition, doc.uri));
    if (loaded.problems.length > 0) diagnostics.unshift(configProblemDiagnostic(loaded.problems, loaded.file, text));
    return { isPlan: true, findings, diagnostics, maxProblems: settings.maxNumberOfProblems };
  }

  // Dynamics coverage of a text (in a worker for large texts); undefined when it cannot be computed.
  async coverage(uri: string, text: string, config: ResolvedConfig): Promise<DynamicCoverage[] | undefined> {
    if (uncheckableReason(text)) return undefined;
    if (!this.usesWorker(text)) return dynamicsCoverage(buildPlan(parseMarkdown(text), config.template));
    const reply = await this.inWorker(`${uri}#dynamics`, { text, config, docsBaseUrl: this.docsBase(), kind: 'dynamics' });
    return reply !== 'superseded' && reply.ok ? reply.coverage : undefined;
  }

  // Runs a request in the one worker thread, which keeps its parse cache between checks. Requests
  // wait in a queue, one per key: a newer request for the same key replaces a waiting one.
  private inWorker(key: string, req: WorkerRequest): Promise<WorkerReply | 'superseded'> {
    return new Promise((resolve) => {
      this.queue.get(key)?.resolve('superseded');
      this.queue.delete(key);
      this.queue.set(key, { req, resolve });
      this.pump();
    });
  }

  private pump(): void {
    if (this.current || this.queue.size === 0) return;
    const [key, job] = this.queue.entries().next().value as [string, Job];
    this.queue.delete(key);
    const worker = this.ensureWorker();
    const timer = setTimeout(() => this.failWorker(`the check took longer than ${WORKER_TIMEOUT_MS / 1000} s`), WORKER_TIMEOUT_MS);
    this.current = { ...job, timer };
    worker.postMessage(job.req);
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.workerFile);
    worker.on('message', (m: WorkerReply) => this.settle(m));
    worker.on('error', (e) => this.failWorker(e.stack ?? e.message));
    worker.on('exit', (code) => {
      if (this.worker === worker) this.failWorker(`the worker stopped (exit code ${code})`);
    });
    worker.unref();
    this.worker = worker;
    return worker;
  }

  private settle(reply: WorkerReply | 'superseded'): void {
    const job = this.current;
    this.current = undefined;
    if (job) {
      clearTimeout(job.timer);
      job.resolve(reply);
    }
    this.pump();
  }

  // A worker that failed or hung is replaced by a fresh one for the next request.
  private failWorker(error: string): void {
    const worker = this.worker;
    this.worker = undefined;
    if (worker) void worker.terminate();
    this.settle({ ok: false, error });
  }

  /** Stops the worker and answers every waiting request (shutdown, or no large document open). */
  dispose(): void {
    for (const job of this.queue.values()) job.resolve('superseded');
    this.queue.clear();
    const worker = this.worker;
    this.worker = undefined;
    if (worker) void worker.terminate();
    this.settle('superseded');
  }
}

// One diagnostic at the top of a plan saying its configuration has problems and where they are.
// The plan is still checked with the parts of the configuration that are valid.
export function configProblemDiagnostic(problems: ConfigProblem[], configFile: string | undefined, text: string): Diagnostic {
  const firstLineEnd = text.search(/\r?\n|$/);
  const fromFile = problems.filter((p) => configFile && p.source === configFile);
  const other = problems.filter((p) => !fromFile.includes(p));
  const parts: string[] = [];
  if (fromFile.length) {
    parts.push(
      `The config file ${path.basename(configFile!)} has ${fromFile.length === 1 ? 'a problem' : `${fromFile.length} problems`} (${fromFile[0].message}${fromFile.length > 1 ? ' …' : ''}). Open it to see ${fromFile.length === 1 ? 'it' : 'them all'}.`,
    );
  }
  if (other.length) parts.push(`The groupplan settings have ${other.length === 1 ? 'a problem' : `${other.length} problems`}: ${other.map((p) => p.message).join(' ')}`);
  parts.push('This plan was checked with the rest of the configuration.');
  const diagnostic: Diagnostic = {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: Math.max(0, firstLineEnd) } },
    severity: DiagnosticSeverity.Warning,
    source: SOURCE,
    code: 'config-invalid',
    message: parts.join(' '),
  };
  if (configFile && fromFile.length) {
    diagnostic.relatedInformation = [{ location: { uri: pathToFileURL(configFile).toString(), range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } }, message: fromFile[0].message }];
  }
  return diagnostic;
}
