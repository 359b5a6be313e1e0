# builds Zimorodkovsky_2025_analiz.fodt (LibreOffice flat text) with real footnotes, 2-level lists, tables
import re
from xml.sax.saxutils import escape as e
OUT='/work/blind/h24/u/src/Zimorodkovsky_2025_analiz.fodt'
fn=[0]
def inline(s):
    # [[FN:text]] -> footnote ; **b** -> bold
    out=''; pos=0
    for m in re.finditer(r'\[\[FN:(.*?)\]\]|\*\*(.*?)\*\*', s):
        out+=e(s[pos:m.start()])
        if m.group(1) is not None:
            fn[0]+=1; n=fn[0]
            out+=(f'<text:note text:id="ftn{n}" text:note-class="footnote"><text:note-citation>{n}</text:note-citation>'
                  f'<text:note-body><text:p text:style-name="Footnote">{e(m.group(1))}</text:p></text:note-body></text:note>')
        else:
            out+=f'<text:span text:style-name="Tbold">{e(m.group(2))}</text:span>'
        pos=m.end()
    return out+e(s[pos:])
def P(s, st='Body'): return f'<text:p text:style-name="{st}">{inline(s)}</text:p>'
def H(s, lvl=1): return f'<text:h text:style-name="Heading_20_{lvl}" text:outline-level="{lvl}">{inline(s)}</text:h>'
def LIST(items, style='L1'):
    # items: list of (text, [subtexts])
    x=f'<text:list text:style-name="{style}">'
    for t,subs in items:
        x+=f'<text:list-item><text:p text:style-name="ListP">{inline(t)}</text:p>'
        if subs:
            x+='<text:list>'+''.join(f'<text:list-item><text:p text:style-name="ListP2">{inline(s)}</text:p></text:list-item>' for s in subs)+'</text:list>'
        x+='</text:list-item>'
    return x+'</text:list>'
def cell(s, st='TC', span=1, rspan=1, pst='TabP'):
    a=f' table:style-name="{st}" office:value-type="string"'
    if span>1: a+=f' table:number-columns-spanned="{span}"'
    if rspan>1: a+=f' table:number-rows-spanned="{rspan}"'
    return f'<table:table-cell{a}>'+''.join(P(p,pst) for p in s.split('\n'))+'</table:table-cell>'
COV='<table:covered-table-cell/>'
def TABLE(name, widths, rows, header_rows=1):
    x=f'<table:table table:name="{name}" table:style-name="{name}">'
    x+=''.join(f'<table:table-column table:style-name="{name}.C{i}"/>' for i in range(len(widths)))
    x+='<table:table-header-rows>'+''.join('<table:table-row>'+''.join(r)+'</table:table-row>' for r in rows[:header_rows])+'</table:table-header-rows>'
    x+=''.join('<table:table-row>'+''.join(r)+'</table:table-row>' for r in rows[header_rows:])
    return x+'</table:table>'
tstyles=[]
def tstyle(name, widths):
    tot=sum(widths)
    s=f'<style:style style:name="{name}" style:family="table"><style:table-properties style:width="{tot}cm" table:align="margins"/></style:style>'
    s+=''.join(f'<style:style style:name="{name}.C{i}" style:family="table-column"><style:table-column-properties style:column-width="{w}cm"/></style:style>' for i,w in enumerate(widths))
    tstyles.append(s)

B=[]
B.append(P('Управление образования администрации Зимородковского городского округа','Center'))
B.append(P('Муниципальное бюджетное учреждение дополнительного образования\n«Центр детского и юношеского творчества «Зенит»'.replace('\n',' '),'CenterB'))
B.append(P('Рассмотрено на заседании координационного совета МОЦ, протокол № 3 от 19.06.2025','Right'))
B.append(P('АНАЛИЗ ДЕЯТЕЛЬНОСТИ\nмуниципального опорного центра дополнительного образования детей Зимородковского городского округа за 2024–2025 учебный год'.split('\n')[0],'Title'))
B.append(P('муниципального опорного центра дополнительного образования детей Зимородковского городского округа за 2024–2025 учебный год','Subtitle'))

