# Hand-written WordprocessingML for the passport of the Sukhoborsk МОЦ.
# Writes the parts into src/sukhoborsk_docx/ and zips them into docs/sukhoborsk_2025_pasport_moc.docx
import os, zipfile
from xml.sax.saxutils import escape as e

SRC = "/work/main/corpus/heldout6/src/sukhoborsk_docx"
OUT = "/work/main/corpus/heldout6/docs/sukhoborsk_2025_pasport_moc.docx"
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'

def run(t, b=False, i=False, sz=None):
    rpr = ""
    if b or i or sz:
        rpr = "<w:rPr>" + ("<w:b/>" if b else "") + ("<w:i/>" if i else "") + (f'<w:sz w:val="{sz}"/><w:szCs w:val="{sz}"/>' if sz else "") + "</w:rPr>"
    return f'<w:r>{rpr}<w:t xml:space="preserve">{e(t)}</w:t></w:r>'

sdt_id = [100]
def sdt(t, alias, tag, b=False):
    sdt_id[0] += 1
    return (f'<w:sdt><w:sdtPr><w:alias w:val="{e(alias)}"/><w:tag w:val="{tag}"/><w:id w:val="{sdt_id[0]}"/>'
            f'<w:showingPlcHdr w:val="0"/><w:text/></w:sdtPr><w:sdtContent>{run(t, b=b)}</w:sdtContent></w:sdt>')

def p(content, style=None, jc=None, num=None, ind_first=None, spacing_after=None, keep=False):
    ppr = ""
    if style: ppr += f'<w:pStyle w:val="{style}"/>'
    if keep: ppr += '<w:keepNext/>'
    if num: ppr += f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>'
    if spacing_after is not None: ppr += f'<w:spacing w:after="{spacing_after}"/>'
    if ind_first is not None: ppr += f'<w:ind w:firstLine="{ind_first}"/>'
    if jc: ppr += f'<w:jc w:val="{jc}"/>'
    if isinstance(content, str) and not content.startswith("<w:"):
        content = run(content)
    return f'<w:p>{"<w:pPr>"+ppr+"</w:pPr>" if ppr else ""}{content}</w:p>'

def cell(paras, w, span=None, vmerge=None, shade=False, valign=None):
    tcpr = f'<w:tcW w:w="{w}" w:type="dxa"/>'
    if span: tcpr += f'<w:gridSpan w:val="{span}"/>'
    if vmerge == "restart": tcpr += '<w:vMerge w:val="restart"/>'
    elif vmerge == "cont": tcpr += '<w:vMerge/>'
    if shade: tcpr += '<w:shd w:val="clear" w:color="auto" w:fill="E7E6E6"/>'
    if valign: tcpr += f'<w:vAlign w:val="{valign}"/>'
    if isinstance(paras, str): paras = [paras]
    return f'<w:tc><w:tcPr>{tcpr}</w:tcPr>{"".join(paras)}</w:tc>'

def row(cells, header=False):
    trpr = '<w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>' if header else '<w:trPr><w:cantSplit/></w:trPr>'
    return f'<w:tr>{trpr}{"".join(cells)}</w:tr>'

def table(grid, rows):
    g = "".join(f'<w:gridCol w:w="{x}"/>' for x in grid)
    return (f'<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="{sum(grid)}" w:type="dxa"/>'
            f'<w:tblLayout w:type="fixed"/><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>'
            f'<w:tblGrid>{g}</w:tblGrid>{"".join(rows)}</w:tbl>')

TP = lambda t, **k: p(t, style="TableText", **k)

body = []
body.append(p(run("УТВЕРЖДЕНО", b=True), jc="right", spacing_after=0))
body.append(p("приказом МАУ ДО «Центр развития творчества «Меридиан»", jc="right", spacing_after=0))
body.append(p("от 01.09.2025 № 156-о", jc="right"))
body.append(p(run("ИНФОРМАЦИОННАЯ КАРТА (ПАСПОРТ)", b=True), style="Title"))
body.append(p(run("муниципального опорного центра дополнительного образования детей городского округа Сухоборск Северо-Двинского края", b=True), jc="center", spacing_after=0))
body.append(p(run("на 2025/2026 учебный год", i=True), jc="center"))

body.append(p("1. Общие сведения", style="Heading1"))
G1 = [560, 3200, 5880]
def lv(n, label, value_paras):
    return row([cell(TP(n, jc="center"), G1[0]), cell(TP(run(label, b=True)), G1[1]), cell(value_paras, G1[2])])
