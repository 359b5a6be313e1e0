#!/bin/sh
# conversion of hand-written flat ODT sources with LibreOffice
cd "$(dirname "$0")/.."
LO="soffice -env:UserInstallation=file:///tmp/lo-xv --headless"
$LO --convert-to docx --outdir docs src/Medvezhkovsky_2024_samoobsledovanie.fodt
$LO --convert-to pdf --outdir docs src/Lapchatkovsky_2023_svodnaya-spravka.fodt
$LO --convert-to doc --outdir docs src/Sushenitsky_2024_poyasnitelnaya-zapiska.fodt
