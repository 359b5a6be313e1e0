# Writes Shmelevsky_2026_plan.fodt (flat ODT, XML text only); then soffice converts it to Word 97 .doc
from xml.sax.saxutils import escape as esc

OUT = "/work/main/corpus/heldout19/src/writer-k/Shmelevsky_2026_plan.fodt"

def P(text, style="Body"):
    return f'<text:p text:style-name="{style}">{esc(text)}</text:p>'

def Pr(parts, style="Body"):
    # parts: list of (text, span_style or None)
    out = ""
    for t, s in parts:
        out += f'<text:span text:style-name="{s}">{esc(t)}</text:span>' if s else esc(t)
    return f'<text:p text:style-name="{style}">{out}</text:p>'

def cell(text, cs="Cell", ps="TCell", span=1):
    a = f' table:number-columns-spanned="{span}"' if span > 1 else ""
    paras = text if isinstance(text, list) else [text]
    inner = "".join(P(t, ps) for t in paras)
    c = f'<table:table-cell table:style-name="{cs}" office:value-type="string"{a}>{inner}</table:table-cell>'
    c += '<table:covered-table-cell/>' * (span - 1)
    return c

def row(cells):
    return "<table:table-row>" + "".join(cells) + "</table:table-row>"

body = []
# ---- approval block as a two-column borderless table ----
body.append('<table:table table:name="Stamp" table:style-name="StampT">'
            '<table:table-column table:style-name="StampC" table:number-columns-repeated="2"/>')
body.append(row([
    cell(["СОГЛАСОВАНО", "Начальник отдела образования", "администрации Шмелевского", "муниципального района",
          "____________ И.В. Мещеряков", "«___» ____________ 2025 г."], "NoBorder", "TLeft"),
    cell(["УТВЕРЖДАЮ", "Директор МБУ ДО «Шмелевский районный", "центр детского творчества «Созвездие»",
          "____________ Г.Ф. Рябинина", "Приказ от 24.12.2025 № 301-о"], "NoBorder", "TLeft"),
]))
body.append("</table:table>")
body.append(P("", "Body"))
body.append(P("ПЛАН РАБОТЫ", "Title"))
body.append(P("муниципального опорного центра дополнительного образования детей", "Subtitle"))
body.append(P("Шмелевского муниципального района на 2026 год", "Subtitle"))

body.append(P("1. Общие положения", "H1"))
body.append(P("Муниципальный опорный центр дополнительного образования детей (МОЦ) действует на базе МБУ ДО "
              "«Шмелевский районный центр детского творчества «Созвездие» в соответствии с приказом отдела "
              "образования администрации Шмелевского муниципального района от 30.01.2020 № 17 «О создании МОЦ». "
              "План составлен с учётом муниципальной программы «Развитие образования Шмелевского муниципального "
              "района» на 2026–2030 годы (постановление администрации района от 11.11.2025 № 842) и итогов "
              "работы центра за 2025 год.", "BodyInd"))
body.append(P("Руководитель МОЦ – Баринова Светлана Эдуардовна; методисты – Лучкин П. А., Ковтун Т. В.; "
              "муниципальный администратор Навигатора – Ахмедова Зарина Рустамовна.", "BodyInd"))

body.append(P("2. Цель и задачи", "H1"))
body.append(Pr([("Цель: ", "Bold"), ("создание в районе условий, при которых не менее 79 % детей "
                "в возрасте от 5 до 18 лет занимаются по востребованным и качественным дополнительным "
                "общеразвивающим программам.", None)], "BodyInd"))
body.append(P("Задачи на 2026 год:", "BodyInd"))
for t in ["а) поддерживать актуальность муниципального сегмента Навигатора и реестров программ;",
          "б) увеличить число сертифицированных программ и детей, обучающихся по сертификатам;",
          "в) расширить сетевое взаимодействие школ, центров «Точка роста» и учреждений культуры;",
          "г) обеспечить экспертизу программ и их подготовку к независимой оценке качества;",
          "д) развивать кадровый потенциал: повышение квалификации, наставничество, конкурсы;",
          "е) выявлять и сопровождать детей, проявивших выдающиеся способности."]:
    body.append(P(t, "ListA"))

body.append(P("3. План мероприятий", "H1"))

