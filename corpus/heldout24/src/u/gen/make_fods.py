# builds Lunevsky_2025_plan9m.fods (LibreOffice flat spreadsheet)
from xml.sax.saxutils import escape as e
OUT='/work/blind/h24/u/src/Lunevsky_2025_plan9m.fods'
NCOL=8
rows=[]  # list of xml strings
def txt(s, st='ce_txt', span=1, rspan=1):
    a=f' table:style-name="{st}"'
    if span>1: a+=f' table:number-columns-spanned="{span}"'
    if rspan>1: a+=f' table:number-rows-spanned="{rspan}"'
    if s is None or s=='':
        return f'<table:table-cell{a}/>'
    paras=''.join(f'<text:p>{e(p)}</text:p>' for p in s.split('\n'))
    return f'<table:table-cell{a} office:value-type="string">{paras}</table:table-cell>'
def num(v, st='ce_n0', formula=None):
    f=f' table:formula="{e(formula)}"' if formula else ''
    return f'<table:table-cell table:style-name="{st}"{f} office:value-type="float" office:value="{v}"><text:p>{v}</text:p></table:table-cell>'
def cov(n=1): return '<table:covered-table-cell/>'*n
def row(cells, st='ro_auto'):
    rows.append(f'<table:table-row table:style-name="{st}">'+''.join(cells)+'</table:table-row>')

# --- title block
row([txt('',span=5,st='ce_plain'),cov(4), txt('УТВЕРЖДАЮ\nНачальник Управления образования\nадминистрации Луневского муниципального округа\n__________________ О. В. Сизова\n«____» _____________ 2025 г.', st='ce_approve', span=3), cov(2)])
row([txt('',st='ce_plain')])
row([txt('ОТЧЁТ\nо выполнении плана деятельности (муниципального задания)\nмуниципального опорного центра дополнительного образования детей Луневского муниципального округа\nза 9 месяцев 2025 года (по состоянию на 01.10.2025)', st='ce_title', span=NCOL), cov(NCOL-1)])
row([txt('Базовая организация: МАУ ДО «Дом юношеского творчества «Созвездие». План деятельности МОЦ на 2025 год утверждён приказом Управления образования от 27.12.2024 № 412-од; муниципальное задание — постановлением администрации Луневского муниципального округа от 15.01.2025 № 38-па (в ред. от 04.06.2025 № 611-па).', st='ce_note', span=NCOL), cov(NCOL-1)])
row([txt('',st='ce_plain')])
# --- header (two rows) + column numbers
HEAD_FIRST=len(rows)
row([txt('№ п/п',st='ce_head',rspan=2), txt('Наименование показателя (мероприятия)',st='ce_head',rspan=2), txt('Ед. изм.',st='ce_head',rspan=2),
     txt('План на 2025 год',st='ce_head',rspan=2), txt('Факт за 9 месяцев 2025 года',st='ce_head',span=2), cov(1),
     txt('% выполнения',st='ce_head',rspan=2), txt('Примечание',st='ce_head',rspan=2)])
row([cov(4), txt('всего',st='ce_head'), txt('из них\nза III квартал',st='ce_head'), cov(2)])
row([txt(str(i),st='ce_colno') for i in range(1,NCOL+1)])
DATA_FIRST=len(rows)+1  # 1-based spreadsheet row
pct_rows=[]
def grp(t):
    row([txt(t,st='ce_group',span=NCOL),cov(NCOL-1)])
def ind(no,name,unit,plan,fact,q3,note='',pst='ce_n0',sub=False,nopct=False):
    r=len(rows)+1
    cells=[txt(no,st='ce_c'), txt(name,st='ce_sub' if sub else 'ce_txt'), txt(unit,st='ce_c'),
           num(plan,pst), num(fact,pst)]
    cells.append(num(q3,pst) if q3 is not None else txt('—',st='ce_c'))
    if plan and not nopct:
        p=round(fact/plan*100,1)
        cells.append(num(p,'ce_n1',formula=f'of:=ROUND([.E{r}]/[.D{r}]*100;1)'))
        pct_rows.append((r,p))
    else:
        cells.append(txt('—',st='ce_c'))
    cells.append(txt(note,st='ce_note_c'))
    row(cells)

