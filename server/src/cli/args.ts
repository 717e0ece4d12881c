// Argument parsing shared by the sub-commands.

export class UsageError extends Error {}

export const HELP = `groupplan: check pre-group plans against the mutual-aid model

Usage:
  groupplan lint <files|folders|globs|-> [options]   check plans
  groupplan config <file>                             print the effective config for a file
  groupplan grade <folder|files...> --out <folder>   grade a folder of submissions
  groupplan classroom <plan>                          grade one plan for GitHub Classroom's autograder

Lint options:
  --format stylish|json|sarif|junit|github
                                      output format (default: stylish)
  --config FILE                        use this config file instead of searching
  --rule id=severity                   set a rule's severity (repeatable)
  --fix                                apply fixes and write the files (with -, print the fixed text)
  --quiet                              report errors only
  --all                                check every Markdown file, not only plans
  --plans-only                         check named files only if they are plans (as in folders)
  --no-gitignore                       also walk into what .gitignore files ignore
  --max-warnings N                     exit 1 when there are more than N warnings
  --jobs N                             worker threads for 16 files or more (default: one per core)

Files named on the command line are always checked (with --plans-only, chosen as in folders); files found in folders or by globs only when
they declare "groupplan: true" in front matter or a .groupplan.json/.jsonc/.yaml config governs them, and not when
a .gitignore of the folders walked, or of the git repository above them, ignores them.

Exit codes: 0 no errors, 1 errors found, 2 usage or config failure.
`;

export interface ParsedArgs {
  positional: string[];
  flags: Map<string, string[]>;
}

// Parses "--name value", "--name=value" and boolean flags; `booleans` lists flags without values.
export function parseArgs(argv: string[], booleans: string[], valued: string[]): ParsedArgs {
  const positional: string[] = [];
  const flags = new Map<string, string[]>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '-' || !a.startsWith('-')) {
      positional.push(a);
      continue;
    }
    if (a === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    }
    const eq = a.indexOf('=');
    const name = (eq === -1 ? a : a.slice(0, eq)).replace(/^-+/, '');
    if (booleans.includes(name)) {
      flags.set(name, ['true']);
    } else if (valued.includes(name)) {
      const value = eq === -1 ? argv[++i] : a.slice(eq + 1);
      if (value === undefined) throw new UsageError(`--${name} needs a value.`);
      flags.set(name, [...(flags.get(name) ?? []), value]);
    } else {
      throw new UsageError(`Unknown option "${a}".`);
    }
  }
  return { positional, flags };
}
