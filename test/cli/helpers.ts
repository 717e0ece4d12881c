// Runs the real `groupplan` bin in a temporary folder and reads what it printed.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll } from 'vitest';

export const ROOT = path.resolve(__dirname, '../..');
export const BIN = path.join(ROOT, 'bin', 'groupplan.js');
export const SAMPLES = path.join(ROOT, 'samples');

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function run(args: string[], options: { cwd: string; input?: string | Buffer; env?: Record<string, string> }): RunResult {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd,
    input: options.input ?? '',
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...options.env },
    timeout: 60000,
  });
  if (r.error) throw r.error;
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

const created: string[] = [];

// Temporary folders are removed when the test file is done.
afterAll(() => {
  for (const dir of created.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

export function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'groupplan-cli-'));
  created.push(dir);
  return dir;
}

// Writes files (path relative to `dir` -> content) and returns `dir`.
export function writeFiles(dir: string, files: Record<string, string | Buffer>): string {
  for (const [rel, content] of Object.entries(files)) {
    const abs = path.join(dir, rel);
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    fs.writeFileSync(abs, content);
  }
  return dir;
}

export interface JsonEntry {
  file: string;
  messages: { ruleId: string | null; severity: string; message: string; line: number; column: number; endLine: number; endColumn: number }[];
}

export function parseJson(out: string): JsonEntry[] {
  return JSON.parse(out) as JsonEntry[];
}

/** A plan that declares itself and lacks norms and most sections. */
export const SMALL_PLAN = '---\ngroupplan: true\ntype: short-term\n---\n\n# Parents group\n\n## Purpose\n\nThis group brings together new parents so that they can support one another as they find their feet.\n';

/** A plan with no purpose at all: purpose-missing is an error by default. */
export const NO_PURPOSE_PLAN = '---\ngroupplan: true\ntype: classic\n---\n\n# Plan\n\n## Need\n\nCarers in the area feel alone.\n';

/** Ordinary Markdown that is not a plan. */
export const NOT_A_PLAN = '# Shopping list\n\n- milk\n- bread\n';