B.append(H('Общие сведения'))
B.append(P('Муниципальный опорный центр (далее — МОЦ) функционирует на базе МБУ ДО ЦДЮТ «Зенит» с 1 сентября 2021 года в соответствии с постановлением администрации Зимородковского городского округа от 23.08.2021 № 1187-па «О создании муниципального опорного центра дополнительного образования детей»[[FN:В редакции постановления от 11.03.2024 № 402-па. Положение о МОЦ утверждено приказом Управления образования от 30.08.2021 № 265.]]. Руководитель МОЦ — заместитель директора ЦДЮТ «Зенит» Саврасова Маргарита Олеговна; в составе центра три методиста (Г. П. Кулешов, Э. Р. Ибрагимова, В. В. Дронова) и специалист по сопровождению Навигатора.'))
B.append(P('В 2024–2025 учебном году МОЦ работал по плану, утверждённому приказом Управления образования от 02.09.2024 № 311-од, в рамках муниципальной программы «Развитие образования Зимородковского городского округа на 2024–2028 годы»[[FN:Утверждена постановлением администрации от 29.12.2023 № 2210-па. Целевое значение охвата детей дополнительным образованием: на 2025 год — 80,0 %, на 2028 год — 82,0 %.]]. Дополнительные общеобразовательные программы реализовывали 26 организаций: 4 учреждения дополнительного образования, 17 общеобразовательных школ, 3 детских сада и 2 негосударственные организации.'))

B.append(H('Основные результаты деятельности'))
B.append(LIST([
 ('Развитие сети дополнительных общеобразовательных программ.',[
   'На 31.05.2025 в Навигаторе размещено 187 программ (на начало учебного года — 171, прирост — 16 программ, или 9,4 %). По направленностям: художественная — 54, социально-гуманитарная — 41, физкультурно-спортивная — 33, техническая — 29, естественнонаучная — 19, туристско-краеведческая — 11.',
   'Разработано и впервые включено в Навигатор двадцать три новые программы, из них семь — технической направленности, реализуемые на оборудовании, поступившем в школы № 4 и № 9 в 2024 году.',
   'В сетевой форме реализуется 12 программ (годом ранее — 8); партнёры — ГАПОУ «Зимородковский индустриальный техникум», краеведческий музей «Приречье» и детская библиотека им. А. Гайдара.',
   'Адаптированных программ для детей с ОВЗ — 11 при плане 10; по ним обучаются 143 ребёнка с ОВЗ и детей-инвалидов. С применением дистанционных технологий реализуется 5 программ.']),
 ('Независимая оценка качества и сертификация программ.',[
   'Независимую оценку качества прошли 64 программы при плане 60 (в 2023–2024 учебном году — 47).',
   'В реестр сертифицированных программ включено 96 программ, в реестр значимых — 48. Муниципальная экспертная комиссия, созданная приказом от 14.10.2024 № 356, рассмотрела 35 программ: 31 рекомендована к включению, 4 возвращены на доработку.']),
 ('Охват детей и персонифицированное финансирование.',[
   'Доля детей в возрасте от 5 до 18 лет, охваченных дополнительным образованием, составила 81,4 % (7 925 из 9 736 человек) при плановом значении 80,0 %; в 2023–2024 учебном году — 79,6 %[[FN:Расчёт по методике, утверждённой приказом Минпросвещения России от 15.04.2019 № 170, по данным Навигатора на 31.05.2025, без учёта повторов.]].',
   'Выдано 9 102 сертификата дополнительного образования (93,5 % детей). Сертификаты персонифицированного финансирования использовали 2 310 детей, или 23,7 % при плане 25 %. Номинал сертификата на 2025 год — 9 120 рублей (в 2024 году — 8 640)[[FN:Постановление администрации от 20.12.2024 № 2088-па «Об утверждении программы персонифицированного финансирования дополнительного образования детей на 2025 год»; объём обеспечения сертификатов — 21 067,2 тыс. рублей.]].']),
 ('Методическая и кадровая поддержка.',[
   'Проведено 14 семинаров и вебинаров и около 260 индивидуальных консультаций; 38 педагогов прошли курсы повышения квалификации, в том числе 12 — по работе с детьми с ОВЗ.',
   'В муниципальном этапе конкурса «Сердце отдаю детям» участвовали 9 педагогов; победитель — педагог дополнительного образования ЦДЮТ «Зенит» Шувалова Т. А., ставшая призёром регионального этапа.']),
 ('Выявление и поддержка талантов.',[
   'Проведено 27 муниципальных мероприятий, участниками стали свыше 3,4 тыс. детей. Победителями и призёрами региональных и всероссийских конкурсов стали 118 обучающихся (годом ранее — 96).']),
]))

