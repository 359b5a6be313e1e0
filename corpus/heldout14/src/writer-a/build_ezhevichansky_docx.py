# Builds Ezhevichansky_2024_analiz.docx as hand-written WordprocessingML (zipfile only).
import re, zipfile
from xml.sax.saxutils import escape

OUT = "/work/main/corpus/heldout14/docs/Ezhevichansky_2024_analiz.docx"
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'

FOOTNOTES = {
    1: "Охват рассчитан по данным ИС «Навигатор дополнительного образования» на 31.12.2024 без учета повторов (уникальные обучающиеся); численность детей 5–18 лет (не включая 18 лет) – по данным Ежевичанского отдела статистики на 01.01.2024.",
    2: "В графе 8 охват указан с учетом детей, обучающихся одновременно по двум и более программам (5 702 чел.); без учета повторов – 5 102 чел.",
    3: "Программы, реализуемые с применением дистанционных образовательных технологий полностью или частично (смешанный формат).",
    4: "Номинал сертификата ПФДО на 2024 год установлен постановлением администрации Ежевичанского муниципального округа от 26.12.2023 № 1044-па; в 2023 году номинал составлял 6 900 руб.",
}

def run(text, b=False, caps=False, sz=None, i=False):
    rpr = ""
    if b: rpr += "<w:b/>"
    if i: rpr += "<w:i/>"
    if caps: rpr += "<w:caps/>"
    if sz: rpr += f'<w:sz w:val="{sz}"/><w:szCs w:val="{sz}"/>'
    rpr = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'

def fnref(n):
    return f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="{n}"/></w:r>'

def para(text, b=False, jc="both", caps=False, sz=None, ind=True, i=False, keep=False, style=None):
    """text may contain [fn:N] markers and **bold** segments"""
    ppr = ""
    if style: ppr += f'<w:pStyle w:val="{style}"/>'
    if keep: ppr += "<w:keepNext/>"
    ppr += '<w:spacing w:after="60" w:line="264" w:lineRule="auto"/>'
    if ind: ppr += '<w:ind w:firstLine="709"/>'
    ppr += f'<w:jc w:val="{jc}"/>'
    out = []
    for part in re.split(r"(\[fn:\d+\]|\*\*[^*]+\*\*)", text):
        if not part: continue
        m = re.match(r"\[fn:(\d+)\]", part)
        if m: out.append(fnref(int(m.group(1)))); continue
        if part.startswith("**"): out.append(run(part[2:-2], b=True, caps=caps, sz=sz, i=i)); continue
        out.append(run(part, b=b, caps=caps, sz=sz, i=i))
    return f"<w:p><w:pPr>{ppr}</w:pPr>{''.join(out)}</w:p>"

def cell(text, w, span=1, vmerge=None, b=False, jc="center", sz=20, shade=None):
    tcpr = f'<w:tcW w:w="{w}" w:type="dxa"/>'
    if span > 1: tcpr += f'<w:gridSpan w:val="{span}"/>'
    if vmerge == "restart": tcpr += '<w:vMerge w:val="restart"/>'
    elif vmerge == "cont": tcpr += "<w:vMerge/>"
    if shade: tcpr += f'<w:shd w:val="clear" w:color="auto" w:fill="{shade}"/>'
    tcpr += '<w:vAlign w:val="center"/>'
    paras = []
    for line in (text.split("\n") if text else [""]):
        ppr = f'<w:spacing w:after="0" w:line="240" w:lineRule="auto"/><w:jc w:val="{jc}"/>'
        body = ""
        for part in re.split(r"(\[fn:\d+\])", line):
            if not part: continue
            m = re.match(r"\[fn:(\d+)\]", part)
            body += fnref(int(m.group(1))) if m else run(part, b=b, sz=sz)
        paras.append(f"<w:p><w:pPr>{ppr}</w:pPr>{body}</w:p>")
    return f"<w:tc><w:tcPr>{tcpr}</w:tcPr>{''.join(paras)}</w:tc>"

def row(cells, header=False, cant_split=True):
    trpr = ""
    if cant_split: trpr += "<w:cantSplit/>"
    if header: trpr += "<w:tblHeader/>"
    return f"<w:tr><w:trPr>{trpr}</w:trPr>{''.join(cells)}</w:tr>"

