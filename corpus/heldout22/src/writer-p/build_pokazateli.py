#!/usr/bin/env python3
"""Hand-written WordprocessingML -> Sapsansky_2025_pokazateli.docx (stdlib zipfile only)."""
import os, zipfile
from xml.sax.saxutils import escape
here = os.path.dirname(os.path.abspath(__file__))
out = os.path.join(here, '..', '..', 'docs', 'Sapsansky_2025_pokazateli.docx')

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'

def run(t, b=False, i=False, sz=None):
    rp = ''
    if b: rp += '<w:b/>'
    if i: rp += '<w:i/>'
    if sz: rp += f'<w:sz w:val="{sz}"/><w:szCs w:val="{sz}"/>'
    rp = f'<w:rPr>{rp}</w:rPr>' if rp else ''
    return f'<w:r>{rp}<w:t xml:space="preserve">{escape(t)}</w:t></w:r>'

def para(content, jc=None, ind=None, after=None, keep=False, style=None, tabs=None):
    pp = ''
    if style: pp += f'<w:pStyle w:val="{style}"/>'
    if keep: pp += '<w:keepNext/>'
    if tabs: pp += '<w:tabs>' + ''.join(f'<w:tab w:val="{v}" w:pos="{p}"/>' for v, p in tabs) + '</w:tabs>'
    if after is not None: pp += f'<w:spacing w:after="{after}"/>'
    if ind: pp += ind
    if jc: pp += f'<w:jc w:val="{jc}"/>'
    return f'<w:p><w:pPr>{pp}</w:pPr>{content}</w:p>'

# column widths (twips): № | name | unit | 23plan | 23fact | 24plan | 24fact | note
widths = [500, 3900, 900, 900, 900, 900, 900, 1500]

def cell(text, w, span=1, vmerge=None, b=False, jc='center', sz=18, indent=False, shade=False):
    tcp = f'<w:tcW w:w="{w}" w:type="dxa"/>'
    if span > 1: tcp += f'<w:gridSpan w:val="{span}"/>'
    if vmerge == 'restart': tcp += '<w:vMerge w:val="restart"/>'
    elif vmerge == 'cont': tcp += '<w:vMerge/>'
    if shade: tcp += '<w:shd w:val="clear" w:color="auto" w:fill="EDEDED"/>'
    tcp += '<w:vAlign w:val="center"/>'
    ind = '<w:ind w:left="284"/>' if indent else None
    return f'<w:tc><w:tcPr>{tcp}</w:tcPr>{para(run(text, b=b, sz=sz), jc=jc, ind=ind, after=0)}</w:tc>'

def row(cells, header=False):
    trp = '<w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>' if header else '<w:trPr><w:cantSplit/></w:trPr>'
    return f'<w:tr>{trp}{"".join(cells)}</w:tr>'

rows = []
# header row 1
rows.append(row([
    cell('№ п/п', widths[0], vmerge='restart', b=True, shade=True),
    cell('Наименование показателя', widths[1], vmerge='restart', b=True, shade=True),
    cell('Ед. изм.', widths[2], vmerge='restart', b=True, shade=True),
    cell('2023 год', widths[3] + widths[4], span=2, b=True, shade=True),
    cell('2024 год', widths[5] + widths[6], span=2, b=True, shade=True),
    cell('Примечание', widths[7], vmerge='restart', b=True, shade=True),
], header=True))
rows.append(row([
    cell('', widths[0], vmerge='cont', shade=True),
    cell('', widths[1], vmerge='cont', shade=True),
    cell('', widths[2], vmerge='cont', shade=True),
    cell('план', widths[3], b=True, shade=True), cell('факт', widths[4], b=True, shade=True),
    cell('план', widths[5], b=True, shade=True), cell('факт', widths[6], b=True, shade=True),
    cell('', widths[7], vmerge='cont', shade=True),
], header=True))
rows.append(row([cell(str(i + 1), widths[i], sz=16) for i in range(8)], header=True))

