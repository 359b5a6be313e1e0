#!/bin/sh
# Build the scanned report: HTML -> PDF (LibreOffice) -> PNG 200 dpi -> rotate/noise/JPEG -> image-only PDF
set -e
B=/tmp/wg_build; mkdir -p $B; cd $B; rm -f pg-*.png vereskovskiy_2025_otchet_moc.pdf
soffice --headless --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export /work/main/corpus/heldout6/src/vereskovskiy_2025_otchet_moc.html --outdir $B
pdftoppm -r 200 -png vereskovskiy_2025_otchet_moc.pdf pg
/tmp/wg_venv/bin/python /work/main/corpus/heldout6/src/make_scan.py /work/main/corpus/heldout6/docs/vereskovskiy_2025_otchet_moc.pdf pg-1.png pg-2.png
