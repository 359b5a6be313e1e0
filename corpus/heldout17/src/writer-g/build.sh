#!/bin/sh
# Rebuild writer-g documents into ../../docs
set -e
cd "$(dirname "$0")"
D=../../docs
python3 build_report.py
soffice --headless --convert-to docx --outdir /tmp/wg krapivinsky_2023_otchet.fodt
mv /tmp/wg/krapivinsky_2023_otchet.docx $D/Krapivinsky_2023_otchet.docx
soffice --headless --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export --outdir /tmp/wg medvedkovsky_2024_analiticheskaya-spravka.html
mv /tmp/wg/medvedkovsky_2024_analiticheskaya-spravka.pdf $D/Medvedkovsky_2024_analiticheskaya-spravka.pdf
cp solovyinsky_2024_novost.html $D/Solovyinsky_2024_novost.html
