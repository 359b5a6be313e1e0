#!/bin/sh
# Rebuild writer-h documents. Run from this directory.
set -e
D=../../docs
python3 build_plan.py plan.fodt && soffice --headless --convert-to odt plan.fodt --outdir /tmp/wh && cp /tmp/wh/plan.odt $D/Oblepikhinsky_2025_plan.odt
python3 build_letter.py letter.fodt && soffice --headless --convert-to 'doc:MS Word 97' letter.fodt --outdir /tmp/wh && cp /tmp/wh/letter.doc $D/Gluharinsky_2025_letter-report.doc
python3 build_email.py $D/Pereprelovsky_2025_email.txt
