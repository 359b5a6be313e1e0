#!/bin/sh
# Conversion of hand-written sources with LibreOffice (writer xs, set heldout36)
set -e
cd "$(dirname "$0")/.."
LO="soffice -env:UserInstallation=file:///tmp/lo-xs --headless"
$LO --convert-to docx --outdir docs src/Zheltushnikovsky_2024_analiticheskiy-otchet.fodt
$LO --convert-to pdf  --outdir docs src/Repeshkovsky_2024_prikaz.fodt
cp src/Kuvshinchikovsky_2025_novosti.html docs/
