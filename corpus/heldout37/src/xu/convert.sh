#!/bin/sh
# Conversion of hand-written sources with LibreOffice (headless)
set -e
cd "$(dirname "$0")"
OUT=../docs
LO="soffice -env:UserInstallation=file:///tmp/lo-xu --headless"
$LO --convert-to doc --outdir $OUT Pikulnikovsky_2024_plan-otchet.fodt
$LO --convert-to pdf --outdir $OUT Zheltoglazovsky_2025_vystuplenie.fodt
cp Ochitkovsky_2024_otchety-page.html $OUT/
