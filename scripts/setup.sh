#!/usr/bin/env bash
#! Installs, idempotently and at pinned versions, every tool the playground needs to build, serve
#! and test: the wasm target, trunk, wasm-bindgen-cli, wasm-pack, Debian's chromium and
#! chromedriver, and the npm packages (playwright-core, binaryen's wasm-opt, terser). It never
#! downloads from anywhere but crates.io, Debian and npm, and skips each tool whose exact version is
#! already present.
#
# Usage: scripts/setup.sh [serve|test]   (serve needs no browser; test needs everything)
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
WASM_BINDGEN_VERSION=0.2.130   # must equal the `wasm-bindgen = "=..."` pin in Cargo.toml
WASM_PACK_VERSION=0.15.1
what=${1:-test}

say() { printf '\033[1m[setup]\033[0m %s\n' "$*" >&2; }

has_version() { # has_version COMMAND VERSION: the command exists and prints exactly that version
  command -v "$1" >/dev/null 2>&1 && "$1" --version 2>/dev/null | grep -qF "$2"
}

ensure_wasm_target() {
  if rustup target list --installed | grep -qx wasm32-unknown-unknown; then return; fi
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
}

ensure_cargo_tool() { # ensure_cargo_tool BINARY CRATE VERSION [cargo install flags...]
  local bin=$1 crate=$2 version=$3; shift 3
  if has_version "$bin" "$version"; then return; fi
  say "installing $crate $version from crates.io (a few minutes, once)"
  cargo install "$crate" --version "$version" "$@"
}

ensure_debian_packages() { # ensure_debian_packages COMMAND PACKAGE [COMMAND PACKAGE...]
  local missing=()
  while [ $# -gt 0 ]; do
    command -v "$1" >/dev/null 2>&1 || missing+=("$2")
    shift 2
  done
  [ ${#missing[@]} -eq 0 ] && return
  if [ "$(id -u)" -ne 0 ]; then
    say "missing Debian packages; please run this, then re-run this command:"
    echo "    sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
  say "installing Debian packages: ${missing[*]}"
  apt-get update -q
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"
}

ensure_npm_packages() {
  if [ -d tests/e2e/node_modules/playwright-core ] &&
     [ tests/e2e/node_modules/.package-lock.json -nt tests/e2e/package-lock.json ]; then return; fi
  say "installing the end-to-end test packages from npm"
  (cd tests/e2e && npm ci --no-audit --no-fund --loglevel=error)
}

export PATH="$HOME/.cargo/bin:$PATH"
ensure_wasm_target
ensure_cargo_tool wasm-bindgen wasm-bindgen-cli "$WASM_BINDGEN_VERSION"
ensure_cargo_tool trunk trunk "$TRUNK_VERSION" --locked
if [ "$what" = test ]; then
  ensure_cargo_tool wasm-pack wasm-pack "$WASM_PACK_VERSION" --locked
  ensure_debian_packages chromium chromium chromedriver chromium-driver node nodejs npm npm gzip gzip
  ensure_npm_packages
fi
say "tools ready"
