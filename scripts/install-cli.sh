#!/usr/bin/env bash
# Packs src/ProductOps.Cli as a .NET tool into artifacts/ and installs it globally as `productops`
# (replacing an earlier install). Usage: scripts/install-cli.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
# A version per build, so NuGet's package cache can never hand back an older build of the same version.
version=0.1.0-local.$(date -u +%Y%m%d%H%M%S)
dotnet pack "$root/src/ProductOps.Cli" -c Release -o "$root/artifacts" -p:Version="$version" --nologo -v quiet
dotnet tool uninstall --global ProductOps.Cli >/dev/null 2>&1 || true
dotnet tool install --global --add-source "$root/artifacts" --version "$version" ProductOps.Cli
if ! command -v productops >/dev/null; then
  echo "Add ~/.dotnet/tools to PATH to run productops: export PATH=\"\$PATH:\$HOME/.dotnet/tools\""
fi
