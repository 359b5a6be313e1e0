#!/bin/sh
# HTML -> RTF with LibreOffice headless (Writer HTML import).
set -e
cd "$(dirname "$0")"
soffice --headless --infilter="HTML (StarWriter)" --convert-to rtf --outdir ../../docs Vyunovsky_2025_protokol-metodsoveta.html
