#!/usr/bin/env bash
# Runs Product Ops locally: installs and starts Azurite (the pinned npm package) if nothing is
# listening on the storage ports yet, creates local.settings.json from the sample on first run,
# then starts the local host on http://127.0.0.1:7071 (the Functions host's usual port): the same
# functions as functions/, HTTP on ASP.NET Core under /api, queue and timer triggers on the WebJobs
# SDK. No Azure Functions Core Tools needed (with them: cd functions && func start, see README).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

azurite_pid=""
cleanup() { [ -n "$azurite_pid" ] && kill "$azurite_pid" 2>/dev/null || true; }
trap cleanup EXIT INT TERM

if port_open 10000 && port_open 10001 && port_open 10002; then
  echo "Azurite is already running on ports 10000-10002; using it."
else
  if [ ! -f tools/azurite/node_modules/azurite/dist/src/azurite.js ]; then
    echo "Installing Azurite (tools/azurite, pinned in package-lock.json)..."
    npm ci --prefix tools/azurite --no-audit --no-fund --silent
  fi
  mkdir -p .azurite
  echo "Starting Azurite (data in .azurite/, log in .azurite/azurite.log)..."
  node tools/azurite/node_modules/azurite/dist/src/azurite.js --silent --skipApiVersionCheck --disableTelemetry \
    --location .azurite --debug .azurite/azurite.log >/dev/null 2>&1 &
  azurite_pid=$!
  for _ in $(seq 1 100); do port_open 10001 && port_open 10002 && break; sleep 0.1; done
fi

if [ ! -f local.settings.json ]; then
  cp local.settings.sample.json local.settings.json
  echo "Created local.settings.json from local.settings.sample.json (dry run: no GitHub credentials yet)."
fi

echo "Product Ops on http://127.0.0.1:7071 (POST /api/github/webhook, GET /api/health). Ctrl+C stops it."
dotnet run --project src/ProductOps.LocalHost -c Release -- --urls "${PRODUCT_OPS_URLS:-http://127.0.0.1:7071}" --contentRoot "$root"
