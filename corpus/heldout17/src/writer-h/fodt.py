# Minimal helpers to write flat ODT (FODT) by hand; converted later with soffice.
from xml.sax.saxutils import escape as esc

HEAD = '''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><meta:initial-creator>{author}</meta:initial-creator><dc:creator>{author}</dc:creator><dc:title>{title}</dc:title></office:meta>
<office:font-face-decls/>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.1cm"/>
  <style:text-properties style:font-name="Times New Roman" fo:font-family="'Times New Roman'" fo:font-size="12pt" fo:language="ru" fo:country="RU"/>
 </style:default-style>
 <style:style style:name="Standard" style:family="paragraph"/>
 <style:style style:name="Footnote" style:family="paragraph"><style:text-properties fo:font-size="9pt"/></style:style>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="2.5cm" fo:margin-right="1.5cm"/></style:page-layout>
 <style:style style:name="PJ" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:text-indent="1.25cm"/></style:style>
 <style:style style:name="PL" style:family="paragraph"><style:paragraph-properties fo:text-align="start"/></style:style>
 <style:style style:name="PR" style:family="paragraph"><style:paragraph-properties fo:text-align="end" fo:margin-left="9cm"/></style:style>
 <style:style style:name="PC" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/></style:style>
 <style:style style:name="PCB" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-top="0.2cm" fo:margin-bottom="0.2cm"/><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="PB" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:margin-top="0.2cm"/><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="PPB" style:family="paragraph"><style:paragraph-properties fo:break-before="page"/></style:style>
 <style:style style:name="T1" style:family="paragraph"><style:text-properties fo:font-size="10pt"/></style:style>
 <style:style style:name="T1C" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="10pt"/></style:style>
 <style:style style:name="T1B" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="10pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="T1I" style:family="paragraph"><style:text-properties fo:font-size="10pt" fo:font-style="italic"/></style:style>
 <style:style style:name="Small" style:family="paragraph"><style:text-properties fo:font-size="9pt"/></style:style>
 <style:style style:name="CB" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:padding="0.08cm"/></style:style>
 <style:style style:name="CN" style:family="table-cell"><style:table-cell-properties fo:border="none" fo:padding="0.05cm"/></style:style>
 <style:style style:name="RPB" style:family="table-row"><style:table-row-properties fo:break-before="page"/></style:style>
 {extra}
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles>
<office:body><office:text>
'''
TAIL = '</office:text></office:body></office:document>\n'

_note = [0]
def fn(text):
    _note[0] += 1
    n = _note[0]
    return ('<text:note text:id="ftn%d" text:note-class="footnote"><text:note-citation>%d</text:note-citation>'
            '<text:note-body><text:p text:style-name="Footnote">%s</text:p></text:note-body></text:note>') % (n, n, esc(text))

def p(text, style='PJ', raw=False):
    return '<text:p text:style-name="%s">%s</text:p>\n' % (style, text if raw else esc(text))

def table_styles(name, widths_cm):
    tot = sum(widths_cm)
    s = '<style:style style:name="%s" style:family="table"><style:table-properties style:width="%.2fcm" table:align="left"/></style:style>' % (name, tot)
    for i, w in enumerate(widths_cm):
        s += '<style:style style:name="%s.C%d" style:family="table-column"><style:table-column-properties style:column-width="%.2fcm"/></style:style>' % (name, i, w)
    return s

def cell(content, style='T1', cs=1, rs=1, cellstyle='CB', raw=False):
    """content: str or list of str (paragraphs)"""
    paras = content if isinstance(content, list) else [content]
    a = ' table:number-columns-spanned="%d"' % cs if cs > 1 else ''
    a += ' table:number-rows-spanned="%d"' % rs if rs > 1 else ''
    body = ''.join('<text:p text:style-name="%s">%s</text:p>' % (style, x if raw else esc(x)) for x in paras)
    out = '<table:table-cell table:style-name="%s" office:value-type="string"%s>%s</table:table-cell>' % (cellstyle, a, body)
    out += '<table:covered-table-cell/>' * (cs - 1)
    return out

COVER = '<table:covered-table-cell/>'

def row(cells, rowstyle=None):
    a = ' table:style-name="%s"' % rowstyle if rowstyle else ''
    return '<table:table-row%s>%s</table:table-row>\n' % (a, ''.join(cells))

def table(name, widths, header_rows, body_rows):
    out = '<table:table table:name="%s" table:style-name="%s">' % (name, name)
    for i in range(len(widths)):
        out += '<table:table-column table:style-name="%s.C%d"/>' % (name, i)
    if header_rows:
        out += '<table:table-header-rows>' + ''.join(header_rows) + '</table:table-header-rows>'
    out += ''.join(body_rows) + '</table:table>\n'
    return out