rows = [row([cell(TP(run("№", b=True), jc="center"), G1[0], shade=True), cell(TP(run("Параметр", b=True), jc="center"), G1[1], shade=True), cell(TP(run("Содержание", b=True), jc="center"), G1[2], shade=True)], header=True)]
rows.append(lv("1.1", "Наименование", [TP("Муниципальный опорный центр дополнительного образования детей городского округа Сухоборск (МОЦ г.о. Сухоборск)")]))
rows.append(lv("1.2", "Базовая организация", [TP("Муниципальное автономное учреждение дополнительного образования «Центр развития творчества «Меридиан» (МАУ ДО «ЦРТ «Меридиан»)")]))
rows.append(lv("1.3", "Адрес", [TP("165320, Северо-Двинский край, г. Сухоборск, пр-т Лесопильщиков, д. 27, каб. 204")]))
rows.append(lv("1.4", "Дата создания", [TP("1 октября 2020 года (постановление администрации городского округа Сухоборск от 25.09.2020 № 1143)")]))
rows.append(lv("1.5", "Руководитель", [TP(sdt("Дроздова Елена Андреевна", "ФИО руководителя", "head_name") + run(", заместитель директора МАУ ДО «ЦРТ «Меридиан», руководитель МОЦ (приказ от 01.09.2025 № 156-о)"))]))
rows.append(lv("1.6", "Директор базовой организации", [TP(sdt("Ганичев Роман Викторович", "ФИО директора", "director_name"))]))
rows.append(lv("1.7", "Специалисты МОЦ", [
    TP("Бурцева Алина Сергеевна – методист (техническая и естественнонаучная направленности);"),
    TP("Чупров Максим Игоревич – методист, муниципальный администратор АИС «Навигатор»;"),
    TP("Лыскова Т.П. – педагог-организатор (0,5 ставки)."),
]))
rows.append(lv("1.8", "Куратор от органа управления образованием", [TP("Ошуркова Валентина Михайловна, главный специалист отдела общего и дополнительного образования Управления образования администрации г.о. Сухоборск")]))
rows.append(lv("1.9", "Контакты", [
    TP(run("тел.: ") + sdt("8 (81837) 4-26-15", "Телефон", "phone")),
    TP(run("e-mail: ") + sdt("moc.suhoborsk@meridian-edu.ru", "Электронная почта", "email")),
    TP(run("страница МОЦ: ") + sdt("https://meridian-edu.ru/moc", "Сайт", "site")),
]))
rows.append(lv("1.10", "Нормативная база", [
    TP("– Федеральный закон от 29.12.2012 № 273-ФЗ «Об образовании в Российской Федерации»;"),
    TP("– Концепция развития дополнительного образования детей до 2030 года (распоряжение Правительства РФ от 31.03.2022 № 678-р);"),
    TP("– приказ Минпросвещения России от 27.07.2022 № 629 «Об утверждении Порядка организации и осуществления образовательной деятельности по дополнительным общеобразовательным программам»;"),
    TP("– распоряжение министерства образования Северо-Двинского края от 11.06.2020 № 918-р «О создании региональной сети муниципальных опорных центров»;"),
    TP("– постановление администрации городского округа Сухоборск от 25.09.2020 № 1143 «О создании муниципального опорного центра дополнительного образования детей»;"),
    TP("– приказ Управления образования администрации г.о. Сухоборск от 14.08.2025 № 402 «Об утверждении положения о МОЦ» (в ред. приказа от 29.08.2025 № 431)."),
]))
rows.append(lv("1.11", "Организации – участники муниципальной сети", [TP("23 организации: 3 организации дополнительного образования, 12 общеобразовательных школ, 6 дошкольных образовательных организаций, 1 колледж, 1 АНО «Робоцентр «Полюс»")]))
body.append(table(G1, rows))

