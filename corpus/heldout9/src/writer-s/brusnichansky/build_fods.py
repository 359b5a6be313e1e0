# Writes a flat ODF spreadsheet by hand; converted to PDF with LibreOffice afterwards.
from xml.sax.saxutils import escape
OUT = "/work/main/corpus/heldout9/src/writer-s/brusnichansky/brusnichansky_2026_monitoring.fods"

orgs = [
 ("МБУ ДО «Центр внешкольной работы» (база МОЦ)", 9,5,14,3,4,8, 5,21, 1186),
 ("МБУ ДО «Брусничанская детско-юношеская спортивная школа»", 0,0,0,12,0,0, 0,6, 694),
 ("МАУ ДО «Брусничанская детская школа искусств» (общеразвивающие программы)", 0,0,9,0,0,0, 0,3, 231),
 ("МБОУ «Брусничанская СОШ № 1»", 3,2,3,2,1,4, 2,4, 412),
 ("МБОУ «Брусничанская СОШ № 2 имени А.Т. Кулагина»", 4,3,2,3,0,3, 1,3, 378),
 ("МБОУ «Гать-Заречная СОШ»", 1,2,1,1,1,2, 1,2, 156),
 ("МБОУ «Осиновская СОШ» (центр «Точка роста»)", 2,3,1,1,0,1, 2,2, 173),
 ("МБОУ «Мокринская СОШ»", 1,1,2,1,2,1, 1,1, 141),
 ("МБОУ «Тихоновская СОШ»", 2,1,1,2,1,2, 1,2, 167),
 ("МБОУ «Першинская ООШ»", 0,1,1,1,1,1, 0,0, 64),
 ("МБОУ «Староселецкая ООШ»", 0,1,1,1,0,1, 0,0, 49),
 ("МБДОУ «Детский сад № 3 «Светлячок»", 0,1,3,1,0,2, 0,1, 118),
 ("МБДОУ «Детский сад № 5 «Ёлочка»", 1,0,2,1,0,1, 0,0, 87),
 ("ЧОУ ДО «Учебный центр «Интеллект» (негосударственная организация)", 2,0,0,0,0,3, 0,5, 96),
 ("ИП Мальцева Дарья Викторовна (студия робототехники «Шестерёнка»)", 3,0,0,0,0,0, 0,3, 58),
]
NC = 12  # columns A..L

def tc(text, style="cText", span=1, rspan=1):
    a = f' table:number-columns-spanned="{span}"' if span > 1 else ""
    a += f' table:number-rows-spanned="{rspan}"' if rspan > 1 else ""
    return f'<table:table-cell table:style-name="{style}" office:value-type="string"{a}><text:p>{escape(text)}</text:p></table:table-cell>'
def nc(v, style="cNum", formula=None):
    if v == 0 and formula is None and style in ("cNum",):
        return tc("–", "cNum")
    f = f' table:formula="{formula}"' if formula else ""
    return f'<table:table-cell table:style-name="{style}"{f} office:value-type="float" office:value="{v}"><text:p>{v}</text:p></table:table-cell>'
def cov(n=1, style="cText"):
    return f'<table:covered-table-cell table:style-name="{style}"/>' * n
def empty(n=1):
    return f'<table:table-cell table:number-columns-repeated="{n}"/>' if n > 0 else ""
def rowx(cells, h=None):
    st = f' table:style-name="{h}"' if h else ""
    return f'<table:table-row{st}>{"".join(cells)}</table:table-row>'

rows = []
rows.append(rowx([empty(9), tc("Приложение к письму отдела образования от 06.10.2026 № 01-12/711", "cRight", span=3), cov(2, "cRight")]))
rows.append(rowx([tc("Мониторинг реализации дополнительных общеобразовательных программ в образовательных организациях Брусничанского муниципального района на 01.10.2026", "cTitle", span=NC), cov(NC-1, "cTitle")], "rTitle"))
rows.append(rowx([tc("Составитель: муниципальный опорный центр дополнительного образования детей Брусничанского муниципального района (МБУ ДО «Центр внешкольной работы»)", "cSub", span=NC), cov(NC-1, "cSub")]))
rows.append(rowx([tc("(по данным Навигатора дополнительного образования детей и отчётов организаций; единиц, если не указано иное)", "cSub", span=NC), cov(NC-1, "cSub")]))
rows.append(rowx([empty(NC)]))
# header level 1
rows.append(rowx([tc("№ п/п", "cHead", rspan=2), tc("Наименование организации", "cHead", rspan=2), tc("Всего программ", "cHead", rspan=2),
                  tc("в т.ч. по направленностям", "cHead", span=6), cov(5, "cHead"),
                  tc("из общего числа программ", "cHead", span=2), cov(1, "cHead"),
                  tc("Число обучающихся, чел.", "cHead", rspan=2)], "rHead"))
