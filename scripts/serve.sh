#!/usr/bin/env bash
#! Starts the playground for a newcomer: installs whatever is missing (scripts/setup.sh), builds and
#! starts the WebSocket echo server of the WebSocket lesson in the background on
#! ws://127.0.0.1:${ECHO_PORT:-9001} (unless that port already serves; stopped when this command
#! ends), then builds and serves the app with `trunk serve` on http://127.0.0.1:${PORT:-8080}/,
#! rebuilding on edits.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
port=${PORT:-8080}
echo_port=${ECHO_PORT:-9001}
scripts/setup.sh serve

. scripts/echo-server.sh
trap echo_server_stop EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
if (exec 3<>"/dev/tcp/127.0.0.1/$echo_port") 2>/dev/null; then
  printf 'note: 127.0.0.1:%s already serves (an echo server still running?): ' "$echo_port"
  printf 'not starting another.\n'
else
  echo_server_start "$echo_port"
fi

printf '\n\033[1mThe playground will be at http://127.0.0.1:%s/ once the first build finishes.\033[0m\n\n' "$port"
trunk serve --port "$port"
