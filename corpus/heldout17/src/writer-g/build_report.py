# Builds krapivinsky_2023_otchet.fodt (flat ODF) by hand; converted to DOCX by soffice.
from xml.sax.saxutils import escape as e

def p(text, style="Body"):
    return f'<text:p text:style-name="{style}">{text}</text:p>\n'

def cell(text, style="Cell", span=1, rspan=1, pstyle="TC"):
    a = ''
    if span > 1: a += f' table:number-columns-spanned="{span}"'
    if rspan > 1: a += f' table:number-rows-spanned="{rspan}"'
    return f'<table:table-cell table:style-name="{style}" office:value-type="string"{a}>' + p(text, pstyle) + '</table:table-cell>'

COV = '<table:covered-table-cell/>'

body = ""
body += p("УПРАВЛЕНИЕ ОБРАЗОВАНИЯ АДМИНИСТРАЦИИ КРАПИВИНСКОГО МУНИЦИПАЛЬНОГО ОКРУГА", "Center")
body += p("МУНИЦИПАЛЬНОЕ БЮДЖЕТНОЕ УЧРЕЖДЕНИЕ ДОПОЛНИТЕЛЬНОГО ОБРАЗОВАНИЯ «КРАПИВИНСКИЙ ЦЕНТР ДЕТСКОГО ТВОРЧЕСТВА»", "Center")
body += p("МУНИЦИПАЛЬНЫЙ ОПОРНЫЙ ЦЕНТР ДОПОЛНИТЕЛЬНОГО ОБРАЗОВАНИЯ ДЕТЕЙ", "CenterB")
body += p("ОТЧЁТ О ДЕЯТЕЛЬНОСТИ", "Title")
body += p("муниципального опорного центра за 2023 год", "Center")

body += p("1. Общие сведения", "H")
body += p("Муниципальный опорный центр (далее – МОЦ) функционирует на базе МБУ ДО «Крапивинский центр детского творчества» с 1 марта 2020 г. в соответствии с приказом управления образования администрации Крапивинского муниципального округа от 14.02.2020 № 47-од «О создании муниципального опорного центра» (в ред. приказа от 09.01.2023 № 3-од). Деятельность МОЦ в отчётном периоде осуществлялась по плану, утверждённому приказом МБУ ДО «Крапивинский ЦДТ» от 27.12.2022 №112/1."
         '<text:note text:id="ftn1" text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p text:style-name="Foot">План работы МОЦ на 2023 год размещён на официальном сайте учреждения в разделе «Муниципальный опорный центр».</text:p></text:note-body></text:note>')
body += p("Штат МОЦ в 2023 году составлял 4 человека: руководитель МОЦ Зотова Ирина Геннадьевна, методисты Лапшина Ольга Викторовна и Бурцев Денис Андреевич, муниципальный администратор АИС «Навигатор дополнительного образования» – Кирьянова Елена Сергеевна. В каждой из 17 образовательных организаций округа, реализующих дополнительные общеобразовательные программы, назначены ответственные координаторы.")

body += p("2. Охват детей дополнительным образованием", "H")
body += p("По состоянию на 31.12.2023 численность детей в возрасте от 5 до 18 лет, проживающих на территории округа, составила 6 412 человек. Дополнительным образованием охвачено 5 034 ребёнка, что составляет 78,5 % (в 2022 году – 75,2 %, в 2021 году – 71,9 %). Таким образом, за год показатель вырос на 3,3 п.п. и превысил плановое значение муниципальной программы (77,0 %) на 1,5 п.п.")
body += p("Сертификаты дополнительного образования получили 1 987 детей, или 31,0 % от общей численности детей 5–18 лет (годом ранее – 1 702 ребёнка, 26,4 %). Из них 412 сертификатов используются в режиме персонифицированного финансирования, что на 96 больше, чем в 2022 году. Дети с ограниченными возможностями здоровья и дети-инвалиды, занимающиеся по программам дополнительного образования, – 138 человек (в 2022 г. – 117).")

body += p("3. Дополнительные общеобразовательные программы", "H")
body += p("В АИС «Навигатор» на конец года размещено сто восемьдесят шесть (186) программ против 161 в 2022 году и 139 в 2021 году; из них новых, разработанных и впервые реализуемых в 2023 году, – 24. В реестр сертифицированных программ включено 38 программ (в 2022 г. – 29), в реестр значимых – 121. Независимую оценку качества (экспертизу) в I полугодии 2023 года прошли 57 программ.")
body += p("Из общего числа программ: сетевые – 9, реализуемые с применением дистанционных технологий – 5, адаптированные для детей с ОВЗ – 14 (в т.ч. три – для детей с нарушениями слуха), краткосрочные – 27, летние (реализуемые в период с июня по август) – 19. Распределение программ по направленностям приведено в таблице 1.")
body += p("Таблица 1. Программы по направленностям, 2022–2023 гг.", "Caption")

