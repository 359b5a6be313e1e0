# Generates Kukshinsky_2025_protokol.fodt (LibreOffice flat XML), later converted to .odt by soffice
from xml.sax.saxutils import escape as e

body = []
def p(text, style="Body"):
    body.append(f'<text:p text:style-name="{style}">{text}</text:p>')
def pb(bold, rest="", style="Body"):
    body.append(f'<text:p text:style-name="{style}"><text:span text:style-name="B">{e(bold)}</text:span>{e(rest)}</text:p>')
def pt(text, style="Body"):
    p(e(text), style)
def table(name, widths, rows, header_rows=1):
    out = [f'<table:table table:name="{name}" table:style-name="Tbl">']
    for i, w in enumerate(widths):
        out.append(f'<table:table-column table:style-name="{name}.C{i}"/>')
    for ri, row in enumerate(rows):
        if ri == 0 and header_rows:
            out.append('<table:table-header-rows>')
        out.append('<table:table-row>')
        for cell in row:
            span = 1
            if isinstance(cell, tuple):
                cell, span = cell
            st = "TH" if ri < header_rows else "TD"
            attr = f' table:number-columns-spanned="{span}"' if span > 1 else ''
            out.append(f'<table:table-cell table:style-name="Cell" office:value-type="string"{attr}>')
            for line in cell.split("\n"):
                out.append(f'<text:p text:style-name="{st}">{e(line)}</text:p>')
            out.append('</table:table-cell>')
            for _ in range(span - 1):
                out.append('<table:covered-table-cell/>')
        out.append('</table:table-row>')
        if ri == header_rows - 1 and header_rows:
            out.append('</table:table-header-rows>')
    out.append('</table:table>')
    body.append("\n".join(out))
    return widths

col_styles = []
def colstyles(name, widths):
    for i, w in enumerate(widths):
        col_styles.append(f'<style:style style:name="{name}.C{i}" style:family="table-column"><style:table-column-properties style:column-width="{w}cm"/></style:style>')

# ---------------- content ----------------
pt("УПРАВЛЕНИЕ ОБРАЗОВАНИЯ АДМИНИСТРАЦИИ КУКШИНСКОГО МУНИЦИПАЛЬНОГО РАЙОНА", "Center")
pt("Муниципальный опорный центр дополнительного образования детей", "Center")
pt("(на базе МБУ ДО «Кукшинский районный Дом детского творчества «Радуга»)", "Center")
pt("", "Body")
pt("ПРОТОКОЛ № 2", "Title")
pt("заседания координационного совета муниципального опорного центра", "Center")
pt("", "Body")
p(e("18 марта 2025 г.") + '<text:tab/><text:tab/><text:tab/><text:tab/><text:tab/><text:tab/>' + e("пгт Кукшино"), "Body")
pt("", "Body")
pb("Председатель: ", "Глазырина Елена Викторовна, начальник управления образования администрации Кукшинского муниципального района.")
pb("Секретарь: ", "Ляпина Татьяна Андреевна, методист МОЦ.")
pb("Присутствовали: ", "11 членов совета из 13:")
for line in [
    "Ракитянская Ольга Михайловна – руководитель МОЦ, заместитель директора МБУ ДО «Кукшинский районный Дом детского творчества «Радуга»;",
    "Тесёлкин Андрей Павлович – директор МБУ ДО «Детско-юношеская спортивная школа «Стрежень»;",
    "Мухаметова Гульнара Ришатовна – методист МОЦ, муниципальный эксперт по НОК;",
    "Завьялова Ирина Геннадьевна – специалист МОЦ по персонифицированному финансированию;",
    "Дробышев С. Н. – директор МБОУ «Верхнекукшинская СОШ»;",
    "Корнеева Л.В. – заместитель директора по ВР МБОУ «Кукшинская гимназия № 2»;",
    "Пантелеев Игорь Семёнович – руководитель центра «Точка роста» МБОУ «Ольховская СОШ»;",
    "Сабурова Н. А. – директор МБУК «Кукшинский районный культурно-досуговый центр»;",
    "Шмелёв Д.Д. – председатель районного родительского совета;",
    "Ляпина Т. А. – методист МОЦ, секретарь совета.",
]:
    pt(line, "List")
