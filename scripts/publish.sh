#!/usr/bin/env bash
# Produces the deployable Azure Functions layout in publish/ and publish.zip:
#   host.json, <function>/function.json for each folder in functions/, and the custom handler
#   (self-contained for linux-x64, so the Functions image needs no .NET runtime) in handler/.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out=$root/publish
rm -rf "$out" "$root/publish.zip"
mkdir -p "$out"
dotnet publish "$root/src/ProductOps.FunctionApp" -c Release -r linux-x64 --self-contained true -o "$out/handler" --nologo -v quiet
cp "$root/host.json" "$out/"
for dir in "$root"/functions/*/; do
  name=$(basename "$dir")
  mkdir -p "$out/$name"
  cp "$dir/function.json" "$out/$name/"
done
(cd "$out" && zip -qr "$root/publish.zip" .)
echo "Deployable layout in $out; zip package at $root/publish.zip"
