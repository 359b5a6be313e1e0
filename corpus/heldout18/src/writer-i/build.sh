#!/bin/sh
# Build writer-i heldout documents: Python writes flat ODT text, LibreOffice converts.
set -e
cd /work/main/corpus/heldout18/src/writer-i
OUT=/work/main/corpus/heldout18/docs
LO="soffice -env:UserInstallation=file:///tmp/lo-i --headless"
python3 build_chabretsovsky.py
python3 build_lastochkinsky.py
python3 build_kuvshinkovsky.py
$LO --convert-to docx --outdir "$OUT" Chabretsovsky_2025_samoanaliz.fodt
$LO --convert-to pdf  --outdir "$OUT" Lastochkinsky_2024_protokol.fodt
$LO --convert-to rtf  --outdir "$OUT" Kuvshinkovsky_2025_monitoring.fodt
