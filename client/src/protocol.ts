// The custom messages between this extension, the language server and the preview webview.

export const METHODS = {
  optIn: 'groupplan/optIn',
  dynamics: 'groupplan/dynamics',
  status: 'groupplan/status',
  effectiveConfig: 'groupplan/effectiveConfig',
  fixAllCommand: 'groupplan.server.fixAll',
} as const;

export interface LspPosition {
  line: number;
  character: number;
}

export interface LspRange {
  start: LspPosition;
  end: LspPosition;
}

/** server -> client after each check. */
export interface PlanStatus {
  uri: string;
  isPlan: boolean;
  errors: number;
  warnings: number;
  infos: number;
}

export interface DynamicCoverage {
  id: string;
  name: string;
  summary: string;
  skills: string[];
  addressed: boolean;
  ranges: LspRange[];
}

/** Answer to `groupplan/dynamics`. */
export interface DynamicsResult {
  isPlan: boolean;
  dynamics: DynamicCoverage[];
}

/** Argument of the client command the server's snippet quick fixes use. */
export interface InsertSnippetArgs {
  uri: string;
  range: LspRange;
  snippet: string;
}

/** What the preview shows: extension -> webview. */
export interface PreviewState {
  type: 'state';
  source: string;
  dynamics: DynamicCoverage[];
  /** The plan whose coverage is shown, if any. */
  plan?: { name: string; uri: string; isPlan: boolean };
  /** Why coverage is missing, in plain words. */
  notice?: string;
}

/** What the webview asks for: webview -> extension. */
export type PreviewRequest =
  | { type: 'ready' }
  | { type: 'reveal'; id: string; index: number }
  | { type: 'insertSkill'; id: string; skill: number };

/** Kept by the webview across reloads. */
export interface PreviewPersisted {
  filter?: string;
  uri?: string;
}
