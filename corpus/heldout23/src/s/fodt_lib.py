# Small helper to write LibreOffice flat ODT (.fodt) by hand.
from xml.sax.saxutils import escape

class Raw(str):
    pass

_note_id = [0]

def fn(text):
    """Footnote (text:note) as raw XML."""
    _note_id[0] += 1
    i = _note_id[0]
    return Raw('<text:note text:id="ftn%d" text:note-class="footnote"><text:note-citation>%d</text:note-citation>'
               '<text:note-body><text:p text:style-name="Footnote">%s</text:p></text:note-body></text:note>'
               % (i, i, escape(text)))

def b(text):
    return Raw('<text:span text:style-name="Tbold">%s</text:span>' % escape(text))

def tab():
    return Raw('<text:tab/>')

def _inl(content):
    if isinstance(content, (list, tuple)):
        return ''.join(c if isinstance(c, Raw) else escape(c) for c in content)
    if isinstance(content, Raw):
        return content
    return escape(content)

def P(content, style='Body'):
    return '<text:p text:style-name="%s">%s</text:p>' % (style, _inl(content))

def H(content, level=1):
    return '<text:h text:style-name="Heading_%d" text:outline-level="%d">%s</text:h>' % (level, level, _inl(content))

def BR():
    return '<text:p text:style-name="Body"/>'

def PAGEBREAK():
    return '<text:p text:style-name="PBreak"/>'

def LIST(items, style='Body'):
    return ''.join(P(it, style) for it in items)

_tbl = [0]

def TABLE(widths_cm, rows, header_rows=1, font='TCell'):
    """rows: list of rows; each row a list of cells.
    A cell is a str / list (inline content) or a dict:
    {'t': content or list of paragraphs via 'ps', 'cs': colspan, 'rs': rowspan, 'st': para style}
    Covered cells for spans are inserted automatically."""
    _tbl[0] += 1
    name = 'Table%d' % _tbl[0]
    ncol = len(widths_cm)
    out = ['<table:table table:name="%s" table:style-name="TblStyle">' % name]
    for i, w in enumerate(widths_cm):
        out.append('<table:table-column table:style-name="%s.C%d"/>' % (name, i))
    pending = [0] * ncol  # remaining rows covered by a rowspan
    for ri, row in enumerate(rows):
        if ri == 0 and header_rows:
            out.append('<table:table-header-rows>')
        out.append('<table:table-row>')
        col = 0
        cells = list(row)
        while col < ncol:
            if pending[col] > 0:
                out.append('<table:covered-table-cell/>')
                pending[col] -= 1
                col += 1
                continue
            if not cells:
                out.append('<table:table-cell table:style-name="Cell" office:value-type="string"><text:p text:style-name="%s"/></table:table-cell>' % font)
                col += 1
                continue
            c = cells.pop(0)
            if not isinstance(c, dict):
                c = {'t': c}
            cs = c.get('cs', 1)
            rs = c.get('rs', 1)
            st = c.get('st', 'THead' if ri < header_rows else font)
            attrs = ''
            if cs > 1:
                attrs += ' table:number-columns-spanned="%d"' % cs
            if rs > 1:
                attrs += ' table:number-rows-spanned="%d"' % rs
            if 'ps' in c:
                body = ''.join(P(p, st) for p in c['ps'])
            else:
                body = P(c.get('t', ''), st)
            out.append('<table:table-cell table:style-name="Cell" office:value-type="string"%s>%s</table:table-cell>' % (attrs, body))
            for k in range(cs):
                if rs > 1:
                    pending[col + k] = rs - 1
                if k > 0:
                    out.append('<table:covered-table-cell/>')
            col += cs
        out.append('</table:table-row>')
        if ri == header_rows - 1 and header_rows:
            out.append('</table:table-header-rows>')
    out.append('</table:table>')
    colstyles = ''.join(
        '<style:style style:name="%s.C%d" style:family="table-column"><style:table-column-properties style:column-width="%.2fcm"/></style:style>'
        % (name, i, w) for i, w in enumerate(widths_cm))
    return ''.join(out), colstyles, sum(widths_cm)


