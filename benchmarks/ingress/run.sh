#!/usr/bin/env bash
# Ingress benchmark: signed GitHub deliveries accepted and durably queued in Azurite.
# Needs the app running (scripts/run-local.sh) and wrk (apt-get install wrk).
#   benchmarks/ingress/run.sh [url] [seconds]
# Prints two runs: a fixed ~200 requests/s (the latency target) and as fast as it goes.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
url=${1:-http://127.0.0.1:7071}
seconds=${2:-30}
settings=$root/local.settings.json
secret=$(node -e 'const v=require(process.argv[1]).Values||{};process.stdout.write(v["GitHub__WebhookSecret"]||"")' "$settings")
export PAYLOAD=${PAYLOAD:-$root/samples/github/issues.labeled.rice.json}
export SIGNATURE="sha256=$(openssl dgst -sha256 -hmac "$secret" -hex < "$PAYLOAD" | sed 's/^.*= //')"
script=$root/benchmarks/ingress/signed-delivery.lua
echo "payload: $(wc -c < "$PAYLOAD") bytes; $(nproc) cores; ${seconds}s per run"
echo "--- fixed rate: 10 connections x 1 request per 50 ms ~ 200 requests/s"
DELAY_MS=50 wrk -t2 -c10 -d"${seconds}s" --latency -s "$script" "$url" | tail -1
echo "--- saturation: 16 connections, no pause"
DELAY_MS=0 wrk -t2 -c16 -d"${seconds}s" --latency -s "$script" "$url" | tail -1
