#!/usr/bin/env bash
# Installs the Debian packages the tests need, when missing: Chromium (renders the grading report in
# `npm test` and drives VS Code in the e2e tests) and libkrb5-dev (code-server builds a native module
# against it), and Neovim (the README's recipe is run in a test). Used by .ci/run and scripts/e2e.sh.
set -euo pipefail
need_apt=()
[ -x /usr/bin/chromium ] || need_apt+=(chromium)
dpkg -s libkrb5-dev >/dev/null 2>&1 || need_apt+=(libkrb5-dev)
# Neovim, for the test that runs the README's Neovim recipe against the language server.
command -v nvim >/dev/null 2>&1 || need_apt+=(neovim)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "installing ${need_apt[*]} with apt-get"
  SUDO=""
  [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -q
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q "${need_apt[@]}"
fi