B.append(H('Оценка сильных и слабых сторон'))
tstyle('SWOT',[8.5,8.5])
B.append(TABLE('SWOT',[8.5,8.5],[
 [cell('Сильные стороны',st='TH',pst='TabH'),cell('Слабые стороны',st='TH',pst='TabH')],
 [cell('— охват выше планового значения (81,4 %);\n— рост числа сетевых программ в 1,5 раза;\n— опыт экспертной комиссии МОЦ'),
  cell('— доля сертификатов ПФ ниже плана (23,7 %);\n— мало естественнонаучных программ (10 % от общего числа);\n— 5 сельских школ не реализуют программ')],
 [cell('Возможности',st='TH',pst='TabH'),cell('Риски',st='TH',pst='TabH')],
 [cell('— партнёрство с техникумом и музеем;\n— новые места по региональному проекту в 2026 году'),
  cell('— дефицит педагогов технической направленности;\n— снижение численности детей 5–18 лет по прогнозу')],
]))
B.append(P('Основной проблемой остаётся неравномерность охвата: в городских школах он превышает 85 %, в сельских не достигает 60 %. Выполнение показателя по сертификатам ПФ сдерживается тем, что 19 из 48 значимых программ не имеют свободных мест.'))

B.append(H('Задачи на 2025–2026 учебный год'))
B.append(LIST([
 ('Обеспечить охват детей в возрасте от 5 до 18 лет дополнительным образованием не менее 82 %.',[
   'Открыть не менее 6 программ в сельских школах Заречного территориального отдела.',
   'Организовать подвоз обучающихся на сетевые программы техникума.']),
 ('Довести долю детей, использующих сертификаты ПФ, до 26 %.',[]),
 ('Увеличить число программ, прошедших НОК, до 75, сетевых — до 15, адаптированных — до 14.',[]),
 ('Разработать не менее 5 программ естественнонаучной направленности.',[]),
], style='L2'))

B.append(H('Перспективы и план мероприятий'))
B.append(P('В 2026 году планируется создание 120 новых мест дополнительного образования (техническая и естественнонаучная направленности), запуск муниципального банка краткосрочных программ и перевод экспертизы программ в электронный вид.'))
tstyle('PLAN',[1.0,8.0,3.5,4.5])
B.append(TABLE('PLAN',[1.0,8.0,3.5,4.5],[
 [cell('№',st='TH',pst='TabH'),cell('Мероприятие',st='TH',pst='TabH'),cell('Срок',st='TH',pst='TabH'),cell('Ответственный',st='TH',pst='TabH')],
 [cell('1',pst='TabC'),cell('Мониторинг охвата детей по данным Навигатора'),cell('ежемесячно, до 5 числа'),cell('Дронова В. В.')],
 [cell('2',pst='TabC'),cell('Муниципальная экспертиза новых программ'),cell('октябрь 2025 г., март 2026 г.'),cell('Кулешов Г. П.')],
 [cell('3',pst='TabC'),cell('Семинар «Сетевая программа: договор и учёт»'),cell('19.11.2025'),cell('Ибрагимова Э. Р.')],
 [cell('4',pst='TabC'),cell('Информационная кампания по сертификатам ПФ'),cell('с 1 по 30 апреля 2026 г.'),cell('Саврасова М. О.')],
]))
B.append(P('Руководитель МОЦ\t_______________\tМ. О. Саврасова','Sign'))
B.append(P('Исполнитель: Ибрагимова Эльвира Рашидовна, методист МОЦ, тел. 8 (48152) 3-40-26','Small'))

