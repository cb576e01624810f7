#!/usr/bin/env bash
# Builds the plugin in Release and packs it into artifacts/Inventory.Backorders.zip, the file to upload in nopCommerce 4.90
# (Admin > Configuration > Local plugins > "Upload plugin or theme").
#
#   ./build/package.sh                 # from any directory
#   ./build/package.sh --check-only    # extra arguments go to the packager (see build/Packager/README.md)
#
# The packager first checks that every assembly reference of the plugin (and of each third-party DLL it ships) resolves on
# a nopCommerce 4.90.3 host: host assemblies (build/nopsdk/host-assemblies.tsv) at most at the host's version, .NET 9 /
# ASP.NET Core 9 shared framework assemblies at most at 9.0, and anything else shipped in the package. It fails, writing
# nothing, on a reference that is too new (HIGHER) or that nothing provides (UNKNOWN).
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root"

# Only the .NET 10 runtime may be installed; the packager targets net9.0 with RollForward=Major, this covers older setups.
export DOTNET_ROLL_FORWARD="${DOTNET_ROLL_FORWARD:-Major}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# Start from an empty Release output, so that a DLL left there by an earlier build (e.g. of a package since removed) is
# never shipped. Only this folder: the tests build Debug, and obj/ keeps the build incremental.
rm -rf Nop.Plugin.Inventory.Backorders/bin/Release

echo "==> dotnet build Nop.Plugin.Inventory.Backorders -c Release"
dotnet build Nop.Plugin.Inventory.Backorders -c Release -nologo -v quiet

echo "==> packaging"
dotnet run --project build/Packager -c Release -- \
    --plugin-output Nop.Plugin.Inventory.Backorders/bin/Release/net9.0 \
    --host build/nopsdk/host-assemblies.tsv \
    "$@"
