# Builds Kukushkinsky_2024_analiticheskaya-spravka.fodt (flat ODF text) by hand;
# LibreOffice headless then converts it to DOCX (see build.sh).
from xml.sax.saxutils import escape as e

OUT = "/work/main/corpus/heldout16/src/writer-f/Kukushkinsky_2024_analiticheskaya-spravka.fodt"

_fn = [0]
def fn(text):
    _fn[0] += 1
    n = _fn[0]
    return ('<text:note text:id="ftn%d" text:note-class="footnote"><text:note-citation>%d</text:note-citation>'
            '<text:note-body><text:p text:style-name="Footnote">%s</text:p></text:note-body></text:note>') % (n, n, e(text))

def P(text, style="Body", raw=False):
    return '<text:p text:style-name="%s">%s</text:p>' % (style, text if raw else e(text))

def cell(content, style="TC", cs=1, rs=1, pstyle="Cell", raw=False):
    attrs = ' table:style-name="%s" office:value-type="string"' % style
    if cs > 1: attrs += ' table:number-columns-spanned="%d"' % cs
    if rs > 1: attrs += ' table:number-rows-spanned="%d"' % rs
    if isinstance(content, (list, tuple)):
        inner = "".join(content)
    else:
        inner = P(content, pstyle, raw)
    return '<table:table-cell%s>%s</table:table-cell>' % (attrs, inner)

COV = '<table:covered-table-cell/>'
def row(*cells): return '<table:table-row>%s</table:table-row>' % "".join(cells)

def table(name, widths, header_rows, body_rows, tstyle="Tbl"):
    cols = "".join('<table:table-column table:style-name="%s.C%d"/>' % (name, i) for i in range(len(widths)))
    hdr = '<table:table-header-rows>%s</table:table-header-rows>' % "".join(header_rows) if header_rows else ""
    return '<table:table table:name="%s" table:style-name="%s">%s%s%s</table:table>' % (name, tstyle, cols, hdr, "".join(body_rows))

def colstyles(name, widths):
    return "".join('<style:style style:name="%s.C%d" style:family="table-column"><style:table-column-properties style:column-width="%.2fcm"/></style:style>' % (name, i, w) for i, w in enumerate(widths))

body = []
A = body.append
A(P("УПРАВЛЕНИЕ ОБРАЗОВАНИЯ АДМИНИСТРАЦИИ КУКУШКИНСКОГО МУНИЦИПАЛЬНОГО ОКРУГА", "HeadC"))
A(P("Муниципальный опорный центр дополнительного образования детей", "Center"))
A(P("(на базе МБУ ДО «Кукушкинский центр детского творчества»)", "Center"))
A(P("", "Body"))
A(P("АНАЛИТИЧЕСКАЯ СПРАВКА", "Title"))
A(P("о состоянии системы дополнительного образования детей Кукушкинского муниципального округа по итогам 2023/2024 учебного года", "Center"))
A(P("", "Body"))
A(P("1. Общие сведения", "H"))
A(P("Справка подготовлена муниципальным опорным центром (далее – МОЦ) во исполнение приказа Управления образования администрации Кукушкинского муниципального округа от 05.09.2023 № 312/01-07 «О функционировании муниципального опорного центра в 2023/2024 учебном году». Анализируемый период – с 1 сентября 2023 г. по 31 мая 2024 г. Использованы данные АИС «Навигатор дополнительного образования детей» (выгрузка на 03.06.2024), формы 1-ДОП и результаты мониторинга, который МОЦ провел в апреле – мае 2024 года в 27 образовательных организациях округа: 14 общеобразовательных, 9 дошкольных и 4 организациях дополнительного образования."))
A(P("2. Охват детей дополнительным образованием", "H"))
A(P("На 1 июня 2024 года дополнительными общеобразовательными программами охвачено 9 133 ребенка в возрасте от 5 до 18 лет, что составляет 77,0 % от общей численности детей этой возрастной группы (11 862 человека)" + fn("Численность детей приведена по данным отдела статистики на 01.01.2024; показатель рассчитан по методике, утвержденной приказом Минпросвещения России от 15.04.2019 № 170. Без учета детей, обучающихся в организациях за пределами округа (около 240 человек).") + ". К уровню прошлого учебного года прирост составил 1,4 п.п. (2022/2023 – 75,6 %), плановое значение муниципальной программы «Развитие образования Кукушкинского муниципального округа на 2021–2025 годы» (76,5 %) перевыполнено на полпроцентного пункта. Выше всего охват у детей 10–14 лет, ниже всего – у старшеклассников (таблица 2).", raw=True))
A(P("Сертификатами персонифицированного финансирования обеспечены 3 412 детей, или 28,8 % детей 5–18 лет; годом ранее доля составляла ровно четверть (25,0 %). На оплату услуг по сертификатам направлено 18,4 млн руб. против 15 736,2 тыс. руб. в 2022/2023 учебном году. Порядок персонифицированного финансирования установлен постановлением администрации Кукушкинского муниципального округа от 14.08.2023 № 1187-па (в ред. постановления от 22.01.2024 № 63-па)."))
A(P("3. Дополнительные общеобразовательные программы", "H"))
A(P("В Навигаторе на 01.06.2024 размещено 214 программ – на 27 больше, чем годом ранее (187). Прирост дали прежде всего техническая (плюс семь программ) и естественнонаучная (плюс четыре) направленности. Из общего числа 96 программ включены в реестр сертифицированных, остальные 118 – в реестр значимых. Новых программ разработано двадцать девять. Экспертизу МОЦ прошли 57 программ, независимую оценку качества – 41 программа, тогда как в прошлом году НОК прошли лишь 26. Программ, адаптированных для детей с ОВЗ, стало вдвое больше: 16 против 8; по ним занимаются 143 ребенка из 412 детей с ОВЗ и инвалидностью школьного возраста (34,7 %). Туристско-краеведческая направленность по-прежнему самая малочисленная – 12 программ, или 5,6 % от их общего количества."))
A(P("Таблица 1. Количество программ по направленностям и формам реализации", "Caption"))

