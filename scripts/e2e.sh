#!/usr/bin/env bash
# End-to-end tests in real VS Code (code-server, driven by Playwright with Debian's Chromium).
# Installs what it needs when missing: Debian's chromium and libkrb5-dev, Node 24 (from npm) and
# code-server@4.139.1, all outside the project's dependencies, under .cache/ (ignored by git).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
CACHE=$ROOT/.cache
CODE_SERVER_VERSION=4.139.1
NODE24_DIR=$CACHE/node24
CODE_SERVER_DIR=$CACHE/code-server

bash scripts/system-deps.sh

# Installs below run a fresh npm. When this script is started by `npm run`, the outer npm exports its
# settings as npm_* variables, among them npm_config_user_agent naming the Node it runs on (20);
# code-server's install script reads the Node version from there and refuses. Clear them.
clean_npm_env() {
  local v
  for v in $(compgen -e | grep '^npm_'); do unset "$v"; done
}

NODE24=$NODE24_DIR/node_modules/node/bin/node
if ! [ -x "$NODE24" ] || ! "$NODE24" --version | grep -q '^v24\.'; then
  echo "e2e: installing Node 24 from npm into .cache/node24"
  mkdir -p "$NODE24_DIR"
  (clean_npm_env && cd "$NODE24_DIR" && { [ -f package.json ] || echo '{"private":true}' > package.json; } && npm i --no-audit --no-fund --no-save node@24)
fi
"$NODE24" --version

CODE_SERVER_ENTRY=$CODE_SERVER_DIR/node_modules/code-server/out/node/entry.js
installed_version=$(node -p "try { require('$CODE_SERVER_DIR/node_modules/code-server/package.json').version } catch { '' }")
if [ "$installed_version" != "$CODE_SERVER_VERSION" ]; then
  echo "e2e: installing code-server@$CODE_SERVER_VERSION into .cache/code-server (a few minutes)"
  mkdir -p "$CODE_SERVER_DIR"
  (clean_npm_env && cd "$CODE_SERVER_DIR" && { [ -f package.json ] || echo '{"private":true}' > package.json; } && PATH="$(dirname "$NODE24"):$PATH" npm i --no-audit --no-fund --no-save "code-server@$CODE_SERVER_VERSION")
fi

mkdir -p .e2e
export GROUPPLAN_VSIX=$ROOT/.e2e/groupplan.vsix
npm run --silent package
GROUPPLAN_NODE24="$NODE24" GROUPPLAN_CODE_SERVER="$CODE_SERVER_ENTRY" node test/e2e/run.mjs "$@"
