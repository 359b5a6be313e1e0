# Minimal generator of LibreOffice flat ODT (.fodt) from simple block list
from xml.sax.saxutils import escape as esc

HEAD = '''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
 <office:meta><dc:title>{title}</dc:title><meta:initial-creator>{author}</meta:initial-creator><dc:creator>{author}</dc:creator><dc:language>ru-RU</dc:language></office:meta>
 <office:font-face-decls>
  <style:font-face style:name="Times New Roman" svg:font-family="'Times New Roman'" style:font-family-generic="roman" style:font-pitch="variable"/>
 </office:font-face-decls>
 <office:styles>
  <style:default-style style:family="paragraph">
   <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0cm"/>
   <style:text-properties style:font-name="Times New Roman" fo:font-size="12pt" fo:language="ru" fo:country="RU"/>
  </style:default-style>
  <style:style style:name="Standard" style:family="paragraph" style:class="text">
   <style:paragraph-properties fo:text-align="justify" fo:text-indent="1.25cm" fo:margin-bottom="0.1cm" fo:line-height="115%"/>
  </style:style>
  <style:style style:name="Center" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:text-align="center" fo:text-indent="0cm"/>
  </style:style>
  <style:style style:name="CenterBold" style:family="paragraph" style:parent-style-name="Center">
   <style:text-properties fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="Left" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:text-align="start" fo:text-indent="0cm"/>
  </style:style>
  <style:style style:name="Right" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:text-align="end" fo:text-indent="0cm"/>
  </style:style>
  <style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="2">
   <style:paragraph-properties fo:text-indent="0cm" fo:margin-top="0.3cm" fo:margin-bottom="0.15cm" fo:keep-with-next="always"/>
   <style:text-properties fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="Cell" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:text-align="start" fo:text-indent="0cm" fo:margin-bottom="0cm" fo:line-height="100%"/>
   <style:text-properties fo:font-size="11pt"/>
  </style:style>
  <style:style style:name="CellHead" style:family="paragraph" style:parent-style-name="Cell">
   <style:paragraph-properties fo:text-align="center"/>
   <style:text-properties fo:font-weight="bold"/>
  </style:style>
 </office:styles>
 <office:automatic-styles>
  <style:style style:name="Tbl" style:family="table"><style:table-properties style:width="17cm" table:align="margins"/></style:style>
  <style:style style:name="TC" style:family="table-cell"><style:table-cell-properties fo:padding="0.08cm" fo:border="0.5pt solid #000000"/></style:style>
  <style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
  <style:style style:name="I" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>
  <style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21.001cm" fo:page-height="29.7cm" fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="3cm" fo:margin-right="1.5cm"/></style:page-layout>
 </office:automatic-styles>
 <office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles>
 <office:body>
  <office:text>
'''
TAIL = '''  </office:text>
 </office:body>
</office:document>
'''

def inline(s):
    # **bold** and __italic__ markup
    out = []
    import re
    for part in re.split(r'(\*\*.+?\*\*|__.+?__)', s):
        if part.startswith('**') and part.endswith('**'):
            out.append('<text:span text:style-name="B">%s</text:span>' % esc(part[2:-2]))
        elif part.startswith('__') and part.endswith('__'):
            out.append('<text:span text:style-name="I">%s</text:span>' % esc(part[2:-2]))
        else:
            out.append(esc(part))
    return ''.join(out).replace('\t', '<text:tab/>')

def para(text, style='Standard'):
    if style == 'Heading':
        return '   <text:h text:style-name="Heading" text:outline-level="2">%s</text:h>\n' % inline(text)
    return '   <text:p text:style-name="%s">%s</text:p>\n' % (style, inline(text))

def table(rows, widths, name, header_rows=1):
    """rows: list of lists; cell = str | dict(t=..., cs=, rs=) | None (covered)"""
    o = ['   <table:table table:name="%s" table:style-name="Tbl">\n' % name]
    for i, w in enumerate(widths):
        o.append('    <table:table-column table:style-name="%s.C%d"/>\n' % (name, i))
    for ri, row in enumerate(rows):
        if ri == 0 and header_rows:
            o.append('    <table:table-header-rows>\n')
        o.append('    <table:table-row>\n')
        for c in row:
            if c is None:
                o.append('     <table:covered-table-cell/>\n'); continue
            if isinstance(c, str): c = {'t': c}
            attrs = ''
            if c.get('cs'): attrs += ' table:number-columns-spanned="%d"' % c['cs']
            if c.get('rs'): attrs += ' table:number-rows-spanned="%d"' % c['rs']
            st = 'CellHead' if ri < header_rows else c.get('st', 'Cell')
            ps = ''.join('<text:p text:style-name="%s">%s</text:p>' % (st, inline(line)) for line in c['t'].split('\n'))
            o.append('     <table:table-cell table:style-name="TC" office:value-type="string"%s>%s</table:table-cell>\n' % (attrs, ps))
        o.append('    </table:table-row>\n')
        if ri == header_rows - 1 and header_rows:
            o.append('    </table:table-header-rows>\n')
    o.append('   </table:table>\n')
    return ''.join(o), ''.join('  <style:style style:name="%s.C%d" style:family="table-column"><style:table-column-properties style:column-width="%.2fcm"/></style:style>\n' % (name, i, w) for i, w in enumerate(widths))

def build(blocks, title, author):
    body = []; colstyles = []
    for b in blocks:
        if isinstance(b, tuple) and b[0] == 'table':
            x, cs = table(*b[1:]); body.append(x); colstyles.append(cs)
        elif isinstance(b, tuple):
            body.append(para(b[1], b[0]))
        else:
            body.append(para(b))
    head = HEAD.format(title=esc(title), author=esc(author))
    head = head.replace(' </office:automatic-styles>', ''.join(colstyles) + ' </office:automatic-styles>')
    return head + ''.join(body) + TAIL
