# Hand-written WordprocessingML for cheremukhov_2026_analiticheskiy-otchet.docx
# (plain string templates + zipfile; no python-docx)
import zipfile, os
from xml.sax.saxutils import escape as e
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'

def run(t, b=False, i=False, sz=None):
    rpr = ''
    if b: rpr += '<w:b/>'
    if i: rpr += '<w:i/>'
    if sz: rpr += f'<w:sz w:val="{sz}"/><w:szCs w:val="{sz}"/>'
    rpr = f'<w:rPr>{rpr}</w:rPr>' if rpr else ''
    return f'<w:r>{rpr}<w:t xml:space="preserve">{e(t)}</w:t></w:r>'

def fn(n):
    return f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="{n}"/></w:r>'

def p(*parts, style=None, jc=None, ind=True, num=None):
    ppr = ''
    if style: ppr += f'<w:pStyle w:val="{style}"/>'
    if num: ppr += f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num}"/></w:numPr>'
    if jc: ppr += f'<w:jc w:val="{jc}"/>'
    elif ind and not style and not num: ppr += '<w:ind w:firstLine="709"/><w:jc w:val="both"/>'
    body = ''.join(x if x.startswith('<w:r') else run(x) for x in parts)
    return f'<w:p><w:pPr>{ppr}</w:pPr>{body}</w:p>'

def tc(text, w, span=None, vm=None, b=False, jc='center'):
    pr = f'<w:tcW w:w="{w}" w:type="dxa"/>'
    if span: pr += f'<w:gridSpan w:val="{span}"/>'
    if vm == 'restart': pr += '<w:vMerge w:val="restart"/>'
    elif vm == 'cont': pr += '<w:vMerge/>'
    pr += '<w:vAlign w:val="center"/>'
    body = run(text, b=b, sz=22) if text else ''
    return f'<w:tc><w:tcPr>{pr}</w:tcPr><w:p><w:pPr><w:spacing w:after="0"/><w:jc w:val="{jc}"/></w:pPr>{body}</w:p></w:tc>'

grid = [520, 2480, 1000, 1000, 1200, 1200, 1600]
def tr(cells, header=False):
    trpr = '<w:trPr><w:tblHeader/></w:trPr>' if header else ''
    return f'<w:tr>{trpr}{"".join(cells)}</w:tr>'

rows = [
 ('1','Техническая','58','71','17','22','1 204'),
 ('2','Естественнонаучная','39','46','10','13','812'),
 ('3','Художественная','112','119','31','35','2 367'),
 ('4','Физкультурно-спортивная','84','90','24','26','2 055'),
 ('5','Социально-гуманитарная','61','64','15','17','1 186'),
 ('6','Туристско-краеведческая','22','22','4','5','393'),
]
tbl = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="9000" w:type="dxa"/><w:tblLayout w:type="fixed"/>'
       '<w:tblBorders>' + ''.join(f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="000000"/>' for s in ('top','left','bottom','right','insideH','insideV')) +
       '</w:tblBorders></w:tblPr><w:tblGrid>' + ''.join(f'<w:gridCol w:w="{g}"/>' for g in grid) + '</w:tblGrid>']
tbl.append(tr([tc('№ п/п',520,vm='restart',b=True), tc('Направленность программ',2480,vm='restart',b=True),
               tc('Количество программ, ед.',2000,span=2,b=True), tc('из них сертифицированных',2400,span=2,b=True),
               tc('Охват детей в 2026 г., чел.',1600,vm='restart',b=True)], header=True))
tbl.append(tr([tc('',520,vm='cont'), tc('',2480,vm='cont'), tc('2025 г.',1000,b=True), tc('2026 г.',1000,b=True),
               tc('2025 г.',1200,b=True), tc('2026 г.',1200,b=True), tc('',1600,vm='cont')], header=True))
for r in rows:
    tbl.append(tr([tc(r[0],520), tc(r[1],2480,jc='left')] + [tc(r[2],1000), tc(r[3],1000), tc(r[4],1200), tc(r[5],1200)] + [tc(r[6],1600)]))