W = ["0.9cm", "6.2cm", "3.3cm", "3.6cm", "3.5cm"]
tbl = ['<table:table table:name="Plan" table:style-name="PlanT">']
for i, w in enumerate(W):
    tbl.append(f'<table:table-column table:style-name="PlanC{i}"/>')
tbl.append("<table:table-header-rows>")
tbl.append(row([cell(x, "HCell", "THead") for x in
                ["№ п/п", "Мероприятие", "Срок", "Ответственный", "Ожидаемый результат"]]))
tbl.append(row([cell(str(i), "HCell", "TNum") for i in range(1, 6)]))
tbl.append("</table:table-header-rows>")

sections = [
 ("I. Организационно-управленческая деятельность", [
  ("1.1", "Подготовка и направление в РМЦ отчёта о деятельности МОЦ за 2025 год", "до 20.01.2026",
   "Лучкин П.А.", "отчёт и мониторинговая таблица сданы в срок"),
  ("1.2", "Совещания с ответственными за дополнительное образование в 16 общеобразовательных организациях",
   "ежеквартально", "руководитель МОЦ Баринова С.Э.", "4 совещания, не менее 30 участников каждое"),
  ("1.3", "Мониторинг охвата детей 5–18 лет по данным Навигатора", "ежемесячно, до 5-го числа",
   "З.Р. Ахмедова", "охват на конец года – 79,0 %"),
 ]),
 ("II. Навигатор и персонифицированное финансирование", [
  ("2.1", "Модерация и актуализация карточек программ, расписаний и групп", "в течение года",
   "Ахмедова З.Р., муниципальный администратор", "100 % программ с действующим расписанием"),
  ("2.2", "Консультирование родителей по получению и использованию сертификата", "25.08 – 30.09.2026",
   "методисты МОЦ", "не менее 600 консультаций"),
  ("2.3", "Расчёт номинала сертификата и подготовка проекта программы ПФДО на 2027 год",
   "октябрь – ноябрь", "Ахмедова З.Р., Фомичёва Н.К. (главный бухгалтер)", "проект постановления администрации района"),
 ]),
 ("III. Обновление содержания и форм программ", [
  ("3.1", "Муниципальная экспертиза дополнительных общеразвивающих программ",
   ["I этап: 2–27 марта;", "II этап: 5–30 октября"], "Ковтун Т.В.", "рассмотрено не менее 40 программ"),
  ("3.2", "Подготовка программ к независимой оценке качества", "апрель – июнь 2026 г.",
   "Т. В. Ковтун, П. А. Лучкин", "НОК пройдут 15 программ"),
  ("3.3", "Разработка сетевых программ с центрами «Точка роста» трёх сёл", "февраль – август",
   "Лучкин П.А.", "пять новых сетевых программ"),
  ("3.4", "Краткосрочные программы для летних лагерей и площадок", "до 15 мая",
   "руководители ОО", "не менее 20 программ в Навигаторе"),
  ("3.5", "Семинар-практикум по адаптированным программам для детей с ОВЗ (совместно с ППМС-центром)",
   "17 апреля", "Ковтун Т.В.", "3 новые адаптированные программы"),
 ]),
 ("IV. Кадровое и методическое сопровождение", [
  ("4.1", "Цикл семинаров «Современное занятие в дополнительном образовании»", "1 раз в квартал",
   "Лучкин П.А.", "4 семинара, 120 слушателей"),
  ("4.2", "Формирование заявки на курсы повышения квалификации", "февраль",
   "Лучкин П.А.", "обучение 55 педагогов"),
  ("4.3", "Муниципальный конкурс профессионального мастерства «Сердце отдаю детям»",
   "9–20 ноября 2026 г.", "Баринова С.Э.", "не менее 10 конкурсантов"),
  ("4.4", "Школа молодого педагога (наставничество)", "сентябрь – декабрь",
   "Ковтун Т.В.", "14 наставнических пар"),
 ]),
 ("V. Мероприятия для детей", [
  ("5.1", "Районный фестиваль технического творчества «ТехноСтарт»", "16 апреля",
   "Горячев Е.Н., педагог-организатор", "180 участников из 12 ОО"),
  ("5.2", "Профильная смена «Шаг в науку»", "1–14 июля", "Баринова С.Э., Горячев Е.Н.", "60 детей"),
  ("5.3", "Обновление муниципальной базы детей с выдающимися способностями", "декабрь",
   "Ахмедова З.Р.", "база передана в региональный центр"),
 ]),
]
for title, items in sections:
    tbl.append(row([cell(title, "SecCell", "TSec", span=5)]))
    for it in items:
        tbl.append(row([cell(it[0], "Cell", "TCenter"), cell(it[1]), cell(it[2], "Cell", "TCenter"),
                        cell(it[3]), cell(it[4])]))
