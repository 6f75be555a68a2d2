#!/usr/bin/env bash
# Ingress side by side (docs/benchmarks.md): the same signed 14.8 KB delivery, the same wrk
# settings, against four targets this script starts on loopback and stops afterwards:
#   product-ops           the real local host (Release) on its own Azurite, queue triggers on (dry run)
#   product-ops-ingress   the same with the process-event function disabled: accepted and queued only
#   bare-aspnetcore       benchmarks/BareEndpoint: read body, check HMAC, 202 (the framework's ceiling)
#   raw-enqueue           the same endpoint, which also puts the delivery on its own Azurite's queue with
#                         the app's EventQueue before the 202: one storage round trip, no claim (the
#                         storage ceiling; wrk's 16 connections at saturation = 16 enqueues in flight)
#   probot                benchmarks/probot: Probot 14's webhooks middleware, no-op handler
#   product-ops-ingress-quiet (only when named in TARGETS) ingress only, ASP.NET Core request logs at Warning
# Each target gets a 5 s warm-up, then a fixed rate (~200 requests/s) and saturation, with
# --latency. Before each target it waits for a quiet machine (1-minute load < LOAD_MAX).
#   benchmarks/ingress/compare.sh [seconds]          (targets: TARGETS="probot bare-aspnetcore")
# Needs dotnet, node/npm, wrk (apt-get install -y wrk), openssl.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
seconds=${1:-30}
targets=${TARGETS:-"product-ops raw-enqueue product-ops-ingress bare-aspnetcore probot"}
load_max=${LOAD_MAX:-1.5}
load_wait=${LOAD_WAIT_SECONDS:-900}
out=${OUT:-$root/benchmarks/ingress/results/$(date -u +%Y%m%dT%H%M%SZ)}
mkdir -p "$out"
work=$(mktemp -d)
secret="bench-$(openssl rand -hex 16)"
export PAYLOAD=$root/samples/github/issues.labeled.rice.json
export SIGNATURE="sha256=$(openssl dgst -sha256 -hmac "$secret" -hex < "$PAYLOAD" | sed 's/^.*= //')"
lua=$root/benchmarks/ingress/signed-delivery.lua
pids=()

stop_all() {
  # Each target runs in its own process group (setsid), so its children (dotnet run's app) stop too.
  # Newest first: the app stops before its Azurite.
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

# LOAD_WAIT_SECONDS is one budget for all the waits of a run (default 15 minutes).
waited_total=0
wait_quiet() {
  local waited=0 load
  while load=$(cut -d' ' -f1 /proc/loadavg); awk -v l="$load" -v m="$load_max" 'BEGIN{exit !(l>=m)}'; do
    if [ $((waited_total + waited)) -ge "$load_wait" ]; then waited_total=$((waited_total + waited)); echo "$name: load $load still >= $load_max after ${waited}s; measuring anyway" | tee -a "$out/load.txt"; return; fi
    sleep 30; waited=$((waited + 30))
  done
  waited_total=$((waited_total + waited))
  echo "$name: load $load < $load_max after waiting ${waited}s" >> "$out/load.txt"
}

start_azurite() {
  [ -f "$root/tools/azurite/node_modules/azurite/dist/src/azurite.js" ] || npm ci --prefix "$root/tools/azurite" --no-audit --no-fund --silent
  local blob queue table
  blob=$(free_port); queue=$(free_port); table=$(free_port)
  mkdir -p "$work/$name-azurite"
  start node "$root/tools/azurite/node_modules/azurite/dist/src/azurite.js" --silent --skipApiVersionCheck --disableTelemetry \
    --blobPort "$blob" --queuePort "$queue" --tablePort "$table" --location "$work/$name-azurite"
  wait_port "$blob"; wait_port "$queue"; wait_port "$table"
  storage="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:$blob/devstoreaccount1;QueueEndpoint=http://127.0.0.1:$queue/devstoreaccount1;TableEndpoint=http://127.0.0.1:$table/devstoreaccount1;"
}

start_target() {
  port=$(free_port)
  case $name in
    product-ops|product-ops-ingress|product-ops-ingress-quiet)
      start_azurite
      local disabled=false; [ "$name" = product-ops ] || disabled=true
      # -quiet: ASP.NET Core's own request logs at Warning, as host.json's logging section intends.
      local aspnet=Information; [ "$name" = product-ops-ingress-quiet ] && aspnet=Warning
      AzureWebJobsStorage=$storage GitHub__WebhookSecret=$secret \
        start env "Logging__LogLevel__Microsoft.AspNetCore=$aspnet" "AzureWebJobs__process-event__Disabled=$disabled" \
        dotnet run --no-build -c Release --project "$root/src/ProductOps.LocalHost" -- --urls "http://127.0.0.1:$port" --contentRoot "$root" ;;
    bare-aspnetcore)
      GitHub__WebhookSecret=$secret start dotnet run --no-build -c Release --project "$root/benchmarks/BareEndpoint" -- --urls "http://127.0.0.1:$port" ;;
    raw-enqueue)
      start_azurite
      AzureWebJobsStorage=$storage GitHub__WebhookSecret=$secret \
        start dotnet run --no-build -c Release --project "$root/benchmarks/BareEndpoint" -- --urls "http://127.0.0.1:$port" ;;
    probot)
      [ -d "$root/benchmarks/probot/node_modules/probot" ] || npm ci --prefix "$root/benchmarks/probot" --no-audit --no-fund --silent
      PORT=$port WEBHOOK_SECRET=$secret start env -C "$root/benchmarks/probot" node server.mjs ;;
  esac
  wait_port "$port"
  # One signed delivery must be accepted before load starts (also proves the signature matches).
  local status
  status=$(curl -s -o /dev/null -w '%{http_code}' -X POST -H 'Content-Type: application/json' -H 'X-GitHub-Event: issues' \
    -H "X-GitHub-Delivery: check-$name" -H "X-Hub-Signature-256: $SIGNATURE" --data-binary "@$PAYLOAD" "http://127.0.0.1:$port/api/github/webhook")
  case $status in 2??) ;; *) echo "$name answered $status to a signed delivery; see $out/$name.log" >&2; exit 1 ;; esac
}

