#!/bin/sh
# Converts the hand-written sources in this folder to the final files in ../docs
set -e
cd "$(dirname "$0")"
LO="soffice -env:UserInstallation=file:///tmp/lo-xp --headless"
$LO --convert-to pdf  --outdir ../docs Ryaskovsky_2024_kvartalnyy-otchet.fodt
$LO --convert-to docx --outdir ../docs Mokrichny_2025_soprovoditelnoe-pismo.fodt
cp Sabelnikovsky_2023_publichnyy-doklad.html ../docs/
