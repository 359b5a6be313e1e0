# Writes olkhovetskiy_2025_spravka_pfdo.fodt (flat ODT) by hand; then LibreOffice makes the PDF.
from xml.sax.saxutils import escape as e

OUT = "/work/main/corpus/heldout6/src/olkhovetskiy_2025_spravka_pfdo.fodt"

body = []

def P(text, style="Body"):
    body.append(f'<text:p text:style-name="{style}">{text}</text:p>')

def H(text):
    body.append(f'<text:p text:style-name="Head">{e(text)}</text:p>')

def table(name, widths, rows, bordered=False, header_rows=1, align=None):
    """rows: list of lists of str; a cell '' is empty. widths in cm."""
    cs = "CB" if bordered else "CN"
    t = [f'<table:table table:name="{name}" table:style-name="{name}">']
    for i, w in enumerate(widths):
        t.append(f'<table:table-column table:style-name="{name}.C{i}"/>')
    if header_rows:
        t.append('<table:table-header-rows>')
    for r, row in enumerate(rows):
        t.append('<table:table-row>')
        for c, cell in enumerate(row):
            if r < header_rows:
                ps = "ThB" if bordered else "ThN"
            else:
                a = (align[c] if align else ("L" if c == 0 else "R"))
                ps = {"L": "TdL", "R": "TdR", "C": "TdC", "I": "TdI"}[a]
            t.append(f'<table:table-cell table:style-name="{cs}" office:value-type="string"><text:p text:style-name="{ps}">{cell}</text:p></table:table-cell>')
        t.append('</table:table-row>')
        if header_rows and r == header_rows - 1:
            t.append('</table:table-header-rows>')
    t.append('</table:table>')
    body.append("\n".join(t))
    return name, widths

tables_styles = []

def tstyle(name, widths):
    s = [f'<style:style style:name="{name}" style:family="table"><style:table-properties style:width="{sum(widths):.2f}cm" table:align="left" fo:margin-top="0.1cm" fo:margin-bottom="0.2cm"/></style:style>']
    for i, w in enumerate(widths):
        s.append(f'<style:style style:name="{name}.C{i}" style:family="table-column"><style:table-column-properties style:column-width="{w:.2f}cm"/></style:style>')
    tables_styles.append("\n".join(s))

# ---------------- content ----------------
P('<text:span text:style-name="B">УПРАВЛЕНИЕ ОБРАЗОВАНИЯ АДМИНИСТРАЦИИ</text:span>', "Center")
P('<text:span text:style-name="B">ОЛЬХОВЕЦКОГО МУНИЦИПАЛЬНОГО ОКРУГА ПРИИЛЬМЕНСКОЙ ОБЛАСТИ</text:span>', "Center")
P('', "Center")
P('<text:span text:style-name="B">ИНФОРМАЦИОННАЯ СПРАВКА</text:span>', "Center")
P('<text:span text:style-name="B">о реализации системы персонифицированного финансирования дополнительного образования детей (ПФДО) в Ольховецком муниципальном округе в 2025 году</text:span>', "Center")
P('(по состоянию на 31 декабря 2025 г.)', "Center")
P('')

H("1. Общие сведения")
P("Система персонифицированного финансирования дополнительного образования детей внедряется в Ольховецком муниципальном округе с 1 сентября 2020 года. С 2024 года выдача сертификатов и их использование осуществляются в рамках социального заказа на оказание муниципальных услуг в социальной сфере по направлению деятельности «реализация дополнительных общеразвивающих программ для детей» (далее – социальный сертификат). Оператором ПФДО на территории округа является муниципальный опорный центр дополнительного образования детей, созданный на базе МАУ ДО «Центр детского творчества «Ольховка» (руководитель МОЦ – Лаптева Ольга Геннадьевна).")
P("Функции уполномоченного органа исполняет Управление образования администрации Ольховецкого муниципального округа (начальник управления – Сидоренков Павел Аркадьевич). Муниципальным администратором АИС «Навигатор дополнительного образования детей Приильменской области» назначена методист МОЦ Кузьмичёва Н.Ю. (приказ Управления образования от 09.01.2025 № 4-од).")

