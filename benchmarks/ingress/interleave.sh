#!/usr/bin/env bash
# Raw enqueue and Product Ops' ingress, interleaved (docs/benchmarks.md): both targets are started
# at once, each on its own Azurite, then saturation runs alternate between them, ROUNDS times, so
# a busy machine's drift falls on both alike. Same payload, signature and wrk settings as compare.sh.
# ASP.NET Core's own request logs are at ASPNET_LOG (default Warning, what host.json's logging section
# asks for; outside the Functions host the app does not apply it yet and logs 6 lines per request).
#   benchmarks/ingress/interleave.sh [seconds per run] [rounds]
# WARMUP_SECONDS (15) of saturation per target before the first round, not counted.
# Each run starts with the target's queue emptied; KEEP_QUEUES=1 lets the queues grow run after run.
# INGRESS_ENV: more NAME=value settings for the ingress app (e.g. to disable other triggers).
# Needs dotnet, node/npm, wrk (apt-get install -y wrk), openssl, curl, xxd.
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
# CPU seconds (user + system) and resident MB of every process in one process group, from /proc.
declare -A groups queue_ports
# (cat, not awk, opens the files, and its complaint is ignored: a process that ends meanwhile must not end the script.)
group_cpu() { { cat /proc/[0-9]*/stat 2>/dev/null || true; } | sed 's/^.*) //' | awk -v g="$1" '$3 == g { t += $12 + $13 } END { printf "%.2f", t / 100 }'; }
group_rss() { { cat /proc/[0-9]*/stat 2>/dev/null || true; } | sed 's/^.*) //' | awk -v g="$1" '$3 == g { r += $22 } END { printf "%.0f", r * 4096 / 1048576 }'; }

start_azurite() {
  local blob queue table
  blob=$(free_port); queue=$(free_port); table=$(free_port)
  mkdir -p "$work/$name-azurite"
  start node "$root/tools/azurite/node_modules/azurite/dist/src/azurite.js" --silent --skipApiVersionCheck --disableTelemetry \
    --blobPort "$blob" --queuePort "$queue" --tablePort "$table" --location "$work/$name-azurite"
  wait_port "$blob"; wait_port "$queue"; wait_port "$table"
  groups[$name-azurite]=${pids[-1]}; queue_ports[$name]=$queue
  storage="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:$blob/devstoreaccount1;QueueEndpoint=http://127.0.0.1:$queue/devstoreaccount1;TableEndpoint=http://127.0.0.1:$table/devstoreaccount1;"
}

# Empties a target's tracker-events queue (Clear Messages, signed with Azurite's well-known key):
# https://learn.microsoft.com/rest/api/storageservices/clear-messages
# https://learn.microsoft.com/rest/api/storageservices/authorize-with-shared-key
# Nothing drains it here (process-event is disabled), and Azurite's cost per queue poll grows with
# every message the account holds (each poll filters them all twice and re-sorts their indices, see
# azurite-poll-cost.js): by round 6 the ingress target's WebJobs listeners, polling its two empty
# queues every 2 s, cost its Azurite 1.5-2 CPU s per 15 s run while idle, and more under load, and
# the ingress fell from 1.02x to 0.79x of raw (docs/benchmarks.md). A deployed app's queue is
# drained (and Azure Storage does not scan other queues), so each run starts from an empty one.
clear_queue() {
  local key date sig version=2021-08-06
  key=$(sed -n 's/.*AccountKey=\([^;]*\);.*/\1/p' <<<"$storage" | base64 -d | xxd -p -c 256)
  date=$(LC_ALL=C date -u '+%a, %d %b %Y %H:%M:%S GMT')
  sig=$(printf 'DELETE\n\n\n\n\n\n\n\n\n\n\n\nx-ms-date:%s\nx-ms-version:%s\n/devstoreaccount1/devstoreaccount1/tracker-events/messages' "$date" "$version" \
    | openssl dgst -sha256 -mac HMAC -macopt "hexkey:$key" -binary | base64 -w0)
  local status
  status=$(curl -sS -o "$work/clear.out" -w '%{http_code}' --max-time 60 -X DELETE -H "x-ms-date: $date" -H "x-ms-version: $version" \
    -H "Authorization: SharedKey devstoreaccount1:$sig" "http://127.0.0.1:${queue_ports[$1]}/devstoreaccount1/tracker-events/messages" 2>&1) || true
  [ "$status" = 204 ] || { echo "could not empty $1's queue before round $round ($status): $(head -c 300 "$work/clear.out" 2>/dev/null)" | tee -a "$out/machine.txt" >&2; }
}

