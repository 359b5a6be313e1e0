#!/usr/bin/env python3
"""Writes golubichny_2024_podprogramma.fodt (flat ODF text, hand-written XML).
The ODT in docs/ is produced from it by LibreOffice: see build_doc2.sh."""
import os
from xml.sax.saxutils import escape as E

HERE = os.path.dirname(os.path.abspath(__file__))
notes = [0]

def note(text):
    notes[0] += 1
    n = notes[0]
    return ('<text:note text:id="ftn%d" text:note-class="footnote"><text:note-citation>%d</text:note-citation>'
            '<text:note-body><text:p text:style-name="Fn">%s</text:p></text:note-body></text:note>' % (n, n, E(text)))

def p(text, style="Body", raw=False):
    return '<text:p text:style-name="%s">%s</text:p>' % (style, text if raw else E(text))

def cell(content, style="Cell", pstyle="TC", span_c=1, span_r=1, raw=False):
    attrs = ''
    if span_c > 1: attrs += ' table:number-columns-spanned="%d"' % span_c
    if span_r > 1: attrs += ' table:number-rows-spanned="%d"' % span_r
    paras = content if isinstance(content, list) else [content]
    body = ''.join('<text:p text:style-name="%s">%s</text:p>' % (pstyle, c if raw else E(c)) for c in paras)
    return '<table:table-cell table:style-name="%s" office:value-type="string"%s>%s</table:table-cell>' % (style, attrs, body)

COV = '<table:covered-table-cell/>'

def row(cells):
    return '<table:table-row>' + ''.join(cells) + '</table:table-row>'

out = []
# ---- title block
out.append(p('Приложение 3', 'Right'))
out.append(p('к муниципальной программе «Развитие образования в Голубичном городском округе на 2024–2028 годы», утверждённой постановлением администрации Голубичного городского округа от 17.11.2023 № 1186-п (в редакции постановлений от 22.03.2024 № 301-п, от 09.08.2024 № 774-п)', 'Right'))
out.append(p('', 'Body'))
out.append(p('ПОДПРОГРАММА 3 «РАЗВИТИЕ ДОПОЛНИТЕЛЬНОГО ОБРАЗОВАНИЯ ДЕТЕЙ»', 'Title'))
out.append(p('1. ПАСПОРТ ПОДПРОГРАММЫ 3', 'Title'))

passport = [
    ('Наименование подпрограммы', ['«Развитие дополнительного образования детей» (далее – подпрограмма 3)']),
    ('Ответственный исполнитель подпрограммы', ['Управление образования администрации Голубичного городского округа']),
    ('Участники подпрограммы', ['МАУ ДО «Центр детского и юношеского творчества «Радуга» (на его базе с 1 сентября 2021 года действует муниципальный опорный центр дополнительного образования детей, далее – МОЦ);',
                                'МБУ ДО «Станция юных техников»;',
                                'МБУ ДО «Детско-юношеская спортивная школа № 2»;',
                                'общеобразовательные организации городского округа (17 организаций)']),
    ('Цель подпрограммы', ['Обеспечение доступности и качества дополнительного образования для детей в возрасте от 5 до 18 лет, в том числе детей с ограниченными возможностями здоровья']),
    ('Задачи подпрограммы', ['1) обновление содержания и расширение спектра дополнительных общеразвивающих программ, прежде всего технической и естественнонаучной направленностей;',
                             '2) развитие системы персонифицированного финансирования дополнительного образования (социальный сертификат);',
                             '3) создание новых мест дополнительного образования и развитие сетевой формы реализации программ;',
                             '4) повышение профессионального уровня педагогов дополнительного образования']),
    ('Целевые индикаторы и показатели подпрограммы', ['Перечень и значения индикаторов приведены в разделе 2 (таблица 1)']),
    ('Этапы и сроки реализации подпрограммы', ['2024–2028 годы:', 'I этап – 2024–2025 годы;', 'II этап – 2026–2028 годы']),
    ('Объёмы и источники финансирования подпрограммы', ['Общий объём финансирования подпрограммы на 2024 – 2028 годы составляет 412 687,4 тыс. рублей, в том числе:',
                                                       'за счёт средств бюджета городского округа – 371 904,1 тыс. рублей;',
                                                       'за счёт средств областного бюджета – 40 783,3 тыс. рублей.',
                                                       'По годам реализации:',
                                                       '2024 год – 79 312,6 тыс. руб.;', '2025 год – 81 004,9 тыс. руб.;', '2026 год – 83 115,2 тыс. руб.;',
                                                       '2027 год – 84 227,0 тыс. руб.;', '2028 год – 85 027,7 тыс. руб.']),
    ('Ожидаемые конечные результаты реализации подпрограммы', ['К концу 2028 года:',
                                                               '– охват детей в возрасте 5–18 лет дополнительным образованием – не менее 82,0 %;',
                                                               '– доля детей, получающих услуги по социальным сертификатам, – не менее 25 процентов;',
                                                               '– количество программ в Навигаторе дополнительного образования – 260 единиц, из них 75 технической и естественнонаучной направленностей;',
                                                               '– ежегодно не менее 480 детей обучаются на новых местах']),
]
t = ['<table:table table:name="Passport" table:style-name="TblP"><table:table-column table:style-name="ColP1"/><table:table-column table:style-name="ColP2"/>']
for k, v in passport:
    t.append(row([cell(k, pstyle='TL'), cell(v, pstyle='TL')]))
