# Minimal helper that writes a flat ODF text document (.fodt) as plain XML strings.
# Only the standard library is used; conversion to odt/doc is done by LibreOffice.
from xml.sax.saxutils import escape

HEAD = '''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>%(title)s</dc:title><meta:initial-creator>%(author)s</meta:initial-creator></office:meta>
<office:font-face-decls>
 <style:font-face style:name="Times New Roman" svg:font-family="'Times New Roman'" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.1cm"/>
  <style:text-properties style:font-name="Times New Roman" fo:font-size="12pt" fo:language="ru" fo:country="RU"/>
 </style:default-style>
 <style:style style:name="Standard" style:family="paragraph"/>
 <style:style style:name="Body" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="justify" fo:text-indent="1.25cm" fo:margin-bottom="0.1cm"/>
 </style:style>
 <style:style style:name="Plain" style:family="paragraph" style:parent-style-name="Standard"/>
 <style:style style:name="Center" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="center"/>
 </style:style>
 <style:style style:name="CenterBold" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="center" fo:margin-top="0.2cm" fo:margin-bottom="0.2cm"/>
  <style:text-properties fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="1">
  <style:paragraph-properties fo:text-align="center" fo:margin-top="0.3cm" fo:margin-bottom="0.1cm"/>
  <style:text-properties fo:font-size="14pt" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="2">
  <style:paragraph-properties fo:margin-top="0.35cm" fo:margin-bottom="0.15cm" fo:keep-with-next="always"/>
  <style:text-properties fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Right" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="end" fo:margin-left="9cm"/>
 </style:style>
 <style:style style:name="RightBlock" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="start" fo:margin-left="9cm"/>
 </style:style>
 <style:style style:name="Cell" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-bottom="0cm"/>
  <style:text-properties fo:font-size="11pt"/>
 </style:style>
 <style:style style:name="CellC" style:family="paragraph" style:parent-style-name="Cell">
  <style:paragraph-properties fo:text-align="center"/>
 </style:style>
 <style:style style:name="CellHead" style:family="paragraph" style:parent-style-name="Cell">
  <style:paragraph-properties fo:text-align="center"/>
  <style:text-properties fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Small" style:family="paragraph" style:parent-style-name="Standard">
  <style:text-properties fo:font-size="10pt"/>
 </style:style>
 <style:style style:name="Footnote" style:family="paragraph" style:parent-style-name="Standard">
  <style:text-properties fo:font-size="10pt"/>
 </style:style>
</office:styles>
<office:automatic-styles>
 <style:style style:name="Tbl" style:family="table"><style:table-properties style:width="17cm" table:align="margins"/></style:style>
 <style:style style:name="TblNoBorder" style:family="table"><style:table-properties style:width="17cm" table:align="margins"/></style:style>
 <style:style style:name="TC" style:family="table-cell"><style:table-cell-properties fo:padding="0.08cm" fo:border="0.5pt solid #000000"/></style:style>
 <style:style style:name="TCn" style:family="table-cell"><style:table-cell-properties fo:padding="0.05cm" fo:border="none"/></style:style>
 <style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="I" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>
 <style:style style:name="U" style:family="text"><style:text-properties style:text-underline-style="solid" style:text-underline-width="auto" style:text-underline-color="font-color"/></style:style>
 %(colstyles)s
 <style:page-layout style:name="PL"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="2.5cm" fo:margin-right="1.5cm"/></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="PL"/></office:master-styles>
<office:body><office:text>
'''
TAIL = '</office:text></office:body></office:document>\n'


def inline(s):
    """Escape text; **bold**, //italic// and __underline__ markers; \\t -> tab; \\n -> line break."""
    out = escape(s)
    import re
    out = re.sub(r'\*\*(.+?)\*\*', r'<text:span text:style-name="B">\1</text:span>', out)
    out = re.sub(r'//(.+?)//', r'<text:span text:style-name="I">\1</text:span>', out)
    out = re.sub(r'__(.+?)__', r'<text:span text:style-name="U">\1</text:span>', out)
    out = out.replace('\t', '<text:tab/>').replace('\n', '<text:line-break/>')
    # keep runs of spaces
    out = re.sub(r'  +', lambda m: ' <text:s text:c="%d"/>' % (len(m.group(0)) - 1), out)
    return out


class Doc:
    def __init__(self, title, author):
        self.title, self.author = title, author
        self.parts = []
        self.colstyles = []
        self.ntab = 0

    def p(self, text, style='Body'):
        self.parts.append('<text:p text:style-name="%s">%s</text:p>' % (style, inline(text)))

    def h(self, text, level=2):
        st = 'Title' if level == 1 else 'Heading_20_2'
        self.parts.append('<text:h text:style-name="%s" text:outline-level="%d">%s</text:h>' % (st, level, inline(text)))

    def ol(self, items, style='Plain'):
        # lists typed as plain paragraphs with their own numbering, as clerks do
        for it in items:
            self.p(it, style)

    def table(self, widths, rows, border=True, head_rows=0):
        """rows: list of lists; a cell is str or dict(t=..., cs=n, rs=n, st=style).
        None marks a cell covered by a span."""
        self.ntab += 1
        name = 'Table%d' % self.ntab
        cols = []
        for i, w in enumerate(widths):
            cs = '%s.C%d' % (name, i)
            self.colstyles.append('<style:style style:name="%s" style:family="table-column"><style:table-column-properties style:column-width="%scm"/></style:style>' % (cs, w))
            cols.append('<table:table-column table:style-name="%s"/>' % cs)
        cellst = 'TC' if border else 'TCn'
        x = ['<table:table table:name="%s" table:style-name="%s">' % (name, 'Tbl' if border else 'TblNoBorder')]
        x += cols
        for ri, row in enumerate(rows):
            if ri == 0 and head_rows:
                x.append('<table:table-header-rows>')
            x.append('<table:table-row>')
            for c in row:
                if c is None:
                    x.append('<table:covered-table-cell/>')
                    continue
                if isinstance(c, str):
                    c = {'t': c}
                attrs = ''
                if c.get('cs'):
                    attrs += ' table:number-columns-spanned="%d"' % c['cs']
                if c.get('rs'):
                    attrs += ' table:number-rows-spanned="%d"' % c['rs']
                st = c.get('st', 'CellHead' if ri < head_rows else 'Cell')
                paras = ''.join('<text:p text:style-name="%s">%s</text:p>' % (st, inline(t)) for t in c['t'].split('\n\n'))
                x.append('<table:table-cell table:style-name="%s" office:value-type="string"%s>%s</table:table-cell>' % (cellst, attrs, paras))
            x.append('</table:table-row>')
            if head_rows and ri == head_rows - 1:
                x.append('</table:table-header-rows>')
        x.append('</table:table>')
        self.parts.append('\n'.join(x))

    def save(self, path):
        head = HEAD % {'title': escape(self.title), 'author': escape(self.author),
                       'colstyles': '\n '.join(self.colstyles)}
        with open(path, 'w', encoding='utf-8') as f:
            f.write(head + '\n'.join(self.parts) + '\n' + TAIL)
