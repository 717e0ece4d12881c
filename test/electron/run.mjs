// The same scenarios as test/e2e, through the VS Code API, in a VS Code that @vscode/test-electron
// downloads. For machines that can download VS Code; see README ("Writing a plan in VS Code").
// Where the download is impossible it says so and exits non-zero: it never reports a pass it did not run.
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { downloadAndUnzipVSCode, runTests } from '@vscode/test-electron';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const RUN = path.join(ROOT, '.e2e', 'electron');
const version = process.env.GROUPPLAN_VSCODE_VERSION ?? 'stable';

rmSync(RUN, { recursive: true, force: true });
const workspace = path.join(RUN, 'samples');
const userData = path.join(RUN, 'user-data');
mkdirSync(path.join(userData, 'User'), { recursive: true });
cpSync(path.join(ROOT, 'samples'), workspace, { recursive: true });
writeFileSync(
  path.join(userData, 'User', 'settings.json'),
  JSON.stringify({ 'security.workspace.trust.enabled': false, 'workbench.startupEditor': 'none', 'chat.disableAIFeatures': true, 'markdown.validate.enabled': false }, null, 2),
);

let executable;
try {
  executable = await downloadAndUnzipVSCode({ version, cachePath: path.join(ROOT, '.cache', 'vscode-test') });
} catch (error) {
  console.error(`test:electron: could not download VS Code (${version}): ${error?.message ?? error}`);
  console.error('test:electron: this suite needs to download a VS Code build, which this machine cannot do (only the npm registry and Debian packages are reachable).');
  console.error('test:electron: nothing was run. Use "npm run test:e2e" here (code-server + Chromium), or run this suite on a machine with internet access.');
  process.exit(2);
}

try {
  await runTests({
    vscodeExecutablePath: executable,
    extensionDevelopmentPath: ROOT,
    extensionTestsPath: path.join(ROOT, 'test', 'electron', 'suite', 'index.cjs'),
    launchArgs: [workspace, '--user-data-dir', userData, '--disable-extensions', '--disable-workspace-trust'],
  });
} catch (error) {
  console.error(`test:electron: failed: ${error?.message ?? error}`);
  process.exit(1);
}
