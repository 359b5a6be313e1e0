#!/usr/bin/env python3
"""Build Kamyshovsky_2025_vystuplenie.docx from hand-written WordprocessingML (stdlib only)."""
import os
import zipfile
from xml.sax.saxutils import escape

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "docs", "Kamyshovsky_2025_vystuplenie.docx")

W_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')

FN_MARK = "[[FN1]]"

# (style, text) ; style "LIST" -> numbered list item (numId 1)
BODY = [
    ("Title", "Выступление руководителя муниципального опорного центра дополнительного образования детей "
              "Камышовского муниципального округа Л.В. Ветлугиной"),
    ("Subtitle", "Августовское совещание педагогических работников, 27 августа 2025 года, "
                 "актовый зал МБУ ДО «Центр детского творчества «Парус»"),
    ("Heading1", "Дополнительное образование округа: что получилось в 2024/2025 учебном году и что впереди"),
    ("Normal", "Добрый день, уважаемые коллеги! Уважаемый Тимофей Аркадьевич, уважаемые директора школ и "
               "заведующие детскими садами!"),
    ("Normal", "Я постараюсь уложиться в десять минут и скажу о самом главном: чего мы с вами добились за "
               "прошедший год, где пока буксуем и за что возьмёмся с сентября."),
    ("Heading2", "Охват и сертификаты"),
    ("Normal", "Начну с цифры, про которую нас спрашивают чаще всего. На конец учебного года дополнительным "
               "образованием у нас было охвачено шесть тысяч пятьсот двадцать семь детей в возрасте от пяти до "
               "восемнадцати лет, это семьдесят девять и три десятых процента" + FN_MARK + ". Год назад мы с "
               "вами стояли на отметке семьдесят шесть и восемь, так что прибавили два с половиной процентных "
               "пункта. Областной ориентир для нашего округа был семьдесят восемь процентов, и его мы "
               "перекрыли."),
    ("Normal", "Сертификатов дополнительного образования за всё время выдано шесть тысяч сто сорок — это почти "
               "три четверти всех ребят округа. По сертификатам персонифицированного финансирования в этом году "
               "занимались тысяча триста двенадцать детей, а годом раньше таких было девятьсот восемьдесят. "
               "Номинал сертификата подняли с семи тысяч девятисот до восьми тысяч семисот рублей, и всего на "
               "оплату обучения по сертификатам ушло одиннадцать миллионов четыреста тысяч рублей окружного "
               "бюджета. Основанием стало постановление администрации Камышовского муниципального округа от "
               "14 марта 2025 года № 312-па, за него отдельное спасибо финансовому управлению."),
    ("Heading2", "Программы"),
    ("Normal", "Теперь о программах. В Навигаторе сегодня опубликовано двести четырнадцать дополнительных "
               "общеразвивающих программ; на прошлом августовском совещании я называла вам цифру сто "
               "восемьдесят семь. Больше всего, как и раньше, художественных — шестьдесят одна. "
               "Физкультурно-спортивных сорок четыре, технических тридцать восемь, социально-гуманитарных "
               "тридцать одна, естественнонаучных двадцать семь, туристско-краеведческих тринадцать. "
               "Туристско-краеведческое направление по-прежнему наше слабое место: за год прибавили всего две "
               "программы."),
    ("Normal", "Новых программ появилось двадцать девять, и почти половина из них, четырнадцать, — технической "
               "и естественнонаучной направленности. Здесь главная заслуга сельских школ, которые получили "
               "оборудование по региональному проекту."),
    ("Normal", "Сетевых программ стало одиннадцать вместо прошлогодних семи. Хочу поблагодарить коллектив "
               "школы № 3 и её директора Павла Николаевича Баранцева: программа «Речная экспедиция», которую "
               "школа ведёт вместе с «Парусом», собрала сто двенадцать участников."),
    ("Normal", "Адаптированных программ для детей с ограниченными возможностями здоровья у нас девять, в прошлом "
               "году их было шесть. Много это или мало? Мало. Детей с ОВЗ в округе триста сорок, а занимаются по "
               "таким программам пока девяносто восемь."),
    ("Normal", "С применением дистанционных технологий работают пять программ — столько же, сколько и год назад. "
               "Краткосрочных программ двадцать три, из них восемнадцать шли летом, в профильных сменах "
               "пришкольных лагерей."),
    ("Normal", "В реестр сертифицированных программ включено девяносто шесть, то есть сорок пять процентов от "
               "общего числа. Независимую оценку качества прошли четырнадцать программ, ещё двадцать одна прошла "
               "муниципальную экспертизу. Экспертизу организовала наш методист Оксана Рудольфовна Клестова, и "
               "многие из вас с ней уже знакомы по консультациям."),
    ("Heading2", "Кадры и мероприятия"),
    ("Normal", "Дополнительные программы в округе ведут сто шестьдесят три педагога. Курсы повышения "
               "квалификации за год прошли пятьдесят восемь человек, чуть больше трети; годом ранее их было "
               "сорок один. Порадовали и конкурсы: Елена Сергеевна Кудимова, педагог дополнительного "
               "образования «Паруса», стала призёром регионального этапа конкурса «Сердце отдаю детям», а "
               "учитель технологии Новокамышовской школы Мараев Д.Г. вышел в финал областного конкурса "
               "методических разработок."),
    ("Normal", "Сам опорный центр провёл за год сорок шесть мероприятий — семинары, консультации, конкурсы, "
               "открытые занятия. Участниками стали около двух тысяч девятисот детей и взрослых. Для сравнения: "
               "в 2023/2024 учебном году мероприятий было тридцать восемь, участников — две тысячи сто."),
    ("Heading2", "Задачи на 2025/2026 учебный год"),
    ("Normal", "План работы опорного центра на новый учебный год утверждён приказом управления образования от "
               "18.08.2025 № 204-од; спасибо начальнику управления Т.А. Зябликову, что нашёл время обсудить его с "
               "каждым руководителем. Коротко назову основные задачи."),
    ("LIST", "Довести охват детей от 5 до 18 лет до восьмидесяти одного процента, в первую очередь за счёт сёл "
             "Ольховка и Сухой Брод, где сегодня он не дотягивает до шестидесяти."),
    ("LIST", "Открыть не менее пятнадцати новых программ, из них не менее пяти технической и естественнонаучной "
             "направленности. Срок — до 1 декабря 2025 года, отвечает Клестова О.Р."),
    ("LIST", "Увеличить число сетевых программ до пятнадцати, а адаптированных — до двенадцати."),
    ("LIST", "До конца октября провести муниципальную экспертизу всех программ, которые школы хотят включить в "
             "реестр сертифицированных."),
    ("LIST", "Направить на курсы повышения квалификации не менее шестидесяти педагогов; ответственная — "
             "заместитель директора «Паруса» Наталья Андреевна Жихарева."),
    ("LIST", "С января 2026 года запустить школу молодого педагога дополнительного образования."),
    ("Normal", "И последнее. Заявки на сертификаты для первоклассников принимаем с первого по тридцатое сентября, "
               "консультации по телефону 8 (48562) 3-14-27. Спасибо за внимание, всем спокойного и удачного "
               "учебного года!"),
]

