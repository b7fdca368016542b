#!/usr/bin/env bash
#! Prints the size of a built bundle's .wasm, .js and .css files, raw and gzip -9, their total
#! (the bytes a learner downloads) and how far that gzip total is from issue 14's cap of 400 KB
#! (1000-byte kilobytes). It only reads the bundle.
set -euo pipefail
dist=${1:-dist}
cap=400000
printf '%-44s %10s %10s\n' file raw gzip
raw_total=0; gzip_total=0
for file in "$dist"/*.wasm "$dist"/*.js "$dist"/*.css; do
  [ -e "$file" ] || continue
  raw=$(wc -c <"$file"); zipped=$(gzip -9c "$file" | wc -c)
  raw_total=$((raw_total + raw)); gzip_total=$((gzip_total + zipped))
  printf '%-44s %10d %10d\n' "$(basename "$file")" "$raw" "$zipped"
done
printf '%-44s %10d %10d\n' total "$raw_total" "$gzip_total"
if [ "$gzip_total" -lt "$cap" ]; then
  printf 'gzip total under the cap of %d bytes by %d\n' "$cap" "$((cap - gzip_total))"
else
  printf 'gzip total OVER the cap of %d bytes by %d\n' "$cap" "$((gzip_total - cap))"
fi
