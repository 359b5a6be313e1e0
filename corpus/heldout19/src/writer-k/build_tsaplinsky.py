# Builds Tsaplinsky_2025_otchet.docx from hand-written WordprocessingML text.
# No document library: strings of XML are written and zipped with the stdlib.
import zipfile, os
from xml.sax.saxutils import escape as esc

OUT = "/work/main/corpus/heldout19/docs/Tsaplinsky_2025_otchet.docx"

W = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
     'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')

def run(text, b=False, i=False, sz=None, sup=False):
    rpr = ""
    if b: rpr += "<w:b/>"
    if i: rpr += "<w:i/>"
    if sz: rpr += f'<w:sz w:val="{sz}"/><w:szCs w:val="{sz}"/>'
    if sup: rpr += '<w:vertAlign w:val="superscript"/>'
    rpr = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{esc(text)}</w:t></w:r>'

def ge():
    # "≥" as Word inserts it via Insert > Symbol, font Symbol, code F0B3
    return '<w:r><w:sym w:font="Symbol" w:char="F0B3"/></w:r>'

def fnref(n):
    return (f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
            f'<w:footnoteReference w:id="{n}"/></w:r>')

def p(*runs, style=None, jc=None, num=None, ilvl=0, ind=None, spacing_after=None, keep=False):
    ppr = ""
    if style: ppr += f'<w:pStyle w:val="{style}"/>'
    if keep: ppr += "<w:keepNext/>"
    if num: ppr += f'<w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num}"/></w:numPr>'
    if spacing_after is not None: ppr += f'<w:spacing w:after="{spacing_after}"/>'
    if ind: ppr += f'<w:ind w:firstLine="{ind}"/>'
    if jc: ppr += f'<w:jc w:val="{jc}"/>'
    body = "".join(r if r.startswith("<w:r") else run(r) for r in runs)
    return f"<w:p><w:pPr>{ppr}</w:pPr>{body}</w:p>"

def tc(content, w, span=1, vmerge=None, shade=None, jc=None, b=False, sz=20):
    tcpr = f'<w:tcW w:w="{w}" w:type="dxa"/>'
    if span > 1: tcpr += f'<w:gridSpan w:val="{span}"/>'
    if vmerge == "restart": tcpr += '<w:vMerge w:val="restart"/>'
    elif vmerge == "cont": tcpr += "<w:vMerge/>"
    if shade: tcpr += f'<w:shd w:val="clear" w:color="auto" w:fill="{shade}"/>'
    tcpr += '<w:vAlign w:val="center"/>'
    paras = content if isinstance(content, list) else [content]
    ps = ""
    for c in paras:
        jcx = f'<w:jc w:val="{jc}"/>' if jc else ""
        ps += (f'<w:p><w:pPr><w:spacing w:before="0" w:after="0"/>{jcx}</w:pPr>'
               f'{run(c, b=b, sz=sz) if c else ""}</w:p>')
    return f"<w:tc><w:tcPr>{tcpr}</w:tcPr>{ps}</w:tc>"

def tr(cells, header=False, cantsplit=True):
    trpr = ""
    if cantsplit: trpr += "<w:cantSplit/>"
    if header: trpr += "<w:tblHeader/>"
    return f"<w:tr><w:trPr>{trpr}</w:trPr>{''.join(cells)}</w:tr>"

def tbl(grid, rows, borders=True):
    b = ""
    if borders:
        b = ("<w:tblBorders>" + "".join(
            f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
            for s in ("top", "left", "bottom", "right", "insideH", "insideV")) + "</w:tblBorders>")
    else:
        b = ("<w:tblBorders>" + "".join(f'<w:{s} w:val="nil"/>' for s in
             ("top", "left", "bottom", "right", "insideH", "insideV")) + "</w:tblBorders>")
    g = "".join(f'<w:gridCol w:w="{x}"/>' for x in grid)
    return (f'<w:tbl><w:tblPr><w:tblW w:w="{sum(grid)}" w:type="dxa"/>{b}'
            f'<w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="70" w:type="dxa"/>'
            f'<w:right w:w="70" w:type="dxa"/></w:tblCellMar><w:tblLook w:val="04A0"/></w:tblPr>'
            f'<w:tblGrid>{g}</w:tblGrid>{"".join(rows)}</w:tbl>')

