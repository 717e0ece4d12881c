// The one converter from engine findings to LSP diagnostics, and the edit helpers code actions share.
// Engine positions are 0-based UTF-16 lines and columns, the same units LSP uses.
import { DiagnosticSeverity, type Diagnostic, type Range, type TextEdit as LspTextEdit } from 'vscode-languageserver';
import type { Finding, Fix, Position as EnginePosition, TextEdit } from '../engine';

export const SOURCE = 'groupplan';

/** A fix as it travels in a diagnostic's `data`: edits already turned into LSP ranges. */
export interface DataFix {
  title: string;
  edits: LspTextEdit[];
  snippet?: boolean;
}

/** What every groupplan diagnostic carries in `data`, so code actions need no server state. */
export interface DiagnosticData {
  ruleId: string;
  fix?: DataFix;
  suggestions: DataFix[];
}

type ToPosition = (offset: number) => EnginePosition;

const SEVERITY: Record<Finding['severity'], DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

export function toRange(start: EnginePosition, end: EnginePosition): Range {
  return { start: { line: start.line, character: start.column }, end: { line: end.line, character: end.column } };
}

// Turns offset edits into LSP edits with the document's own offset-to-position mapping.
export function toLspEdits(edits: TextEdit[], toPosition: ToPosition): LspTextEdit[] {
  return edits.map((e) => ({ range: toRange(toPosition(e.range[0]), toPosition(e.range[1])), newText: e.text }));
}

export function toDataFix(fix: Fix, toPosition: ToPosition): DataFix {
  return { title: fix.title, edits: toLspEdits(fix.edits, toPosition), ...(fix.snippet ? { snippet: true } : {}) };
}

// Converts one finding; `toPosition` maps offsets of related ranges and fix edits.
export function findingToDiagnostic(finding: Finding, toPosition: ToPosition, docUri: string): Diagnostic {
  const data: DiagnosticData = {
    ruleId: finding.ruleId,
    fix: finding.fix ? toDataFix(finding.fix, toPosition) : undefined,
    suggestions: (finding.suggestions ?? []).map((s) => toDataFix(s, toPosition)),
  };
  const diagnostic: Diagnostic = {
    range: toRange(finding.start, finding.end),
    severity: SEVERITY[finding.severity],
    code: finding.ruleId,
    codeDescription: { href: finding.docsUrl },
    source: SOURCE,
    message: finding.message,
    data,
  };
  if (finding.related?.length) {
    diagnostic.relatedInformation = finding.related.map((r) => ({
      location: { uri: docUri, range: toRange(toPosition(r.range.start), toPosition(r.range.end)) },
      message: r.message,
    }));
  }
  return diagnostic;
}

/** True when a diagnostic's data is ours (it came back from the client in a code action request). */
export function isDiagnosticData(data: unknown): data is DiagnosticData {
  return Boolean(data && typeof data === 'object' && typeof (data as DiagnosticData).ruleId === 'string');
}
