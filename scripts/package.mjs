// Builds minified bundles and packs the extension with vsce (no node_modules: everything is bundled),
// with no bypass flags: the manifest has its repository, licence, icon and changelog. vsce rewrites the
// README's relative links to the repository, so they work on the Marketplace and Open VSX.
// Prints the .vsix path and size.
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { name, version } = JSON.parse(readFileSync('package.json', 'utf8'));
const out = process.env.GROUPPLAN_VSIX ?? `${name}-${version}.vsix`;
execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit', env: { ...process.env, GROUPPLAN_MINIFY: '1' } });
const vsce = require.resolve('@vscode/vsce/vsce');
execFileSync(process.execPath, [vsce, 'package', '--no-dependencies', '--out', out], { stdio: 'inherit' });
const bytes = statSync(out).size;
console.log(`${out}: ${(bytes / 1024).toFixed(0)} KiB (${bytes} bytes)`);
