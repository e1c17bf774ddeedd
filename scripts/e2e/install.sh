#!/usr/bin/env bash
# Installs what `npm run test:e2e` needs, from Debian's packages and the npm registry only:
#   - Debian: chromium (driven by playwright-core), neovim (>= 0.7), ripgrep and libkrb5-dev (code-server's build);
#   - code-server (a pinned release whose engines accept Node 20) into a cache folder outside the project:
#     ${GROUNDED_E2E_CACHE:-$HOME/.cache/grounded-e2e}/code-server-<version>.
# Idempotent: checks what is there first, runs `apt-get update` at most once and only when a package is missing,
# and skips the code-server install when its marker file names the pinned version. Prints the code-server binary
# path as its last line.
set -euo pipefail

CS_VERSION=4.100.3
# code-server 4.100.3 ships @vscode/ripgrep 1.15.11, whose postinstall downloads rg v13.0.0-10 from GitHub
# unless the tarball is already in its cache ($TMPDIR/vscode-ripgrep-cache-<version>/): we put Debian's rg there.
RG_PKG_VERSION=1.15.11
RG_VERSION=v13.0.0-10

HOME="${HOME:-$(getent passwd "$(id -u)" | cut -d: -f6)}"
CACHE="${GROUNDED_E2E_CACHE:-$HOME/.cache/grounded-e2e}"
CS_DIR="$CACHE/code-server-$CS_VERSION"
MARKER="$CS_DIR/.grounded-e2e-installed"
CS_BIN="$CS_DIR/node_modules/.bin/code-server"

log() { echo "[e2e install] $*" >&2; }
die() { echo "[e2e install] FAIL: $*" >&2; exit 1; }

# --- Debian packages -------------------------------------------------------------------------------------------
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v rg >/dev/null 2>&1 || missing+=(ripgrep)
if command -v nvim >/dev/null 2>&1; then
  nvim_version="$(nvim --version | head -n1 | sed -n 's/^NVIM v\([0-9]*\.[0-9]*\).*/\1/p')"
  case "$nvim_version" in
    0.[0-6]|0.[0-6].*) die "nvim $nvim_version is too old: the Neovim test needs 0.7 or newer" ;;
  esac
else
  missing+=(neovim)
fi
# Only code-server's build needs the Kerberos headers.
if [ ! -f "$MARKER" ] && ! dpkg -s libkrb5-dev >/dev/null 2>&1; then missing+=(libkrb5-dev); fi

if [ "${#missing[@]}" -gt 0 ]; then
  command -v apt-get >/dev/null 2>&1 || die "missing ${missing[*]} and no apt-get: install them by hand"
  SUDO=()
  if [ "$(id -u)" != 0 ]; then
    command -v sudo >/dev/null 2>&1 || die "missing ${missing[*]}: run this script as root (apt-get install)"
    SUDO=(sudo)
  fi
  log "apt-get install ${missing[*]}"
  "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi
for tool in chromium nvim rg; do command -v "$tool" >/dev/null 2>&1 || die "$tool is still missing after apt-get"; done

# --- code-server -----------------------------------------------------------------------------------------------
if [ -f "$MARKER" ] && [ "$(cat "$MARKER")" = "$CS_VERSION" ] && [ -x "$CS_BIN" ]; then
  log "code-server $CS_VERSION already installed in $CS_DIR"
  echo "$CS_BIN"
  exit 0
fi

node_major="$(node -p 'process.versions.node.split(".")[0]')"
[ "$node_major" = 20 ] || die "code-server $CS_VERSION needs Node 20 (its postinstall refuses others); this is Node $(node --version)"

log "installing code-server $CS_VERSION into $CS_DIR (takes 1-3 minutes)"
start=$(date +%s)
rm -rf "$CS_DIR"
mkdir -p "$CS_DIR/tmp/vscode-ripgrep-cache-$RG_PKG_VERSION"

