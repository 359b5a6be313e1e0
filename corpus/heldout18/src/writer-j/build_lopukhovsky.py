# Writes a flat ODF spreadsheet (.fods) as plain XML text; converted to PDF by LibreOffice Calc.
from xml.sax.saxutils import escape

OUT = "/work/main/corpus/heldout18/src/writer-j/Lopukhovsky_2025_monitoring.fods"
NCOL = 12
COLW = ["1.0cm", "5.2cm", "1.9cm", "2.2cm", "1.7cm", "2.0cm", "2.3cm", "2.0cm", "2.1cm", "1.9cm", "1.6cm", "3.0cm"]
NB = "\u00a0"


def num(n):
    s = f"{n:,}".replace(",", NB)
    return s


def pct(x):
    return f"{x:.1f}".replace(".", ",")


# --- cell/row emitter with span bookkeeping -----------------------------------
rows_xml = []
pending = {}  # (row_index, col) -> True for cells covered by a rowspan


def emit_row(cells, rstyle="ro_auto"):
    """cells: list of dicts {t, s, cs, rs, v(float|None), f(formula)}"""
    r = len(rows_xml)
    out = []
    col = 0
    it = iter(cells)
    while col < NCOL:
        if pending.pop((r, col), False):
            out.append("<table:covered-table-cell/>")
            col += 1
            continue
        try:
            c = next(it)
        except StopIteration:
            out.append("<table:table-cell/>")
            col += 1
            continue
        if c is None:
            out.append("<table:table-cell/>")
            col += 1
            continue
        cs, rs = c.get("cs", 1), c.get("rs", 1)
        attrs = f' table:style-name="{c.get("s", "ce_td")}"'
        if cs > 1 or rs > 1:
            attrs += f' table:number-columns-spanned="{cs}" table:number-rows-spanned="{rs}"'
        if c.get("f"):
            attrs += f' table:formula="{escape(c["f"])}"'
        if c.get("v") is not None:
            attrs += f' office:value-type="float" office:value="{c["v"]}"'
        else:
            attrs += ' office:value-type="string"'
        paras = "".join(f"<text:p>{escape(line)}</text:p>" for line in str(c.get("t", "")).split("\n"))
        out.append(f"<table:table-cell{attrs}>{paras}</table:table-cell>")
        for k in range(1, cs):
            out.append("<table:covered-table-cell/>")
        for dr in range(1, rs):
            for k in range(cs):
                pending[(r + dr, col + k)] = True
        col += cs
    rows_xml.append(f'<table:table-row table:style-name="{rstyle}">{"".join(out)}</table:table-row>')


def C(t, s="ce_td", cs=1, rs=1, v=None, f=None):
    return dict(t=t, s=s, cs=cs, rs=rs, v=v, f=f)


def line(t, s="ce_plain", rstyle="ro_auto"):
    emit_row([C(t, s, cs=NCOL)], rstyle)


def blank():
    emit_row([], "ro_small")


# --- title block ----------------------------------------------------------------
emit_row([None] * 8 + [C("Приложение 2\nк письму управления образования администрации\nЛопуховского муниципального района\nот 03.10.2025 № 01-19/1642", "ce_right", cs=4)])
line("ФОРМА МОНИТОРИНГА", "ce_title")
line("реализации дополнительных общеобразовательных общеразвивающих программ в Лопуховском муниципальном районе", "ce_subtitle")
line("по состоянию на 01.10.2025 (2025/2026 учебный год)", "ce_subtitle")
blank()
emit_row([C("Муниципальное образование:", "ce_label", cs=2), C("Лопуховский муниципальный район", "ce_fill", cs=4),
          C("Организация, заполняющая форму:", "ce_label", cs=2),
          C("МБУ ДО «Лопуховский районный дом творчества» (МОЦ)", "ce_fill", cs=4)])
blank()
line("Раздел 1. Дополнительные общеобразовательные программы и обучающиеся по направленностям", "ce_section")

# --- table 1 header: three merged rows + column-number row ------------------------
H = "ce_th"
emit_row([C("№ п/п", H, rs=3), C("Направленность", H, rs=3),
          C("Дополнительные общеобразовательные программы, ед.", H, cs=6),
          C("Обучающиеся, чел.", H, cs=3),
          C("Доля сертифицированных программ, %", H, rs=3)])
