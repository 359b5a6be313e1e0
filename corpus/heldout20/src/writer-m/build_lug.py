# writes Lugovkinsky_2025_otchet.fodt as plain XML text
from xml.sax.saxutils import escape as e
P=lambda t,s="Body":f'<text:p text:style-name="{s}">{e(t)}</text:p>'
H=lambda t:f'<text:h text:style-name="H" text:outline-level="2">{e(t)}</text:h>'
def L(items):
    return '<text:list text:style-name="LN">'+''.join(f'<text:list-item><text:p text:style-name="Body">{e(i)}</text:p></text:list-item>' for i in items)+'</text:list>'
def cell(t,span=None,rows=None,s="Cell"):
    a=''
    if span: a+=f' table:number-columns-spanned="{span}"'
    if rows: a+=f' table:number-rows-spanned="{rows}"'
    return f'<table:table-cell table:style-name="TC" office:value-type="string"{a}><text:p text:style-name="{s}">{e(t)}</text:p></table:table-cell>'
cov='<table:covered-table-cell/>'
rows=[("Охват детей 5–18 лет дополнительным образованием, чел.","4 112","4 386"),
("то же, % от численности детей (5 734 / 5 802 чел.)","71,7","75,6"),
("Доля детей с сертификатом ПФДО, %","27,4","31,2"),
("Программ в Навигаторе, всего, ед.","148","173"),
("из них сертифицированных (реестр ПФДО), ед.","39","52"),
("Педагогов, прошедших КПК, чел.","46","61")]
tbl=('<table:table table:name="T1" table:style-name="Tbl"><table:table-column table:number-columns-repeated="4"/>'
 '<table:table-header-rows><table:table-row>'+cell("Показатель",rows=2,s="CellB")+cell("Значение",span=2,s="CellB")+cov+cell("Динамика",rows=2,s="CellB")+'</table:table-row>'
 '<table:table-row>'+cov+cell("2024 (факт)",s="CellB")+cell("2025 (факт)",s="CellB")+cov+'</table:table-row></table:table-header-rows>'
 +''.join('<table:table-row>'+cell(a)+cell(b)+cell(c)+cell(d)+'</table:table-row>' for (a,b,c),d in zip(rows,["+274 чел.","+3,9 п.п.","+3,8 п.п.","+25","+13","+15"]))+'</table:table>')
