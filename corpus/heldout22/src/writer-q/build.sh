#!/bin/sh
# Rebuild all three documents of writer-q. Run from this folder.
set -e
OUT=../../docs
LO="soffice --headless -env:UserInstallation=file:///tmp/lo-writer-q"
python3 build_pasport.py
python3 build_pismo.py
$LO --convert-to odt --outdir $OUT Chernotalsky_2025_pasport.fodt
$LO --convert-to doc:"MS Word 97" --outdir $OUT Zverobojsky_2025_pismo.fodt
cp Pustelginsky_2025_otchet-polugodie.html $OUT/
