#!/bin/sh
# Build: FODT (hand-written) -> PDF with LibreOffice
cd "$(dirname "$0")"
soffice --headless --convert-to pdf --outdir ../../docs krivoborskiy_2025_informatsionnyy_vestnik.fodt
