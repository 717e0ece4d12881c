// Decides which documents are plans, loads their configuration and checks them.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import { checkPlan, declaresPlan, DEFAULT_DOCS_BASE, type CheckResult, type ConfigProblem } from '../engine';
import type { LoadedConfig } from '../node/config-loader';
import { ConfigFiles, loadWithoutFile } from './config-files';
import { SettingsStore, settingsLayer, type GroupplanSettings } from './settings';
import { findingToDiagnostic, SOURCE } from './convert';

/** The file-system path of a file: URI, or undefined for other schemes. */
export function fsPathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
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

/** Largest buffer checked as the user types, in UTF-16 code units (about 2 MB of text). */
export const MAX_CHECK_CHARS = 2 * 1024 * 1024;

/** Why a plan was not checked: too large, or binary-looking (NUL characters). */
export function uncheckableReason(text: string): string | undefined {
  if (text.length > MAX_CHECK_CHARS) {
    return `This document is ${(text.length / 1048576).toFixed(1)} MB, more than the ${MAX_CHECK_CHARS / 1048576} MB groupplan checks as you type, so it was not checked. Run "groupplan lint" on it instead.`;
  }
  if (text.slice(0, 8192).includes('\0')) return 'This document looks like a binary file (it contains NUL characters), so groupplan did not check it.';
  return undefined;
}

export interface CheckOutcome {
  isPlan: boolean;
  result?: CheckResult;
  loaded?: LoadedConfig;
  diagnostics: Diagnostic[];
}

export class Checker {
  readonly optedIn = new Set<string>();
  readonly configFiles = new ConfigFiles();
  private readonly docsDir = bundledDocsDir();
  private readonly docsExists = new Map<string, boolean>();

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

  // Checks a document's text with its settings; the findings keep engine offsets for code actions.
  async check(doc: TextDocument, log: (msg: string) => void): Promise<CheckOutcome> {
    const settings = await this.settings.get(doc.uri);
    return this.checkWith(doc, settings, log);
  }

  checkWith(doc: TextDocument, settings: GroupplanSettings, log: (msg: string) => void): CheckOutcome {
    const text = doc.getText();
    if (!settings.enable || !this.isPlan(doc.uri, text)) return { isPlan: false, diagnostics: [] };
    const skip = uncheckableReason(text);
    if (skip) {
      const end = Math.max(0, Math.min(text.search(/\r?\n|$/), 200));
      return { isPlan: true, diagnostics: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: end } }, severity: DiagnosticSeverity.Information, source: SOURCE, code: 'not-checked', message: skip }] };
    }
    const loaded = this.loadConfig(doc.uri, settings);
    const result = checkPlan(text, loaded.config, { docsBaseUrl: this.docsBase() });
    for (const e of result.ruleErrors) log(`groupplan: rule ${e.ruleId} failed on ${doc.uri}: ${e.message}`);
    for (const f of result.findings) f.docsUrl = this.docsUrl(f.ruleId);
    const toPosition = (o: number) => result.plan.lines.position(o);
    const diagnostics = result.findings.map((f) => findingToDiagnostic(f, toPosition, doc.uri));
    if (loaded.problems.length > 0) diagnostics.unshift(configProblemDiagnostic(loaded.problems, loaded.file, text));
    return { isPlan: true, result, loaded, diagnostics };
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
