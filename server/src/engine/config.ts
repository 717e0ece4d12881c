// Resolves layered configuration (presets, editor settings, config files) into one effective config.
// Every problem becomes a ConfigProblem with a path; nothing here throws on bad input.
import Ajv, { type ValidateFunction } from 'ajv';
import { DEFAULT_TEMPLATE, TEMPLATES, type ElementDef, type Template } from './elements';
import type { Rule } from './rule';
import type { Severity } from './types';

export type RuleSetting = Severity | boolean | number | string | ({ severity?: Severity | string } & Record<string, unknown>);

export interface ElementSpec {
  id: string;
  title?: string;
  aliases?: string[];
  question?: string;
  required?: boolean;
}

/** A config file's or the editor's settings, as data. */
export interface ConfigInput {
  extends?: string | string[];
  template?: string;
  elements?: ElementSpec[];
  rules?: Record<string, RuleSetting>;
}

export interface ResolvedRule {
  severity: Severity;
  options: Record<string, unknown>;
}

export interface ResolvedConfig {
  template: Template;
  rules: Record<string, ResolvedRule>;
  presets: string[];
}

export interface ConfigProblem {
  message: string;
  /** JSON pointer into the layer, e.g. "/rules/norms-missing". */
  path: string;
  /** Which layer (its name, e.g. the file path) had the problem. */
  source?: string;
}

export interface ConfigLayer {
  name: string;
  input: unknown;
}

export const PRESETS: Record<string, ConfigInput> = {
  recommended: {},
  strict: {
    rules: {
      'purpose-not-concise': 'warning',
      'group-type-missing': 'warning',
      'purpose-weak-common-cause': 'warning',
      'dynamics-not-planned': 'warning',
    },
  },
};

// Coerces the ways people spell a severity ("warn", 2, true) into one of ours.
export function coerceSeverity(value: unknown, fallback: Severity): Severity | undefined {
  if (value === true) return fallback === 'off' ? 'warning' : fallback;
  if (value === false || value === 0) return 'off';
  if (value === 1) return 'warning';
  if (value === 2) return 'error';
  if (typeof value !== 'string') return undefined;
  const v = value.trim().toLowerCase();
  if (['off', 'none', 'disable', 'disabled', 'ignore'].includes(v)) return 'off';
  if (['info', 'information', 'hint', 'suggestion', 'note'].includes(v)) return 'info';
  if (['warning', 'warn'].includes(v)) return 'warning';
  if (['error', 'err'].includes(v)) return 'error';
  if (['on', 'true', 'default'].includes(v)) return fallback === 'off' ? 'warning' : fallback;
  return undefined;
}

// Made on first use: a check with no rule options set never needs it.
let ajv: Ajv | undefined;
const validators = new WeakMap<Rule, ValidateFunction>();

function optionsValidator(rule: Rule): ValidateFunction | undefined {
  if (!rule.meta.options) return undefined;
  let v = validators.get(rule);
  if (!v) {
    v = (ajv ??= new Ajv({ allErrors: true, strict: false })).compile({ type: 'object', properties: rule.meta.options, additionalProperties: false });
    validators.set(rule, v);
  }
  return v;
}

export function defaultOptions(rule: Rule): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, schema] of Object.entries(rule.meta.options ?? {})) if ('default' in schema) out[k] = JSON.parse(JSON.stringify(schema.default));
  return out;
}

// Resolves layers, lowest precedence first. The presets that layers `extends` apply before any layer.
export function resolveConfig(layers: ConfigLayer[], rules: readonly Rule[]): { config: ResolvedConfig; problems: ConfigProblem[] } {
  const problems: ConfigProblem[] = [];
  const byId = new Map(rules.map((r) => [r.meta.id, r]));
  const resolved: ResolvedConfig = { template: TEMPLATES[DEFAULT_TEMPLATE], rules: {}, presets: [] };
  for (const r of rules) resolved.rules[r.meta.id] = { severity: r.meta.defaultSeverity, options: defaultOptions(r) };

  const apply = (input: ConfigInput, source: string, strictIds: boolean): void => {
    if (input.template !== undefined || input.elements !== undefined) {
      const t = resolveTemplate(input, source, problems);
      if (t) resolved.template = t;
    }
    for (const [id, setting] of Object.entries(input.rules ?? {})) {
      const rule = byId.get(id);
      if (!rule) {
        if (strictIds) problems.push({ message: `"${id}" is not a groupplan rule.${suggest(id, [...byId.keys()])}`, path: `/rules/${id}`, source });
        continue;
      }
      const current = resolved.rules[id];
      const next = resolveRuleSetting(rule, setting, current, `/rules/${id}`, source, problems);
      if (next) resolved.rules[id] = next;
    }
  };

  // Presets named by any layer apply first, so precedence is: defaults < presets < each layer in order.
  const objects: { obj: Record<string, unknown>; name: string }[] = [];
  for (const layer of layers) {
    const input = layer.input;
    if (input === undefined || input === null) continue;
    if (typeof input !== 'object' || Array.isArray(input)) {
      problems.push({ message: 'The configuration must be an object (a map of settings).', path: '', source: layer.name });
      continue;
    }
    const obj = input as Record<string, unknown>;
    objects.push({ obj, name: layer.name });
    for (const key of Object.keys(obj)) {
      if (!['extends', 'template', 'elements', 'rules', '$schema'].includes(key)) {
        problems.push({ message: `Unknown setting "${key}". Known settings: extends, template, elements, rules.`, path: `/${key}`, source: layer.name });
      }
    }
    const ext = obj.extends;
    const presets = ext === undefined ? [] : Array.isArray(ext) ? ext : [ext];
    for (const p of presets) {
      // Own properties only: "toString" or "constructor" is not a preset.
      if (typeof p !== 'string' || !Object.prototype.hasOwnProperty.call(PRESETS, p)) {
        problems.push({ message: `"${String(p)}" is not a preset. Use one of: ${Object.keys(PRESETS).join(', ')}.`, path: '/extends', source: layer.name });
        continue;
      }
      if (resolved.presets.includes(p)) continue;
      resolved.presets.push(p);
      apply(PRESETS[p], `preset ${p}`, false);
    }
  }
  for (const { obj, name } of objects) {
    const layer = { name };
    if (obj.rules !== undefined && (typeof obj.rules !== 'object' || obj.rules === null || Array.isArray(obj.rules))) {
      problems.push({ message: '"rules" must be a map from rule id to a severity or an object of options.', path: '/rules', source: layer.name });
      continue;
    }
    apply(obj as ConfigInput, layer.name, true);
  }
  return { config: resolved, problems };
}

