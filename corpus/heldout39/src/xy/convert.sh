#!/bin/sh
# Conversion of hand-written sources with LibreOffice (headless).
set -e
cd "$(dirname "$0")"
LO="soffice -env:UserInstallation=file:///tmp/lo-xy --headless"
$LO --convert-to docx --outdir ../docs Mytnikovsky_2024_spravka-moderatsiya.fodt
$LO --convert-to pdf  --outdir ../docs Pogremkovsky_2025_otchet-polugodie.fodt
# The speech is a hand-written web page delivered as .html directly
cp Vasilistnikovsky_2024_vystuplenie.html ../docs/