B = []  # body parts

# ---------- title block ----------
B.append(p(run("УПРАВЛЕНИЕ ОБРАЗОВАНИЯ АДМИНИСТРАЦИИ", b=True), jc="center", spacing_after="0"))
B.append(p(run("ЦАПЛИНСКОГО МУНИЦИПАЛЬНОГО ОКРУГА", b=True), jc="center", spacing_after="0"))
B.append(p(run("Муниципальное автономное учреждение дополнительного образования", sz=22), jc="center", spacing_after="0"))
B.append(p(run("«Дом детского творчества «Истоки»", sz=22), jc="center"))
B.append(p(run("ОТЧЁТ", b=True, sz=28), jc="center", spacing_after="0"))
B.append(p(run("о деятельности муниципального опорного центра дополнительного образования детей", b=True),
           jc="center", spacing_after="0"))
B.append(p(run("Цаплинского муниципального округа за 2025 год", b=True), jc="center"))

# ---------- 1 ----------
B.append(p("1. Общие сведения", style="Heading1"))
B.append(p("Муниципальный опорный центр дополнительного образования детей (далее – МОЦ) работает на базе "
           "МАУ ДО «ДДТ «Истоки» с 1 апреля 2020 года. Основание – приказ Управления образования администрации "
           "Цаплинского муниципального округа от 17.03.2020 № 88-од «О создании муниципального опорного центра» "
           "(в ред. приказа от 09.01.2024 № 3-од). Положение о МОЦ и состав его команды обновлены приказом "
           "директора ДДТ «Истоки» от 28 августа 2025 г. № 214.", ind="709", jc="both"))
B.append(p("Руководителем МОЦ в отчётном году являлась Ермолина Вера Анатольевна, заместитель директора по "
           "учебно-воспитательной работе. В команду центра входили методисты Гусак Д.С. и О.Ю. Плетнёва, "
           "а функции муниципального администратора Навигатора выполнял педагог-организатор "
           "Сазонтьев Артём Игоревич. С 1 октября 2025 г. к работе привлечён программист на 0,5 ставки.",
           ind="709", jc="both"))
B.append(p("В 2025 году перед МОЦ стояли следующие задачи:", ind="709"))
for t in [
    "обеспечить полноту и актуальность сведений о программах и организациях в региональном Навигаторе;",
    "сопровождать систему персонифицированного финансирования и выдачу сертификатов;",
    "организовать муниципальную экспертизу программ и подготовку к независимой оценке качества;",
    "расширить сетевые и дистанционные формы, число программ для детей с ОВЗ;",
    "оказывать методическую помощь педагогам школ и учреждений культуры и спорта.",
]:
    B.append(p(t, num="1", jc="both"))

# ---------- 2 ----------
B.append(p("2. Дополнительные общеобразовательные программы", style="Heading1"))
B.append(p("На 31 декабря 2025 года в Навигаторе дополнительного образования опубликовано 146 программ "
           "17 организаций округа, годом ранее их было 129 (прирост 13,2 %). Программы реализуют "
           "7 школ, 2 учреждения дополнительного образования, детская школа искусств, "
           "спортивная школа и 6 детских садов.", ind="709", jc="both"))
B.append(p(run("Таблица 1. Программы по направленностям и формам реализации", i=True), jc="right", keep=True))

g1 = [2700, 900, 900, 1050, 1150, 1050, 1600]
hdr_fill = "D9D9D9"
rows = []
rows.append(tr([
    tc("Направленность", g1[0], vmerge="restart", shade=hdr_fill, jc="center", b=True),
    tc("Количество программ", g1[1] + g1[2], span=2, shade=hdr_fill, jc="center", b=True),
    tc("из них в 2025 году", g1[3] + g1[4] + g1[5], span=3, shade=hdr_fill, jc="center", b=True),
    tc(["Охват,", "чел."], g1[6], vmerge="restart", shade=hdr_fill, jc="center", b=True),
], header=True))
rows.append(tr([
    tc("", g1[0], vmerge="cont", shade=hdr_fill),
    tc("2024", g1[1], shade=hdr_fill, jc="center", b=True),
    tc("2025", g1[2], shade=hdr_fill, jc="center", b=True),
    tc("сетевые", g1[3], shade=hdr_fill, jc="center", b=True),
    tc("дистан-ционные", g1[4], shade=hdr_fill, jc="center", b=True),
    tc("для детей с ОВЗ", g1[5], shade=hdr_fill, jc="center", b=True),
    tc("", g1[6], vmerge="cont", shade=hdr_fill),
], header=True))
data = [
    ("Техническая", 19, 24, 3, 2, 1, "612"),
    ("Естественнонаучная", 15, 17, 2, 1, 1, "398"),
    ("Художественная", 38, 41, 1, 3, 4, "1 544"),
    ("Физкультурно-спортивная", 27, 29, 2, "–", 2, "1 117"),
    ("Туристско-краеведческая", 8, 9, 1, "–", "–", "206"),
    ("Социально-гуманитарная", 22, 26, 2, 1, 3, "731"),
]
for d in data:
    rows.append(tr([tc(d[0], g1[0])] + [tc(str(x), g1[k + 1], jc="center") for k, x in enumerate(d[1:])]))
