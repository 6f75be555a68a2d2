#!/usr/bin/env bash
# Raw enqueue and Product Ops' ingress, interleaved (docs/benchmarks.md): both targets are started
# at once, each on its own Azurite, then saturation runs alternate between them, ROUNDS times, so
# a busy machine's drift falls on both alike. Same payload, signature and wrk settings as compare.sh.
# ASP.NET Core's own request logs are at ASPNET_LOG (default Warning, what host.json's logging section
# asks for; outside the Functions host the app does not apply it yet and logs 6 lines per request).
#   benchmarks/ingress/interleave.sh [seconds per run] [rounds]
# Needs dotnet, node/npm, wrk (apt-get install -y wrk), openssl.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
seconds=${1:-15}
rounds=${2:-5}
out=${OUT:-$root/benchmarks/ingress/results/$(date -u +%Y%m%dT%H%M%SZ)-interleaved}
mkdir -p "$out"
work=$(mktemp -d)
secret="bench-$(openssl rand -hex 16)"
export PAYLOAD=$root/samples/github/issues.labeled.rice.json
export SIGNATURE="sha256=$(openssl dgst -sha256 -hmac "$secret" -hex < "$PAYLOAD" | sed 's/^.*= //')"
lua=$root/benchmarks/ingress/signed-delivery.lua
pids=()
stop_all() {
  local i
  for ((i = ${#pids[@]} - 1; i >= 0; i--)); do
    kill -- "-${pids[i]}" 2>/dev/null || true
    while kill -0 "${pids[i]}" 2>/dev/null; do sleep 0.2; done
  done
  pids=()
}
trap 'stop_all; rm -rf "$work"' EXIT INT TERM
free_port() { node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'; }
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
wait_port() { for _ in $(seq 1 600); do port_open "$1" && return 0; sleep 0.1; done; echo "nothing listens on $1" >&2; exit 1; }
start() { setsid "$@" >>"$out/$name.log" 2>&1 & pids+=($!); }

start_azurite() {
  local blob queue table
  blob=$(free_port); queue=$(free_port); table=$(free_port)
  mkdir -p "$work/$name-azurite"
  start node "$root/tools/azurite/node_modules/azurite/dist/src/azurite.js" --silent --skipApiVersionCheck --disableTelemetry \
    --blobPort "$blob" --queuePort "$queue" --tablePort "$table" --location "$work/$name-azurite"
  wait_port "$blob"; wait_port "$queue"; wait_port "$table"
  storage="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:$blob/devstoreaccount1;QueueEndpoint=http://127.0.0.1:$queue/devstoreaccount1;TableEndpoint=http://127.0.0.1:$table/devstoreaccount1;"
}

[ -f "$root/tools/azurite/node_modules/azurite/dist/src/azurite.js" ] || npm ci --prefix "$root/tools/azurite" --no-audit --no-fund --silent
dotnet build -c Release "$root/src/ProductOps.LocalHost" -v q -nologo > "$out/build.log"
dotnet build -c Release "$root/benchmarks/BareEndpoint" -v q -nologo >> "$out/build.log"
declare -A ports
name=raw-enqueue; start_azurite; ports[$name]=$(free_port)
AzureWebJobsStorage=$storage GitHub__WebhookSecret=$secret \
  start dotnet run --no-build -c Release --project "$root/benchmarks/BareEndpoint" -- --urls "http://127.0.0.1:${ports[$name]}"
name=product-ops-ingress; start_azurite; ports[$name]=$(free_port)
AzureWebJobsStorage=$storage GitHub__WebhookSecret=$secret \
  start env "Logging__LogLevel__Microsoft.AspNetCore=${ASPNET_LOG:-Warning}" "AzureWebJobs__process-event__Disabled=true" dotnet run --no-build -c Release --project "$root/src/ProductOps.LocalHost" -- --urls "http://127.0.0.1:${ports[$name]}" --contentRoot "$root"
for name in raw-enqueue product-ops-ingress; do
  wait_port "${ports[$name]}"
  DELAY_MS=0 wrk -t2 -c16 -d5s -s "$lua" "http://127.0.0.1:${ports[$name]}" > "$out/$name.warmup.txt"
done

{ echo "date: $(date -u +%FT%TZ)"; echo "cores: $(nproc)"; echo "seconds per run: $seconds; rounds: $rounds"
  echo "Microsoft.AspNetCore log level: ${ASPNET_LOG:-Warning}"; } > "$out/machine.txt"
echo "| round | target | load (1 min) | requests/s | p50 ms | p99 ms | non-2xx |" > "$out/summary.md"
echo "|---:|---|---:|---:|---:|---:|---:|" >> "$out/summary.md"
for round in $(seq 1 "$rounds"); do
  for name in raw-enqueue product-ops-ingress; do
    load=$(cut -d' ' -f1 /proc/loadavg)
    DELAY_MS=0 wrk -t2 -c16 -d"${seconds}s" --latency -s "$lua" "http://127.0.0.1:${ports[$name]}" > "$out/$name.$round.txt"
    line=$(grep '^requests=' "$out/$name.$round.txt")
    get() { sed -n "s/.*$1=\([0-9.]*\).*/\1/p" <<<"$line"; }
    echo "| $round | $name | $load | $(get rps) | $(get p50) | $(get p99) | $(sed -n 's/.*errors(status)=\([0-9]*\).*/\1/p' <<<"$line") |" | tee -a "$out/summary.md"
  done
done
for name in raw-enqueue product-ops-ingress; do
  total=$(grep -h '^requests=' "$out/$name".[0-9]*.txt | sed -n 's/.*rps=\([0-9]*\).*/\1/p' | paste -sd+ | bc)
  echo "$name: mean $((total / rounds)) requests/s over $rounds rounds" | tee -a "$out/summary.md"
done
echo "Results in $out"
