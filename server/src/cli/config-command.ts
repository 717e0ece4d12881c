// `groupplan config <file>`: prints the effective configuration for a file as JSON.
import * as path from 'node:path';
import { loadConfigFor } from '../node/config-loader';
import { parseArgs, UsageError } from './args';

export async function runConfig(argv: string[]): Promise<number> {
  const args = parseArgs(argv, [], ['config', 'rule']);
  const file = args.positional[0];
  if (!file) throw new UsageError('Name the file whose configuration to show: groupplan config plan.md');
  const configFile = args.flags.get('config')?.[0];
  const loaded = loadConfigFor(path.resolve(file), { configFile: configFile && path.resolve(configFile) });
  const out = {
    file: path.resolve(file),
    configFile: loaded.file ?? null,
    presets: loaded.config.presets,
    template: { id: loaded.config.template.id, elements: loaded.config.template.elements.map((e) => e.id) },
    rules: loaded.config.rules,
    problems: loaded.problems,
  };
  process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  return loaded.problems.length ? 2 : 0;
}