grp('1. Дополнительные общеобразовательные общеразвивающие программы')
ind('1.1','Количество программ, размещённых в АИС «Навигатор», всего','ед.',146,152,11,'на 01.10.2024 — 139')
row([txt('',st='ce_c'),txt('в том числе по направленностям:',st='ce_sub'),txt('',st='ce_c'),txt('',st='ce_c'),txt('',st='ce_c'),txt('',st='ce_c'),txt('',st='ce_c'),txt('',st='ce_note_c')])
ind('1.1.1','техническая','ед.',22,24,3,'',sub=True)
ind('1.1.2','естественнонаучная','ед.',18,17,1,'одна программа снята с реализации (нет набора)',sub=True)
ind('1.1.3','художественная','ед.',41,43,2,'',sub=True)
ind('1.1.4','социально-гуманитарная','ед.',29,31,2,'',sub=True)
ind('1.1.5','туристско-краеведческая','ед.',12,11,1,'открытие 2 программ перенесено на IV кв.',sub=True)
ind('1.1.6','физкультурно-спортивная','ед.',24,26,2,'',sub=True)
ind('1.2','Программы, реализуемые в сетевой форме','ед.',10,9,2,'договор с ГБПОУ «Луневский аграрный колледж» на стадии подписания')
ind('1.3','Краткосрочные программы (в т.ч. летние)','ед.',30,34,19,'в 2024 г. — 27')
ind('1.4','Адаптированные программы для детей с ОВЗ и детей-инвалидов','ед.',8,9,1,'')
ind('1.5','Программы, реализуемые с применением ДОТ (дистанционные)','ед.',6,4,0,'недостаточная скорость интернета в сельских ОО')
ind('1.6','Программы, прошедшие независимую оценку качества (НОК)','ед.',40,43,6,'за 2024 год — 38')
ind('1.7','Программы, включённые в реестр сертифицированных программ','ед.',58,61,5,'')
ind('1.8','Новые программы (разработаны в 2025 году)','ед.',15,12,4,'3 программы на экспертизе МОЦ')
grp('2. Охват детей дополнительным образованием')
ind('2.1','Численность детей в возрасте от 5 до 18 лет (демографические данные на 01.01.2025)','чел.',6418,6418,None,'справочно',nopct=True)
ind('2.2','Численность детей, охваченных дополнительным образованием (без повторов)','чел.',5070,4987,None,'по данным Навигатора на 01.10.2025')
ind('2.3','Доля детей в возрасте от 5 до 18 лет, охваченных дополнительным образованием, %','%',79.0,77.7,None,'на 01.10.2024 — 75,2 %',pst='ce_n1')
ind('2.4','в т.ч. дети с ОВЗ и дети-инвалиды','чел.',210,226,None,'',sub=True)
grp('3. Персонифицированное финансирование (сертификаты)')
ind('3.1','Выдано сертификатов дополнительного образования (нарастающим итогом)','шт.',5300,5412,268,'')
ind('3.2','Использовано сертификатов персонифицированного финансирования','шт.',1600,1547,311,'')
ind('3.3','Доля детей, обеспеченных сертификатами ПФ, %','%',25.0,24.1,None,'',pst='ce_n1')
ind('3.4','Номинал сертификата ПФ на 2025 год','руб.',7850,7850,None,'пост. от 26.12.2024 № 1733-па',pst='ce_n2')
grp('4. Методическое и консультационное сопровождение')
ind('4.1','Индивидуальные и групповые консультации для педагогов и ОО','ед.',120,104,27,'')
ind('4.2','Семинары, вебинары, мастер-классы','ед.',12,10,2,'')
ind('4.3','Педагоги, прошедшие повышение квалификации по профилю ДО','чел.',45,51,14,'')
grp('5. Массовые мероприятия для обучающихся')
ind('5.1','Муниципальные конкурсы, фестивали, слёты','ед.',18,14,3,'4 мероприятия перенесены на IV кв.')
ind('5.2','Участники муниципальных мероприятий','чел.',2600,2184,395,'')
ind('5.3','Победители и призёры региональных и всероссийских конкурсов','чел.',60,73,12,'')
LAST=len(rows)
done=sum(1 for _,p in pct_rows if p>=100); nd=len(pct_rows)-done
avg=round(sum(p for _,p in pct_rows)/len(pct_rows),1)
refs=';'.join(f'[.G{r}]' for r,_ in pct_rows)
row([txt('',st='ce_tot'), txt(f'ИТОГО по плану: показателей — {len(pct_rows)}, выполнено на 100 % и более — {done}, выполнено частично — {nd}. Средний процент выполнения',st='ce_tot'),
     txt('%',st='ce_tot_c'), txt('',st='ce_tot'),txt('',st='ce_tot'),txt('',st='ce_tot'),
     num(avg,'ce_tot_n1',formula=f'of:=ROUND(AVERAGE({refs});1)'), txt('',st='ce_tot')], st='ro_tot')
