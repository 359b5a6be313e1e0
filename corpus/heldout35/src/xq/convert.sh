#!/bin/sh
# Conversion of the hand-written sources with LibreOffice (writer xq, set heldout35)
cd "$(dirname "$0")"
python3 make_Bodyakovsky_monitoring.py          # writes Bodyakovsky_2023_monitoring.fodt (XML template)
soffice -env:UserInstallation=file:///tmp/lo-xq --headless --convert-to docx --outdir ../docs Bodyakovsky_2023_monitoring.fodt
soffice -env:UserInstallation=file:///tmp/lo-xq --headless --convert-to pdf  --outdir ../docs Vejnikovsky_2024_intervyu.fodt
cp Osotovsky_2024_pasport.html ../docs/     # web page delivered as HTML directly