tbl.append(tr([tc('',520), tc('Итого',2480,b=True,jc='left'), tc('376',1000,b=True), tc('412',1000,b=True),
               tc('101',1200,b=True), tc('118',1200,b=True), tc('8 017',1600,b=True)]))
tbl.append('</w:tbl>')
TABLE = ''.join(tbl)

body = [
 p(run('Управление образования администрации Черёмуховского муниципального округа', sz=24), jc='center'),
 p(run('Муниципальный опорный центр дополнительного образования детей', sz=24), jc='center'),
 p(run('(на базе МБУ ДО «Дом детского творчества «Радуга»)', i=True, sz=22), jc='center'),
 p(run('АНАЛИТИЧЕСКИЙ ОТЧЁТ', b=True, sz=28), jc='center'),
 p(run('о деятельности муниципального опорного центра за 2026 год', b=True), jc='center'),
 p('', jc='center'),
 p('1. Общие сведения', style='Heading1'),
 p('Муниципальный опорный центр дополнительного образования детей Черёмуховского муниципального округа (далее – МОЦ) действует с 14 февраля 2020 г. на основании постановления администрации округа от 14.02.2020 № 211-па «О создании муниципального опорного центра дополнительного образования детей». Работа в отчётном периоде велась по плану, утверждённому приказом управления образования от 09.01.2026г. № 4/01-07, и в русле Концепции развития дополнительного образования детей до 2030 года (распоряжение Правительства РФ от 31 марта 2022 г. N 678-р).'),
 p('Руководство МОЦ осуществляет Сазонова Елена Викторовна, заместитель директора по учебно-воспитательной работе МБУ ДО «ДДТ «Радуга» (директор – Т.Ю. Мелентьева). В штате центра два методиста – Гурьянов Павел Андреевич и Ткач Ольга Сергеевна; последней, помимо прочего, поручено ведение муниципального сегмента Навигатора. Кураторство со стороны органа управления образованием закреплено за начальником управления А.С. Долгушиным.'),
 p('2. Охват детей и программы', style='Heading1'),
 p('На конец года в округе проживали 9 846 детей в возрасте от 5 до 18 лет. Дополнительным образованием охвачено 8 017 из них, что составляет 81,4 % при плановом значении 81,0 % (в 2025 году – 79,6 %, т. е. прирост на 1,8 п.п.).', fn(1), ' Сертификаты дополнительного образования получили 7 920 детей (80,4 % от численности детского населения указанного возраста), из них 2 948 сертификатов переведены в статус сертификатов персонифицированного финансирования; годом ранее таких было 2 611.'),
 p('Программы реализуют двадцать девять организаций: 17 общеобразовательных школ, 6 детских садов, 3 учреждения дополнительного образования и ещё 3 негосударственных поставщика (два индивидуальных предпринимателя и АНО «Мастерская Кулибина»). Распределение программ, размещённых в Навигаторе, по направленностям приведено в таблице 1.', fn(2)),
 p(run('Таблица 1. Программы и охват детей по направленностям', i=True), jc='right'),
 TABLE,
 p(''),
 p('Таким образом, общее число программ выросло с 376 до 412 (+9,6 %). Впервые в реестр включена сорок одна программа, а пять программ, не набравших групп, исключены. Доля сертифицированных программ составила 28,6 % от их общего количества против 26,9 % в 2025 году. Наибольший прирост дала техническая направленность (с 58 до 71), туристско-краеведческих программ осталось столько же – 22.'),
 p('Для детей с ограниченными возможностями здоровья реализуются 27 адаптированных программ (в 2025 году – 19); по ним занимаются 186 обучающихся с ОВЗ, в т. ч. 47 детей-инвалидов.'),
 p('3. Методическая и организационная работа'),
 p('За год МОЦ провёл 37 мероприятий при плане 34 – семинары, конкурсы, профильную смену «Черёмуховый слёт»; участниками стали 2 914 человек. С 6 по 24 октября 2026 г. проведена независимая оценка качества 22 программ; положительное заключение получили девятнадцать (86,4 %). Курсы повышения квалификации прошли 63 педагога из 214, работающих в системе дополнительного образования округа, – 29,4 % (в прошлом году 51 человек, или 24,6 %).'),
 p('На обеспечение сертификатов персонифицированного финансирования в бюджете округа было предусмотрено 18 600,0 тыс. рублей; фактически направлено 17 942,3 тыс. руб., исполнение – 96,5 %. Номинал социального сертификата в 2026 году составлял 7 450 рублей на ребёнка.'),
 p('4. Задачи на 2027 год', style='Heading1'),
 p('Исходя из итогов года, МОЦ определяет следующие задачи:'),
 p('довести охват детей 5–18 лет дополнительным образованием до 82,5 %;', num=1),
 p('увеличить число сертифицированных программ до 130, в том числе технической направленности – не менее 26;', num=1),
 p('разработать совместно со школами не менее 8 новых адаптированных программ для детей с ОВЗ;', num=1),
 p('организовать повышение квалификации не менее 70 педагогов дополнительного образования;', num=1),
 p('провести независимую оценку качества не менее 25 программ в срок до 1 ноября 2027 г.', num=1),
 p(''),
 p('Руководитель МОЦ\t_____________\tЕ.В. Сазонова', ind=False),
 p('«22» января 2027 г.', ind=False),
 p(''),
 p(run('Исполнитель: Ткач Ольга Сергеевна, методист МОЦ, тел. 8 (00000) 3-17-52', sz=20), ind=False),
]
sect = '<w:sectPr><w:footnotePr><w:numFmt w:val="decimal"/></w:footnotePr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>'
document = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>{"".join(body)}{sect}</w:body></w:document>'

