# Hand-written WordprocessingML for Nalimsky_2025_samoobsl.docx; parts are also saved to src/nalimsky_docx/
import zipfile, os
from xml.sax.saxutils import escape as e

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
body = []

def run(t, b=False, sz=None, sup=False):
    rpr = ""
    if b or sz or sup:
        rpr = "<w:rPr>" + ("<w:b/>" if b else "") + (f'<w:sz w:val="{sz}"/>' if sz else "") + ('<w:vertAlign w:val="superscript"/>' if sup else "") + "</w:rPr>"
    return f'<w:r>{rpr}<w:t xml:space="preserve">{e(t)}</w:t></w:r>'

def para(runs, style=None, jc=None, ind=True, keep=False):
    ppr = ""
    parts = []
    if style: parts.append(f'<w:pStyle w:val="{style}"/>')
    if keep: parts.append('<w:keepNext/>')
    if jc: parts.append(f'<w:jc w:val="{jc}"/>')
    elif ind: parts.append('<w:ind w:firstLine="709"/><w:jc w:val="both"/>')
    if parts: ppr = "<w:pPr>" + "".join(parts) + "</w:pPr>"
    if isinstance(runs, str) and not runs.startswith('<w:r>'): runs = run(runs)
    return f'<w:p>{ppr}{runs}</w:p>'

def P(text, **kw): body.append(para(text, **kw))
def H(text): body.append(para(run(text, b=True), style="Heading2", ind=False, keep=True))
def footref(i): return f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="{i}"/></w:r>'

def cell(text, w, b=False, span=1, vmerge=None, jc=None, shade=False):
    tcpr = f'<w:tcW w:w="{w}" w:type="dxa"/>'
    if span > 1: tcpr += f'<w:gridSpan w:val="{span}"/>'
    if vmerge == "restart": tcpr += '<w:vMerge w:val="restart"/>'
    elif vmerge == "cont": tcpr += '<w:vMerge/>'
    if shade: tcpr += '<w:shd w:val="clear" w:color="auto" w:fill="E7E6E6"/>'
    tcpr += '<w:vAlign w:val="center"/>'
    paras = "".join(para(run(line, b=b, sz=22), ind=False, jc=jc or "left") for line in text.split("\n")) if text is not None else para("", ind=False)
    return f'<w:tc><w:tcPr>{tcpr}</w:tcPr>{paras}</w:tc>'