tbl.append("</table:table>")
body.extend(tbl)

body.append(P("4. Целевые показатели на 2026 год", "H1"))
W2 = ["7.2cm", "2.9cm", "2.6cm", "2.6cm", "2.2cm"]
t2 = ['<table:table table:name="Targets" table:style-name="PlanT">']
for i, w in enumerate(W2):
    t2.append(f'<table:table-column table:style-name="TgC{i}"/>')
t2.append("<table:table-header-rows>")
t2.append(row([cell(x, "HCell", "THead") for x in
               ["Наименование показателя", "Единица измерения", "Факт 2025", "План 2026", "Прирост"]]))
t2.append("</table:table-header-rows>")
targets = [
 ("Доля детей 5–18 лет, охваченных дополнительным образованием", "процентов (человек)", "77,9 (4 318)", "79,0 (4 380)", "+1,1 п.п."),
 ("Доля детей, имеющих сертификат дополнительного образования", "%", "71,4", "73,0", "+1,6 п.п."),
 ("Численность детей, обучающихся по сертификатам ПФДО", "чел.", "936", "1 000", "+64"),
 ("Программы, опубликованные в Навигаторе, всего", "ед.", "118", "130", "+12"),
 ("   в том числе сетевые", "ед.", "6", "11", "+5"),
 ("   дистанционные", "ед.", "4", "6", "+2"),
 ("   адаптированные для детей с ОВЗ", "ед.", "7", "10", "+3"),
 ("   новые", "ед.", "15", "не менее 20", "–"),
 ("Программы, прошедшие НОК (нарастающим итогом)", "ед.", "21", "36", "+15"),
 ("Доля педагогов, прошедших КПК за последние 3 года", "%", "64", "75", "+11 п.п."),
 ("Мероприятия МОЦ для педагогов и детей", "ед.", "28", "32", "+4"),
]
for r in targets:
    t2.append(row([cell(r[0])] + [cell(x, "Cell", "TCenter") for x in r[1:]]))
t2.append("</table:table>")
body.extend(t2)
body.append(P("Примечание: численность детей 5–18 лет на 01.01.2025 – 5 543 человека; плановые значения "
              "рассчитаны от неё же.", "Small"))

body.append(P("5. Перспективы", "H1"))
body.append(P("В 2027 году МОЦ предполагает выйти на охват 80 % и довести число сертифицированных программ "
              "до пятидесяти (сейчас – 38). Рассматривается создание мобильного технопарка для малокомплектных "
              "школ и перевод не менее трети программ на разноуровневый формат.", "BodyInd"))
body.append(P("", "Body"))
body.append(P("Руководитель МОЦ\t____________\tС.Э. Баринова", "Sign"))

