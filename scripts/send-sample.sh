#!/usr/bin/env bash
# Sends a sample webhook delivery to the running app, signed the way the sender signs it, with the
# secret from local.settings.json (or local.settings.sample.json). Usage:
#   scripts/send-sample.sh [payload.json] [event] [url]
#   scripts/send-sample.sh --all [url]      # every sample in samples/github and samples/jira
# A payload under samples/jira (or any payload with a "webhookEvent") goes to /api/jira/webhook,
# signed with Jira__WebhookSecret (X-Hub-Signature: sha256=...); anything else to
# /api/github/webhook, signed with GitHub__WebhookSecret (X-Hub-Signature-256).
# Defaults: samples/github/issues.labeled.rice.json, event "issues", http://127.0.0.1:7071.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
settings=$root/local.settings.json
[ -f "$settings" ] || settings=$root/local.settings.sample.json

if [ "${1:-}" = "--all" ]; then
  for sample in "$root"/samples/github/*.json "$root"/samples/jira/*.json; do
    echo "== $(basename "$(dirname "$sample")")/$(basename "$sample")"
    "$0" "$sample" issues "${2:-http://127.0.0.1:7071}"
  done
  exit 0
fi

payload=${1:-$root/samples/github/issues.labeled.rice.json}
event=${2:-issues}
url=${3:-http://127.0.0.1:7071}
setting() {
  node -e 'const v=require(process.argv[1]).Values||{};process.stdout.write(v[process.argv[2]]||v[process.argv[2].replace("__",":")]||"")' "$settings" "$1"
}
hmac() { openssl dgst -sha256 -hmac "$1" -hex < "$payload" | sed 's/^.*= //'; }
id=$(cat /proc/sys/kernel/random/uuid 2>/dev/null || uuidgen)

if node -e 'process.exit(require(process.argv[1]).webhookEvent ? 0 : 1)' "$(cd "$(dirname "$payload")" && pwd)/$(basename "$payload")"; then
  secret=$(setting Jira__WebhookSecret)
  [ -n "$secret" ] || { echo "No Jira__WebhookSecret in $settings" >&2; exit 1; }
  curl -sS -i -X POST "$url/api/jira/webhook" \
    -H "Content-Type: application/json" \
    -H "X-Atlassian-Webhook-Identifier: $id" \
    -H "X-Hub-Signature: sha256=$(hmac "$secret")" \
    --data-binary "@$payload"
else
  secret=$(setting GitHub__WebhookSecret)
  [ -n "$secret" ] || { echo "No GitHub__WebhookSecret in $settings" >&2; exit 1; }
  curl -sS -i -X POST "$url/api/github/webhook" \
    -H "Content-Type: application/json" \
    -H "X-GitHub-Event: $event" \
    -H "X-GitHub-Delivery: $id" \
    -H "X-Hub-Signature-256: sha256=$(hmac "$secret")" \
    --data-binary "@$payload"
fi
echo