H("2. Нормативное правовое обеспечение")
P("Реализация ПФДО в 2025 году осуществлялась на основании следующих документов:")
acts = [
    "Федеральный закон от 13.07.2020 № 189-ФЗ «О государственном (муниципальном) социальном заказе на оказание государственных (муниципальных) услуг в социальной сфере»;",
    "постановление Правительства Приильменской области от 18.11.2023 № 644-пп «Об организации оказания государственных (муниципальных) услуг в социальной сфере по направлению деятельности «реализация дополнительных образовательных программ (за исключением дополнительных предпрофессиональных программ в области искусств)»;",
    "постановление администрации Ольховецкого муниципального округа от 26.12.2024 № 1512 «Об утверждении муниципального социального заказа на оказание муниципальных услуг в социальной сфере на 2025 год и на плановый период 2026–2027 годов» (в ред. постановления от 14.07.2025 № 803);",
    "постановление администрации Ольховецкого муниципального округа от 29.12.2024 № 1538 «Об утверждении программы персонифицированного финансирования дополнительного образования детей на 2025 год»;",
    "приказ Управления образования от 15.01.2025 № 11-од «Об утверждении плана мероприятий по реализации персонифицированного финансирования в 2025 году».",
]
for a in acts:
    P("– " + e(a), "Dash")

H("3. Выдача и использование сертификатов")
P("Численность детей в возрасте от 5 до 18 лет, проживающих на территории округа, на 01.01.2025 составила 5 874 человека. Сертификаты дополнительного образования в Навигаторе оформлены на 5 406 детей, что составляет 92,0 % (на конец 2024 года – 5 217 детей, 88,6 %). Использованы для записи на программы по социальному сертификату 1 562 сертификата, или 26,6 % от численности детей 5–18 лет при плановом значении 25 %.")
P('Таблица 1. Динамика основных показателей ПФДО', "Caption")
w1 = [8.2, 2.4, 2.4, 2.4, 2.4]
tstyle("T1", w1)
table("T1", w1, [
    ["Показатель", "2023 г.", "2024 г.", "2025 г.", "план 2025"],
    ["Численность детей 5–18 лет, чел.", "5 931", "5 889", "5 874", "–"],
    ["Оформлено сертификатов учёта, ед.", "4 902", "5 217", "5 406", "5 350"],
    ["Социальных сертификатов (сертификатов ПФ), ед.", "1 188", "1 402", "1 562", "1 470"],
    ["Доля детей с сертификатами ПФ, %", "20,0", "23,8", "26,6", "25,0"],
    ["Номинал сертификата (5–13 лет), руб.", "6 200", "6 840", "7 300", "–"],
    ["Номинал сертификата (14–17 лет), руб.", "7 500", "8 100", "8 650", "–"],
    ["Доля детей с ОВЗ среди получателей, %", "3,1", "3,9", "4,6", "4,0"],
])
P("Номинал социального сертификата на 2025 год утверждён постановлением администрации округа от 29.12.2024 № 1538 и дифференцирован по возрасту. Для детей с ограниченными возможностями здоровья и детей участников специальной военной операции применяется повышающий коэффициент 1,3. Всего по сертификатам обучались 72 ребёнка с ОВЗ (в 2024 году – 55).")

H("4. Поставщики образовательных услуг")
P("В реестр исполнителей услуг по социальному сертификату в 2025 году включено 14 организаций (в 2024 году – 11), в том числе 2 организации дополнительного образования, 9 общеобразовательных организаций, 1 детская школа искусств и 2 негосударственные организации (АНО «Лига юных инженеров» и ИП Мельникова Т.С.). Распределение программ и обучающихся по основным исполнителям приведено ниже.")
P('Таблица 2. Исполнители услуг по социальному сертификату', "Caption")
w2 = [7.0, 2.3, 2.5, 2.5, 3.0]
tstyle("T2", w2)
table("T2", w2, [
    ["Организация", "Программ всего", "в т.ч. по соц. сертификату", "Обучаю-щихся по сертиф., чел.", "Оплачено, тыс. руб."],
    ["МАУ ДО «ЦДТ «Ольховка»", "48", "21", "604", "4 118,6"],
    ["МБУ ДО «Ольховецкая ДЮСШ»", "17", "6", "211", "1 402,3"],
    ["МБОУ «Ольховецкая СОШ № 1»", "12", "4", "163", "1 007,9"],
    ["МБОУ «Ольховецкая СОШ № 2»", "9", "3", "118", "742,0"],
    ["МБОУ «Горицкая СОШ»", "7", "2", "74", "455,5"],
    ["МБОУ «Подберезская ООШ»", "5", "2", "41", "238,4"],
    ["МБУ ДО «Ольховецкая ДШИ»", "6", "2", "58", "397,1"],
    ["АНО «Лига юных инженеров»", "4", "4", "139", "1 086,0"],
    ["ИП Мельникова Т.С.", "2", "2", "47", "318,2"],
    ["прочие школы (5)", "21", "6", "107", "611,8"],
    ["<text:span text:style-name=\"B\">Итого</text:span>", "<text:span text:style-name=\"B\">131</text:span>", "<text:span text:style-name=\"B\">52</text:span>", "<text:span text:style-name=\"B\">1 562</text:span>", "<text:span text:style-name=\"B\">10 377,8</text:span>"],
])
P("Таким образом, на негосударственных исполнителей пришлось 186 обучающихся (11,9 %), годом ранее – 102 ребёнка. По сравнению с 2024 годом число программ, включённых в реестр социальных сертификатов, увеличилось с 44 до 52.")