data = [
    ('1.', 'Численность детей в возрасте от 5 до 18 лет, проживающих на территории округа', 'чел.', '11 400', '11 386', '11 500', '11 462', 'по данным статистики на 1 января'),
    ('2.', 'Доля детей в возрасте от 5 до 18 лет, охваченных дополнительным образованием', '%', '78,0', '79,3', '80,0', '81,6', 'см. прим. 1'),
    ('3.', 'Количество дополнительных общеразвивающих программ, размещённых в Навигаторе, всего', 'ед.', '340', '352', '360', '374', ''),
    ('', 'в т.ч. технической направленности', 'ед.', '58', '61', '64', '66', ''),
    ('', 'естественнонаучной направленности', 'ед.', '40', '38', '44', '45', ''),
    ('', 'художественной направленности', 'ед.', '110', '116', '115', '121', ''),
    ('', 'физкультурно-спортивной направленности', 'ед.', '72', '75', '76', '79', ''),
    ('', 'туристско-краеведческой направленности', 'ед.', '20', '19', '22', '23', ''),
    ('', 'социально-гуманитарной направленности', 'ед.', '40', '43', '39', '40', ''),
    ('4.', 'Количество программ, включённых в реестр сертифицированных программ', 'ед.', '95', '102', '110', '118', ''),
    ('5.', 'Количество программ, реализуемых в сетевой форме', 'ед.', '8', '9', '12', '11', 'не достигнут'),
    ('6.', 'Количество адаптированных программ для детей с ОВЗ', 'ед.', '18', '21', '24', '26', ''),
    ('', 'в т.ч. для детей-инвалидов', 'ед.', '6', '7', '8', '8', ''),
    ('7.', 'Количество программ, реализуемых с применением дистанционных образовательных технологий', 'ед.', '15', '17', '18', '22', ''),
    ('8.', 'Количество программ, прошедших независимую оценку качества', 'ед.', '20', '23', '30', '31', ''),
    ('9.', 'Доля детей от 5 до 18 лет, имеющих сертификат дополнительного образования', '%', '70,0', '72,4', '75,0', '76,1', ''),
    ('10.', 'Численность детей, обучающихся по сертификатам персонифицированного финансирования', 'чел.', '2 300', '2 356', '2 600', '2 571', 'см. прим. 2'),
    ('11.', 'Численность педагогов дополнительного образования (с совместителями)', 'чел.', '–', '388', '–', '395', 'см. прим. 3'),
    ('', 'в т.ч. прошедших повышение квалификации за отчётный год', 'чел.', '150', '162', '170', '184', ''),
    ('12.', 'Объём средств бюджета округа на обеспечение сертификатов', 'тыс. руб.', '21 850,0', '21 604,3', '24 900,0', '24 876,5', ''),
]
for num, name, unit, a, b_, c, d, note in data:
    sub = num == ''
    rows.append(row([
        cell(num, widths[0]),
        cell(name, widths[1], jc='left', indent=sub),
        cell(unit, widths[2]),
        cell(a, widths[3]), cell(b_, widths[4]), cell(c, widths[5]), cell(d, widths[6]),
        cell(note, widths[7], sz=16),
    ]))

border = ''.join(f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="000000"/>' for s in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'))
grid = ''.join(f'<w:gridCol w:w="{w}"/>' for w in widths)
table = (f'<w:tbl><w:tblPr><w:tblW w:w="{sum(widths)}" w:type="dxa"/><w:tblBorders>{border}</w:tblBorders>'
         f'<w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="57" w:type="dxa"/><w:right w:w="57" w:type="dxa"/></w:tblCellMar></w:tblPr>'
         f'<w:tblGrid>{grid}</w:tblGrid>{"".join(rows)}</w:tbl>')

P = []
# approval stamp (right side)
stamp_ind = '<w:ind w:left="5670"/>'
for t in ['УТВЕРЖДАЮ', 'Начальник управления образования', 'администрации Сапсанского городского округа', '_____________ Г.А Пирожкова', '«___» ____________ 2025 г.']:
    P.append(para(run(t, sz=24), ind=stamp_ind, after=0))
P.append(para('', after=120))
P.append(para(run('СВЕДЕНИЯ', b=True, sz=28), jc='center', after=0))
P.append(para(run('о значениях показателей развития системы дополнительного образования детей Сапсанского городского округа за 2023–2024 годы', b=True, sz=26), jc='center', after=120))
P.append(para(run('Подготовлены муниципальным опорным центром дополнительного образования детей (МАУ ДО «Центр детского творчества «Сапсан») для регионального модельного центра по состоянию на 31.12.2024', i=True, sz=22), jc='center', after=200))
P.append(table)
P.append(para('', after=60))
P.append(para(run('Примечания:', b=True, sz=22), after=0))
notes = [
    '1. Показатель рассчитан без повторного учёта детей, занимающихся в нескольких объединениях, по методике, утверждённой приказом министерства образования и науки области от 03.02.2023 № 88-о. В абсолютных значениях: 9 029 детей в 2023 г. и 9 353 ребёнка в 2024 г.',
    '2. Плановые значения показателей 10 и 12 установлены постановлением администрации Сапсанского городского округа от 15.12.2023 № 2210 (в ред. постановления от 18.06.2024 № 1047).',
    '3. Знак «–» означает, что плановое значение показателя не устанавливалось.',
]
for n in notes:
    P.append(para(run(n, sz=20), jc='both', after=0))
