# Assembles a WordprocessingML package by hand (zipfile + raw XML strings).
import zipfile, os
from xml.sax.saxutils import escape

OUT = "/work/main/corpus/heldout9/docs/polynevsky_2026_dorkarta.docx"
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'

def run(t, b=False, i=False, sz=None, fn=None):
    rpr = ""
    if b: rpr += "<w:b/>"
    if i: rpr += "<w:i/>"
    if sz: rpr += f'<w:sz w:val="{sz}"/><w:szCs w:val="{sz}"/>'
    rpr = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
    out = f'<w:r>{rpr}<w:t xml:space="preserve">{escape(t)}</w:t></w:r>'
    if fn:
        out += f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="{fn}"/></w:r>'
    return out

def para(parts, style=None, jc=None, num=None, spacing_after=None, ind_first=None, keep=False):
    ppr = ""
    if style: ppr += f'<w:pStyle w:val="{style}"/>'
    if keep: ppr += "<w:keepNext/>"
    if num: ppr += f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num}"/></w:numPr>'
    if spacing_after is not None: ppr += f'<w:spacing w:after="{spacing_after}"/>'
    if ind_first: ppr += f'<w:ind w:firstLine="{ind_first}"/>'
    if jc: ppr += f'<w:jc w:val="{jc}"/>'
    if isinstance(parts, str): parts = [run(parts)]
    return f'<w:p><w:pPr>{ppr}</w:pPr>{"".join(parts)}</w:p>'

def cell(content, w, span=1, vmerge=None, shade=None, jc=None, b=False, sz=20, raw=False):
    tcpr = f'<w:tcW w:w="{w}" w:type="dxa"/>'
    if span > 1: tcpr += f'<w:gridSpan w:val="{span}"/>'
    if vmerge == "restart": tcpr += '<w:vMerge w:val="restart"/>'
    elif vmerge == "cont": tcpr += '<w:vMerge/>'
    if shade: tcpr += f'<w:shd w:val="clear" w:color="auto" w:fill="{shade}"/>'
    tcpr += '<w:vAlign w:val="center"/>'
    if not raw:
        ps = "".join(para([run(line, b=b, sz=sz)], style="TableText", jc=jc) for line in content.split("\n"))
    else:
        ps = content
    return f"<w:tc><w:tcPr>{tcpr}</w:tcPr>{ps}</w:tc>"

def row(cells, header=False, cant_split=True):
    trpr = ""
    if header: trpr += "<w:tblHeader/>"
    if cant_split: trpr += "<w:cantSplit/>"
    return f'<w:tr><w:trPr>{trpr}</w:trPr>{"".join(cells)}</w:tr>'

