# Builds oreshnikovsky_2025_prikaz.docx from hand-written WordprocessingML (zipfile only).
import zipfile, pathlib, datetime
from xml.sax.saxutils import escape

OUT = pathlib.Path(__file__).parent.parent.parent / "docs" / "oreshnikovsky_2025_prikaz.docx"
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'

def run(text, b=False, i=False, sz=None, caps=False, fn=None, sup=False):
    if fn is not None:
        return ('<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/><w:vertAlign w:val="superscript"/></w:rPr>'
                f'<w:footnoteReference w:id="{fn}"/></w:r>')
    rpr = ""
    if b: rpr += "<w:b/>"
    if i: rpr += "<w:i/>"
    if caps: rpr += "<w:caps/>"
    if sz: rpr += f'<w:sz w:val="{sz}"/><w:szCs w:val="{sz}"/>'
    if sup: rpr += '<w:vertAlign w:val="superscript"/>'
    parts = text.split("\n")
    out = []
    for k, p in enumerate(parts):
        if k: out.append("<w:br/>")
        out.append(f'<w:t xml:space="preserve">{escape(p)}</w:t>')
    return f'<w:r>{"<w:rPr>"+rpr+"</w:rPr>" if rpr else ""}{"".join(out)}</w:r>'

def para(content, jc=None, ind=None, first=None, after=0, before=0, keep=False, pagebreak=False, style=None, sect=None, sz=None, b=False):
    if not content.startswith("<w:r"):
        content = run(content, b=b, sz=sz) if content else ""
    ppr = ""
    if style: ppr += f'<w:pStyle w:val="{style}"/>'
    if keep: ppr += "<w:keepNext/>"
    if pagebreak: ppr += "<w:pageBreakBefore/>"
    ppr += f'<w:spacing w:before="{before}" w:after="{after}"/>'
    if ind is not None or first is not None:
        ppr += f'<w:ind w:left="{ind or 0}" w:firstLine="{first or 0}"/>'
    if jc: ppr += f'<w:jc w:val="{jc}"/>'
    if sect: ppr += sect
    return f"<w:p><w:pPr>{ppr}</w:pPr>{content}</w:p>"

def sectpr(landscape=False):
    if landscape:
        return ('<w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>'
                '<w:pgMar w:top="1134" w:right="1134" w:bottom="850" w:left="1134" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>')
    return ('<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
            '<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>')

def cell(text, w, span=1, vm=None, b=False, jc=None, sz=24, shade=False):
    tcpr = f'<w:tcW w:w="{w}" w:type="dxa"/>'
    if span > 1: tcpr += f'<w:gridSpan w:val="{span}"/>'
    if vm == "restart": tcpr += '<w:vMerge w:val="restart"/>'
    elif vm == "cont": tcpr += "<w:vMerge/>"
    if shade: tcpr += '<w:shd w:val="clear" w:color="auto" w:fill="F2F2F2"/>'
    tcpr += '<w:vAlign w:val="center"/>' if vm else ""
    paras = text if isinstance(text, list) else [text]
    body = "".join(para(run(t, b=b, sz=sz) if isinstance(t, str) else "".join(t), jc=jc) for t in paras)
    return f"<w:tc><w:tcPr>{tcpr}</w:tcPr>{body}</w:tc>"

def row(cells, header=False, cant=True):
    trpr = ""
    if cant: trpr += "<w:cantSplit/>"
    if header: trpr += "<w:tblHeader/>"
    return f"<w:tr>{'<w:trPr>'+trpr+'</w:trPr>' if trpr else ''}{''.join(cells)}</w:tr>"