body=''.join(B)
L=lambda name,lvl2: f'''<text:list-style style:name="{name}">
<text:list-level-style-number text:level="1" text:style-name="Numbering_20_Symbols" style:num-suffix="." style:num-format="1"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1cm" fo:text-indent="-0.75cm" fo:margin-left="1cm"/></style:list-level-properties></text:list-level-style-number>
<text:list-level-style-number text:level="2" text:style-name="Numbering_20_Symbols" style:num-suffix="." style:num-format="1" text:display-levels="2"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="2cm" fo:text-indent="-1cm" fo:margin-left="2cm"/></style:list-level-properties></text:list-level-style-number>
</text:list-style>'''
doc=f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><meta:initial-creator>Ибрагимова Э.Р.</meta:initial-creator><dc:title>Анализ деятельности МОЦ 2024-2025</dc:title></office:meta>
<office:font-face-decls><style:font-face style:name="Times New Roman" svg:font-family="'Times New Roman'" style:font-family-generic="roman"/><style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'" style:font-family-generic="roman"/></office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0cm"/><style:text-properties style:font-name="Times New Roman" fo:font-size="12pt" fo:language="ru" fo:country="RU"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph" style:class="text"/>
<style:style style:name="Body" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="justify" fo:text-indent="1.25cm" fo:line-height="115%" fo:margin-bottom="0.1cm"/></style:style>
<style:style style:name="Center" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center"/></style:style>
<style:style style:name="CenterB" style:family="paragraph" style:parent-style-name="Center"><style:paragraph-properties fo:margin-bottom="0.4cm"/><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Right" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="end" fo:margin-bottom="0.4cm"/><style:text-properties fo:font-size="10pt" fo:font-style="italic"/></style:style>
<style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard" style:class="chapter"><style:paragraph-properties fo:text-align="center" fo:margin-top="0.3cm"/><style:text-properties fo:font-size="14pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Subtitle" style:family="paragraph" style:parent-style-name="Standard" style:class="chapter"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.4cm"/><style:text-properties fo:font-size="13pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-top="0.35cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"/><style:text-properties fo:font-size="12pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="1" style:list-style-name="LH"/>
<style:style style:name="ListP" style:family="paragraph" style:parent-style-name="Standard" style:list-style-name="L1"><style:paragraph-properties fo:text-align="justify" fo:margin-bottom="0.05cm"/></style:style>
<style:style style:name="ListP2" style:family="paragraph" style:parent-style-name="ListP"/>
<style:style style:name="TabP" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-size="11pt"/></style:style>
<style:style style:name="TabC" style:family="paragraph" style:parent-style-name="TabP"><style:paragraph-properties fo:text-align="center"/></style:style>
<style:style style:name="TabH" style:family="paragraph" style:parent-style-name="TabP"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Footnote" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"><style:paragraph-properties fo:margin-left="0.5cm" fo:text-indent="-0.5cm"/><style:text-properties fo:font-size="10pt"/></style:style>
<style:style style:name="Sign" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-top="1cm"><style:tab-stops><style:tab-stop style:position="8cm"/><style:tab-stop style:position="13cm"/></style:tab-stops></style:paragraph-properties></style:style>
<style:style style:name="Small" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-top="0.6cm"/><style:text-properties fo:font-size="9pt"/></style:style>
<style:style style:name="Numbering_20_Symbols" style:display-name="Numbering Symbols" style:family="text"/>
<style:style style:name="Tbold" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
{L('L1',1)}
{L('L2',1)}
<text:outline-style style:name="LH"><text:outline-level-style text:level="1" style:num-suffix="." style:num-format="I"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="space" fo:text-indent="0cm" fo:margin-left="0cm"/></style:list-level-properties></text:outline-level-style></text:outline-style>
<text:notes-configuration text:note-class="footnote" style:num-format="1" text:start-value="0" text:footnotes-position="page" text:start-numbering-at="document"/>
</office:styles>
<office:automatic-styles>
{''.join(tstyles)}
<style:style style:name="TC" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #000000" style:vertical-align="top"/></style:style>
<style:style style:name="TH" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #000000" fo:background-color="#e7e6e6" style:vertical-align="middle"/></style:style>
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" style:print-orientation="portrait" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="2.5cm" fo:margin-right="1.5cm" style:footnote-max-height="0cm"><style:footnote-sep style:width="0.018cm" style:distance-before-sep="0.1cm" style:distance-after-sep="0.1cm" style:line-style="solid" style:adjustment="left" style:rel-width="25%" style:color="#000000"/></style:page-layout-properties></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles>
<office:body><office:text>
{body}
</office:text></office:body></office:document>
'''
open(OUT,'w',encoding='utf-8').write(doc)
print('footnotes',fn[0])
