#!/bin/sh
# Build writer-c documents with LibreOffice headless from the HTML sources in this folder.
# HTML (StarWriter import) -> ODT (keeps <thead> as repeated table header rows) -> target format.
set -e
cd "$(dirname "$0")"
OUT=$(cd ../../docs && pwd)
T=$(mktemp -d)
cp burunduksky_spravka.html   "$T/Burunduksky_2024_spravka-dorozhnaya-karta.html"
cp ivolginsky_plan.html       "$T/Ivolginsky_2025_plan-raboty-moc.html"
cp shipovnikovsky_doklad.html "$T/Shipovnikovsky_2024_publichnyy-doklad.html"
cd "$T"
for f in *.html; do
  soffice --headless --infilter="HTML (StarWriter)" --convert-to "odt:writer8" --outdir "$T" "$f"
done
soffice --headless --convert-to "rtf:Rich Text Format" --outdir "$OUT" Burunduksky_2024_spravka-dorozhnaya-karta.odt
soffice --headless --convert-to "docx:MS Word 2007 XML" --outdir "$OUT" Ivolginsky_2025_plan-raboty-moc.odt
soffice --headless --convert-to "pdf:writer_pdf_Export" --outdir "$OUT" Shipovnikovsky_2024_publichnyy-doklad.odt
cd / && rm -rf "$T"