t.append('</table:table>')
out.append(''.join(t))

# ---- section 2, landscape
out.append(p('2. ЦЕЛЕВЫЕ ИНДИКАТОРЫ ПОДПРОГРАММЫ 3', 'TitleLand'))
out.append(p('Базовые значения индикаторов определены по итогам 2022 года. В 2023 году численность детей в возрасте 5–18 лет в городском округе составила 11 406 человек, дополнительным образованием охвачены 8 931 из них (78,3 %), что на 0,8 п.п. выше планового значения. Количество программ в Навигаторе увеличилось со 198 до 223 (+25 программ, в том числе 18 новых). По сетевым программам плановое значение не достигнуто: реализовано семь программ вместо восьми.'))
out.append(p('Таблица 1', 'Right'))

ind = [
    ('1.', 'Доля детей в возрасте от 5 до 18 лет, охваченных дополнительным образованием' + '\x00N1', '%', ['76,8', '77,5', '78,3', '78,5', '79,5', '80,5', '81,2', '82,0']),
    ('2.', 'Доля детей в возрасте от 5 до 18 лет, использующих социальные сертификаты на получение услуг дополнительного образования', '%', ['18,0', '20,0', '21,4', '23,0', '25,0', '25,0', '25,0', '25,0']),
    ('3.', 'Количество дополнительных общеразвивающих программ, размещённых в Навигаторе', 'ед.', ['198', '210', '223', '230', '240', '248', '255', '260']),
    ('3.1.', 'в том числе технической и естественнонаучной направленностей', 'ед.', ['51', '56', '58', '62', '66', '70', '73', '75']),
    ('3.2.', 'адаптированных для детей с ОВЗ', 'ед.', ['9', '11', '12', '14', '15', '16', '17', '18']),
    ('3.3.', 'реализуемых в сетевой форме' + '\x00N3', 'ед.', ['6', '8', '7', '9', '10', '11', '12', '12']),
    ('4.', 'Число детей, обучающихся на новых местах дополнительного образования', 'чел.', ['120', '240', '245', '360', '480', '480', '480', '480']),
    ('5.', 'Доля педагогических работников дополнительного образования, прошедших повышение квалификации (за последние три года)', '%', ['28,0', '30,0', '33,6', '35,0', '37,0', '40,0', '40,0', '40,0']),
    ('6.', 'Количество муниципальных массовых мероприятий, проводимых МОЦ', 'ед. в год', ['18', '20', '23', '22', '24', '25', '25', '26']),
    ('7.', 'Доля программ, прошедших независимую оценку качества', '%', ['8,6', '10,0', '9,4', '12,0', '15,0', '18,0', '20,0', '20,0']),
]
foot = {
    'N1': 'Рассчитывается по методике, утверждённой приказом Минпросвещения России от 15.04.2019 № 170; численность детей – по данным органа статистики на 1 января соответствующего года.',
    'N3': 'Снижение фактического значения в 2023 году связано с расторжением с 01.09.2023 договора о сетевой форме с ГАПОУ «Голубичный политехнический колледж».',
}
t = ['<table:table table:name="Indicators" table:style-name="TblL">',
     '<table:table-column table:style-name="ColN"/><table:table-column table:style-name="ColName"/><table:table-column table:style-name="ColU"/>',
     '<table:table-column table:style-name="ColV" table:number-columns-repeated="8"/>',
     '<table:table-header-rows>']
t.append(row([cell('№ п/п', 'Head', 'TH', span_r=3), cell('Наименование целевого индикатора (показателя)', 'Head', 'TH', span_r=3),
              cell('Единица измерения', 'Head', 'TH', span_r=3), cell('Значения индикатора по годам', 'Head', 'TH', span_c=8)] + [COV] * 7))