# ---- Table 1 with nested table in a merged cell
w1 = [1.2, 6.6, 2.8, 2.8, 3.0]
nested1_w = [7.2, 3.0, 3.0]
nested1 = table("T1n", nested1_w,
    [row(cell("Форма реализации", "TCh", pstyle="CellB"), cell("2022/2023", "TCh", pstyle="CellB"), cell("2023/2024", "TCh", pstyle="CellB"))],
    [row(cell("сетевые"), cell("14", pstyle="CellC"), cell("19", pstyle="CellC")),
     row(cell("дистанционные (с применением ДОТ)"), cell("9", pstyle="CellC"), cell("11", pstyle="CellC")),
     row(cell("адаптированные для детей с ОВЗ"), cell("8", pstyle="CellC"), cell("16", pstyle="CellC")),
     row(cell("краткосрочные (до 36 часов)"), cell("31", pstyle="CellC"), cell("38", pstyle="CellC")),
     row(cell("летние (каникулярные)"), cell("20", pstyle="CellC"), cell("23", pstyle="CellC"))])
hdr1 = [
    row(cell("№ п/п", "TCh", rs=2, pstyle="CellB"), cell("Направленность", "TCh", rs=2, pstyle="CellB"),
        cell("Количество программ в Навигаторе, ед.", "TCh", cs=2, pstyle="CellB"), COV,
        cell("Изменение, ед.", "TCh", rs=2, pstyle="CellB")),
    row(COV, COV, cell("2022/2023 уч. г.", "TCh", pstyle="CellB"), cell("2023/2024 уч. г.", "TCh", pstyle="CellB"), COV),
    row(*[cell(str(i), "TCh", pstyle="CellC") for i in range(1, 6)]),
]
data1 = [("1", "Техническая", 24, 31), ("2", "Естественнонаучная", 18, 22), ("3", "Художественная", 63, 68),
         ("4", "Физкультурно-спортивная", 42, 47), ("5", "Туристско-краеведческая", 10, 12), ("6", "Социально-гуманитарная", 30, 34)]
rows1 = [row(cell(a, pstyle="CellC"), cell(b), cell(str(c), pstyle="CellC"), cell(str(d), pstyle="CellC"), cell("+%d" % (d - c), pstyle="CellC")) for a, b, c, d in data1]
rows1.append(row(cell("", ), cell("Итого", pstyle="CellB"),
                 cell("187" + fn("Включая 3 программы, исключенные из Навигатора в мае 2023 г. в связи с окончанием срока реализации."), pstyle="CellBC", raw=True),
                 cell("214", pstyle="CellBC"), cell("+27", pstyle="CellBC")))
