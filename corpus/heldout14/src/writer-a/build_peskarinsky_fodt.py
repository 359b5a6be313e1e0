# Writes Peskarinsky_2025_prikaz.fodt (flat ODF); converted to PDF with soffice headless (see build.sh).
from xml.sax.saxutils import escape as e
OUT = "/work/main/corpus/heldout14/src/writer-a/Peskarinsky_2025_prikaz.fodt"

def p(text, style="Body"):
    return f'<text:p text:style-name="{style}">{e(text)}</text:p>'

def c(text, style="CellC", cs=1, rs=1, cell="Cell"):
    a = f' table:number-columns-spanned="{cs}"' if cs > 1 else ""
    a += f' table:number-rows-spanned="{rs}"' if rs > 1 else ""
    return f'<table:table-cell table:style-name="{cell}" office:value-type="string"{a}>{p(text, style)}</table:table-cell>'

COV = '<table:covered-table-cell/>'

body = []
A = body.append
A(p("УПРАВЛЕНИЕ ОБРАЗОВАНИЯ", "HeadC"))
A(p("АДМИНИСТРАЦИИ ПЕСКАРИНСКОГО МУНИЦИПАЛЬНОГО РАЙОНА", "HeadC"))
A(p("", "Body0"))
A(p("П Р И К А З", "TitleC"))
A(p("", "Body0"))
# date / number line as a borderless table (common in real orders)
A('<table:table table:name="Rekv" table:style-name="TRekv"><table:table-column table:style-name="RekvA"/><table:table-column table:style-name="RekvB"/><table:table-column table:style-name="RekvC"/>'
  '<table:table-row>' + c("17.01.2025", "CellL", cell="NoB") + c("пгт Пескарино", "CellC", cell="NoB") + c("№ 23-од", "CellR", cell="NoB") + '</table:table-row></table:table>')
A(p("", "Body0"))
A(p("Об утверждении плана работы муниципального опорного центра дополнительного образования детей на 2025 год", "Subj"))
A(p("", "Body0"))
A(p("В соответствии с Федеральным законом от 29.12.2012 № 273-ФЗ «Об образовании в Российской Федерации», постановлением администрации Пескаринского муниципального района от 05.09.2019 № 1147-п «О создании муниципального опорного центра дополнительного образования детей» (с изменениями, внесенными постановлением от 11.02.2022 № 139-п), в целях достижения показателей муниципальной программы «Развитие образования Пескаринского муниципального района» на 2021–2027 годы, утвержденной постановлением от 30.11.2020 N 1402-п,"))
A(p("ПРИКАЗЫВАЮ:", "Body0b"))
for t in [
    "1. Утвердить план работы муниципального опорного центра дополнительного образования детей (далее – МОЦ) на 2025 год (приложение).",
    "2. Руководителю МОЦ Сазоновой Татьяне Михайловне обеспечить выполнение плана и ежеквартально, до 10 числа месяца, следующего за отчетным кварталом, представлять информацию о ходе его реализации.",
    "3. Руководителям образовательных организаций обеспечить в 2025 году достижение следующих показателей:",
    "3.1. охват детей в возрасте от 5 до 18 лет дополнительным образованием – не менее 81,2 % (4 870 детей из 5 997);",
    "3.2. доля детей, получивших сертификат дополнительного образования, – не менее 35 % (в 2024 году – 31,6 %);",
    "3.3. размещение в Навигаторе не менее 12 новых программ, в том числе четырех – технической направленности.",
    "4. Муниципальному администратору Навигатора Лыковой Д.С. в срок до 1 марта 2025 г. провести сверку сведений о детях, зачисленных на обучение по сертификатам.",
    "5. Финансирование мероприятий плана осуществлять в пределах средств, предусмотренных на 2025 год (1 286,5 тыс. руб.).",
    "6. Признать утратившим силу приказ Управления образования от 22.01.2024 № 31-од «Об утверждении плана работы МОЦ на 2024 год».",
    "7. Контроль за исполнением приказа возложить на заместителя начальника Управления образования О.Н. Кирееву.",
]:
    A(p(t))
