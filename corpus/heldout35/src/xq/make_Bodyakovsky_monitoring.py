#!/usr/bin/env python3
# Writes the flat ODT source (Bodyakovsky_2023_monitoring.fodt) by hand-templated XML.
# The .docx is produced from it by LibreOffice (see convert.sh), not by this script.
from xml.sax.saxutils import escape as e

OUT = "Bodyakovsky_2023_monitoring.fodt"

# (number, indicator, unit, fact2022, plan2023, fact2023, deviation, note); None number -> section row
ROWS = [
    ("S", "Раздел 1. Охват детей дополнительным образованием"),
    ("1.1", "Численность детей в возрасте 5–18 лет, проживающих на территории района*", "чел.", "6 910", "6 850", "6 842", "-8", "данные на 01.01.2023"),
    ("1.2", "Численность детей 5–18 лет, охваченных дополнительным образованием (без повторного учёта)", "чел.", "5 034", "5 172", "5 201", "+29", ""),
    ("1.3", "Доля детей в возрасте от 5 до 18 лет, охваченных дополнительным образованием", "%", "72,9", "75,5", "76,0", "+0,5 п.п.", "к 2022 г. +3,1 п.п."),
    ("1.4", "в т.ч. дети с ОВЗ, дети-инвалиды", "чел.", "219", "230", "241", "+11", ""),
    ("1.5", "Доля детей с ОВЗ, охваченных ДО, от общей численности детей с ОВЗ 5-18 лет", "%", "68,4", "72,0", "75,8", "+3,8 п.п.", "всего детей с ОВЗ – 318"),
    ("1.6", "Численность детей, обучающихся на новых местах", "чел.", "90", "120", "120", "0", "120 мест (тех., естеств.-научн.)"),
    ("S", "Раздел 2. Дополнительные общеобразовательные программы"),
    ("2.1", "Количество программ, реализуемых в районе, всего", "ед.", "196", "210", "218", "+8", ""),
    ("2.1.1", "в т.ч. в реестре сертифицированных программ", "ед.", "49", "58", "64", "+6", ""),
    ("2.1.2", "в реестре социально значимых программ", "ед.", "139", "143", "142", "-1", "1 программа закрыта"),
    ("2.1.3", "платные программы", "ед.", "8", "9", "12", "+3", ""),
    ("2.2", "Из общего числа программ по направленностям:", "", "", "", "", "", ""),
    ("", "– техническая", "ед.", "27", "30", "31", "+1", ""),
    ("", "– естественнонаучная", "ед.", "18", "21", "22", "+1", ""),
    ("", "– художественная", "ед.", "66", "68", "67", "-1", ""),
    ("", "– физкультурно-спортивная", "ед.", "43", "45", "46", "+1", ""),
    ("", "– туристско-краеведческая", "ед.", "14", "16", "17", "+1", ""),
    ("", "– социально-гуманитарная", "ед.", "28", "30", "35", "+5", ""),
    ("2.3", "Адаптированные программы для детей с ОВЗ", "ед.", "9", "12", "14", "+2", ""),
    ("2.4", "Программы, реализуемые в сетевой форме", "ед.", "5", "8", "7", "-1", "**"),
    ("2.5", "Программы с применением дистанционных технологий", "ед.", "6", "8", "9", "+1", ""),
    ("2.6", "Краткосрочные программы, в т.ч. летние", "ед.", "21", "24", "26", "+2", ""),
    ("2.7", "Новые программы (реализуются впервые)", "ед.", "19", "20", "23", "+3", ""),
    ("2.8", "Программы, прошедшие независимую оценку качества (экспертизу)", "ед.", "33", "40", "41", "+1", ""),
    ("S", "Раздел 3. Персонифицированное финансирование (ПФДО)"),
    ("3.1", "Выдано сертификатов дополнительного образования (нарастающим итогом)", "шт.", "1 604", "1 713", "1 812", "+99", ""),
    ("3.2", "Доля детей 5–18 лет, обеспеченных сертификатами ПФДО", "%", "23,2", "25,0", "26,5", "+1,5 п.п.", ""),
    ("3.3", "из них сертификатов, по которым заключены договоры", "шт.", "1 377", "1 560", "1 639", "+79", ""),
    ("3.4", "Объём средств на обеспечение сертификатов", "тыс. руб.", "12 902,4", "14 620,0", "14 385,7", "-234,3", "исполнение 98,4 %"),
    ("S", "Раздел 4. Кадровое обеспечение"),
    ("4.1", "Численность педагогов, реализующих дополнительные программы", "чел.", "179", "185", "187", "+2", "в т.ч. 41 совместитель"),
    ("4.2", "из них прошли повышение квалификации в отчётном году", "чел.", "51", "56", "64", "+8", ""),
    ("4.3", "Доля педагогов, прошедших повышение квалификации, %", "%", "28,5", "30,3", "34,2", "+3,9 п.п.", ""),
    ("S", "Раздел 5. Деятельность МОЦ"),
    ("5.1", "Мероприятия МОЦ (семинары, конкурсы, консультации)", "ед.", "31", "35", "38", "+3", ""),
    ("5.2", "Участники мероприятий", "чел.", "2 418", "2 700", "2 946", "+246", ""),
    ("5.3", "Организации, разместившие программы в Навигаторе", "ед.", "25", "27", "27", "0", "из них 2 негосуд."),
    ("5.4", "Публикации о дополнительном образовании в СМИ и соцсетях", "ед.", "64", "70", "83", "+13", ""),
]

