#!/usr/bin/env python3
"""Build Belozorsky_2025_doklad-kollegiya.fodt from doklad_body.txt (flat ODT XML written by hand)."""
from xml.sax.saxutils import escape
import os
here = os.path.dirname(os.path.abspath(__file__))
FOOT = ("Расчёт выполнен по методике, утверждённой приказом министерства образования области "
        "от 11.03.2024 № 512-од, по данным Навигатора на 31.05.2025; численность детей 5–18 лет — "
        "по сведениям отдела статистики на 01.01.2025 (7 260 человек).")
body = []
for line in open(os.path.join(here, 'doklad_body.txt'), encoding='utf-8'):
    line = line.rstrip('\n')
    if not line.strip():
        continue
    tag, text = line[:2], line[3:]
    t = escape(text)
    if '{FN}' in t:
        t = t.replace('{FN}', '<text:note text:id="ftn1" text:note-class="footnote"><text:note-citation>1</text:note-citation>'
                      '<text:note-body><text:p text:style-name="Footnote">' + escape(FOOT) + '</text:p></text:note-body></text:note>')
    style = {'#H': 'HeadCenter', '#T': 'Title1', '#C': 'Sub', '#R': 'Right', '#P': 'Body', '#S': 'Sect', '#L': 'ListP'}[tag]
    body.append(f'<text:p text:style-name="{style}">{t}</text:p>')

doc = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
 <office:meta><dc:title>Доклад на коллегии 27.08.2025</dc:title><meta:initial-creator>Ларионова С.И.</meta:initial-creator></office:meta>
 <office:font-face-decls>
  <style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'" style:font-family-generic="roman"/>
 </office:font-face-decls>
 <office:styles>
  <style:default-style style:family="paragraph">
   <style:paragraph-properties fo:hyphenation-ladder-count="no-limit"/>
   <style:text-properties style:font-name="Liberation Serif" fo:font-size="14pt" fo:language="ru" fo:country="RU"/>
  </style:default-style>
  <style:style style:name="Standard" style:family="paragraph"/>
  <style:style style:name="Body" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:text-align="justify" fo:text-indent="1.25cm" fo:margin-bottom="0.15cm" fo:line-height="115%"/>
  </style:style>
  <style:style style:name="ListP" style:family="paragraph" style:parent-style-name="Body">
   <style:paragraph-properties fo:text-indent="0cm" fo:margin-left="0.6cm"/>
  </style:style>
  <style:style style:name="HeadCenter" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:text-align="center"/>
   <style:text-properties fo:font-size="12pt" fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="Title1" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:text-align="center" fo:margin-top="0.8cm" fo:margin-bottom="0.3cm"/>
   <style:text-properties fo:font-size="15pt" fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="Sub" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.3cm"/>
   <style:text-properties fo:font-style="italic"/>
  </style:style>
  <style:style style:name="Right" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:text-align="end" fo:margin-left="7cm" fo:margin-bottom="0.5cm"/>
   <style:text-properties fo:font-size="12pt"/>
  </style:style>
  <style:style style:name="Sect" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:text-align="center" fo:margin-top="0.4cm" fo:margin-bottom="0.2cm"/>
   <style:text-properties fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="Footnote" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:text-align="justify"/>
   <style:text-properties fo:font-size="10pt"/>
  </style:style>
  <style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:text-align="center"/>
   <style:text-properties fo:font-size="11pt"/>
  </style:style>
 </office:styles>
 <office:automatic-styles>
  <style:page-layout style:name="pm1">
   <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2cm" fo:margin-bottom="1.5cm" fo:margin-left="3cm" fo:margin-right="1.5cm"/>
   <style:footer-style><style:header-footer-properties fo:min-height="0.8cm" fo:margin-top="0.3cm"/></style:footer-style>
  </style:page-layout>
 </office:automatic-styles>
 <office:master-styles>
  <style:master-page style:name="Standard" style:page-layout-name="pm1">
   <style:footer><text:p text:style-name="Footer"><text:page-number text:select-page="current">1</text:page-number></text:p></style:footer>
  </style:master-page>
 </office:master-styles>
 <office:body>
  <office:text>
   {chr(10).join(body)}
  </office:text>
 </office:body>
</office:document>
'''
open(os.path.join(here, 'Belozorsky_2025_doklad-kollegiya.fodt'), 'w', encoding='utf-8').write(doc)
print('ok')
