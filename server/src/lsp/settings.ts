// Editor settings per document: fetched with workspace/configuration, cached per URI, never global.
import type { Connection } from 'vscode-languageserver';
import type { ConfigInput } from '../engine';

/** The `groupplan` settings section, as the client contributes it. */
export interface GroupplanSettings {
  enable: boolean;
  preset?: string;
  template?: string;
  rules?: Record<string, unknown>;
  /** The most diagnostics one document sends to the editor. */
  maxNumberOfProblems?: number;
}

export const DEFAULT_SETTINGS: GroupplanSettings = { enable: true };

// Normalises whatever the client sent into settings; unexpected shapes fall back to defaults.
export function readSettings(raw: unknown): GroupplanSettings {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { ...DEFAULT_SETTINGS };
  const r = raw as Record<string, unknown>;
  const out: GroupplanSettings = { enable: r.enable !== false };
  if (typeof r.preset === 'string' && r.preset.trim()) out.preset = r.preset.trim();
  if (typeof r.template === 'string' && r.template.trim()) out.template = r.template.trim();
  if (r.rules && typeof r.rules === 'object' && !Array.isArray(r.rules)) out.rules = r.rules as Record<string, unknown>;
  if (typeof r.maxNumberOfProblems === 'number' && Number.isInteger(r.maxNumberOfProblems) && r.maxNumberOfProblems >= 1) out.maxNumberOfProblems = r.maxNumberOfProblems;
  return out;
}

// Turns editor settings into a config layer: { extends: preset, template, rules }.
export function settingsLayer(settings: GroupplanSettings): ConfigInput {
  const layer: ConfigInput = {};
  if (settings.preset) layer.extends = settings.preset;
  if (settings.template) layer.template = settings.template;
  if (settings.rules && Object.keys(settings.rules).length > 0) layer.rules = settings.rules as ConfigInput['rules'];
  return layer;
}

// Per-URI settings cache; a client without workspace/configuration gets the defaults
// (or the settings pushed with didChangeConfiguration).
export class SettingsStore {
  private readonly cache = new Map<string, Promise<GroupplanSettings>>();
  private pushed: GroupplanSettings | undefined;
  supportsPull = false;

  constructor(private readonly connection: Connection) {}

  get(uri: string): Promise<GroupplanSettings> {
    if (!this.supportsPull) return Promise.resolve(this.pushed ?? { ...DEFAULT_SETTINGS });
    let p = this.cache.get(uri);
    if (!p) {
      p = this.connection.workspace
        .getConfiguration({ scopeUri: uri, section: 'groupplan' })
        .then(readSettings, (e: unknown) => {
          this.connection.console.error(`groupplan: could not read settings for ${uri}: ${String(e)}`);
          this.cache.delete(uri);
          return { ...DEFAULT_SETTINGS };
        });
      this.cache.set(uri, p);
    }
    return p;
  }

  // Called on workspace/didChangeConfiguration: forget everything; keep pushed settings for push-only clients.
  changed(pushedSettings: unknown): void {
    this.cache.clear();
    if (!this.supportsPull) {
      const s = pushedSettings && typeof pushedSettings === 'object' ? (pushedSettings as Record<string, unknown>).groupplan : undefined;
      this.pushed = s === undefined ? undefined : readSettings(s);
    }
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }
}
