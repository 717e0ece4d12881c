// `groupplan config <file>`: prints the effective configuration for a file as JSON.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadConfigFor } from '../node/config-loader';
import { exitQuietlyOnBrokenPipe } from '../node/stdio';
import { parseArgs, UsageError } from './args';
import { describeProblem } from './lint';

export async function runConfig(argv: string[]): Promise<number> {
  exitQuietlyOnBrokenPipe();
  const args = parseArgs(argv, [], ['config', 'rule']);
  const file = args.positional[0];
  if (!file) throw new UsageError('Name the file whose configuration to show: groupplan config plan.md');
  if (args.positional.length > 1) throw new UsageError('groupplan config takes one file.');
  const overrides: Record<string, string> = {};
  for (const v of args.flags.get('rule') ?? []) {
    const m = /^\s*([\w-]+)\s*[=:]\s*(\S+)\s*$/.exec(v);
    if (!m) throw new UsageError(`--rule takes id=severity, for example --rule norms-missing=error (got "${v}").`);
    overrides[m[1]] = m[2];
  }
  const configArg = args.flags.get('config')?.[0];
  const configFile = configArg ? path.resolve(configArg) : undefined;
  if (configFile && !fs.existsSync(configFile)) {
    process.stderr.write(`groupplan: config problem in ${configArg}: The config file given with --config does not exist.\n`);
    return 2;
  }
  const abs = path.resolve(file);
  const loaded = loadConfigFor(abs, { configFile, overrides });
  const out = {
    file: abs,
    configFile: loaded.file ?? null,
    presets: loaded.config.presets,
    template: {
      id: loaded.config.template.id,
      elements: loaded.config.template.elements.map((e) => ({ id: e.id, title: e.title, required: e.required })),
    },
    rules: loaded.config.rules,
    problems: loaded.problems,
  };
  process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  for (const p of loaded.problems) process.stderr.write(`${describeProblem(p)}\n`);
  return loaded.problems.length ? 2 : 0;
}
