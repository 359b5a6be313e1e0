#!/bin/sh
# Rebuild all three writer-f documents.
set -e
cd "$(dirname "$0")"
python3 build_spravka_fodt.py
soffice --headless --convert-to docx --outdir ../../docs Kukushkinsky_2024_analiticheskaya-spravka.fodt
sh build_protokol.sh
python3 build_otchet_txt.py
