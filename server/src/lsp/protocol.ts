// The custom protocol between the language server and its clients (the VS Code extension, and any
// editor that wants the status and the dynamics): method and command names and their payloads,
// written once. The server implements them; client/src/protocol.ts re-exports them.

export const METHODS = {
  /** client -> server notification: check this Markdown document as a plan. */
  optIn: 'groupplan/optIn',
  /** client -> server request: the dynamics of mutual aid and where a plan addresses them. */
  dynamics: 'groupplan/dynamics',
  /** server -> client notification after each check: counts of findings. */
  status: 'groupplan/status',
  /** client -> server request: the configuration in effect for a document. */
  effectiveConfig: 'groupplan/effectiveConfig',
  /** server command (workspace/executeCommand): apply every whole fix in a document. */
  fixAllCommand: 'groupplan.server.fixAll',
  /** client command the server's snippet quick fixes run (the client inserts the snippet). */
  insertSnippetCommand: 'groupplan.insertSnippet',
  /** client -> server notification (web build): the workspace's groupplan config files, read by the client. */
  workspaceFiles: 'groupplan/workspaceFiles',
} as const;

/** The config files a web client read with `vscode.workspace.fs`: every one, each time one changes. */
export interface WorkspaceFilesParams {
  files: { uri: string; text: string }[];
}

export interface LspPosition {
  line: number;
  character: number;
}

export interface LspRange {
  start: LspPosition;
  end: LspPosition;
}

/** `groupplan/optIn` parameters. */
export interface OptInParams {
  uri: string;
}

/** `groupplan/status`: a document's findings by severity (info and hints together). */
export interface PlanStatus {
  uri: string;
  isPlan: boolean;
  errors: number;
  warnings: number;
  infos: number;
}

/** One dynamic in the answer to `groupplan/dynamics`. */
export interface DynamicCoverage {
  id: string;
  name: string;
  summary: string;
  skills: string[];
  addressed: boolean;
  ranges: LspRange[];
  /** The words that decided it where the plan first addresses it (absent from older servers). */
  because?: string[];
}

/** `groupplan/dynamics` parameters and answer. */
export interface DynamicsParams {
  uri: string;
}
export interface DynamicsResult {
  isPlan: boolean;
  dynamics: DynamicCoverage[];
}

/** Argument of the client command the server's snippet quick fixes run. */
export interface InsertSnippetArgs {
  uri: string;
  range: LspRange;
  snippet: string;
}

/** `initializationOptions` a client may send: what it can do beyond the protocol. */
export interface InitializationOptions {
  /** The client runs `METHODS.insertSnippetCommand`, so snippet fixes keep their placeholders; without it they are plain edits. */
  insertSnippetCommand?: boolean;
}
