#!/bin/sh
# Conversion of the hand-written flat ODF sources with LibreOffice (headless).
set -e
cd "$(dirname "$0")/.."
LO="soffice -env:UserInstallation=file:///tmp/lo-xt --headless"
$LO --convert-to pdf  --outdir docs src/Sinyavochny_2024_monitoring.fods
$LO --convert-to docx --outdir docs src/Gravilatovsky_2025_analiz-polugodie.fodt
$LO --convert-to rtf  --outdir docs src/Kozelchikovsky_2024_informaciya-k-soveshchaniyu.fodt