A(p("", "Body0")); A(p("", "Body0"))
A('<table:table table:name="Sign" table:style-name="TSign"><table:table-column table:style-name="SignA"/><table:table-column table:style-name="SignB"/><table:table-column table:style-name="SignC"/>'
  '<table:table-row>' + c("Начальник Управления образования", "CellL", cell="NoB") + c("", "CellC", cell="NoB") + c("А.В. МЕЛЬЧАКОВ", "CellR", cell="NoB") + '</table:table-row></table:table>')
A(p("", "Body0")); A(p("", "Body0"))
A(p("Исп.: Сазонова Т.М., руководитель МОЦ", "Small"))
A(p("8 (00000) 4-11-96", "Small"))

# Appendix on a new page
A(p("Приложение", "RightBreak"))
A(p("к приказу Управления образования", "Right"))
A(p("от 17.01.2025 № 23-од", "Right"))
A(p("", "Body0"))
A(p("ПЛАН РАБОТЫ МУНИЦИПАЛЬНОГО ОПОРНОГО ЦЕНТРА ДОПОЛНИТЕЛЬНОГО ОБРАЗОВАНИЯ ДЕТЕЙ ПЕСКАРИНСКОГО МУНИЦИПАЛЬНОГО РАЙОНА НА 2025 ГОД", "TitleS"))
A(p("", "Body0"))

plan = [
    ("1. Организационно-управленческая деятельность",),
    ("1.1.", "Совещание с координаторами образовательных организаций «Итоги 2024 года и задачи на 2025 год»", "28.01.2025", "28.01.2025", "Сазонова Т.М.", "протокол; участие 19 координаторов"),
    ("1.2.", "Подготовка отчета МОЦ за 2024 год для регионального модельного центра", "15.01.2025", "31.01.2025", "Сазонова Т.М., Бурцев К.А.", "отчет направлен в РМЦ"),
    ("1.3.", "Корректировка муниципальных показателей охвата по образовательным организациям", "февраль", "март", "Киреева О.Н.", "приказ о внесении изменений"),
    ("1.4.", "Заседания муниципального экспертного совета по дополнительным общеобразовательным программам", "апрель", "май", "Бурцев К.А., методист", "экспертиза не менее 25 программ"),
    ("1.5.", "Формирование реестров сертифицированных и социально значимых программ на 2025/2026 учебный год", "02.06.2025", "15.08.2025", "Лыкова Д.С.", "реестры утверждены приказом"),
    ("2. Методическое сопровождение педагогов",),
    ("2.1.", "Семинар «Разработка разноуровневых программ»", "I квартал", "I квартал", "Бурцев К.А.", "не менее 40 педагогов"),
    ("2.2.", "Курсы повышения квалификации «Дистанционные технологии в дополнительном образовании» (36 ч)", "март", "апрель", "Сазонова Т.М.", "обучены 25 педагогов"),
    ("2.3.", "Консультации по размещению программ в Навигаторе", "январь", "декабрь", "Лыкова Д.С.", "не менее 60 консультаций"),
    ("2.4.", "Конкурс методических разработок «Педагогический поиск»", "10.02.2025", "14.03.2025", "Бурцев К.А.", "не менее 15 работ"),
    ("2.5.", "Школа молодого педагога дополнительного образования", "в течение года", "", "Гладких Е.П., педагог-наставник", "9 занятий, 12 слушателей"),
    ("2.6.", "Стажировка педагогов сельских школ по реализации сетевых программ", "октябрь", "ноябрь", "Сазонова Т.М.", "запущены 4 сетевые программы"),
    ("3. Мероприятия с детьми",),
    ("3.1.", "Муниципальный фестиваль робототехники «ПескариТех»", "17.03.2025", "21.03.2025", "Бурцев К.А.", "не менее 150 участников"),
    ("3.2.", "Экологическая конференция школьников «Живая река»", "22.04.2025", "22.04.2025", "Гладких Е.П.", "60 участников"),
    ("3.3.", "Летняя профильная смена «Юный краевед» (2 краткосрочные программы)", "02.06.2025", "22.06.2025", "Сазонова Т.М.", "охват 45 детей"),
    ("3.4.", "Туристский слет обучающихся", "сентябрь", "сентябрь", "Гладких Е.П.", "8 команд"),
    ("3.5.", "Новогодний марафон творческих объединений", "15.12.2025", "26.12.2025", "координаторы ОО", "не менее 300 участников"),
    ("4. Информационное сопровождение",),
    ("4.1.", "Ведение раздела МОЦ на сайте Управления образования", "январь", "декабрь", "Лыкова Д.С.", "не менее 48 публикаций"),
    ("4.2.", "Кампания по записи детей на программы 2025/2026 учебного года", "15.08.2025", "30.09.2025", "Лыкова Д.С., координаторы ОО", "не менее 600 новых заявок"),
    ("5. Мониторинг и анализ",),
    ("5.1.", "Мониторинг охвата детей 5–18 лет дополнительным образованием", "ежеквартально", "", "Сазонова Т.М.", "справки"),
    ("5.2.", "Мониторинг использования сертификатов дополнительного образования", "июль", "август", "Лыкова Д.С.", "аналитическая справка"),
    ("5.3.", "Анкетирование родителей по удовлетворенности качеством программ", "ноябрь", "ноябрь", "Бурцев К.А.", "не менее 500 анкет"),
    ("5.4.", "Анализ деятельности МОЦ за 2025 год", "01.12.2025", "20.01.2026", "Сазонова Т.М.", "анализ представлен в Управление"),
]
cols = "".join(f'<table:table-column table:style-name="P{i}"/>' for i in range(6))
rows = []
rows.append('<table:table-row>' + c("№ п/п", "CellCB", rs=2) + c("Мероприятие", "CellCB", rs=2) + c("Срок", "CellCB", cs=2) + COV
            + c("Ответственный", "CellCB", rs=2) + c("Ожидаемый результат", "CellCB", rs=2) + '</table:table-row>')
