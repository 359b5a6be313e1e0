# Minimal hand-rolled flat ODT writer used by writer I build scripts.
from xml.sax.saxutils import escape

HEAD = '''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls>
 <style:font-face style:name="Times New Roman" svg:font-family="'Times New Roman'" style:font-family-generic="roman"/>
 <style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'" style:font-family-generic="roman"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.12cm"/>
  <style:text-properties style:font-name="Times New Roman" fo:font-size="%(fs)s" fo:language="ru" fo:country="RU"/>
 </style:default-style>
 <style:style style:name="Standard" style:family="paragraph" style:class="text"/>
 <style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="justify" fo:text-indent="1.25cm" fo:line-height="115%%"/>
 </style:style>
 <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="1">
  <style:paragraph-properties fo:margin-top="0.35cm" fo:margin-bottom="0.2cm" fo:text-align="center" fo:keep-with-next="always"/>
  <style:text-properties fo:font-size="%(hs)s" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="2">
  <style:paragraph-properties fo:margin-top="0.25cm" fo:margin-bottom="0.15cm" fo:keep-with-next="always"/>
  <style:text-properties fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.1cm"/>
  <style:text-properties fo:font-size="%(ts)s" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-bottom="0cm"/>
  <style:text-properties fo:font-size="%(tfs)s"/>
 </style:style>
 <style:style style:name="Table_20_Heading" style:display-name="Table Heading" style:family="paragraph" style:parent-style-name="Table_20_Contents">
  <style:paragraph-properties fo:text-align="center"/>
  <style:text-properties fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Footnote" style:family="paragraph" style:parent-style-name="Standard">
  <style:text-properties fo:font-size="9pt"/>
 </style:style>
</office:styles>
<office:automatic-styles>
 <style:style style:name="Pc" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center"/></style:style>
 <style:style style:name="Pr" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="end"/></style:style>
 <style:style style:name="Pb" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="Pl" style:family="paragraph" style:parent-style-name="Text_20_body"><style:paragraph-properties fo:text-indent="0cm" fo:margin-left="0.6cm"/></style:style>
 <style:style style:name="Pcap" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="end" fo:margin-top="0.2cm" fo:keep-with-next="always"/><style:text-properties fo:font-style="italic"/></style:style>
 <style:style style:name="Tc" style:family="paragraph" style:parent-style-name="Table_20_Contents"><style:paragraph-properties fo:text-align="center"/></style:style>
 <style:style style:name="Tb" style:family="paragraph" style:parent-style-name="Table_20_Contents"><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="Tbc" style:family="paragraph" style:parent-style-name="Table_20_Contents"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="Ti" style:family="paragraph" style:parent-style-name="Table_20_Contents"><style:paragraph-properties fo:margin-left="0.4cm"/><style:text-properties fo:font-style="italic"/></style:style>
 <style:style style:name="PB" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:break-before="page"/></style:style>
 <style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="T2" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>
 <style:style style:name="cell" style:family="table-cell"><style:table-cell-properties fo:padding="0.06cm" fo:border="0.5pt solid #000000" style:vertical-align="middle"/></style:style>
 <style:style style:name="cellh" style:family="table-cell"><style:table-cell-properties fo:padding="0.06cm" fo:border="0.5pt solid #000000" fo:background-color="#e6e6e6" style:vertical-align="middle"/></style:style>
 <style:style style:name="celln" style:family="table-cell"><style:table-cell-properties fo:padding="0.04cm" fo:border="none"/></style:style>
%(extra)s
 <style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="%(pw)s" fo:page-height="%(ph)s" style:print-orientation="%(orient)s" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="2.5cm" fo:margin-right="1.5cm"/></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles>
<office:body><office:text>
'''
TAIL = '</office:text></office:body></office:document>\n'


