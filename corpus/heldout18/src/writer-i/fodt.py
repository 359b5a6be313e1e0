# Small helper that writes flat ODT (.fodt) XML text by hand.
from xml.sax.saxutils import escape

HEAD = '''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls>
 <style:font-face style:name="Times New Roman" svg:font-family="'Times New Roman'" style:font-family-generic="roman"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0cm"/>
  <style:text-properties style:font-name="Times New Roman" fo:font-size="{size}pt" fo:language="ru" fo:country="RU"/>
 </style:default-style>
 <style:style style:name="Standard" style:family="paragraph">
  <style:paragraph-properties fo:text-align="justify" fo:text-indent="1.25cm" fo:line-height="{lh}"/>
 </style:style>
 <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="1">
  <style:paragraph-properties fo:text-align="center" fo:text-indent="0cm" fo:margin-top="0.3cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"/>
  <style:text-properties fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="2">
  <style:paragraph-properties fo:text-align="left" fo:margin-top="0.25cm" fo:margin-bottom="0.1cm" fo:keep-with-next="always"/>
  <style:text-properties fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Footnote" style:family="paragraph">
  <style:paragraph-properties fo:text-align="justify" fo:text-indent="0cm"/>
  <style:text-properties fo:font-size="10pt"/>
 </style:style>
 <style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph">
  <style:paragraph-properties fo:text-align="left" fo:text-indent="0cm"/>
  <style:text-properties fo:font-size="{tsize}pt"/>
 </style:style>
 <style:style style:name="Table_20_Heading" style:display-name="Table Heading" style:family="paragraph" style:parent-style-name="Table_20_Contents">
  <style:paragraph-properties fo:text-align="center"/>
  <style:text-properties fo:font-weight="bold"/>
 </style:style>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="pm1">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" style:print-orientation="portrait"
   fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="{ml}cm" fo:margin-right="1.5cm"/>
 </style:page-layout>
 <style:style style:name="C" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="center" fo:text-indent="0cm"/>
 </style:style>
 <style:style style:name="CB" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="center" fo:text-indent="0cm"/>
  <style:text-properties fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="R" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="end" fo:text-indent="0cm"/>
 </style:style>
 <style:style style:name="L" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="start" fo:text-indent="0cm"/>
 </style:style>
 <style:style style:name="LB" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="start" fo:text-indent="0cm"/>
  <style:text-properties fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="IND" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-left="1.85cm" fo:text-indent="-0.6cm"><style:tab-stops><style:tab-stop style:position="0cm"/></style:tab-stops></style:paragraph-properties>
 </style:style>
 <style:style style:name="SIG" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="start" fo:text-indent="0cm">
   <style:tab-stops><style:tab-stop style:position="7cm"/><style:tab-stop style:position="12.5cm"/></style:tab-stops>
  </style:paragraph-properties>
 </style:style>
 <style:style style:name="TC" style:family="paragraph" style:parent-style-name="Table_20_Contents">
  <style:paragraph-properties fo:text-align="center"/>
 </style:style>
 <style:style style:name="TR" style:family="paragraph" style:parent-style-name="Table_20_Contents">
  <style:paragraph-properties fo:text-align="end"/>
 </style:style>
 <style:style style:name="TB" style:family="paragraph" style:parent-style-name="Table_20_Contents">
  <style:text-properties fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="TI" style:family="paragraph" style:parent-style-name="Table_20_Contents">
  <style:paragraph-properties fo:margin-left="0.4cm"/>
  <style:text-properties fo:font-style="italic"/>
 </style:style>
 <style:style style:name="PB" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:break-before="page"/>
 </style:style>
 <style:style style:name="Tb1" style:family="table">
  <style:table-properties style:width="{tw}cm" table:align="center" fo:margin-top="0.2cm" fo:margin-bottom="0.2cm"/>
 </style:style>
 <style:style style:name="Tb0" style:family="table">
  <style:table-properties style:width="{tw}cm" table:align="left"/>
 </style:style>
 <style:style style:name="Cell" style:family="table-cell">
  <style:table-cell-properties fo:padding="0.08cm" fo:border="0.5pt solid #000000" style:vertical-align="middle"/>
 </style:style>
 <style:style style:name="CellN" style:family="table-cell">
  <style:table-cell-properties fo:padding="0.05cm" fo:border="none" style:vertical-align="top"/>
 </style:style>
 <style:style style:name="Bold" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="Ital" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>
 <style:style style:name="Und" style:family="text"><style:text-properties style:text-underline-style="solid" style:text-underline-width="auto" style:text-underline-color="font-color"/></style:style>
{extra_auto}
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="pm1"/>
</office:master-styles>
<office:body>
<office:text>
'''

TAIL = '''</office:text>
</office:body>
</office:document>
'''


def e(s):
    return escape(s)


_note_counter = [0]