row([txt('',st='ce_plain')])
notes=[
'Пояснения к отчёту.',
'1. Общее количество программ в Навигаторе составило 152 при плане 146, что на 13 программ больше, чем на ту же дату прошлого года. Независимую оценку качества прошли 43 программы при плане 40 (за весь 2024 год — 38). Из 15 запланированных новых программ разработано 12; ещё три (две — технической и одна — естественнонаучной направленности) находятся на экспертизе МОЦ и будут включены в Навигатор до 15 ноября 2025 г.',
'2. Доля детей в возрасте от 5 до 18 лет, охваченных дополнительным образованием, на 01.10.2025 составила 77,7 % (4 987 человек из 6 418) при плановом значении 79,0 %. Отставание связано с выбытием выпускников 9-х и 11-х классов в июне; по итогам комплектования групп в сентябре — октябре показатель планируется довести до 79,5 % к 25 декабря 2025 года.',
'3. Сертификатами персонифицированного финансирования воспользовались 1 547 детей, или 24,1 % (план — 25 %). Из 12 560,0 тыс. рублей, предусмотренных на 2025 год, по состоянию на 01.10.2025 использовано около 71 %; в IV квартале дополнительно планируется распределить не менее 60 сертификатов на программы технической направленности.',
'4. Из 18 муниципальных мероприятий проведено 14; фестиваль робототехники «РобоЛуна», слёт юных туристов-краеведов и ещё два конкурса перенесены на октябрь — декабрь 2025 г. приказом Управления образования от 09.09.2025 № 287-од.',
]
for n in notes:
    row([txt(n,st='ce_note',span=NCOL),cov(NCOL-1)])
row([txt('',st='ce_plain')])
sig=[('Руководитель МОЦ,\nзаместитель директора МАУ ДО «ДЮТ «Созвездие»','_______________','Е. Р. Тимохина'),
     ('Директор МАУ ДО «ДЮТ «Созвездие»','_______________','Л. Н. Жаворонкова')]
for a,b,c in sig:
    row([txt('',st='ce_plain'),txt(a,st='ce_sig'),txt('',st='ce_plain'),txt(b,st='ce_sig',span=2),cov(1),txt(c,st='ce_sig',span=2),cov(1)])
row([txt('',st='ce_plain')])
row([txt('',st='ce_plain'),txt('Исполнитель: Гальцев Дмитрий Андреевич, методист МОЦ,\nтел. 8 (48736) 2-14-57, moc.sozvezdie@lunevo-obr.ru\n07.10.2025',st='ce_small',span=4),cov(3)])

widths=['1.3cm','9.3cm','1.5cm','2.3cm','2.3cm','2.4cm','2.2cm','5.1cm']
cols=''.join(f'<table:table-column table:style-name="co{i}" table:default-cell-style-name="ce_plain"/>' for i in range(NCOL))
colstyles=''.join(f'<style:style style:name="co{i}" style:family="table-column"><style:table-column-properties fo:break-before="auto" style:column-width="{w}"/></style:style>' for i,w in enumerate(widths))
B='0.5pt solid #000000'
def cst(name, dn=None, bold=False, align='start', valign='middle', border=True, size='9pt', wrap=True, bg=None, italic=False):
    dn=f' style:data-style-name="{dn}"' if dn else ''
    bd=f' fo:border="{B}"' if border else ' fo:border="none"'
    bgc=f' fo:background-color="{bg}"' if bg else ''
    w=' fo:wrap-option="wrap"' if wrap else ''
    tp=f' fo:font-size="{size}" style:font-size-asian="{size}" style:font-size-complex="{size}"'
    if bold: tp+=' fo:font-weight="bold" style:font-weight-asian="bold" style:font-weight-complex="bold"'
    if italic: tp+=' fo:font-style="italic"'
    return (f'<style:style style:name="{name}" style:family="table-cell" style:parent-style-name="Default"{dn}>'
            f'<style:table-cell-properties{bd}{bgc}{w} style:vertical-align="{valign}" fo:padding="0.05cm"/>'
            f'<style:paragraph-properties fo:text-align="{align}" fo:margin-left="0cm"/>'
            f'<style:text-properties{tp}/></style:style>')