t.append(row([COV, COV, COV, cell(['2022 год', '(базовое значение)'], 'Head', 'TH', span_r=2), cell('2023 год' + note('Фактическое значение 2023 года указано по данным формы федерального статистического наблюдения № 1-ДОП.'), 'Head', 'TH', span_c=2, raw=True), COV,
              cell('2024 год', 'Head', 'TH', span_r=2), cell('2025 год', 'Head', 'TH', span_r=2), cell('2026 год', 'Head', 'TH', span_r=2),
              cell('2027 год', 'Head', 'TH', span_r=2), cell('2028 год', 'Head', 'TH', span_r=2)]))
t.append(row([COV, COV, COV, COV, cell('план', 'Head', 'TH'), cell('факт', 'Head', 'TH'), COV, COV, COV, COV, COV]))
t.append(row([cell(str(i), 'Head', 'TC') for i in range(1, 12)]))
t.append('</table:table-header-rows>')
for num, name, unit, vals in ind:
    if '\x00' in name:
        name, key = name.split('\x00')
        name_x = E(name) + note(foot[key])
    else:
        name_x = E(name)
    pst = 'TLi' if num.count('.') > 1 else 'TL'
    t.append(row([cell(num, pstyle='TC'), cell(name_x, pstyle=pst, raw=True), cell(unit, pstyle='TC')] + [cell(v, pstyle='TC') for v in vals]))
t.append('</table:table>')
out.append(''.join(t))

# ---- section 3
out.append(p('3. ПЕРЕЧЕНЬ ОСНОВНЫХ МЕРОПРИЯТИЙ ПОДПРОГРАММЫ 3', 'Title'))
out.append(p('Таблица 2', 'Right'))
acts = [
    ('3.1.', 'Основное мероприятие «Обеспечение деятельности организаций дополнительного образования»', 'Управление образования; МАУ ДО ЦДЮТ «Радуга»', '2024', '2028', 'выполнение муниципального задания на 100 %'),
    ('3.1.1.', 'Обеспечение функционирования системы персонифицированного финансирования', 'МОЦ (руководитель МОЦ Белоногова И.А.); муниципальный администратор Навигатора Фахрутдинов Р.Р.', '01.01.2024', '31.12.2028', 'выдача не менее 2 850 сертификатов ежегодно'),
    ('3.1.2.', 'Организация независимой оценки качества дополнительных общеразвивающих программ', 'МОЦ, методист Абрамцева Н.Г.', 'II квартал 2024 г.', 'IV квартал 2028 г.', 'НОК не менее 52 программ к 2028 году'),
    ('3.2.', 'Создание новых мест дополнительного образования в рамках федерального проекта «Успех каждого ребёнка»', 'Управление образования, общеобразовательные организации', '2024', '2025', '240 новых мест (по 120 в год)'),
    ('3.3.', 'Проведение муниципальных конкурсов, фестивалей, слётов и олимпиад', 'МОЦ, МБУ ДО «Станция юных техников»', 'ежегодно, сентябрь – май', '', 'не менее 22 мероприятий, 3 100 участников в год'),
    ('3.4.', 'Повышение квалификации педагогов дополнительного образования', 'МОЦ, координатор Лапшина Е.С.', '2024', '2028', '60 педагогов ежегодно'),
    ('3.5.', 'Реализация краткосрочных программ в летний период', 'МОЦ, общеобразовательные организации', 'июнь – август ежегодно', '', 'не менее 30 летних программ, охват 700 детей'),
]
t = ['<table:table table:name="Activities" table:style-name="TblL">',
     '<table:table-column table:style-name="ColN"/><table:table-column table:style-name="ColAct"/><table:table-column table:style-name="ColResp"/>',
     '<table:table-column table:style-name="ColDate" table:number-columns-repeated="2"/><table:table-column table:style-name="ColRes"/>',
     '<table:table-header-rows>']
t.append(row([cell('№ п/п', 'Head', 'TH', span_r=2), cell('Наименование мероприятия', 'Head', 'TH', span_r=2), cell('Ответственный исполнитель', 'Head', 'TH', span_r=2),
              cell('Срок', 'Head', 'TH', span_c=2), COV, cell('Ожидаемый непосредственный результат', 'Head', 'TH', span_r=2)]))
t.append(row([COV, COV, COV, cell('начала реализации', 'Head', 'TH'), cell('окончания реализации', 'Head', 'TH'), COV]))
t.append(row([cell(str(i), 'Head', 'TC') for i in range(1, 7)]))
t.append('</table:table-header-rows>')
for a in acts:
    if a[4] == '':
        t.append(row([cell(a[0], pstyle='TC'), cell(a[1], pstyle='TL'), cell(a[2], pstyle='TL'), cell(a[3], pstyle='TC', span_c=2), COV, cell(a[5], pstyle='TL')]))
    else:
        t.append(row([cell(a[0], pstyle='TC'), cell(a[1], pstyle='TL'), cell(a[2], pstyle='TL'), cell(a[3], pstyle='TC'), cell(a[4], pstyle='TC'), cell(a[5], pstyle='TL')]))
