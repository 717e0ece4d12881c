// The custom messages between this extension, the language server and the preview webview.

// The language server's custom protocol is written once, beside the server.
export { METHODS, type LspPosition, type LspRange, type PlanStatus, type DynamicCoverage, type DynamicsResult, type InsertSnippetArgs, type OptInParams, type InitializationOptions, type WorkspaceFilesParams } from '../../server/src/lsp/protocol';
import type { DynamicCoverage } from '../../server/src/lsp/protocol';

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