rows1.append(row(cell([P("в том числе по формам реализации" + fn("Программа, реализуемая одновременно в нескольких формах, учтена в каждой из них, поэтому сумма по формам не совпадает с итогом.") + ":", "Cell", raw=True), nested1], cs=5), COV, COV, COV, COV))
A(table("T1", w1, hdr1, rows1))
A(P("", "Body"))
A(P("Сетевых программ стало 19 (было 14), из них 7 реализуются совместно с предприятиями округа, в том числе с АО «Кукушкинский механический завод». Летние программы в июне – августе 2023 г. освоили 1 038 детей.", "Body"))

# ---- Table 2 indicators with nested age table
A(P("Таблица 2. Показатели деятельности МОЦ", "Caption"))
w2 = [1.0, 6.4, 1.6, 2.2, 1.9, 1.9, 1.4]
nested2 = table("T2n", [3.2, 2.4, 2.0, 1.6],
    [row(cell("Возрастная группа", "TCh", pstyle="CellB"), cell("Численность детей, чел.", "TCh", pstyle="CellB"), cell("Охвачено, чел.", "TCh", pstyle="CellB"), cell("Охват, %", "TCh", pstyle="CellB"))],
    [row(cell("5–9 лет"), cell("4 402", pstyle="CellC"), cell("3 215", pstyle="CellC"), cell("73,0", pstyle="CellC")),
     row(cell("10–14 лет"), cell("4 706", pstyle="CellC"), cell("3 977", pstyle="CellC"), cell("84,5", pstyle="CellC")),
     row(cell("15–17 лет"), cell("2 754", pstyle="CellC"), cell("1 941", pstyle="CellC"), cell("70,5", pstyle="CellC")),
     row(cell("Всего", pstyle="CellB"), cell("11 862", pstyle="CellBC"), cell("9 133", pstyle="CellBC"), cell("77,0", pstyle="CellBC"))])
hdr2 = [
    row(cell("№", "TCh", rs=2, pstyle="CellB"), cell("Показатель", "TCh", rs=2, pstyle="CellB"), cell("Ед. изм.", "TCh", rs=2, pstyle="CellB"),
        cell("2022/2023 (факт)", "TCh", rs=2, pstyle="CellB"), cell("2023/2024 уч. год", "TCh", cs=2, pstyle="CellB"), COV,
        cell("Откл. от плана", "TCh", rs=2, pstyle="CellB")),
    row(COV, COV, COV, COV, cell("план", "TCh", pstyle="CellB"), cell("факт", "TCh", pstyle="CellB"), COV),
]
data2 = [("1", "Доля детей 5–18 лет, охваченных дополнительным образованием", "%", "75,6", "76,5", "77,0", "+0,5"),
         ("2", "Доля детей, обеспеченных сертификатами ПФДО", "%", "25,0", "27,0", "28,8", "+1,8"),
         ("3", "Число детей с ОВЗ, обучающихся по адаптированным программам", "чел.", "71", "120", "143", "+23"),
         ("4", "Доля педагогов, прошедших повышение квалификации", "%", "35,1", "40,0", "42,6", "+2,6"),
         ("5", "Количество методических мероприятий МОЦ", "ед.", "28", "30", "34", "+4"),
         ("6", "Число участников мероприятий", "чел.", "874", "1 000", "1 126", "+126")]
rows2 = []
for i, r in enumerate(data2):
    rows2.append(row(cell(r[0], pstyle="CellC"), cell(r[1]), *[cell(x, pstyle="CellC") for x in r[2:]]))
    if i == 0:
        rows2.append(row(cell(""), cell([P("в т.ч. по возрастным группам:", "Cell"), nested2], cs=6), COV, COV, COV, COV, COV))
A(table("T2", w2, hdr2, rows2))

