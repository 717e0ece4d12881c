// Finds the config file that governs a document (walking up from its folder) and resolves the
// effective configuration: defaults < presets < editor settings < config file < command-line rules.
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { parseConfigText } from '../engine/config-text';
import { PRESETS, resolveConfig, RULES, type ConfigLayer, type ConfigProblem, type ResolvedConfig } from '../engine';

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
  if (file) layers.push(...withExtended(file, options.readLayer ?? readConfigLayer, problems, []));
  if (options.overrides && Object.keys(options.overrides).length) layers.push({ name: 'command line', input: { rules: options.overrides } });
  const resolved = resolveConfig(layers, RULES);
  return { config: resolved.config, file, problems: [...problems, ...resolved.problems], layers };
}

/** How deep `extends` may chain files (a course config extending a department's, and so on). */
export const MAX_EXTENDS_DEPTH = 8;

// A config file's layer, preceded by the layers of the files and packages it extends (lower
// precedence, in the order listed). Preset names stay in `extends` for the engine; every other entry
// is a config file: a path relative to the extending file ("./course.yaml", "../shared/.groupplan.json")
// or an installed package ("@sw610/groupplan-config"), whose package.json names its config file in
// "groupplan" (else its .groupplan.json or .groupplan.yaml). Config is data: only JSON and YAML are read.
export function withExtended(file: string, readLayer: NonNullable<LoadOptions['readLayer']>, problems: ConfigProblem[], chain: string[] = []): ConfigLayer[] {
  const r = readLayer(file);
  problems.push(...r.problems);
  if (!r.layer) return [];
  const input = r.layer.input as { extends?: unknown } | undefined;
  const ext = input && typeof input === 'object' && !Array.isArray(input) ? input.extends : undefined;
  const entries = ext === undefined ? [] : Array.isArray(ext) ? ext : [ext];
  const isPreset = (e: unknown): boolean => typeof e !== 'string' || Object.prototype.hasOwnProperty.call(PRESETS, e);
  if (entries.every(isPreset)) return [r.layer];
  const before: ConfigLayer[] = [];
  const here = [...chain, path.resolve(file)];
  for (const e of entries) {
    if (isPreset(e)) continue;
    const problem = (message: string): void => void problems.push({ message, path: '/extends', source: file });
    const target = extendedFile(e as string, path.dirname(file));
    if ('problem' in target) {
      problem(target.problem);
      continue;
    }
    if (here.includes(path.resolve(target.file))) {
      problem(`"${e as string}" extends a config file that extends this one (${[...here, target.file].map((f) => path.basename(f)).join(' → ')}); remove one of the two.`);
      continue;
    }
    if (here.length > MAX_EXTENDS_DEPTH) {
      problem(`"${e as string}" is more than ${MAX_EXTENDS_DEPTH} config files deep; extend fewer files in a chain.`);
      continue;
    }
    before.push(...withExtended(target.file, readLayer, problems, here));
  }
  // The engine sees only the presets: the files have become layers of their own.
  const own = { ...(input as object), extends: entries.filter(isPreset) };
  return [...before, { name: r.layer.name, input: own }];
}

const CONFIG_DATA = /\.(?:json|jsonc|ya?ml)$/i;

function extendedFile(entry: string, dir: string): { file: string } | { problem: string } {
  if (/^(?:\.{1,2}[\\/]|[\\/]|[A-Za-z]:[\\/])/.test(entry) || CONFIG_DATA.test(entry)) {
    const file = path.resolve(dir, entry);
    if (!CONFIG_DATA.test(file)) return { problem: `"${entry}" is not a config file: extends reads JSON or YAML files (.json, .jsonc, .yaml, .yml), never code.` };
    if (!fs.existsSync(file)) return { problem: `The config file "${entry}" named in extends does not exist (looked for ${file}).` };
    return { file };
  }
  // A package, found the way Node finds packages: in node_modules folders from here up.
  if (!/^(?:@[\w.-]+\/)?[\w.-]+$/.test(entry)) return { problem: `"${entry}" is not a preset (${Object.keys(PRESETS).join(', ')}), a config file path (starting with ./ or ../) or a package name.` };
  let manifest: string;
  try {
    manifest = createRequire(path.join(dir, 'groupplan-config.js')).resolve(`${entry}/package.json`);
  } catch {
    return { problem: `"${entry}" is not a preset (${Object.keys(PRESETS).join(', ')}), and no package of that name is installed where this config file can see it (npm install ${entry}).` };
  }
  const root = path.dirname(manifest);
  let named: unknown;
  try {
    named = (JSON.parse(fs.readFileSync(manifest, 'utf8')) as { groupplan?: unknown }).groupplan;
  } catch {
    named = undefined;
  }
  const candidates = typeof named === 'string' ? [named] : CONFIG_FILE_NAMES;
  for (const c of candidates) {
    const file = path.resolve(root, c);
    if (!CONFIG_DATA.test(file)) return { problem: `The package "${entry}" names "${c}" as its groupplan config, which is not a JSON or YAML file.` };
    if (path.relative(root, file).startsWith('..')) return { problem: `The package "${entry}" names a config file outside the package ("${c}").` };
    if (fs.existsSync(file)) return { file };
  }
  return { problem: `The package "${entry}" has no groupplan config: name one in its package.json ("groupplan": "config.yaml") or add a .groupplan.json or .groupplan.yaml.` };
}