rows.append(tr([tc("Итого", g1[0], b=True)] + [tc(x, g1[k + 1], jc="center", b=True) for k, x in
                enumerate(["129", "146", "11", "7", "11", "4 608¹"])]))
B.append(tbl(g1, rows))
B.append(p(run("¹ Охват в таблице дан по числу зачислений; один ребёнок может учиться по нескольким программам.",
               sz=18, i=True), spacing_after="120"))

B.append(p("Кроме указанных форм, в 2025 году реализовывались 36 разноуровневых программ и 19 краткосрочных "
           "(в т.ч. 14 – в период летней кампании, с 2 июня по 22 августа). Новых программ разработано и "
           "размещено двадцать три, из них восемь – технической и естественнонаучной направленностей, "
           "что соответствует приоритетам регионального проекта.", ind="709", jc="both"))
B.append(p("Муниципальную экспертизу прошла 31 программа (экспертный совет утверждён приказом "
           "Управления образования от 03.02.2025 № 41-од), положительное заключение получили 28. "
           "В реестр сертифицированных программ включено 58 программ против 49 в 2024 году; "
           "в реестр значимых программ – 40. Процедуру независимой оценки качества прошли 23 программы "
           "пяти организаций, средний балл составил 86,4 из 100.", ind="709", jc="both"))

# ---------- 3 ----------
B.append(p("3. Охват детей и персонифицированное финансирование", style="Heading1"))
B.append(p("Численность детей в возрасте от 5 до 18 лет, проживающих в округе, по данным на 01.01.2025 – "
           "6 842 человека. Дополнительным образованием охвачено 5 311 детей, или 77,6 %",
           fnref(1), " (при плановом значении 76,0 %). По сравнению с 2024 годом (74,9 %) показатель "
           "вырос на 2,7 п.п. Целевое значение регионального проекта ", ge(),
           " 75 % достигнуто второй год подряд.", ind="709", jc="both"))
B.append(p("Сертификаты дополнительного образования на конец года имели 4 972 ребёнка – 72,7 % от общего "
           "числа детей указанного возраста. Из них 1 204 сертификата использовались в режиме "
           "персонифицированного финансирования (план – 1 150). Номинал сертификата установлен "
           "постановлением администрации округа от 26.12.2024 № 1379-па и составил 8 640 рублей в год.",
           ind="709", jc="both"))
B.append(p("На финансирование обучения по сертификатам предусматривалось 9,46 млн рублей, освоено "
           "9 318,4 тыс. рублей (98,5 %)", fnref(2), ". Договоры об обучении заключены с 9 поставщиками "
           "образовательных услуг, в том числе с двумя индивидуальными предпринимателями.",
           ind="709", jc="both"))

# ---------- 4 ----------
B.append(p("4. Методическая и информационная работа", style="Heading1"))
B.append(p("За год специалистами МОЦ проведено 14 семинаров и 6 вебинаров (в 2024 году – 11 и 4), "
           "в них приняли участие 212 педагогических работников. Индивидуальных консультаций дано 167, "
           "из них по работе в Навигаторе – 93. Курсы повышения квалификации окончили 47 педагогов "
           "дополнительного образования из 123, то есть 38,2 %.", ind="709", jc="both"))
