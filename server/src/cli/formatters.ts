// Output formats of `groupplan lint`. The JSON shape is a documented, stable interface.
import * as path from 'node:path';
import { printable } from '../node/stdio';
import { pathToFileURL } from 'node:url';
import { DEFAULT_DOCS_BASE, RULES, oneBased, type Finding } from '../engine';

export const FORMATS = ['stylish', 'json', 'sarif', 'junit', 'github'] as const;
export type Format = (typeof FORMATS)[number];

export interface FileResult {
  /** The path as shown: relative to the working folder, or `<stdin>`. */
  file: string;
  messages: Finding[];
  /** Set when the file could not be read; the run goes on. */
  fatal?: string;
  /** Rule ids that were on for this file (for JUnit's one test case per rule). */
  rulesOn?: string[];
  /** How many fixes `--fix` applied to this file. */
  fixed?: number;
}

export interface JsonMessage {
  ruleId: string | null;
  severity: 'error' | 'warning' | 'info';
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** What the finding is about, as data: for norm findings, the norm ids; else the words that decided it. */
  data?: { evidence: string[] };
}

export interface JsonFileResult {
  file: string;
  messages: JsonMessage[];
}

// One entry per file, 1-based lines and columns; an unreadable file has one message with ruleId null.
export function toJson(results: FileResult[]): JsonFileResult[] {
  return results.map((r) => ({
    file: r.file,
    messages: r.fatal
      ? [{ ruleId: null, severity: 'error', message: r.fatal, line: 1, column: 1, endLine: 1, endColumn: 1 }]
      : r.messages.map((m) => ({ ruleId: m.ruleId, severity: m.severity, message: m.message, ...oneBased(m), ...(m.evidence?.length ? { data: { evidence: m.evidence } } : {}) })),
  }));
}

export interface FormatOptions {
  /** Colour the stylish output. */
  colour?: boolean;
  /** Folder that relative paths in SARIF are relative to. */
  cwd?: string;
  version?: string;
}

