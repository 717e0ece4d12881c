// `groupplan lint`: checks files, folders and globs, prints findings, exits 0/1/2.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pickFixes } from '../engine/edits';
import { applyEdits, checkPlan, declaresPlan, type Finding, type ResolvedConfig, type TextEdit } from '../engine';
import { collectFiles, decodeText, isGlob, MAX_FILE_BYTES, readHead, readTextFile, writeFileAtomic, type ReadResult } from '../node/files';
import { loadConfigFor, type LoadedConfig } from '../node/config-loader';
import { exitQuietlyOnBrokenPipe, printable } from '../node/stdio';
import { parseArgs, UsageError } from './args';
import { formatResults, FORMATS, githubSummary, tally, type FileResult, type Format } from './formatters';
import { runPool } from '../node/worker-pool';

/** How many times --fix re-checks and fixes again (a fix can make room for another). */
export const MAX_FIX_PASSES = 10;
/** Above this many files, a run on a terminal shows progress on standard error. */
const PROGRESS_THRESHOLD = 20;

declare const __VERSION__: string | undefined;

export interface Input {
  /** Absolute path, or undefined for standard input. */
  abs?: string;
  display: string;
  /** Named on the command line (not found by a folder walk or glob): always checked. */
  explicit: boolean;
  missing?: string;
}