case "$(uname -m)" in
  x86_64) rg_target=x86_64-unknown-linux-musl ;;
  aarch64) rg_target=aarch64-unknown-linux-musl ;;
  *) die "no ripgrep cache name known for $(uname -m)" ;;
esac
rg_stage="$CS_DIR/tmp/rg-stage"
mkdir -p "$rg_stage"
cp "$(command -v rg)" "$rg_stage/rg"
tar -czf "$CS_DIR/tmp/vscode-ripgrep-cache-$RG_PKG_VERSION/ripgrep-$RG_VERSION-$rg_target.tar.gz" -C "$rg_stage" rg

# Its own package.json, so that this install never touches the project's package.json or lock file.
cat >"$CS_DIR/package.json" <<EOF
{ "name": "grounded-e2e-code-server", "private": true, "description": "code-server for Grounded's e2e tests (scripts/e2e/install.sh)" }
EOF

# Native modules build against Node's headers: point npm at them unless it already is.
nodedir_env=()
if [ -z "$(npm config get nodedir 2>/dev/null | grep -v '^null$' || true)" ] && [ -f /usr/include/node/node.h ]; then
  nodedir_env=(npm_config_nodedir=/usr)
fi

# - unsafe_perm: code-server's postinstall refuses to run as root without it (npm 11 has no such flag: env only);
# - yes: node-pty's postinstall runs npx;
# - dangerously_allow_all_scripts: npm 11 skips dependencies' install scripts that no package.json `allowScripts`
#   approves, and code-server's postinstall runs nested `npm install`s in lib/vscode and lib/vscode/extensions
#   whose native modules (node-pty, kerberos, @parcel/watcher, @vscode/spdlog, ...) must build. The variable is
#   inherited by those nested installs; it is set for this one pinned install only.
if ! env TMPDIR="$CS_DIR/tmp" \
    npm_config_unsafe_perm=true \
    npm_config_yes=true \
    npm_config_dangerously_allow_all_scripts=true \
    npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false \
    "${nodedir_env[@]}" \
    npm install --prefix "$CS_DIR" --omit=dev --no-save "code-server@$CS_VERSION" >"$CS_DIR/install.log" 2>&1; then
  tail -n 40 "$CS_DIR/install.log" >&2
  die "npm install code-server@$CS_VERSION failed (log: $CS_DIR/install.log)"
fi

# Check that the postinstall really ran and built what the workbench needs.
VS="$CS_DIR/node_modules/code-server/lib/vscode"
for f in \
  "$VS/node_modules/node-pty/build/Release/pty.node" \
  "$VS/node_modules/@vscode/ripgrep/bin/rg" \
  "$VS/node_modules/@vscode/spdlog/build/Release/spdlog.node" \
  "$VS/extensions/node_modules/typescript/package.json"; do
  [ -e "$f" ] || { tail -n 40 "$CS_DIR/install.log" >&2; die "code-server install is incomplete: $f is missing (log: $CS_DIR/install.log)"; }
done
[ -x "$CS_BIN" ] || die "no $CS_BIN after npm install"
# A temporary HOME: code-server writes ~/.config/code-server/config.yaml on its first run.
version_home="$(mktemp -d)"
version="$(HOME="$version_home" XDG_CONFIG_HOME="$version_home" XDG_DATA_HOME="$version_home" "$CS_BIN" --version 2>/dev/null \
  | sed -n 's/^\([0-9][0-9.]*\) .*with Code.*/\1/p' | head -n1)"
rm -rf "$version_home"
[ "$version" = "$CS_VERSION" ] || die "code-server --version printed '$version', expected $CS_VERSION"

rm -rf "$CS_DIR/tmp"
echo "$CS_VERSION" >"$MARKER"
log "code-server $CS_VERSION installed in $(( $(date +%s) - start ))s ($(du -sh "$CS_DIR" | cut -f1))"
echo "$CS_BIN"
