#!/usr/bin/env python3
"""Write Zhuravikhinsky_2025_svodnaya-tablitsa.fods (flat ODS); convert to PDF with LibreOffice afterwards."""
import os
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "Zhuravikhinsky_2025_svodnaya-tablitsa.fods")
NCOL = 8

# kind: main / sub / group ; values: int, float, str ("–") or None
ROWS = [
    ("1", "Численность детей в возрасте от 5 до 18 лет, проживающих на территории округа", "чел.",
     5960, 5987, 6010, 6042, "по данным статистики на 1 января отчётного года", "main"),
    ("2", "Численность детей 5–18 лет, охваченных дополнительным образованием (без повторного учёта)", "чел.",
     4530, 4611, 4690, 4772, "выгрузка АИС «Навигатор»", "main"),
    ("3", "Доля детей в возрасте от 5 до 18 лет, охваченных дополнительным образованием", "%",
     76.0, 77.0, 78.0, 79.0, "методика расчёта — приказ УО от 15.01.2024 № 9-од", "main"),
    ("4", "Количество дополнительных общеразвивающих программ, размещённых в Навигаторе, всего", "ед.",
     150, 158, 170, 176, "", "main"),
    ("", "в т.ч. технической направленности", "ед.", 24, 25, 28, 30, "", "sub"),
    ("", "естественнонаучной", "ед.", 18, 19, 22, 21, "одна программа закрыта (увольнение педагога)", "sub"),
    ("", "художественной", "ед.", 46, 49, 50, 52, "", "sub"),
    ("", "физкультурно-спортивной", "ед.", 30, 31, 33, 34, "", "sub"),
    ("", "социально-гуманитарной", "ед.", 24, 26, 28, 29, "", "sub"),
    ("", "туристско-краеведческой", "ед.", 8, 8, 9, 10, "", "sub"),
    ("5", "Из общего числа программ (стр. 4):", "", None, None, None, None, "", "group"),
    ("5.1", "сетевых", "ед.", 6, 7, 9, 10, "партнёры: 2 музея, ДЮСШ, центральная библиотека", "sub"),
    ("5.2", "адаптированных для детей с ОВЗ и детей-инвалидов", "ед.", 5, 5, 7, 8, "", "sub"),
    ("5.3", "реализуемых с применением дистанционных образовательных технологий", "ед.", 3, 4, 4, 4, "", "sub"),
    ("5.4", "краткосрочных (до 72 часов)", "ед.", 14, 17, 18, 21,
     "в т.ч. 12 программ летних профильных смен (2025 г.)", "sub"),
    ("5.5", "новых (реализуемых впервые)", "ед.", 12, 15, 16, 19, "", "sub"),
    ("6", "Количество программ, включённых в реестр сертифицированных программ", "ед.", 60, 63, 70, 74, "", "main"),
    ("7", "Количество программ, прошедших независимую оценку качества (НОК)", "ед.", 8, 8, 10, 12,
     "ещё 17 программ прошли муниципальную экспертизу", "main"),
    ("8", "Доля детей 5–18 лет, имеющих сертификат дополнительного образования", "%", 72.0, 73.4, 75.0, 76.2,
     "", "main"),
    ("9", "Численность детей, обучающихся по сертификатам персонифицированного финансирования", "чел.",
     720, 745, 800, 831, "", "main"),
    ("10", "Объём средств бюджета округа на обеспечение сертификатов ПФДО", "тыс. руб.",
     5040.0, 4987.6, 6000.0, 5918.3, "исполнение 2025 г. — 98,6 %", "main"),
    ("11", "Численность педагогических работников, реализующих дополнительные общеразвивающие программы",
     "чел.", "–", 112, "–", 118, "включая внешних совместителей", "main"),
    ("", "в т.ч. прошедших повышение квалификации в отчётном году", "чел.", 30, 34, 35, 41, "", "sub"),
    ("", "в т.ч. молодых педагогов (до 35 лет)", "чел.", "–", 19, "–", 23, "", "sub"),
    ("12", "Количество муниципальных мероприятий МОЦ (конкурсы, семинары, консультации)", "ед.",
     30, 33, 32, 36, "", "main"),
    ("", "в т.ч. для педагогических работников", "ед.", 12, 14, 12, 15, "", "sub"),
    ("", "число участников мероприятий", "чел.", 2100, 2265, 2200, 2412, "", "sub"),
]

