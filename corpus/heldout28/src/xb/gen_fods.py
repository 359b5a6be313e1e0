# builds the flat-XML spreadsheet source by hand (string templating)
from xml.sax.saxutils import escape as e
S=[("г. Ложечниково",9,118,41,52,6,9,3420,2736,752,21,84,27),
("с. Верхние Ложки",3,27,8,11,1,2,812,601,146,6,19,5),
("п. Сосновый Мыс",2,19,5,7,1,1,534,390,91,4,13,4),
("с. Кривобережье",2,16,4,6,0,1,467,327,75,3,11,3),
("д. Ольховатка",1,7,2,2,0,0,158,104,22,2,5,1),
("с. Заовражье",1,9,3,4,1,1,209,148,34,2,6,2)]
rows=[]
def c(v=None,st="cT",span=1,rspan=1,f=None,fmt=None):
    a=f' table:style-name="{st}"'
    if span>1:a+=f' table:number-columns-spanned="{span}"'
    if rspan>1:a+=f' table:number-rows-spanned="{rspan}"'
    if v is None: return f'<table:table-cell{a}/>'
    if isinstance(v,(int,float)):
        a+=f' office:value-type="float" office:value="{v}"'
        if f: a+=f' table:formula="of:={f}"'
        if isinstance(v,float): t=f"{v:.1f}".replace(".",",")
        else: t=f"{v:,}".replace(","," ")
        return f'<table:table-cell{a}><text:p>{t}</text:p></table:table-cell>'
    return f'<table:table-cell{a} office:value-type="string">'+"".join(f"<text:p>{e(x)}</text:p>" for x in v.split("\n"))+'</table:table-cell>'
cov='<table:covered-table-cell/>'
def row(cells,h=None):
    a=f' table:style-name="{h}"' if h else ''
    return f'<table:table-row{a}>'+"".join(cells)+'</table:table-row>'
N=16
def line(text,st="cTitle"):
    return row([c(text,st,span=N)]+[cov]*(N-1))
rows.append(line("Приложение 1 к письму РМЦ от 08.09.2025 № 214/РМЦ","cRight"))
rows.append(line("ФОРМА МОНИТОРИНГА"))
rows.append(line("реализации мероприятий по развитию системы дополнительного образования детей в муниципальном образовании"))
rows.append(line("Муниципальное образование: Ложечниковский муниципальный округ","cLeft"))
rows.append(line("Отчётный период: 2024/2025 учебный год; данные по состоянию на 01.10.2025","cLeft"))
rows.append(line("Раздел 1. Показатели по населённым пунктам","cLeftB"))
H="cH"
rows.append(row([c("№\nп/п",H,rspan=2),c("Населённый пункт",H,rspan=2),c("Кол-во ОО, реализ. ДООП",H,rspan=2),c("Программы",H,span=5)]+[cov]*4+[c("Охват детей 5-18 лет",H,span=3)]+[cov]*2+[c("Сертификаты ПФДО",H,span=2),cov,c("Мероп. МОЦ, ед.",H,rspan=2),c("Кадры",H,span=2),cov],"rH"))
rows.append(row([cov,cov,cov,c("Кол-во прогр.",H),c("в т.ч. серт.",H),c("в т.ч. НОК",H),c("сетев.",H),c("адапт.",H),c("Числ. детей, чел.",H),c("Охвач. ДО, чел.",H),c("Охват, %",H),c("Кол-во, шт.",H),c("Доля, %",H),cov,c("Педаг. ДО, чел.",H),c("в т.ч. КПК*",H)],"rH"))
rows.append(row([c(str(i),"cNum") for i in range(1,17)]))
first=len(rows)+1
for i,s in enumerate(S,1):
    r=len(rows)+1
    n,oo,p,se,nok,net,ad,ch,cv,pf,ev,t,kpk=s
    rows.append(row([c(str(i),"cT"),c(n,"cL"),c(oo),c(p),c(se),c(nok),c(net),c(ad),c(ch),c(cv),
      c(round(cv/ch*100,1),"cTP",f=f"ROUND([.J{r}]/[.I{r}]*100;1)"),c(pf),c(round(pf/ch*100,1),"cTP",f=f"ROUND([.L{r}]/[.I{r}]*100;1)"),c(ev),c(t),c(kpk)]))
