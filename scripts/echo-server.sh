#!/usr/bin/env bash
#! Sourced by serve.sh and test.sh: builds the WebSocket echo server (crate echo-server, cargo's dev
#! profile), starts it in the background on 127.0.0.1:PORT, waits for its listening line, and stops
#! it. It never stops a process it did not start itself, and never runs on its own.

ECHO_SERVER_PID=
ECHO_SERVER_LOG=

# echo_server_start PORT [cargo build flags...]: builds and starts the server, its output going to
# $ECHO_SERVER_LOG (in cargo's target directory). Returns once it listens; fails, printing its log,
# if it exits first or has not printed its listening line within 20 s.
echo_server_start() {
  local port=$1; shift
  cargo build --quiet -p echo-server "$@"
  local target_dir
  target_dir=$(cargo metadata --format-version 1 --no-deps |
    sed -n 's/.*"target_directory":"\([^"]*\)".*/\1/p')
  ECHO_SERVER_LOG="$target_dir/echo-server.log"
  : >"$ECHO_SERVER_LOG"
  "$target_dir/debug/echo-server" --addr "127.0.0.1:$port" >"$ECHO_SERVER_LOG" 2>&1 &
  ECHO_SERVER_PID=$!
  # The end-to-end tests start a second server of their own, to stop it mid-conversation.
  export ECHO_SERVER_BIN="$target_dir/debug/echo-server"
  local tenths=0
  until grep -q '^echo-server listening on ' "$ECHO_SERVER_LOG"; do
    if ! kill -0 "$ECHO_SERVER_PID" 2>/dev/null; then
      printf 'the echo server exited before listening on 127.0.0.1:%s:\n' "$port" >&2
      sed 's/^/    /' "$ECHO_SERVER_LOG" >&2
      ECHO_SERVER_PID=
      return 1
    fi
    if [ "$tenths" -ge 200 ]; then
      printf 'the echo server did not print its listening line within 20 s; its output:\n' >&2
      sed 's/^/    /' "$ECHO_SERVER_LOG" >&2
      echo_server_stop
      return 1
    fi
    sleep 0.1
    tenths=$((tenths + 1))
  done
  printf 'echo server at ws://127.0.0.1:%s (pid %s, log %s)\n' \
    "$port" "$ECHO_SERVER_PID" "$ECHO_SERVER_LOG"
}

# echo_server_stop: stops the server that echo_server_start started, if it still runs.
echo_server_stop() {
  [ -n "$ECHO_SERVER_PID" ] || return 0
  kill "$ECHO_SERVER_PID" 2>/dev/null || true
  wait "$ECHO_SERVER_PID" 2>/dev/null || true
  ECHO_SERVER_PID=
}