body.append(p("2. Цель и задачи", style="Heading1"))
body.append(p("Цель МОЦ – обеспечение согласованного развития муниципальной системы дополнительного образования детей, доступности и качества дополнительных общеобразовательных программ для детей в возрасте от 5 до 18 лет.", ind_first=709, jc="both"))
body.append(p("Задачи на 2025/2026 учебный год:", ind_first=709))
tasks = [
    (0, "Организационно-методическое сопровождение образовательных организаций, реализующих дополнительные общеобразовательные программы:"),
    (1, "проведение не менее 12 семинаров и практикумов для педагогов дополнительного образования;"),
    (1, "организация работы муниципальной методической сети «Сетевой педагог» (7 организаций-участников);"),
    (1, "консультирование по разработке разноуровневых и модульных программ."),
    (0, "Обеспечение функционирования АИС «Навигатор дополнительного образования детей Северо-Двинского края»:"),
    (1, "актуализация сведений о 186 программах, размещённых в Навигаторе;"),
    (1, "модерация вновь подаваемых программ в срок не более 5 рабочих дней."),
    (0, "Сопровождение системы персонифицированного финансирования и муниципального социального заказа:"),
    (1, "выдача и учёт сертификатов дополнительного образования;"),
    (1, "организация независимой оценки качества программ (план – 40 программ, 8 муниципальных экспертов)."),
    (0, "Выявление и поддержка одарённых детей, организация муниципальных этапов конкурсов и олимпиад."),
    (0, "Развитие кадрового потенциала: повышение квалификации не менее 45 педагогов дополнительного образования."),
]
for lvl, t in tasks:
    body.append(p(t, num=(1, lvl), jc="both", spacing_after=40))

body.append(p("3. Ключевые показатели деятельности МОЦ", style="Heading1"))
G2 = [520, 4400, 1000, 1240, 1240, 1240]
H = lambda t: TP(run(t, b=True), jc="center")
hdr1 = row([
    cell(H("№ п/п"), G2[0], vmerge="restart", shade=True, valign="center"),
    cell(H("Показатель"), G2[1], vmerge="restart", shade=True, valign="center"),
    cell(H("Ед. изм."), G2[2], vmerge="restart", shade=True, valign="center"),
    cell(H("2024 год"), G2[3], shade=True),
    cell(H("2025 год"), G2[4] + G2[5], span=2, shade=True),
], header=True)
hdr2 = row([
    cell(TP(""), G2[0], vmerge="cont", shade=True),
    cell(TP(""), G2[1], vmerge="cont", shade=True),
    cell(TP(""), G2[2], vmerge="cont", shade=True),
    cell(H("факт"), G2[3], shade=True),
    cell(H("план"), G2[4], shade=True),
    cell(H("факт"), G2[5], shade=True),
], header=True)
data = [
    ("1", "Численность детей 5–18 лет, проживающих в городском округе", "чел.", "9 842", "9 800", "9 716"),
    ("2", "Численность детей 5–18 лет, охваченных дополнительным образованием", "чел.", "7 637", "7 650", "7 704"),
    ("3", "Доля детей 5–18 лет, охваченных дополнительным образованием", "%", "77,6", "78,0", "79,3"),
    ("4", "Количество ДООП в Навигаторе, всего", "ед.", "171", "180", "186"),
    ("4.1", "в том числе новых", "ед.", "22", "15", "19"),
    ("4.2", "в том числе сертифицированных (по соц. сертификату)", "ед.", "58", "65", "67"),
    ("4.3", "в том числе адаптированных для детей с ОВЗ", "ед.", "11", "13", "14"),
    ("5", "Количество программ, прошедших независимую оценку качества", "ед.", "31", "36", "38"),
    ("6", "Доля детей, получающих услуги по социальному сертификату", "%", "24,1", "25,0", "25,8"),
    ("7", "Количество педагогов, прошедших повышение квалификации", "чел.", "39", "40", "44"),
    ("8", "Количество методических мероприятий МОЦ", "ед.", "14", "12", "15"),
    ("9", "Финансирование МОЦ из бюджета городского округа", "тыс. руб.", "1 284,0", "1 350,0", "1 350,0"),
]
rows2 = [hdr1, hdr2]
for n, name, u, a, b_, c in data:
    ind = n.count(".") > 0
    rows2.append(row([
        cell(TP(n, jc="center"), G2[0]),
        cell(p(run(name, i=ind), style="TableText") if not ind else f'<w:p><w:pPr><w:pStyle w:val="TableText"/><w:ind w:left="284"/></w:pPr>{run(name, i=True)}</w:p>', G2[1]),
        cell(TP(u, jc="center"), G2[2]),
        cell(TP(a, jc="center"), G2[3]),
        cell(TP(b_, jc="center"), G2[4]),
        cell(TP(c, jc="center"), G2[5]),
    ]))
body.append(table(G2, rows2))
body.append(p(run("Примечание: показатели за 2025 год приведены по данным АИС «Навигатор» на 31.12.2025 и формы федерального статистического наблюдения № 1-ДО.", i=True, sz=20), spacing_after=120))