emit_row([C("всего", H, rs=2), C("из них:", H, cs=5),
          C("всего, чел.¹", H, rs=2), C("в т.ч. по сертификатам ПФДО", H, cs=2)])
emit_row([C("включены в реестр сертифицир.", H), C("сетевые", H), C("новые (2025 г.)", H),
          C("с применением ЭО и ДОТ", H), C("адаптир. для детей с ОВЗ", H), C("чел.", H), C("%", H)])
emit_row([C(str(k), "ce_colnum", v=None) for k in range(1, NCOL + 1)], "ro_small")

data = [
    ("Техническая", 27, 9, 3, 5, 2, 1, 612, 244),
    ("Естественнонаучная", 19, 6, 2, 3, 3, 2, 398, 151),
    ("Физкультурно-спортивная", 41, 11, 0, 4, 0, 2, 1486, 402),
    ("Художественная", 53, 17, 2, 6, 1, 3, 1317, 488),
    ("Социально-гуманитарная", 36, 12, 1, 7, 4, 3, 874, 297),
    ("Туристско-краеведческая", 9, 2, 1, 1, 0, 0, 203, 58),
]
first = len(rows_xml) + 1  # 1-based spreadsheet row number of first data row
cols = "CDEFGHIJ"
for i, (name, *vals) in enumerate(data):
    r = first + i
    cells = [C(f"1.{i + 1}", "ce_td"), C(name, "ce_tdl")]
    for k, v in enumerate(vals):
        cells.append(C(num(v), "ce_td", v=v))
    cells.append(C(pct(vals[7] / vals[6] * 100), "ce_td1", v=round(vals[7] / vals[6] * 100, 4), f=f"of:=[.J{r}]/[.I{r}]*100"))
    cells.append(C(pct(vals[1] / vals[0] * 100), "ce_td1", v=round(vals[1] / vals[0] * 100, 4), f=f"of:=[.D{r}]/[.C{r}]*100"))
    emit_row(cells)
last = first + len(data) - 1
tot = [sum(d[k] for d in data) for k in range(1, 9)]
r = last + 1
cells = [C("", "ce_tot"), C("ИТОГО по району", "ce_totl")]
for k, v in enumerate(tot):
    col = cols[k]
    cells.append(C(num(v), "ce_tot", v=v, f=f"of:=SUM([.{col}{first}:.{col}{last}])"))
cells.append(C(pct(tot[7] / tot[6] * 100), "ce_tot1", v=round(tot[7] / tot[6] * 100, 4), f=f"of:=[.J{r}]/[.I{r}]*100"))
cells.append(C(pct(tot[1] / tot[0] * 100), "ce_tot1", v=round(tot[1] / tot[0] * 100, 4), f=f"of:=[.D{r}]/[.C{r}]*100"))
emit_row(cells)
emit_row([C("", "ce_td"), C("Справочно: численность детей 5–18 лет, охваченных ДО, без повторного счёта", "ce_tdl", cs=7),
          C("3" + NB + "604", "ce_td", v=3604), C("охват — 76,5 % от 4" + NB + "711 детей 5–18 лет", "ce_tdl", cs=3)])
TOTALS = tot