rows.append('<table:table-row>' + COV + COV + c("начало", "CellCB") + c("окончание", "CellCB") + COV + COV + '</table:table-row>')
rows.append('<table:table-row>' + "".join(c(str(i), "CellCs") for i in range(1, 7)) + '</table:table-row>')
hdr = '<table:table-header-rows>' + "".join(rows) + '</table:table-header-rows>'
data = []
for r in plan:
    if len(r) == 1:
        data.append('<table:table-row>' + c(r[0], "CellLB", cs=6) + COV * 5 + '</table:table-row>')
    elif r[3] == "":
        data.append('<table:table-row>' + c(r[0], "CellC") + c(r[1], "CellL") + c(r[2], "CellC", cs=2) + COV + c(r[4], "CellL") + c(r[5], "CellL") + '</table:table-row>')
    else:
        data.append('<table:table-row>' + c(r[0], "CellC") + c(r[1], "CellL") + c(r[2], "CellC") + c(r[3], "CellC") + c(r[4], "CellL") + c(r[5], "CellL") + '</table:table-row>')
A(f'<table:table table:name="Plan" table:style-name="TPlan">{cols}{hdr}{"".join(data)}</table:table>')
A(p("", "Body0"))
A(p("Руководитель МОЦ                                                                                    Т.М. Сазонова", "Body0"))

widths = ["1.0cm", "5.0cm", "2.3cm", "2.3cm", "3.0cm", "3.4cm"]
colstyles = "".join(f'<style:style style:name="P{i}" style:family="table-column"><style:table-column-properties style:column-width="{w}"/></style:style>' for i, w in enumerate(widths))

