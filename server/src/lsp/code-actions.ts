// Code actions: a finding's fix (preferred) and suggestions, fix all of a rule, fix all in the file,
// and disable comments for the line, section or file. Per-finding actions read only the diagnostic's data.
import { METHODS, type InsertSnippetArgs } from './protocol';
import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic, type TextEdit as LspTextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { disableEdits, type DisableScope } from '../engine';
import { pickFixes } from '../engine/edits';
import { snippetToText } from '../engine/snippet';
import { isDiagnosticData, type DataFix } from './convert';

export const FIX_ALL_KIND = 'source.fixAll.groupplan';
export const INSERT_SNIPPET_COMMAND = METHODS.insertSnippetCommand;

/** A finding's fix with the rule it belongs to. */
export interface RuleFix {
  ruleId: string;
  fix: DataFix;
}

/** The fixes carried by groupplan diagnostics. */
export function fixesOf(diagnostics: readonly Diagnostic[]): RuleFix[] {
  return diagnostics.flatMap((d) => (isDiagnosticData(d.data) && d.data.fix ? [{ ruleId: d.data.ruleId, fix: d.data.fix }] : []));
}

// The LSP edits applying every fix, by the engine's rule for several fixes at once (whole fixes,
// never one in part; snippet fixes inserted as plain text).
export function fixAllEdits(doc: TextDocument, fixes: RuleFix[]): LspTextEdit[] {
  const offsets = fixes.map(({ ruleId, fix }) => ({
    ruleId,
    fix: { snippet: fix.snippet, edits: fix.edits.map((e) => ({ range: [doc.offsetAt(e.range.start), doc.offsetAt(e.range.end)] as [number, number], text: e.newText })) },
  }));
  return pickFixes(offsets)
    .flatMap(({ edits }) => edits)
    .map((e, i) => ({ e, i }))
    .sort((a, b) => a.e.range[0] - b.e.range[0] || a.e.range[1] - b.e.range[1] || a.i - b.i)
    .map(({ e }) => e)
    .map((e) => ({ range: { start: doc.positionAt(e.range[0]), end: doc.positionAt(e.range[1]) }, newText: e.text }));
}

function editOf(uri: string, edits: LspTextEdit[]): WorkspaceEdit {
  return { changes: { [uri]: edits } };
}

// A snippet fix runs the client's insert-snippet command when the client has one (placeholders to
// tab through); any other editor gets the same text as a plain edit, placeholders filled with their
// default text.
function fixAction(uri: string, fix: DataFix, diagnostic: Diagnostic, preferred: boolean, snippetCommand: boolean): CodeAction {
  const action: CodeAction = { title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: preferred || undefined };
  if (fix.snippet && fix.edits.length > 0 && snippetCommand) {
    const first = fix.edits[0];
    action.command = { command: INSERT_SNIPPET_COMMAND, title: fix.title, arguments: [{ uri, range: first.range, snippet: first.newText } satisfies InsertSnippetArgs] };
  } else {
    action.edit = editOf(uri, fix.snippet ? fix.edits.map((e) => ({ ...e, newText: snippetToText(e.newText) })) : fix.edits);
  }
  return action;
}

const SCOPE_TITLES: Record<DisableScope, string> = { line: 'for this line', section: 'for this section', file: 'for this file' };

function wants(only: string[] | undefined, kind: string): boolean {
  return !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
}

export interface CodeActionInput {
  params: CodeActionParams;
  doc: TextDocument;
  /** Every fix of the document's current findings (undefined when unknown or not a plan). */
  fixes: RuleFix[] | undefined;
  /** False for very large documents, where a section comment would need a full parse. */
  sections: boolean;
  /** The client runs the insert-snippet command (InitializationOptions). */
  snippetCommand?: boolean;
}

// Builds every code action for the request.
export function buildCodeActions({ params, doc, fixes, sections, snippetCommand = false }: CodeActionInput): CodeAction[] {
  const uri = params.textDocument.uri;
  const only = params.context.only;
  const actions: CodeAction[] = [];
  const seen = new Set<string>();
  const text = doc.getText();
  const push = (a: CodeAction): void => {
    if (seen.has(a.title)) return;
    seen.add(a.title);
    actions.push(a);
  };
  if (wants(only, CodeActionKind.QuickFix)) {
    for (const d of params.context.diagnostics) {
      if (!isDiagnosticData(d.data)) continue;
      const { ruleId, fix, suggestions } = d.data;
      if (fix) push(fixAction(uri, fix, d, true, snippetCommand));
      for (const s of suggestions ?? []) push(fixAction(uri, s, d, false, snippetCommand));
      const ofRule = (fixes ?? []).filter((f) => f.ruleId === ruleId);
      if (ofRule.length > 1) {
        push({ title: `Fix all ${ruleId} problems in this file`, kind: CodeActionKind.QuickFix, diagnostics: [d], edit: editOf(uri, fixAllEdits(doc, ofRule)) });
      }
      const offset = doc.offsetAt(d.range.start);
      for (const scope of (sections ? ['line', 'section', 'file'] : ['line', 'file']) as DisableScope[]) {
        const edits = disableEdits(text, ruleId, offset, scope);
        if (!edits) continue;
        const lsp = edits.map((e) => ({ range: { start: doc.positionAt(e.range[0]), end: doc.positionAt(e.range[1]) }, newText: e.text }));
        push({ title: `Disable ${ruleId} ${SCOPE_TITLES[scope]}`, kind: CodeActionKind.QuickFix, diagnostics: [d], edit: editOf(uri, lsp) });
      }
    }
  }
  if (wants(only, FIX_ALL_KIND) && fixes && fixes.length > 0) {
    const edits = fixAllEdits(doc, fixes);
    if (edits.length > 0) actions.push({ title: 'Fix all groupplan problems in this file', kind: FIX_ALL_KIND, edit: editOf(uri, edits) });
  }
  return actions;
}