export async function runLint(argv: string[]): Promise<number> {
  exitQuietlyOnBrokenPipe();
  const args = parseArgs(argv, ['fix', 'quiet', 'all', 'plans-only', 'no-gitignore'], ['format', 'config', 'rule', 'jobs', 'max-warnings']);
  const formatArg = args.flags.get('format');
  const format = (formatArg?.[formatArg.length - 1] ?? 'stylish') as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')} (got "${format}").`);
  if (args.positional.length === 0) throw new UsageError('Name the plans to check: files, folders, globs, or - for standard input.');
  if ((args.flags.get('config')?.length ?? 0) > 1) throw new UsageError('--config can be given only once.');
  const overrides = parseRuleFlags(args.flags.get('rule') ?? []);
  const configArg = args.flags.get('config')?.[0];
  const quiet = args.flags.has('quiet');
  const all = args.flags.has('all');
  const fix = args.flags.has('fix');
  const jobsArg = args.flags.get('jobs')?.at(-1);
  const jobs = jobsArg === undefined ? undefined : Number(jobsArg);
  if (jobs !== undefined && !(Number.isInteger(jobs) && jobs >= 1)) throw new UsageError(`--jobs must be a whole number of 1 or more (got "${jobsArg}").`);
  const maxWarningsArg = args.flags.get('max-warnings')?.at(-1);
  const maxWarnings = maxWarningsArg === undefined ? -1 : Number(maxWarningsArg);
  if (!(Number.isInteger(maxWarnings) && maxWarnings >= -1)) throw new UsageError(`--max-warnings must be a whole number, or -1 for no limit (got "${maxWarningsArg}").`);
  // --plans-only: files named on the command line are chosen as a folder walk chooses them (for a
  // pre-commit hook, which names every changed Markdown file).
  const plansOnly = args.flags.has('plans-only');
  const cwd = process.cwd();

  // An explicit config file must exist; a broken one fails the whole run (exit 2) before any file is checked.
  let configFile: string | undefined;
  if (configArg) {
    configFile = path.resolve(configArg);
    if (!fs.existsSync(configFile)) return reportConfigProblems([{ message: 'The config file given with --config does not exist.', path: '', source: configFile }], cwd);
  }
  const probe = loadConfigFor(path.join(cwd, 'stdin.md'), { configFile, overrides, noSearch: !configFile });
  if (probe.problems.length) return reportConfigProblems(probe.problems, cwd);

  const stdinCount = args.positional.filter((p) => p === '-').length;
  if (stdinCount > 1) throw new UsageError('Standard input (-) can be named only once.');
  const { files, missing } = collectFiles(args.positional.filter((p) => p !== '-'), undefined, cwd, { gitignore: !args.flags.has('no-gitignore') });
  const explicit = new Set<string>();
  for (const p of args.positional) {
    if (p === '-' || isGlob(p) || plansOnly) continue;
    const abs = path.resolve(cwd, p);
    try {
      if (!fs.statSync(abs).isDirectory()) explicit.add(abs);
    } catch {
      // Missing: reported below.
    }
  }
  for (const m of missing) if (m.glob) process.stderr.write(`groupplan: ${printable(m.arg)} matched no files.\n`);

  const inputs: Input[] = [];
  if (stdinCount) inputs.push({ display: '<stdin>', explicit: true });
  for (const f of files) inputs.push({ abs: f, display: displayPath(f, cwd), explicit: explicit.has(f) });
  for (const m of missing) if (!m.glob) inputs.push({ abs: path.resolve(cwd, m.arg), display: m.arg, explicit: true, missing: m.reason });

  // Resolve every folder's configuration first, so a broken config file stops the run before any output.
  const settings: LintSettings = { configFile, overrides, quiet, all, fix, cwd };
  const configFor = configCache(settings);
  const problems = inputs.flatMap((i) => (i.missing ? [] : configFor(i.abs).problems));
  if (problems.length) return reportConfigProblems(dedupeProblems(problems), cwd);

  const stdinText = stdinCount ? await readStdin() : undefined;
  const progress = process.stderr.isTTY && inputs.length > PROGRESS_THRESHOLD ? new Progress(inputs.length) : undefined;
  // Files are checked on worker threads, one per core, when there are enough of them; the results
  // come back in the order of the inputs, so the output is the same as a run in this thread.
  const tasks: LintTask[] = inputs.map((input, index) => ({ index, input, ...(input.abs ? {} : { stdin: stdinText ?? Buffer.alloc(0) }) }));
  const done = await runPool<LintTask, LintDone>(
    tasks,
    { workerFile: path.join(__dirname, 'lint-worker.js'), workerData: settings, jobs, minParallel: PARALLEL_FROM, onResult: (r) => progress?.tick(inputs[r.index].display) },
    async (t) => lintFile(t, settings, configFor),
    (t, message) => ({ index: t.index, result: { file: t.input.display, messages: [], fatal: `${t.input.display} could not be checked (${message.split('\n')[0]}).` }, ruleErrors: [] }),
  );
  const results: FileResult[] = [];
  let fixedStdin: string | undefined;
  for (const d of done) {
    for (const e of d.ruleErrors) process.stderr.write(`groupplan: rule ${e.ruleId} failed on ${inputs[d.index].display}: ${e.message}\n`);
    if (d.result) results.push(d.result);
    if (d.fixedStdin !== undefined) fixedStdin = d.fixedStdin;
  }
  progress?.done();
  // Markdown found in folders or by globs that is not a plan is left out; say so, once.
  const skipped = done.filter((d) => !d.result && !inputs[d.index].explicit).length;
  if (skipped && !all) {
    process.stderr.write(`groupplan: ${skipped} Markdown ${skipped === 1 ? 'file was' : 'files were'} not checked because ${skipped === 1 ? 'it is' : 'they are'} not marked as a plan (add "groupplan: true" to the front matter or a .groupplan.yaml to the folder, or use --all).\n`);
  }

  const version = typeof __VERSION__ === 'string' ? __VERSION__ : '0.1.0';
  const report = formatResults(format, results, { colour: format === 'stylish' && Boolean(process.stdout.isTTY) && !process.env.NO_COLOR, cwd, version });
  // With --fix on standard input, the fixed document goes to standard output and the report to standard error.
  if (fixedStdin !== undefined) {
    process.stdout.write(fixedStdin);
    process.stderr.write(report);
  } else process.stdout.write(report);
  if (format === 'github' && process.env.GITHUB_STEP_SUMMARY) {
    try {
      fs.appendFileSync(process.env.GITHUB_STEP_SUMMARY, githubSummary(results));
    } catch (e) {
      process.stderr.write(`groupplan: could not write the job summary to GITHUB_STEP_SUMMARY (${(e as Error).message}).\n`);
    }
  }
  const failed = results.some((r) => r.fatal || r.messages.some((m) => m.severity === 'error'));
  const warnings = tally(results.flatMap((r) => r.messages)).warning;
  if (!failed && maxWarnings >= 0 && warnings > maxWarnings) {
    process.stderr.write(`groupplan: ${warnings} warnings, more than --max-warnings ${maxWarnings}.\n`);
    return 1;
  }
  return failed ? 1 : 0;
}

