# builds flat ODT sources by hand (string assembly only); converted later by LibreOffice
import sys, html
H=open('head.part').read(); T=open('tail.part').read()
def e(s): return html.escape(s, quote=False)
def p(s, st='J'): return f'<text:p text:style-name="{st}">{e(s)}</text:p>\n'
def cell(s, st='TD', cs=1, rs=1):
    a=''
    if cs>1: a+=f' table:number-columns-spanned="{cs}"'
    if rs>1: a+=f' table:number-rows-spanned="{rs}"'
    out=f'<table:table-cell table:style-name="cell" office:value-type="string"{a}>'+''.join(p(x,st) for x in s.split('\n'))+'</table:table-cell>'
    out+='<table:covered-table-cell/>'*(cs-1)
    return out
def table(name, ncols, header_rows, rows):
    x=f'<table:table table:name="{name}" table:style-name="Tbl"><table:table-column table:number-columns-repeated="{ncols}"/>'
    x+='<table:table-header-rows>'
    for hr in header_rows:
        x+='<table:table-row>'
        for c in hr:
            if c is None: x+='<table:covered-table-cell/>'
            elif isinstance(c,tuple): x+=cell(c[0],'TH',c[1],c[2])
            else: x+=cell(c,'TH')
        x+='</table:table-row>'
    x+='</table:table-header-rows>'
    for r in rows:
        x+='<table:table-row>'+''.join(cell(c) for c in r)+'</table:table-row>'
    return x+'</table:table>\n'
def build(body, out): open(out,'w').write(H+body+T)
