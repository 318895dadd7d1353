#!/usr/bin/env bash
# Installs code-server (VS Code for the browser, from the npm registry) into .e2e/cs without any of the
# downloads its own install scripts attempt, so the real-editor tests run on an offline machine:
#   - @vscode/ripgrep's postinstall fetches rg from the internet: Debian's /usr/bin/rg is copied instead;
#   - node-pty's rebuild runs `npx node-gyp`, which needs npm_config_yes=true to proceed unattended;
#   - code-server's postinstall refuses root: its steps are done here by hand.
# Idempotent: does nothing when the wanted version is already installed.
# Usage: test/e2e/install-code-server.sh [DIR]   (default <repo>/.e2e/cs)
set -euo pipefail
REPO=$(cd "$(dirname "$0")/../.." && pwd)
DIR=${1:-$REPO/.e2e/cs}
VERSION=${CODE_SERVER_VERSION:-4.100.3}
INSTALLED=$DIR/node_modules/code-server/package.json

if [ -f "$INSTALLED" ] && [ -f "$DIR/.complete" ] &&
  [ "$(node -p "require('$INSTALLED').version")" = "$VERSION" ]; then
  echo "code-server $VERSION already installed in $DIR"
  exit 0
fi

# Debian packages: a browser to drive, ripgrep for search, and the build tools for the native modules.
PACKAGES=(build-essential pkg-config python3 libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev ripgrep chromium fonts-dejavu-core)
missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -q
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
  else
    echo "missing Debian packages (install them as root): ${missing[*]}" >&2
    exit 1
  fi
fi

mkdir -p "$DIR"
cd "$DIR"
rm -f .complete
[ -f package.json ] || echo '{ "name": "crosscheck-e2e-code-server", "private": true }' > package.json
npm install --ignore-scripts --no-audit --no-fund --loglevel=error "code-server@$VERSION"

# What code-server's postinstall.sh would do.
cd node_modules/code-server/lib/vscode
npm install --omit=dev --ignore-scripts --no-audit --no-fund --loglevel=error
mkdir -p node_modules/@vscode/ripgrep/bin
cp /usr/bin/rg node_modules/@vscode/ripgrep/bin/rg
npm_config_yes=true npm rebuild --loglevel=error kerberos @parcel/watcher node-pty @vscode/spdlog native-watchdog @vscode/deviceid
ln -sfn node_modules node_modules.asar
(cd bin/remote-cli && ln -sf code-linux.sh code-server)
(cd bin/helpers && ln -sf browser-linux.sh browser.sh)
(cd extensions && npm install --omit=dev --no-audit --no-fund --loglevel=error)

# code-server's own native module (password auth), built from source.
cd "$DIR"
npm_config_yes=true npm rebuild --loglevel=error argon2
touch .complete
echo "code-server $(node -p "require('$INSTALLED').version") installed in $DIR"