def inline(s):
    """Escape text; supports markers: **bold**, //italic//, [[fn:text]] footnotes, \t tabs."""
    out = []
    i = 0
    while i < len(s):
        if s.startswith('[[fn:', i):
            j = s.index(']]', i)
            _note_counter[0] += 1
            n = _note_counter[0]
            body = s[i + 5:j]
            out.append('<text:note text:id="ftn%d" text:note-class="footnote"><text:note-citation>%d</text:note-citation>'
                       '<text:note-body><text:p text:style-name="Footnote">%s</text:p></text:note-body></text:note>'
                       % (n, n, inline(body)))
            i = j + 2
        elif s.startswith('**', i) and s.find('**', i + 2) > i + 2:
            j = s.index('**', i + 2)
            out.append('<text:span text:style-name="Bold">%s</text:span>' % inline(s[i + 2:j]))
            i = j + 2
        elif s.startswith('//', i) and not s[i-1:i] == ':':
            j = s.index('//', i + 2)
            out.append('<text:span text:style-name="Ital">%s</text:span>' % inline(s[i + 2:j]))
            i = j + 2
        elif s[i] == '\t':
            out.append('<text:tab/>')
            i += 1
        elif s[i] == '\n':
            out.append('<text:line-break/>')
            i += 1
        else:
            # collect plain run
            j = i
            while j < len(s) and s[j] not in '\t\n' and not s.startswith('[[fn:', j) and not (s.startswith('**', j) and s.find('**', j + 2) > j + 2) \
                    and not (s.startswith('//', j) and s[j-1:j] != ':'):
                j += 1
            run = e(s[i:j])
            # preserve double spaces
            run = run.replace('  ', ' <text:s/>')
            out.append(run)
            i = j
    return ''.join(out)


def p(s, style='Standard'):
    return '<text:p text:style-name="%s">%s</text:p>\n' % (style, inline(s))


def h(s, level=1):
    return '<text:h text:style-name="Heading_20_%d" text:outline-level="%d">%s</text:h>\n' % (level, level, inline(s))


def ul(items, bullet='–'):
    # list rendered as real ODF list with a bullet style defined in extra styles (L_bul)
    x = '<text:list text:style-name="L_bul">\n'
    for it in items:
        x += '<text:list-item><text:p text:style-name="Standard">%s</text:p></text:list-item>\n' % inline(it)
    return x + '</text:list>\n'


def ol(items, style='L_num'):
    x = '<text:list text:style-name="%s">\n' % style
    for it in items:
        x += '<text:list-item><text:p text:style-name="Standard">%s</text:p></text:list-item>\n' % inline(it)
    return x + '</text:list>\n'


LIST_STYLES = '''
 <text:list-style style:name="L_bul">
  <text:list-level-style-bullet text:level="1" text:bullet-char="–">
   <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
    <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1.6cm" fo:text-indent="-0.5cm" fo:margin-left="1.6cm"/>
   </style:list-level-properties>
  </text:list-level-style-bullet>
 </text:list-style>
 <text:list-style style:name="L_dot">
  <text:list-level-style-bullet text:level="1" text:bullet-char="•">
   <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
    <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1.3cm" fo:text-indent="-0.5cm" fo:margin-left="1.3cm"/>
   </style:list-level-properties>
  </text:list-level-style-bullet>
 </text:list-style>
 <text:list-style style:name="L_num">
  <text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1">
   <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
    <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1.6cm" fo:text-indent="-0.6cm" fo:margin-left="1.6cm"/>
   </style:list-level-properties>
  </text:list-level-style-number>
 </text:list-style>
 <text:list-style style:name="L_par">
  <text:list-level-style-number text:level="1" style:num-suffix=")" style:num-format="1">
   <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
    <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1.6cm" fo:text-indent="-0.6cm" fo:margin-left="1.6cm"/>
   </style:list-level-properties>
  </text:list-level-style-number>
 </text:list-style>
 <text:list-style style:name="L_abc">
  <text:list-level-style-number text:level="1" style:num-suffix=")" style:num-format="а">
   <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
    <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1.6cm" fo:text-indent="-0.6cm" fo:margin-left="1.6cm"/>
   </style:list-level-properties>
  </text:list-level-style-number>
 </text:list-style>
'''


def cell(content, style='Table_20_Contents', cs=1, rs=1, cstyle='Cell'):
    attrs = ''
    if cs > 1:
        attrs += ' table:number-columns-spanned="%d"' % cs
    if rs > 1:
        attrs += ' table:number-rows-spanned="%d"' % rs
    paras = ''.join('<text:p text:style-name="%s">%s</text:p>' % (style, inline(x)) for x in content.split('\n\n'))
    x = '<table:table-cell table:style-name="%s" office:value-type="string"%s>%s</table:table-cell>' % (cstyle, attrs, paras)
    x += '<table:covered-table-cell/>' * (cs - 1)
    return x


COVER = '<table:covered-table-cell/>'


def table(name, widths, header_rows, body_rows, tstyle='Tb1'):
    """widths in cm; header_rows/body_rows: lists of raw row xml (list of cell xml strings)."""
    x = '<table:table table:name="%s" table:style-name="%s">\n' % (name, tstyle)
    for k, w in enumerate(widths):
        x += '<table:table-column table:style-name="%s.c%d"/>\n' % (name, k)
    if header_rows:
        x += '<table:table-header-rows>\n'
        for r in header_rows:
            x += '<table:table-row>%s</table:table-row>\n' % ''.join(r)
        x += '</table:table-header-rows>\n'
    for r in body_rows:
        x += '<table:table-row>%s</table:table-row>\n' % ''.join(r)
    return x + '</table:table>\n'


def col_styles(name, widths):
    return ''.join('<style:style style:name="%s.c%d" style:family="table-column"><style:table-column-properties style:column-width="%.2fcm"/></style:style>\n'
                   % (name, k, w) for k, w in enumerate(widths))


def doc(body, extra_auto='', size=14, tsize=11, lh='115%', ml=3.0, tw=16.5):
    return HEAD.format(size=size, tsize=tsize, lh=lh, ml=ml, tw=tw, extra_auto=LIST_STYLES + extra_auto) + body + TAIL