def document(body_parts, landscape=False, title='', author=''):
    body = []
    colstyles = []
    for part in body_parts:
        if isinstance(part, tuple):
            body.append(part[0])
            colstyles.append(part[1])
        else:
            body.append(part)
    if landscape:
        pw, ph, orient = '29.7cm', '21cm', 'landscape'
    else:
        pw, ph, orient = '21cm', '29.7cm', 'portrait'
    return '''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>%(title)s</dc:title><meta:initial-creator>%(author)s</meta:initial-creator><dc:creator>%(author)s</dc:creator><dc:language>ru-RU</dc:language></office:meta>
<office:font-face-decls>
 <style:font-face style:name="Times New Roman" svg:font-family="'Times New Roman'" style:font-family-generic="roman" style:font-pitch="variable"/>
 <style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'" style:font-family-generic="roman" style:font-pitch="variable"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:paragraph-properties fo:hyphenation-ladder-count="no-limit"/>
  <style:text-properties style:font-name="Times New Roman" fo:font-size="12pt" fo:language="ru" fo:country="RU"/>
 </style:default-style>
 <style:style style:name="Standard" style:family="paragraph" style:class="text"/>
 <style:style style:name="Body" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="justify" fo:text-indent="1.25cm" fo:margin-top="0cm" fo:margin-bottom="0.1cm" fo:line-height="115%%"/>
  <style:text-properties fo:font-size="12pt"/>
 </style:style>
 <style:style style:name="NoIndent" style:family="paragraph" style:parent-style-name="Body">
  <style:paragraph-properties fo:text-indent="0cm" fo:text-align="start"/>
 </style:style>
 <style:style style:name="Center" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.1cm"/>
 </style:style>
 <style:style style:name="CenterB" style:family="paragraph" style:parent-style-name="Center">
  <style:text-properties fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Right" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="end" fo:margin-left="9cm"/>
  <style:text-properties fo:font-size="11pt"/>
 </style:style>
 <style:style style:name="Heading_1" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="1">
  <style:paragraph-properties fo:text-align="center" fo:margin-top="0.3cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"/>
  <style:text-properties fo:font-size="13pt" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Heading_2" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="2">
  <style:paragraph-properties fo:text-align="start" fo:text-indent="1.25cm" fo:margin-top="0.2cm" fo:margin-bottom="0.1cm" fo:keep-with-next="always"/>
  <style:text-properties fo:font-size="12pt" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="TCell" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="start"/>
  <style:text-properties fo:font-size="10.5pt"/>
 </style:style>
 <style:style style:name="TNum" style:family="paragraph" style:parent-style-name="TCell">
  <style:paragraph-properties fo:text-align="center"/>
 </style:style>
 <style:style style:name="TSect" style:family="paragraph" style:parent-style-name="TCell">
  <style:paragraph-properties fo:text-align="center"/>
  <style:text-properties fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="THead" style:family="paragraph" style:parent-style-name="TCell">
  <style:paragraph-properties fo:text-align="center"/>
  <style:text-properties fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="TBoldL" style:family="paragraph" style:parent-style-name="TCell">
  <style:text-properties fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="TBoldC" style:family="paragraph" style:parent-style-name="TNum">
  <style:text-properties fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="TIndent" style:family="paragraph" style:parent-style-name="TCell">
  <style:paragraph-properties fo:margin-left="0.4cm"/>
 </style:style>
 <style:style style:name="Footnote" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
  <style:text-properties fo:font-size="9.5pt"/>
 </style:style>
 <style:style style:name="Small" style:family="paragraph" style:parent-style-name="Standard">
  <style:text-properties fo:font-size="10pt"/>
 </style:style>
 <style:style style:name="Tbold" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
</office:styles>
<office:automatic-styles>
 <style:style style:name="TblStyle" style:family="table"><style:table-properties style:width="17cm" table:align="center" fo:margin-top="0.15cm" fo:margin-bottom="0.2cm"/></style:style>
 <style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:padding="0.06cm" fo:border="0.5pt solid #000000" style:vertical-align="top"/></style:style>
 <style:style style:name="PBreak" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:break-after="page"/></style:style>
 %(colstyles)s
 <style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="%(pw)s" fo:page-height="%(ph)s" style:print-orientation="%(orient)s" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="2.5cm" fo:margin-right="1.5cm"/></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles>
<office:body><office:text>
%(body)s
</office:text></office:body></office:document>
''' % dict(title=escape(title), author=escape(author), colstyles=''.join(colstyles), body='\n'.join(body), pw=pw, ph=ph, orient=orient)