FODT = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
 <office:meta><dc:title>План работы МОЦ на 2026 год</dc:title><meta:initial-creator>Лучкин</meta:initial-creator></office:meta>
 <office:font-face-decls>
  <style:font-face style:name="Times New Roman" svg:font-family="'Times New Roman'" style:font-family-generic="roman"/>
 </office:font-face-decls>
 <office:styles>
  <style:default-style style:family="paragraph">
   <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0cm"/>
   <style:text-properties style:font-name="Times New Roman" fo:font-size="12pt" fo:language="ru" fo:country="RU"/>
  </style:default-style>
  <style:style style:name="Standard" style:family="paragraph"/>
  <style:style style:name="Body" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:text-align="justify" fo:margin-bottom="0.1cm"/></style:style>
  <style:style style:name="BodyInd" style:family="paragraph" style:parent-style-name="Body">
   <style:paragraph-properties fo:text-indent="1.25cm"/></style:style>
  <style:style style:name="ListA" style:family="paragraph" style:parent-style-name="Body">
   <style:paragraph-properties fo:margin-left="1.25cm"/></style:style>
  <style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:text-align="center" fo:margin-top="0.3cm"/>
   <style:text-properties fo:font-size="15pt" fo:font-weight="bold" fo:letter-spacing="0.1cm"/></style:style>
  <style:style style:name="Subtitle" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-weight="bold"/></style:style>
  <style:style style:name="H1" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="1">
   <style:paragraph-properties fo:margin-top="0.35cm" fo:margin-bottom="0.15cm" fo:keep-with-next="always"/>
   <style:text-properties fo:font-weight="bold"/></style:style>
  <style:style style:name="TCell" style:family="paragraph" style:parent-style-name="Standard">
   <style:text-properties fo:font-size="10.5pt"/></style:style>
  <style:style style:name="TLeft" style:family="paragraph" style:parent-style-name="Standard"/>
  <style:style style:name="TCenter" style:family="paragraph" style:parent-style-name="TCell">
   <style:paragraph-properties fo:text-align="center"/></style:style>
  <style:style style:name="THead" style:family="paragraph" style:parent-style-name="TCell">
   <style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-weight="bold"/></style:style>
  <style:style style:name="TNum" style:family="paragraph" style:parent-style-name="TCell">
   <style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="8pt" fo:font-style="italic"/></style:style>
  <style:style style:name="TSec" style:family="paragraph" style:parent-style-name="TCell">
   <style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-weight="bold" fo:font-style="italic"/></style:style>
  <style:style style:name="Small" style:family="paragraph" style:parent-style-name="Body">
   <style:paragraph-properties fo:margin-top="0.1cm"/><style:text-properties fo:font-size="10pt" fo:font-style="italic"/></style:style>
  <style:style style:name="Sign" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties><style:tab-stops><style:tab-stop style:position="8cm"/><style:tab-stop style:position="16.5cm" style:type="right"/></style:tab-stops></style:paragraph-properties></style:style>
  <style:style style:name="Bold" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
 </office:styles>
 <office:automatic-styles>
  <style:style style:name="StampT" style:family="table"><style:table-properties style:width="17.5cm" table:align="left"/></style:style>
  <style:style style:name="StampC" style:family="table-column"><style:table-column-properties style:column-width="8.75cm"/></style:style>
  <style:style style:name="PlanT" style:family="table"><style:table-properties style:width="17.5cm" table:align="left" fo:margin-top="0.1cm"/></style:style>
  {"".join(f'<style:style style:name="PlanC{i}" style:family="table-column"><style:table-column-properties style:column-width="{w}"/></style:style>' for i, w in enumerate(W))}
  {"".join(f'<style:style style:name="TgC{i}" style:family="table-column"><style:table-column-properties style:column-width="{w}"/></style:style>' for i, w in enumerate(W2))}
  <style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:padding="0.07cm" fo:border="0.5pt solid #000000"/></style:style>
  <style:style style:name="HCell" style:family="table-cell"><style:table-cell-properties fo:padding="0.07cm" fo:border="0.5pt solid #000000" fo:background-color="#e7e6e6" style:vertical-align="middle"/></style:style>
  <style:style style:name="SecCell" style:family="table-cell"><style:table-cell-properties fo:padding="0.07cm" fo:border="0.5pt solid #000000" fo:background-color="#f2f2f2"/></style:style>
  <style:style style:name="NoBorder" style:family="table-cell"><style:table-cell-properties fo:padding="0.05cm" fo:border="none"/></style:style>
 </office:automatic-styles>
 <office:master-styles>
  <style:master-page style:name="Standard" style:page-layout-name="pm1"/>
 </office:master-styles>
 <office:body><office:text>
{chr(10).join(body)}
 </office:text></office:body>
</office:document>
'''
# page layout must live in automatic-styles; insert it
FODT = FODT.replace("<office:automatic-styles>",
    '<office:automatic-styles>\n  <style:page-layout style:name="pm1"><style:page-layout-properties '
    'fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2cm" fo:margin-bottom="2cm" '
    'fo:margin-left="2.5cm" fo:margin-right="1cm"/></style:page-layout>', 1)
open(OUT, "w", encoding="utf-8").write(FODT)
print("wrote", OUT)
