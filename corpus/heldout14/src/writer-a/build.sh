#!/bin/sh
# Rebuild all three writer-a documents.
set -e
D=/work/main/corpus/heldout14/docs
S=/work/main/corpus/heldout14/src/writer-a
python3 $S/build_ezhevichansky_docx.py
python3 $S/build_peskarinsky_fodt.py
soffice --headless --convert-to pdf --outdir $D $S/Peskarinsky_2025_prikaz.fodt
cp $S/Sivkovsky_2024_itogi-goda.html $D/Sivkovsky_2024_itogi-goda.html