def tbl(grid, rows, header_count=1):
    borders = "".join(f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="000000"/>' for s in ["top","left","bottom","right","insideH","insideV"])
    x = [f'<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="{sum(grid)}" w:type="dxa"/><w:tblBorders>{borders}</w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>']
    x += [f'<w:gridCol w:w="{g}"/>' for g in grid]
    x.append('</w:tblGrid>')
    for i, r in enumerate(rows):
        trpr = '<w:trPr><w:tblHeader/></w:trPr>' if i < header_count else ''
        x.append(f'<w:tr>{trpr}{"".join(r)}</w:tr>')
    x.append('</w:tbl>')
    body.append("".join(x))

# ---------- title block ----------
P(run("Рассмотрен на заседании педагогического совета", sz=22), jc="left", ind=False)
P(run("протокол № 3 от 27.03.2025 г.", sz=22), jc="left", ind=False)
P(run("УТВЕРЖДАЮ", b=True, sz=22), jc="right", ind=False)
P(run("Директор МАУ ДО «Налимский центр", sz=22), jc="right", ind=False)
P(run("дополнительного образования «Перспектива»", sz=22), jc="right", ind=False)
P(run("__________ В.Н. Стародубцева", sz=22), jc="right", ind=False)
P(run("«28» марта 2025 г.", sz=22), jc="right", ind=False)
P("", ind=False)
P(run("ОТЧЁТ", b=True, sz=28), jc="center", ind=False)
P(run("о результатах самообследования муниципального автономного учреждения дополнительного образования «Налимский центр дополнительного образования «Перспектива» (муниципальный опорный центр дополнительного образования детей Налимского муниципального округа) за 2024 год", b=True), jc="center", ind=False)
P("", ind=False)

H("1. Общие положения")
P("Самообследование проведено в соответствии с Порядком проведения самообследования образовательной организацией, утверждённым приказом Минобрнауки России от 14.06.2013 № 462, и показателями, утверждёнными приказом Минобрнауки России от 10.12.2013 № 1324, на основании приказа директора от 20.01.2025 № 12-о «О проведении самообследования по итогам 2024 года». Отчётный период – с 1 января по 31 декабря 2024 года.")
P("Функции муниципального опорного центра (далее – МОЦ) возложены на учреждение постановлением администрации Налимского муниципального округа от 17.08.2020 № 884-па «О создании муниципального опорного центра дополнительного образования детей». Руководитель МОЦ – заместитель директора по научно-методической работе Кочергина Алла Юрьевна; в штате МОЦ 4 сотрудника, в том числе 2 методиста и специалист по работе в АИС «Навигатор».")

H("2. Оценка образовательной деятельности")
P("В 2024 году учреждение реализовывало 94 дополнительные общеразвивающие программы (в 2023 году – 86), контингент на 31.12.2024 составил 2 184 учащихся против 2 062 годом ранее, прирост – 5,9 %. Распределение программ и учащихся по направленностям приведено в таблице 1.")
P(run("Таблица 1. Программы и контингент по направленностям", b=True), jc="left", ind=False, keep=True)

g = [3400, 1500, 1500, 1500, 1500]
hdr1 = [cell("Направленность", g[0], b=True, vmerge="restart", jc="center", shade=True),
        cell("Количество программ, ед.", g[1]+g[2], b=True, span=2, jc="center", shade=True),
        cell("Численность учащихся, чел.", g[3]+g[4], b=True, span=2, jc="center", shade=True)]
hdr2 = [cell(None, g[0], vmerge="cont", shade=True),
        cell("2023", g[1], b=True, jc="center", shade=True), cell("2024", g[2], b=True, jc="center", shade=True),
        cell("2023", g[3], b=True, jc="center", shade=True), cell("2024", g[4], b=True, jc="center", shade=True)]
data = [("Техническая", 12, 14, 297, 318), ("Естественнонаучная", 10, 11, 188, 205), ("Художественная", 28, 29, 690, 702),
        ("Социально-гуманитарная", 19, 21, 455, 489), ("Туристско-краеведческая", 7, 8, 131, 146), ("Физкультурно-спортивная", 10, 11, 301, 324)]
def fmt(n): return f"{n:,}".replace(",", " ")
rows = [hdr1, hdr2]
for name, a, b_, c, d in data:
    rows.append([cell(name, g[0])] + [cell(fmt(v), g[i+1], jc="center") for i, v in enumerate((a, b_, c, d))])
rows.append([cell("Итого", g[0], b=True)] + [cell(fmt(v), g[i+1], b=True, jc="center") for i, v in enumerate((86, 94, 2062, 2184))])
tbl(g, rows, header_count=2)
P("")
P("Из 94 программ 6 реализуются в сетевой форме совместно с МБОУ «Налимская СОШ № 1» и детским технопарком «Кварк», 9 являются краткосрочными, 4 – дистанционными; для детей с ОВЗ разработано 5 адаптированных программ (в 2023 году – 3). В летний период 2024 года работали 12 летних программ, которыми охвачено 287 детей. Сохранность контингента по итогам учебного года – 91,4 %.")

H("3. Показатели деятельности, подлежащие самообследованию")
P(run("Таблица 2. Показатели деятельности организации дополнительного образования", b=True), jc="left", ind=False, keep=True)
g2 = [900, 5300, 1500, 2000]
rows = [[cell("№ п/п", g2[0], b=True, jc="center", shade=True), cell("Показатель", g2[1], b=True, jc="center", shade=True),
         cell("Единица измерения", g2[2], b=True, jc="center", shade=True), cell("Значение", g2[3], b=True, jc="center", shade=True)],
        [cell(str(i), g2[i-1], jc="center") for i in (1, 2, 3, 4)]]
ind = [
 ("1.", "Образовательная деятельность", "", ""),
 ("1.1", "Общая численность учащихся, в том числе:", "человек", "2 184"),
 ("1.1.1", "детей дошкольного возраста (3–7 лет)", "человек/%", "312 / 14,3 %"),
 ("1.1.2", "детей младшего школьного возраста (7–11 лет)", "человек/%", "861 / 39,4 %"),
 ("1.1.3", "детей среднего школьного возраста (11–15 лет)", "человек/%", "694 / 31,8 %"),
 ("1.1.4", "детей старшего школьного возраста (15–17 лет)", "человек/%", "317 / 14,5 %"),
 ("1.2", "Численность учащихся, обучающихся по договорам об оказании платных образовательных услуг", "человек", "146"),
 ("1.3", "Численность/удельный вес численности учащихся, занимающихся в 2 объединениях и более", "человек/%", "418 / 19,1 %"),
 ("1.4", "Численность/удельный вес численности учащихся с применением дистанционных образовательных технологий, электронного обучения", "человек/%", "96 / 4,4 %"),
 ("1.5", "Численность/удельный вес численности учащихся с ограниченными возможностями здоровья", "человек/%", "73 / 3,3 %"),
 ("1.6", "Численность/удельный вес численности учащихся, занимающихся учебно-исследовательской, проектной деятельностью", "человек/%", "264 / 12,1 %"),
 ("1.7", "Численность/удельный вес численности учащихся, принявших участие в массовых мероприятиях, в том числе:", "человек/%", "1 622 / 74,3 %"),
 ("1.7.1", "на муниципальном уровне", "человек/%", "1 240 / 56,8 %"),
 ("1.7.2", "на региональном уровне", "человек/%", "301 / 13,8 %"),
 ("1.7.3", "на федеральном уровне", "человек/%", "81 / 3,7 %"),
 ("1.8", "Численность/удельный вес численности учащихся – победителей и призёров массовых мероприятий", "человек/%", "209 / 9,6 %"),
 ("1.9", "Общая численность педагогических работников", "человек", "58"),
 ("1.10", "Численность/удельный вес педагогических работников, имеющих высшее образование", "человек/%", "41 / 70,7 %"),
 ("1.11", "Численность/удельный вес педагогических работников, которым присвоена квалификационная категория, в том числе:", "человек/%", "34 / 58,6 %"),
 ("1.11.1", "высшая", "человек/%", "19 / 32,8 %"),
 ("1.11.2", "первая", "человек/%", "15 / 25,9 %"),
 ("1.12", "Численность/удельный вес педагогических работников, прошедших за последние 5 лет повышение квалификации", "человек/%", "52 / 89,7 %"),
 ("2.", "Показатели муниципального опорного центра¹", "", ""),
 ("2.1", "Количество программ всех организаций округа в муниципальном сегменте АИС «Навигатор»", "единиц", "286"),
 ("2.2", "из них включены в реестр сертифицированных программ", "единиц", "74"),
 ("2.3", "включены в реестр значимых программ", "единиц", "168"),
 ("2.4", "прошли независимую оценку качества в отчётном году", "единиц", "39"),
 ("2.5", "Количество выданных сертификатов дополнительного образования", "единиц", "1 520"),
 ("2.6", "Доля детей в возрасте от 5 до 18 лет, обеспеченных сертификатами персонифицированного финансирования", "%", "21,9"),
 ("2.7", "Доля детей в возрасте от 5 до 18 лет, охваченных дополнительным образованием, в общей численности детей округа (6 930 чел.)", "человек/%", "5 412 / 78,1 %"),
 ("2.8", "Количество проведённых МОЦ консультаций и методических мероприятий", "единиц", "312"),
]
for n, name, unit, val in ind:
    bold = n.endswith(".") and not unit
    rows.append([cell(n, g2[0], b=bold), cell(name, g2[1], b=bold), cell(unit, g2[2], jc="center"), cell(val, g2[3], jc="center")])
tbl(g2, rows, header_count=1)
P(run("¹ Раздел 2 включён в отчёт дополнительно, в связи с выполнением учреждением функций МОЦ.", sz=18), ind=False, jc="left")

P(f'<w:r><w:t xml:space="preserve">{e("Охват детей дополнительным образованием в округе вырос с 76,2 % в 2023 году до 78,1 % при плановом значении муниципальной программы «Развитие образования Налимского муниципального округа на 2021–2027 годы» 77,5 %")}</w:t></w:r>{footref(1)}<w:r><w:t xml:space="preserve">{e(". Сертификатами персонифицированного финансирования в 2024 году обеспечено 1 520 детей при плане 1 500; номинал сертификата установлен в размере 8 150 рублей, фактически использовано 1 396 сертификатов, или 91,8 % от выданных.")}</w:t></w:r>')
P("Методистами МОЦ Гусельниковой О.П. и Ряскиной Е.В. проведена экспертиза 39 программ, положительное заключение получили 33 программы; разработано 27 новых программ при плане не менее 20, из них 11 – технической и естественнонаучной направленностей.")

H("4. Выводы и перспективы на 2025 год")
P("По итогам самообследования деятельность учреждения признана соответствующей требованиям. Вместе с тем остаётся низкой доля учащихся с ОВЗ (3,3 %) и доля программ, реализуемых в сетевой форме. На 2025 год определены задачи:", )
for t in ["1) довести охват детей 5–18 лет дополнительным образованием до 80 %;",
          "2) увеличить число адаптированных программ для детей с ОВЗ с 5 до 8;",
          "3) обеспечить прохождение независимой оценки качества не менее чем 45 программами;",
          "4) довести количество выданных сертификатов до 1 650 (не менее 23,5 % детей 5–18 лет);",
          "5) открыть на базе МБОУ «Пескарёвская ООШ» две новые группы технической направленности с 01.09.2025."]:
    P(t, ind=False, jc="both")
P("")
P("Руководитель МОЦ __________ А.Ю. Кочергина", ind=False, jc="left")

document = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>{"".join(body)}<w:sectPr><w:footnotePr><w:numFmt w:val="decimal"/></w:footnotePr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>'

footnotes = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:footnotes {W}><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote><w:footnote w:id="1"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> Муниципальная программа утверждена постановлением администрации Налимского муниципального округа от 29.12.2020 № 1412-па (в ред. постановления от 14.11.2024 № 1306-па); целевое значение на 2025 год – 80 %.</w:t></w:r></w:p></w:footnote></w:footnotes>'''

styles = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles {W}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman"/><w:sz w:val="26"/><w:szCs w:val="26"/><w:lang w:val="ru-RU"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="60" w:line="252" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="200" w:after="80"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="20"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>
<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblCellMar><w:left w:w="108" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
</w:styles>'''

ct = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>'''
rels = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>'''
docrels = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/></Relationships>'''
core = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>Отчёт о результатах самообследования за 2024 год</dc:title><dc:creator>Гусельникова О.П.</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2025-03-24T09:12:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2025-03-28T14:40:00Z</dcterms:modified></cp:coreProperties>'''
app = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Office Word</Application></Properties>'''

parts = {"[Content_Types].xml": ct, "_rels/.rels": rels, "word/document.xml": document, "word/_rels/document.xml.rels": docrels,
         "word/styles.xml": styles, "word/footnotes.xml": footnotes, "docProps/core.xml": core, "docProps/app.xml": app}
src = "/work/blind/h23/r/src/nalimsky_docx"
for name, data in parts.items():
    os.makedirs(os.path.dirname(os.path.join(src, name)) or src, exist_ok=True)
    open(os.path.join(src, name), "w", encoding="utf-8").write(data)
with zipfile.ZipFile("/work/blind/h23/r/docs/Nalimsky_2025_samoobsl.docx", "w", zipfile.ZIP_DEFLATED) as z:
    for name, data in parts.items():
        z.writestr(name, data.encode("utf-8"))