NOTES = ("Примечания: 1. Значения за 2025 год в графе 7 (отмечены «*») — оперативные, по состоянию на 01.12.2025 г.; окончательные данные "
         "будут представлены до 20.01.2026. 2. Плановые значения показателей стр. 1–10 установлены муниципальной "
         "программой «Развитие образования Журавихинского муниципального округа» на 2024–2028 годы, утверждённой "
         "постановлением администрации Журавихинского муниципального округа от 26.12.2023 № 1147 (в ред. "
         "постановления от 19.03.2025 № 286-п). 3. Знак «–» означает, что плановое значение не устанавливалось.")


def c(text="", style="ceTxt", span=1, rspan=1):
    attrs = f' table:style-name="{style}"'
    if span > 1:
        attrs += f' table:number-columns-spanned="{span}"'
    if rspan > 1:
        attrs += f' table:number-rows-spanned="{rspan}"'
    if text == "":
        return f"<table:table-cell{attrs}/>"
    return (f'<table:table-cell{attrs} office:value-type="string" calcext:value-type="string">'
            f"<text:p>{escape(text)}</text:p></table:table-cell>")


def covered(n=1, style=None):
    st = f' table:style-name="{style}"' if style else ""
    if n == 1:
        return f"<table:covered-table-cell{st}/>"
    return f'<table:covered-table-cell{st} table:number-columns-repeated="{n}"/>'


def num(v, money=False):
    if v is None:
        return c("", "ceNum0")
    if isinstance(v, str):
        return c(v, "ceCenter")
    if isinstance(v, float):
        style = "ceMoney" if money else "ceNum1"
        return (f'<table:table-cell table:style-name="{style}" office:value-type="float" office:value="{v}" '
                f'calcext:value-type="float"><text:p>{v}</text:p></table:table-cell>')
    return (f'<table:table-cell table:style-name="ceNum0" office:value-type="float" office:value="{v}" '
            f'calcext:value-type="float"><text:p>{v}</text:p></table:table-cell>')


def row(cells, style="ro1"):
    return f'<table:table-row table:style-name="{style}">{"".join(cells)}</table:table-row>\n'


