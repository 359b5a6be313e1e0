#!/bin/bash
# assembles the hand-written flat ODT parts and converts to PDF with LibreOffice
set -e
cd "$(dirname "$0")"
cat head.part body1.part tblhead.part > Donnikovsky_2024_programme.fodt
cat >> Donnikovsky_2024_programme.fodt <<'H'
    <table:table-row>
     <table:table-cell table:style-name="C" office:value-type="string"><text:p text:style-name="CellSmallC">1</text:p></table:table-cell>
     <table:table-cell table:style-name="C" office:value-type="string"><text:p text:style-name="CellSmallC">2</text:p></table:table-cell>
     <table:table-cell table:style-name="C" office:value-type="string"><text:p text:style-name="CellSmallC">3</text:p></table:table-cell>
     <table:table-cell table:style-name="C" office:value-type="string"><text:p text:style-name="CellSmallC">4</text:p></table:table-cell>
     <table:table-cell table:style-name="C" office:value-type="string"><text:p text:style-name="CellSmallC">5</text:p></table:table-cell>
     <table:table-cell table:style-name="C" office:value-type="string"><text:p text:style-name="CellSmallC">6</text:p></table:table-cell>
     <table:table-cell table:style-name="C" office:value-type="string"><text:p text:style-name="CellSmallC">7</text:p></table:table-cell>
     <table:table-cell table:style-name="C" office:value-type="string"><text:p text:style-name="CellSmallC">8</text:p></table:table-cell>
     <table:table-cell table:style-name="C" office:value-type="string"><text:p text:style-name="CellSmallC">9</text:p></table:table-cell>
     <table:table-cell table:style-name="C" office:value-type="string"><text:p text:style-name="CellSmallC">10</text:p></table:table-cell>
     <table:table-cell table:style-name="C" office:value-type="string"><text:p text:style-name="CellSmallC">11</text:p></table:table-cell>
    </table:table-row>
H
bash rows.sh < rows.txt >> Donnikovsky_2024_programme.fodt
cat tail.part >> Donnikovsky_2024_programme.fodt
python3 -c "import xml.dom.minidom;xml.dom.minidom.parse('Donnikovsky_2024_programme.fodt')"
soffice -env:UserInstallation=file:///tmp/lo-xh --headless --convert-to pdf --outdir ../../docs Donnikovsky_2024_programme.fodt
