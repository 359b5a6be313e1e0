# tiny helper: writes flat ODT XML text by hand (no document libraries)
from xml.sax.saxutils import escape as _e

def e(s):
    return _e(s, {'"': '&quot;'})

HEAD = '''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><meta:initial-creator>{author}</meta:initial-creator><dc:creator>{author}</dc:creator><dc:title>{title}</dc:title></office:meta>
<office:font-face-decls>
 <style:font-face style:name="Times New Roman" svg:font-family="'Times New Roman'" style:font-family-generic="roman"/>
 <style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'" style:font-family-generic="roman"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0cm"/>
  <style:text-properties style:font-name="Times New Roman" fo:font-size="{fs}pt" fo:language="ru" fo:country="RU"/>
 </style:default-style>
 <style:style style:name="Standard" style:family="paragraph"/>
 <style:style style:name="Body" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="justify" fo:text-indent="1.25cm" fo:line-height="115%" fo:margin-bottom="0.1cm"/>
 </style:style>
 <style:style style:name="Center" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="center"/>
 </style:style>
 <style:style style:name="CenterB" style:family="paragraph" style:parent-style-name="Center">
  <style:text-properties fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Right" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="end"/>
 </style:style>
 <style:style style:name="H" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="2">
  <style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.15cm" fo:keep-with-next="always" fo:text-indent="1.25cm"/>
  <style:text-properties fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Cell" style:family="paragraph" style:parent-style-name="Standard">
  <style:text-properties fo:font-size="{cfs}pt"/>
 </style:style>
 <style:style style:name="CellC" style:family="paragraph" style:parent-style-name="Cell">
  <style:paragraph-properties fo:text-align="center"/>
 </style:style>
 <style:style style:name="CellCB" style:family="paragraph" style:parent-style-name="CellC">
  <style:text-properties fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="CellB" style:family="paragraph" style:parent-style-name="Cell">
  <style:text-properties fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Note" style:family="paragraph" style:parent-style-name="Standard">
  <style:text-properties fo:font-size="10pt"/>
 </style:style>
 <style:style style:name="Caption" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="end" fo:margin-top="0.2cm" fo:keep-with-next="always"/>
  <style:text-properties fo:font-style="italic"/>
 </style:style>
 <style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="center"/>
  <style:text-properties fo:font-size="10pt"/>
 </style:style>
 <text:notes-configuration text:note-class="footnote" style:num-format="1" text:start-value="0" text:footnotes-position="page" text:start-numbering-at="document"/>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="pm1">
  <style:page-layout-properties fo:page-width="{pw}" fo:page-height="{ph}" style:print-orientation="{orient}" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="{ml}" fo:margin-right="1.5cm"/>
  <style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.3cm"/></style:footer-style>
 </style:page-layout>
 <style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="I" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>
 <style:style style:name="U" style:family="text"><style:text-properties style:text-underline-style="solid" style:text-underline-width="auto" style:text-underline-color="font-color"/></style:style>
 <style:style style:name="PB" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:break-before="page"/></style:style>
 <style:style style:name="cB" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:padding="0.08cm" style:vertical-align="top"/></style:style>
 <style:style style:name="cBm" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:padding="0.08cm" style:vertical-align="middle"/></style:style>
 <style:style style:name="cBg" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:padding="0.08cm" fo:background-color="#e6e6e6"/></style:style>
 <style:style style:name="cN" style:family="table-cell"><style:table-cell-properties fo:border="none" fo:padding="0.06cm" style:vertical-align="top"/></style:style>
 {extra}
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="pm1">{footer}</style:master-page>
</office:master-styles>
<office:body><office:text>
'''
TAIL = '</office:text></office:body></office:document>\n'

def doc(body, title, author, fs=13, cfs=11, landscape=False, extra='', footer=True, ml='2.5cm'):
    pw, ph, orient = ('29.7cm', '21cm', 'landscape') if landscape else ('21cm', '29.7cm', 'portrait')
    ft = '<style:footer><text:p text:style-name="Footer"><text:page-number text:select-page="current">1</text:page-number></text:p></style:footer>' if footer else ''
    return HEAD.format(author=e(author), title=e(title), fs=fs, cfs=cfs, pw=pw, ph=ph, orient=orient, extra=extra, footer=ft, ml=ml) + body + TAIL

def p(txt, style='Body'):
    return '<text:p text:style-name="%s">%s</text:p>\n' % (style, txt)

def note(n, txt):
    return ('<text:note text:id="ftn%d" text:note-class="footnote"><text:note-citation>%d</text:note-citation>'
            '<text:note-body><text:p text:style-name="Note">%s</text:p></text:note-body></text:note>') % (n, n, e(txt))

def b(s):
    return '<text:span text:style-name="B">%s</text:span>' % s

def cell(txt, cs='cB', ps='Cell', span=1, rspan=1):
    a = ''
    if span > 1: a += ' table:number-columns-spanned="%d"' % span
    if rspan > 1: a += ' table:number-rows-spanned="%d"' % rspan
    paras = txt if isinstance(txt, list) else [txt]
    inner = ''.join('<text:p text:style-name="%s">%s</text:p>' % (ps, x) for x in paras)
    out = '<table:table-cell table:style-name="%s" office:value-type="string"%s>%s</table:table-cell>' % (cs, a, inner)
    out += '<table:covered-table-cell/>' * (span - 1)
    return out

def covered(n=1):
    return '<table:covered-table-cell/>' * n

def row(cells):
    return '<table:table-row>' + ''.join(cells) + '</table:table-row>\n'

def table(name, colstyles, header_rows, rows):
    cols = ''.join('<table:table-column table:style-name="%s.%s"/>' % (name, c) for c in colstyles)
    hdr = '<table:table-header-rows>' + ''.join(header_rows) + '</table:table-header-rows>' if header_rows else ''
    return '<table:table table:name="%s" table:style-name="%s">%s%s%s</table:table>\n' % (name, name, cols, hdr, ''.join(rows))

def table_styles(name, width_cm, colwidths):
    s = '<style:style style:name="%s" style:family="table"><style:table-properties style:width="%.2fcm" table:align="center"/></style:style>' % (name, width_cm)
    for i, w in enumerate(colwidths):
        s += '<style:style style:name="%s.%s" style:family="table-column"><style:table-column-properties style:column-width="%.2fcm"/></style:style>' % (name, chr(65 + i), w)
    return s