FOOTNOTE = ("Доля рассчитана по данным АИС «Навигатор дополнительного образования» на 25.08.2025 без повторного "
            "учёта детей; численность детей 5–18 лет принята по данным статистики на 01.01.2025 — 8 230 человек "
            "(в 2024 году — 8 175).")


def run(text, rpr=""):
    return f'<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def para(style, text):
    if style == "LIST":
        ppr = ('<w:pPr><w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="0"/>'
               '<w:numId w:val="1"/></w:numPr></w:pPr>')
    else:
        ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>'
    parts = text.split(FN_MARK)
    runs = run(parts[0])
    if len(parts) > 1:
        runs += ('<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
                 '<w:footnoteReference w:id="1"/></w:r>')
        runs += run(parts[1])
    return f"<w:p>{ppr}{runs}</w:p>"


def document_xml():
    body = "".join(para(s, t) for s, t in BODY)
    sect = ('<w:sectPr><w:footnotePr><w:numFmt w:val="decimal"/></w:footnotePr>'
            '<w:pgSz w:w="11906" w:h="16838"/>'
            '<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701" w:header="708" '
            'w:footer="708" w:gutter="0"/></w:sectPr>')
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<w:document {W_NS}><w:body>{body}{sect}</w:body></w:document>')


STYLES = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles {W_NS}>
 <w:docDefaults>
  <w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman"/><w:sz w:val="28"/><w:szCs w:val="28"/><w:lang w:val="ru-RU" w:eastAsia="ru-RU" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>
  <w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="312" w:lineRule="auto"/></w:pPr></w:pPrDefault>
 </w:docDefaults>
 <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/><w:pPr><w:ind w:firstLine="709"/><w:jc w:val="both"/></w:pPr></w:style>
 <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Subtitle"/><w:qFormat/><w:pPr><w:ind w:firstLine="0"/><w:jc w:val="center"/><w:spacing w:after="60"/></w:pPr><w:rPr><w:b/><w:sz w:val="30"/></w:rPr></w:style>
 <w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:ind w:firstLine="0"/><w:jc w:val="center"/><w:spacing w:after="240"/></w:pPr><w:rPr><w:i/><w:sz w:val="24"/></w:rPr></w:style>
 <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:ind w:firstLine="0"/><w:jc w:val="center"/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:caps/><w:sz w:val="28"/></w:rPr></w:style>
 <w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:ind w:firstLine="0"/><w:jc w:val="left"/><w:spacing w:before="200" w:after="80"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:i/></w:rPr></w:style>
 <w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:ind w:left="720" w:hanging="360" w:firstLine="0"/><w:contextualSpacing/></w:pPr></w:style>
 <w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/><w:basedOn w:val="Normal"/><w:pPr><w:ind w:firstLine="0"/><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>
 <w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/></w:style>
 <w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>
