#!/usr/bin/env bash
# Runs Product Ops locally: installs and starts Azurite (the pinned npm package) if nothing is
# listening on the storage ports yet, creates local.settings.json from the sample on first run,
# then starts the local host on http://127.0.0.1:7071 (the Functions host's usual port): the same
# functions as functions/, HTTP on ASP.NET Core under /api, queue and timer triggers on the WebJobs
# SDK. No Azure Functions Core Tools needed (with them: cd functions && func start, see README).
#
#   scripts/run-local.sh [--forward https://smee.io/CHANNEL] [--azurite-log]
#
# --forward relays GitHub deliveries from a smee.io channel to the app with the pinned smee-client
# (tools/smee), signatures intact, so GitHub can reach a laptop. --azurite-log writes Azurite's debug
# log to .azurite/azurite.log (off by default: it grows fast).
set -euo pipefail
forward=""
azurite_log=()
while [ $# -gt 0 ]; do
  case "$1" in
    --forward) forward="${2:?--forward needs a URL, e.g. https://smee.io/CHANNEL}"; shift 2 ;;
    --forward=*) forward="${1#--forward=}"; shift ;;
    --azurite-log) azurite_log=(--debug .azurite/azurite.log); shift ;;
    -h|--help) sed -n 2,11p "$0"; exit 0 ;;
    *) echo "Unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

azurite_pid=""
smee_pid=""
cleanup() {
  [ -n "$smee_pid" ] && kill "$smee_pid" 2>/dev/null || true
  [ -n "$azurite_pid" ] && kill "$azurite_pid" 2>/dev/null || true
}
trap cleanup EXIT INT TERM

if port_open 10000 && port_open 10001 && port_open 10002; then
  echo "Azurite is already running on ports 10000-10002; using it."
else
  if [ ! -f tools/azurite/node_modules/azurite/dist/src/azurite.js ]; then
    echo "Installing Azurite (tools/azurite, pinned in package-lock.json)..."
    npm ci --prefix tools/azurite --no-audit --no-fund --silent
  fi
  mkdir -p .azurite
  echo "Starting Azurite (data in .azurite/${azurite_log[*]:+, debug log in .azurite/azurite.log})..."
  # In its own process group (set -m), so Ctrl+C in the terminal stops the app first, with storage
  # still there to release its locks; cleanup stops Azurite once the app has exited.
  set -m
  node tools/azurite/node_modules/azurite/dist/src/azurite.js --silent --skipApiVersionCheck --disableTelemetry \
    --location .azurite "${azurite_log[@]}" >/dev/null 2>&1 &
  azurite_pid=$!
  set +m
  for _ in $(seq 1 100); do port_open 10001 && port_open 10002 && break; sleep 0.1; done
fi

if [ ! -f local.settings.json ]; then
  cp local.settings.sample.json local.settings.json
  echo "Created local.settings.json from local.settings.sample.json (dry run: no GitHub credentials yet)."
fi

urls="${PRODUCT_OPS_URLS:-http://127.0.0.1:7071}"
if [ -n "$forward" ]; then
  if [ ! -f tools/smee/node_modules/smee-client/bin/smee.js ]; then
    echo "Installing smee-client (tools/smee, pinned in package-lock.json)..."
    npm ci --prefix tools/smee --no-audit --no-fund --silent
  fi
  echo "Forwarding $forward to ${urls%%;*}/api/github/webhook (smee-client)."
  node tools/smee/node_modules/smee-client/bin/smee.js --url "$forward" --target "${urls%%;*}/api/github/webhook" &
  smee_pid=$!
fi

echo "Product Ops on $urls (POST /api/github/webhook, GET /api/health). Ctrl+C stops it."
dotnet run --project src/ProductOps.LocalHost -c Release -- --urls "$urls" --contentRoot "$root"