def table(grid, rows, widths_total):
    borders = "".join(f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="000000"/>' for s in ("top","left","bottom","right","insideH","insideV"))
    g = "".join(f'<w:gridCol w:w="{x}"/>' for x in grid)
    return (f'<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="{widths_total}" w:type="dxa"/>'
            f'<w:tblBorders>{borders}</w:tblBorders><w:tblLayout w:type="fixed"/>'
            f'<w:tblCellMar><w:left w:w="57" w:type="dxa"/><w:right w:w="57" w:type="dxa"/></w:tblCellMar></w:tblPr>'
            f'<w:tblGrid>{g}</w:tblGrid>{"".join(rows)}</w:tbl>')

body = []
P = body.append

P(para([run("УПРАВЛЕНИЕ ОБРАЗОВАНИЯ АДМИНИСТРАЦИИ ПОЛЫНЁВСКОГО МУНИЦИПАЛЬНОГО ОКРУГА", b=True, sz=22)], jc="center", spacing_after=0))
P(para([run("Муниципальное бюджетное учреждение дополнительного образования «Центр детского творчества «Радуга»", sz=22)], jc="center", spacing_after=0))
P(para([run("Муниципальный опорный центр дополнительного образования детей", i=True, sz=22)], jc="center"))
P(para([run("ОТЧЁТ", b=True, sz=28)], jc="center", spacing_after=0))
P(para([run("о реализации плана мероприятий («дорожной карты») муниципального опорного центра дополнительного образования детей Полынёвского муниципального округа за 9 месяцев 2026 года", b=True)], jc="center"))
P(para([run("с. Полынёво"), "<w:r><w:tab/></w:r>", run("07 октября 2026 г.")], style="DateLine"))

P(para([run("План мероприятий («дорожная карта») муниципального опорного центра дополнительного образования детей (далее – МОЦ) на 2026 год утверждён приказом Управления образования администрации Полынёвского муниципального округа от 24.12.2025 № 412-од", fn=1),
        run(" и включает 34 мероприятия по трём разделам. По состоянию на 30 сентября 2026 года в полном объёме выполнено 21 мероприятие (61,8 %), 10 мероприятий находятся в стадии исполнения (срок не истёк), три мероприятия в установленный срок не выполнены. За аналогичный период 2025 года доля выполненных мероприятий составляла 55,2 % (16 из 29).")], ind_first=709, jc="both"))
P(para([run("Координацию деятельности МОЦ осуществляет заместитель начальника Управления образования Пермякова Ольга Сергеевна; руководство МОЦ возложено на заместителя директора МБУ ДО «ЦДТ «Радуга» Кондакову Веронику Павловну. Функции муниципального администратора Навигатора дополнительного образования детей исполняет методист Шестаков Илья Романович.")], ind_first=709, jc="both"))

P(para([run("1. Задачи МОЦ на 2026 год и ход их решения", b=True)], style="Heading2", keep=True))
tasks = [
    "Обеспечить охват детей в возрасте от 5 до 18 лет дополнительным образованием на уровне не ниже 81,5 %; на 01.10.2026 показатель составляет 80,9 % (4 127 детей из 5 101);",
    "Увеличить количество дополнительных общеразвивающих программ технической и естественнонаучной направленностей до 58; фактически реализуется 54 программы (на начало года – 47).",
    "Довести число сертифицированных программ, включённых в реестр программ для социального сертификата, до сорока; в реестре 37 программ.",
    "Организовать независимую оценку качества (НОК) дополнительных общеобразовательных программ в 12 организациях; НОК пройдена в восьми организациях, по 21 программе.",
    "Обеспечить повышение квалификации не менее 45 педагогов, реализующих дополнительные общеобразовательные программы.",
    "Расширить практику реализации программ в сетевой форме (не менее 14 сетевых программ к концу года).",
    "Обеспечить включение в систему дополнительного образования не менее 52 детей с ограниченными возможностями здоровья и детей-инвалидов; на отчётную дату обучаются 49 человек.",
]
for t in tasks:
    P(para([run(t)], num=1, jc="both"))

P(para([run("2. Количественные показатели по программам (план / факт)", b=True)], style="Heading2", keep=True))
P(para([run("Сведения о количестве дополнительных общеобразовательных программ, размещённых в Навигаторе, приведены ниже (единиц).")], ind_first=709))
g2 = [5200, 1400, 1700, 1400]
hdr = row([cell("Показатель", 5200, shade="E7E6E6", b=True, jc="center"), cell("План на 2026 г.", 1400, shade="E7E6E6", b=True, jc="center"),
           cell("Факт на 01.10.2026", 1700, shade="E7E6E6", b=True, jc="center"), cell("% выполнения", 1400, shade="E7E6E6", b=True, jc="center")], header=True)
data2 = [
    ("Всего программ в Навигаторе", "196", "188", "95,9"),
    ("в том числе технической направленности", "31", "29", "93,5"),
    ("естественнонаучной направленности", "27", "25", "92,6"),
    ("программ, реализуемых в сетевой форме", "14", "11", "78,6"),
    ("адаптированных программ для детей с ОВЗ", "16", "17", "106,3"),
    ("сертифицированных (социальный заказ)", "40", "37", "92,5"),
    ("прошедших независимую оценку качества", "28", "21", "75,0"),
]
rows2 = [hdr] + [row([cell(a, 5200), cell(b_, 1400, jc="center"), cell(c, 1700, jc="center"), cell(d, 1400, jc="center")]) for a, b_, c, d in data2]
P(table(g2, rows2, sum(g2)))
P(para([run("Общее число программ по сравнению с 1 января 2026 года (171 программа) увеличилось на 17 единиц. Доля программ технической и естественнонаучной направленностей выросла с 27,5 % до 28,7 %.")], ind_first=709, jc="both"))

P(para([run("3. Выполнение мероприятий «дорожной карты»", b=True)], style="Heading2", keep=True))
P(para([run("В таблице приведены 13 ключевых мероприятий из 34 со сроком исполнения в отчётном периоде; полный перечень содержится в приложении к приказу № 412-од.")], ind_first=709, jc="both"))
grid = [500, 3300, 1250, 1650, 1150, 2150]
def H(t, w, **kw): return cell(t, w, shade="D9E2F3", b=True, jc="center", **kw)
h1 = row([H("№ п/п", 500, vmerge="restart"), H("Мероприятие", 3300, vmerge="restart"), H("Срок", 1250, vmerge="restart"),
          H("Ответственный", 1650, vmerge="restart"), H("Отметка о выполнении", 3300, span=2)], header=True)
h2 = row([H("", 500, vmerge="cont"), H("", 3300, vmerge="cont"), H("", 1250, vmerge="cont"), H("", 1650, vmerge="cont"),
          H("статус", 1150), H("результат, подтверждающий документ", 2150)], header=True)
h3 = row([cell(str(i), w, jc="center", sz=16) for i, w in enumerate(grid, 1)], header=True)
def section(t): return row([cell(t, sum(grid), span=6, b=True, shade="F2F2F2")])
def fnp(text, fnid):
    return para([run(text, sz=20, fn=fnid)], style="TableText")
R = [h1, h2, h3]
R.append(section("1. Организационно-управленческое обеспечение"))
items = [
 ("1.1", "Актуализация положения о МОЦ и состава рабочей группы", "январь 2026", "Кондакова В.П.", "выполнено", "приказ УО от 19.01.2026 № 23-од; в составе рабочей группы 9 человек"),
 ("1.2", "Формирование муниципального социального заказа на оказание услуг по реализации дополнительных общеразвивающих программ на 2026 год", "до 15.02.2026", "Пермякова О.С., заместитель начальника УО", "выполнено", "постановление администрации округа от 09.02.2026 № 141; объём – 2 150 сертификатов на сумму 17 860,4 тыс. руб."),
 ("1.3", "Отбор исполнителей услуг в соответствии с социальным сертификатом", "март – апрель", "Шестаков И.Р.", "выполнено", "в реестр исполнителей включено 9 организаций, из них 2 негосударственные (АНО «Робостарт», ИП Лаптева Н.Г.)"),
 ("1.4", "Заседания муниципального координационного совета по развитию дополнительного образования (ежеквартально)", "I – IV кв.", "Гладышева Л.А., начальник УО", "частично", None),
]
for n, m, s, o, st, res in items:
    rescell = cell(res, 2150) if res else cell(fnp("проведено 2 из 3 заседаний (протоколы от 26.03.2026 № 1 и от 18.06.2026 № 2)", 2), 2150, raw=True)
    R.append(row([cell(n, 500, jc="center"), cell(m, 3300), cell(s, 1250, jc="center"), cell(o, 1650), cell(st, 1150, jc="center"), rescell]))
R.append(section("2. Методическое сопровождение"))
items = [
 ("2.1", "Экспертиза и методическое сопровождение разработки (обновления) дополнительных общеобразовательных программ", "в течение года", "Лукьянчикова Т.Е., методист МОЦ", "выполнено", "рассмотрено 46 программ: 39 рекомендованы к реализации, 7 возвращены на доработку"),
 ("2.2", "Курсы повышения квалификации педагогов дополнительного образования (план – 45 чел.)", "апрель – ноябрь", "Лукьянчикова Т.Е.", "в работе", "обучен 31 педагог (68,9 % от плана), из них 12 – по программе «Проектирование модульных программ»"),
 ("2.3", "Муниципальный конкурс профессионального мастерства «Сердце отдаю детям»", "март 2026", "Сазонова Д.М., методист", "выполнено", "14 участников; победитель – К.А. Ерофеева, МБОУ «Полынёвская СОШ № 2»"),
 ("2.4", "Семинар-практикум для школьных координаторов «Сетевая форма реализации программ»", "май 2026", "Кондакова В.П.", "выполнено", "27 участников из 15 образовательных организаций"),
 ("2.5", "Разработка и запуск новых сетевых программ совместно с организациями-партнёрами (план – 3 программы)", "до 01.09.2026", "руководители ОО", "не выполнено", None),
]
for n, m, s, o, st, res in items:
    rescell = cell(res, 2150) if res else cell(fnp("заключён 1 договор о сетевой форме; 2 программы на согласовании", 3), 2150, raw=True)
    R.append(row([cell(n, 500, jc="center"), cell(m, 3300), cell(s, 1250, jc="center"), cell(o, 1650), cell(st, 1150, jc="center"), rescell]))
R.append(section("3. Информационное сопровождение и мониторинг"))
items = [
 ("3.1", "Наполнение и модерация Навигатора дополнительного образования детей", "постоянно", "Шестаков И.Р., муниципальный администратор", "выполнено", "опубликовано 188 программ; при модерации отклонено 12 карточек"),
 ("3.2", "Ежеквартальный мониторинг охвата детей дополнительным образованием", "до 5 числа месяца, следующего за кварталом", "Шестаков И.Р.", "выполнено", None),
 ("3.3", "Организация независимой оценки качества образовательной деятельности по дополнительным программам", "II – III кв.", "Пермякова О.С.", "в работе", "НОК пройдена в 8 из 12 организаций"),
 ("3.4", "Публикации о системе дополнительного образования на сайте МОЦ и в СМИ (план – 40 материалов)", "в течение года", "Сазонова Д.М.", "выполнено", "размещено 46 материалов, в том числе 5 – в газете «Полынёвский вестник»"),
]
for n, m, s, o, st, res in items:
    rescell = cell(res, 2150) if res else cell(fnp("охват на 01.10.2026 – 80,9 %", 4), 2150, raw=True)
    R.append(row([cell(n, 500, jc="center"), cell(m, 3300), cell(s, 1250, jc="center"), cell(o, 1650), cell(st, 1150, jc="center"), rescell]))
P(table(grid, R, sum(grid)))

P(para([run("4. Выводы и предложения", b=True)], style="Heading2", keep=True))
P(para([run("Отставание по показателю охвата составляет 0,6 процентного пункта (около 30 детей). Для его устранения в IV квартале планируется открыть 4 новые группы на базе МБОУ «Кочкарёвская ООШ» и МБОУ «Ситниковская СОШ», а также дополнительно выдать не менее 120 социальных сертификатов. Невыполненные мероприятия 1.4 и 2.5 перенесены на IV квартал 2026 года с сохранением ответственных исполнителей.")], ind_first=709, jc="both"))

sig = [
 ("Руководитель МОЦ,\nзаместитель директора МБУ ДО «ЦДТ «Радуга»", "В.П. Кондакова"),
 ("СОГЛАСОВАНО:\nзаместитель начальника Управления образования\nадминистрации Полынёвского муниципального округа", "О.С. Пермякова"),
]
sg = [5200, 2000, 2600]
sgrid = "".join('<w:gridCol w:w="%d"/>' % x for x in sg)
srows = []
for l, n in sig:
    srows.append(f'<w:tr>{cell(l, 5200, sz=22)}{cell("_______________", 2000, jc="center", sz=22)}{cell(n, 2600, jc="right", sz=22)}</w:tr>')
P(f'<w:tbl><w:tblPr><w:tblW w:w="9800" w:type="dxa"/><w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>{sgrid}</w:tblGrid>{"".join(srows)}</w:tbl>')
P(para([run("")]))
P(para([run("Исп.: Шестаков Илья Романович, методист, муниципальный администратор", sz=18)], spacing_after=0))
P(para([run("тел. 8 (34762) 2-15-63, moc.radugapol@mail.example", sz=18)]))

sect = ('<w:sectPr><w:footnotePr><w:numFmt w:val="decimal"/></w:footnotePr><w:pgSz w:w="11906" w:h="16838"/>'
        '<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1418" w:header="709" w:footer="709" w:gutter="0"/></w:sectPr>')
document = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>{"".join(body)}{sect}</w:body></w:document>'

fns = {
 1: "В редакции приказа Управления образования от 14.05.2026 № 168-од «О внесении изменений в план мероприятий («дорожную карту») МОЦ на 2026 год»; изменениями добавлены пять мероприятий.",
 2: "Заседание III квартала перенесено на 08.10.2026 в связи с совпадением даты с проведением единого дня голосования.",
 3: "Партнёр – ГАПОУ «Полынёвский аграрный техникум» – не завершил переоформление лицензии на дополнительное образование детей и взрослых; срок исполнения перенесён на 01.12.2026.",
 4: "Численность детей в возрасте от 5 до 18 лет (5 101 чел.) принята по данным Росстата на 01.01.2026; учитываются уникальные обучающиеся по данным Навигатора. На 01.10.2025 охват составлял 79,4 %.",
}
fnx = ['<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>',
       '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>']
for k, v in fns.items():
    fnx.append(f'<w:footnote w:id="{k}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {escape(v)}</w:t></w:r></w:p></w:footnote>')
footnotes = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {W}>{"".join(fnx)}</w:footnotes>'

styles = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles {W}>
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman"/><w:sz w:val="24"/><w:szCs w:val="24"/><w:lang w:val="ru-RU"/></w:rPr></w:rPrDefault>
<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="26"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="TableText"><w:name w:val="Table Text"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="0"/></w:pPr><w:rPr><w:sz w:val="20"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="DateLine"><w:name w:val="Date Line"/><w:basedOn w:val="Normal"/><w:pPr><w:tabs><w:tab w:val="right" w:pos="9638"/></w:tabs><w:spacing w:after="240"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:pPr><w:ind w:left="720"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="0"/><w:jc w:val="both"/></w:pPr><w:rPr><w:sz w:val="18"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>
<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>
</w:styles>'''

numbering = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering {W}>
<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="singleLevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1)"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="709" w:hanging="425"/></w:pPr></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
</w:numbering>'''

settings = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:settings {W}><w:defaultTabStop w:val="709"/><w:characterSpacingControl w:val="doNotCompress"/>
<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>'''

ctypes = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>
<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>
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
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>
<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>
</Relationships>'''
core = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<dc:title>Отчёт о реализации дорожной карты МОЦ за 9 месяцев 2026 года</dc:title><dc:creator>Шестаков И.Р.</dc:creator><cp:lastModifiedBy>Кондакова В.П.</cp:lastModifiedBy>
<dcterms:created xsi:type="dcterms:W3CDTF">2026-10-05T08:12:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2026-10-07T06:40:00Z</dcterms:modified></cp:coreProperties>'''
app = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Office Word</Application></Properties>'''

with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("[Content_Types].xml", ctypes)
    z.writestr("_rels/.rels", rels)
    z.writestr("word/document.xml", document)
    z.writestr("word/_rels/document.xml.rels", docrels)
    z.writestr("word/styles.xml", styles)
    z.writestr("word/numbering.xml", numbering)
    z.writestr("word/settings.xml", settings)
    z.writestr("word/footnotes.xml", footnotes)
    z.writestr("docProps/core.xml", core)
    z.writestr("docProps/app.xml", app)
print("ok", OUT)