last=len(rows); r=last+1
tot=[sum(s[k] for s in S) for k in range(1,13)]
cols="CDEFGHIJ"
cells=[c("","cTB"),c("ИТОГО по округу","cLB")]
for k,col in zip(range(8),cols): cells.append(c(tot[k],"cTB",f=f"SUM([.{col}{first}:.{col}{last}])"))
cells.append(c(round(tot[7]/tot[6]*100,1),"cTBP",f=f"ROUND([.J{r}]/[.I{r}]*100;1)"))
cells.append(c(tot[8],"cTB",f=f"SUM([.L{first}:.L{last}])"))
cells.append(c(round(tot[8]/tot[6]*100,1),"cTBP",f=f"ROUND([.L{r}]/[.I{r}]*100;1)"))
for k,col in zip(range(9,12),"NOP"): cells.append(c(tot[k],"cTB",f=f"SUM([.{col}{first}:.{col}{last}])"))
rows.append(row(cells))
print("totals",tot, round(tot[7]/tot[6]*100,1), round(tot[8]/tot[6]*100,1))
rows.append(line("* КПК – курсы повышения квалификации по профилю дополнительного образования за последние 3 года.","cNote"))
rows.append(line("Примечание: 1) численность детей 5-18 лет (без учёта детей, достигших 18 лет) – по данным Росстата на 01.01.2025; 2) гр. 4 – программы, опубликованные в навигаторе, учтены по месту нахождения основной организации, сетевые программы учтены один раз; 3) гр. 11 = гр. 10 / гр. 9 × 100; гр. 13 = гр. 12 / гр. 9 × 100; 4) в гр. 10 учтены уникальные дети, число зачислений на программы – 5 091.","cNote"))
rows.append(line("",None and "cLeft" or "cLeft"))
rows.append(line("Раздел 2. Программы по направленностям (по округу)","cLeftB"))
rows.append(row([c("Направленность",H,span=4)]+[cov]*3+[c("Кол-во прогр.",H,span=2),cov,c("в т.ч. серт.",H,span=2),cov,c("Зачисл. детей, чел.",H,span=2),cov]+[c(None,"cE")]*6))
D=[("техническая",28,10,612),("естественнонаучная",22,6,418),("физкультурно-спортивная",41,14,1344),("художественная",52,17,1587),("туристско-краеведческая",14,4,236),("социально-гуманитарная",39,12,894)]
for d in D: rows.append(row([c(d[0],"cL",span=4)]+[cov]*3+[c(d[1],span=2),cov,c(d[2],span=2),cov,c(d[3],span=2),cov]+[c(None,"cE")]*6))
td=[sum(d[k] for d in D) for k in (1,2,3)]; print("dir",td)
rows.append(row([c("Всего","cLB",span=4)]+[cov]*3+[c(td[0],"cTB",span=2),cov,c(td[1],"cTB",span=2),cov,c(td[2],"cTB",span=2),cov]+[c(None,"cE")]*6))
rows.append(line("","cLeft"))
rows.append(line("Раздел 3. Сведения о МОЦ","cLeftB"))
info=[("Организация, на базе которой создан МОЦ","МАУ ДО «Ложечниковский дом детского творчества»"),
("Акт о создании МОЦ","постановление администрации Ложечниковского муниципального округа от 21.02.2022 N 147-п (в ред. от 05.06.2024 N 503-п)"),
("Руководитель МОЦ (ФИО, должность)","Карасёва Надежда Глебовна, заместитель директора по УВР"),
("Муниципальный администратор навигатора","Пташкин Артём Романович, методист МОЦ"),
("Кол-во мероприятий МОЦ / участников","38 / 2 416 чел. (в 2023/2024 уч. г. – 31 / 1 980)"),
("Плановое значение охвата на 2025 г., %","не менее 76,5 (муниципальная программа «Развитие образования», утв. постановлением от 30.12.2024 N 1188-п)"),
("Плановое значение доли детей с сертификатами ПФДО, %","20,0"),
("Краткосрочные программы (до 72 ч.) / модульные программы, ед.","17 / 5"),
("Новые программы, опубликованные в навигаторе за отчётный период, ед.","24, из них 9 технической направленности"),
("Проведение НОК (сроки, число экспертов)","со 2 по 27 декабря 2024 г., 7 экспертов; НОК прошли 82 программы (41,8 % от общего числа), в т.ч. 19 – повторно"),
("Комментарий МО","в д. Ольховатка и с. Заовражье программы ведутся только на базе школ; с 01.09.2025 открыта сетевая программа «Юный краевед» совместно с МАУ ДО «Ложечниковский ДДТ»")]
for k,v in info: rows.append(row([c(k,"cL",span=5)]+[cov]*4+[c(v,"cL",span=11)]+[cov]*10,"rInfo"))
rows.append(line("","cLeft"))
rows.append(row([c("Начальник управления образования","cLeft",span=6)]+[cov]*5+[c("____________","cLeft",span=4)]+[cov]*3+[c("Р.Ф. Пономарчук","cLeft",span=6)]+[cov]*5))
rows.append(row([c("Исполнитель: руководитель МОЦ Карасёва Н.Г., тел. 8 (00000) 2-14-37, moc.lozh@example.ru","cLeft",span=12)]+[cov]*11+[c("03.10.2025","cLeft",span=4)]+[cov]*3))
colw=["0.8cm","3.4cm"]+["1.5cm"]*14
cs="".join(f'<style:style style:name="co{i}" style:family="table-column"><style:table-column-properties style:column-width="{w}"/></style:style>' for i,w in enumerate(colw))
cols="".join(f'<table:table-column table:style-name="co{i}" table:default-cell-style-name="cT"/>' for i in range(len(colw)))
def cst(name,align="center",bold=False,border=True,size="8pt",bg=None,wrap=True):
    b='fo:border="0.5pt solid #000000"' if border else 'fo:border="none"'
    g=f' fo:background-color="{bg}"' if bg else ''
    w=' fo:wrap-option="wrap"' if wrap else ''
    fw=' fo:font-weight="bold"' if bold else ''
    ds=' style:data-style-name="N1"' if name.endswith("P") else (' style:data-style-name="N0"' if name in ("cT","cTB") else '')
    return f'<style:style style:name="{name}" style:family="table-cell"{ds}><style:table-cell-properties {b}{g}{w} style:vertical-align="middle" fo:padding="0.03cm"/><style:paragraph-properties fo:text-align="{align}"/><style:text-properties fo:font-size="{size}" style:font-name="Liberation Sans"{fw}/></style:style>'
