// Builds minified bundles and packs the extension with vsce (no node_modules: everything is bundled).
// Prints the .vsix path and size.
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { name, version } = JSON.parse(readFileSync('package.json', 'utf8'));
const out = process.env.GROUPPLAN_VSIX ?? `${name}-${version}.vsix`;
execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit', env: { ...process.env, GROUPPLAN_MINIFY: '1' } });
const vsce = require.resolve('@vscode/vsce/vsce');
execFileSync(process.execPath, [vsce, 'package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '--out', out], { stdio: 'inherit' });
const bytes = statSync(out).size;
console.log(`${out}: ${(bytes / 1024).toFixed(0)} KiB (${bytes} bytes)`);
