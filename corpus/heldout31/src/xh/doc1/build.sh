#!/bin/bash
# builds Shchavelevsky_2025_report.docx from the hand-written WordprocessingML parts in this folder
set -e
cd "$(dirname "$0")"
bash rows.sh < rows.txt > rows.xml
python3 -c "
s=open('document.tmpl.xml',encoding='utf-8').read()
s=s.replace('ROWS_PLACEHOLDER',open('rows.xml',encoding='utf-8').read()).replace('BODY2_PLACEHOLDER',open('body2.xml',encoding='utf-8').read())
open('word/document.xml','w',encoding='utf-8').write(s)
import xml.dom.minidom,glob
for f in glob.glob('word/*.xml'): xml.dom.minidom.parse(f)
"
rm -f ../../docs/Shchavelevsky_2025_report.docx
zip -X -r ../../docs/Shchavelevsky_2025_report.docx '[Content_Types].xml' _rels word >/dev/null
