#!/usr/bin/env node
// The `groupplan` command: runs the bundled CLI.
const path = require('node:path');
const fs = require('node:fs');
const cli = path.join(__dirname, '..', 'dist', 'cli.js');
if (!fs.existsSync(cli)) {
  process.stderr.write('groupplan: the CLI has not been built yet. Run "npm run build" in the groupplan folder.\n');
  process.exit(2);
}
require(cli);
