# Writes ryabininskiy_2025_otchet_dorozhnaya_karta.fodt; LibreOffice then converts it to ODT.
from xml.sax.saxutils import escape as e

OUT = "/work/main/corpus/heldout6/src/ryabininskiy_2025_otchet_dorozhnaya_karta.fodt"
body = []

def P(text, style="Body"):
    body.append(f'<text:p text:style-name="{style}">{text}</text:p>')

def B(t):
    return f'<text:span text:style-name="B">{t}</text:span>'

# ---- heading block
P("Приложение к письму МКУ «Рябининский районный методический центр»", "Right")
P("от 20.01.2026 № 27", "Right")
P("")
P(B("ОТЧЁТ"), "Center")
P(B("о выполнении плана мероприятий («дорожной карты») по развитию муниципального опорного центра дополнительного образования детей Рябининского муниципального округа за 2025 год (по кварталам)"), "Center")
P("")
P("«Дорожная карта» на 2025 год утверждена приказом Отдела образования администрации Рябининского муниципального округа Верхневолжской области от 28.12.2024 № 512-од «Об утверждении плана мероприятий по развитию муниципального опорного центра дополнительного образования детей на 2025 год» во исполнение постановления администрации округа от 15.11.2023 № 1289 «Об утверждении муниципальной программы «Развитие образования Рябининского муниципального округа на 2024–2028 годы». Муниципальный опорный центр функционирует на базе МБУ ДО «Рябининский центр детского творчества «Радуга» (руководитель МОЦ – Смолякова Ирина Владимировна).")
P("План включает 12 мероприятий с количественными показателями, распределёнными по кварталам. Ниже приведены плановые и фактические значения; единица измерения указана в наименовании мероприятия.")

# ---- activity table
cols = [0.8, 6.6, 3.9] + [1.15] * 8 + [1.3, 1.3, 1.3]
acts = [
    ("1", "Проведение методических семинаров и практикумов для педагогов ДО (ед.)", "Ковригина С.А., методист МОЦ", [1,1, 2,2, 1,1, 2,3]),
    ("2", "Консультирование организаций по работе в АИС «Навигатор» (ед.)", "Жданов А.Е., муниципальный администратор", [10,12, 10,14, 5,6, 10,11]),
    ("3", "Независимая оценка качества ДООП (программ)", "Смолякова И.В., руководитель МОЦ", [0,0, 12,10, 6,9, 12,13]),
    ("4", "Оформление сертификатов ПФДО (ед.)", "Жданов А.Е.", [120,134, 80,61, 350,402, 100,97]),
    ("5", "Разработка и размещение в Навигаторе новых ДООП (ед.)", "руководители ОО, Ковригина С.А.", [2,2, 3,2, 6,7, 2,3]),
    ("6", "Муниципальные конкурсы и фестивали для обучающихся (ед.)", "МОЦ, МБУ ДО «ЦДТ «Радуга»", [1,1, 2,2, 0,1, 2,2]),
    ("7", "Повышение квалификации педагогов ДО (чел.)", "Пушкарёва Л.Н., начальник отдела образования", [5,4, 10,12, 0,0, 10,13]),
    ("8", "Мониторинг охвата детей 5–18 лет ДО (отчётов)", "Смолякова И.В.", [1,1, 1,1, 1,1, 1,1]),
    ("9", "Публикации о деятельности МОЦ в СМИ и соцсетях (ед.)", "Тарасенко Е.Д., педагог-организатор", [10,14, 10,12, 8,9, 10,15]),
    ("10", "Создание новых мест дополнительного образования (мест)", "Отдел образования, директор МБОУ «Рябининская СОШ» Власов К.П.", [0,0, 0,0, 60,60, 0,0]),
    ("11", "Краткосрочные программы для летних лагерей (ед.)", "руководители ОО", [0,0, 8,9, 0,0, 0,0]),
    ("12", "Заседания муниципальной рабочей группы по развитию ДО (ед.)", "Пушкарёва Л.Н.", [1,1, 1,1, 1,0, 1,1]),
]

def fmt(x):
    return f"{x:,}".replace(",", " ") if x >= 1000 else str(x)

t = ['<table:table table:name="T1" table:style-name="T1">']
for i, w in enumerate(cols):
    t.append(f'<table:table-column table:style-name="T1.C{i}"/>')
C = lambda txt, ps="TdC", extra="": f'<table:table-cell table:style-name="CB"{extra} office:value-type="string"><text:p text:style-name="{ps}">{txt}</text:p></table:table-cell>'
COV = '<table:covered-table-cell/>'
t.append('<table:table-header-rows>')
t.append('<table:table-row>' + C("№ п/п", "Th", ' table:number-rows-spanned="2"') + C("Наименование мероприятия", "Th", ' table:number-rows-spanned="2"') + C("Ответственный", "Th", ' table:number-rows-spanned="2"')
         + C("I квартал", "Th", ' table:number-columns-spanned="2"') + COV + C("II квартал", "Th", ' table:number-columns-spanned="2"') + COV
         + C("III квартал", "Th", ' table:number-columns-spanned="2"') + COV + C("IV квартал", "Th", ' table:number-columns-spanned="2"') + COV
         + C("Итого за год", "Th", ' table:number-columns-spanned="3"') + COV + COV + '</table:table-row>')
