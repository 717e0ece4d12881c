// Bundles the server, the CLI, the engine (for scripts) and the client with esbuild.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';

const watch = process.argv.includes('--watch');

// Large JSON data (the learned models, the cue index's factors, the cue files) is bundled as a string
// handed to JSON.parse rather than as an object literal: V8 reads a string and JSON.parse far faster
// than it parses and builds an object literal of the same size, which shortens every start of the
// command. The cue files' example sentences and comments are for the tests only and are left out.
const TESTS_ONLY = new Set(['examples', 'comment', '$comment']);
const jsonAsString = {
  name: 'json-as-string',
  setup(b) {
    b.onLoad({ filter: /[\\/](?:models|cue-factors|(?:[a-z]+-)?cues)\.json$/ }, async (args) => {
      const { readFile } = await import('node:fs/promises');
      const cueFile = /[\\/](?:[a-z]+-)?cues\.json$/.test(args.path);
      const text = JSON.stringify(JSON.parse(await readFile(args.path, 'utf8')), (key, value) => (cueFile && TESTS_ONLY.has(key) ? undefined : value));
      return { contents: `module.exports = JSON.parse(${JSON.stringify(text)});`, loader: 'js' };
    });
  },
};
const common = { mainFields: ['module', 'main'], bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: true, logLevel: 'warning', legalComments: 'none', plugins: [jsonAsString] };

const entries = [
  { entryPoints: ['server/src/lsp/main.ts'], outfile: 'dist/server.js' },
  { entryPoints: ['server/src/lsp/check-worker.ts'], outfile: 'dist/check-worker.js' },
  { entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js' },
  { entryPoints: ['server/src/engine/index.ts'], outfile: 'dist/engine.cjs' },
];
// The PDF reader, loaded only when a PDF is graded (server/src/grade/convert.ts).
if (existsSync('server/src/grade/pdf-text.ts')) entries.push({ entryPoints: ['server/src/grade/pdf-text.ts'], outfile: 'dist/pdf.js' });
// The grader's commands, loaded by the CLI only when `grade` or `classroom` runs (server/src/cli/main.ts).
if (existsSync('server/src/cli/grade-commands.ts')) entries.push({ entryPoints: ['server/src/cli/grade-commands.ts'], outfile: 'dist/cli-grade.js' });
if (existsSync('server/src/cli/lint-worker.ts')) entries.push({ entryPoints: ['server/src/cli/lint-worker.ts'], outfile: 'dist/lint-worker.js' });
if (existsSync('server/src/cli/grade-worker.ts')) entries.push({ entryPoints: ['server/src/cli/grade-worker.ts'], outfile: 'dist/grade-worker.js' });
if (existsSync('client/src/extension.ts')) entries.push({ entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] });
// The web build (vscode.dev, github.dev): the language server in a browser web worker, its Node
// built-ins replaced by shims (server/src/web/), process and setImmediate given by web/globals.ts.
const WEB_SHIMS = { fs: 'shim-fs', path: 'shim-path', url: 'shim-url', worker_threads: 'shim-misc', module: 'shim-misc', child_process: 'shim-misc', os: 'shim-misc' };
const webShims = {
  name: 'web-shims',
  setup(b) {
    b.onResolve({ filter: /^(?:node:)?(?:fs|path|url|worker_threads|module|child_process|os)$/ }, (args) => ({ path: new URL(`../server/src/web/${WEB_SHIMS[args.path.replace(/^node:/, '')]}.ts`, import.meta.url).pathname }));
  },
};
if (existsSync('server/src/web/main.ts')) {
  entries.push({ entryPoints: ['server/src/web/main.ts'], outfile: 'dist/web/server.js', platform: 'browser', format: 'iife', target: 'es2022', mainFields: ['browser', 'module', 'main'], conditions: ['worker'], plugins: [jsonAsString, webShims], inject: ['server/src/web/globals.ts'] });
}
// The web extension's entry: the shared client with a browser language client (vscode is provided by the host).
if (existsSync('client/src/web-extension.ts')) {
  entries.push({ entryPoints: ['client/src/web-extension.ts'], outfile: 'dist/web/extension.js', platform: 'browser', format: 'cjs', target: 'es2022', external: ['vscode'], mainFields: ['browser', 'module', 'main'], conditions: ['worker'], plugins: [jsonAsString, webShims], inject: ['server/src/web/globals.ts'] });
}
if (existsSync('client/src/webview/main.ts')) entries.push({ entryPoints: ['client/src/webview/main.ts'], outfile: 'dist/webview.js', platform: 'browser', format: 'iife', target: 'es2022' });

await Promise.all(entries.map((e) => build({ ...common, ...e, minify: !watch && process.env.GROUPPLAN_MINIFY === '1' })));

// V8's code cache for the command's bundle (see bin/groupplan.js): made by running the command once on
// the samples, so it holds the functions a check compiles. A failed run leaves no cache and the command
// compiles its bundle as before.
if (!watch) {
  const { spawnSync } = await import('node:child_process');
  const { rmSync } = await import('node:fs');
  for (const f of ['dist/cli.js.cache', 'dist/cli.js.cache.stamp']) rmSync(f, { force: true });
  spawnSync(process.execPath, ['bin/groupplan.js', 'lint', 'samples', '--format', 'json'], { stdio: 'ignore', env: { ...process.env, GROUPPLAN_WRITE_CODE_CACHE: '1' } });
}