def p(text, style="Tbl"):
    return f'<text:p text:style-name="{style}">{e(text)}</text:p>'

def cell(text, style="Tbl", cs=None, rs=None, cstyle="Cell"):
    a = f' table:style-name="{cstyle}" office:value-type="string"'
    if cs: a += f' table:number-columns-spanned="{cs}"'
    if rs: a += f' table:number-rows-spanned="{rs}"'
    return f'<table:table-cell{a}>{p(text, style)}</table:table-cell>'

COV = '<table:covered-table-cell/>'

rows = []
# two-row header
rows.append('<table:table-row>' + cell("№ п/п", "Hdr", rs=2) + cell("Наименование показателя", "Hdr", rs=2)
            + cell("Ед. изм.", "Hdr", rs=2) + cell("Факт 2022 г.", "Hdr", rs=2)
            + cell("2023 год", "Hdr", cs=3) + COV + COV + cell("Примечание", "Hdr", rs=2) + '</table:table-row>')
rows.append('<table:table-row>' + COV * 4 + cell("план", "Hdr") + cell("факт", "Hdr")
            + cell("отклонение (+/-)", "Hdr") + COV + '</table:table-row>')
rows.append('<table:table-row>' + ''.join(cell(str(i), "Hdr") for i in range(1, 9)) + '</table:table-row>')
header = ''.join(rows)
body = []
for r in ROWS:
    if r[0] == "S":
        body.append('<table:table-row>' + cell(r[1], "Sec", cs=8, cstyle="CellSec") + COV * 7 + '</table:table-row>')
        continue
    n, name, unit, f22, pl, fa, dv, note = r
    body.append('<table:table-row>' + cell(n) + cell(name) + cell(unit, "TblC")
                + cell(f22, "TblR") + cell(pl, "TblR") + cell(fa, "TblR") + cell(dv, "TblR") + cell(note) + '</table:table-row>')

table = f'''<table:table table:name="Мониторинг" table:style-name="Tab">
<table:table-column table:style-name="c1"/><table:table-column table:style-name="c2"/>
<table:table-column table:style-name="c3"/><table:table-column table:style-name="c4" table:number-columns-repeated="4"/>
<table:table-column table:style-name="c8"/>
<table:table-header-rows>{rows[0]}{rows[1]}</table:table-header-rows>
{rows[2]}
{''.join(body)}
</table:table>'''

