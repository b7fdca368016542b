#!/usr/bin/env bash
#! Prints the size of a built bundle's .wasm, .js and .css files, raw and gzip -9, and their total:
#! the bytes a learner downloads. It only reads the bundle.
set -euo pipefail
dist=${1:-dist}
printf '%-44s %10s %10s\n' file raw gzip
raw_total=0; gzip_total=0
for file in "$dist"/*.wasm "$dist"/*.js "$dist"/*.css; do
  [ -e "$file" ] || continue
  raw=$(wc -c <"$file"); zipped=$(gzip -9c "$file" | wc -c)
  raw_total=$((raw_total + raw)); gzip_total=$((gzip_total + zipped))
  printf '%-44s %10d %10d\n' "$(basename "$file")" "$raw" "$zipped"
done
printf '%-44s %10d %10d\n' total "$raw_total" "$gzip_total"
