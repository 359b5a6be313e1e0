#!/bin/sh
# Build the legacy Word 97 DOC from the HTML source with LibreOffice.
set -e
cd "$(dirname "$0")"
OUT=../../docs
soffice --headless --infilter="HTML (StarWriter)" --convert-to "doc:MS Word 97" --outdir /tmp/wb_doc1 lozovatsky_2023_analiticheskaya-spravka.html
cp /tmp/wb_doc1/lozovatsky_2023_analiticheskaya-spravka.doc $OUT/Lozovatsky_2023_analiticheskaya-spravka.doc
