#!/usr/bin/env bash
# Regenerates the README's pictures of the plugin's PDFs: writes an invoice, a packaging slip and a pick list from sample
# data (build/DocumentSamples, the tests' SampleDocuments) and renders page 1 of each to docs/pdf-*.png with pdftoppm.
# Installs poppler-utils (pdftoppm) and fonts-dejavu-core when missing (run as root on Debian/Ubuntu).
#
#   ./build/docs.sh
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root"
export DOTNET_ROLL_FORWARD="${DOTNET_ROLL_FORWARD:-Major}" DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

./build/ensure-tools.sh

out=.tmp/docs-pdf
rm -rf "$out"
echo "==> writing the sample PDFs"
dotnet run --project build/DocumentSamples -c Release -- "$out" Nop.Plugin.Inventory.Backorders/logo.png

for name in invoice packaging-slip pick-list; do
    pdftoppm -png -r 90 -f 1 -l 1 -singlefile "$out/$name.pdf" "docs/pdf-$name"
    echo "docs/pdf-$name.png"
done