</w:styles>'''

NUMBERING = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering {W_NS}>
 <w:abstractNum w:abstractNumId="0">
  <w:multiLevelType w:val="hybridMultilevel"/>
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="russianLower"/><w:lvlText w:val="%2)"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="1440" w:hanging="360"/></w:pPr></w:lvl>
 </w:abstractNum>
 <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
</w:numbering>'''

FOOTNOTES = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:footnotes {W_NS}>
 <w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>
 <w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>
 <w:footnote w:id="1"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {escape(FOOTNOTE)}</w:t></w:r></w:p></w:footnote>
</w:footnotes>'''

SETTINGS = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:settings {W_NS}>
 <w:defaultTabStop w:val="708"/>
 <w:characterSpacingControl w:val="doNotCompress"/>
 <w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>
 <w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>
</w:settings>'''

CONTENT_TYPES = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
 <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
 <Default Extension="xml" ContentType="application/xml"/>
 <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
 <Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
 <Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>
 <Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>
 <Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>
 <Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
 <Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>
</Types>'''

ROOT_RELS = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
 <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
 <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
 <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>
</Relationships>'''

DOC_RELS = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
 <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
 <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>
 <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>
 <Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>
</Relationships>'''

CORE = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
 <dc:title>Выступление на августовском совещании 2025</dc:title>
 <dc:creator>Ветлугина Л.В.</dc:creator>
 <dc:language>ru-RU</dc:language>
 <dcterms:created xsi:type="dcterms:W3CDTF">2025-08-25T09:12:00Z</dcterms:created>
 <dcterms:modified xsi:type="dcterms:W3CDTF">2025-08-26T16:40:00Z</dcterms:modified>
</cp:coreProperties>'''

APP = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Office Word</Application></Properties>'''


def main():
    out = os.path.abspath(OUT)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", ROOT_RELS)
        z.writestr("word/_rels/document.xml.rels", DOC_RELS)
        z.writestr("word/document.xml", document_xml())
        z.writestr("word/styles.xml", STYLES)
        z.writestr("word/numbering.xml", NUMBERING)
        z.writestr("word/footnotes.xml", FOOTNOTES)
        z.writestr("word/settings.xml", SETTINGS)
        z.writestr("docProps/core.xml", CORE)
        z.writestr("docProps/app.xml", APP)
    print("wrote", out)


if __name__ == "__main__":
    main()
