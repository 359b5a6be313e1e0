# Hand-written WordprocessingML builder (plain strings, no python-docx).
import os, zipfile
from xml.sax.saxutils import escape as e

def run(t, b=False, i=False, sz=None):
    rpr = ''
    if b: rpr += '<w:b/>'
    if i: rpr += '<w:i/>'
    if sz: rpr += f'<w:sz w:val="{sz}"/><w:szCs w:val="{sz}"/>'
    rpr = f'<w:rPr>{rpr}</w:rPr>' if rpr else ''
    parts = t.split('\n')
    out = ''
    for k, p in enumerate(parts):
        if k: out += f'<w:r>{rpr}<w:br/></w:r>'
        out += f'<w:r>{rpr}<w:t xml:space="preserve">{e(p)}</w:t></w:r>'
    return out

def para(t='', jc=None, b=False, i=False, sz=None, ind=None, after=None, runs=None):
    ppr = ''
    if after is not None: ppr += f'<w:spacing w:after="{after}"/>'
    if ind: ppr += f'<w:ind w:firstLine="{ind}"/>'
    if jc: ppr += f'<w:jc w:val="{jc}"/>'
    body = runs if runs is not None else run(t, b, i, sz)
    return f'<w:p><w:pPr>{ppr}</w:pPr>{body}</w:p>'

def cell(t, w, span=None, vmerge=None, b=False, jc=None, sz=20, shade=None):
    tcpr = f'<w:tcW w:w="{w}" w:type="dxa"/>'
    if span: tcpr += f'<w:gridSpan w:val="{span}"/>'
    if vmerge == 'restart': tcpr += '<w:vMerge w:val="restart"/>'
    elif vmerge == 'cont': tcpr += '<w:vMerge/>'
    if shade: tcpr += f'<w:shd w:val="clear" w:color="auto" w:fill="{shade}"/>'
    ps = ''.join(para(x, jc=jc, b=b, sz=sz, after=0) for x in t.split('\n\n'))
    return f'<w:tc><w:tcPr>{tcpr}</w:tcPr>{ps}</w:tc>'

W = [600, 3300, 1500, 1900, 2900]

def row(cells, header=False):
    trpr = '<w:trPr><w:tblHeader/></w:trPr>' if header else ''
    return f'<w:tr>{trpr}{"".join(cells)}</w:tr>'

def data(n, m, s, r, x):
    return row([cell(n, W[0], jc='center'), cell(m, W[1]), cell(s, W[2], jc='center'), cell(r, W[3]), cell(x, W[4])])

def section(t):
    return row([cell(t, sum(W), span=5, b=True, shade='E7E6E6')])

rows = []
rows.append(row([cell('№ п/п', W[0], b=True, jc='center'), cell('Мероприятие', W[1], b=True, jc='center'),
                 cell('Срок', W[2], b=True, jc='center'), cell('Ответственный', W[3], b=True, jc='center'),
                 cell('Отметка о выполнении', W[4], b=True, jc='center')], header=True))
rows.append(row([cell(str(k), W[k-1], jc='center', sz=16) for k in range(1, 6)], header=True))

rows.append(section('I. Организационно-управленческое обеспечение деятельности МОЦ'))
rows.append(data('1.1', 'Актуализация состава рабочей группы МОЦ и положения о МОЦ', 'январь 2026 г.', 'Трофимова А.С., руководитель МОЦ',
  'Выполнено. Приказ МБУ ДО «ЦДТ «Радуга» от 20.01.2026 № 9-о; в состав группы включены 7 человек (годом ранее – 5).'))
rows.append(data('1.2', 'Заседания муниципального координационного совета по развитию дополнительного образования детей', 'ежеквартально', 'Лапшина Е.Ю., начальник управления образования',
  'Выполнено: при плане 4 проведено 4 заседания (27.03, 26.06, 25.09 и 18.12.2026), протоколы № 1–4.'))
rows.append(data('1.3', 'Мониторинг охвата детей в возрасте от 5 до 18 лет дополнительным образованием', 'до 10-го числа месяца, следующего за отчётным кварталом', 'Коржавин Д.В., методист МОЦ',
  'Выполнено. На 31.12.2026 охвачено 4 327 детей из 5 316, или 81,4 % (целевое значение – 80,0 %; в 2025 г. – 78,9 %).*'))
rows.append(data('1.4', 'Заключение соглашений о сетевом взаимодействии с организациями культуры и спорта', 'I–II кв. 2026 г.', 'Трофимова А.С.',
  'Выполнено частично: заключено 5 соглашений из 7 запланированных (ДШИ, ДК «Горняк», 3 сельские библиотеки).'))

rows.append(section('II. Программно-методическое сопровождение'))
rows.append(data('2.1', 'Разработка новых дополнительных общеразвивающих программ и размещение их в Навигаторе', 'с 01.05 по 31.08.2026', 'Сабитова Г.Р., методист МОЦ; руководители ОО',
  'Перевыполнено: при плане 12 – 15 новых программ, в т. ч. 6 технической и 3 естественнонаучной направленности.'))
