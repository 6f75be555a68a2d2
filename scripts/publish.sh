#!/usr/bin/env bash
# Produces the zip-deployable isolated-worker app in publish/ and publish.zip: the worker, its
# functions.metadata (generated from the trigger attributes), extensions.json and .azurefunctions/
# (the host-side extensions the SDK's generated project restores), worker.config.json and the
# repository's host.json.
# azd (azure.yaml) and `func azure functionapp publish` build the same project themselves.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out=$root/publish
rm -rf "$out" "$root/publish.zip"
dotnet publish "$root/functions" -c Release -o "$out" --nologo -v quiet
for file in functions.metadata host.json extensions.json worker.config.json; do
  [ -f "$out/$file" ] || { echo "publish/ lacks $file" >&2; exit 1; }
done
(cd "$out" && zip -qr "$root/publish.zip" .)
echo "Deployable app in $out; zip package at $root/publish.zip"