B.append(p("На сайте МОЦ и в группе центра в социальной сети опубликовано 118 материалов. Муниципальный "
           "конкурс профессионального мастерства «Открытое занятие» прошёл с 10 по 21 ноября 2025 г., "
           "участвовали 11 педагогов; победитель – Тетерина Л.М. (ДДТ «Истоки»), призёры – "
           "Копылова С. Н. и Ю. Р. Бахтин.", ind="709", jc="both"))

# ---------- 5 indicators ----------
B.append(p("5. Выполнение показателей", style="Heading1", keep=True))
B.append(p(run("Таблица 2", i=True), jc="right", keep=True))
g2 = [3900, 900, 1050, 1050, 1050, 1400]
rows = []
rows.append(tr([tc(x, g2[k], shade=hdr_fill, jc="center", b=True) for k, x in enumerate(
    ["Показатель", "Ед. изм.", "2024 факт", "2025 план", "2025 факт", "Отклонение"])], header=True))
rows.append(tr([tc(str(k + 1), g2[k], jc="center", sz=16) for k in range(6)], header=True))
ind_rows = [
    ("Доля детей 5–18 лет, охваченных дополнительным образованием", "%", "74,9", "76,0", "77,6", "+1,6"),
    ("Доля детей, имеющих сертификат дополнительного образования", "%", "69,3", "71,0", "72,7", "+1,7"),
    ("Число сертификатов ПФДО", "ед.", "1 087", "1 150", "1 204", "+54"),
    ("Программы, опубликованные в Навигаторе", "ед.", "129", "140", "146", "+6"),
    ("в т.ч. сетевые", "ед.", "8", "10", "11", "+1"),
    ("в т.ч. адаптированные для детей с ОВЗ", "ед.", "9", "12", "11", "–1"),
    ("Доля программ, прошедших НОК", "%", "12,4", "15,0", "15,8", "+0,8"),
    ("Педагоги, прошедшие повышение квалификации", "чел.", "39", "45", "47", "+2"),
    ("Мероприятия МОЦ для педагогов", "ед.", "15", "18", "20", "+2"),
]
for r in ind_rows:
    name = ("   " + r[0]) if r[0].startswith("в т.ч.") else r[0]
    rows.append(tr([tc(name, g2[0])] + [tc(x, g2[k + 1], jc="center") for k, x in enumerate(r[1:])]))
B.append(tbl(g2, rows))
B.append(p("Не выполнен один показатель – число программ для детей с ОВЗ: две запланированные программы "
           "Цаплинской СОШ № 2 не прошли экспертизу и перенесены на 2026 год.", ind="709", jc="both"))

# ---------- 6 ----------
B.append(p("6. Проблемы и перспективы на 2026 год", style="Heading1"))
B.append(p("Основные трудности: дефицит педагогов технической направленности в сельских школах, "
           "низкая доля дистанционных программ (4,8 %), слабая загрузка сертификатов в летний период.",
           ind="709", jc="both"))
B.append(p("В 2026 году МОЦ планирует:", ind="709"))
for t in [
    "довести охват детей 5–18 лет до 78,5 %;",
    "открыть не менее 4 сетевых программ с кванториумом и центрами «Точка роста»;",
    "провести НОК для 12 программ и обучить 20 экспертов;",
    "запустить муниципальную школу наставников (январь – май 2026 г.).",
]:
    B.append(p(t, num="2", jc="both"))

# ---------- signatures ----------
B.append(p("", spacing_after="240"))
g3 = [4300, 2600, 2700]
rows = [
    tr([tc("Директор МАУ ДО «ДДТ «Истоки»", g3[0]), tc("_______________", g3[1], jc="center"),
        tc("Н.П. Куренкова", g3[2], jc="right")], cantsplit=True),
    tr([tc("Руководитель МОЦ", g3[0]), tc("_______________", g3[1], jc="center"),
        tc("В.А. Ермолина", g3[2], jc="right")], cantsplit=True),
    tr([tc("19.01.2026", g3[0]), tc("", g3[1]), tc("", g3[2])]),
]
B.append(tbl(g3, rows, borders=False))
B.append(p(run("Исп.: Плетнёва Ольга Юрьевна, методист МОЦ, тел. 8 (48531) 2-14-07", sz=18),
           spacing_after="0"))

