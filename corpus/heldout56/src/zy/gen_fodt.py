# helper: assembles hand-written content into flat ODT XML (no docx libs)
import html
def esc(s): return html.escape(s, quote=False)
def p(t, st="P"): return f'<text:p text:style-name="{st}">{esc(t)}</text:p>\n'
def cell(t, span=1, rspan=1, st="TP"):
    a = ""
    if span>1: a += f' table:number-columns-spanned="{span}"'
    if rspan>1: a += f' table:number-rows-spanned="{rspan}"'
    return f'<table:table-cell table:style-name="C" office:value-type="string"{a}>{p(t,st)}</table:table-cell>'
COV = '<table:covered-table-cell/>'
def table(name, ncols, rows):
    x = f'<table:table table:name="{name}" table:style-name="T">' + f'<table:table-column table:number-columns-repeated="{ncols}"/>'
    for r in rows: x += '<table:table-row>' + "".join(r) + '</table:table-row>\n'
    return x + '</table:table>\n'
body = open("Sterkhovsky_body.txt", encoding="utf-8").read()
H = lambda t: cell(t, st="TH")
parts = []
exec(compile(body, "body", "exec"))
doc = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls><style:font-face style:name="Times New Roman" svg:font-family="'Times New Roman'" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/></office:font-face-decls>
<office:styles><style:default-style style:family="paragraph"><style:text-properties style:font-name="Times New Roman" fo:font-size="12pt" fo:language="ru" fo:country="RU"/></style:default-style></office:styles>
<office:automatic-styles>
<style:style style:name="P" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:text-indent="1.25cm" fo:margin-bottom="0.1cm"/></style:style>
<style:style style:name="C0" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="R" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/></style:style>
<style:style style:name="L" style:family="paragraph"><style:paragraph-properties fo:text-align="start"/></style:style>
<style:style style:name="TP" style:family="paragraph"><style:text-properties fo:font-size="10.5pt"/></style:style>
<style:style style:name="TH" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="10.5pt" fo:font-weight="bold"/></style:style>
<style:style style:name="T" style:family="table"><style:table-properties style:width="17cm" table:align="margins"/></style:style>
<style:style style:name="C" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:padding="0.08cm"/></style:style>
</office:automatic-styles>
<office:body><office:text>
{"".join(parts)}
</office:text></office:body></office:document>'''
open("Sterkhovsky_2025_spravka_moc.fodt","w",encoding="utf-8").write(doc)
