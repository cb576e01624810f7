#!/usr/bin/env bash
# Installs what the PDF tests and the README pictures need when it is missing (Debian/Ubuntu, run as root):
# fonts-dejavu-core (the PDFs' fallback font, with Hebrew and Arabic glyphs) and poppler-utils (pdftoppm).
# Quick when both are present.
set -euo pipefail
missing=()
command -v pdftoppm >/dev/null 2>&1 || missing+=(poppler-utils)
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || missing+=(fonts-dejavu-core)
if [ ${#missing[@]} -gt 0 ]; then
    echo "==> apt-get install ${missing[*]}" >&2
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi
