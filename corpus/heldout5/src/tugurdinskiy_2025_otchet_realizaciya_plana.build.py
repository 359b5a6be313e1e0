# Source note: packs the hand-written WordprocessingML in the folder
# tugurdinskiy_2025_otchet_realizaciya_plana/ into the published DOCX.
import os, zipfile
here = os.path.dirname(os.path.abspath(__file__))
src = os.path.join(here, "tugurdinskiy_2025_otchet_realizaciya_plana")
out = os.path.join(here, "..", "docs", "tugurdinskiy_2025_otchet_realizaciya_plana.docx")
order = ["[Content_Types].xml", "_rels/.rels", "docProps/core.xml",
         "word/document.xml", "word/_rels/document.xml.rels", "word/styles.xml",
         "word/numbering.xml", "word/footnotes.xml", "word/settings.xml"]
with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
    for name in order:
        z.write(os.path.join(src, name), name)
print(out)