def table(grid, rows, borders=True):
    b = ""
    if borders:
        b = "<w:tblBorders>" + "".join(f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="000000"/>' for s in ["top","left","bottom","right","insideH","insideV"]) + "</w:tblBorders>"
    else:
        b = "<w:tblBorders>" + "".join(f'<w:{s} w:val="nil"/>' for s in ["top","left","bottom","right","insideH","insideV"]) + "</w:tblBorders>"
    g = "".join(f'<w:gridCol w:w="{x}"/>' for x in grid)
    return (f'<w:tbl><w:tblPr><w:tblW w:w="{sum(grid)}" w:type="dxa"/><w:jc w:val="center"/>{b}'
            f'<w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="57" w:type="dxa"/><w:right w:w="57" w:type="dxa"/></w:tblCellMar></w:tblPr>'
            f'<w:tblGrid>{g}</w:tblGrid>{"".join(rows)}</w:tbl>')

body = []
P = body.append

P(para("МУНИЦИПАЛЬНОЕ АВТОНОМНОЕ УЧРЕЖДЕНИЕ ДОПОЛНИТЕЛЬНОГО ОБРАЗОВАНИЯ «ЦЕНТР ТВОРЧЕСТВА И РАЗВИТИЯ «РАДУГА» ЕЖЕВИЧАНСКОГО МУНИЦИПАЛЬНОГО ОКРУГА»", b=True, jc="center", ind=False, sz=22))
P(para("Муниципальный опорный центр дополнительного образования детей", jc="center", ind=False, i=True))
P(para("", ind=False))
P(para("Анализ деятельности муниципального опорного центра дополнительного образования детей Ежевичанского муниципального округа за 2024 год", b=True, caps=True, jc="center", ind=False, sz=26))
P(para("", ind=False))

P(para("1. Общие сведения", b=True, ind=False, keep=True))
P(para("Муниципальный опорный центр дополнительного образования детей (далее – МОЦ) функционирует на базе МАУ ДО «ЦТР «Радуга» с 1 сентября 2020 года в соответствии с постановлением администрации Ежевичанского муниципального округа от 14.08.2020 № 611-па «О создании муниципального опорного центра дополнительного образования детей» (в ред. постановления от 22.03.2023 № 198-па). В отчетном периоде МОЦ руководствовался Федеральным законом от 29.12.2012 № 273-ФЗ «Об образовании в Российской Федерации», приказом Минпросвещения России от 27.07.2022 № 629 «Об утверждении Порядка организации и осуществления образовательной деятельности по дополнительным общеобразовательным программам», Концепцией развития дополнительного образования детей до 2030 года, а также планом работы МОЦ на 2024 год, утвержденным приказом Управления образования от 29.12.2023 № 402/01-07."))
P(para("Руководителем МОЦ является заместитель директора по учебно-методической работе Лаптева Ирина Геннадьевна. В штат МОЦ входят методисты Е.В. Шумилова и Р.Ф. Гарипов, функции муниципального администратора ИС «Навигатор дополнительного образования» (далее – Навигатор) выполняет Кочергина Олеся Викторовна. Координаторами в 21 образовательной организации округа назначены заместители руководителей по воспитательной работе."))

P(para("2. Охват детей дополнительным образованием", b=True, ind=False, keep=True))
P(para("По состоянию на 31.12.2024 в округе проживает 6 418 детей в возрасте от 5 до 18 лет. Дополнительными общеобразовательными программами охвачено 5 102 ребенка, что составляет 79,5 %[fn:1] при плановом значении 78,0 %. По сравнению с 2023 годом (77,1 %) показатель вырос на 2,4 п.п., по сравнению с 2022 годом (73,8 %) – на 5,7 процентного пункта."))
P(para("Сертификатами дополнительного образования обеспечено 2 987 детей, или 46,5 % от общей численности детей 5–18 лет (годом ранее – 41,9 %). Из них сертификат персонифицированного финансирования (ПФДО) использовали 1 214 обучающихся по 64 программам. Номинал сертификата составил 7 450 рублей[fn:4], общий объем средств, направленных на финансовое обеспечение сертификатов, – 9 044,3 тыс. руб. (в 2023 году – 7,3 млн руб.)."))

P(para("3. Программное обеспечение", b=True, ind=False, keep=True))
P(para("На конец отчетного периода в Навигаторе размещено 214 дополнительных общеобразовательных общеразвивающих программ против 187 годом ранее; из них тридцать девять (39) программ разработаны впервые при плане 30. Распределение программ по направленностям приведено в таблице 1."))
P(para("Таблица 1. Программы, размещенные в Навигаторе, и охват детей по направленностям", b=True, jc="right", ind=False, keep=True, sz=20))

G = [450, 2500, 950, 950, 1000, 1000, 1050, 1300]
rows = []
rows.append(row([cell("№ п/п", G[0], vmerge="restart", b=True, shade="D9D9D9"),
                 cell("Направленность", G[1], vmerge="restart", b=True, shade="D9D9D9"),
                 cell("Количество программ в Навигаторе, ед.", G[2]+G[3], span=2, b=True, shade="D9D9D9"),
                 cell("Из них в 2024 году, ед.", G[4]+G[5]+G[6], span=3, b=True, shade="D9D9D9"),
                 cell("Охват детей, чел.[fn:2]", G[7], vmerge="restart", b=True, shade="D9D9D9")], header=True))
rows.append(row([cell("", G[0], vmerge="cont", shade="D9D9D9"), cell("", G[1], vmerge="cont", shade="D9D9D9"),
                 cell("2023 г.", G[2], b=True, shade="D9D9D9"), cell("2024 г.", G[3], b=True, shade="D9D9D9"),
                 cell("сетевые", G[4], b=True, shade="D9D9D9"), cell("с ДОТ[fn:3]", G[5], b=True, shade="D9D9D9"),
                 cell("для детей с ОВЗ", G[6], b=True, shade="D9D9D9"), cell("", G[7], vmerge="cont", shade="D9D9D9")], header=True))
rows.append(row([cell(str(i+1), G[i], sz=18) for i in range(8)], header=True))
data = [
    ("1.", "Техническая", "31", "38", "4", "3", "2", "846"),
    ("2.", "Естественнонаучная", "22", "27", "3", "5", "1", "612"),
    ("3.", "Художественная", "56", "63", "2", "4", "6", "1 694"),
    ("4.", "Физкультурно-спортивная", "41", "45", "1", "–", "3", "1 337"),
    ("5.", "Туристско-краеведческая", "9", "12", "2", "1", "–", "288"),
    ("6.", "Социально-гуманитарная", "28", "29", "3", "2", "4", "925"),
]
for d in data:
    rows.append(row([cell(d[0], G[0])] + [cell(d[1], G[1], jc="left")] + [cell(d[i], G[i]) for i in range(2, 8)]))
rows.append(row([cell("", G[0]), cell("Итого", G[1], jc="left", b=True)] + [cell(x, G[i+2], b=True) for i, x in enumerate(["187", "214", "15", "15", "16", "5 702"])]))
P(table(G, rows))
P(para("", ind=False))

P(para("Краткосрочных программ (до 36 часов) реализовано 23, летних – 19, в том числе 8 в пришкольных лагерях в период с 3 по 28 июня 2024 г. Процедуру независимой оценки качества (НОК) прошли 17 программ, из них 11 включены в реестр сертифицированных программ; в реестр социально значимых программ включено 6 программ. Экспертизу муниципального экспертного совета (протокол № 3 от 18.04.2024) прошли 42 программы, что на семь больше, чем в 2023 году."))
P(para("Ключевые показатели деятельности МОЦ в сравнении с плановыми значениями представлены в таблице 2."))
P(para("Таблица 2. Выполнение показателей плана работы МОЦ", b=True, jc="right", ind=False, keep=True, sz=20))

G2 = [3900, 1000, 1100, 1100, 1100, 1000]
r2 = []
r2.append(row([cell("Наименование показателя", G2[0], vmerge="restart", b=True, shade="D9D9D9"),
               cell("Ед. изм.", G2[1], vmerge="restart", b=True, shade="D9D9D9"),
               cell("2023 год, факт", G2[2], vmerge="restart", b=True, shade="D9D9D9"),
               cell("2024 год", G2[3]+G2[4], span=2, b=True, shade="D9D9D9"),
               cell("Откло-нение", G2[5], vmerge="restart", b=True, shade="D9D9D9")], header=True))
r2.append(row([cell("", G2[0], vmerge="cont", shade="D9D9D9"), cell("", G2[1], vmerge="cont", shade="D9D9D9"),
               cell("", G2[2], vmerge="cont", shade="D9D9D9"),
               cell("план", G2[3], b=True, shade="D9D9D9"), cell("факт", G2[4], b=True, shade="D9D9D9"),
               cell("", G2[5], vmerge="cont", shade="D9D9D9")], header=True))
d2 = [
    ("Доля детей в возрасте от 5 до 18 лет, охваченных дополнительным образованием", "%", "77,1", "78,0", "79,5", "+1,5"),
    ("Доля детей, обеспеченных сертификатами дополнительного образования", "%", "41,9", "45,0", "46,5", "+1,5"),
    ("Количество новых программ", "ед.", "28", "30", "39", "+9"),
    ("Доля педагогов, прошедших повышение квалификации", "%", "44,6", "50,0", "51,8", "+1,8"),
    ("Количество муниципальных мероприятий для детей", "ед.", "22", "25", "27", "+2"),
    ("Численность участников мероприятий", "чел.", "2 960", "3 200", "3 418", "+218"),
]
for d in d2:
    r2.append(row([cell(d[0], G2[0], jc="left")] + [cell(d[i], G2[i]) for i in range(1, 6)]))
P(table(G2, r2))
P(para("", ind=False))

P(para("4. Кадровое и методическое сопровождение", b=True, ind=False, keep=True))
P(para("В 2024 году курсы повышения квалификации прошли 58 педагогов дополнительного образования из 112 работающих в округе (51,8 %), из них 14 – по технической направленности. МОЦ провел 9 методических семинаров и 2 стажировочные площадки, в которых приняли участие 236 педагогов и 17 муниципальных координаторов. Методист Гарипов Р.Ф. организовал консультации по размещению программ в Навигаторе для 31 организации, включая 6 учреждений культуры и спорта."))

P(para("5. Мероприятия с детьми", b=True, ind=False, keep=True))
P(para("Проведено 27 муниципальных мероприятий, их участниками стали более 3,4 тысячи детей, что на 218 человек больше плана. Фестиваль технического творчества «Ежевичанская мастерская» прошел с 14 по 18 октября 2024 г. и собрал 412 участников из 16 школ; конкурс исследовательских работ «Малая академия» проводился с 4 марта по 11 апреля. Дни открытых дверей МОЦ состоялись 12 сентября, 10 октября и 21 ноября 2024 г."))

P(para("6. Проблемы и задачи на 2025 год", b=True, ind=False, keep=True))
P(para("Сохраняется дефицит программ естественнонаучной и туристско-краеведческой направленности в сельских школах (охват в 9 сельских поселениях не превышает 61 %), недостаточно программ для детей с ОВЗ в дистанционной форме. Задачи МОЦ на 2025 год:"))
for t in [
    "1) довести охват детей 5–18 лет дополнительным образованием до 80,5 % (не менее 5 170 детей);",
    "2) увеличить число программ технической и естественнонаучной направленности не менее чем на восемь;",
    "3) обеспечить прохождение НОК не менее чем 20 программами, в том числе всеми новыми сетевыми программами;",
    "4) разработать 5 адаптированных программ для детей с ОВЗ с применением ДОТ;",
    "5) в первом полугодии 2025 года провести муниципальный конкурс программ «Шаг в профессию».",
]:
    P(para(t, ind=True))
P(para("", ind=False))

GS = [4300, 2300, 2600]
sig = [row([cell("Руководитель МОЦ", GS[0], jc="left", sz=22), cell("____________", GS[1], sz=22), cell("И.Г. Лаптева", GS[2], jc="right", sz=22)], cant_split=False),
       row([cell("Директор МАУ ДО «ЦТР «Радуга»", GS[0], jc="left", sz=22), cell("____________", GS[1], sz=22), cell("Н.А. ВОРОНИХИНА", GS[2], jc="right", sz=22)], cant_split=False),
       row([cell("27.01.2025", GS[0], jc="left", sz=22), cell("", GS[1]), cell("", GS[2])], cant_split=False)]
P(table(GS, sig, borders=False))
P(para("", ind=False))
P(para("Исп. Шумилова Е.В., методист МОЦ, тел. 8 (00000) 2-14-57", ind=False, sz=18))

sect = ('<w:sectPr><w:footnotePr><w:numFmt w:val="decimal"/></w:footnotePr>'
        '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1418" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>')
document = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>{"".join(body)}{sect}</w:body></w:document>'

fn = [f'<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>',
      f'<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>']
for n, t in FOOTNOTES.items():
    fn.append(f'<w:footnote w:id="{n}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
              f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>'
              f'<w:r><w:t xml:space="preserve"> {escape(t)}</w:t></w:r></w:p></w:footnote>')
footnotes = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {W}>{"".join(fn)}</w:footnotes>'

styles = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles {W}>
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman"/><w:sz w:val="24"/><w:szCs w:val="24"/><w:lang w:val="ru-RU"/></w:rPr></w:rPrDefault>
<w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>
<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
</w:styles>'''

settings = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:settings {W}><w:defaultTabStop w:val="708"/><w:characterSpacingControl w:val="doNotCompress"/>
<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>'''

ctypes = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>
<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>
<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>
</Types>'''
rels = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>
</Relationships>'''
docrels = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>
</Relationships>'''
core = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<dc:title>Анализ деятельности МОЦ за 2024 год</dc:title><dc:creator>Шумилова</dc:creator>
<dcterms:created xsi:type="dcterms:W3CDTF">2025-01-27T09:14:00Z</dcterms:created></cp:coreProperties>'''
app = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Office Word</Application></Properties>'''

with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("[Content_Types].xml", ctypes)
    z.writestr("_rels/.rels", rels)
    z.writestr("word/document.xml", document)
    z.writestr("word/_rels/document.xml.rels", docrels)
    z.writestr("word/styles.xml", styles)
    z.writestr("word/settings.xml", settings)
    z.writestr("word/footnotes.xml", footnotes)
    z.writestr("docProps/core.xml", core)
    z.writestr("docProps/app.xml", app)
print("wrote", OUT)