t.append('</table:table>')
out.append(''.join(t))
out.append(p(''))
out.append(p('Начальник Управления образования администрации Голубичного городского округа\t\tМ.Ю. Терентьева', 'Sign'))

body = '\n'.join(out).replace('\t', '<text:tab/>')

doc = '''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls>
<style:font-face style:name="Times New Roman" svg:font-family="'Times New Roman'" style:font-family-generic="roman"/>
</office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0cm"/><style:text-properties style:font-name="Times New Roman" fo:font-size="12pt" fo:language="ru" fo:country="RU"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph"/>
<style:style style:name="Body" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="justify" fo:text-indent="1.25cm" fo:margin-bottom="0.1cm"/></style:style>
<style:style style:name="Right" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="end" fo:margin-left="9cm"/></style:style>
<style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center" fo:margin-top="0.3cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"/><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Sign" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties><style:tab-stops><style:tab-stop style:position="11cm"/><style:tab-stop style:position="20cm"/></style:tab-stops></style:paragraph-properties></style:style>
<style:style style:name="TH" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="10pt" fo:font-weight="bold"/></style:style>
<style:style style:name="TC" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="10pt"/></style:style>
<style:style style:name="TL" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-size="10pt"/></style:style>
<style:style style:name="TLi" style:family="paragraph" style:parent-style-name="TL"><style:paragraph-properties fo:margin-left="0.5cm"/></style:style>
<style:style style:name="Fn" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-size="9pt"/></style:style>
</office:styles>
<office:automatic-styles>
<style:page-layout style:name="PLp"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" style:print-orientation="portrait" fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="3cm" fo:margin-right="1.5cm"/></style:page-layout>
<style:page-layout style:name="PLl"><style:page-layout-properties fo:page-width="29.7cm" fo:page-height="21cm" style:print-orientation="landscape" fo:margin-top="2cm" fo:margin-bottom="1.5cm" fo:margin-left="2cm" fo:margin-right="2cm"/></style:page-layout>
<style:style style:name="TitleLand" style:family="paragraph" style:parent-style-name="Title" style:master-page-name="Landscape"/>
<style:style style:name="TblP" style:family="table"><style:table-properties style:width="16.5cm" table:align="left"/></style:style>
<style:style style:name="ColP1" style:family="table-column"><style:table-column-properties style:column-width="5.5cm"/></style:style>
<style:style style:name="ColP2" style:family="table-column"><style:table-column-properties style:column-width="11cm"/></style:style>
<style:style style:name="TblL" style:family="table"><style:table-properties style:width="25.7cm" table:align="left"/></style:style>
<style:style style:name="ColN" style:family="table-column"><style:table-column-properties style:column-width="1.2cm"/></style:style>
<style:style style:name="ColName" style:family="table-column"><style:table-column-properties style:column-width="9.1cm"/></style:style>
<style:style style:name="ColU" style:family="table-column"><style:table-column-properties style:column-width="1.8cm"/></style:style>
<style:style style:name="ColV" style:family="table-column"><style:table-column-properties style:column-width="1.7cm"/></style:style>
<style:style style:name="ColAct" style:family="table-column"><style:table-column-properties style:column-width="7.5cm"/></style:style>
<style:style style:name="ColResp" style:family="table-column"><style:table-column-properties style:column-width="5.5cm"/></style:style>
<style:style style:name="ColDate" style:family="table-column"><style:table-column-properties style:column-width="2.8cm"/></style:style>
<style:style style:name="ColRes" style:family="table-column"><style:table-column-properties style:column-width="5.9cm"/></style:style>
<style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:padding="0.08cm" fo:border="0.5pt solid #000000"/></style:style>
<style:style style:name="Head" style:family="table-cell"><style:table-cell-properties fo:padding="0.08cm" fo:border="0.5pt solid #000000" style:vertical-align="middle"/></style:style>
</office:automatic-styles>
<office:master-styles>
<style:master-page style:name="Standard" style:page-layout-name="PLp"/>
<style:master-page style:name="Landscape" style:page-layout-name="PLl"/>
</office:master-styles>
<office:body><office:text>
''' + body + '''
</office:text></office:body></office:document>
'''
with open(os.path.join(HERE, 'golubichny_2024_podprogramma.fodt'), 'w', encoding='utf-8') as f:
    f.write(doc)
