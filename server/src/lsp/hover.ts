// Hover on a finding: why the rule matters, the idea it comes from, and its docs page. The message
// itself is not repeated: editors show the diagnostic beside the hover already.
import { MarkupKind, type Diagnostic, type Hover, type Position, type Range } from 'vscode-languageserver';
import { findRule } from '../engine';
import { isDiagnosticData } from './convert';

function contains(range: Range, p: Position): boolean {
  const afterStart = p.line > range.start.line || (p.line === range.start.line && p.character >= range.start.character);
  const beforeEnd = p.line < range.end.line || (p.line === range.end.line && p.character <= range.end.character);
  return afterStart && beforeEnd;
}

/** Escapes text so Markdown shows it as written. */
export function escapeMarkdown(s: string): string {
  return s.replace(/[\\`*_[\]<>#|]/g, '\\$&');
}

// Builds the hover for the diagnostics under the cursor, or null when there are none.
export function hoverFor(diagnostics: readonly Diagnostic[], position: Position): Hover | null {
  const hits = diagnostics.filter((d) => contains(d.range, position));
  if (hits.length === 0) return null;
  const parts = hits.map((d) => {
    const ruleId = isDiagnosticData(d.data) ? d.data.ruleId : undefined;
    const rule = ruleId ? findRule(ruleId) : undefined;
    if (!rule) return `**${escapeMarkdown(d.message)}**`;
    const lines = [`**Why groupplan flags this** (\`${rule.meta.id}\`)`, rule.meta.explanation, `Source: ${rule.meta.source}`];
    const href = d.codeDescription?.href;
    if (href) lines.push(`[Read more about \`${rule.meta.id}\`](${href})`);
    return lines.join('\n\n');
  });
  return { contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n---\n\n') }, range: hits[0].range };
}
