import sys, html
def esc(s): return html.escape(s, quote=False)
def P(s, st="Standard"): return f'<text:p text:style-name="{st}">{esc(s)}</text:p>\n'
def cell(c, st="T"):
    # c: str or (str, colspan, rowspan) ; None = covered
    if c is None: return '<table:covered-table-cell/>'
    span=""
    if isinstance(c, tuple):
        txt, cs, rs = c
        if cs>1: span+=f' table:number-columns-spanned="{cs}"'
        if rs>1: span+=f' table:number-rows-spanned="{rs}"'
    else: txt=c
    paras="".join(P(x, st) for x in txt.split("\n"))
    return f'<table:table-cell table:style-name="tc" office:value-type="string"{span}>{paras}</table:table-cell>'
def TABLE(name, widths, head, rows, nhead=1):
    cols="".join(f'<table:table-column table:style-name="{name}c{i}"/>' for i in range(len(widths)))
    st="".join(f'<style:style style:name="{name}c{i}" style:family="table-column"><style:table-column-properties style:column-width="{w}cm"/></style:style>' for i,w in enumerate(widths))
    h="<table:table-header-rows>"+"".join("<table:table-row>"+"".join(cell(c,"TB") for c in r)+"</table:table-row>" for r in head)+"</table:table-header-rows>"
    b="".join("<table:table-row>"+"".join(cell(c) for c in r)+"</table:table-row>" for r in rows)
    return st, f'<table:table table:name="{name}" table:style-name="tbl">{cols}{h}{b}</table:table>\n'
def build(out, body_parts):
    styles=""; body=""
    for x in body_parts:
        if isinstance(x, tuple): styles+=x[0]; body+=x[1]
        else: body+=x
    head=open("head.xml").read()
    doc=head+styles+'</office:automatic-styles><office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles><office:body><office:text>'+body+'</office:text></office:body></office:document>\n'
    open(out,"w").write(doc)