run_wrk() { # label delay_ms connections duration
  DELAY_MS=$2 wrk -t2 -c"$3" -d"$4" --latency -s "$lua" "http://127.0.0.1:$port" > "$out/$name.$1.txt"
}

echo "Building (Release) ..."
dotnet build -c Release "$root/src/ProductOps.LocalHost" -v q -nologo > "$out/build.log"
dotnet build -c Release "$root/benchmarks/BareEndpoint" -v q -nologo >> "$out/build.log"
{ echo "date: $(date -u +%FT%TZ)"; echo "cores: $(nproc)"; free -m | sed -n 2p; echo "dotnet: $(dotnet --version)"; echo "node: $(node --version)";
  echo "wrk: $(wrk -v 2>&1 | head -1)"; echo "payload: $(wc -c < "$PAYLOAD") bytes"; echo "seconds per run: $seconds"; } > "$out/machine.txt"
cat "$out/machine.txt"

for name in $targets; do
  wait_quiet
  echo "$name: uptime before start: $(uptime)" | tee -a "$out/load.txt"
  start_target
  run_wrk warmup 0 16 5s
  echo "$name: uptime before fixed rate: $(uptime)" >> "$out/load.txt"
  run_wrk fixed 50 10 "${seconds}s"
  echo "$name: uptime before saturation: $(uptime)" >> "$out/load.txt"
  run_wrk saturation 0 16 "${seconds}s"
  stop_all
  echo "$name done"
done

# One table: the Lua done() line of each run (requests, non-2xx, p50, p90, p99, max, requests/s).
{
  echo "| target | run | requests/s | p50 ms | p99 ms | max ms | non-2xx | socket errors |"
  echo "|---|---|---:|---:|---:|---:|---:|---|"
  for name in $targets; do
    for run in fixed saturation; do
      f=$out/$name.$run.txt
      line=$(grep '^requests=' "$f")
      get() { sed -n "s/.*$1=\([0-9.]*\).*/\1/p" <<<"$line"; }
      sock=$(grep -o 'Socket errors:.*' "$f" || echo none)
      echo "| $name | $run | $(get rps) | $(get p50) | $(get p99) | $(get max) | $(sed -n 's/.*errors(status)=\([0-9]*\).*/\1/p' <<<"$line") | $sock |"
    done
  done
} | tee "$out/summary.md"
echo "Results in $out"