H("5. Программы по направленностям")
P("Всего в Навигаторе на территории округа опубликована 131 дополнительная общеобразовательная общеразвивающая программа, из них 19 новых. Независимую оценку качества в 2025 году прошли 27 программ (подано 30, три программы получили отрицательное заключение экспертов); экспертизу проводили 6 муниципальных экспертов, прошедших обучение в региональном модельном центре.")
P('Таблица 3. Распределение программ по направленностям', "Caption")
w3 = [6.2, 2.2, 2.6, 2.6, 2.6, 1.6]
tstyle("T3", w3)
table("T3", w3, [
    ["Направленность", "Всего", "по соц. сертификату", "бюджетные (муниц. задание)", "прошли НОК", "новые"],
    ["техническая", "22", "13", "9", "7", "5"],
    ["естественнонаучная", "14", "5", "9", "3", "3"],
    ["художественная", "41", "14", "27", "6", "4"],
    ["физкультурно-спортивная", "28", "9", "19", "5", "2"],
    ["туристско-краеведческая", "9", "4", "5", "2", "2"],
    ["социально-гуманитарная", "17", "7", "10", "4", "3"],
    ["Всего", "131", "52", "79", "27", "19"],
])
P("Среди программ, реализуемых по социальному сертификату, 6 программ адаптированы для детей с ОВЗ, 4 реализуются в сетевой форме, 11 – краткосрочные (до 36 часов) для летнего периода, 3 – с применением дистанционных образовательных технологий.")

H("6. Финансовое обеспечение")
P("Объём финансового обеспечения социальных сертификатов на 2025 год предусмотрен в муниципальной программе «Развитие образования в Ольховецком муниципальном округе на 2024–2030 годы» (подпрограмма 3 «Дополнительное образование детей»). Исполнение представлено в таблице 4.")
P('Таблица 4. Исполнение средств на обеспечение социальных сертификатов, тыс. руб.', "Caption")
w4 = [6.6, 2.6, 2.6, 2.6, 2.8]
tstyle("T4", w4)
table("T4", w4, [
    ["Источник / период", "Утверждено", "Исполнено", "% исполнения", "Справочно: 2024 г."],
    ["Бюджет округа, всего", "10 640,0", "10 377,8", "97,5", "8 915,3"],
    ["в т.ч. I квартал", "2 180,0", "2 094,7", "96,1", "1 812,4"],
    ["II квартал", "2 760,0", "2 745,2", "99,5", "2 266,0"],
    ["III квартал", "1 950,0", "1 838,6", "94,3", "1 620,9"],
    ["IV квартал", "3 750,0", "3 699,3", "98,6", "3 216,0"],
    ["Средства областного бюджета (субсидия)", "–", "–", "–", "–"],
], bordered=True, align=["L", "C", "C", "C", "C"])
P("Неосвоенный остаток (262,2 тыс. руб.) образовался в связи с отчислением части обучающихся в летний период и снижением фактической стоимости двух программ технической направленности. Средняя стоимость одной услуги по сертификату составила 6,64 тыс. руб. (в 2024 году – 6,36 тыс. руб.).")

H("7. Информационно-методическое сопровождение")
P("В течение 2025 года МОЦ проведено 16 консультационных мероприятий для поставщиков и родителей по вопросам ПФДО (в 2024 году – 12), в том числе 4 вебинара для ответственных за Навигатор в школах; индивидуально проконсультировано 238 родителей (законных представителей). Информация о социальных сертификатах размещена на сайтах всех 14 исполнителей и в группе МОЦ в социальной сети «ВКонтакте» (43 публикации). По результатам анкетирования в ноябре 2025 года (опрошено 412 родителей) удовлетворённость качеством дополнительного образования по сертификату составила 89,3 %, годом ранее – 86,1 %.")

