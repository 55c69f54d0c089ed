#!/usr/bin/env bash
# Measures the web pages' first render against a Release build of the service running the demo site (30 stations
# with simulated packers, a fresh SQLite store). Usage: tests/tools/measure-first-render.sh [RUNS] [BUILD_DIR]
# The browser's first page view is the first request to the fresh service (cold server, cold browser): it is the
# first number in the dashboard's "new context" list. Compare two builds by running this alternately for each.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs="${1:-9}"
out="${2:-}"
port=5091
if [ -z "$out" ]; then
  out="$(mktemp -d)/packstation"
  dotnet build src/PackStation.Worker -c Release -o "$out" -nologo -v q >/dev/null
fi
data="$(mktemp -d)"
(cd "$data" && exec "$out/packstation" --urls "http://127.0.0.1:$port" --Shop:Sync:LockFile="$data/sync.lock" >"$data/service.log" 2>&1) &
pid=$!
trap 'kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; rm -rf "$data"' EXIT
for _ in $(seq 1 300); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.1; done
node tests/tools/first-render.mjs "http://127.0.0.1:$port" "$runs"
