#!/usr/bin/env bash
# Sends a webhook payload to the running app, signed the way GitHub signs it (X-Hub-Signature-256)
# with the secret from local.settings.json. Usage:
#   scripts/send-sample.sh [payload.json] [event] [url]
# Defaults: samples/github/issues.labeled.rice.json, event "issues", http://127.0.0.1:7071.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
payload=${1:-$root/samples/github/issues.labeled.rice.json}
event=${2:-issues}
url=${3:-http://127.0.0.1:7071}
settings=$root/local.settings.json
[ -f "$settings" ] || settings=$root/local.settings.sample.json
secret=$(node -e 'const v=require(process.argv[1]).Values||{};process.stdout.write(v["GitHub__WebhookSecret"]||v["GitHub:WebhookSecret"]||"")' "$settings")
[ -n "$secret" ] || { echo "No GitHub__WebhookSecret in $settings" >&2; exit 1; }
signature="sha256=$(openssl dgst -sha256 -hmac "$secret" -hex < "$payload" | sed 's/^.*= //')"
delivery=$(cat /proc/sys/kernel/random/uuid 2>/dev/null || uuidgen)
curl -sS -i -X POST "$url/api/github/webhook" \
  -H "Content-Type: application/json" \
  -H "X-GitHub-Event: $event" \
  -H "X-GitHub-Delivery: $delivery" \
  -H "X-Hub-Signature-256: $signature" \
  --data-binary "@$payload"
echo
