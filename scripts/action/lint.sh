#!/usr/bin/env bash
# The script part of action.yml: lints the postmortems a pull request (or push) changed and writes SARIF for code
# scanning. Runs the same locally (test/package/action.test.ts) as in the Action. Inputs come from the environment:
#   POSTMORTEM_FILES         newline-separated globs of postmortems (git pathspec globs; "!GLOB" excludes);
#                            default **/postmortems/**/*.md, the editor's postmortem.lint.files default
#   POSTMORTEM_BASE          commit to diff against (a PR's base, a push's before); empty, all zeros or not fetched:
#                            lint every tracked file that matches
#   POSTMORTEM_MAX_WARNINGS  passed to --max-warnings when set
#   POSTMORTEM_SARIF         where to write the SARIF, relative to the repository root (default postmortem.sarif)
#   POSTMORTEM_VERSION       the npm package version to run (default: this action's own package.json version)
#   POSTMORTEM_CLI           the command to run instead of the npm package, word-split (tests use the built CLI)
# Outputs (to $GITHUB_OUTPUT): files-linted, exit-code (the CLI's: 0 pass, 1 findings over the gate), sarif-file.
# Exits 0 once the SARIF is written, so it can be uploaded before the job fails on exit-code; 2 on a usage error.
set -euo pipefail

ACTION_ROOT=$(cd "$(dirname "$0")/../.." && pwd)
OUTPUT=${GITHUB_OUTPUT:-/dev/null}
SARIF=${POSTMORTEM_SARIF:-postmortem.sarif}
BASE=${POSTMORTEM_BASE:-}
cd "$(git rev-parse --show-toplevel)"

if [ -n "${POSTMORTEM_CLI:-}" ]; then
  read -ra cli <<<"$POSTMORTEM_CLI"
else
  version=${POSTMORTEM_VERSION:-$(node -p "require(process.argv[1]).version" "$ACTION_ROOT/package.json")}
  cli=(npx --yes "postmortem@$version")
fi

pathspec=()
while IFS= read -r glob; do
  glob=${glob#"${glob%%[![:space:]]*}"}; glob=${glob%"${glob##*[![:space:]]}"}
  [ -z "$glob" ] && continue
  if [ "${glob:0:1}" = "!" ]; then pathspec+=(":(glob,exclude)${glob:1}"); else pathspec+=(":(glob)$glob"); fi
done <<<"${POSTMORTEM_FILES:-**/postmortems/**/*.md}"

files=()
if [ -n "$BASE" ] && [ -n "${BASE//0/}" ] && git cat-file -e "$BASE^{commit}" 2>/dev/null; then
  echo "Postmortems changed since ${BASE:0:12}:"
  # Three dots: what this branch changed since it left the base. Deleted files have nothing left to lint.
  while IFS= read -r -d '' f; do files+=("./$f"); done < <(git diff -z --name-only --diff-filter=ACMR "$BASE...HEAD" -- "${pathspec[@]}")
else
  [ -n "$BASE" ] && echo "Base ${BASE:0:12} is not in this clone (checkout with fetch-depth: 0?); linting every postmortem."
  echo "Postmortems:"
  while IFS= read -r -d '' f; do files+=("./$f"); done < <(git ls-files -z -- "${pathspec[@]}")
fi
printf '  %s\n' "${files[@]#./}"
echo "files-linted=${#files[@]}" >>"$OUTPUT"
if [ ${#files[@]} -eq 0 ]; then
  echo "  (none)"
  echo "exit-code=0" >>"$OUTPUT"
  exit 0
fi

gate=()
[ -n "${POSTMORTEM_MAX_WARNINGS:-}" ] && gate=(--max-warnings "$POSTMORTEM_MAX_WARNINGS")
# Paths start with ./ so a file named like an option stays a path. The text report is for the job log.
mkdir -p "$(dirname "$SARIF")"
set +e
"${cli[@]}" lint "${gate[@]}" "${files[@]}"
"${cli[@]}" lint --format sarif "${gate[@]}" "${files[@]}" >"$SARIF"
status=$?
set -e
[ "$status" -ge 2 ] && { echo "postmortem lint failed (exit $status)" >&2; exit "$status"; }
echo "sarif-file=$SARIF" >>"$OUTPUT"
echo "exit-code=$status" >>"$OUTPUT"
echo "SARIF written to $SARIF"