def fpar(t):
    return ('<w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>'
            + run(' ' + t) + '</w:p>')
footnotes = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {W}>'
 '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>'
 '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
 '<w:footnote w:id="1">' + fpar('Расчёт по методике, утверждённой приказом Минпросвещения России от 15.04.2019 № 170; каждый ребёнок учитывается один раз независимо от числа посещаемых программ. Данные выгружены из Навигатора по состоянию на 31.12.2026.') + '</w:footnote>'
 '<w:footnote w:id="2">' + fpar('В таблицу не вошли 14 программ, реализуемых только в летний период; охват по ним (около 300 детей) учтён в отдельном отчёте.') + '</w:footnote>'
 '</w:footnotes>')

styles = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles {W}>
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman"/><w:sz w:val="26"/><w:szCs w:val="26"/><w:lang w:val="ru-RU"/></w:rPr></w:rPrDefault>
<w:pPrDefault><w:pPr><w:spacing w:after="60" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="200" w:after="100"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="26"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:pPr><w:ind w:left="720"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>
<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblCellMar><w:left w:w="80" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
</w:styles>'''

numbering = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering {W}>
<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="hybridMultilevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1)"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="1069" w:hanging="360"/><w:jc w:val="both"/></w:pPr></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
</w:numbering>'''

settings = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:settings {W}><w:defaultTabStop w:val="708"/><w:characterSpacingControl w:val="doNotCompress"/>
<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>'''

ct = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>
<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>
<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>
<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
</Types>'''
rels = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
</Relationships>'''
docrels = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>
<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>
</Relationships>'''
core = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<dc:title>Аналитический отчёт МОЦ за 2026 год</dc:title><dc:creator>Tkach</dc:creator>
<dcterms:created xsi:type="dcterms:W3CDTF">2027-01-22T09:14:00Z</dcterms:created></cp:coreProperties>'''

here = os.path.dirname(os.path.abspath(__file__))
parts = {'[Content_Types].xml': ct, '_rels/.rels': rels, 'word/_rels/document.xml.rels': docrels,
         'word/document.xml': document, 'word/styles.xml': styles, 'word/numbering.xml': numbering,
         'word/footnotes.xml': footnotes, 'word/settings.xml': settings, 'docProps/core.xml': core}
for name, txt in parts.items():  # keep the unzipped XML as source
    fp = os.path.join(here, 'docx1', name); os.makedirs(os.path.dirname(fp), exist_ok=True)
    open(fp, 'w', encoding='utf-8').write(txt)
out = os.path.join(here, '..', '..', 'docs', 'cheremukhov_2026_analiticheskiy-otchet.docx')
with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
    for name, txt in parts.items():
        z.writestr(name, txt.encode('utf-8'))
print('written', os.path.abspath(out))