doc = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>Приказ № 23-од от 17.01.2025</dc:title><meta:initial-creator>Сазонова</meta:initial-creator></office:meta>
<office:font-face-decls><style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'" style:font-family-generic="roman" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/></office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0cm"/><style:text-properties style:font-name="Liberation Serif" fo:font-size="13pt" fo:language="ru" fo:country="RU"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph"/>
</office:styles>
<office:automatic-styles>
<style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:text-indent="1.25cm" fo:margin-bottom="0.1cm" fo:line-height="115%"/></style:style>
<style:style style:name="Body0" style:family="paragraph"><style:paragraph-properties fo:text-align="start"/></style:style>
<style:style style:name="Body0b" style:family="paragraph"><style:paragraph-properties fo:text-align="start" fo:margin-top="0.2cm" fo:margin-bottom="0.2cm"/><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="HeadC" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-weight="bold" fo:font-size="13pt"/></style:style>
<style:style style:name="TitleC" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-weight="bold" fo:font-size="16pt"/></style:style>
<style:style style:name="TitleS" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-weight="bold" fo:font-size="12pt"/></style:style>
<style:style style:name="Subj" style:family="paragraph"><style:paragraph-properties fo:text-align="start" fo:margin-right="8cm"/><style:text-properties fo:font-style="italic"/></style:style>
<style:style style:name="Small" style:family="paragraph"><style:text-properties fo:font-size="10pt"/></style:style>
<style:style style:name="Right" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-size="12pt"/></style:style>
<style:style style:name="RightBreak" style:family="paragraph"><style:paragraph-properties fo:text-align="end" fo:break-before="page"/><style:text-properties fo:font-size="12pt"/></style:style>
<style:style style:name="CellC" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="11pt"/></style:style>
<style:style style:name="CellCs" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="9pt"/></style:style>
<style:style style:name="CellCB" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="11pt" fo:font-weight="bold"/></style:style>
<style:style style:name="CellL" style:family="paragraph"><style:paragraph-properties fo:text-align="start"/><style:text-properties fo:font-size="11pt"/></style:style>
<style:style style:name="CellLB" style:family="paragraph"><style:paragraph-properties fo:text-align="start"/><style:text-properties fo:font-size="11pt" fo:font-weight="bold"/></style:style>
<style:style style:name="CellR" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-size="13pt"/></style:style>
<style:style style:name="TPlan" style:family="table"><style:table-properties style:width="17cm" table:align="center"/></style:style>
<style:style style:name="TRekv" style:family="table"><style:table-properties style:width="17cm" table:align="center"/></style:style>
<style:style style:name="RekvA" style:family="table-column"><style:table-column-properties style:column-width="5.7cm"/></style:style>
<style:style style:name="RekvB" style:family="table-column"><style:table-column-properties style:column-width="5.6cm"/></style:style>
<style:style style:name="RekvC" style:family="table-column"><style:table-column-properties style:column-width="5.7cm"/></style:style>
<style:style style:name="TSign" style:family="table"><style:table-properties style:width="17cm" table:align="center"/></style:style>
<style:style style:name="SignA" style:family="table-column"><style:table-column-properties style:column-width="8cm"/></style:style>
<style:style style:name="SignB" style:family="table-column"><style:table-column-properties style:column-width="4cm"/></style:style>
<style:style style:name="SignC" style:family="table-column"><style:table-column-properties style:column-width="5cm"/></style:style>
{colstyles}
<style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:padding="0.08cm" fo:border="0.5pt solid #000000" style:vertical-align="middle"/></style:style>
<style:style style:name="NoB" style:family="table-cell"><style:table-cell-properties fo:padding="0.05cm" fo:border="none"/></style:style>
</office:automatic-styles>
<office:master-styles><style:page-layout style:name="pm1"/></office:master-styles>
<office:body><office:text>
{"".join(body)}
</office:text></office:body></office:document>'''
# proper page layout (A4, 2cm margins)
doc = doc.replace('<office:master-styles><style:page-layout style:name="pm1"/></office:master-styles>',
  '<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles>')
doc = doc.replace('</office:automatic-styles>',
  '<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.8cm" fo:margin-bottom="1.8cm" fo:margin-left="2.5cm" fo:margin-right="1.5cm"/></style:page-layout></office:automatic-styles>')
open(OUT, "w", encoding="utf-8").write(doc)
print("wrote", OUT)
