# assembles hand-written WordprocessingML into a .docx package (no python-docx)
import os, subprocess, shutil
from xml.sax.saxutils import escape as e
W='xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
def run(t,b=False,i=False):
    rp=''.join(x for x,c in (('<w:b/>',b),('<w:i/>',i)) if c)
    return f'<w:r><w:rPr>{rp}</w:rPr><w:t xml:space="preserve">{e(t)}</w:t></w:r>'
def fn(n): return f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="{n}"/></w:r>'
def p(*parts,jc=None,style=None):
    pp=''
    if style: pp+=f'<w:pStyle w:val="{style}"/>'
    if jc: pp+=f'<w:jc w:val="{jc}"/>'
    body=''.join(x if x.startswith('<w:r>') else run(x) for x in parts)
    return f'<w:p><w:pPr>{pp}</w:pPr>{body}</w:p>'
def cell(t,w,span=1,vm=None,b=False):
    tc=f'<w:tcW w:w="{w}" w:type="dxa"/>'
    if span>1: tc+=f'<w:gridSpan w:val="{span}"/>'
    if vm=='restart': tc+='<w:vMerge w:val="restart"/>'
    elif vm=='cont': tc+='<w:vMerge/>'
    return f'<w:tc><w:tcPr>{tc}</w:tcPr><w:p>{run(t,b=b) if t else ""}</w:p></w:tc>'