blank()
notes = [
    "Примечания:",
    "1. В графе 3 учтены программы со статусом «Опубликована» в АИС «Навигатор дополнительного образования»; "
    "программы на модерации (7 ед.) и архивные не учитываются.",
    "2. Графа 4 — программы, включённые в реестр сертифицированных программ по итогам муниципальной экспертизы "
    "(приказ МБУ ДО «Лопуховский РДТ» от 12.09.2025 № 57-о «О результатах экспертизы»).",
    "3. Графа 6 — программы, разработанные и впервые размещённые в Навигаторе с 01.01.2025; из 26 новых программ "
    "14 являются краткосрочными (до 36 ч) и 8 — разноуровневыми.",
    "4. ¹ В графе 9 дети учитываются с повторным счётом между направленностями (один ребёнок может заниматься по "
    "двум и более программам).",
    "5. Графа 11 = гр. 10 / гр. 9 × 100; графа 12 = гр. 4 / гр. 3 × 100. Номинал сертификата на 2025 год — "
    "8" + NB + "640 руб. (постановление администрации Лопуховского муниципального района от 25.12.2024 № 1093-п).",
    "6. Адаптированные программы (гр. 8) реализуются в пяти организациях; по ним обучаются 63 ребёнка с ОВЗ, "
    "в т.ч. 17 детей-инвалидов. Сетевые программы (гр. 5) учтены один раз — у организации-координатора.",
    "7. Плановое значение доли детей, обеспеченных сертификатами, на 2025 год — 35 %; фактически на 01.10.2025 — "
    "33,5 % от числа обучающихся (гр. 11, итоговая строка). Отставание связано с переносом сроков экспертизы "
    "шести программ спортивной школы на ноябрь 2025 г.",
]
for n in notes:
    line(n, "ce_note" if n != "Примечания:" else "ce_notehead")

# --- page 2 ---------------------------------------------------------------------
emit_row([C("Раздел 2. Динамика основных показателей", "ce_section", cs=NCOL)], "ro_break")
emit_row([C("№", H), C("Показатель", H, cs=4), C("на 01.10.2024", H, cs=2), C("на 01.10.2025", H, cs=2),
          C("Изменение (+/–)", H, cs=2), C("Примечание", H)])
dyn = [
    ("Всего программ в Навигаторе, ед.", "168", "185", "+17", ""),
    ("в т.ч. в реестре сертифицированных, ед.", "49", "57", "+8", "план на 2025 г. — 60"),
    ("сетевых программ, ед.", "6", "9", "+3", "с ДШИ и ЦКР"),
    ("программ, прошедших НОК, ед.", "22", "31", "+9", "нарастающим итогом"),
    ("Охват детей 5–18 лет дополнительным образованием, %", "74,8", "76,5", "+1,7 п.п.", "цель МП — 78 %"),
    ("Выдано сертификатов ПФДО (нарастающим итогом), шт.", "1" + NB + "912", "2" + NB + "204", "+292", ""),
    ("Педагогов, реализующих ДООП (включая совместителей), чел.", "141", "146", "+5", "вакансий — 3"),
]
for i, (name, a, b, d, note) in enumerate(dyn):
    sub = name.startswith("в т.ч.") or name[0].islower()
    emit_row([C(f"2.{i + 1}", "ce_td"), C(("   " if sub else "") + name, "ce_tdl", cs=4), C(a, "ce_td", cs=2),
              C(b, "ce_td", cs=2), C(d, "ce_td", cs=2), C(note, "ce_tdl")])
blank()
emit_row([C("Раздел 3. Программы по организациям-исполнителям", "ce_section", cs=NCOL)])
emit_row([C("№", H, rs=2), C("Организация", H, cs=4, rs=2), C("Программы, ед.", H, cs=4),
          C("Обучающихся, чел.", H, cs=2, rs=2), C("Доля сертиф., %", H, rs=2)])
emit_row([C("всего", H), C("сертиф.", H), C("сетевые", H), C("для детей с ОВЗ", H)])
orgs = [
    ("МБУ ДО «Лопуховский районный дом творчества»", 58, 21, 4, 3, 1520),
    ("МБУ ДО «Лопуховская спортивная школа»", 24, 7, 0, 1, 1011),
    ("МБОУ «Лопуховская СОШ № 1»", 29, 9, 2, 2, 642),
    ("МБОУ «Лопуховская СОШ № 2 им. Н.Ф. Ватагина»", 25, 8, 1, 2, 598),
    ("МБОУ «Глинищенская СОШ»", 17, 4, 1, 1, 371),
    ("МБОУ «Троицкая ООШ»", 9, 2, 1, 0, 166),
    ("Дошкольные образовательные организации (4 ДОО)", 14, 4, 0, 2, 388),
    ("ИП Сомова Г.А. (негосударственный поставщик)", 9, 2, 0, 0, 194),
]
assert sum(o[1] for o in orgs) == TOTALS[0] and sum(o[2] for o in orgs) == TOTALS[1]
assert sum(o[3] for o in orgs) == TOTALS[2] and sum(o[4] for o in orgs) == TOTALS[5]
assert sum(o[5] for o in orgs) == TOTALS[6]
for i, (name, a, b, c, d, ch) in enumerate(orgs):
    emit_row([C(f"3.{i + 1}", "ce_td"), C(name, "ce_tdl", cs=4), C(str(a), "ce_td", v=a), C(str(b), "ce_td", v=b),
              C(str(c), "ce_td", v=c), C(str(d), "ce_td", v=d), C(num(ch), "ce_td", cs=2, v=ch),
              C(pct(b / a * 100), "ce_td1", v=round(b / a * 100, 4))])