[ -f "$root/tools/azurite/node_modules/azurite/dist/src/azurite.js" ] || npm ci --prefix "$root/tools/azurite" --no-audit --no-fund --silent
dotnet build -c Release "$root/src/ProductOps.LocalHost" -v q -nologo > "$out/build.log"
dotnet build -c Release "$root/benchmarks/BareEndpoint" -v q -nologo >> "$out/build.log"
declare -A ports
name=raw-enqueue; start_azurite; ports[$name]=$(free_port)
AzureWebJobsStorage=$storage GitHub__WebhookSecret=$secret \
  start dotnet run --no-build -c Release --project "$root/benchmarks/BareEndpoint" -- --urls "http://127.0.0.1:${ports[$name]}"
groups[$name-app]=${pids[-1]}
name=product-ops-ingress; start_azurite; ports[$name]=$(free_port)
AzureWebJobsStorage=$storage GitHub__WebhookSecret=$secret \
  start env "Logging__LogLevel__Microsoft.AspNetCore=${ASPNET_LOG:-Warning}" "AzureWebJobs__process-event__Disabled=true" ${INGRESS_ENV:-} dotnet run --no-build -c Release --project "$root/src/ProductOps.LocalHost" -- --urls "http://127.0.0.1:${ports[$name]}" --contentRoot "$root"
groups[$name-app]=${pids[-1]}
for name in raw-enqueue product-ops-ingress; do
  wait_port "${ports[$name]}"
  # Long enough for the JIT's second tier on a busy machine: after 5 s the ingress still spent twice
  # its later CPU per request in round 1 (raw-enqueue, with far less code, 1.4 times).
  DELAY_MS=0 wrk -t2 -c16 -d"${WARMUP_SECONDS:-15}s" -s "$lua" "http://127.0.0.1:${ports[$name]}" > "$out/$name.warmup.txt"
done

{ echo "date: $(date -u +%FT%TZ)"; echo "cores: $(nproc)"; echo "seconds per run: $seconds; rounds: $rounds"
  echo "Microsoft.AspNetCore log level: ${ASPNET_LOG:-Warning}"
  echo "warm-up: ${WARMUP_SECONDS:-15} s per target"
  echo "queues emptied before each run: $([ -n "${KEEP_QUEUES:-}" ] && echo no || echo yes)"; echo "ingress extra settings: ${INGRESS_ENV:-none}"; } > "$out/machine.txt"
# CPU columns: seconds the target's app and its Azurite used during the run, per 1000 requests
# (the rest of the machine's work shows in the load column); RSS: the app's, after the run; idle
# target: CPU seconds the other target's app / its Azurite used meanwhile, while nothing was sent to them.
echo "| round | target | load (1 min) | requests/s | p50 ms | p99 ms | non-2xx | app CPU s/1k | Azurite CPU s/1k | app RSS MB | idle target CPU s (app / Azurite) |" > "$out/summary.md"
echo "|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|" >> "$out/summary.md"
other() { [ "$1" = raw-enqueue ] && echo product-ops-ingress || echo raw-enqueue; }
idle_cpu() { echo "$(group_cpu "${groups[$1-app]}") $(group_cpu "${groups[$1-azurite]}")"; }
idle_delta() { local a b; read -r a b <<<"$(idle_cpu "$1")"; echo "$(echo "$a - ${2% *}" | bc) / $(echo "$b - ${2#* }" | bc)"; }
for round in $(seq 1 "$rounds"); do
  for name in raw-enqueue product-ops-ingress; do
    [ -n "${KEEP_QUEUES:-}" ] || clear_queue "$name"
    load=$(cut -d' ' -f1 /proc/loadavg)
    app0=$(group_cpu "${groups[$name-app]}"); storage0=$(group_cpu "${groups[$name-azurite]}"); idle0=$(idle_cpu "$(other $name)")
    DELAY_MS=0 wrk -t2 -c16 -d"${seconds}s" --latency -s "$lua" "http://127.0.0.1:${ports[$name]}" > "$out/$name.$round.txt"
    line=$(grep '^requests=' "$out/$name.$round.txt")
    get() { sed -n "s/.*$1=\([0-9.]*\).*/\1/p" <<<"$line"; }
    count=$(get requests)
    per_k() { echo "scale=2; ($1 - $2) * 1000 / $count" | bc; }
    echo "| $round | $name | $load | $(get rps) | $(get p50) | $(get p99) | $(sed -n 's/.*errors(status)=\([0-9]*\).*/\1/p' <<<"$line") | $(per_k "$(group_cpu "${groups[$name-app]}")" "$app0") | $(per_k "$(group_cpu "${groups[$name-azurite]}")" "$storage0") | $(group_rss "${groups[$name-app]}") | $(idle_delta "$(other $name)" "$idle0") |" | tee -a "$out/summary.md"
  done
done
for name in raw-enqueue product-ops-ingress; do
  total=$(grep -h '^requests=' "$out/$name".[0-9]*.txt | sed -n 's/.*rps=\([0-9]*\).*/\1/p' | paste -sd+ | bc)
  echo "$name: mean $((total / rounds)) requests/s over $rounds rounds" | tee -a "$out/summary.md"
done
echo "Results in $out"