def table(grid,rows):
    g=''.join(f'<w:gridCol w:w="{x}"/>' for x in grid)
    bd='<w:tblBorders>'+''.join(f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="000000"/>' for s in ('top','left','bottom','right','insideH','insideV'))+'</w:tblBorders>'
    return f'<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/>{bd}</w:tblPr><w:tblGrid>{g}</w:tblGrid>'+''.join('<w:tr>'+''.join(r)+'</w:tr>' for r in rows)+'</w:tbl>'
B=[]
B.append(p(run('УТВЕРЖДАЮ',b=True),jc='right'))
B.append(p('Начальник управления образования',jc='right'))
B.append(p('администрации Козодоевского муниципального округа',jc='right'))
B.append(p('_____________ В.П. Дроздецкий',jc='right'))
B.append(p('«___» __________ 2026 г.',jc='right'))
B.append(p(run('ОТЧЁТ',b=True),jc='center'))
B.append(p(run('о деятельности муниципального опорного центра дополнительного образования детей Козодоевского муниципального округа за 2025 год',b=True),jc='center'))
B.append(p(run('1. Общие сведения',b=True)))
B.append(p('Муниципальный опорный центр дополнительного образования детей (далее – МОЦ) функционирует на базе МБУ ДО «Центр детского творчества «Радуга» в соответствии с постановлением администрации Козодоевского муниципального округа от 14.03.2020 № 312-па «О создании муниципального опорного центра дополнительного образования детей». Работа в отчётном периоде велась по плану, утверждённому приказом управления образования от 22.01.2025 № 17-од.'))
B.append(p('Руководитель МОЦ – Сорокопудова Ирина Валерьевна, заместитель директора МБУ ДО «ЦДТ «Радуга»; функции муниципального администратора системы персонифицированного финансирования выполняет Пеструхин Д.А.; методическое сопровождение осуществляют методисты МОЦ Галкина О.Н. и Тетеревятникова С.Ю.'))
B.append(p('Задачи на 2025 год: 1) повышение охвата детей 5–18 лет дополнительным образованием; 2) обновление содержания и расширение спектра программ, в том числе для детей с ОВЗ; 3) организация независимой оценки качества программ; 4) методическая поддержка педагогов.'))
B.append(p(run('2. Охват детей и сертификаты',b=True)))
B.append(p('По итогам года дополнительным образованием охвачено 8 015 детей в возрасте от 5 до 18 лет, что составляет 81,4 %',fn(1),' (в 2024 году – 79,6 %). Прирост показателя – 1,8 п.п. К концу 2026 года охват планируется довести до 82 %.'))
B.append(p('Доля детей, использующих сертификаты персонифицированного финансирования, выросла с 24,9 % до 27,3 %; целевое значение на 2026 год – не менее 30 %. Объём средств, направленных на оплату обучения по сертификатам, составил 14,6 млн рублей (годом ранее – 12,9 млн рублей).'))
B.append(p(run('3. Программы дополнительного образования',b=True)))
B.append(p('В 2025 году в округе реализовывались 412 дополнительных общеразвивающих программ (2024 г. – 386). Программы реализуют 19 организаций: из них 11 общеобразовательных школ, 3 учреждения дополнительного образования, 2 детских сада и 3 негосударственных поставщика.'))
B.append(p(run('Таблица 1. Распределение программ по направленностям',i=True)))
G1=[4200,2400,2400]
B.append(table(G1,[
 [cell('Направленность',G1[0],vm='restart',b=True),cell('Количество программ',G1[1]+G1[2],span=2,b=True)],
 [cell('',G1[0],vm='cont'),cell('2024',G1[1],b=True),cell('2025',G1[2],b=True)],
 [cell('Техническая',G1[0]),cell('58',G1[1]),cell('67',G1[2])],
 [cell('Естественнонаучная',G1[0]),cell('41',G1[1]),cell('46',G1[2])],
 [cell('Художественная',G1[0]),cell('121',G1[1]),cell('124',G1[2])],
 [cell('Физкультурно-спортивная',G1[0]),cell('88',G1[1]),cell('93',G1[2])],
 [cell('Социально-гуманитарная',G1[0]),cell('62',G1[1]),cell('65',G1[2])],
 [cell('Туристско-краеведческая',G1[0]),cell('16',G1[1]),cell('17',G1[2])],
 [cell('Итого',G1[0],b=True),cell('386',G1[1],b=True),cell('412',G1[2],b=True)],
]))
B.append(p('Из общего числа программ в реестр сертифицированных включено 96 (в 2024 году – 81), по муниципальному заданию реализуются 274 значимые программы. Число сетевых программ увеличилось с 9 до 14, адаптированных для детей с ОВЗ – с 19 до 23. Кроме того, реализованы 37 краткосрочных программ, 29 летних',fn(2),' и 11 программ с применением дистанционных технологий. Новых программ разработано 31.'))
B.append(p('Независимую оценку качества в 2025 году прошли 44 программы при плановом значении 50; причины отставания – позднее представление программ двумя школами.'))
B.append(p(run('Таблица 2. Выполнение показателей',i=True)))
G2=[4600,1500,1500,1400]
B.append(table(G2,[
 [cell('Показатель',G2[0],vm='restart',b=True),cell('2025 год',G2[1]+G2[2],span=2,b=True),cell('2026 год, план',G2[3],vm='restart',b=True)],
 [cell('',G2[0],vm='cont'),cell('план',G2[1],b=True),cell('факт',G2[2],b=True),cell('',G2[3],vm='cont')],
 [cell('Охват детей 5–18 лет, %',G2[0]),cell('80,5',G2[1]),cell('81,4',G2[2]),cell('82,0',G2[3])],
 [cell('Доля детей с сертификатами ПФ, %',G2[0]),cell('27,0',G2[1]),cell('27,3',G2[2]),cell('30,0',G2[3])],
 [cell('Сетевые программы, ед.',G2[0]),cell('12',G2[1]),cell('14',G2[2]),cell('18',G2[3])],
 [cell('Программы для детей с ОВЗ, ед.',G2[0]),cell('22',G2[1]),cell('23',G2[2]),cell('28',G2[3])],
 [cell('Программы, прошедшие НОК, ед.',G2[0]),cell('50',G2[1]),cell('44',G2[2]),cell('55',G2[3])],
]))
B.append(p(run('4. Мероприятия',b=True)))
B.append(p('МОЦ проведено 46 муниципальных мероприятий для детей и педагогов, в них приняли участие 3 180 человек (в 2024 году – 39 мероприятий и около 2,7 тысячи участников). Курсы повышения квалификации объёмом 36 часов прошли 58 педагогов. Летняя кампания организована в соответствии с распоряжением администрации округа от 05.06.2025 № 88-р.'))
B.append(p(run('5. Перспективы на 2026 год',b=True)))
B.append(p('В 2026 году планируется: увеличить число сетевых программ не менее чем до 18, адаптированных – до 28; довести количество сертифицированных программ до 110; обеспечить прохождение независимой оценки качества не менее 55 программами.'))
B.append(p(run('Таблица 3. План основных мероприятий на 2026 год',i=True)))
G3=[4800,1900,2600]
B.append(table(G3,[
 [cell('Мероприятие',G3[0],b=True),cell('Срок',G3[1],b=True),cell('Ответственный',G3[2],b=True)],
 [cell('Семинар «Сетевая форма реализации программ»',G3[0]),cell('февраль 2026 г.',G3[1]),cell('Галкина О.Н., методист МОЦ',G3[2])],
 [cell('Независимая оценка качества программ (весенний этап)',G3[0]),cell('март – апрель',G3[1]),cell('Сорокопудова И.В.',G3[2])],
 [cell('Актуализация реестра сертифицированных программ',G3[0]),cell('до 01.06.2026',G3[1]),cell('Пеструхин Д.А., муниципальный администратор',G3[2])],
 [cell('Мониторинг охвата детей 5–18 лет',G3[0]),cell('ежеквартально',G3[1]),cell('Тетеревятникова С.Ю.',G3[2])],
]))
B.append(p(''))
B.append(p('Руководитель МОЦ _____________ И.В. Сорокопудова'))
B.append(p('Исп. Галкина О.Н., тел. (00000) 4-17-29, moc-kozodoevo@example.ru'))
sect='<w:sectPr><w:footnotePr><w:numFmt w:val="decimal"/></w:footnotePr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>'
doc=f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>'+''.join(B)+sect+'</w:body></w:document>'
def fnote(i,t): return f'<w:footnote w:id="{i}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>{run(" "+t)}</w:p></w:footnote>'
fns=f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {W}><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'+fnote(1,'По данным регионального навигатора на 31.12.2025; численность детей 5–18 лет, проживающих в округе, – 9 846 человек.')+fnote(2,'Включая 6 программ, реализованных на базе пришкольных лагерей с дневным пребыванием в июне – июле 2025 г.')+'</w:footnotes>'
styles=f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles {W}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/><w:sz w:val="26"/><w:lang w:val="ru-RU"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="100"/><w:jc w:val="both"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="20"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style></w:styles>'''
ct='''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>'''
rels='''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'''
drels='''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/></Relationships>'''
R='docx_pkg'; shutil.rmtree(R,ignore_errors=True); os.makedirs(R+'/_rels'); os.makedirs(R+'/word/_rels')
for path,txt in {'[Content_Types].xml':ct,'_rels/.rels':rels,'word/document.xml':doc,'word/footnotes.xml':fns,'word/styles.xml':styles,'word/_rels/document.xml.rels':drels}.items():
    open(os.path.join(R,path),'w',encoding='utf-8').write(txt)
out='/work/blind/heldout55/zw/docs/Kozodoevsky_2025_otchet_moc.docx'
if os.path.exists(out): os.remove(out)
subprocess.run(['zip','-X','-r',out,'[Content_Types].xml','_rels','word'],cwd=R,check=True)
