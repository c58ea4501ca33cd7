#!/usr/bin/env bash
# Runs test/web in VS Code's web worker extension host, the one vscode.dev and github.dev use: the same code-server
# harness as the integration tests (scripts/vscode-it.sh), given a copy of the extension without `main`, so VS Code
# can only run its `browser` bundle (dist/extension/web.js), and in a web worker. The test bundle lies inside that copy
# because VS Code runs extension tests in the extension host of the extension that holds them.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
for built in dist/extension/web.js dist/test/web/index.js; do
  [ -f "$ROOT/$built" ] || { echo "$built is missing: run 'npm run build' first" >&2; exit 2; }
done

COPY=$(mktemp -d /tmp/postmortem-web-extension-XXXXXX)
trap 'rm -rf "$COPY"' EXIT
mkdir -p "$COPY/dist/extension" "$COPY/dist/test"
cp "$ROOT"/dist/extension/web.js* "$COPY/dist/extension/"
cp -R "$ROOT/dist/test/web" "$COPY/dist/test/web"
[ -d "$ROOT/dist/webview" ] && cp -R "$ROOT/dist/webview" "$COPY/dist/webview"
for item in README.md LICENSE package.nls.json snippets syntaxes schemas media docs; do cp -R "$ROOT/$item" "$COPY/"; done
node -e '
  const fs = require("fs");
  const manifest = JSON.parse(fs.readFileSync(process.argv[1], "utf8"));
  delete manifest.main;
  fs.writeFileSync(process.argv[2], JSON.stringify(manifest, null, 2));
' "$ROOT/package.json" "$COPY/package.json"

VSCODE_IT_SUITE=web VSCODE_IT_EXTENSION="$COPY" VSCODE_IT_TESTS="$COPY/dist/test/web/index.js" \
  VSCODE_IT_SCREENSHOTS="${VSCODE_IT_SCREENSHOTS:-$ROOT/dist/screenshots}" bash "$ROOT/scripts/vscode-it.sh" --exit-on-summary "$@"
