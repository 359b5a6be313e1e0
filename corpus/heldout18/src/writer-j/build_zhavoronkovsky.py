# Writes a .docx by hand: plain WordprocessingML text zipped with the stdlib zipfile.
# No document library is used.
import zipfile, datetime
from xml.sax.saxutils import escape

OUT = "/work/main/corpus/heldout18/docs/Zhavoronkovsky_2024_podprogramma.docx"
NBSP = "\u00a0"

W_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')


def run(text, b=False, i=False, sz=None, sup=False):
    rpr = ""
    if b: rpr += "<w:b/>"
    if i: rpr += "<w:i/>"
    if sup: rpr += '<w:vertAlign w:val="superscript"/>'
    if sz: rpr += f'<w:sz w:val="{sz}"/><w:szCs w:val="{sz}"/>'
    rpr = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def fnref(n):
    return (f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
            f'<w:footnoteReference w:id="{n}"/></w:r>')


def para(*runs, style=None, jc=None, ind=None, after=None, keep=False, sect=None):
    ppr = ""
    if style: ppr += f'<w:pStyle w:val="{style}"/>'
    if keep: ppr += "<w:keepNext/>"
    if after is not None: ppr += f'<w:spacing w:after="{after}"/>'
    if ind: ppr += f'<w:ind w:firstLine="{ind}"/>'
    if jc: ppr += f'<w:jc w:val="{jc}"/>'
    if sect: ppr += sect
    body = "".join(r if r.startswith("<w:r") else run(r) for r in runs)
    return f"<w:p><w:pPr>{ppr}</w:pPr>{body}</w:p>"


def P(text, **kw):
    kw.setdefault("jc", "both"); kw.setdefault("ind", "709")
    return para(text, **kw)


def cell(content, w, span=1, vmerge=None, shade=None, jc="left", b=False, sz=22, valign=None):
    tcpr = f'<w:tcW w:w="{w}" w:type="dxa"/>'
    if span > 1: tcpr += f'<w:gridSpan w:val="{span}"/>'
    if vmerge == "restart": tcpr += '<w:vMerge w:val="restart"/>'
    elif vmerge == "cont": tcpr += "<w:vMerge/>"
    if shade: tcpr += f'<w:shd w:val="clear" w:color="auto" w:fill="{shade}"/>'
    if valign: tcpr += f'<w:vAlign w:val="{valign}"/>'
    if isinstance(content, str):
        content = [content]
    ps = ""
    for c in content:
        if isinstance(c, list):  # list of raw runs
            ps += f'<w:p><w:pPr><w:spacing w:after="0"/><w:jc w:val="{jc}"/></w:pPr>{"".join(c)}</w:p>'
        else:
            ps += (f'<w:p><w:pPr><w:spacing w:after="0"/><w:jc w:val="{jc}"/></w:pPr>'
                   f'{run(c, b=b, sz=sz) if c else ""}</w:p>')
    return f"<w:tc><w:tcPr>{tcpr}</w:tcPr>{ps}</w:tc>"


def row(cells, header=False, cant_split=False):
    trpr = ""
    if header: trpr += "<w:tblHeader/>"
    if cant_split: trpr += "<w:cantSplit/>"
    return f"<w:tr><w:trPr>{trpr}</w:trPr>{''.join(cells)}</w:tr>"


