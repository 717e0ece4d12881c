// Finds the config file that governs a document (walking up from its folder) and resolves the
// effective configuration: defaults < presets < editor settings < config file < command-line rules.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseConfigText } from '../engine/config-text';
import { resolveConfig, RULES, type ConfigLayer, type ConfigProblem, type ResolvedConfig } from '../engine';

export const CONFIG_FILE_NAMES = ['.groupplan.json', '.groupplan.jsonc', '.groupplan.yaml', '.groupplan.yml'];

export interface LoadedConfig {
  config: ResolvedConfig;
  /** The config file that governs the document, when there is one. */
  file?: string;
  problems: ConfigProblem[];
  /** The raw layers, for "show effective configuration". */
  layers: ConfigLayer[];
}

/** Finds the nearest config file in `dir` or a parent folder. */
export function findConfigFile(dir: string, stopAt?: string): string | undefined {
  let current = path.resolve(dir);
  for (;;) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = path.join(current, name);
      if (fs.existsSync(candidate)) return candidate;
    }
    const parent = path.dirname(current);
    if (parent === current || (stopAt && path.resolve(stopAt) === current)) return undefined;
    current = parent;
  }
}

/** Reads a config file into a layer; a read or syntax error becomes a problem. */
export function readConfigLayer(file: string): { layer?: ConfigLayer; problems: ConfigProblem[] } {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    return { problems: [{ message: `Cannot read the config file: ${(e as Error).message}`, path: '', source: file }] };
  }
  const parsed = parseConfigText(text, file);
  if (parsed.error) {
    const line = text.slice(0, parsed.error.offset).split('\n').length;
    return { problems: [{ message: `The config file is not valid ${/\.ya?ml$/i.test(file) ? 'YAML' : 'JSON'} (line ${line}): ${parsed.error.message}`, path: '', source: file }] };
  }
  return { layer: { name: file, input: parsed.data }, problems: [] };
}

export interface LoadOptions {
  /** Editor settings, applied below the config file. */
  settings?: unknown;
  /** An explicit config file (CLI --config) used instead of searching. */
  configFile?: string;
  /** Extra rule settings applied last (CLI --rule). */
  overrides?: Record<string, string>;
  /** Reads a config file into a layer (default: from disk each time); lets the language server cache files. */
  readLayer?: (file: string) => { layer?: ConfigLayer; problems: ConfigProblem[] };
  /** Do not look for a config file (only settings, configFile and overrides apply). */
  noSearch?: boolean;
}

// Loads the effective configuration for a document at `docPath`.
export function loadConfigFor(docPath: string, options: LoadOptions = {}): LoadedConfig {
  const layers: ConfigLayer[] = [];
  const problems: ConfigProblem[] = [];
  if (options.settings !== undefined) layers.push({ name: 'editor settings', input: options.settings });
  const file = options.configFile ?? (options.noSearch ? undefined : findConfigFile(path.dirname(docPath)));
  if (file) {
    const r = (options.readLayer ?? readConfigLayer)(file);
    problems.push(...r.problems);
    if (r.layer) layers.push(r.layer);
  }
  if (options.overrides && Object.keys(options.overrides).length) layers.push({ name: 'command line', input: { rules: options.overrides } });
  const resolved = resolveConfig(layers, RULES);
  return { config: resolved.config, file, problems: [...problems, ...resolved.problems], layers };
}
