#!/bin/sh
# Convert hand-written flat ODT sources to the delivered formats with LibreOffice.
set -e
cd "$(dirname "$0")"
LO="soffice -env:UserInstallation=file:///tmp/lo-xr --headless"
$LO --convert-to docx --outdir ../docs Kostyanichny_2024_otchet-podprogramma.fodt
$LO --convert-to pdf --outdir ../docs Plaunovsky_2025_prezentatsiya.fodt
$LO --convert-to doc --outdir ../docs Strelolistny_2023_protokol-mo.fodt