rows.append(data('2.2', 'Сопровождение независимой оценки качества (общественной экспертизы) программ', 'март – октябрь 2026 г.', 'Сабитова Г.Р.',
  'Подано 41 программа, положительное заключение получили 38 (92,7 %), 3 возвращены на доработку.'))
rows.append(data('2.3', 'Разработка адаптированных программ для детей с ОВЗ и детей-инвалидов', 'до 01.09.2026', 'Сабитова Г.Р.; Ефремова Н.П., педагог-психолог',
  'Выполнено частично: разработано четыре программы из шести; всего в реестре 14 адаптированных программ (в 2025 г. – 10).'))
rows.append(data('2.4', 'Муниципальный семинар-практикум «Проектирование разноуровневых программ»', '16 апреля 2026 г.', 'Коржавин Д.В.',
  'Проведён; участников – 34 педагога из 12 образовательных организаций.'))

rows.append(section('III. Внедрение системы персонифицированного финансирования'))
rows.append(data('3.1', 'Выдача сертификатов дополнительного образования детям 5–18 лет', 'в течение года', 'Коржавин Д.В.',
  'Выдано 612 новых сертификатов; всего на 31.12.2026 – 1 958 сертификатов, из них 1 104 в статусе сертификата финансирования (20,8 % от числа детей 5–18 лет).*'))
rows.append(data('3.2', 'Информационная кампания для родителей (законных представителей)', 'август – сентябрь 2026 г.', 'руководители ОО',
  'Проведено 19 родительских собраний, охвачено около 760 родителей; выпущено 2000 листовок.'))
rows.append(data('3.3', 'Включение негосударственных поставщиков в реестр исполнителей услуг', 'до 01.12.2026', 'Трофимова А.С.',
  'Не выполнено: заявка ИП Голубевой О.А. отклонена; перенесено на I кв. 2027 г.'))

rows.append(section('IV. Кадровое обеспечение'))
rows.append(data('4.1', 'Повышение квалификации педагогов дополнительного образования', 'по графику ИРО', 'Сабитова Г.Р.',
  'Выполнено частично: обучено 27 педагогов из 31 по плану (87,1 %); 4 человека – в феврале 2027 г.'))
rows.append(data('4.2', 'Муниципальный этап конкурса «Сердце отдаю детям»', '12–16 октября 2026 г.', 'Лапшина Е.Ю.; Трофимова А.С.',
  'Выполнено; 9 участников, победитель – Куприянова Ю.В. (ЦДТ «Радуга»).'))

rows.append(section('V. Мероприятия с детьми и информационное сопровождение'))
rows.append(data('5.1', 'Фестиваль технического творчества «ТехноЧерничанск-2026»', '14 марта 2026 г.', 'Коржавин Д.В.',
  'Проведён; 146 участников из 11 ОО (2025 г. – 118).'))
rows.append(data('5.2', 'Профильные смены в летних лагерях', 'июнь – июль 2026 г.', 'руководители ОО',
  '3 смены («Робототехника», «Юный эколог», «Краевед»), 210 детей.'))
rows.append(data('5.3', 'Ведение раздела МОЦ на сайте и в сообществе ВКонтакте', 'постоянно', 'Коржавин Д.В.',
  'Размещено 64 публикации против 41 в 2025 году.'))
rows.append(row([cell('', W[0]), cell('Итого мероприятий', W[1], b=True), cell('16', W[2], b=True, jc='center'), cell('', W[3]),
  cell('выполнено – 11, перевыполнено – 1, частично – 3, не выполнено – 1', W[4], b=True)]))
rows.append(row([cell('* По данным АИС «Навигатор дополнительного образования» и региональной системы ПФДО на 31.12.2026; численность детей 5–18 лет – по данным Росстата на 01.01.2026.', sum(W), span=5, sz=16)]))