sect = ('<w:sectPr><w:footnotePr><w:numFmt w:val="decimal"/></w:footnotePr>'
        '<w:pgSz w:w="11906" w:h="16838"/>'
        '<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1418" w:header="708" '
        'w:footer="708" w:gutter="0"/><w:cols w:space="708"/></w:sectPr>')
document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}>'
            f'<w:body>{"".join(B)}{sect}</w:body></w:document>')

def fn_para(text):
    return ('<w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
            '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>'
            f'{run(" " + text)}</w:p>')

footnotes = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {W}>'
             '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
             'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>'
             '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" '
             'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
             '<w:footnote w:id="1">' + fn_para(
                 "Расчёт по методике, утверждённой приказом Минпросвещения России от 15.04.2019 № 170; "
                 "учтены уникальные дети по выгрузке из Навигатора на 31.12.2025 (без повторного счёта).") +
             '</w:footnote><w:footnote w:id="2">' + fn_para(
                 "Остаток 141,6 тыс. рублей образовался из-за отчисления 37 обучающихся в IV квартале "
                 "и возвращён в бюджет округа.") +
             '</w:footnote></w:footnotes>')

numbering = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering {W}>'
             '<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="hybridMultilevel"/>'
             '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1)"/>'
             '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="1069" w:hanging="360"/></w:pPr></w:lvl>'
             '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="russianLower"/><w:lvlText w:val="%2)"/>'
             '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="1789" w:hanging="360"/></w:pPr></w:lvl>'
             '</w:abstractNum>'
             '<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="hybridMultilevel"/>'
             '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\uf0b7"/>'
             '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="1069" w:hanging="360"/></w:pPr>'
             '<w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol" w:hint="default"/></w:rPr></w:lvl>'
             '</w:abstractNum>'
             '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
             '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>')

styles = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles {W}>'
          '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" '
          'w:eastAsia="Times New Roman" w:cs="Times New Roman"/><w:sz w:val="24"/><w:szCs w:val="24"/>'
          '<w:lang w:val="ru-RU" w:eastAsia="ru-RU" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>'
          '<w:pPrDefault><w:pPr><w:spacing w:after="60" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault>'
          '</w:docDefaults>'
          '<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/><w:qFormat/></w:style>'
          '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/>'
          '<w:next w:val="a"/><w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240" '
          'w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="26"/></w:rPr></w:style>'
          '<w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/>'
          '<w:basedOn w:val="a"/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
          '<w:rPr><w:sz w:val="20"/></w:rPr></w:style>'
          '<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/>'
          '<w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>'
          '</w:styles>')

settings = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:settings {W}>'
            '<w:defaultTabStop w:val="708"/><w:characterSpacingControl w:val="doNotCompress"/>'
            '<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>'
            '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" '
            'w:val="15"/></w:compat></w:settings>')

content_types = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                 '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                 '<Default Extension="xml" ContentType="application/xml"/>'
                 '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
                 '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
                 '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>'
                 '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>'
                 '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>'
                 '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
                 '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
                 '</Types>')

rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
        '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
        '</Relationships>')

doc_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>'
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>'
            '<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>'
            '</Relationships>')

core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        '<dc:title>Отчет МОЦ 2025</dc:title><dc:creator>Плетнёва</dc:creator>'
        '<cp:lastModifiedBy>Ермолина</cp:lastModifiedBy>'
        '<dcterms:created xsi:type="dcterms:W3CDTF">2026-01-15T08:12:00Z</dcterms:created>'
        '<dcterms:modified xsi:type="dcterms:W3CDTF">2026-01-19T06:40:00Z</dcterms:modified>'
        '</cp:coreProperties>')
app = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
       '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
       '<Application>Microsoft Office Word</Application><AppVersion>16.0000</AppVersion></Properties>')

os.makedirs(os.path.dirname(OUT), exist_ok=True)
with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("[Content_Types].xml", content_types)
    z.writestr("_rels/.rels", rels)
    z.writestr("word/document.xml", document)
    z.writestr("word/_rels/document.xml.rels", doc_rels)
    z.writestr("word/styles.xml", styles)
    z.writestr("word/settings.xml", settings)
    z.writestr("word/numbering.xml", numbering)
    z.writestr("word/footnotes.xml", footnotes)
    z.writestr("docProps/core.xml", core)
    z.writestr("docProps/app.xml", app)
print("wrote", OUT)