# table 1
t = '<table:table table:name="T1" table:style-name="Tbl">'
t += '<table:table-column table:style-name="ColA"/>' + '<table:table-column table:style-name="ColN" table:number-columns-repeated="5"/>'
t += '<table:table-header-rows>'
t += '<table:table-row>' + cell("Направленность", "Cell", 1, 2, "TH") + cell("Количество программ, ед.", "Cell", 2, 1, "TH") + COV + cell("Из них в 2023 году", "Cell", 2, 1, "TH") + COV + cell("Охват детей в 2023 году, чел.*", "Cell", 1, 2, "TH") + '</table:table-row>'
t += '<table:table-row>' + COV + cell("2022", pstyle="TH") + cell("2023", pstyle="TH") + cell("сертифици-рованные", pstyle="TH") + cell("для детей с ОВЗ", pstyle="TH") + COV + '</table:table-row>'
t += '<table:table-row>' + ''.join(cell(str(i), pstyle="TH") for i in range(1, 7)) + '</table:table-row>'
t += '</table:table-header-rows>'
rows = [("Техническая", 24, 29, 7, 2, "712"), ("Естественнонаучная", 17, 21, 4, 1, "498"),
        ("Художественная", 48, 53, 11, 5, "1 406"), ("Физкультурно-спортивная", 36, 40, 8, 3, "1 321"),
        ("Туристско-краеведческая", 12, 15, 3, 1, "367"), ("Социально-гуманитарная", 24, 28, 5, 2, "730")]
for r in rows:
    t += '<table:table-row>' + cell(r[0], pstyle="TL") + ''.join(cell(str(x)) for x in r[1:]) + '</table:table-row>'
t += '<table:table-row>' + cell("<text:span text:style-name=\"B\">Итого</text:span>", pstyle="TL") + ''.join(cell(f'<text:span text:style-name="B">{x}</text:span>') for x in ["161", "186", "38", "14", "5 034"]) + '</table:table-row>'
t += '</table:table>'
body += t
body += p("* Учтены дети, занимающиеся по одной программе; при обучении по нескольким программам ребёнок учитывается один раз по основной программе.", "Foot")

body += p("4. Методическое сопровождение и работа с кадрами", "H")
body += p("В 2023 году в образовательных организациях округа работали 63 педагога дополнительного образования, в том числе 18 внешних совместителей. Курсы повышения квалификации по программам, связанным с разработкой и реализацией дополнительных общеобразовательных программ, прошли 27 педагогов (в 2022 г. – 19, в 2021 г. – 12). МОЦ провёл 11 обучающих семинаров и 6 консультаций для координаторов, организована работа 4 стажировочных площадок.")
body += p("Всего МОЦ организовано 42 муниципальных мероприятия с участием 3 180 обучающихся и педагогов – на восемь мероприятий больше, чем годом ранее. В период с 10 по 24 марта 2023 года проведён муниципальный этап конкурса профессионального мастерства «Сердце отдаю детям» (9 участников), победитель – педагог дополнительного образования МБОУ «Крапивинская СОШ № 2» Шестакова Валентина Петровна.")

body += p("5. Финансовое обеспечение", "H")
body += p("Объём средств, направленных на обеспечение персонифицированного финансирования в 2023 году, составил 4 812,6 тыс. руб. при плане 5 000,0 тыс. руб. (исполнение – 96,3 %). Кроме того, на приобретение оборудования для технической направленности из местного бюджета выделено 0,65 млн руб.")

body += p("6. Задачи на 2024 год", "H")
for i, s in enumerate([
    "довести охват детей 5–18 лет дополнительным образованием до 80,0 %;",
    "увеличить долю детей, имеющих сертификат, до 33 % от общей численности детей соответствующего возраста;",
    "разработать не менее 10 новых программ технической и естественнонаучной направленностей;",
    "увеличить число адаптированных программ для детей с ОВЗ до 17;",
    "обеспечить прохождение НОК не менее чем 60 программами."], 1):
    body += p(f"{i}) {s}", "List")
body += p("План основных мероприятий МОЦ на 2024 год представлен в таблице 2.")
body += p("Таблица 2. План мероприятий на 2024 год", "Caption")

t = '<table:table table:name="T2" table:style-name="Tbl">'
t += '<table:table-column table:style-name="ColNo"/><table:table-column table:style-name="ColM"/><table:table-column table:style-name="ColS" table:number-columns-repeated="3"/>'
t += '<table:table-header-rows><table:table-row>' + ''.join(cell(h, pstyle="TH") for h in ["№ п/п", "Мероприятие", "Срок", "Ответственный", "Результат"]) + '</table:table-row></table:table-header-rows>'
plan = [
    ("Актуализация сведений о программах в АИС «Навигатор»", "январь – февраль 2024 г.", "Кирьянова Е.С., муниципальный администратор", "186 программ с актуальным описанием"),
    ("Муниципальный семинар «Проектирование краткосрочных программ»", "II квартал", "Лапшина О.В., методист", "не менее 25 участников"),
    ("Организация НОК (экспертизы) программ", "с 15 января по 29 марта 2024 г.", "Бурцев Д.А., методист", "не менее 60 программ"),
    ("Летняя кампания: летние и краткосрочные программы", "июнь – август 2024 г.", "координаторы ОО", "не менее 22 летних программ"),
    ("Курсы повышения квалификации педагогов ДО", "в течение года", "Зотова И.Г., руководитель МОЦ", "30 педагогов"),
    ("Подготовка отчёта о деятельности МОЦ за 2024 год", "до 20.12.2024", "Зотова И.Г.", "отчёт в управление образования"),
]
for i, r in enumerate(plan, 1):
    t += '<table:table-row>' + cell(f"{i}.") + ''.join(cell(x, pstyle="TL") for x in r) + '</table:table-row>'
