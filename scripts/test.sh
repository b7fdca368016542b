#!/usr/bin/env bash
#! Runs every test of the playground, in three layers, and fails if any layer fails:
#!   1. native: `cargo test`, and `cargo clippy` for the native and the wasm32 targets;
#!   2. browser: `wasm-pack test --headless --chrome` (components mounted in Chromium);
#!   3. end-to-end: the `trunk build --release` bundle served on 127.0.0.1, driven by
#!      playwright-core in Debian's Chromium.
#! Then prints the release bundle's size. Installs whatever is missing first (scripts/setup.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

started=$SECONDS
layer() { printf '\n\033[1m== %s\033[0m\n' "$*"; }
elapsed() { printf '   (%ss)\n' "$((SECONDS - $1))"; }

layer "setup"
t=$SECONDS; scripts/setup.sh test; elapsed "$t"

layer "1/3 native: cargo test, cargo clippy"
t=$SECONDS
cargo test --locked
cargo clippy --locked --all-targets -- -D warnings
cargo clippy --locked --all-targets --target wasm32-unknown-unknown -- -D warnings
elapsed "$t"

layer "2/3 browser: wasm-pack test --headless --chrome"
t=$SECONDS
wasm-pack test --headless --chrome
elapsed "$t"

layer "3/3 end-to-end: release build in Chromium"
t=$SECONDS
trunk build --release
node tests/e2e/run.mjs dist
elapsed "$t"

layer "release bundle size"
scripts/bundle-size.sh dist
printf '\nall tests passed in %ss\n' "$((SECONDS - started))"
