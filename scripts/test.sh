#!/usr/bin/env bash
#! Runs every test of the playground, in three layers, and fails if any layer fails:
#!   1. native: `cargo fmt --check`, `cargo test` of the workspace (the playground and the echo server), and
#!      `cargo clippy` for the workspace natively and for the playground on wasm32;
#!   2. browser: `wasm-pack test --headless --chrome` (components mounted in Chromium);
#!   3. end-to-end: the `trunk build --release` bundle served on 127.0.0.1, driven by
#!      playwright-core in Debian's Chromium.
#! Before layer 2 it starts the echo server on 127.0.0.1:${ECHO_PORT:-9001}, exports its URL as
#! ECHO_URL for layers 2 and 3, and stops it when this script exits.
#! Then prints the release bundle's size. Installs whatever is missing first (scripts/setup.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

started=$SECONDS
layer() { printf '\n\033[1m== %s\033[0m\n' "$*"; }
elapsed() { printf '   (%ss)\n' "$((SECONDS - $1))"; }

layer "setup"
t=$SECONDS; scripts/setup.sh test; elapsed "$t"

layer "1/3 native: cargo fmt --check, cargo test, cargo clippy"
t=$SECONDS
cargo fmt --all -- --check
cargo test --locked --workspace
cargo clippy --locked --workspace --all-targets -- -D warnings
cargo clippy --locked -p async-playground --all-targets --target wasm32-unknown-unknown -- -D warnings
elapsed "$t"

layer "2/3 browser: wasm-pack test --headless --chrome"
t=$SECONDS
# The echo server the browser and end-to-end tests talk to, for the rest of this script.
. scripts/echo-server.sh
trap echo_server_stop EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
echo_port=${ECHO_PORT:-9001}
echo_server_start "$echo_port" --locked
export ECHO_URL="ws://127.0.0.1:$echo_port"
wasm-pack test --headless --chrome
elapsed "$t"

layer "3/3 end-to-end: release build in Chromium"
t=$SECONDS
# Trunk runs wasm-opt on the release bundle: binaryen's, from the npm packages (see Trunk.toml).
PATH="$PWD/tests/e2e/node_modules/.bin:$PATH" trunk build --release
node tests/e2e/run.mjs dist
elapsed "$t"

layer "release bundle size"
scripts/bundle-size.sh dist
printf '\nall tests passed in %ss\n' "$((SECONDS - started))"
