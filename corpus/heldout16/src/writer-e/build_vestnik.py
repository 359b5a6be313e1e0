# fills the FODT template (image + table rows) and converts it to PDF with LibreOffice
import base64, subprocess, os
here = os.path.dirname(os.path.abspath(__file__))
docs = os.path.join(here, "..", "..", "docs")
rows = [("Программ в Навигаторе", "188", "214"),
        ("из них сертифицированных", "81", "96"),
        ("Детей с сертификатами, чел.", "3 187", "3 598"),
        ("Охват детей 5–18 лет, %", "76,1", "78,8"),
        ("Педагогов прошли КПК", "44", "57"),
        ("Мероприятий МОЦ", "39", "46")]
def cell(t, num):
    st = "TblNum" if num else "Tbl"
    return ('<table:table-cell table:style-name="Tab1.c" office:value-type="string">'
            f'<text:p text:style-name="{st}">{t}</text:p></table:table-cell>')
xml_rows = "\n".join("     <table:table-row>" + cell(a, 0) + cell(b, 1) + cell(c, 1) + "</table:table-row>" for a, b, c in rows)
img = base64.b64encode(open(os.path.join(here, "chart_ohvat.png"), "rb").read()).decode()
src = open(os.path.join(here, "chistoprudny_vestnik.fodt.in"), encoding="utf-8").read()
out = src.replace("@@IMG@@", img).replace("@@ROWS@@", xml_rows)
fodt = os.path.join(here, "Chistoprudny_2024_vestnik.fodt")
open(fodt, "w", encoding="utf-8").write(out)
subprocess.run(["soffice", "--headless", "--convert-to", "pdf:writer_pdf_Export", "--outdir", docs, fodt], check=True)
