// Config files: a cache of where they are and what they say, the effective config for a plan,
// and the diagnostics of a config file open in the editor, placed at the offending key.
import * as path from 'node:path';
import { findNodeAtLocation, parseTree, type Node as JsonNode } from 'jsonc-parser';
import { isMap, isScalar, isSeq, parseDocument, type Node as YamlNode } from 'yaml';
import { DiagnosticSeverity, type Diagnostic, type Range } from 'vscode-languageserver';
import { CONFIG_FILE_NAMES, findConfigFile, loadConfigFor, readConfigLayer, withExtended, type LoadedConfig } from '../node/config-loader';
import { LineIndex, parseConfigText, resolveConfig, RULES, type ConfigInput, type ConfigLayer, type ConfigProblem } from '../engine';
import { SOURCE } from './convert';

/** True for `.groupplan.json`, `.jsonc`, `.yaml` and `.yml` (by file name). */
export function isConfigFileName(fileName: string): boolean {
  return CONFIG_FILE_NAMES.includes(path.basename(fileName));
}

// Caches config-file discovery per folder and parsed layers per file; cleared when files change.
export class ConfigFiles {
  private readonly found = new Map<string, string | null>();
  private readonly layers = new Map<string, { layer?: ConfigLayer; problems: ConfigProblem[] }>();

  /** The config file governing a folder, if any. */
  find(dir: string): string | undefined {
    let hit = this.found.get(dir);
    if (hit === undefined) {
      hit = findConfigFile(dir) ?? null;
      this.found.set(dir, hit);
    }
    return hit ?? undefined;
  }

  readLayer = (file: string): { layer?: ConfigLayer; problems: ConfigProblem[] } => {
    let hit = this.layers.get(file);
    if (!hit) {
      hit = readConfigLayer(file);
      this.layers.set(file, hit);
    }
    return hit;
  };

  // Effective config for a document on disk: defaults < presets < editor settings < config file.
  load(fsPath: string, settings: ConfigInput): LoadedConfig {
    return loadConfigFor(fsPath, { settings, configFile: this.find(path.dirname(fsPath)), readLayer: this.readLayer });
  }

  /** Whether a file was read as configuration: a config file, or a file one of them extends. */
  read(file: string): boolean {
    return this.layers.has(file);
  }

  clear(): void {
    this.found.clear();
    this.layers.clear();
  }
}

// Effective config for a document with no file on disk (untitled): editor settings only.
export function loadWithoutFile(settings: ConfigInput): LoadedConfig {
  const layers: ConfigLayer[] = [{ name: 'editor settings', input: settings }];
  const { config, problems } = resolveConfig(layers, RULES);
  return { config, problems, layers };
}

function unescapePointer(seg: string): string {
  return seg.replace(/~1/g, '/').replace(/~0/g, '~');
}

function segmentsOf(pointer: string): string[] {
  return pointer ? pointer.split('/').slice(1).map(unescapePointer) : [];
}

// Finds the [start, end) offsets of the key (or array item) a JSON pointer names, or its nearest parent.
export function locateJson(text: string, pointer: string): [number, number] | undefined {
  const root = parseTree(text);
  if (!root) return undefined;
  const segs = segmentsOf(pointer);
  for (let n = segs.length; n > 0; n--) {
    const loc = segs.slice(0, n).map((s) => (/^\d+$/.test(s) ? Number(s) : s));
    let node: JsonNode | undefined;
    try {
      node = findNodeAtLocation(root, loc);
    } catch {
      node = undefined;
    }
    if (!node) continue;
    const key = node.parent?.type === 'property' ? node.parent.children?.[0] : undefined;
    const target = key ?? node;
    return [target.offset, target.offset + target.length];
  }
  return undefined;
}

// The same for YAML, walking the document's nodes; keys are preferred over values.
export function locateYaml(text: string, pointer: string): [number, number] | undefined {
  const doc = parseDocument(text);
  let node: unknown = doc.contents;
  let best: [number, number] | undefined;
  for (const seg of segmentsOf(pointer)) {
    if (isMap(node)) {
      const pair = node.items.find((p) => (isScalar(p.key) ? String(p.key.value) : String(p.key)) === seg);
      if (!pair) break;
      const key = pair.key as YamlNode | null;
      if (key && key.range) best = [key.range[0], key.range[1]];
      node = pair.value;
    } else if (isSeq(node) && /^\d+$/.test(seg)) {
      const item = node.items[Number(seg)] as YamlNode | undefined;
      if (!item) break;
      if (item.range) best = [item.range[0], item.range[1]];
      node = item;
    } else break;
  }
  return best;
}

function firstLineRange(lines: LineIndex): Range {
  return { start: { line: 0, character: 0 }, end: { line: 0, character: lines.lineEnd(0) } };
}

function rangeOf(lines: LineIndex, span: [number, number] | undefined): Range {
  if (!span) return firstLineRange(lines);
  const s = lines.position(span[0]);
  const e = lines.position(Math.max(span[0], span[1]));
  return { start: { line: s.line, character: s.column }, end: { line: e.line, character: e.column } };
}

// Diagnostics for a config file's text: a syntax error, or every problem resolving it reports.
export function configFileDiagnostics(text: string, fileName: string): Diagnostic[] {
  const lines = new LineIndex(text);
  const yaml = /\.ya?ml$/i.test(fileName);
  const parsed = parseConfigText(text, fileName);
  if (parsed.error) {
    const { offset, length, message } = parsed.error;
    return [
      {
        range: rangeOf(lines, [offset, offset + length]),
        severity: DiagnosticSeverity.Error,
        source: SOURCE,
        code: 'config-syntax',
        message: `This config file is not valid ${yaml ? 'YAML' : 'JSON'}: ${message}. Until it is fixed, plans it governs are checked without it.`,
      },
    ];
  }
  // The files and packages it extends are read from disk; their problems are shown on its "extends".
  const read: ConfigProblem[] = [];
  // A config file with no place on disk (untitled) extends presets only.
  const own: ConfigLayer = { name: fileName, input: parsed.data };
  const layers = path.isAbsolute(fileName) ? withExtended(fileName, (f) => (path.resolve(f) === path.resolve(fileName) ? { layer: own, problems: [] } : readConfigLayer(f)), read) : [own];
  const resolved = resolveConfig(layers, RULES).problems;
  const problems = [...read, ...resolved].map((p) => (p.source === undefined || path.resolve(p.source) === path.resolve(fileName) ? p : { ...p, path: '/extends', message: `In ${path.basename(p.source)}: ${p.message}` }));
  return problems.map((p) => ({
    range: rangeOf(lines, p.path ? (yaml ? locateYaml(text, p.path) : locateJson(text, p.path)) : undefined),
    severity: DiagnosticSeverity.Error,
    source: SOURCE,
    code: 'config-invalid',
    message: p.message,
  }));
}
