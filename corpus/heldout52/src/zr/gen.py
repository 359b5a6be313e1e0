import sys, html
e=html.escape
def P(t,s="J"): return f'<text:p text:style-name="{s}">{e(t)}</text:p>\n'
def cell(t,span=1,rows=1):
    a=''
    if span>1: a+=f' table:number-columns-spanned="{span}"'
    if rows>1: a+=f' table:number-rows-spanned="{rows}"'
    return f'<table:table-cell table:style-name="TC" office:value-type="string"{a}><text:p text:style-name="Standard">{e(t)}</text:p></table:table-cell>'
COV='<table:covered-table-cell/>'
def table(name,ncols,rows):
    s=f'<table:table table:name="{name}" table:style-name="T"><table:table-column table:number-columns-repeated="{ncols}"/>\n'
    for r in rows:
        s+='<table:table-row>'
        for c in r:
            if c is None: s+=COV
            elif isinstance(c,tuple): s+=cell(*c)
            else: s+=cell(c)
        s+='</table:table-row>\n'
    return s+'</table:table>\n'
def build(body,out):
    open(out,'w').write(open('head.part').read()+body+open('tail.part').read())
