#!/bin/sh
# Generate the flat-ODF source, then let LibreOffice write a real ODT.
set -e
cd "$(dirname "$0")"
python3 make_golubichny_fodt.py
soffice --headless --convert-to odt --outdir /tmp/wb_doc2 golubichny_2024_podprogramma.fodt
cp /tmp/wb_doc2/golubichny_2024_podprogramma.odt ../../docs/Golubichny_2024_podprogramma.odt
