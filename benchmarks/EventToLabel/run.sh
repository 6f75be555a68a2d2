#!/usr/bin/env bash
# Event to label (docs/benchmarks.md): the same run with GitHub:MutationInterval at its default
# (1 s per installation) and at zero (the pipeline's own cost). Waits for a quiet machine first.
#   benchmarks/EventToLabel/run.sh [count] [rate]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
count=${1:-300}
rate=${2:-20}
load_max=${LOAD_MAX:-1.5}
load_wait=${LOAD_WAIT_SECONDS:-900}
dotnet build -c Release "$root/benchmarks/EventToLabel" -v q -nologo > /dev/null

# LOAD_WAIT_SECONDS is one budget for all the waits of a run (default 15 minutes).
waited_total=0
wait_quiet() {
  local waited=0 load
  while load=$(cut -d' ' -f1 /proc/loadavg); awk -v l="$load" -v m="$load_max" 'BEGIN{exit !(l>=m)}'; do
    if [ $((waited_total + waited)) -ge "$load_wait" ]; then waited_total=$((waited_total + waited)); echo "load $load still >= $load_max after ${waited}s; measuring anyway"; return; fi
    sleep 30; waited=$((waited + 30))
  done
  waited_total=$((waited_total + waited))
  echo "load $load < $load_max after waiting ${waited}s"
}

for interval in 00:00:00 default; do
  wait_quiet
  echo "uptime before: $(uptime)"
  args=(--count "$count" --rate "$rate")
  [ "$interval" = default ] || args+=(--mutation-interval "$interval")
  dotnet run --no-build -c Release --project "$root/benchmarks/EventToLabel" -- "${args[@]}"
done