t += '</table:table>'
body += t
body += p("")
# signature table, borderless
t = '<table:table table:name="T3" table:style-name="TblS"><table:table-column table:style-name="ColSig" table:number-columns-repeated="3"/>'
t += '<table:table-row>' + cell("Руководитель МОЦ", "CellN", pstyle="TL") + cell("____________", "CellN") + cell("И.Г. Зотова", "CellN", pstyle="TR") + '</table:table-row>'
t += '<table:table-row>' + cell("Директор МБУ ДО «Крапивинский ЦДТ»", "CellN", pstyle="TL") + cell("____________", "CellN") + cell("Т.А. Мельникова", "CellN", pstyle="TR") + '</table:table-row>'
t += '</table:table>'
body += t
body += p("15.01.2024", "Body")
body += p("Исп.: Лапшина Ольга Викторовна, методист МОЦ, тел. 8 (38446) 2-17-35", "Small")

doc = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls><style:font-face style:name="Times New Roman" svg:font-family="'Times New Roman'" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/></office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:text-properties style:font-name="Times New Roman" fo:font-size="12pt" fo:language="ru" fo:country="RU"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph"/>
<style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:text-indent="1.25cm" fo:margin-bottom="0.1cm" fo:line-height="115%"/></style:style>
<style:style style:name="List" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:margin-left="1.25cm" fo:margin-bottom="0.05cm"/></style:style>
<style:style style:name="Center" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/></style:style>
<style:style style:name="CenterB" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.4cm"/><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Title" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-top="0.4cm"/><style:text-properties fo:font-size="14pt" fo:font-weight="bold"/></style:style>
<style:style style:name="H" style:family="paragraph" style:default-outline-level="2"><style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.15cm" fo:keep-with-next="always"/><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Caption" style:family="paragraph"><style:paragraph-properties fo:text-align="end" fo:margin-top="0.2cm" fo:keep-with-next="always"/><style:text-properties fo:font-style="italic"/></style:style>
<style:style style:name="TH" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="10.5pt" fo:font-weight="bold"/></style:style>
<style:style style:name="TC" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="10.5pt"/></style:style>
<style:style style:name="TL" style:family="paragraph"><style:text-properties fo:font-size="10.5pt"/></style:style>
<style:style style:name="TR" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/></style:style>
<style:style style:name="Foot" style:family="paragraph"><style:text-properties fo:font-size="9.5pt"/></style:style>
<style:style style:name="Small" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.6cm"/><style:text-properties fo:font-size="9pt"/></style:style>
<style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
</office:styles>
<office:automatic-styles>
<style:style style:name="Tbl" style:family="table"><style:table-properties style:width="17cm" table:align="margins" fo:margin-top="0.1cm" fo:margin-bottom="0.2cm"/></style:style>
<style:style style:name="TblS" style:family="table"><style:table-properties style:width="17cm" table:align="margins" fo:margin-top="0.5cm"/></style:style>
<style:style style:name="ColA" style:family="table-column"><style:table-column-properties style:column-width="5cm"/></style:style>
<style:style style:name="ColN" style:family="table-column"><style:table-column-properties style:column-width="2.4cm"/></style:style>
<style:style style:name="ColNo" style:family="table-column"><style:table-column-properties style:column-width="1.1cm"/></style:style>
<style:style style:name="ColM" style:family="table-column"><style:table-column-properties style:column-width="5.9cm"/></style:style>
<style:style style:name="ColS" style:family="table-column"><style:table-column-properties style:column-width="3.333cm"/></style:style>
<style:style style:name="ColSig" style:family="table-column"><style:table-column-properties style:column-width="5.666cm"/></style:style>
<style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:padding="0.08cm" style:vertical-align="middle"/></style:style>
<style:style style:name="CellN" style:family="table-cell"><style:table-cell-properties fo:border="none" fo:padding="0.05cm"/></style:style>
<style:page-layout style:name="PL"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="2.5cm" fo:margin-right="1.5cm"/></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="PL"/></office:master-styles>
<office:body><office:text>
{body}
</office:text></office:body></office:document>
'''
open("krapivinsky_2023_otchet.fodt", "w", encoding="utf-8").write(doc)
