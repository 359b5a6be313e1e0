"""Tiny helper that writes flat ODT (.fodt) XML by hand (stdlib only)."""
from xml.sax.saxutils import escape
import re

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
<office:meta><dc:title>%(title)s</dc:title><meta:initial-creator>%(author)s</meta:initial-creator></office:meta>
<office:font-face-decls>
 <style:font-face style:name="Times New Roman" svg:font-family="'Times New Roman'" style:font-family-generic="roman"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0cm"/>
  <style:text-properties style:font-name="Times New Roman" fo:font-size="12pt" fo:language="ru" fo:country="RU"/>
 </style:default-style>
 <style:style style:name="Standard" style:family="paragraph"/>
 <style:style style:name="Body" style:family="paragraph">
  <style:paragraph-properties fo:text-align="justify" fo:text-indent="1.25cm" fo:margin-bottom="0.1cm" fo:line-height="115%%"/>
 </style:style>
 <style:style style:name="BodyNoIndent" style:family="paragraph">
  <style:paragraph-properties fo:text-align="justify" fo:margin-bottom="0.1cm"/>
 </style:style>
 <style:style style:name="Title" style:family="paragraph">
  <style:paragraph-properties fo:text-align="center" fo:margin-top="0.2cm" fo:margin-bottom="0.2cm"/>
  <style:text-properties fo:font-size="14pt" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Heading" style:family="paragraph">
  <style:paragraph-properties fo:text-align="left" fo:margin-top="0.3cm" fo:margin-bottom="0.15cm" fo:keep-with-next="always"/>
  <style:text-properties fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Center" style:family="paragraph">
  <style:paragraph-properties fo:text-align="center"/>
 </style:style>
 <style:style style:name="Right" style:family="paragraph">
  <style:paragraph-properties fo:text-align="end" fo:margin-left="9cm"/>
 </style:style>
 <style:style style:name="Small" style:family="paragraph">
  <style:text-properties fo:font-size="10pt"/>
 </style:style>
 <style:style style:name="Cell" style:family="paragraph">
  <style:paragraph-properties fo:text-align="start"/>
  <style:text-properties fo:font-size="11pt"/>
 </style:style>
 <style:style style:name="CellC" style:family="paragraph">
  <style:paragraph-properties fo:text-align="center"/>
  <style:text-properties fo:font-size="11pt"/>
 </style:style>
 <style:style style:name="CellB" style:family="paragraph">
  <style:paragraph-properties fo:text-align="center"/>
  <style:text-properties fo:font-size="11pt" fo:font-weight="bold"/>
 </style:style>
</office:styles>
<office:automatic-styles>
 <style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="I" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>
 <style:style style:name="Tc" style:family="table-cell">
  <style:table-cell-properties fo:padding="0.08cm" fo:border="0.5pt solid #000000"/>
 </style:style>
 <style:style style:name="Tn" style:family="table-cell">
  <style:table-cell-properties fo:padding="0.05cm" fo:border="none"/>
 </style:style>
 <style:style style:name="PB" style:family="paragraph" style:parent-style-name="Body">
  <style:paragraph-properties fo:break-before="page"/>
 </style:style>
%(tablestyles)s
 <style:page-layout style:name="pm1">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="2.5cm" fo:margin-right="1.5cm"/>
 </style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles>
<office:body><office:text>
'''
TAIL = '</office:text></office:body></office:document>\n'


def inline(s):
    """**bold** and //italic// markup -> spans; also tabs."""
    out = escape(s)
    out = re.sub(r'\*\*(.+?)\*\*', r'<text:span text:style-name="B">\1</text:span>', out)
    out = re.sub(r'//(.+?)//', r'<text:span text:style-name="I">\1</text:span>', out)
    out = out.replace('\t', '<text:tab/>')
    return out


class Doc:
    def __init__(self, title, author):
        self.title, self.author = title, author
        self.parts = []
        self.tstyles = []
        self.ntab = 0

    def p(self, s, style='Body'):
        self.parts.append('<text:p text:style-name="%s">%s</text:p>' % (style, inline(s)))

    def empty(self):
        self.parts.append('<text:p text:style-name="Standard"/>')

    def table(self, rows, widths, border=True, header_rows=0):
        """rows: list of rows; each cell: str or dict(t=str, cs=int, st=style)."""
        self.ntab += 1
        name = 'Table%d' % self.ntab
        total = sum(widths)
        ts = ['<style:style style:name="%s" style:family="table"><style:table-properties style:width="%.2fcm" table:align="left"/></style:style>' % (name, total)]
        for i, w in enumerate(widths):
            ts.append('<style:style style:name="%s.C%d" style:family="table-column"><style:table-column-properties style:column-width="%.2fcm"/></style:style>' % (name, i, w))
        self.tstyles.extend(ts)
        cellst = 'Tc' if border else 'Tn'
        x = ['<table:table table:name="%s" table:style-name="%s">' % (name, name)]
        for i in range(len(widths)):
            x.append('<table:table-column table:style-name="%s.C%d"/>' % (name, i))
        for ri, row in enumerate(rows):
            if ri == 0 and header_rows:
                x.append('<table:table-header-rows>')
            x.append('<table:table-row>')
            for c in row:
                if isinstance(c, str):
                    c = {'t': c}
                if c.get('cov'):
                    x.append('<table:covered-table-cell/>')
                    continue
                cs = c.get('cs', 1)
                rs = c.get('rs', 1)
                st = c.get('st', 'Cell')
                attrs = ''
                if cs > 1:
                    attrs += ' table:number-columns-spanned="%d"' % cs
                if rs > 1:
                    attrs += ' table:number-rows-spanned="%d"' % rs
                x.append('<table:table-cell table:style-name="%s" office:value-type="string"%s>' % (cellst, attrs))
                for line in c['t'].split('\n'):
                    x.append('<text:p text:style-name="%s">%s</text:p>' % (st, inline(line)))
                x.append('</table:table-cell>')
                for _ in range(cs - 1):
                    x.append('<table:covered-table-cell/>')
            x.append('</table:table-row>')
            if header_rows and ri == header_rows - 1:
                x.append('</table:table-header-rows>')
        x.append('</table:table>')
        self.parts.append('\n'.join(x))

    def save(self, path):
        head = HEAD % {'title': escape(self.title), 'author': escape(self.author),
                       'tablestyles': '\n'.join(self.tstyles)}
        with open(path, 'w', encoding='utf-8') as f:
            f.write(head + '\n'.join(self.parts) + '\n' + TAIL)