emit_row([C("", "ce_tot"), C("Всего", "ce_totl", cs=4), C(str(TOTALS[0]), "ce_tot", v=TOTALS[0]),
          C(str(TOTALS[1]), "ce_tot", v=TOTALS[1]), C(str(TOTALS[2]), "ce_tot", v=TOTALS[2]),
          C(str(TOTALS[5]), "ce_tot", v=TOTALS[5]), C(num(TOTALS[6]), "ce_tot", cs=2, v=TOTALS[6]),
          C(pct(TOTALS[1] / TOTALS[0] * 100), "ce_tot1", v=round(TOTALS[1] / TOTALS[0] * 100, 4))])
blank()
line("Достоверность сведений подтверждаю. Данные сверены с АИС «Навигатор» 06.10.2025.", "ce_note")
blank()
emit_row([C("Руководитель МОЦ", "ce_plain", cs=3), C("____________", "ce_plain", cs=2),
          C("О.В. Черемисина", "ce_plain", cs=2), None,
          C("СОГЛАСОВАНО:\nНачальник управления образования", "ce_plain", cs=4)])
emit_row([None] * 3 + [C("(подпись)", "ce_small", cs=2)] + [None] * 3 +
         [C("____________ Р.Н. Голубятников", "ce_plain", cs=4)])
emit_row([C("Исполнитель: методист МОЦ, муниципальный администратор АИС «Навигатор» Ладыгина Марина Сергеевна, "
            "тел. 8 (47356) 4-11-28, e-mail: moc.lopuh@obr-lop.ru", "ce_note", cs=8), None,
          C("«___» ____________ 2025 г.", "ce_plain", cs=3)])
emit_row([C("Дата заполнения: 07.10.2025", "ce_plain", cs=4), None, None, None, None, C("М.П.", "ce_plain", cs=2)])

# --- styles ---------------------------------------------------------------------
B = 'fo:border="0.5pt solid #000000"'


def cstyle(name, bold=False, align="center", wrap=True, border=True, size="9pt", bg=None, italic=False, valign="middle",
           fmt=None):
    tp = f'style:vertical-align="{valign}"' + (' fo:wrap-option="wrap"' if wrap else "") + (f" {B}" if border else "")
    if bg: tp += f' fo:background-color="{bg}"'
    tx = f'fo:font-size="{size}" style:font-name="Liberation Serif"'
    if bold: tx += ' fo:font-weight="bold"'
    if italic: tx += ' fo:font-style="italic"'
    dsn = f' style:data-style-name="{fmt}"' if fmt else ""
    return (f'<style:style style:name="{name}" style:family="table-cell" style:parent-style-name="Default"{dsn}>'
            f'<style:table-cell-properties {tp}/>'
            f'<style:paragraph-properties fo:text-align="{align}"/>'
            f'<style:text-properties {tx}/></style:style>')