function resolveRuleSetting(rule: Rule, setting: RuleSetting, current: ResolvedRule, path: string, source: string, problems: ConfigProblem[]): ResolvedRule | undefined {
  if (typeof setting === 'object' && setting !== null && !Array.isArray(setting)) {
    const { severity, ...options } = setting as Record<string, unknown>;
    let sev = current.severity === 'off' && severity === undefined ? rule.meta.defaultSeverity : current.severity;
    if (sev === 'off' && severity === undefined) sev = 'warning';
    if (severity !== undefined) {
      const s = coerceSeverity(severity, rule.meta.defaultSeverity);
      if (!s) {
        problems.push({ message: `"${String(severity)}" is not a severity. Use off, info, warning or error.`, path: `${path}/severity`, source });
        return undefined;
      }
      sev = s;
    }
    const merged = { ...current.options, ...options };
    const validate = optionsValidator(rule);
    if (Object.keys(options).length > 0 && !validate) {
      problems.push({ message: `Rule "${rule.meta.id}" takes no options (only "severity").`, path, source });
      return undefined;
    }
    if (validate && !validate(merged)) {
      for (const e of validate.errors ?? []) {
        const where = e.instancePath || (e.params && 'additionalProperty' in e.params ? `/${String(e.params.additionalProperty)}` : '');
        const known = Object.keys(rule.meta.options ?? {}).join(', ');
        const msg = e.keyword === 'additionalProperties' ? `Unknown option "${String((e.params as { additionalProperty: string }).additionalProperty)}" for rule "${rule.meta.id}". Known options: ${known}.` : `Option ${where.slice(1) || ''} of rule "${rule.meta.id}" ${e.message}.`;
        problems.push({ message: msg, path: `${path}${where}`, source });
      }
      return undefined;
    }
    return { severity: sev, options: merged };
  }
  const sev = coerceSeverity(setting, rule.meta.defaultSeverity);
  if (!sev) {
    problems.push({ message: `"${String(setting)}" is not a severity for rule "${rule.meta.id}". Use off, info, warning or error.`, path, source });
    return undefined;
  }
  return { severity: sev, options: current.options };
}

function resolveTemplate(input: ConfigInput, source: string, problems: ConfigProblem[]): Template | undefined {
  const name = input.template ?? (input.elements ? 'custom' : DEFAULT_TEMPLATE);
  if (name !== 'custom') {
    const t = typeof name === 'string' && Object.prototype.hasOwnProperty.call(TEMPLATES, name) ? TEMPLATES[name] : undefined;
    if (!t) {
      problems.push({ message: `"${name}" is not a template. Use kurland, toseland-rivas or custom (with "elements").`, path: '/template', source });
      return undefined;
    }
    if (input.elements) problems.push({ message: '"elements" is only read when "template" is "custom".', path: '/elements', source });
    return t;
  }
  if (!Array.isArray(input.elements) || input.elements.length === 0) {
    problems.push({ message: 'A custom template needs "elements": a list of { id, title, aliases }.', path: '/elements', source });
    return undefined;
  }
  const elements: ElementDef[] = [];
  input.elements.forEach((e, i) => {
    if (!e || typeof e !== 'object' || typeof e.id !== 'string' || !e.id.trim()) {
      problems.push({ message: 'Each element needs an "id" (text).', path: `/elements/${i}`, source });
      return;
    }
    if (e.aliases !== undefined && (!Array.isArray(e.aliases) || e.aliases.some((a) => typeof a !== 'string'))) {
      problems.push({ message: '"aliases" must be a list of heading phrases.', path: `/elements/${i}/aliases`, source });
      return;
    }
    const known = [...Object.values(TEMPLATES).flatMap((t) => t.elements)].find((k) => k.id === e.id);
    elements.push({
      id: e.id,
      title: e.title ?? known?.title ?? e.id,
      aliases: e.aliases ?? known?.aliases ?? [],
      question: e.question ?? known?.question ?? `What does the plan say about ${e.title ?? e.id}?`,
      required: e.required ?? true,
    });
  });
  return elements.length ? { id: 'custom', name: 'Custom template', elements } : undefined;
}

function suggest(id: string, known: string[]): string {
  const close = known.filter((k) => k.includes(id) || id.includes(k) || distance(k, id) <= 3);
  return close.length ? ` Did you mean "${close[0]}"?` : '';
}

function distance(a: string, b: string): number {
  const dp = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = dp[0];
    dp[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = dp[j];
      dp[j] = Math.min(dp[j] + 1, dp[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return dp[b.length];
}
