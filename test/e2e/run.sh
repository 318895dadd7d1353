#!/usr/bin/env bash
# The real-editor tests: installs code-server if needed, builds and packages the extension, installs the
# .vsix into a fresh extensions folder, checks what a person sees in the editor (Chromium against
# code-server), then runs the mocha suite inside the extension host. Exits non-zero on any failure and
# ends with "N passed, N failed".
set -euo pipefail
REPO=$(cd "$(dirname "$0")/../.." && pwd)
E2E=$REPO/.e2e
cd "$REPO"

# A step the tests need that fails is itself a failure, still reported in the closing line.
prepare() {
  "$@" || { echo "failed: $*"; echo "0 passed, 1 failed"; exit 1; }
}

prepare bash test/e2e/install-code-server.sh
CODE_SERVER=$E2E/cs/node_modules/.bin/code-server

prepare npm run -s build
prepare npm run -s package
echo "packaged $(du -h dist/crosscheck.vsix | cut -f1) dist/crosscheck.vsix"

rm -rf "$E2E/run" "$E2E/screenshots"
mkdir -p "$E2E/run"
RUN=$E2E/run

# Each tier gets its own copy of the sample collection, beside a folder that is not a collection yet.
new_workspace() {
  local ws
  ws=$(mktemp -d "$RUN/workspace-XXXX")
  cp -R samples "$ws/samples"
  cp -R test/fixtures/loose-notes "$ws/loose-notes"
  echo "$ws"
}

EXTENSIONS=$RUN/extensions
install_package() {
  XDG_CONFIG_HOME=$RUN/install/config XDG_DATA_HOME=$RUN/install/data XDG_CACHE_HOME=$RUN/install/cache \
    "$CODE_SERVER" --extensions-dir "$EXTENSIONS" --install-extension dist/crosscheck.vsix >"$RUN/install.log" 2>&1 ||
    { cat "$RUN/install.log"; return 1; }
}
prepare install_package

export E2E_TALLY=$RUN/tally
: >"$E2E_TALLY"
status=0
run_tier() {
  local before after
  before=$(wc -l <"$E2E_TALLY")
  "$@" || status=1
  after=$(wc -l <"$E2E_TALLY")
  # A tier that died before reporting still counts as a failure.
  if [ "$after" = "$before" ]; then echo "0 1" >>"$E2E_TALLY"; status=1; fi
}

echo "== editor UI (packaged extension)"
run_tier npx tsx test/e2e/ui.ts "$(new_workspace)" "$EXTENSIONS"
echo "== extension host suite (the same package, loaded for development)"
run_tier npx tsx test/e2e/extensionHost.ts "$(new_workspace)" "$(echo "$EXTENSIONS"/crosscheck.crosscheck-*)"

read -r passed failed < <(awk '{ p += $1; f += $2 } END { print p + 0, f + 0 }' "$E2E_TALLY")
echo "screenshots in $E2E/screenshots"
echo "$passed passed, $failed failed"
[ "$status" = 0 ] && [ "$failed" = 0 ]