export function formatResults(format: Format, results: FileResult[], options: FormatOptions = {}): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(toJson(results), null, 2)}\n`;
    case 'sarif':
      return `${JSON.stringify(toSarif(results, options), null, 2)}\n`;
    case 'junit':
      return toJunit(results);
    case 'github':
      return toGithub(results);
    default:
      return stylish(results, options.colour ?? false);
  }
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

type Severity = JsonMessage['severity'];
/** How many findings of each severity. */
export const tally = (messages: readonly { severity: Severity }[]): Record<Severity, number> => {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const m of messages) counts[m.severity]++;
  return counts;
};
/** "3 problems (1 error, 2 warnings, 0 info) in 2 files." */
const problemsLine = (c: Record<Severity, number>, files: number): string =>
  `${plural(c.error + c.warning + c.info, 'problem')} (${plural(c.error, 'error')}, ${plural(c.warning, 'warning')}, ${c.info} info) in ${plural(files, 'file')}.`;

// Human-readable output grouped by file, with a one-line summary.
function stylish(results: FileResult[], colour: boolean): string {
  const c = (code: number, s: string): string => (colour ? `\x1b[${code}m${s}\x1b[0m` : s);
  let out = '';
  const rows = toJson(results);
  const counts = tally(rows.flatMap((r) => r.messages));
  let fixes = 0;
  for (const [i, r] of rows.entries()) {
    fixes += results[i].fixed ?? 0;
    if (r.messages.length === 0) continue;
    out += `\n${c(4, printable(r.file))}\n`;
    for (const m of r.messages) {
      const sev = m.severity === 'error' ? c(31, 'error  ') : m.severity === 'warning' ? c(33, 'warning') : c(36, 'info   ');
      out += `  ${`${m.line}:${m.column}`.padEnd(8)} ${sev}  ${printable(m.message)}  ${c(90, m.ruleId ?? '')}\n`;
    }
  }
  const total = counts.error + counts.warning + counts.info;
  const fixedNote = fixes ? ` ${fixes} ${fixes === 1 ? 'fix' : 'fixes'} applied.` : '';
  out +=
    total === 0
      ? `${plural(results.length, 'file')} checked, no problems.${fixedNote}\n`
      : `\n${problemsLine(counts, results.length)}${fixedNote}\n`;
  return out;
}

const SARIF_LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

// A file path as a SARIF URI relative to the %SRCROOT% base (the working folder).
function sarifUri(file: string): string {
  return file.split(path.sep).map(encodeURIComponent).join('/');
}

// SARIF 2.1.0: one run, the rules in the driver, one result per finding.
export function toSarif(results: FileResult[], options: FormatOptions = {}): Record<string, unknown> {
  const ruleIndex = new Map(RULES.map((r, i) => [r.meta.id, i]));
  const cwd = options.cwd ?? process.cwd();
  const sarifResults: unknown[] = [];
  const notifications: unknown[] = [];
  for (const r of results) {
    const artifactLocation = { uri: sarifUri(r.file), uriBaseId: 'SRCROOT' };
    if (r.fatal) {
      notifications.push({ level: 'error', message: { text: r.fatal }, locations: [{ physicalLocation: { artifactLocation } }] });
      continue;
    }
    for (const m of r.messages) {
      const result: Record<string, unknown> = {
        ruleId: m.ruleId,
        level: SARIF_LEVEL[m.severity],
        message: { text: m.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation,
              region: { startLine: m.start.line + 1, startColumn: m.start.column + 1, endLine: m.end.line + 1, endColumn: m.end.column + 1 },
            },
          },
        ],
      };
      const idx = ruleIndex.get(m.ruleId);
      if (idx !== undefined) result.ruleIndex = idx;
      if (m.fix && !m.fix.snippet) {
        result.fixes = [
          {
            description: { text: m.fix.title },
            artifactChanges: [
              {
                artifactLocation,
                replacements: m.fix.edits.map((e) => ({ deletedRegion: { charOffset: e.range[0], charLength: e.range[1] - e.range[0] }, insertedContent: { text: e.text } })),
              },
            ],
          },
        ];
      }
      if (m.evidence?.length) result.properties = { evidence: m.evidence };
      sarifResults.push(result);
    }
  }
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'groupplan',
            version: options.version ?? '0.0.0',
            informationUri: 'https://github.com/groupplan/groupplan',
            rules: RULES.map((rule) => ({
              id: rule.meta.id,
              shortDescription: { text: rule.meta.description },
              fullDescription: { text: rule.meta.explanation },
              helpUri: `${DEFAULT_DOCS_BASE}${rule.meta.id}.md`,
              help: { text: `${rule.meta.explanation} (${rule.meta.source})` },
              defaultConfiguration: rule.meta.defaultSeverity === 'off' ? { enabled: false, level: 'none' } : { level: SARIF_LEVEL[rule.meta.defaultSeverity] },
              properties: { fixable: rule.meta.fixable, source: rule.meta.source },
            })),
          },
        },
        originalUriBaseIds: { SRCROOT: { uri: pathToFileURL(cwd.endsWith(path.sep) ? cwd : cwd + path.sep).href } },
        columnKind: 'utf16CodeUnits',
        invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications }],
        results: sarifResults,
      },
    ],
  };
}

// Escapes text for XML attributes and content, dropping characters XML 1.0 cannot hold.
export function escapeXml(s: string): string {
  return s
    .replace(/[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

// JUnit XML: one testsuite per file; a failing testcase per finding and a passing one per rule without findings.
export function toJunit(results: FileResult[]): string {
  const json = toJson(results);
  let body = '';
  let allTests = 0;
  let allFailures = 0;
  let allErrors = 0;
  json.forEach((r, i) => {
    const res = results[i];
    const file = escapeXml(r.file);
    let cases = '';
    let tests = 0;
    let failures = 0;
    let errors = 0;
    if (res.fatal) {
      tests = 1;
      errors = 1;
      cases += `    <testcase name="read file" classname="${file}">\n      <error message="${escapeXml(res.fatal)}">${escapeXml(res.fatal)}</error>\n    </testcase>\n`;
    } else {
      const withFindings = new Set<string>();
      for (const m of r.messages) {
        withFindings.add(m.ruleId ?? '');
        tests++;
        failures++;
        const where = `${r.file}:${m.line}:${m.column}`;
        cases += `    <testcase name="${escapeXml(`${m.ruleId} at ${m.line}:${m.column}: ${firstSentence(m.message)}`)}" classname="${file}">\n      <failure type="${escapeXml(m.ruleId ?? '')}" message="${escapeXml(m.message)}">${escapeXml(`${m.severity}: ${m.message} (${where})`)}</failure>\n    </testcase>\n`;
      }
      for (const id of res.rulesOn ?? []) {
        if (withFindings.has(id)) continue;
        tests++;
        cases += `    <testcase name="${escapeXml(id)}" classname="${file}"/>\n`;
      }
    }
    allTests += tests;
    allFailures += failures;
    allErrors += errors;
    body += `  <testsuite name="${file}" tests="${tests}" failures="${failures}" errors="${errors}" skipped="0">\n${cases}  </testsuite>\n`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="groupplan" tests="${allTests}" failures="${allFailures}" errors="${allErrors}">\n${body}</testsuites>\n`;
}

// GitHub Actions workflow commands (as @actions/core writes them): the message escapes %, CR and LF;
// properties escape those and also ":" and ",", which separate them.
const ghData = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const ghProperty = (s: string): string => ghData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
const GITHUB_LEVEL = { error: 'error', warning: 'warning', info: 'notice' } as const;

// Markdown for a table cell: pipes, backticks, brackets and line breaks cannot break the table.
const cell = (s: string): string => printable(s).replace(/[\\`*_[\]<>|]/g, (ch) => `\\${ch}`).replace(/[\r\n]+/g, ' ');

/**
 * The job summary a GitHub Actions run shows (appended to $GITHUB_STEP_SUMMARY with --format github):
 * the totals, a row per plan with findings, and how often each rule fired, linked to its page.
 */
export function githubSummary(results: FileResult[]): string {
  const rows = toJson(results);
  const all = rows.flatMap((r) => r.messages);
  let out = `## groupplan\n\n${problemsLine(tally(all), results.length)}\n`;
  const withFindings = rows.filter((r) => r.messages.length);
  if (withFindings.length) {
    out += '\n| plan | errors | warnings | info |\n|---|---:|---:|---:|\n';
    for (const r of withFindings) {
      const c = tally(r.messages);
      out += `| ${cell(r.file)} | ${c.error} | ${c.warning} | ${c.info} |\n`;
    }
    const byRule = new Map<string, number>();
    for (const m of all) if (m.ruleId) byRule.set(m.ruleId, (byRule.get(m.ruleId) ?? 0) + 1);
    const docs = new Map(results.flatMap((r) => r.messages.map((m) => [m.ruleId, m.docsUrl] as const)));
    out += '\n| rule | findings |\n|---|---:|\n';
    for (const [id, n] of [...byRule].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))) out += `| ${docs.get(id) ? `[${id}](${docs.get(id)})` : id} | ${n} |\n`;
  }
  return `${out}\n`;
}

// A test case's name: a finding's first sentence, at most 80 characters, so that findings of one
// rule at one place (a missing section each) have names of their own.
function firstSentence(message: string): string {
  const end = message.search(/[.!?](?:\s|$)/);
  const s = end >= 0 ? message.slice(0, end + 1) : message;
  return s.length > 80 ? `${s.slice(0, 79)}…` : s;
}

/** One annotation command per finding (shown on the pull request's changed lines), then a summary line. */
export function toGithub(results: FileResult[]): string {
  let out = '';
  const rows = toJson(results);
  for (const r of rows) {
    for (const m of r.messages) {
      const title = m.ruleId ? `groupplan ${m.ruleId}` : 'groupplan';
      const props = [`file=${ghProperty(printable(r.file))}`, `line=${m.line}`, `endLine=${m.endLine}`, `col=${m.column}`, `endColumn=${m.endColumn}`, `title=${ghProperty(title)}`];
      out += `::${GITHUB_LEVEL[m.severity]} ${props.join(',')}::${ghData(printable(m.message))}\n`;
    }
  }
  out += `groupplan: ${problemsLine(tally(rows.flatMap((r) => r.messages)), results.length)}\n`;
  return out;
}