tbl = ('<w:tbl><w:tblPr><w:tblW w:w="10200" w:type="dxa"/><w:tblBorders>'
       + ''.join(f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="000000"/>' for s in ['top','left','bottom','right','insideH','insideV'])
       + '</w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>'
       + ''.join(f'<w:gridCol w:w="{w}"/>' for w in W) + '</w:tblGrid>' + ''.join(rows) + '</w:tbl>')

body = []
body.append(para('УТВЕРЖДАЮ', jc='right', b=True, after=0))
body.append(para('Директор МБУ ДО «Центр детского\nтворчества «Радуга»', jc='right', after=0))
body.append(para('_____________ Н.Л. Мезенцева', jc='right', after=0))
body.append(para('«22» января 2027 г.', jc='right'))
body.append(para('ОТЧЁТ', jc='center', b=True, sz=28, after=0))
body.append(para('о реализации плана мероприятий («дорожной карты») муниципального опорного центра дополнительного образования детей Черничанского муниципального округа за 2026 год', jc='center', b=True))
body.append(para('План мероприятий («дорожная карта») МОЦ на 2026 год утверждён приказом управления образования администрации Черничанского муниципального округа от 17.01.2026 № 14-од во исполнение распоряжения министерства образования области от 22.12.2025 № 2418-р. Функции МОЦ возложены на МБУ ДО «Центр детского творчества «Радуга» г. Черничанска постановлением администрации округа от 04.03.2020 № 311-па (в ред. от 09.02.2026 № 187-па).', jc='both', ind=567))
body.append(para('1. Выполнение мероприятий «дорожной карты»', b=True))
body.append(tbl)
body.append(para(''))
body.append(para('2. Аналитическая часть', b=True))
body.append(para('В 2026 году на территории округа дополнительные общеобразовательные программы реализовывали 16 организаций (в том числе 2 учреждения дополнительного образования, 11 школ и 3 детских сада). Общее число программ в Навигаторе составило 187 против 171 годом ранее. По направленностям они распределились так: художественная – 54, физкультурно-спортивная – 41, социально-гуманитарная – 33, техническая – 29, естественнонаучная – 18, туристско-краеведческая – двенадцать. Доля программ технической и естественнонаучной направленностей выросла до 25,1 % (в 2025 г. – 21,6 %).', jc='both', ind=567))
body.append(para('Сертифицированными (включёнными в реестр программ персонифицированного финансирования) являются 63 программы, или треть от общего числа; ещё 118 реализуются в рамках муниципального задания, 6 – на платной основе. Объём средств, направленных на оплату сертификатов, составил 8,64 млн рублей при запланированных 9,1 млн. Номинал сертификата в 2026 году – 11 800 рублей (в 2025 г. – 10 500).', jc='both', ind=567))
body.append(para('Программы для детей с ОВЗ осваивали 97 обучающихся, из них 23 ребёнка-инвалида. Средняя наполняемость групп снизилась с 12,4 до 11,7 человека, что связано с открытием малокомплектных групп в сёлах Ягодное и Верхняя Чернушка.', jc='both', ind=567))
body.append(para('Из 16 мероприятий «дорожной карты» в полном объёме выполнено 12 (75,0 %), включая одно перевыполненное, частично – 3 (пп. 1.4, 2.3 и 4.1), не выполнено одно (п. 3.3). Основные причины невыполнения: отсутствие на территории округа негосударственных организаций, готовых пройти процедуру включения в реестр, и кадровый дефицит – вакантны 3,5 ставки педагогов дополнительного образования.', jc='both', ind=567))
body.append(para('3. Задачи на 2027 год', b=True))
for t in ['1) довести охват детей 5–18 лет дополнительным образованием до 82 %;',
          '2) увеличить число сертифицированных программ не менее чем до 75, в том числе за счёт программ технической направленности;',
          '3) обеспечить выдачу не менее 650 новых сертификатов дополнительного образования;',
          '4) включить в реестр исполнителей услуг не менее одного негосударственного поставщика (срок – до 31.03.2027);',
          '5) разработать две адаптированные программы, не реализованные в 2026 году.']:
    body.append(para(t, jc='both', ind=567, after=0))
body.append(para(''))
body.append(para('Руководитель МОЦ\t\t\t\t_____________\tА.С. Трофимова', after=0))
body.append(para('20.01.2027'))
body.append(para('Исп.: Коржавин Денис Викторович, методист МОЦ\nтел. 8 (00000) 5-31-72, moc.chernichan@example.ru', sz=18))

sect = '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="850" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>'
doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
       '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
       'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>'
       + ''.join(body) + sect + '</w:body></w:document>')

styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
  '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults><w:rPrDefault><w:rPr>'
  '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman"/>'
  '<w:sz w:val="24"/><w:szCs w:val="24"/><w:lang w:val="ru-RU"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>'
  '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style></w:styles>')
ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
  '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
  '<Default Extension="xml" ContentType="application/xml"/>'
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
  '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
  '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
  '</Types>')
rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
  '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
  '</Relationships>')
docrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
  '</Relationships>')
core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
  '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
  'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
  '<dc:title>Отчёт о реализации дорожной карты МОЦ 2026</dc:title><dc:creator>Коржавин Д.В.</dc:creator>'
  '<dcterms:created xsi:type="dcterms:W3CDTF">2027-01-20T09:14:00Z</dcterms:created></cp:coreProperties>')

src = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'chernichan_docx')
files = {'[Content_Types].xml': ct, '_rels/.rels': rels, 'word/_rels/document.xml.rels': docrels,
         'word/document.xml': doc, 'word/styles.xml': styles, 'docProps/core.xml': core}
for n, c in files.items():
    p = os.path.join(src, n); os.makedirs(os.path.dirname(p), exist_ok=True)
    open(p, 'w', encoding='utf-8').write(c)
out = '/work/main/corpus/heldout13/docs/chernichan_2026_otchet-dorozhnaya-karta.docx'
with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
    z.write(os.path.join(src, '[Content_Types].xml'), '[Content_Types].xml')
    for n in files:
        if n != '[Content_Types].xml': z.write(os.path.join(src, n), n)
print(out)