def table(grid, rows, width):
    borders = "".join(f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                      for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
    g = "".join(f'<w:gridCol w:w="{x}"/>' for x in grid)
    return (f'<w:tbl><w:tblPr><w:tblW w:w="{width}" w:type="dxa"/><w:tblBorders>{borders}</w:tblBorders>'
            f'<w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="70" w:type="dxa"/>'
            f'<w:right w:w="70" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblGrid>{g}</w:tblGrid>'
            f'{"".join(rows)}</w:tbl>')


def fmt(x, dec=1):
    s = f"{x:,.{dec}f}".replace(",", " ").replace(".", ",")
    return s.replace(" ", NBSP)


PORTRAIT = ('<w:pgSz w:w="11906" w:h="16838"/>'
            '<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701" w:header="709" w:footer="709" w:gutter="0"/>')
LANDSCAPE = ('<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>'
             '<w:pgMar w:top="1134" w:right="1134" w:bottom="850" w:left="1134" w:header="709" w:footer="709" w:gutter="0"/>')


def sect(size, next_page=True):
    t = '<w:type w:val="nextPage"/>' if next_page else ""
    return f'<w:sectPr>{t}{size}<w:pgNumType w:start="1"/></w:sectPr>' if False else f'<w:sectPr>{t}{size}</w:sectPr>'


body = []
# --- approval block ---------------------------------------------------------
for line in ["Приложение 3",
             "к муниципальной программе «Развитие образования",
             "Жаворонковского муниципального округа»",
             "на 2024 – 2028 годы, утверждённой постановлением",
             "администрации Жаворонковского муниципального округа",
             "от 14.11.2023 № 1187-па",
             "(в редакции постановления от 26.03.2024 № 312-па)"]:
    body.append(para(run(line, sz=22), jc="right", after="0"))
body.append(para(""))
body.append(para(run("ПОДПРОГРАММА 3", b=True), jc="center", after="0"))
body.append(para(run("«Развитие дополнительного образования детей»", b=True), jc="center", after="0"))
body.append(para(run("(далее – подпрограмма 3)", i=True), jc="center"))
body.append(para(run("Паспорт подпрограммы 3", b=True), jc="center", keep=True))

# --- passport table: 6-column grid; most rows label + value spanning 5 --------
G = [2700, 1050, 1350, 1350, 1350, 1535]
TW = sum(G)
VW = sum(G[1:])


def prow(label, value):
    return row([cell(label, G[0], b=False), cell(value, VW, span=5)])


prows = [
    prow("Ответственный исполнитель подпрограммы",
         "Управление образования администрации Жаворонковского муниципального округа (далее – Управление образования)"),
    prow("Соисполнители подпрограммы",
         ["МБУ ДО «Центр детского творчества «Жаворонок» (на базе учреждения с 2020 года функционирует "
          "муниципальный опорный центр дополнительного образования детей, далее – МОЦ);",
          "МБУ ДО «Жаворонковская спортивная школа»;",
          "отдел культуры, молодёжной политики и спорта администрации округа"]),
    prow("Участники подпрограммы",
         "муниципальные общеобразовательные и дошкольные образовательные организации, реализующие "
         "дополнительные общеобразовательные общеразвивающие программы (21 организация)"),
    prow("Цель подпрограммы",
         "обеспечение доступности и повышение качества дополнительного образования детей, расширение "
         "вариативности программ с учётом запросов детей и семей"),
    prow("Задачи подпрограммы",
         ["1) обновление содержания и форм реализации дополнительных общеобразовательных программ, в том "
          "числе сетевых, дистанционных и краткосрочных;",
          "2) развитие системы персонифицированного финансирования (социального сертификата) и "
          "муниципального сегмента Навигатора дополнительного образования;",
          "3) создание условий для освоения программ детьми с ограниченными возможностями здоровья;",
          "4) кадровое и методическое сопровождение педагогов дополнительного образования"]),
    prow("Целевые индикаторы и показатели подпрограммы",
         ["– доля детей в возрасте от 5 до 18 лет, охваченных дополнительным образованием;",
          "– доля детей, обеспеченных сертификатами персонифицированного финансирования;",
          "– количество программ, опубликованных в Навигаторе, в т.ч. сертифицированных;",
          "– доля программ, прошедших независимую оценку качества;",
          "– доля педагогов, прошедших повышение квалификации",
          "(значения приведены в разделе 3)"]),
    prow("Сроки и этапы реализации подпрограммы",
         "2024 – 2028 годы; этапы не выделяются"),
]
# financing block: label merged vertically over 7 rows
hdr_fin = ["Год", "Всего", "Местный бюджет", "Областной бюджет", "Внебюджетные средства"]
years = [2024, 2025, 2026, 2027, 2028]
loc = [48612.4, 51207.9, 52940.0, 54180.5, 55466.2]
reg = [6315.0, 4870.6, 3200.0, 3200.0, 3200.0]
ext = [1150.0, 1200.0, 1250.0, 1300.0, 1350.0]
fin_label = ["Объёмы и источники финансирования подпрограммы", "(тыс. рублей)"]
frows = [row([cell(fin_label, G[0], vmerge="restart")] +
             [cell(h, G[k + 1], jc="center", b=True, sz=20, shade="E7E6E6") for k, h in enumerate(hdr_fin)])]
for k, y in enumerate(years):
    tot = loc[k] + reg[k] + ext[k]
    vals = [f"{y} г.", fmt(tot), fmt(loc[k]), fmt(reg[k]), fmt(ext[k])]
    frows.append(row([cell("", G[0], vmerge="cont")] +
                     [cell(v, G[j + 1], jc="center", sz=20) for j, v in enumerate(vals)]))
T = [sum(loc), sum(reg), sum(ext)]
frows.append(row([cell("", G[0], vmerge="cont")] +
                 [cell(v, G[j + 1], jc="center", b=True, sz=20)
                  for j, v in enumerate(["Итого", fmt(sum(T)), fmt(T[0]), fmt(T[1]), fmt(T[2])])]))
prows += frows
prows.append(prow("Ожидаемые результаты реализации подпрограммы",
                  ["к концу 2028 года охват детей 5–18 лет дополнительным образованием составит не менее "
                   "81 процента; не менее 30 % детей будут обеспечены сертификатами; число программ в "
                   "Навигаторе вырастет с 286 до 350, из них адаптированных для детей с ОВЗ – до 18"]))
body.append(table(G, prows, TW))
body.append(para(""))

# --- section 1 ---------------------------------------------------------------
body.append(para(run("1. Характеристика текущего состояния сферы реализации подпрограммы 3", b=True),
                 jc="center", keep=True))
body.append(P("По данным мониторинга на 01.01.2024 дополнительные общеобразовательные программы в "
              "Жаворонковском муниципальном округе реализуют 24 организации: два учреждения "
              "дополнительного образования, семнадцать общеобразовательных организаций, четыре "
              "детских сада и детская школа искусств, подведомственная отделу культуры."))
body.append(para(run("Численность детей в возрасте 5–18 лет составляет 9" + NBSP + "318 человек, из них "
                     "дополнительным образованием охвачены 7" + NBSP + "119 человек, что составляет 76,4 % "),
                 fnref(1),
                 run(". Годом ранее показатель был на уровне 73,9 процента, прирост – 2,5 п.п."),
                 jc="both", ind="709"))
body.append(P("В Навигаторе дополнительного образования опубликовано 286 программ. Из них по "
              "направленностям: художественная – 84, физкультурно-спортивная – 68, "
              "социально-гуманитарная – 51, техническая – 41, естественнонаучная – 30, "
              "туристско-краеведческая – 12. Сертифицированы и включены в реестр программ ПФДО 64 "
              "программы (22,4 %); сетевых программ девять, дистанционных – 11, адаптированных для "
              "детей с ОВЗ – семь. Краткосрочных (до 36 часов) программ, реализуемых в каникулярный "
              "период, – 23."))
body.append(para(run("В 2023 году выдано 1" + NBSP + "677 сертификатов дополнительного образования "
                     "(18,0 % от численности детей 5–18 лет), номинал сертификата составил "
                     "7" + NBSP + "850 рублей"), fnref(2),
                 run(". Независимую оценку качества прошли 65 программ, или 22,7 % от их общего числа."),
                 jc="both", ind="709"))
body.append(P("Сдерживающими факторами остаются: дефицит педагогов технической направленности в "
              "сельских школах (вакансий – 6); низкая доля программ для детей с ОВЗ; слабая "
              "материально-техническая база в 9 из 17 школ."))

body.append(para(run("2. Цели, задачи и сроки реализации", b=True), jc="center", keep=True))
body.append(P("Цель и задачи подпрограммы 3 приведены в паспорте и соответствуют Концепции развития "
              "дополнительного образования детей до 2030 года, утверждённой распоряжением Правительства "
              "Российской Федерации от 31.03.2022 № 678-р. Реализация рассчитана на пять лет, "
              "с 1 января 2024 года по 31 декабря 2028 года.",
              sect=sect(PORTRAIT)))

# --- section 3 (landscape): indicator table ----------------------------------
body.append(para(run("3. Целевые индикаторы и показатели подпрограммы 3", b=True), jc="center", keep=True))
GI = [600, 5200, 1100, 1300, 1150, 1150, 1150, 1150, 1150, 1520]
TI = sum(GI)
H = dict(jc="center", b=True, sz=20, shade="D9E2F3", valign="center")
ih = [
    row([cell("№ п/п", GI[0], vmerge="restart", **H),
         cell("Наименование целевого индикатора (показателя)", GI[1], vmerge="restart", **H),
         cell("Ед. изм.", GI[2], vmerge="restart", **H),
         cell(["Базовое значение", "(2023 г.)"], GI[3], vmerge="restart", **H),
         cell("Плановые значения по годам реализации", sum(GI[4:9]), span=5, **H),
         cell("Источник данных", GI[9], vmerge="restart", **H)], header=True),
    row([cell("", GI[0], vmerge="cont", **H), cell("", GI[1], vmerge="cont", **H),
         cell("", GI[2], vmerge="cont", **H), cell("", GI[3], vmerge="cont", **H)] +
        [cell(str(y), GI[4 + k], **H) for k, y in enumerate(years)] +
        [cell("", GI[9], vmerge="cont", **H)], header=True),
    row([cell(str(k + 1), GI[k], jc="center", sz=18, shade="F2F2F2") for k in range(10)], header=True),
]
ind = [
    ("1", ["Доля детей в возрасте от 5 до 18 лет, охваченных дополнительным образованием, в общей численности детей этого возраста"], "%",
     ["76,4", "77,0", "78,0", "79,0", "80,0", "81,0"], "ФСН 1-ДОП; мониторинг МОЦ", 3),
    ("2", ["Доля детей 5–18 лет, получивших сертификат персонифицированного финансирования (социальный сертификат)"], "%",
     ["18,0", "20,0", "25,0", "25,0", "27,0", "30,0"], "АИС «Навигатор»", None),
    ("3", ["Количество дополнительных общеобразовательных программ, опубликованных в Навигаторе"], "ед.",
     ["286", "300", "315", "330", "340", "350"], "АИС «Навигатор»", None),
    ("3.1", ["в том числе: сертифицированных (включённых в реестр сертифицированных программ)"], "ед.",
     ["64", "75", "90", "100", "110", "120"], "АИС «Навигатор»", None),
    ("3.2", ["сетевых"], "ед.", ["9", "12", "15", "18", "20", "22"], "отчёт МОЦ", None),
    ("3.3", ["реализуемых с применением дистанционных образовательных технологий"], "ед.",
     ["11", "14", "16", "18", "20", "22"], "отчёт МОЦ", None),
    ("3.4", ["адаптированных для детей с ОВЗ и детей-инвалидов"], "ед.",
     ["7", "10", "12", "14", "16", "18"], "отчёт МОЦ", None),
    ("3.5", ["технической и естественнонаучной направленностей"], "ед.",
     ["71", "80", "88", "95", "100", "105"], "АИС «Навигатор»", None),
    ("4", ["Доля программ, прошедших независимую оценку качества (общественную экспертизу), от общего числа программ"], "%",
     ["22,7", "30,0", "40,0", "50,0", "60,0", "70,0"], "реестр НОК", 4),
    ("5", ["Численность детей, обучающихся на новых местах дополнительного образования (нарастающим итогом)"], "чел.",
     ["340", "420", "500", "560", "620", "680"], "отчёт Управления образования", None),
    ("6", ["Доля педагогов дополнительного образования, прошедших повышение квалификации за последние три года"], "%",
     ["81,5", "85,0", "88,0", "90,0", "92,0", "95,0"], "мониторинг МОЦ", None),
    ("7", ["Количество муниципальных массовых мероприятий для детей (конкурсы, фестивали, слёты)"], "ед. в год",
     ["34", "36", "38", "40", "40", "42"], "план МОЦ", None),
    ("8", ["Число участников муниципальных массовых мероприятий"], "чел.",
     ["4" + NBSP + "870", "5" + NBSP + "000", "5" + NBSP + "200", "5" + NBSP + "400", "5" + NBSP + "600",
      "5" + NBSP + "800"], "план МОЦ", None),
]
irows = []
for num, name, unit, vals, src, fn in ind:
    sub = "." in num
    nm_runs = [run(("    " if sub else "") + name[0], sz=20, i=sub)]
    if fn:
        nm_runs.append(fnref(fn))
    irows.append(row([cell(num, GI[0], jc="center", sz=20), cell([nm_runs], GI[1]),
                      cell(unit, GI[2], jc="center", sz=20)] +
                     [cell(v, GI[3 + k], jc="center", sz=20) for k, v in enumerate(vals)] +
                     [cell(src, GI[9], jc="center", sz=18)], cant_split=True))
body.append(table(GI, ih + irows, TI))
body.append(para(run("Значения показателей 3.1–3.5 являются частью показателя 3 и не суммируются.", i=True, sz=20),
                 sect=sect(LANDSCAPE)))

# --- sections 4-6 (portrait) ---------------------------------------------------
body.append(para(run("4. Основные мероприятия подпрограммы 3", b=True), jc="center", keep=True))
body.append(P("Основное мероприятие 3.1 «Развитие муниципального опорного центра»: методическое "
              "сопровождение разработки программ, экспертиза программ перед включением в реестр "
              "сертифицированных, проведение не менее 12 обучающих семинаров в год."))
body.append(P("Основное мероприятие 3.2 «Персонифицированное финансирование»: предоставление субсидий на "
              "оплату обучения по сертификатам, в том числе негосударственным поставщикам услуг "
              "(в 2024 году – 3 индивидуальных предпринимателя и 1 АНО)."))
body.append(P("Основное мероприятие 3.3 «Новые места»: создание в 2025–2026 гг. 160 новых мест по "
              "технической и естественнонаучной направленностям на базе Сосновской и Ключевской "
              "средних школ."))
body.append(P("Основное мероприятие 3.4 «Выявление и поддержка одарённых детей»: муниципальные конкурсы, "
              "фестиваль «Жаворонковские звёздочки», участие в региональных этапах."))

body.append(para(run("5. Ресурсное обеспечение", b=True), jc="center", keep=True))
body.append(P(f"Общий объём финансирования подпрограммы 3 на 2024–2028 годы – {fmt(sum(T))} тыс. рублей, "
              f"в том числе за счёт средств местного бюджета {fmt(T[0])} тыс. рублей "
              "(" + f"{T[0] / sum(T) * 100:.1f}".replace(".", ",") + " %)" +
              ". Объёмы подлежат ежегодному уточнению при формировании бюджета округа на очередной "
              "финансовый год и плановый период."))

body.append(para(run("6. Механизм реализации и контроль", b=True), jc="center", keep=True))
body.append(P("Общее руководство реализацией подпрограммы 3 осуществляет начальник Управления образования "
              "Кречетова Алла Викторовна. Координацию деятельности организаций – участников, ведение "
              "реестра программ и мониторинг показателей обеспечивает руководитель МОЦ, заместитель "
              "директора МБУ ДО «ЦДТ «Жаворонок» Синицын П.Г.; функции муниципального администратора "
              "Навигатора возложены на методиста МОЦ Гаврилюк Е.Ю. (приказ Управления образования от "
              "09.01.2024 № 7-од)."))
body.append(P("Отчёт о ходе реализации представляется ежеквартально, до 15-го числа месяца, следующего за "
              "отчётным кварталом, годовой отчёт – до 1 марта года, следующего за отчётным."))
body.append(para(""))
body.append(para(run("Начальник Управления образования\tА.В. Кречетова"), jc="left"))

sect_final = f'<w:sectPr><w:footnotePr><w:numFmt w:val="decimal"/></w:footnotePr>{PORTRAIT}</w:sectPr>'
document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<w:document {W_NS}><w:body>{"".join(body)}{sect_final}</w:body></w:document>')

footnotes_text = {
    1: "Показатель рассчитывается по методике, утверждённой приказом Минпросвещения России от "
       "15.04.2019 № 170; учтены дети, посещающие организации культуры и спорта, без повторного счёта.",
    2: "Номинал установлен постановлением администрации Жаворонковского муниципального округа от "
       "22.12.2022 № 1451-па; в 2024 году – 8 300 рублей.",
    3: "Базовое значение уточнено по итогам формы ФСН 1-ДОП за 2023 год (было 75,8 %).",
    4: "Учитываются программы, получившие положительное заключение; данные на 31 декабря соответствующего года.",
}
fn_xml = [f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {W_NS}>',
          '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>',
          '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>']
for k, t in footnotes_text.items():
    fn_xml.append(f'<w:footnote w:id="{k}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
                  f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>'
                  f'{run(" " + t)}</w:p></w:footnote>')
fn_xml.append("</w:footnotes>")

styles = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles {W_NS}>
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman"/><w:sz w:val="26"/><w:szCs w:val="26"/><w:lang w:val="ru-RU"/></w:rPr></w:rPrDefault>
<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
<w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="0"/></w:pPr><w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>
<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
</w:styles>'''

settings = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:settings {W_NS}><w:defaultTabStop w:val="6237"/><w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr><w:compat/></w:settings>'''

ctypes = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>
<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>
<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>
</Types>'''

rels = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>
</Relationships>'''

doc_rels = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>
</Relationships>'''

core = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<dc:title>Подпрограмма 3 Развитие дополнительного образования детей</dc:title><dc:creator>Отдел общего и дополнительного образования</dc:creator>
<dcterms:created xsi:type="dcterms:W3CDTF">2024-03-27T08:41:00Z</dcterms:created></cp:coreProperties>'''

app = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Office Word</Application></Properties>'''

with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("[Content_Types].xml", ctypes)
    z.writestr("_rels/.rels", rels)
    z.writestr("word/document.xml", document)
    z.writestr("word/_rels/document.xml.rels", doc_rels)
    z.writestr("word/styles.xml", styles)
    z.writestr("word/settings.xml", settings)
    z.writestr("word/footnotes.xml", "".join(fn_xml))
    z.writestr("docProps/core.xml", core)
    z.writestr("docProps/app.xml", app)
print("wrote", OUT)