cell_styles = "".join([
    cstyle("ce_th", bold=True, bg="#e8e8e8", size="8.5pt"),
    cstyle("ce_colnum", size="7.5pt", italic=True),
    cstyle("ce_td"), cstyle("ce_td1", fmt="N1"), cstyle("ce_tdl", align="start"),
    cstyle("ce_tot", bold=True, bg="#f3f3f3"), cstyle("ce_tot1", bold=True, bg="#f3f3f3", fmt="N1"),
    cstyle("ce_totl", bold=True, align="start", bg="#f3f3f3"),
    cstyle("ce_title", bold=True, border=False, size="13pt"),
    cstyle("ce_subtitle", bold=True, border=False, size="11pt"),
    cstyle("ce_section", bold=True, border=False, size="10.5pt", align="start"),
    cstyle("ce_right", border=False, size="8.5pt", align="end", valign="top"),
    cstyle("ce_label", border=False, align="start", size="9.5pt", italic=True),
    cstyle("ce_fill", border=False, align="start", size="9.5pt", bold=True),
    cstyle("ce_plain", border=False, align="start", size="10pt", valign="bottom"),
    cstyle("ce_small", border=False, align="center", size="7pt", italic=True, valign="top"),
    cstyle("ce_note", border=False, align="start", size="9pt"),
    cstyle("ce_notehead", border=False, align="start", size="9pt", bold=True),
])
col_styles = "".join(
    f'<style:style style:name="co{k}" style:family="table-column"><style:table-column-properties '
    f'fo:break-before="auto" style:column-width="{w}"/></style:style>' for k, w in enumerate(COLW))
row_styles = (
    '<style:style style:name="ro_auto" style:family="table-row"><style:table-row-properties style:row-height="0.5cm" '
    'fo:break-before="auto" style:use-optimal-row-height="true"/></style:style>'
    '<style:style style:name="ro_small" style:family="table-row"><style:table-row-properties style:row-height="0.3cm" '
    'fo:break-before="auto" style:use-optimal-row-height="false"/></style:style>'
    '<style:style style:name="ro_break" style:family="table-row"><style:table-row-properties style:row-height="0.7cm" '
    'fo:break-before="page" style:use-optimal-row-height="true"/></style:style>')

columns = "".join(f'<table:table-column table:style-name="co{k}" table:default-cell-style-name="Default"/>'
                  for k in range(NCOL))
nrows = len(rows_xml)

doc = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"
 xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:meta><dc:title>Мониторинг ДООП Лопуховский МР 01.10.2025</dc:title><meta:initial-creator>МОЦ Лопуховского района</meta:initial-creator><meta:creation-date>2025-10-07T10:12:00</meta:creation-date></office:meta>
<office:font-face-decls><style:font-face style:name="Liberation Serif" svg:font-family="&apos;Liberation Serif&apos;" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/></office:font-face-decls>
<office:styles>
<number:number-style style:name="N1" number:language="ru" number:country="RU"><number:number number:decimal-places="1" number:min-integer-digits="1"/></number:number-style>
<style:style style:name="Default" style:family="table-cell"><style:text-properties style:font-name="Liberation Serif" fo:font-size="10pt" fo:language="ru" fo:country="RU"/></style:style>
</office:styles>
<office:automatic-styles>
{col_styles}{row_styles}
<style:style style:name="ta1" style:family="table" style:master-page-name="Landscape"><style:table-properties table:display="true"/></style:style>
{cell_styles}
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="29.7cm" fo:page-height="21cm" style:print-orientation="landscape" fo:margin-top="1.0cm" fo:margin-bottom="1.0cm" fo:margin-left="1.3cm" fo:margin-right="1.0cm" style:print="objects charts drawings zero-values" style:print-page-order="ttb" style:table-centering="horizontal"/>
<style:header-style/><style:footer-style><style:header-footer-properties fo:min-height="0.4cm" fo:margin-top="0.2cm"/></style:footer-style></style:page-layout>
</office:automatic-styles>
<office:master-styles>
<style:master-page style:name="Landscape" style:page-layout-name="pm1"><style:header style:display="false"/>
<style:footer><style:region-left><text:p>Форма М-ДООП-2025 (МОЦ)</text:p></style:region-left><style:region-right><text:p>Лист <text:page-number>1</text:page-number> из <text:page-count>2</text:page-count></text:p></style:region-right></style:footer>
</style:master-page>
</office:master-styles>
<office:body><office:spreadsheet>
<table:table table:name="Мониторинг_01.10.2025" table:style-name="ta1" table:print-ranges="&apos;Мониторинг_01.10.2025&apos;.A1:&apos;Мониторинг_01.10.2025&apos;.L{nrows}">
{columns}
{"".join(rows_xml)}
</table:table>
</office:spreadsheet></office:body></office:document>
'''
open(OUT, "w", encoding="utf-8").write(doc)
print("rows", nrows, "wrote", OUT)