H("8. Проблемы и перспективы")
P("К проблемным вопросам относятся: слабая активность сельских школ в подготовке программ к включению в реестр социальных сертификатов (три школы из четырнадцати не имеют ни одной такой программы); недостаток педагогов технической направленности; технические сбои Навигатора при массовой записи в сентябре.")
P("На 2026 год планируется:")
for a in [
    "1) довести долю детей, использующих социальные сертификаты, до 28 %;",
    "2) включить в реестр не менее 8 новых программ, в первую очередь естественнонаучной и туристско-краеведческой направленностей;",
    "3) привлечь к исполнению услуг ещё не менее одной негосударственной организации;",
    "4) обеспечить прохождение НОК не менее 35 программами;",
    "5) организовать в марте 2026 года обучающий семинар для заместителей директоров школ по работе в Навигаторе.",
]:
    P(e(a), "Dash")
P('')
P('Начальник Управления образования<text:tab/><text:tab/><text:tab/><text:tab/>П.А. Сидоренков', "Sign")
P('')
P('Исп.: Лаптева О.Г., руководитель МОЦ,', "Small")
P('Кузьмичёва Н.Ю., методист МОЦ, тел. 8 (81662) 3-41-08', "Small")
P('22.01.2026', "Small")

# ---------------- document ----------------
doc = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>Информационная справка о реализации ПФДО, Ольховецкий МО, 2025</dc:title><meta:initial-creator>Кузьмичёва Н.Ю.</meta:initial-creator></office:meta>
<office:font-face-decls>
 <style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'" style:font-family-generic="roman"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:paragraph-properties fo:hyphenation-ladder-count="no-limit"/>
  <style:text-properties style:font-name="Liberation Serif" fo:font-size="12pt" fo:language="ru" fo:country="RU"/>
 </style:default-style>
 <style:style style:name="Standard" style:family="paragraph"/>
 <style:style style:name="Body" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="justify" fo:text-indent="1.25cm" fo:margin-bottom="0.1cm" fo:line-height="115%"/>
 </style:style>
 <style:style style:name="Dash" style:family="paragraph" style:parent-style-name="Body">
  <style:paragraph-properties fo:text-indent="0.9cm"/>
 </style:style>
 <style:style style:name="Center" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="center"/>
 </style:style>
 <style:style style:name="Head" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-top="0.25cm" fo:margin-bottom="0.1cm" fo:keep-with-next="always" fo:text-indent="1.25cm"/>
  <style:text-properties fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Caption" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="end" fo:margin-top="0.15cm" fo:keep-with-next="always"/>
  <style:text-properties fo:font-style="italic" fo:font-size="11pt"/>
 </style:style>
 <style:style style:name="ThN" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="center"/>
  <style:text-properties fo:font-size="10.5pt" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="ThB" style:family="paragraph" style:parent-style-name="ThN"/>
 <style:style style:name="TdL" style:family="paragraph" style:parent-style-name="Standard">
  <style:text-properties fo:font-size="11pt"/>
 </style:style>
 <style:style style:name="TdI" style:family="paragraph" style:parent-style-name="TdL">
  <style:paragraph-properties fo:margin-left="0.5cm"/>
 </style:style>
 <style:style style:name="TdR" style:family="paragraph" style:parent-style-name="TdL">
  <style:paragraph-properties fo:text-align="end"/>
 </style:style>
 <style:style style:name="TdC" style:family="paragraph" style:parent-style-name="TdL">
  <style:paragraph-properties fo:text-align="center"/>
 </style:style>
 <style:style style:name="Sign" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties>
   <style:tab-stops><style:tab-stop style:position="12cm"/></style:tab-stops>
  </style:paragraph-properties>
 </style:style>
 <style:style style:name="Small" style:family="paragraph" style:parent-style-name="Standard">
  <style:text-properties fo:font-size="9pt"/>
 </style:style>
 <style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="pm1">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="2.5cm" fo:margin-right="1.5cm"/>
  <style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.3cm"/></style:footer-style>
 </style:page-layout>
 <style:style style:name="CN" style:family="table-cell">
  <style:table-cell-properties fo:padding-left="0.05cm" fo:padding-right="0.15cm" fo:padding-top="0.02cm" fo:padding-bottom="0.02cm" fo:border="none"/>
 </style:style>
 <style:style style:name="CB" style:family="table-cell">
  <style:table-cell-properties fo:padding="0.08cm" fo:border="0.5pt solid #000000"/>
 </style:style>
 {"".join(tables_styles)}
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="pm1">
  <style:footer><text:p text:style-name="Center"><text:page-number text:select-page="current">1</text:page-number></text:p></style:footer>
 </style:master-page>
</office:master-styles>
<office:body><office:text>
{chr(10).join(body)}
</office:text></office:body>
</office:document>
'''
open(OUT, "w", encoding="utf-8").write(doc)
print("written", OUT)
