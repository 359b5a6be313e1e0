import sys, html
src, out = sys.argv[1], sys.argv[2]
head = open('head.xml', encoding='utf-8').read()
body = []
rows = []
def esc(s):
    s = html.escape(s, quote=False)
    # **bold**
    parts = s.split('**')
    return ''.join(p if i % 2 == 0 else '<text:span text:style-name="B">%s</text:span>' % p for i, p in enumerate(parts))
def flush():
    global rows
    if not rows: return
    ncol = max(len(r[1]) for r in rows if r[0] != 'sec')
    t = ['<table:table table:name="T%d" table:style-name="T1">' % len(body)]
    t.append('<table:table-column table:number-columns-repeated="%d"/>' % ncol)
    for kind, cells in rows:
        t.append('<table:table-row>')
        if kind == 'sec':
            t.append('<table:table-cell table:style-name="cell" table:number-columns-spanned="%d" office:value-type="string"><text:p text:style-name="TH">%s</text:p></table:table-cell>' % (ncol, esc(cells[0])))
            t.append('<table:covered-table-cell/>' * (ncol - 1))
        else:
            st = 'TH' if kind == 'h' else 'TD'
            for c in cells:
                ps = ''.join('<text:p text:style-name="%s">%s</text:p>' % (st, esc(x)) for x in c.split('<br>'))
                t.append('<table:table-cell table:style-name="cell" office:value-type="string">%s</table:table-cell>' % ps)
        t.append('</table:table-row>')
    t.append('</table:table>')
    body.append(''.join(t)); rows = []
for line in open(src, encoding='utf-8').read().split('\n'):
    line = line.rstrip()
    if line.startswith('=|'):
        rows.append(('sec', [line[2:].strip(' |')])); continue
    if line.startswith('||'):
        rows.append(('h', [c.strip() for c in line[2:].strip().strip('|').split('|')])); continue
    if line.startswith('|'):
        rows.append(('d', [c.strip() for c in line.strip().strip('|').split('|')])); continue
    flush()
    if not line: continue
    if line.startswith('# '): body.append('<text:p text:style-name="C">%s</text:p>' % esc(line[2:]))
    elif line.startswith('> '): body.append('<text:p text:style-name="R">%s</text:p>' % esc(line[2:]))
    elif line.startswith('- '): body.append('<text:p>%s</text:p>' % esc(line[2:]))
    else: body.append('<text:p text:style-name="J">%s</text:p>' % esc(line))
flush()
open(out, 'w', encoding='utf-8').write(head + '\n'.join(body) + '\n</office:text></office:body></office:document>\n')