doc = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>Форма мониторинга МОЦ Бодяковского района за 2023 год</dc:title><meta:initial-creator>Пилипенко О.Н.</meta:initial-creator></office:meta>
<office:font-face-decls>
<style:font-face style:name="Times New Roman" svg:font-family="'Times New Roman'" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/>
</office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0cm"/><style:text-properties style:font-name="Times New Roman" fo:font-size="12pt" fo:language="ru" fo:country="RU"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph"/>
<style:style style:name="Right" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-size="10pt"/></style:style>
<style:style style:name="Title" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-top="0.2cm"/><style:text-properties fo:font-size="13pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Center" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/></style:style>
<style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:text-indent="1.25cm" fo:margin-top="0.1cm"/></style:style>
<style:style style:name="Foot" style:family="paragraph"><style:text-properties fo:font-size="9.5pt"/></style:style>
<style:style style:name="Tbl" style:family="paragraph"><style:text-properties fo:font-size="10pt"/></style:style>
<style:style style:name="TblC" style:family="paragraph" style:parent-style-name="Tbl"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="10pt"/></style:style>
<style:style style:name="TblR" style:family="paragraph" style:parent-style-name="Tbl"><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-size="10pt"/></style:style>
<style:style style:name="Hdr" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="10pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Sec" style:family="paragraph"><style:text-properties fo:font-size="10pt" fo:font-weight="bold" fo:font-style="italic"/></style:style>
<style:style style:name="PH" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-size="8pt" fo:color="#555555"/></style:style>
</office:styles>
<office:automatic-styles>
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="29.7cm" fo:page-height="21.0cm" style:print-orientation="landscape" fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="2cm" fo:margin-right="1.5cm"/></style:page-layout>
<style:style style:name="Tab" style:family="table"><style:table-properties style:width="26.2cm" table:align="left" fo:margin-top="0.2cm"/></style:style>
<style:style style:name="c1" style:family="table-column"><style:table-column-properties style:column-width="1.4cm"/></style:style>
<style:style style:name="c2" style:family="table-column"><style:table-column-properties style:column-width="10.0cm"/></style:style>
<style:style style:name="c3" style:family="table-column"><style:table-column-properties style:column-width="1.8cm"/></style:style>
<style:style style:name="c4" style:family="table-column"><style:table-column-properties style:column-width="2.2cm"/></style:style>
<style:style style:name="c8" style:family="table-column"><style:table-column-properties style:column-width="4.2cm"/></style:style>
<style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:padding="0.07cm"/></style:style>
<style:style style:name="CellSec" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:padding="0.07cm" fo:background-color="#e6e6e6"/></style:style>
</office:automatic-styles>
<office:master-styles>
<style:master-page style:name="Standard" style:page-layout-name="pm1">
<style:header>{p("Бодяковский район  |  Мониторинг МОЦ  –  2023", "PH")}</style:header>
<style:footer><text:p text:style-name="PH">стр. <text:page-number text:select-page="current">1</text:page-number></text:p></style:footer>
</style:master-page>
</office:master-styles>
<office:body><office:text>
{p("Приложение 2", "Right")}
{p("к приказу управления образования", "Right")}
{p("администрации Бодяковского района", "Right")}
{p("от 09.01.2024 № 4-о", "Right")}
{p("ФОРМА МОНИТОРИНГА", "Title")}
{p("показателей деятельности муниципального опорного центра дополнительного образования детей Бодяковского района за 2023 год", "Center")}
{p("Наименование МОЦ: муниципальный опорный центр на базе МАУ ДО «Дом детского творчества» с. Бодяково (статус присвоен постановлением администрации района от 17.03.2020 № 208-п).", "Body")}
{p("Отчётный период: с 01.01.2023 по 31.12.2023. Срок представления заполненной формы в отдел общего и дополнительного образования – до 19 января 2024г.", "Body")}
{table}
{p("* Численность детей по данным территориального органа статистики на 01.01.2023; для 2022 г. – на 01.01.2022.", "Foot")}
{p("** Сетевая программа «Юный эколог» (партнёр – ГБУ ДО «Областная станция юннатов») перенесена на I квартал 2024 года, договор от 28.12.2023 № 14-с.", "Foot")}
{p("Расчёт показателя 1.3 выполнен по методике, утверждённой приказом министерства образования области от 11.03.2020 № 318-од (в ред. от 02.02.2022 № 97-од).", "Foot")}
{p("Пояснения. Плановые значения 2023 года не достигнуты по четырём позициям (пп. 2.1.2, 2.4, 3.4 и по художественной направленности), по остальным – выполнены или перевыполнены. Сверхплановый рост числа сертифицированных программ (64 при плане 58) обеспечен за счёт школ с. Кутыри и п. Лесной. Экономия средств ПФДО (234,3 тыс. руб.) возникла из-за выбытия части детей в IV квартале.", "Body")}
{p("Задачи на 2024 год: довести охват до 77 %; включить в реестр сертифицированных программ не менее 70 программ; обеспечить повышение квалификации не менее 60 педагогов; запустить 2 сетевые программы.", "Body")}
{p("", "Standard")}
{p("Руководитель МОЦ                  ____________         А.Р. Зотова", "Standard")}
{p("Директор МАУ ДО ДДТ с. Бодяково     ____________         Т.Н Веретенникова", "Standard")}
{p("«16» января 2024 г.", "Standard")}
{p("Исполнитель: Пилипенко Олеся Николаевна, методист МОЦ, тел. 8 (00000) 3-41-08, moc-bodyakovo@example.ru", "Foot")}
</office:text></office:body>
</office:document>
'''
open(OUT, "w", encoding="utf-8").write(doc)
print("written", OUT)
