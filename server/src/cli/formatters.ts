// Output formats of `groupplan lint`. The JSON shape is a documented, stable interface.
import type { Finding } from '../engine';

export const FORMATS = ['stylish', 'json'] as const;
export type Format = (typeof FORMATS)[number];

export interface FileResult {
  file: string;
  messages: Finding[];
  /** Set when the file could not be read; the run goes on. */
  fatal?: string;
  text?: string;
}

export interface JsonMessage {
  ruleId: string | null;
  severity: 'error' | 'warning' | 'info';
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

// One entry per file, 1-based lines and columns.
export function toJson(results: FileResult[]): { file: string; messages: JsonMessage[] }[] {
  return results.map((r) => ({
    file: r.file,
    messages: r.fatal
      ? [{ ruleId: null, severity: 'error', message: r.fatal, line: 1, column: 1, endLine: 1, endColumn: 1 }]
      : r.messages.map((m) => ({
          ruleId: m.ruleId,
          severity: m.severity,
          message: m.message,
          line: m.start.line + 1,
          column: m.start.column + 1,
          endLine: m.end.line + 1,
          endColumn: m.end.column + 1,
        })),
  }));
}

export function formatResults(format: Format, results: FileResult[]): string {
  if (format === 'json') return `${JSON.stringify(toJson(results), null, 2)}\n`;
  return stylish(results);
}

function stylish(results: FileResult[]): string {
  const colour = process.stdout.isTTY && !process.env.NO_COLOR;
  const c = (code: number, s: string): string => (colour ? `\x1b[${code}m${s}\x1b[0m` : s);
  let out = '';
  const counts = { error: 0, warning: 0, info: 0 };
  for (const r of toJson(results)) {
    if (r.messages.length === 0) continue;
    out += `\n${c(4, r.file)}\n`;
    for (const m of r.messages) {
      counts[m.severity]++;
      const sev = m.severity === 'error' ? c(31, 'error  ') : m.severity === 'warning' ? c(33, 'warning') : c(36, 'info   ');
      out += `  ${`${m.line}:${m.column}`.padEnd(8)} ${sev}  ${m.message}  ${c(90, m.ruleId ?? '')}\n`;
    }
  }
  const total = counts.error + counts.warning + counts.info;
  out += total === 0 ? `${results.length} file${results.length === 1 ? '' : 's'} checked, no problems.\n` : `\n${total} problem${total === 1 ? '' : 's'} (${counts.error} error${counts.error === 1 ? '' : 's'}, ${counts.warning} warning${counts.warning === 1 ? '' : 's'}, ${counts.info} info) in ${results.length} file${results.length === 1 ? '' : 's'}.\n`;
  return out;
}
