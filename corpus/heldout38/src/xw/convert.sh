#!/bin/sh
# Conversion of hand-written sources with LibreOffice (headless)
set -e
cd "$(dirname "$0")/.."
LO="soffice -env:UserInstallation=file:///tmp/lo-xw --headless"
$LO --convert-to docx --outdir docs src/Tminovsky_2023_otchet_dorozhnaya_karta.fodt
$LO --convert-to pdf  --outdir docs src/Yaskolkovsky_2025_spravka.fodt
cp src/Bruslikovsky_2024_novosti.html docs/Bruslikovsky_2024_novosti.html