A(P("4. Кадровое и методическое обеспечение", "H"))
A(P("За отчетный период МОЦ провел 34 методических мероприятия (семинары, стажировочные площадки, муниципальный этап конкурса «Сердце отдаю детям»), их участниками стали 1 126 человек. Курсы повышения квалификации прошли 63 педагога из 148, работающих в системе дополнительного образования округа (42,6 %), в т.ч. 12 человек – по работе с детьми с ОВЗ. Методист МОЦ Ершова Анна Викторовна провела 19 консультаций для разработчиков программ; муниципальный администратор Навигатора Голубев Р.М. проверил и опубликовал 61 карточку программ. Деятельность МОЦ организована в соответствии с приказом Минпросвещения России от 27.07.2022 № 629 и Федеральным законом от 29.12.2012 № 273-ФЗ."))
A(P("5. Проблемы", "H"))
A(P("– охват старшеклассников 15–17 лет (70,5 %) остается ниже среднего по округу на 6,5 п.п.;", "Body"))
A(P("– программы дополнительного образования реализуют только 4 из 9 дошкольных организаций;", "Body"))
A(P("– в двух сельских территориях нет ни одной программы технической направленности.", "Body"))
A(P("6. Задачи на 2024/2025 учебный год", "H"))
for t in ["1) довести охват детей 5–18 лет до 78,0 % (не менее 9 250 человек);",
          "2) увеличить число программ технической и естественнонаучной направленностей не менее чем на 10;",
          "3) обеспечить прохождение НОК не менее чем 50 программами до 1 декабря 2024 года;",
          "4) в III квартале 2024 г. организовать обучение 25 педагогов по разработке адаптированных программ;",
          "5) в срок до 15.10.2024 актуализировать реестры сертифицированных и значимых программ (отв. Голубев Р.М.)."]:
    A(P(t, "Body"))
A(P("", "Body"))
sig = table("Sig", [7.5, 4.0, 5.0], None, [
    row(cell("Руководитель МОЦ", "TN"), cell("____________", "TN", pstyle="CellC"), cell("Л.Г. Синицына", "TN")),
    row(cell("СОГЛАСОВАНО: начальник Управления образования", "TN"), cell("____________", "TN", pstyle="CellC"), cell("О.Н. Кречетова", "TN")),
    row(cell("10 июня 2024 г.", "TN"), cell("", "TN"), cell("", "TN"))], tstyle="TblN")
A(sig)
A(P("", "Body"))
A(P("Исп.: Ершова А.В., методист МОЦ, тел. (00000) 2-31-07", "Small"))

styles = colstyles("T1", w1) + colstyles("T1n", nested1_w) + colstyles("T2", w2) + colstyles("T2n", [3.2, 2.4, 2.0, 1.6]) + colstyles("Sig", [7.5, 4.0, 5.0])

doc = '''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls><style:font-face style:name="Times New Roman" svg:font-family="'Times New Roman'" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/></office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:text-properties style:font-name="Times New Roman" fo:font-size="12pt" fo:language="ru" fo:country="RU"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph"/>
<style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:text-indent="1.25cm" fo:margin-bottom="0.1cm"/></style:style>
<style:style style:name="Center" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/></style:style>
<style:style style:name="HeadC" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-weight="bold" fo:font-size="11pt"/></style:style>
<style:style style:name="Title" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-weight="bold" fo:font-size="14pt"/></style:style>
<style:style style:name="H" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.2cm" fo:margin-bottom="0.1cm" fo:keep-with-next="always"/><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Caption" style:family="paragraph"><style:paragraph-properties fo:text-align="right" fo:keep-with-next="always"/><style:text-properties fo:font-style="italic"/></style:style>
<style:style style:name="Cell" style:family="paragraph"><style:text-properties fo:font-size="10pt"/></style:style>
<style:style style:name="CellC" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="10pt"/></style:style>
<style:style style:name="CellB" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="10pt" fo:font-weight="bold"/></style:style>
<style:style style:name="CellBC" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="10pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Small" style:family="paragraph"><style:text-properties fo:font-size="9pt"/></style:style>
<style:style style:name="Footnote" style:family="paragraph" style:class="extra"><style:text-properties fo:font-size="9pt"/></style:style>
</office:styles>
<office:automatic-styles>
<style:style style:name="Tbl" style:family="table"><style:table-properties style:width="16.5cm" table:align="left"/></style:style>
<style:style style:name="TblN" style:family="table"><style:table-properties style:width="16.5cm" table:align="left"/></style:style>
<style:style style:name="TC" style:family="table-cell"><style:table-cell-properties fo:padding="0.05cm" fo:border="0.5pt solid #000000"/></style:style>
<style:style style:name="TCh" style:family="table-cell"><style:table-cell-properties fo:padding="0.05cm" fo:border="0.5pt solid #000000" style:vertical-align="middle" fo:background-color="#e6e6e6"/></style:style>
<style:style style:name="TN" style:family="table-cell"><style:table-cell-properties fo:padding="0.05cm" fo:border="none"/></style:style>
%s
</office:automatic-styles>
<office:body><office:text>
%s
</office:text></office:body></office:document>
''' % (styles, "\n".join(body))
open(OUT, "w", encoding="utf-8").write(doc)
print("wrote", OUT)