def table(grid, rows, borders=True):
    b = ""
    if borders:
        b = "<w:tblBorders>" + "".join(f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="000000"/>' for s in ("top","left","bottom","right","insideH","insideV")) + "</w:tblBorders>"
    else:
        b = "<w:tblBorders>" + "".join(f'<w:{s} w:val="nil"/>' for s in ("top","left","bottom","right","insideH","insideV")) + "</w:tblBorders>"
    tw = sum(grid)
    tblpr = f'<w:tblPr><w:tblW w:w="{tw}" w:type="dxa"/>{b}<w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="85" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar><w:tblLook w:val="04A0"/></w:tblPr>'
    g = "<w:tblGrid>" + "".join(f'<w:gridCol w:w="{x}"/>' for x in grid) + "</w:tblGrid>"
    return f"<w:tbl>{tblpr}{g}{''.join(rows)}</w:tbl>"

B = []  # body parts
J = "both"
# ---------- the order ----------
B.append(para(run("УПРАВЛЕНИЕ ОБРАЗОВАНИЯ\nАДМИНИСТРАЦИИ ОРЕШНИКОВСКОГО МУНИЦИПАЛЬНОГО РАЙОНА", b=True), jc="center", after=240))
B.append(para(run("П Р И К А З", b=True, sz=32), jc="center", after=240))
B.append(table([4677, 4678], [row([cell("14.02.2025", 4677, sz=28), cell("№ 57-од", 4678, jc="right", sz=28)], cant=False)], borders=False))
B.append(para("пгт Орешниково", jc="center", after=240, sz=24))
B.append(para(run("О создании рабочей группы по внедрению социального сертификата на получение муниципальных услуг по реализации дополнительных общеразвивающих программ и утверждении плана мероприятий на 2025 год", b=True), jc="center", after=240))
B.append(para(run("В соответствии с Федеральным законом от 29.12.2012 № 273-ФЗ «Об образовании в Российской Федерации», Федеральным законом от 13.07.2020 № 189-ФЗ, приказом Министерства просвещения Российской Федерации от 27.07.2022 № 629, постановлением администрации Орешниковского муниципального района от 26.12.2024 № 1184-п, в целях увеличения охвата детей дополнительным образованием и обеспечения функционирования системы социальных сертификатов") + run("", fn=2) + run(","), jc=J, first=709))
B.append(para(run("ПРИКАЗЫВАЮ:", b=True), before=120, after=120))
items = [
 "1. Создать рабочую группу по внедрению социального сертификата на получение услуг по реализации дополнительных общеразвивающих программ (далее – рабочая группа) и утвердить ее состав (приложение 1).",
 "2. Утвердить план мероприятий («дорожную карту») по внедрению социального сертификата на 2025 год (приложение 2).",
 "3. Утвердить целевые показатели развития дополнительного образования детей на 2025 год (приложение 3).",
 "4. Руководителю муниципального опорного центра Кедровой Н.П.:",
 "4.1. ежеквартально, в срок до 5 числа месяца, следующего за отчетным кварталом, представлять в управление образования информацию о ходе выполнения плана мероприятий;",
 "4.2. по итогам года, не позднее 20 января 2026 года, подготовить аналитическую справку о достижении целевых показателей.",
 "5. Руководителям образовательных организаций в срок до 28.02.2025 назначить ответственных за ведение АИС «Навигатор дополнительного образования» и до 1 сентября 2025 года обеспечить актуализацию сведений о программах.",
 "6. Признать утратившим силу приказ управления образования от 10.03.2023 № 88-од (в редакции приказа от 02.10.2023 № 301-од).",
 "7. Контроль за исполнением настоящего приказа возложить на заместителя начальника управления образования С.Г. Дубровину.",
]
for t in items:
    B.append(para(t, jc=J, first=709))
B.append(para("", after=240))
B.append(table([5400, 1800, 2155], [row([cell("Начальник управления образования", 5400, sz=28), cell("", 1800), cell("И.В. Лосев", 2155, jc="right", sz=28)], cant=False)], borders=False))
B.append(para("", after=480))
B.append(para(run("Исп.: Кедрова Наталья Петровна,\nруководитель МОЦ, тел. 8 (00000) 5-41-18", sz=18)))

# ---------- Appendix 1 ----------
stamp = lambda n: para(run(f"Приложение {n}\nк приказу управления образования\nот 14.02.2025 № 57-од", sz=24), ind=5200 if n == 1 else 10300, after=240, pagebreak=(n != 2))
B.append(stamp(1))
B.append(para(run("СОСТАВ", b=True), jc="center"))
B.append(para(run("рабочей группы по внедрению социального сертификата на получение услуг по реализации дополнительных общеразвивающих программ", b=True), jc="center", after=240))
g1 = [567, 2900, 3700, 2188]
r = [row([cell("№ п/п", g1[0], b=True, jc="center"), cell("Фамилия, имя, отчество", g1[1], b=True, jc="center"),
          cell("Должность", g1[2], b=True, jc="center"), cell("Роль в рабочей группе", g1[3], b=True, jc="center")], header=True)]
members = [
 ("Дубровина Светлана Геннадьевна", "заместитель начальника управления образования", "руководитель рабочей группы"),
 ("Кедрова Наталья Петровна", "руководитель МОЦ, заместитель директора МБУ ДО «Орешниковский центр детского творчества»", "заместитель руководителя рабочей группы"),
 ("Гусляров Артём Витальевич", "методист МОЦ", "секретарь рабочей группы"),
 ("Милованова Ирина Олеговна", "муниципальный администратор АИС «Навигатор дополнительного образования»", "член рабочей группы"),
 ("Сазонов Петр Ильич", "главный специалист отдела финансово-экономического обеспечения управления образования", "член рабочей группы"),
 ("Тукаева Резеда Маратовна", "директор МБУ ДО «Орешниковская ДЮСШ»", "член рабочей группы"),
 ("Ефремова-Лыкова Ольга Сергеевна", "педагог дополнительного образования МБОУ «Орешниковская СОШ № 1»", "член рабочей группы"),
 ("Вершинин Юрий Карлович", "главный бухгалтер МКУ «Централизованная бухгалтерия»", "член рабочей группы (по согласованию)"),
]
for k, (n, d, role) in enumerate(members, 1):
    r.append(row([cell(f"{k}.", g1[0], jc="center"), cell(n, g1[1]), cell(d, g1[2]), cell(role, g1[3])]))
B.append(table(g1, r))
# section break: portrait ends here
B.append(para("", sect=sectpr(False)))

# ---------- Appendix 2 (landscape) ----------
B.append(stamp(2))
B.append(para(run("ПЛАН МЕРОПРИЯТИЙ", b=True), jc="center"))
B.append(para(run("по внедрению социального сертификата и развитию дополнительного образования детей Орешниковского муниципального района на 2025 год", b=True), jc="center", after=240))
g2 = [800, 5000, 1500, 1500, 2400, 3370]
hdr = [
 row([cell("№ п/п", g2[0], vm="restart", b=True, jc="center"), cell("Наименование мероприятия", g2[1], vm="restart", b=True, jc="center"),
      cell("Срок исполнения", g2[2] + g2[3], span=2, b=True, jc="center"), cell("Ответственный", g2[4], vm="restart", b=True, jc="center"),
      cell("Ожидаемый результат", g2[5], vm="restart", b=True, jc="center")], header=True),
 row([cell("", g2[0], vm="cont"), cell("", g2[1], vm="cont"), cell("начало", g2[2], b=True, jc="center"), cell("окончание", g2[3], b=True, jc="center"),
      cell("", g2[4], vm="cont"), cell("", g2[5], vm="cont")], header=True),
 row([cell(str(k), g2[k - 1], jc="center", sz=20) for k in range(1, 7)], header=True),
]
def sec(t):
    return row([cell(t, sum(g2), span=6, b=True, shade=True)])
def pr(n, name, s, e, who, res):
    cells = [cell(n, g2[0], jc="center"), cell(name, g2[1])]
    if e is None:
        cells.append(cell(s, g2[2] + g2[3], span=2, jc="center"))
    else:
        cells += [cell(s, g2[2], jc="center"), cell(e, g2[3], jc="center")]
    cells += [cell(who, g2[4]), cell(res, g2[5])]
    return row(cells)
plan = [
 sec("1. Организационное и нормативное обеспечение"),
 pr("1.1", "Проведение заседаний рабочей группы", "февраль 2025 г.", "декабрь 2025 г.", "Дубровина С.Г.", "протоколы заседаний (не реже одного раза в квартал)"),
 pr("1.2", "Подготовка проекта изменений в постановление от 26.12.2024 № 1184-п в части нормативных затрат и номинала сертификата", "01.09.2025", "15.10.2025", "Сазонов П.И.,\nКедрова Н.П.", "проект постановления"),
 pr("1.3", "Формирование муниципального социального заказа на 2026 год", "IV квартал 2025 г.", None, "Лосев И.В.", "приказ управления образования"),
 sec("2. Программное обеспечение и качество программ"),
 pr("2.1", "Инвентаризация программ в Навигаторе", "03.03.2025", "31.03.2025", "Милованова И.О.", "в Навигаторе не менее 228 актуальных программ"),
 pr("2.2", "Разработка новых технических и естественнонаучных программ", "январь", "май 2025 г.", "руководители ОО", "не менее 7 новых программ"),
 pr("2.3", "Организация независимой оценки качества ДООП", "15.04.2025", "30.11.2025", "Гусляров А.В.", "НОК прошли 40 программ"),
 pr("2.4", "Разработка программ, адаптированных для детей с ОВЗ", "II квартал", "III квартал 2025 г.", "Тукаева Р.М.,\nЕфремова-Лыкова О.С.", "3 новые программы (всего 15)"),
 sec("3. Информационное сопровождение и работа с кадрами"),
 pr("3.1", "Кампания по записи детей в объединения «Выбирай своё!»", "01.09.2025", "30.09.2025", "Милованова И.О.", "охват не менее 80 % (5 790 детей 5–18 лет)"),
 pr("3.2", "Организация курсов повышения квалификации педагогов дополнительного образования", "в течение года", None, "Гусляров А.В.", "обучены 60 педагогов"),
 pr("3.3", "Реализация краткосрочных и летних программ", "02.06.2025", "29.08.2025", "руководители ОО", "не менее 25 летних программ"),
 pr("3.4", "Подготовка отчета о достижении целевых показателей", "12.01.2026", "20.01.2026", "Кедрова Н.П.", "аналитическая справка"),
]
B.append(table(g2, hdr + plan))

# ---------- Appendix 3 ----------
B.append(stamp(3))
B.append(para(run("ЦЕЛЕВЫЕ ПОКАЗАТЕЛИ", b=True), jc="center"))
B.append(para(run("развития дополнительного образования детей Орешниковского муниципального района", b=True), jc="center", after=240))
g3 = [800, 6970, 1500, 1500, 1400, 2400]
h3 = [
 row([cell("№ п/п", g3[0], vm="restart", b=True, jc="center"), cell("Наименование показателя", g3[1], vm="restart", b=True, jc="center"),
      cell("Ед. изм.", g3[2], vm="restart", b=True, jc="center"), cell("Значение показателя", g3[3] + g3[4] + g3[5], span=3, b=True, jc="center")], header=True),
 row([cell("", g3[0], vm="cont"), cell("", g3[1], vm="cont"), cell("", g3[2], vm="cont"),
      cell("2023 г. (факт)", g3[3], b=True, jc="center"), cell("2024 г. (факт)", g3[4], b=True, jc="center"), cell("2025 г. (план)", g3[5], b=True, jc="center")], header=True),
 row([cell(str(k), g3[k - 1], jc="center", sz=20) for k in range(1, 7)], header=True),
]
def ir(n, name, unit, a, b_, c, fn=None, bold=False):
    nm = [run(name, b=bold, sz=24)] + ([run("", fn=fn)] if fn else [])
    return row([cell(n, g3[0], jc="center"), cell([nm], g3[1]), cell(unit, g3[2], jc="center"),
                cell(a, g3[3], jc="center", b=bold), cell(b_, g3[4], jc="center", b=bold), cell(c, g3[5], jc="center", b=bold)])
ind = [
 ir("1", "Доля детей в возрасте от 5 до 18 лет, охваченных дополнительным образованием", "%", "77,8", "79,1", "80,0", fn=3),
 ir("", "численность детей, охваченных дополнительным образованием", "чел.", "5 604", "5 731", "5 790"),
 ir("2", "Доля детей, имеющих сертификат дополнительного образования", "%", "68,0", "71,3", "73,0"),
 ir("3", "Доля детей, использующих социальный сертификат (сертификат ПФДО)", "%", "14,2", "17,6", "20,0"),
 ir("4", "Количество программ, размещенных в Навигаторе, по направленностям:", "ед.", "", "", ""),
 ir("4.1", "техническая", "ед.", "31", "36", "40"),
 ir("4.2", "естественнонаучная", "ед.", "17", "21", "24"),
 ir("4.3", "художественная", "ед.", "66", "70", "72"),
 ir("4.4", "физкультурно-спортивная", "ед.", "39", "43", "46"),
 ir("4.5", "туристско-краеведческая", "ед.", "10", "13", "15"),
 ir("4.6", "социально-гуманитарная", "ед.", "40", "45", "48"),
 ir("", "Итого программ", "ед.", "203", "228", "245", bold=True),
 ir("5", "Программы в реестре сертифицированных программ", "ед.", "58", "71", "80"),
 ir("6", "Программы в реестре значимых программ", "ед.", "97", "110", "118"),
 ir("7", "Программы, прошедшие независимую оценку качества", "ед.", "22", "35", "40"),
 ir("8", "Программы, адаптированные для детей с ОВЗ", "ед.", "8", "12", "15"),
 ir("9", "Программы, реализуемые в сетевой форме", "ед.", "5", "9", "12"),
 ir("10", "Педагоги, прошедшие повышение квалификации", "чел.", "41", "56", "60"),
 ir("11", "Объем финансового обеспечения социальных сертификатов", "тыс. руб.", "8 412,1", "10 954,8", "15 131,6"),
]
B.append(table(g3, h3 + ind))
B.append(para("", after=360))
B.append(table([6000, 3000, 5570], [row([cell("Руководитель МОЦ", 6000, sz=28), cell("__________", 3000, jc="center", sz=28), cell("Н.П. Кедрова", 5570, sz=28)], cant=False)], borders=False))

body = "".join(B) + sectpr(True)
document = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>{body}</w:body></w:document>'

footnotes = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:footnotes {W}>
<w:footnote w:type="separator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>
<w:footnote w:type="continuationSeparator" w:id="1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>
<w:footnote w:id="2"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>{run(" Номинал социального сертификата на 2025 год установлен в размере 10 450 рублей постановлением администрации Орешниковского муниципального района от 20.12.2024 № 1162-п.", sz=20)}</w:p></w:footnote>
<w:footnote w:id="3"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>{run(" Рассчитывается по методике, утвержденной приказом Минпросвещения России от 15.04.2019 № 170; численность детей в возрасте 5–18 лет на 01.01.2025 – 7 245 человек.", sz=20)}</w:p></w:footnote>
</w:footnotes>'''

styles = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles {W}>
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="Times New Roman" w:cs="Times New Roman"/><w:sz w:val="28"/><w:szCs w:val="28"/><w:lang w:val="ru-RU" w:eastAsia="ru-RU" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>
<w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
<w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>
</w:styles>'''

settings = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:settings {W}><w:defaultTabStop w:val="708"/><w:characterSpacingControl w:val="doNotCompress"/>
<w:footnotePr><w:footnote w:id="0"/><w:footnote w:id="1"/></w:footnotePr><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>'''

ct = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
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
<dc:title></dc:title><dc:creator>user</dc:creator><cp:lastModifiedBy>Кедрова</cp:lastModifiedBy>
<dcterms:created xsi:type="dcterms:W3CDTF">2025-02-12T07:41:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2025-02-14T06:02:00Z</dcterms:modified>
</cp:coreProperties>'''
app = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Office Word</Application><AppVersion>16.0000</AppVersion></Properties>'''

with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("[Content_Types].xml", ct)
    z.writestr("_rels/.rels", rels)
    z.writestr("word/document.xml", document)
    z.writestr("word/_rels/document.xml.rels", docrels)
    z.writestr("word/styles.xml", styles)
    z.writestr("word/settings.xml", settings)
    z.writestr("word/footnotes.xml", footnotes)
    z.writestr("docProps/core.xml", core)
    z.writestr("docProps/app.xml", app)
print(OUT)