/** From this many files on, lint checks on worker threads (starting them costs about as much as a few files). */
const PARALLEL_FROM = 16;

/** What every file of a run is checked with; sent to the worker threads as it is. */
export interface LintSettings {
  configFile?: string;
  overrides: Record<string, string>;
  quiet: boolean;
  all: boolean;
  fix: boolean;
  cwd: string;
}

/** One file (or standard input, with its bytes) to check. */
export interface LintTask {
  index: number;
  input: Input;
  stdin?: Uint8Array;
}

/** What checking one input gave: its result (none for a file a walk found that is not a plan). */
export interface LintDone {
  index: number;
  result?: FileResult;
  ruleErrors: { ruleId: string; message: string }[];
  fixedStdin?: string;
}

/** The configuration of each folder, loaded once. */
export function configCache(settings: LintSettings): (abs: string | undefined) => LoadedConfig {
  const configs = new Map<string, LoadedConfig>();
  return (abs) => {
    const dir = abs ? path.dirname(abs) : settings.cwd;
    let loaded = configs.get(dir);
    if (!loaded) {
      loaded = loadConfigFor(path.join(dir, 'stdin.md'), { configFile: settings.configFile, overrides: settings.overrides });
      configs.set(dir, loaded);
    }
    return loaded;
  };
}

/** Checks one input (and with --fix, fixes and writes it): in this thread or on a worker. */
export async function lintFile(task: LintTask, settings: LintSettings, configFor: (abs: string | undefined) => LoadedConfig): Promise<LintDone> {
  const { input, index } = task;
  const { quiet, all, fix } = settings;
  const none: LintDone = { index, ruleErrors: [] };
  if (input.missing) return { ...none, result: { file: input.display, messages: [], fatal: `${input.display} ${input.missing}.` } };
  const loaded = configFor(input.abs);
  const governed = Boolean(loaded.file);
  const read: ReadResult = input.abs ? readTextFile(input.abs) : decodeText(Buffer.from(task.stdin ?? []));
  if (!read.ok) {
    // A file found by a walk is reported only when it would have been checked: named, governed,
    // --all, or front matter that declares a plan (read leniently from the raw bytes).
    if (input.explicit || governed || all || (input.abs && declaresPlan(readHead(input.abs).replace(/\0/g, '')))) {
      return { ...none, result: { file: input.display, messages: [], fatal: `${input.display} ${read.reason}.` } };
    }
    return none;
  }
  if (!input.explicit && !all && !governed && !declaresPlan(read.text)) return none;

  const config = loaded.config;
  const wanted = (f: Finding): boolean => !quiet || f.severity === 'error';
  let text = read.text;
  let applied = 0;
  let fixedStdin: string | undefined;
  if (fix) {
    const out = fixText(text, config, wanted);
    applied = out.applied;
    if (out.text !== text) {
      const toWrite = restoreLineEndings(read.text, out.text);
      if (input.abs) {
        try {
          writeFileAtomic(input.abs, (read.bom ? '\uFEFF' : '') + toWrite, (read.bom ? '\uFEFF' : '') + read.text);
        } catch (e) {
          return { ...none, result: { file: input.display, messages: [], fatal: `${input.display} could not be written with the fixes (${(e as Error).message}).` } };
        }
      }
      text = toWrite;
    }
    if (!input.abs) fixedStdin = text;
  }
  const { findings, ruleErrors } = checkPlan(text, config);
  const rulesOn = Object.entries(config.rules)
    .filter(([, r]) => r.severity !== 'off' && (!quiet || r.severity === 'error'))
    .map(([id]) => id);
  return { index, ruleErrors, fixedStdin, result: { file: input.display, messages: findings.filter(wanted), rulesOn, fixed: applied || undefined } };
}

function displayPath(abs: string, cwd: string): string {
  const rel = path.relative(cwd, abs);
  return rel && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') : abs;
}

