// `groupplan lint`: checks files, folders and globs, prints findings, exits 0/1/2.
import * as path from 'node:path';
import { checkPlan, declaresPlan, type Finding } from '../engine';
import { collectFiles, readTextFile } from '../node/files';
import { findConfigFile, loadConfigFor } from '../node/config-loader';
import { parseArgs, UsageError } from './args';
import { formatResults, FORMATS, type FileResult, type Format } from './formatters';

export async function runLint(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['fix', 'quiet', 'all'], ['format', 'config', 'rule']);
  const format = (args.flags.get('format')?.[0] ?? 'stylish') as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}.`);
  if (args.positional.length === 0) throw new UsageError('Name the plans to check: files, folders, globs, or - for standard input.');
  const overrides = parseRuleFlags(args.flags.get('rule') ?? []);
  const configFile = args.flags.get('config')?.[0];
  const quiet = args.flags.has('quiet');
  const all = args.flags.has('all');

  // A broken config is a failure of the whole run (exit 2), reported before any file is checked.
  if (configFile) {
    const loaded = loadConfigFor(path.resolve(configFile), { configFile: path.resolve(configFile), overrides });
    if (loaded.problems.length) return reportConfigProblems(loaded.problems);
  }

  const results: FileResult[] = [];
  const { files, missing } = collectFiles(args.positional.filter((p) => p !== '-'));
  for (const m of missing) process.stderr.write(`groupplan: ${m.arg} ${m.reason}\n`);
  const explicit = new Set(args.positional.filter((p) => p !== '-' && !/[*?{]/.test(p)).map((p) => path.resolve(p)));

  const inputs: { file: string; read: () => ReturnType<typeof readTextFile> }[] = files.map((f) => ({ file: f, read: () => readTextFile(f) }));
  if (args.positional.includes('-')) {
    const text = await readStdin();
    inputs.unshift({ file: '<stdin>', read: () => ({ ok: true, text }) });
  }

  for (const input of inputs) {
    const abs = input.file === '<stdin>' ? path.join(process.cwd(), 'stdin.md') : input.file;
    const loaded = loadConfigFor(abs, { configFile: configFile && path.resolve(configFile), overrides });
    if (loaded.problems.length) return reportConfigProblems(loaded.problems);
    const read = input.read();
    const display = input.file === '<stdin>' ? '<stdin>' : path.relative(process.cwd(), input.file) || input.file;
    if (!read.ok) {
      results.push({ file: display, messages: [], fatal: `${display} ${read.reason}` });
      continue;
    }
    const governed = Boolean(loaded.file ?? findConfigFile(path.dirname(abs)));
    if (!all && !explicit.has(input.file) && input.file !== '<stdin>' && !governed && !declaresPlan(read.text)) continue;
    const { findings, ruleErrors } = checkPlan(read.text, loaded.config);
    for (const e of ruleErrors) process.stderr.write(`groupplan: rule ${e.ruleId} failed on ${display}: ${e.message}\n`);
    results.push({ file: display, messages: quiet ? findings.filter((f) => f.severity === 'error') : findings, text: read.text });
  }
  process.stdout.write(formatResults(format, results));
  const failed = results.some((r) => r.fatal || r.messages.some((m: Finding) => m.severity === 'error'));
  return failed ? 1 : 0;
}

function reportConfigProblems(problems: { message: string; path: string; source?: string }[]): number {
  for (const p of problems) process.stderr.write(`groupplan: config problem${p.source ? ` in ${p.source}` : ''}${p.path ? ` at ${p.path}` : ''}: ${p.message}\n`);
  return 2;
}

// Parses repeated --rule id=severity flags.
function parseRuleFlags(values: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const v of values) {
    const m = /^([\w-]+)=(\w+)$/.exec(v.trim());
    if (!m) throw new UsageError(`--rule takes id=severity, for example --rule norms-missing=error (got "${v}").`);
    out[m[1]] = m[2];
  }
  return out;
}

function readStdin(): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    process.stdin.on('data', (c: Buffer) => chunks.push(c));
    process.stdin.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    process.stdin.on('error', reject);
  });
}
