#!/bin/sh
# Letter -> text PDF (LibreOffice) -> 200 dpi images -> degraded image-only PDF.
set -e
cd "$(dirname "$0")"
T=/tmp/wb_doc3; rm -rf $T; mkdir -p $T
soffice --headless --infilter="HTML (StarWriter)" --convert-to "pdf:writer_pdf_Export" --outdir $T ryabchikovsky_2024_pismo.html
cp $T/ryabchikovsky_2024_pismo.pdf ./ryabchikovsky_2024_pismo_text.pdf
pdftoppm -r 200 -png ryabchikovsky_2024_pismo_text.pdf $T/pg
python3 degrade_scan.py ryabchikovsky_2024_pismo_text.pdf $T/pg-*.png ../../docs/Ryabchikovsky_2024_pismo.pdf