def build():
    out = []
    # title block
    out.append(row([c("", "cePlain")] * 5
                   + [c("Приложение 2 к аналитической справке МОЦ за 2025 год", "ceRight", 3), covered(2)], "ro1"))
    out.append(row([c("СВОДНАЯ ТАБЛИЦА", "ceTitle", NCOL), covered(NCOL - 1)], "roT"))
    out.append(row([c("основных показателей развития системы дополнительного образования детей Журавихинского "
                      "муниципального округа за 2024–2025 годы", "ceSubtitle", NCOL), covered(NCOL - 1)], "roT2"))
    out.append(row([c("Сведения подготовлены муниципальным опорным центром дополнительного образования детей на базе "
                      "МАУ ДО «Журавихинский центр дополнительного образования «Созвездие» по данным АИС «Навигатор» "
                      "и отчётов образовательных организаций.", "ceIntro", NCOL), covered(NCOL - 1)], "roT2"))
    out.append(row([c("", "cePlain")] * NCOL, "ro1"))
    # header rows (repeated on every printed page)
    out.append("<table:table-header-rows>\n")
    out.append(row([c("№ п/п", "ceHdr", 1, 2), c("Наименование показателя", "ceHdr", 1, 2),
                    c("Ед. изм.", "ceHdr", 1, 2), c("2024 год", "ceHdr", 2), covered(1, "ceHdr"),
                    c("2025 год", "ceHdr", 2), covered(1, "ceHdr"), c("Примечание", "ceHdr", 1, 2)], "roH"))
    out.append(row([covered(1, "ceHdr"), covered(1, "ceHdr"), covered(1, "ceHdr"),
                    c("план", "ceHdr"), c("факт", "ceHdr"), c("план", "ceHdr"), c("факт*", "ceHdr"),
                    covered(1, "ceHdr")], "roH"))
    out.append(row([c(str(i), "ceColNum") for i in range(1, NCOL + 1)], "ro1"))
    out.append("</table:table-header-rows>\n")
    for n, name, unit, p24, f24, p25, f25, note, kind in ROWS:
        money = unit.startswith("тыс.")
        name_style = {"main": "ceTxt", "sub": "ceSub", "group": "ceGroup"}[kind]
        out.append(row([c(n, "ceCenter"), c(name, name_style), c(unit, "ceCenter"),
                        num(p24, money), num(f24, money), num(p25, money), num(f25, money),
                        c(note, "ceNote")], "roD"))
    out.append(row([c(NOTES, "ceNotes", NCOL), covered(NCOL - 1)], "roN"))
    out.append(row([c("", "cePlain")] * NCOL, "ro1"))
    out.append(row([c("", "cePlain"), c("Руководитель муниципального опорного центра", "ceSign"), c("", "cePlain"),
                    c("______________", "ceLine", 2), covered(1), c("Н.А. Грачёва", "ceSign", 2), covered(1),
                    c("", "cePlain")], "roS"))
    out.append(row([c("", "cePlain"), c("Начальник управления образования администрации Журавихинского "
                                        "муниципального округа", "ceSign"), c("", "cePlain"),
                    c("______________", "ceLine", 2), covered(1), c("С.П. Мещеряков", "ceSign", 2), covered(1),
                    c("", "cePlain")], "roS"))
    out.append(row([c("", "cePlain"), c("08.12.2025", "ceSign")] + [c("", "cePlain")] * 6, "ro1"))
    out.append(row([c("", "cePlain"), c("Исп.: Лыкова Татьяна Игоревна, методист МОЦ, тел. 8 (38546) 2-11-09",
                                        "ceSmall", 4), covered(3)] + [c("", "cePlain")] * 3, "ro1"))
    return "".join(out)