pb("Отсутствовали: ", "2 человека (по уважительной причине).")
pb("Приглашённые: ", "руководители 6 общеобразовательных организаций района (по списку).")
pt("", "Body")
pt("ПОВЕСТКА ДНЯ:", "Head")
for i, line in enumerate([
    "Об итогах реализации дополнительных общеобразовательных программ в 2024 году и выполнении показателей регионального проекта «Успех каждого ребенка».",
    "О ходе выдачи и использования сертификатов дополнительного образования в 2025 году.",
    "О подготовке программ к независимой оценке качества и к летней оздоровительной кампании 2025 года.",
    "Об утверждении плана мероприятий МОЦ на II квартал 2025 года.",
], 1):
    pt(f"{i}. {line}", "List")

pt("1. По первому вопросу", "Head")
pb("СЛУШАЛИ: ", "Ракитянскую О.М., руководителя МОЦ, которая доложила, что по состоянию на 01.01.2025 в районе дополнительные общеобразовательные программы реализуют 14 организаций (11 школ, 2 учреждения дополнительного образования и 1 учреждение культуры). Всего в муниципальном сегменте Навигатора размещено 212 программ, тогда как в 2023 году их было 187. Из них по направленностям: техническая – 31, естественнонаучная – 24, художественная – 63, социально-гуманитарная – 45, туристско-краеведческая – 17, физкультурно-спортивная – 32. В сетевой форме реализуется 9 программ, краткосрочных – 27, с применением дистанционных технологий – 6, адаптированных для детей с ОВЗ – 11 (годом ранее – восемь). Новых программ в 2024 году разработано 23 при плане 20.")
pt("Ольга Михайловна отметила, что доля детей в возрасте от 5 до 18 лет, охваченных дополнительным образованием, по итогам года составила 78,4 % (4 316 человек из 5 505) при плановом показателе 77 %; в 2023 году – 75,9 %. Отставание сохраняется в сельских поселениях: в Ольховском и Заречном охват не превышает 61–64 %.")
pb("ВЫСТУПИЛИ: ", "Тесёлкин А.П., директор ДЮСШ «Стрежень», сообщил, что программами физкультурно-спортивной направленности охвачено 1 146 человек, из них 38 детей с ОВЗ, и предложил открыть две группы по программе «Лыжные гонки» на базе МБОУ «Ольховская СОШ».")
pt("Мухаметова Г.Р., методист МОЦ, пояснила, что в 2024 году независимую оценку качества прошли 47 программ, положительное заключение получила 41 программа (87,2 %). В реестр сертифицированных программ включено 58 программ, в реестр значимых – 96, остальные 58 реализуются за счёт муниципального задания вне реестров.")
pb("РЕШИЛИ:")
pt("1.1. Информацию руководителя МОЦ принять к сведению.", "List")
pt("1.2. Руководителям образовательных организаций обеспечить разработку не менее 12 новых программ технической и естественнонаучной направленностей. Срок – до 01.08.2025. Ответственные – руководители ОО, контроль – Ракитянская О.М.", "List")
pt("1.3. Тесёлкину А.П. совместно с Пантелеевым И.С. открыть с 1 сентября 2025 г. две группы физкультурно-спортивной направленности в с. Ольховка.", "List")
pt("Голосовали: «за» – 11, «против» – нет, «воздержались» – нет.", "Body")

pt("2. По второму вопросу", "Head")
pb("СЛУШАЛИ: ", "Завьялову И.Г., специалиста МОЦ, которая сообщила, что в соответствии с постановлением администрации Кукшинского муниципального района от 26.12.2024 № 1187-п «Об утверждении программы персонифицированного финансирования дополнительного образования детей на 2025 год» на текущий год предусмотрено 1 350 сертификатов; номинал сертификата – 7 480 рублей, для детей с ОВЗ – 11 220 рублей. На 14.03.2025 выдано 1 212 сертификатов, что составляет 89,8 % от плана, из них используется (заключены договоры) 1 034, или 85,3 % выданных. Доля детей 5–18 лет, обеспеченных сертификатами, – 22,0 %. Для сравнения: в 2024 году было выдано 1 180 сертификатов, использовано около 93 %.")
pb("ВЫСТУПИЛИ: ", "Дробышев С.Н., директор МБОУ «Верхнекукшинская СОШ», указал, что в трёх малокомплектных школах родители не активируют сертификаты из-за отсутствия подтверждённой учётной записи на Госуслугах; Шмелёв Д.Д. предложил провести выездные консультации для родителей.")
pb("РЕШИЛИ:")
pt("2.1. Провести родительские собрания по вопросам ПФДО во всех ОО района до 30 апреля 2025 года (отв. Завьялова И.Г., руководители ОО).", "List")
pt("2.2. Довести долю используемых сертификатов до 95 % от выданных к 01.09.2025 (отв. Ракитянская О.М.).", "List")
pt("Голосовали: единогласно.", "Body")

