from xml.sax.saxutils import escape as e
head_par = [
("Title","Управление образования администрации Синичкинского муниципального округа"),
("Title","Муниципальное бюджетное учреждение дополнительного образования «Синичкинский центр детского творчества «Радуга» — муниципальный опорный центр"),
("Title","ОТЧЁТ о выполнении плана мероприятий («дорожной карты») по внедрению целевой модели развития системы дополнительного образования детей в Синичкинском муниципальном округе за 2025 год"),
("P","Дорожная карта утверждена приказом управления образования администрации Синичкинского муниципального округа от 17.01.2025 № 14-од «Об утверждении плана мероприятий муниципального опорного центра на 2025 год» (в редакции приказа от 02.06.2025 № 139-од). Отчётный период: с 1 января по 31 декабря 2025 года. Сведения приведены по состоянию на 25.12.2025."),
]
rows = [
("1","Разработка и обновление дополнительных общеразвивающих программ (ДООП) в организациях округа","не менее 120 программ, в т.ч. 15 новых","126 программ, из них 17 новых (в 2024 году — 111)","выполнено"),
("2","Увеличение числа программ технической и естественнонаучной направленностей","38 программ (техническая — 22, естественнонаучная — 16)","35 программ (техническая — 21, естественнонаучная — 14)","частично"),
("3","Проведение независимой оценки качества (НОК) ДООП, подаваемых в реестр сертифицированных программ","30 программ","34 программы прошли НОК, 31 получила положительное заключение","выполнено"),
("4","Включение программ в реестр сертифицированных программ","не менее 28","31 программа (годом ранее — 24)","выполнено"),
("5","Включение программ в реестр значимых программ","не менее 45","47","выполнено"),
("6","Разработка сетевых программ совместно с организациями культуры и спорта","6 сетевых программ","4 сетевые программы","частично"),
("7","Разработка адаптированных программ для детей с ОВЗ и детей-инвалидов","8 программ; охват не менее 70 детей","9 программ; обучается 64 ребёнка","частично"),
("8","Реализация краткосрочных и летних программ в период летней оздоровительной кампании (июнь — август 2025 г.)","25 программ, 600 детей","29 программ, 712 детей","выполнено"),
("9","Реализация дистанционных программ и программ с применением ДОТ","5 программ","не реализовано (отсутствие лицензионной платформы)","не выполнено"),
("10","Выдача сертификатов дополнительного образования детям 5–17 лет","5 200 сертификатов","5 347 сертификатов","выполнено"),
("11","Использование сертификатов персонифицированного финансирования (номинал 7 860 руб.)","не менее 1 100 сертификатов","1 063 сертификата (96,6 % от плана)","частично"),
("12","Доля детей в возрасте от 5 до 18 лет, охваченных дополнительным образованием","80,0 %","81,4 % (в 2024 году — 78,9 %)","выполнено"),
("13","Проведение муниципальных семинаров и стажировок для педагогов ДО","не менее 6 мероприятий, 150 участников","7 мероприятий, 168 участников","выполнено"),
("14","Курсы повышения квалификации педагогов дополнительного образования","40 человек","27 человек","частично"),
]
tail = [
("H","Выводы"),
("P","Из четырнадцати мероприятий дорожной карты в полном объёме выполнено восемь, частично — пять, одно мероприятие (п. 9) не выполнено. Общее число дополнительных общеразвивающих программ, реализуемых в 19 образовательных организациях округа, составило 126, что на пятнадцать программ больше, чем годом ранее. По направленностям программы распределяются следующим образом: художественная — 37, физкультурно-спортивная — 26, социально-гуманитарная — 21, техническая — 21, естественнонаучная — 14, туристско-краеведческая — 7."),
("P","Охват детей в возрасте от 5 до 18 лет дополнительным образованием достиг 81,4 процента, то есть 4 912 человек из 6 034 детей соответствующего возраста, проживающих на территории округа; при этом в муниципальных организациях дополнительного образования обучается 2 186 детей, в общеобразовательных организациях — свыше 2,4 тысячи. Доля детей с ОВЗ, получающих дополнительное образование, составила около 46 % (64 из 139), что ниже планового значения 50 %."),
("P","Сертификаты дополнительного образования получили 5 347 детей, из них сертификаты с номиналом (персонифицированного финансирования) использованы 1 063 детьми. Неполное использование сертификатов объясняется поздним (с 01.10.2025) включением двух программ физкультурно-спортивной направленности в реестр сертифицированных программ. Объём средств, направленных на финансовое обеспечение сертификатов, составил 8,36 млн рублей при плане 8,65 млн рублей."),
("P","Снижение показателя по повышению квалификации связано с переносом курсов регионального института развития образования на февраль 2026 года. Дистанционные программы не реализованы из-за отсутствия лицензионной платформы; вопрос вынесен на заседание муниципального координационного совета (протокол от 11.11.2025 № 4)."),
("H","Задачи на 2026 год"),
("L","довести количество программ технической и естественнонаучной направленностей до 40, в том числе открыть 3 программы на базе центра «Точка роста» МБОУ «Журавлёвская СОШ»;"),
("L","обеспечить охват детей от 5 до 18 лет дополнительным образованием на уровне не менее 82 %;"),
("L","включить в реестр сертифицированных программ не менее 35 программ, увеличить число использованных сертификатов до 1 200;"),
("L","разработать не менее двух дистанционных программ и пяти сетевых программ с учреждениями культуры;"),
("L","планируется довести число адаптированных программ для детей с ОВЗ до 11."),
("H","План ключевых мероприятий на I полугодие 2026 года"),
]
rows2 = [("Муниципальный этап конкурса программ «Новые программы — новые возможности»","март 2026 г.","Жаворонкова Е. П., методист МОЦ"),
("Проведение НОК программ, подаваемых в реестр сертифицированных","февраль — апрель 2026 г.","Дроздова Н. В., заместитель руководителя МОЦ"),
("Семинар «Проектирование сетевых программ» для заместителей директоров","14.04.2026","Щеглов И. А., специалист управления образования"),
("Формирование перечня летних краткосрочных программ","до 20.05.2026","Жаворонкова Е. П., методист МОЦ")]
sign = [("P",""),("P","Руководитель муниципального опорного центра                                  М. С. Клестова"),("P","Исполнитель: Дроздова Наталья Викторовна, заместитель руководителя МОЦ, тел. 8 (48632) 2-17-45")]