t.append('<table:table-row>' + COV + COV + COV + "".join(C(x, "Th") for x in ["план", "факт"] * 4) + C("план", "Th") + C("факт", "Th") + C("%", "Th") + '</table:table-row>')
t.append('</table:table-header-rows>')
t.append('<table:table-row>' + "".join(C(str(i), "TdCs") for i in range(1, 15)) + '</table:table-row>')
summary = []
for n, name, resp, q in acts:
    plan = q[0] + q[2] + q[4] + q[6]
    fact = q[1] + q[3] + q[5] + q[7]
    pct = fact / plan * 100
    summary.append((n, name, plan, fact, pct))
    pcts = f"{pct:.1f}".replace(".", ",")
    cells = [C(n), C(e(name), "TdL"), C(e(resp), "TdL")] + [C(fmt(x)) for x in q] + [C(fmt(plan)), C(fmt(fact)), C(pcts)]
    t.append('<table:table-row>' + "".join(cells) + '</table:table-row>')
t.append('</table:table>')
P(B("1. Выполнение мероприятий по кварталам"), "Head")
body.append("\n".join(t))
P("Примечание: по п. 4 указано количество сертификатов, оформленных в квартале (не нарастающим итогом); по п. 10 – места, созданные в рамках регионального проекта «Все лучшее детям».", "Note")

# ---- analytical part
P(B("2. Анализ выполнения"), "Head")
full = sum(1 for s in summary if s[4] >= 100)
P(f"Из 12 мероприятий «дорожной карты» в полном объёме или с превышением плановых значений выполнено {full}, что составляет {full/12*100:.1f}".replace(".", ",") + " % (в 2024 году – 9 из 11 мероприятий, или 81,8 %). Не выполнено одно мероприятие: заседание муниципальной рабочей группы в III квартале не состоялось в связи с переносом сроков приёмки новых мест; вопросы рассмотрены на заседании 14 ноября 2025 г. Итоговое значение по п. 12 – 75,0 % (3 заседания из 4 запланированных).")
P("Наибольшее перевыполнение отмечено по публикациям в СМИ и социальных сетях (50 при плане 38, 131,6 %) и по консультированию организаций (43 консультации при плане 35, 122,9 %). Количество программ, прошедших независимую оценку качества, составило 32 против 30 по плану (106,7 %); для сравнения, в 2024 году НОК прошли 21 программа, то есть показатель вырос на 11 программ, или на 52,4 %. Экспертизу проводили 5 муниципальных экспертов; во II квартале две программы МБОУ «Кошелевская ООШ» возвращены на доработку и повторно рассмотрены в III квартале, чем объясняется отставание II квартала (10 из 12) и перевыполнение III квартала (9 из 6).")
P("По оформлению сертификатов ПФДО годовой план выполнен на 106,8 % (694 сертификата при плане 650). Основной прирост пришёлся на III квартал (402 сертификата, 57,9 % годового объёма) – период записи на программы нового 2025/2026 учебного года. Во II квартале план выполнен лишь на 76,3 % (61 из 80). Всего на 31.12.2025 сертификаты дополнительного образования имеют 3 187 детей, или 88,4 % от численности детей 5–18 лет (3 605 чел.); сертификаты персонифицированного финансирования – 912 детей (25,3 %, в 2024 году – 22,7 %).")
P("Повышение квалификации прошли 29 педагогов при плане 25 (116,0 %), из них 9 – по программам работы с детьми с ОВЗ. Разработано 14 новых дополнительных общеобразовательных общеразвивающих программ (план – 13), в том числе 5 технической, 3 естественнонаучной, 4 социально-гуманитарной и 2 туристско-краеведческой направленности; 3 программы реализуются в сетевой форме с участием Рябининского агротехнического техникума.")
P("Охват детей в возрасте от 5 до 18 лет дополнительным образованием по итогам 2025 года составил 74,9 % (2 700 детей) при целевом значении 74,5 %; в 2024 году – 73,2 %, в 2023 году – 71,0 %. Рост за два года – 3,9 процентного пункта. В разрезе кварталов выполнение плана по всем количественным показателям (без учёта п. 4 и п. 10) составило: I квартал – 116,1 % (36 при плане 31), II квартал – 110,2 %, III квартал – 121,4 %, IV квартал – 124,0 % (62 против 50).")