def inline(s):
    """escape; **bold** and __italic__ markup"""
    out = []
    import re
    parts = re.split(r'(\*\*.+?\*\*|__[^_]+?__)', s)
    for i, p in enumerate(parts):
        if i % 2 == 0:
            out.append(escape(p))
        elif p.startswith('**') and p.endswith('**') and len(p) > 4:
            out.append('<text:span text:style-name="T1">%s</text:span>' % escape(p[2:-2]))
        elif p.startswith('__') and p.endswith('__') and len(p) > 4:
            out.append('<text:span text:style-name="T2">%s</text:span>' % escape(p[2:-2]))
        else:
            out.append(escape(p))
    return ''.join(out)


class Doc:
    def __init__(self, fs='12pt', hs='13pt', ts='14pt', tfs='10pt', page=None, landscape=False):
        self.body = []
        self.extra = []
        self.fs, self.hs, self.ts, self.tfs = fs, hs, ts, tfs
        self.ntab = 0
        self.page = page
        self.landscape = landscape

    def p(self, text, style='Text_20_body'):
        for line in text.split('\n') if style != 'Text_20_body' else [text]:
            self.body.append('<text:p text:style-name="%s">%s</text:p>' % (style, inline(line)))

    def h(self, text, level=1):
        self.body.append('<text:h text:style-name="Heading_20_%d" text:outline-level="%d">%s</text:h>' % (level, level, inline(text)))

    def raw(self, x):
        self.body.append(x)

    def table(self, widths, header, rows, repeat=True, total_width=None, borders=True):
        """header: list of rows; each row a list of cells. A cell is str or dict(t=, cs=, rs=, st=).
        None in a row means covered by a span."""
        self.ntab += 1
        name = 'Tab%d' % self.ntab
        tw = total_width or sum(widths)
        self.extra.append('<style:style style:name="%s" style:family="table"><style:table-properties style:width="%.2fcm" table:align="center"/></style:style>' % (name, tw))
        for i, w in enumerate(widths):
            self.extra.append('<style:style style:name="%s.C%d" style:family="table-column"><style:table-column-properties style:column-width="%.2fcm"/></style:style>' % (name, i, w))
        x = ['<table:table table:name="%s" table:style-name="%s">' % (name, name)]
        for i in range(len(widths)):
            x.append('<table:table-column table:style-name="%s.C%d"/>' % (name, i))

        def row(cells, head):
            r = ['<table:table-row>']
            for c in cells:
                if c is None:
                    r.append('<table:covered-table-cell/>')
                    continue
                if isinstance(c, str):
                    c = {'t': c}
                attrs = ''
                if c.get('cs'):
                    attrs += ' table:number-columns-spanned="%d"' % c['cs']
                if c.get('rs'):
                    attrs += ' table:number-rows-spanned="%d"' % c['rs']
                cst = 'cellh' if head else ('cell' if borders else 'celln')
                st = c.get('st') or ('Table_20_Heading' if head else 'Table_20_Contents')
                paras = ''.join('<text:p text:style-name="%s">%s</text:p>' % (st, inline(l)) for l in c['t'].split('\n'))
                r.append('<table:table-cell table:style-name="%s" office:value-type="string"%s>%s</table:table-cell>' % (cst, attrs, paras))
            r.append('</table:table-row>')
            return ''.join(r)
        if header:
            if repeat:
                x.append('<table:table-header-rows>')
            for hr in header:
                x.append(row(hr, True))
            if repeat:
                x.append('</table:table-header-rows>')
        for rr in rows:
            x.append(row(rr, False))
        x.append('</table:table>')
        self.body.append('\n'.join(x))

    def save(self, path):
        extra = '\n'.join(self.extra)
        if self.page:
            extra += self.page
        pw, ph, o = ('29.7cm', '21cm', 'landscape') if self.landscape else ('21cm', '29.7cm', 'portrait')
        head = HEAD % dict(fs=self.fs, hs=self.hs, ts=self.ts, tfs=self.tfs, extra=extra, pw=pw, ph=ph, orient=o)
        with open(path, 'w', encoding='utf-8') as f:
            f.write(head + '\n'.join(self.body) + TAIL)