body.append(p("Кратко о результатах 2024/2025 учебного года. За год МОЦ провёл 15 методических мероприятий (семинары, стажировочные площадки, конкурс методических разработок «Педагогический маршрут»), участниками которых стали 268 педагогов из 21 организации. Проведено 94 консультации для организаций и 131 консультация для родителей по вопросам записи в Навигаторе и использования сертификатов. В муниципальных этапах конкурсов приняли участие 742 обучающихся (годом ранее – 655), 37 из них стали призёрами краевых мероприятий.", ind_first=709, jc="both"))
body.append(p("Число организаций, реализующих программы по социальному сертификату, выросло с 9 до 13; впервые к реализации программ подключена АНО «Робоцентр «Полюс» (3 программы технической направленности, 96 детей). Независимую оценку качества прошли 38 программ из 41 поданной, три программы направлены на доработку. Удовлетворённость родителей качеством дополнительного образования по итогам опроса в мае 2025 года – 90,4 % (опрошено 517 человек).", ind_first=709, jc="both"))
body.append(p("4. Перспективные направления на 2026 год", style="Heading1"))
for t in [
    "увеличение доли детей 5–18 лет, охваченных дополнительным образованием, до 80 %;",
    "открытие муниципального центра «IT-куб.Лайт» на базе МБОУ «СОШ № 9» (сетевая форма, 4 программы);",
    "включение в реестр социальных сертификатов не менее 6 новых программ естественнонаучной направленности;",
    "развитие летних краткосрочных программ для детей сельских территорий округа (пос. Лесозаводский, д. Вондокурье).",
]:
    body.append(p(t, num=(2, 0), jc="both", spacing_after=40))

body.append(p(""))
body.append(p(run("Руководитель МОЦ") + '<w:r><w:tab/></w:r>' + run("__________________") + '<w:r><w:tab/></w:r>' + run("Е.А. Дроздова"), style="Sign"))
body.append(p(run("«05» сентября 2025 г.")))
body.append(p(run("Сведения актуализированы 12.01.2026", i=True, sz=18)))

sect = ('<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1418" '
        'w:header="708" w:footer="708" w:gutter="0"/><w:cols w:space="708"/></w:sectPr>')
document = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>{"".join(body)}{sect}</w:body></w:document>'

styles = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles {W}>
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman"/><w:sz w:val="26"/><w:szCs w:val="26"/><w:lang w:val="ru-RU" w:eastAsia="ru-RU" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>
<w:pPrDefault><w:pPr><w:spacing w:after="80" w:line="252" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:before="240" w:after="0"/><w:jc w:val="center"/></w:pPr><w:rPr><w:b/><w:sz w:val="30"/><w:szCs w:val="30"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="TableText"><w:name w:val="Table Text"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="22"/><w:szCs w:val="22"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:ind w:left="720"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Sign"><w:name w:val="Signature Line"/><w:basedOn w:val="Normal"/><w:pPr><w:tabs><w:tab w:val="left" w:pos="4536"/><w:tab w:val="left" w:pos="7371"/></w:tabs><w:spacing w:before="240"/></w:pPr></w:style>
<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders><w:tblCellMar><w:top w:w="28" w:type="dxa"/><w:left w:w="85" w:type="dxa"/><w:bottom w:w="28" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
</w:styles>'''

numbering = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering {W}>
<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="709" w:hanging="425"/></w:pPr></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="1276" w:hanging="567"/></w:pPr></w:lvl>
<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2.%3."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="1985" w:hanging="709"/></w:pPr></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="hybridMultilevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="–"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="709" w:hanging="360"/></w:pPr><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/></w:rPr></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
</w:numbering>'''

ctypes = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>
<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
</Types>'''

rels = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
</Relationships>'''

docrels = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>
</Relationships>'''

core = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<dc:title>Информационная карта (паспорт) МОЦ г.о. Сухоборск</dc:title><dc:creator>Чупров М.И.</dc:creator>
<dcterms:created xsi:type="dcterms:W3CDTF">2025-09-05T09:12:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2026-01-12T14:40:00Z</dcterms:modified>
</cp:coreProperties>'''

parts = {
    "[Content_Types].xml": ctypes,
    "_rels/.rels": rels,
    "word/_rels/document.xml.rels": docrels,
    "word/document.xml": document,
    "word/styles.xml": styles,
    "word/numbering.xml": numbering,
    "docProps/core.xml": core,
}
for name, data in parts.items():
    path = os.path.join(SRC, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    open(path, "w", encoding="utf-8").write(data)
with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as z:
    for name in ["[Content_Types].xml", "_rels/.rels", "word/_rels/document.xml.rels", "word/document.xml", "word/styles.xml", "word/numbering.xml", "docProps/core.xml"]:
        z.write(os.path.join(SRC, name), name)
print("written", OUT)