P(B("3. Исполнители"), "Head")
P("Координацию выполнения «дорожной карты» осуществляла руководитель МОЦ Смолякова И.В. Методическое сопровождение мероприятий пп. 1 и 5 обеспечено методистом МОЦ Ковригиной Светланой Александровной; работа в Навигаторе и оформление сертификатов (пп. 2, 4) – муниципальным администратором Ждановым Артёмом Евгеньевичем. Информационное сопровождение вела педагог-организатор Тарасенко Е.Д. Организацию курсов повышения квалификации и заседаний рабочей группы контролировала начальник отдела образования Пушкарёва Людмила Николаевна. Ответственность за создание новых мест была возложена на директора МБОУ «Рябининская СОШ» К.П. Власова.")

P(B("4. Задачи на 2026 год"), "Head")
for x in [
    "1) довести охват детей 5–18 лет дополнительным образованием до 76 %;",
    "2) увеличить долю детей с сертификатами персонифицированного финансирования до 27 %;",
    "3) обеспечить проведение заседаний рабочей группы строго по графику (ежеквартально);",
    "4) провести НОК не менее 35 программ и включить в Навигатор не менее 12 новых программ;",
    "5) равномернее распределить консультационную нагрузку между кварталами.",
]:
    P(e(x), "List")
P("")
P("Руководитель МОЦ<text:tab/>___________<text:tab/>И.В. Смолякова", "Sign")
P("СОГЛАСОВАНО:", "Sign")
P("Начальник отдела образования<text:tab/>___________<text:tab/>Л.Н. Пушкарёва", "Sign")
P("19.01.2026", "Body0")

cstyles = [f'<style:style style:name="T1" style:family="table"><style:table-properties style:width="{sum(cols):.2f}cm" table:align="center"/></style:style>']
for i, w in enumerate(cols):
    cstyles.append(f'<style:style style:name="T1.C{i}" style:family="table-column"><style:table-column-properties style:column-width="{w:.2f}cm"/></style:style>')

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
<office:meta><dc:title>Отчёт о выполнении дорожной карты МОЦ Рябининского МО за 2025 год</dc:title><meta:initial-creator>Ковригина С.А.</meta:initial-creator></office:meta>
<office:font-face-decls><style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'" style:font-family-generic="roman"/></office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph"><style:text-properties style:font-name="Liberation Serif" fo:font-size="12pt" fo:language="ru" fo:country="RU"/></style:default-style>
 <style:style style:name="Standard" style:family="paragraph"/>
 <style:style style:name="Body" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="justify" fo:text-indent="1.25cm" fo:margin-bottom="0.12cm"/></style:style>
 <style:style style:name="Body0" style:family="paragraph" style:parent-style-name="Standard"/>
 <style:style style:name="List" style:family="paragraph" style:parent-style-name="Body"><style:paragraph-properties fo:margin-bottom="0.05cm"/></style:style>
 <style:style style:name="Center" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center"/></style:style>
 <style:style style:name="Right" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-size="10pt"/></style:style>
 <style:style style:name="Head" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.15cm" fo:keep-with-next="always" fo:text-indent="1.25cm"/></style:style>
 <style:style style:name="Note" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-top="0.1cm"/><style:text-properties fo:font-size="9.5pt" fo:font-style="italic"/></style:style>
 <style:style style:name="Th" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="9.5pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="TdC" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="9.5pt"/></style:style>
 <style:style style:name="TdCs" style:family="paragraph" style:parent-style-name="TdC"><style:text-properties fo:font-size="8pt"/></style:style>
 <style:style style:name="TdL" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-size="9.5pt"/></style:style>
 <style:style style:name="Sign" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-top="0.2cm"><style:tab-stops><style:tab-stop style:position="9cm"/><style:tab-stop style:position="14cm"/></style:tab-stops></style:paragraph-properties></style:style>
 <style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="29.7cm" fo:page-height="21cm" style:print-orientation="landscape" fo:margin-top="1.5cm" fo:margin-bottom="1.2cm" fo:margin-left="2cm" fo:margin-right="1.5cm"/>
  <style:footer-style><style:header-footer-properties fo:min-height="0.5cm" fo:margin-top="0.2cm"/></style:footer-style></style:page-layout>
 <style:style style:name="CB" style:family="table-cell"><style:table-cell-properties fo:padding="0.06cm" fo:border="0.5pt solid #000000" style:vertical-align="middle"/></style:style>
 {"".join(cstyles)}
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="pm1"><style:footer><text:p text:style-name="Right"><text:page-number text:select-page="current">1</text:page-number></text:p></style:footer></style:master-page>
</office:master-styles>
<office:body><office:text>
{chr(10).join(body)}
</office:text></office:body>
</office:document>
'''
open(OUT, "w", encoding="utf-8").write(doc)
for s in summary:
    print(s)