P.append(para('', after=120))
P.append(para(run('Краткий анализ', b=True), jc='center', after=120))
ana = [
    'Из двенадцати показателей, по которым на 2024 год были установлены плановые значения, восемь выполнены в полном объёме, по трём отклонение от плана составляет от 0,1 до 1,1 процента, один показатель не достигнут. Доля детей от 5 до 18 лет, охваченных дополнительным образованием, выросла за год на 2,3 процентного пункта и составила 81,6 % при плане 80,0 %; в 2022 году, для сравнения, она не превышала 76 %.',
    'Общее число программ в Навигаторе увеличилось с 352 до 374, то есть на 22 единицы. Наибольший прирост дали программы естественнонаучной направленности (плюс семь), а также художественной и технической (по пять), тогда как число социально-гуманитарных программ сократилось с 43 до 40 в связи с закрытием двух объединений в школе № 14. Естественнонаучная направленность впервые за три года вышла на плановый уровень благодаря открытию кабинета «Точка роста» в п. Лесной.',
    'Не достигнут показатель по сетевым программам: вместо двенадцати реализуется одиннадцать, поскольку договор с ГАПОУ «Сапсанский аграрный техникум» не был подписан в установленный срок. Численность детей, обучающихся по сертификатам, немного ниже плана (2 571 при плане 2 600, исполнение 98,9 %); соответственно освоено 99,9 % средств, направленных на обеспечение сертификатов.',
    'На 2025 год МОЦ ставит задачи: довести число сетевых программ до четырнадцати, пройти независимую оценку качества ещё по двенадцати программам, обеспечить обучение по сертификатам не менее 2 750 детей. Ответственные: по сетевому взаимодействию — методист МОЦ Сомова Е.А., по персонифицированному финансированию — специалист МОЦ Фатхуллина Диана Ренатовна, срок исполнения — до 25 декабря 2025 года.',
]
for a in ana:
    P.append(para(run(a, sz=24), jc='both', ind='<w:ind w:firstLine="709"/>', after=60))
P.append(para('', after=240))
tabs = [('left', 5200), ('left', 7300)]
P.append(para(run('Руководитель МОЦ, директор МАУ ДО', sz=24), after=0))
P.append(para(run('«Центр детского творчества «Сапсан»', sz=24) + '<w:r><w:tab/></w:r>' + run('____________', sz=24) + '<w:r><w:tab/></w:r>' + run('О. Л. Курочкина', sz=24), tabs=tabs, after=200))
P.append(para(run('Главный специалист управления образования', sz=24) + '<w:r><w:tab/></w:r>' + run('____________', sz=24) + '<w:r><w:tab/></w:r>' + run('Н.С.Веретенникова', sz=24), tabs=tabs, after=200))
P.append(para(run('21.01.2025г.', sz=24), after=240))
P.append(para(run('Исполнитель: Сомова Евгения Аркадьевна, методист МОЦ, тел. 8 (49622) 3-15-08', sz=18), after=0))

sect = '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="567" w:bottom="1134" w:left="1134" w:header="709" w:footer="709" w:gutter="0"/></w:sectPr>'
document = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>{"".join(P)}{sect}</w:body></w:document>'

styles = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles {W}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman"/><w:sz w:val="24"/><w:szCs w:val="24"/><w:lang w:val="ru-RU"/></w:rPr></w:rPrDefault>
<w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
</w:styles>'''

ct = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
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
</Relationships>'''
core = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<dc:title>Сведения о значениях показателей ДОД за 2023-2024 гг.</dc:title><dc:creator>Сомова Е.А.</dc:creator>
<dcterms:created xsi:type="dcterms:W3CDTF">2025-01-21T08:40:00Z</dcterms:created></cp:coreProperties>'''

with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
    z.writestr('[Content_Types].xml', ct)
    z.writestr('_rels/.rels', rels)
    z.writestr('word/document.xml', document)
    z.writestr('word/styles.xml', styles)
    z.writestr('word/_rels/document.xml.rels', docrels)
    z.writestr('docProps/core.xml', core)
print('written', os.path.abspath(out))