pt("3. По третьему вопросу", "Head")
pb("СЛУШАЛИ: ", "Мухаметову Г.Р., которая проинформировала, что приказом управления образования от 03.02.2025 № 41-од «О проведении независимой оценки качества дополнительных общеобразовательных программ в 2025 году» утверждён график экспертизы на период с 7 апреля по 23 мая 2025 г. Заявлено 19 программ. На лето 2025 года планируется реализовать 34 летние краткосрочные программы (в 2024 году – 29) с охватом не менее 860 детей, в том числе 6 программ на базе пришкольных лагерей.")
pb("РЕШИЛИ:")
pt("3.1. Направить программы на экспертизу не позднее 04.04.2025 (отв. руководители ОО).", "List")
pt("3.2. Мухаметовой Г.Р. провести консультации для авторов программ в течение апреля.", "List")

pt("4. По четвёртому вопросу", "Head")
pb("СЛУШАЛИ: ", "Ракитянскую О.М. о проекте плана мероприятий МОЦ на II квартал 2025 года.")
pb("РЕШИЛИ: ", "утвердить план мероприятий (приложение к протоколу).")
pt("", "Body")
pt("План мероприятий МОЦ на II квартал 2025 года", "Center")
rows = [
    ["№", "Мероприятие", "Срок", "Ответственный"],
    ["1", "Семинар «Проектирование краткосрочных и летних программ»", "10.04.2025", "Мухаметова Г.Р."],
    ["2", "Выездные консультации для родителей по сертификатам ПФДО (Ольховка, Заречное, Верхняя Кукша)", "апрель – май 2025 г.", "Завьялова И.Г."],
    ["3", "Муниципальный этап НОК программ", "07.04 – 23.05.2025", "Мухаметова Г.Р., эксперты МОЦ"],
    ["4", "Мониторинг охвата детей 5–18 лет по ОО района", "до 15.06.2025", "Ракитянская О.М."],
    ["5", "Фестиваль технического творчества «Кукша-ТЕХ»", "22.05.2025", "Пантелеев И.С."],
]
w = [1.0, 8.6, 3.6, 3.8]
colstyles("T1", w)
table("T1", w, rows)
pt("", "Body")
p(e("Председатель") + '<text:tab/><text:tab/>' + e("__________") + '<text:tab/>' + e("Е.В. Глазырина"), "Body")
p(e("Секретарь") + '<text:tab/><text:tab/><text:tab/>' + e("__________") + '<text:tab/>' + e("Т.А. Ляпина"), "Body")

doc = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>Протокол № 2 заседания координационного совета МОЦ</dc:title><meta:initial-creator>Ляпина Т.А.</meta:initial-creator><dc:language>ru-RU</dc:language></office:meta>
<office:font-face-decls><style:font-face style:name="Times New Roman" svg:font-family="&apos;Times New Roman&apos;" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/></office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:text-properties style:font-name="Times New Roman" fo:font-size="12pt" fo:language="ru" fo:country="RU"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph"/>
<style:style style:name="Body" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="justify" fo:text-indent="1.25cm" fo:margin-bottom="0.1cm"/></style:style>
<style:style style:name="List" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="justify" fo:margin-left="0.6cm" fo:margin-bottom="0.05cm"/></style:style>
<style:style style:name="Center" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center" fo:margin-top="0.2cm"/><style:text-properties fo:font-size="14pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Head" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.1cm"/><style:text-properties fo:font-weight="bold" style:text-underline-style="solid"/></style:style>
<style:style style:name="TH" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="11pt" fo:font-weight="bold"/></style:style>
<style:style style:name="TD" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-size="11pt"/></style:style>
<style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
</office:styles>
<office:automatic-styles>
<style:style style:name="Tbl" style:family="table"><style:table-properties style:width="17cm" table:align="center"/></style:style>
<style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:padding="0.1cm"/></style:style>
{chr(10).join(col_styles)}
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="3cm" fo:margin-right="1.5cm"/></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles>
<office:body><office:text>
{chr(10).join(body)}
</office:text></office:body></office:document>
'''
open("/work/blind/h23/r/src/Kukshinsky_2025_protokol.fodt", "w", encoding="utf-8").write(doc)