rows.append(rowx([cov(3, "cHead"), tc("техн.", "cHead"), tc("ест.-науч.", "cHead"), tc("худ.", "cHead"), tc("физк.-спорт.", "cHead"),
                  tc("тур.-краев.", "cHead"), tc("соц.-гум.", "cHead"), tc("из них сетевых", "cHead"), tc("сертифицированных", "cHead"), cov(1, "cHead")], "rHead2"))
rows.append(rowx([tc(str(i), "cColNo") for i in range(1, NC+1)]))
first = 8
for i, o in enumerate(orgs, 1):
    r = first + i - 1
    name, *d = o
    dirs, net, cert, kids = d[:6], d[6], d[7], d[8]
    cells = [nc(i, "cNumC"), tc(name), nc(sum(dirs), "cNumB", f"of:=SUM([.D{r}:.I{r}])")]
    cells += [nc(x) for x in dirs] + [nc(net), nc(cert), nc(kids)]
    rows.append(rowx(cells))
last = first + len(orgs) - 1
tot = []
cols = "CDEFGHIJKL"
for ci, col in enumerate(cols):
    if col == "C":
        v = sum(sum(o[1:7]) for o in orgs)
    else:
        idx = {"D":1,"E":2,"F":3,"G":4,"H":5,"I":6,"J":7,"K":8,"L":9}[col]
        v = sum(o[idx] for o in orgs)
    tot.append((col, v))
rows.append(rowx([tc("", "cTot"), tc("ИТОГО по району", "cTotL")] + [nc(v, "cTot", f"of:=SUM([.{c}{first}:.{c}{last}])") for c, v in tot]))
T = dict(tot)
total = T["C"]
pct = lambda x: f"{100*x/total:.1f}".replace(".", ",")
rows.append(rowx([tc("", "cText"), tc("доля от общего числа программ, %", "cTextI"), tc("100,0", "cNumI")] + [tc(pct(T[c]), "cNumI") for c in "DEFGHIJK"] + [tc("–", "cNumI")]))
rows.append(rowx([tc("", "cText"), tc("справочно: на 01.10.2025", "cTextI"), nc(164, "cNumI")] + [nc(v, "cNumI") for v in (21, 17, 44, 22, 8, 52, 10, 38, 3781)]))
rows.append(rowx([empty(NC)]))
notes = [
 f"Примечания: 1. Охват детей в возрасте от 5 до 18 лет дополнительным образованием на 01.10.2026 составил 79,6 % (3 294 уникальных ребёнка из 4 138 чел.); суммарное число обучающихся ({T['L']} чел.) больше охвата, поскольку ребёнок может заниматься по нескольким программам.",
 "2. Сетевые программы учтены один раз – у организации-разработчика; партнёрами по сетевым договорам выступают МБУК «Брусничанская межпоселенческая библиотека», ГБПОУ «Брусничанский лесотехнический колледж» и районный краеведческий музей.",
 "3. Сертифицированными считаются программы, включённые в реестр исполнителей муниципального социального заказа (постановление администрации района от 19.01.2026 № 27); за счёт социальных сертификатов обучаются 1 412 детей, номинал сертификата – 8 950 руб.",
 "4. По сравнению с 01.10.2025 число программ технической направленности выросло с 21 до 28, естественнонаучной – с 17 до 20; уменьшилось количество программ социально-гуманитарной направленности (с 52 до 29) в связи с исключением из Навигатора кратковременных программ летнего отдыха.",
 "5. Из общего числа программ 11 адаптированы для обучения детей с ОВЗ и детей-инвалидов (по ним занимаются 57 человек), 7 реализуются с применением дистанционных образовательных технологий, 18 программ в 2026 году прошли независимую оценку качества (средний балл – 84,2 из 100).",
 "6. Программы технической направленности отсутствуют в пяти организациях, в том числе в двух школах – МБОУ «Першинская ООШ» и МБОУ «Староселецкая ООШ». МОЦ рекомендовано в IV квартале 2026 года организовать для них сетевое взаимодействие с МБУ ДО «ЦВР» и центром «Точка роста» МБОУ «Осиновская СОШ».",
]
for n in notes:
    rows.append(rowx([tc(n, "cNote", span=NC), cov(NC-1, "cNote")], "rNote"))
rows.append(rowx([empty(NC)]))
rows.append(rowx([tc("Руководитель муниципального опорного центра", "cSig", span=4), cov(3, "cSig"), tc("____________", "cSigC", span=2), cov(1, "cSigC"), tc("Н.А. Сидоренкова", "cSig", span=3), cov(2, "cSig"), empty(3)]))
rows.append(rowx([tc("Начальник отдела образования администрации Брусничанского муниципального района", "cSig", span=4), cov(3, "cSig"), tc("____________", "cSigC", span=2), cov(1, "cSigC"), tc("М.Ю. Ерёменко", "cSig", span=3), cov(2, "cSig"), empty(3)], "rSig"))
rows.append(rowx([tc("06.10.2026", "cSig", span=2), cov(1, "cSig"), empty(NC-2)]))
rows.append(rowx([tc("Исполнитель: Лаврухина Анастасия Олеговна, методист МОЦ, муниципальный администратор Навигатора, тел. 8 (48159) 3-17-52", "cSmall", span=NC), cov(NC-1, "cSmall")]))

