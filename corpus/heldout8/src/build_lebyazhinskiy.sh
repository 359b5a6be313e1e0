#!/bin/sh
# Build the PDF from the hand-written HTML (Writer import, not Writer/Web)
cd "$(dirname "$0")"
soffice --headless --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export --outdir ../docs lebyazhinskiy_2025_spravka_nok.html
