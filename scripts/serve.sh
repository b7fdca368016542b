#!/usr/bin/env bash
#! Starts the playground for a newcomer: installs whatever is missing (scripts/setup.sh), then
#! builds and serves it with `trunk serve` on http://127.0.0.1:${PORT:-8080}/, rebuilding on edits.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
port=${PORT:-8080}
scripts/setup.sh serve
printf '\n\033[1mThe playground will be at http://127.0.0.1:%s/ once the first build finishes.\033[0m\n\n' "$port"
exec trunk serve --port "$port"