colw = ["0.9cm", "7.6cm", "1.9cm", "1.6cm", "1.7cm", "1.5cm", "1.8cm", "1.7cm", "1.7cm", "1.9cm", "2.6cm", "2.2cm"]
coldefs = "".join(f'<table:table-column table:style-name="co{i}" table:default-cell-style-name="Default"/>' for i in range(NC))
colstyles = "".join(f'<style:style style:name="co{i}" style:family="table-column"><style:table-column-properties style:column-width="{w}"/></style:style>' for i, w in enumerate(colw))

B = 'fo:border="0.5pt solid #000000"'
def cs(name, bold=False, italic=False, size="9pt", align="start", border=True, wrap=True, valign="middle", bg=None):
    tp = f'fo:font-size="{size}" style:font-name="Liberation Serif"'
    if bold: tp += ' fo:font-weight="bold"'
    if italic: tp += ' fo:font-style="italic"'
    cp = f'style:vertical-align="{valign}"' + (f' {B}' if border else "") + (' fo:wrap-option="wrap"' if wrap else "") + ' fo:padding="0.05cm"'
    if bg: cp += f' fo:background-color="{bg}"'
    return (f'<style:style style:name="{name}" style:family="table-cell" style:parent-style-name="Default">'
            f'<style:table-cell-properties {cp}/><style:paragraph-properties fo:text-align="{align}"/><style:text-properties {tp}/></style:style>')
cellstyles = "".join([
 cs("cText"), cs("cTextI", italic=True), cs("cNum", align="center"), cs("cNumC", align="center"), cs("cNumB", bold=True, align="center"),
 cs("cNumI", italic=True, align="center"),
 cs("cHead", bold=True, align="center", bg="#dde8f0"), cs("cColNo", size="7pt", align="center"),
 cs("cTot", bold=True, align="center", bg="#f2f2f2"), cs("cTotL", bold=True, bg="#f2f2f2"),
 cs("cTitle", bold=True, size="12pt", align="center", border=False), cs("cSub", italic=True, size="9pt", align="center", border=False),
 cs("cRight", size="8pt", align="end", border=False, italic=True),
 cs("cNote", size="8.5pt", border=False, valign="top"), cs("cSig", size="10pt", border=False, valign="bottom"), cs("cSigC", size="10pt", align="center", border=False, valign="bottom"),
 cs("cSmall", size="8pt", border=False, italic=True),
])
rowstyles = ('<style:style style:name="rTitle" style:family="table-row"><style:table-row-properties style:row-height="1.1cm" style:use-optimal-row-height="false"/></style:style>'
             '<style:style style:name="rHead" style:family="table-row"><style:table-row-properties style:row-height="0.7cm" style:use-optimal-row-height="false"/></style:style>'
             '<style:style style:name="rHead2" style:family="table-row"><style:table-row-properties style:row-height="1.1cm" style:use-optimal-row-height="false"/></style:style>'
             '<style:style style:name="rNote" style:family="table-row"><style:table-row-properties style:row-height="0.75cm" style:use-optimal-row-height="false"/></style:style>'
             '<style:style style:name="rSig" style:family="table-row"><style:table-row-properties style:row-height="0.9cm" style:use-optimal-row-height="false"/></style:style>')

doc = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:meta><dc:title>Мониторинг ДООП на 01.10.2026</dc:title><meta:initial-creator>Лаврухина А.О.</meta:initial-creator></office:meta>
<office:font-face-decls><style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/></office:font-face-decls>
<office:styles><style:style style:name="Default" style:family="table-cell"><style:text-properties style:font-name="Liberation Serif" fo:font-size="9pt"/></style:style></office:styles>
<office:automatic-styles>
{colstyles}{rowstyles}{cellstyles}
<style:style style:name="ta1" style:family="table" style:master-page-name="Landscape"><style:table-properties table:display="true"/></style:style>
<style:page-layout style:name="pmLand"><style:page-layout-properties fo:page-width="29.7cm" fo:page-height="21cm" style:print-orientation="landscape"
 fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="1.5cm" fo:margin-right="1.2cm" style:scale-to-X="1" style:scale-to-Y="1" style:print="objects charts drawings"/>
 <style:header-style/><style:footer-style/></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Landscape" style:page-layout-name="pmLand"><style:header style:display="false"/><style:footer style:display="false"/></style:master-page></office:master-styles>
<office:body><office:spreadsheet>
<table:table table:name="Мониторинг_01.10.2026" table:style-name="ta1">
{coldefs}
{"".join(rows)}
</table:table>
</office:spreadsheet></office:body></office:document>'''
open(OUT, "w").write(doc)
print(T, total)