body=[P("Муниципальное бюджетное учреждение дополнительного образования «Дом детского творчества „Радуга“» Луговкинского муниципального округа","Center"),
P("ОТЧЁТ","Title"),P("о деятельности муниципального опорного центра дополнительного образования детей за 2025 год","Center"),
H("1. Общие сведения"),
P("Муниципальный опорный центр (далее – МОЦ) Луговкинского муниципального округа функционирует на базе МБУ ДО «ДДТ „Радуга“» в соответствии с постановлением администрации Луговкинского муниципального округа от 14.03.2023 № 287-п «О создании муниципального опорного центра дополнительного образования детей». Состав рабочей группы МОЦ на 2025 год утверждён приказом управления образования от 10 января 2025 г. № 04-од."),
P("Руководитель МОЦ – Терехова Алевтина Семёновна, заместитель директора по УВР. Методическое сопровождение обеспечивают методисты Кабанов Р. И. и Шмелёва Ольга Викторовна; функции муниципального администратора Навигатора дополнительного образования в течение года выполнял Прудников Геннадий Львович."),
H("2. Программы дополнительного образования"),
P("По состоянию на 31 декабря 2025 года в Навигаторе опубликовано сто семьдесят три дополнительные общеразвивающие программы (в 2024 году – 148), их реализуют 19 организаций округа. По направленностям программы распределены так: художественная – 54, техническая – 31, физкультурно-спортивная – 37, естественнонаучная – 22, социально-гуманитарная – 20, туристско-краеведческая – 9."),
P("Из общего числа 52 программы (30,1 %) включены в реестр сертифицированных программ ПФДО, ещё 121 – в реестр бюджетных. Новых программ за год разработано 27. По формам реализации: сетевых – 11, с применением дистанционных технологий – 8, разноуровневых – 16, краткосрочных (до 36 часов) – 23; адаптированных для детей с ОВЗ – семь, что на три больше, чем годом ранее. Независимую оценку качества (общественную экспертизу) прошли 18 программ."),
H("3. Охват и сертификаты"),
P("Дополнительным образованием в 2025 году охвачено 4 386 детей в возрасте от 5 до 18 лет, или 75,6 % от их общей численности (5 802 человека); в 2024 году показатель составлял 71,7 % (4 112 из 5 734). Сертификатами ПФДО воспользовались 1 810 детей – 31,2 % против 27,4 % в прошлом году. Плановое значение по сертификатам (30 %) превышено на 1,2 п.п., по охвату (76 %) не достигнуто на 0,4 п.п."),
P("Таблица 1. Основные показатели МОЦ в сравнении с 2024 годом","Caption"),tbl,
P("Примечание: численность детей указана по данным муниципальной статистики на 1 января соответствующего года.","Small"),
H("4. Методическая и организационная работа"),
P("За отчётный период МОЦ провёл 34 мероприятия (семинары, вебинары, консультации) для 512 участников; 61 педагог прошёл курсы повышения квалификации, в том числе 14 – по работе с детьми с ОВЗ. Организованы муниципальный конкурс программ «Шаг вперёд» (22 заявки) и летняя профильная смена «Техноград» на 80 мест. На развитие сертификатов из бюджета округа направлено 6,42 млн рублей."),
H("5. Задачи на 2026 год"),
L(["довести охват детей дополнительным образованием до 77 %;","увеличить долю детей, получающих услуги по сертификату ПФДО, до 33 %;","обеспечить прохождение независимой оценки не менее чем 25 программами;","разработать не менее 5 новых программ технической и естественнонаучной направленностей, в том числе 2 сетевые;","расширить перечень адаптированных программ для детей с ОВЗ до 10."]),
H("6. Перспективы"),
P("В 2026 году планируется открыть две площадки «Точки роста» в сёлах Заречное и Ольховка как сетевых партнёров МОЦ, перевести в Навигатор все летние краткосрочные программы и провести мониторинг удовлетворённости родителей (целевая выборка – не менее 900 респондентов)."),
P("Руководитель МОЦ ____________ А. С. Терехова","Sign"),P("15.01.2026","Sign")]
doc=f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:styles>
<style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:text-indent="1.25cm" fo:margin-bottom="0.15cm"/><style:text-properties style:font-name="Times New Roman" fo:font-family="'Times New Roman'" fo:font-size="13pt"/></style:style>
<style:style style:name="Center" style:family="paragraph" style:parent-style-name="Body"><style:paragraph-properties fo:text-align="center" fo:text-indent="0cm"/></style:style>
<style:style style:name="Title" style:family="paragraph" style:parent-style-name="Center"><style:text-properties fo:font-size="15pt" fo:font-weight="bold"/></style:style>
<style:style style:name="H" style:family="paragraph" style:parent-style-name="Body"><style:paragraph-properties fo:text-indent="0cm" fo:margin-top="0.3cm"/><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Caption" style:family="paragraph" style:parent-style-name="Body"><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-style="italic"/></style:style>
<style:style style:name="Small" style:family="paragraph" style:parent-style-name="Body"><style:text-properties fo:font-size="10pt"/></style:style>
<style:style style:name="Sign" style:family="paragraph" style:parent-style-name="Body"><style:paragraph-properties fo:text-indent="0cm" fo:margin-top="0.4cm"/></style:style>
<style:style style:name="Cell" style:family="paragraph"><style:text-properties fo:font-size="11pt"/></style:style>
<style:style style:name="CellB" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="11pt" fo:font-weight="bold"/></style:style>
</office:styles>
<office:automatic-styles>
<style:style style:name="Tbl" style:family="table"><style:table-properties style:width="17cm" table:align="margins"/></style:style>
<style:style style:name="TC" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:padding="0.08cm"/></style:style>
<text:list-style style:name="LN"><text:list-level-style-number text:level="1" style:num-suffix=")" style:num-format="1"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" fo:text-indent="-0.6cm" fo:margin-left="1.2cm"/></style:list-level-properties></text:list-level-style-number></text:list-style>
</office:automatic-styles>
<office:body><office:text>{''.join(body)}</office:text></office:body></office:document>'''
open("Lugovkinsky_2025_otchet.fodt","w",encoding="utf-8").write(doc)