def par(style,t):
    st={"Title":"PTitle","P":"PBody","H":"PHead","L":"PList"}[style]
    if style=="L": t="— "+t
    return f'<text:p text:style-name="{st}">{e(t)}</text:p>\n'
def cell(t,st="CellP"):
    return f'<table:table-cell table:style-name="TC" office:value-type="string"><text:p text:style-name="{st}">{e(t)}</text:p></table:table-cell>'
body="".join(par(s,t) for s,t in head_par)
body+='<table:table table:name="T1" table:style-name="Tbl"><table:table-column table:style-name="C1"/><table:table-column table:style-name="C2"/><table:table-column table:style-name="C3"/><table:table-column table:style-name="C3"/><table:table-column table:style-name="C4"/>\n'
body+='<table:table-header-rows><table:table-row>'+"".join(cell(h,"CellH") for h in ["№ п/п","Мероприятие","Плановый показатель","Фактическое выполнение","Отметка о выполнении (выполнено / частично / не выполнено)"])+'</table:table-row></table:table-header-rows>\n'
for r in rows: body+='<table:table-row>'+"".join(cell(x) for x in r)+'</table:table-row>\n'
body+='</table:table>\n'
body+=par("P","Примечание: показатели пп. 10–12 указаны по данным регионального Навигатора дополнительного образования на 20.12.2025.")
body+="".join(par(s,t) for s,t in tail)
body+='<table:table table:name="T2" table:style-name="Tbl"><table:table-column table:style-name="C2"/><table:table-column table:style-name="C3"/><table:table-column table:style-name="C3"/>\n'
body+='<table:table-header-rows><table:table-row>'+"".join(cell(h,"CellH") for h in ["Мероприятие","Срок","Ответственный"])+'</table:table-row></table:table-header-rows>\n'
for r in rows2: body+='<table:table-row>'+"".join(cell(x) for x in r)+'</table:table-row>\n'
body+='</table:table>\n'+"".join(par(s,t) for s,t in sign)
doc=f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls><style:font-face style:name="Times New Roman" svg:font-family="'Times New Roman'" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/></office:font-face-decls>
<office:automatic-styles>
<style:style style:name="PTitle" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.2cm"/><style:text-properties style:font-name="Times New Roman" fo:font-size="13pt" fo:font-weight="bold"/></style:style>
<style:style style:name="PHead" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.15cm"/><style:text-properties style:font-name="Times New Roman" fo:font-size="12pt" fo:font-weight="bold"/></style:style>
<style:style style:name="PBody" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:text-indent="1.25cm" fo:margin-bottom="0.1cm"/><style:text-properties style:font-name="Times New Roman" fo:font-size="12pt"/></style:style>
<style:style style:name="PList" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:margin-left="0.6cm"/><style:text-properties style:font-name="Times New Roman" fo:font-size="12pt"/></style:style>
<style:style style:name="CellP" style:family="paragraph"><style:text-properties style:font-name="Times New Roman" fo:font-size="10pt"/></style:style>
<style:style style:name="CellH" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties style:font-name="Times New Roman" fo:font-size="10pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Tbl" style:family="table"><style:table-properties style:width="17cm" table:align="margins"/></style:style>
<style:style style:name="C1" style:family="table-column"><style:table-column-properties style:column-width="1.1cm"/></style:style>
<style:style style:name="C2" style:family="table-column"><style:table-column-properties style:column-width="6cm"/></style:style>
<style:style style:name="C3" style:family="table-column"><style:table-column-properties style:column-width="3.5cm"/></style:style>
<style:style style:name="C4" style:family="table-column"><style:table-column-properties style:column-width="2.9cm"/></style:style>
<style:style style:name="TC" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:padding="0.08cm"/></style:style>
</office:automatic-styles>
<office:body><office:text>
{body}</office:text></office:body></office:document>'''
open("Sinichkinsky_2025_roadmap.fodt","w",encoding="utf-8").write(doc)