HEAD = '''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
 <office:meta><dc:title>Сводная таблица показателей ДО 2024-2025</dc:title><meta:initial-creator>Лыкова Т.И.</meta:initial-creator></office:meta>
 <office:font-face-decls>
  <style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" style:font-family-generic="roman"/>
 </office:font-face-decls>
 <office:styles>
  <number:number-style style:name="N0" number:language="ru" number:country="RU"><number:number number:decimal-places="0" number:min-decimal-places="0" number:min-integer-digits="1" number:grouping="true"/></number:number-style>
  <number:number-style style:name="N1" number:language="ru" number:country="RU"><number:number number:decimal-places="1" number:min-decimal-places="1" number:min-integer-digits="1"/></number:number-style>
  <number:number-style style:name="N1G" number:language="ru" number:country="RU"><number:number number:decimal-places="1" number:min-decimal-places="1" number:min-integer-digits="1" number:grouping="true"/></number:number-style>
  <style:default-style style:family="table-cell">
   <style:paragraph-properties style:tab-stop-distance="1.25cm"/>
   <style:text-properties style:font-name="Liberation Serif" fo:font-size="10pt" fo:language="ru" fo:country="RU"/>
  </style:default-style>
  <style:style style:name="Default" style:family="table-cell"/>
 </office:styles>
 <office:automatic-styles>
  <style:style style:name="co1" style:family="table-column"><style:table-column-properties style:column-width="1.1cm"/></style:style>
  <style:style style:name="co2" style:family="table-column"><style:table-column-properties style:column-width="9.2cm"/></style:style>
  <style:style style:name="co3" style:family="table-column"><style:table-column-properties style:column-width="1.7cm"/></style:style>
  <style:style style:name="co4" style:family="table-column"><style:table-column-properties style:column-width="2.0cm"/></style:style>
  <style:style style:name="co5" style:family="table-column"><style:table-column-properties style:column-width="6.2cm"/></style:style>
  <style:style style:name="ro1" style:family="table-row"><style:table-row-properties style:row-height="0.5cm" style:use-optimal-row-height="true"/></style:style>
  <style:style style:name="roT" style:family="table-row"><style:table-row-properties style:row-height="0.75cm" style:use-optimal-row-height="true"/></style:style>
  <style:style style:name="roT2" style:family="table-row"><style:table-row-properties style:row-height="0.95cm" style:use-optimal-row-height="false"/></style:style>
  <style:style style:name="roH" style:family="table-row"><style:table-row-properties style:row-height="0.6cm" style:use-optimal-row-height="true"/></style:style>
  <style:style style:name="roD" style:family="table-row"><style:table-row-properties style:row-height="0.5cm" style:use-optimal-row-height="true"/></style:style>
  <style:style style:name="roN" style:family="table-row"><style:table-row-properties style:row-height="1.6cm" style:use-optimal-row-height="false"/></style:style>
  <style:style style:name="roS" style:family="table-row"><style:table-row-properties style:row-height="0.95cm" style:use-optimal-row-height="false"/></style:style>
  <style:style style:name="ta1" style:family="table" style:master-page-name="PageLand"><style:table-properties table:display="true" style:writing-mode="lr-tb"/></style:style>
  <style:style style:name="cePlain" style:family="table-cell" style:parent-style-name="Default"/>
  <style:style style:name="ceRight" style:family="table-cell" style:parent-style-name="Default"><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-style="italic" fo:font-size="9pt"/></style:style>
  <style:style style:name="ceTitle" style:family="table-cell" style:parent-style-name="Default"><style:table-cell-properties style:vertical-align="middle"/><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="13pt" fo:font-weight="bold"/></style:style>
  <style:style style:name="ceSubtitle" style:family="table-cell" style:parent-style-name="Default"><style:table-cell-properties fo:wrap-option="wrap" style:vertical-align="top"/><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="11.5pt" fo:font-weight="bold"/></style:style>
  <style:style style:name="ceIntro" style:family="table-cell" style:parent-style-name="Default"><style:table-cell-properties fo:wrap-option="wrap" style:vertical-align="top"/><style:paragraph-properties fo:text-align="start"/><style:text-properties fo:font-size="10pt"/></style:style>
  <style:style style:name="ceHdr" style:family="table-cell" style:parent-style-name="Default"><style:table-cell-properties fo:wrap-option="wrap" style:vertical-align="middle" fo:border="0.06pt solid #000000" fo:background-color="#e6e6e6"/><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-weight="bold"/></style:style>
  <style:style style:name="ceColNum" style:family="table-cell" style:parent-style-name="Default"><style:table-cell-properties fo:border="0.06pt solid #000000"/><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="8pt" fo:font-style="italic"/></style:style>
  <style:style style:name="ceTxt" style:family="table-cell" style:parent-style-name="Default"><style:table-cell-properties fo:wrap-option="wrap" style:vertical-align="top" fo:border="0.06pt solid #000000"/><style:paragraph-properties fo:text-align="start"/></style:style>
  <style:style style:name="ceGroup" style:family="table-cell" style:parent-style-name="Default"><style:table-cell-properties fo:wrap-option="wrap" style:vertical-align="top" fo:border="0.06pt solid #000000"/><style:paragraph-properties fo:text-align="start"/><style:text-properties fo:font-style="italic"/></style:style>
  <style:style style:name="ceSub" style:family="table-cell" style:parent-style-name="Default"><style:table-cell-properties fo:wrap-option="wrap" style:vertical-align="top" fo:border="0.06pt solid #000000"/><style:paragraph-properties fo:text-align="start" fo:margin-left="0.5cm"/></style:style>
  <style:style style:name="ceCenter" style:family="table-cell" style:parent-style-name="Default"><style:table-cell-properties style:vertical-align="top" fo:border="0.06pt solid #000000"/><style:paragraph-properties fo:text-align="center"/></style:style>
  <style:style style:name="ceNum0" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="N0"><style:table-cell-properties style:vertical-align="top" fo:border="0.06pt solid #000000"/><style:paragraph-properties fo:text-align="end"/></style:style>
  <style:style style:name="ceNum1" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="N1"><style:table-cell-properties style:vertical-align="top" fo:border="0.06pt solid #000000"/><style:paragraph-properties fo:text-align="end"/></style:style>
  <style:style style:name="ceMoney" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="N1G"><style:table-cell-properties style:vertical-align="top" fo:border="0.06pt solid #000000"/><style:paragraph-properties fo:text-align="end"/></style:style>
  <style:style style:name="ceNote" style:family="table-cell" style:parent-style-name="Default"><style:table-cell-properties fo:wrap-option="wrap" style:vertical-align="top" fo:border="0.06pt solid #000000"/><style:paragraph-properties fo:text-align="start"/><style:text-properties fo:font-size="8.5pt" fo:font-style="italic"/></style:style>
  <style:style style:name="ceNotes" style:family="table-cell" style:parent-style-name="Default"><style:table-cell-properties fo:wrap-option="wrap" style:vertical-align="top" fo:border="0.06pt solid #000000"/><style:paragraph-properties fo:text-align="justify"/><style:text-properties fo:font-size="9pt"/></style:style>
  <style:style style:name="ceSign" style:family="table-cell" style:parent-style-name="Default"><style:table-cell-properties fo:wrap-option="wrap" style:vertical-align="bottom"/><style:paragraph-properties fo:text-align="start"/><style:text-properties fo:font-size="11pt"/></style:style>
  <style:style style:name="ceLine" style:family="table-cell" style:parent-style-name="Default"><style:table-cell-properties style:vertical-align="bottom"/><style:paragraph-properties fo:text-align="center"/></style:style>
  <style:style style:name="ceSmall" style:family="table-cell" style:parent-style-name="Default"><style:text-properties fo:font-size="8.5pt"/></style:style>
  <style:page-layout style:name="pmLand">
   <style:page-layout-properties fo:page-width="29.7cm" fo:page-height="21.0cm" style:print-orientation="landscape" fo:margin-top="1.2cm" fo:margin-bottom="1.0cm" fo:margin-left="1.5cm" fo:margin-right="1.0cm" style:print="objects charts drawings" style:scale-to-X="1" style:scale-to-Y="2"/>
   <style:header-style/><style:footer-style><style:header-footer-properties fo:min-height="0.5cm" fo:margin-top="0.2cm"/></style:footer-style>
  </style:page-layout>
 </office:automatic-styles>
 <office:master-styles>
  <style:master-page style:name="PageLand" style:page-layout-name="pmLand">
   <style:header style:display="false"/>
   <style:footer><text:p text:style-name="Default">Страница <text:page-number>1</text:page-number></text:p></style:footer>
  </style:master-page>
 </office:master-styles>
 <office:body>
  <office:spreadsheet>
   <table:table table:name="Сводная" table:style-name="ta1">
    <table:table-column table:style-name="co1"/>
    <table:table-column table:style-name="co2"/>
    <table:table-column table:style-name="co3"/>
    <table:table-column table:style-name="co4" table:number-columns-repeated="4"/>
    <table:table-column table:style-name="co5"/>
'''

TAIL = '''   </table:table>
  </office:spreadsheet>
 </office:body>
</office:document>
'''

if __name__ == "__main__":
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(HEAD + build() + TAIL)
    print("wrote", OUT)