// Applies every wanted finding's fix, re-checking between passes, until nothing changes.
export function fixText(text: string, config: ResolvedConfig, wanted: (f: Finding) => boolean = () => true): { text: string; applied: number } {
  let current = text;
  let applied = 0;
  // A fix whose finding comes back after it was applied is not applied again, so a fix that does
  // not remove its own finding cannot insert the same text pass after pass.
  const done = new Set<string>();
  const key = (f: Finding): string => `${f.ruleId}\u0000${f.message}\u0000${f.fix?.title ?? ''}`;
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const { findings } = checkPlan(current, config);
    const picked = selectFixes(findings.filter((f) => wanted(f) && !done.has(key(f))));
    if (picked.length === 0) break;
    const out = applyEdits(current, picked.flatMap((p) => p.edits));
    if (out.text === current) break;
    for (const p of picked) done.add(key(p.finding));
    applied += picked.length;
    current = out.text;
  }
  return { text: current, applied };
}

// Picks whole fixes whose edits do not overlap an already picked fix; the rest wait for the next pass.
export function selectFixes(findings: Finding[]): { finding: Finding; edits: TextEdit[] }[] {
  return pickFixes(findings, { passes: true }).map(({ item, edits }) => ({ finding: item, edits }));
}


// Keeps a CRLF file CRLF after fixes that insert "\n" line breaks.
function restoreLineEndings(original: string, fixed: string): string {
  const crlf = (original.match(/\r\n/g) ?? []).length;
  const lf = (original.match(/\n/g) ?? []).length - crlf;
  return crlf > lf ? fixed.replace(/\r?\n/g, '\r\n') : fixed;
}

interface Problem {
  message: string;
  path: string;
  source?: string;
}

function dedupeProblems(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.source}|${p.path}|${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// A JSON pointer such as /rules/norms-missing/severity as the setting people write: rules.norms-missing.severity.
export function settingName(pointer: string): string {
  return pointer
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((acc, part) => (/^\d+$/.test(part) ? `${acc}[${part}]` : acc ? `${acc}.${part}` : part), '');
}

export function describeProblem(p: Problem, cwd = process.cwd()): string {
  if (p.source === 'command line') return `groupplan: problem in --rule ${settingName(p.path).replace(/^rules\./, '')}: ${p.message}`;
  const where = !p.source ? 'the configuration' : path.isAbsolute(p.source) ? displayPath(p.source, cwd) : p.source;
  const setting = settingName(p.path);
  return `groupplan: config problem in ${where}${setting ? `, setting "${setting}"` : ''}: ${p.message}`;
}

function reportConfigProblems(problems: Problem[], cwd: string): number {
  for (const p of problems) process.stderr.write(`${describeProblem(p, cwd)}\n`);
  process.stderr.write('No files were checked. Fix the configuration and run again (exit code 2).\n');
  return 2;
}

// Parses repeated --rule id=severity flags (the severity is validated with the rest of the config).
function parseRuleFlags(values: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const v of values) {
    const m = /^\s*([\w-]+)\s*[=:]\s*(\S+)\s*$/.exec(v);
    if (!m) throw new UsageError(`--rule takes id=severity, for example --rule norms-missing=error (got "${v}").`);
    out[m[1]] = m[2];
  }
  return out;
}

// Reads standard input as bytes, at most MAX_FILE_BYTES: past that it stops reading and says so.
// The bytes are decoded like a file's (binary, UTF-16 or non-UTF-8 input is reported).
function readStdin(): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let total = 0;
    const onData = (c: Buffer): void => {
      total += c.length;
      if (total > MAX_FILE_BYTES) {
        process.stdin.off('data', onData);
        process.stdin.pause();
        process.stdin.destroy();
        reject(new UsageError(`Standard input is larger than the ${MAX_FILE_BYTES / 1048576} MB groupplan reads; check a file instead.`));
        return;
      }
      chunks.push(c);
    };
    process.stdin.on('data', onData);
    process.stdin.on('end', () => resolve(Buffer.concat(chunks)));
    process.stdin.on('error', reject);
  });
}

// Progress on standard error for long runs on a terminal: "checked 12 of 40 files".
class Progress {
  private count = 0;
  private last = 0;
  constructor(private readonly total: number) {}
  tick(name: string): void {
    this.count++;
    const now = Date.now();
    if (now - this.last < 100 && this.count < this.total) return;
    this.last = now;
    const line = `groupplan: checking ${this.count} of ${this.total} files: ${name}`;
    const width = process.stderr.columns ? process.stderr.columns - 1 : 100;
    process.stderr.write(`\r\x1b[K${line.slice(0, width)}`);
  }
  done(): void {
    process.stderr.write('\r\x1b[K');
  }
}