styles=cs+cst("cTP")+cst("cTBP",bold=True,bg="#f2f2f2")+cst("cT")+cst("cL","start")+cst("cTB",bold=True,bg="#f2f2f2")+cst("cLB","start",True,bg="#f2f2f2")+cst("cH",bold=True,bg="#dddddd")+cst("cNum",size="7pt")+cst("cE",border=False)+cst("cTitle",bold=True,border=False,size="11pt")+cst("cRight","end",border=False)+cst("cLeft","start",border=False,size="9pt")+cst("cLeftB","start",True,False,"9pt")+cst("cNote","start",border=False,size="7.5pt")
styles+='<style:style style:name="rH" style:family="table-row"><style:table-row-properties style:row-height="1.1cm"/></style:style><style:style style:name="rInfo" style:family="table-row"><style:table-row-properties style:row-height="0.55cm"/></style:style><style:style style:name="ta1" style:family="table" style:master-page-name="PageStyle_5f_L"><style:table-properties table:display="true"/></style:style>'
doc=f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:font-face-decls><style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'"/></office:font-face-decls>
<office:styles><style:default-style style:family="table-cell"><style:text-properties fo:language="ru" fo:country="RU"/></style:default-style></office:styles>
<office:automatic-styles><number:number-style style:name="N1" number:language="ru" number:country="RU"><number:number number:decimal-places="1" number:min-decimal-places="1" number:min-integer-digits="1"/></number:number-style><number:number-style style:name="N0" number:language="ru" number:country="RU"><number:number number:decimal-places="0" number:min-integer-digits="1" number:grouping="true"/></number:number-style>{styles}
<style:page-layout style:name="pmL"><style:page-layout-properties fo:page-width="29.7cm" fo:page-height="21cm" style:print-orientation="landscape" fo:margin-top="1cm" fo:margin-bottom="1cm" fo:margin-left="1.2cm" fo:margin-right="1cm" style:scale-to-X="1" style:scale-to-Y="2"/><style:header-style/><style:footer-style/></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="PageStyle_5f_L" style:page-layout-name="pmL"><style:header style:display="false"/><style:footer style:display="false"/></style:master-page></office:master-styles>
<office:body><office:spreadsheet><table:table table:name="Мониторинг" table:style-name="ta1">{cols}
{chr(10).join(rows)}
</table:table></office:spreadsheet></office:body></office:document>'''
open("Lozhechnikovsky_2025_monitoring.fods","w").write(doc)
