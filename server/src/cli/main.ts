// The `groupplan` command: dispatches to sub-commands. Exit codes: 0 ok, 1 errors found, 2 usage or config failure.
import '../node/v8-flags';
import { runLint } from './lint';
import { runConfig } from './config-command';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { HELP, UsageError } from './args';

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'lint':
        return await runLint(rest);
      case 'config':
        return await runConfig(rest);
      case 'grade':
        return await (await gradeCommands()).runGrade(rest, VERSION);
      case 'classroom':
        return await (await gradeCommands()).runClassroom(rest);
      case undefined:
      case '-h':
      case '--help':
      case 'help':
        process.stdout.write(HELP);
        return command === undefined ? 2 : 0;
      case '--version':
      case '-v':
        process.stdout.write(`${VERSION}\n`);
        return 0;
      default:
        throw new UsageError(`Unknown command "${command}".`);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`groupplan: ${e.message}\nRun "groupplan --help" for usage.\n`);
      return 2;
    }
    process.stderr.write(`groupplan: unexpected failure: ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
    return 2;
  }
}

// Built, the grader's commands are dist/cli-grade.js beside this file; run from the sources (tests),
// the module itself. The name is not a literal, so the bundler leaves it out of this bundle.
async function gradeCommands(): Promise<typeof import('./grade-commands')> {
  const built = path.join(__dirname, 'cli-grade.js');
  if (fs.existsSync(built)) return require(built) as typeof import('./grade-commands');
  const source = './grade-commands';
  return (await import(source)) as typeof import('./grade-commands');
}

declare const __VERSION__: string | undefined;
const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : '0.1.0';

if (require.main === module || process.argv[1]?.endsWith('groupplan.js') || process.argv[1]?.endsWith('groupplan')) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    () => {
      process.exitCode = 2;
    },
  );
}
