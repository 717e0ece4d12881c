#!/usr/bin/env node
// The `groupplan` command: runs the bundled CLI.
//
// The bundle (3.6 MB) is compiled with V8's code cache when the build left one beside it
// (dist/cli.js.cache, written by scripts/build.mjs from a run of `lint samples`): V8 then reads the
// compiled functions instead of compiling them again, about 40 ms of every start. The cache is used
// only for the exact bundle it was made from (its SHA-1 is recorded beside it); V8 itself rejects a
// cache from another Node version or a damaged one (checksummed), and the bundle is then compiled as
// usual.
// GROUPPLAN_CODE_CACHE_REPORT=1 prints whether the cache was used.
const path = require('node:path');
const fs = require('node:fs');
const cli = path.join(__dirname, '..', 'dist', 'cli.js');
if (!fs.existsSync(cli)) {
  process.stderr.write('groupplan: the CLI has not been built yet. Run "npm run build" in the groupplan folder.\n');
  process.exit(2);
}
const cacheFile = `${cli}.cache`;
const writeCache = process.env.GROUPPLAN_WRITE_CODE_CACHE === '1';

const report = (what) => process.env.GROUPPLAN_CODE_CACHE_REPORT === '1' && process.stderr.write(`groupplan: code cache ${what}\n`);

// The bundle's identity: the cache made from one bundle must never be read with another.
const stampOf = (source) => require('node:crypto').createHash('sha1').update(source).digest('hex');

// The cache for this exact bundle, or undefined.
function cachedData(source) {
  if (writeCache) return undefined;
  try {
    if (fs.readFileSync(`${cacheFile}.stamp`, 'utf8').trim() !== stampOf(source)) return report('not used: made from another build'), undefined;
    return fs.readFileSync(cacheFile);
  } catch {
    return undefined;
  }
}

function runWithCodeCache() {
  const vm = require('node:vm');
  const Module = require('node:module');
  // The flags the CLI sets when it loads (server/src/node/v8-flags.ts) are part of what V8 checks a
  // cache against, so they are set before compiling.
  require('node:v8').setFlagsFromString('--no-regexp-tier-up');
  // A damaged cache file must be rejected, not run: V8 checksums a code cache only with this flag.
  require('node:v8').setFlagsFromString('--verify-snapshot-checksum');
  // Without a cache (and not making one) the bundle is loaded as any module, not read here first.
  if (!writeCache && !fs.existsSync(cacheFile)) return report('not used: none was built'), false;
  const source = fs.readFileSync(cli);
  const data = cachedData(source);
  if (!data && !writeCache) return false;
  const script = new vm.Script(Module.wrap(source.toString('utf8')), { filename: cli, cachedData: data });
  if (data) report(script.cachedDataRejected ? 'rejected by V8 (another Node version, or a damaged file)' : 'used');
  const mod = new Module(cli, module);
  mod.filename = cli;
  mod.paths = Module._nodeModulePaths(path.dirname(cli));
  const req = (id) => mod.require(id);
  req.resolve = (request, options) => Module._resolveFilename(request, mod, false, options);
  req.main = process.mainModule;
  req.cache = Module._cache;
  if (writeCache) {
    process.once('exit', () => {
      fs.writeFileSync(cacheFile, script.createCachedData());
      fs.writeFileSync(`${cacheFile}.stamp`, stampOf(source));
    });
  }
  script.runInThisContext().call(mod.exports, mod.exports, req, mod, cli, path.dirname(cli));
  return true;
}

if (!runWithCodeCache()) require(cli);
