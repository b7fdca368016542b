#!/usr/bin/env bash
#! Prints what the interpreter alone adds to a learner's download: a throwaway wasm module that
#! loads (parses, checks, lowers) and runs a program on the executor, with none of the UI, built
#! with the release profile and shrunk by the same wasm-opt as the page (see Trunk.toml and
#! index.html). Set against `scripts/bundle-size.sh dist`, the difference is what the UI, Yew and
#! the lesson text weigh. Needs the tools of `scripts/setup.sh test`; builds in target/size-probe.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
probe=$(mktemp -d)
trap 'rm -rf "$probe"' EXIT
bindgen=$(sed -n 's/^wasm-bindgen = "\(.*\)".*/\1/p' "$root/Cargo.toml")
mkdir "$probe/src"
cat >"$probe/Cargo.toml" <<TOML
[package]
name = "interpreter-size"
version = "0.0.0"
edition = "2021"
publish = false

[lib]
crate-type = ["cdylib"]

[dependencies]
async-playground = { path = "$root" }
wasm-bindgen = "$bindgen"

[profile.release]
$(sed -n '/^\[profile.release\]/,/^$/{/^\[/d;/^#/d;p}' "$root/Cargo.toml")

[workspace]
TOML
cat >"$probe/src/lib.rs" <<'RUST'
//! The interpreter behind one exported function: load a program and run it to the end.
use async_playground::executor::Executor;
use async_playground::script::eval::load;
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
pub fn run(source: &str) -> String {
    match load(source) {
        Err(diagnostics) => diagnostics.len().to_string(),
        Ok(program) => {
            let finished = program.run(&Executor::new().with_trace(true)).is_ok();
            format!("{finished} {} {}", program.warnings().len(), program.take_stderr())
        }
    }
}
RUST
export CARGO_TARGET_DIR="$root/target/size-probe"
(cd "$probe" && cargo build --quiet --release --target wasm32-unknown-unknown)
out="$probe/out"
wasm-bindgen --target web --out-dir "$out" "$CARGO_TARGET_DIR/wasm32-unknown-unknown/release/interpreter_size.wasm" 2>/dev/null
# The page's own wasm-opt level and flags, as index.html gives them to trunk.
level=$(sed -n 's/.*data-wasm-opt="\([^"]*\)".*/\1/p' "$root/index.html")
read -r -a flags <<<"$(sed -n 's/.*data-wasm-opt-params="\([^"]*\)".*/\1/p' "$root/index.html")"
PATH="$root/tests/e2e/node_modules/.bin:$PATH" wasm-opt "-O$level" "${flags[@]}" \
  "$out/interpreter_size_bg.wasm" -o "$out/interpreter.wasm"
printf '%-44s %10s %10s\n' file raw gzip
for file in "$out/interpreter.wasm" "$out/interpreter_size.js"; do
  printf '%-44s %10d %10d\n' "$(basename "$file")" "$(wc -c <"$file")" "$(gzip -9c "$file" | wc -c)"
done