cellstyles=''.join([
 cst('ce_plain',border=False),
 cst('ce_txt'), cst('ce_c',align='center'), cst('ce_note_c',size='8pt'),
 cst('ce_sub',italic=False).replace('fo:margin-left="0cm"','fo:margin-left="0.4cm"'),
 cst('ce_head',bold=True,align='center',bg='#d9d9d9'), cst('ce_colno',align='center',size='8pt',bg='#d9d9d9'),
 cst('ce_group',bold=True,bg='#f2f2f2'),
 cst('ce_n0','N0',align='end'), cst('ce_n1','N1',align='end'), cst('ce_n2','N2',align='end'),
 cst('ce_tot',bold=True,bg='#f2f2f2'), cst('ce_tot_c',bold=True,align='center',bg='#f2f2f2'), cst('ce_tot_n1','N1',bold=True,align='end',bg='#f2f2f2'),
 cst('ce_title',bold=True,align='center',border=False,size='12pt'),
 cst('ce_approve',border=False,size='10pt',valign='top'),
 cst('ce_note',border=False,size='10pt',align='justify',valign='top'),
 cst('ce_sig',border=False,size='10pt',valign='bottom'),
 cst('ce_small',border=False,size='8pt'),
])
doc=f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:meta><meta:initial-creator>Гальцев Д.А.</meta:initial-creator><dc:title>Отчет МОЦ 9 месяцев 2025</dc:title><meta:creation-date>2025-10-06T14:22:10</meta:creation-date></office:meta>
<office:font-face-decls><style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/></office:font-face-decls>
<office:styles>
<number:number-style style:name="N0" number:language="ru" number:country="RU"><number:number number:decimal-places="0" number:min-integer-digits="1" number:grouping="true"/></number:number-style>
<number:number-style style:name="N1" number:language="ru" number:country="RU"><number:number number:decimal-places="1" number:min-decimal-places="1" number:min-integer-digits="1"/></number:number-style>
<number:number-style style:name="N2" number:language="ru" number:country="RU"><number:number number:decimal-places="2" number:min-decimal-places="2" number:min-integer-digits="1" number:grouping="true"/></number:number-style>
<style:default-style style:family="table-cell"><style:text-properties style:font-name="Liberation Sans" fo:language="ru" fo:country="RU" fo:font-size="10pt"/></style:default-style>
<style:style style:name="Default" style:family="table-cell"/>
</office:styles>
<office:automatic-styles>
{colstyles}
<style:style style:name="ro_auto" style:family="table-row"><style:table-row-properties style:use-optimal-row-height="true" fo:break-before="auto"/></style:style>
<style:style style:name="ro_tot" style:family="table-row"><style:table-row-properties style:use-optimal-row-height="true" fo:break-before="auto"/></style:style>
<style:style style:name="ta1" style:family="table" style:master-page-name="PageStyle_5f_Report"><style:table-properties table:display="true" style:writing-mode="lr-tb"/></style:style>
{cellstyles}
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="29.7cm" fo:page-height="21cm" style:print-orientation="landscape" fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="1.5cm" fo:margin-right="1.2cm" style:print="objects charts drawings" style:scale-to-X="1" style:scale-to-Y="0"/><style:header-style/><style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.2cm"/></style:footer-style></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="PageStyle_5f_Report" style:display-name="PageStyle_Report" style:page-layout-name="pm1"><style:header style:display="false"/><style:footer><text:p>Страница <text:page-number>1</text:page-number></text:p></style:footer></style:master-page></office:master-styles>
<office:body><office:spreadsheet>
<table:table table:name="Отчет_9мес" table:style-name="ta1" table:print-ranges="Отчет_9мес.A1:Отчет_9мес.H{len(rows)}">
<table:table-header-rows>
{''.join(rows[HEAD_FIRST:HEAD_FIRST+3])}
</table:table-header-rows>
'''
# header rows must be contiguous; split rows
body=''.join(rows[:HEAD_FIRST])
doc=doc.replace('<table:table-header-rows>', cols+body+'<table:table-header-rows>')
doc+=''.join(rows[HEAD_FIRST+3:])+'''
</table:table>
</office:spreadsheet></office:body></office:document>
'''
open(OUT,'w',encoding='utf-8').write(doc)
print('rows',len(rows),'pct',len(pct_rows),done,nd,avg)
