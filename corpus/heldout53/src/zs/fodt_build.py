# builds flat ODT (.fodt) sources from a simple structure; conversion is done by LibreOffice
import re, html
def esc(s): return html.escape(s, quote=False)
def inline(s):
    # [[fn:text]] -> footnote
    out=[]; pos=0; n=[0]
    for m in re.finditer(r'\[\[fn:(.*?)\]\]', s):
        out.append(esc(s[pos:m.start()])); n[0]+=1
        inline.counter+=1; k=inline.counter
        out.append(f'<text:note text:id="ftn{k}" text:note-class="footnote"><text:note-citation>{k}</text:note-citation><text:note-body><text:p text:style-name="Footnote">{esc(m.group(1))}</text:p></text:note-body></text:note>')
        pos=m.end()
    out.append(esc(s[pos:])); return ''.join(out)
inline.counter=0
def para(s, style="Text"): return f'<text:p text:style-name="{style}">{inline(s)}</text:p>'
def head(s, lvl=2): return f'<text:h text:style-name="H{lvl}" text:outline-level="{lvl}">{inline(s)}</text:h>'
def table(name, ncols, rows):
    # rows: list of list of cells; cell = str or (str, colspan, rowspan); None = covered
    x=[f'<table:table table:name="{name}" table:style-name="Tbl">']
    x.append(f'<table:table-column table:number-columns-repeated="{ncols}"/>')
    for r in rows:
        x.append('<table:table-row>')
        for c in r:
            if c is None: x.append('<table:covered-table-cell/>'); continue
            if isinstance(c, tuple): t,cs,rs=c
            else: t,cs,rs=c,1,1
            a=''
            if cs>1: a+=f' table:number-columns-spanned="{cs}"'
            if rs>1: a+=f' table:number-rows-spanned="{rs}"'
            x.append(f'<table:table-cell table:style-name="Cell" office:value-type="string"{a}>{para(t,"TCell")}</table:table-cell>')
        x.append('</table:table-row>')
    x.append('</table:table>'); return ''.join(x)
HEAD='''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:styles>
<style:default-style style:family="paragraph"><style:text-properties style:font-name="Times New Roman" fo:font-family="'Times New Roman'" fo:font-size="12pt" fo:language="ru" fo:country="RU"/></style:default-style>
<style:style style:name="Text" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:text-indent="1.25cm" fo:margin-bottom="0.1cm"/></style:style>
<style:style style:name="Center" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Right" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/></style:style>
<style:style style:name="Plain" style:family="paragraph"/>
<style:style style:name="TCell" style:family="paragraph"><style:text-properties fo:font-size="10.5pt"/></style:style>
<style:style style:name="Footnote" style:family="paragraph"><style:text-properties fo:font-size="10pt"/></style:style>
<style:style style:name="H2" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.15cm"/><style:text-properties fo:font-weight="bold"/></style:style>
</office:styles>
<office:automatic-styles>
<style:style style:name="Tbl" style:family="table"><style:table-properties style:width="17cm" table:align="margins"/></style:style>
<style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:padding="0.08cm"/></style:style>
</office:automatic-styles>
<office:body><office:text>
'''
TAIL='</office:text></office:body></office:document>\n'
def write(path, parts):
    open(path,'w',encoding='utf-8').write(HEAD+'\n'.join(parts)+TAIL)
