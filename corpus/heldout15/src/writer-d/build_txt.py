# Builds krushinsky_2023_otchet.txt: hard-wraps prose paragraphs like a mail client
# (72 cols), pastes the tables verbatim.
import textwrap, pathlib
here = pathlib.Path(__file__).parent
out = here.parent.parent / "docs" / "krushinsky_2023_otchet.txt"
src = (here / "krushinsky_otchet_src.txt").read_text(encoding="utf-8").splitlines()
blocks = {"@@T": "krushinsky_table.txt", "@@E": "krushinsky_events.txt", "@@S": "krushinsky_sign.txt"}
NBSP = "\u00a0"
res = []
for line in src:
    if line in blocks:
        res.extend((here / blocks[line]).read_text(encoding="utf-8").rstrip("\n").splitlines())
        continue
    if line.startswith("@@P "):
        res.extend(textwrap.wrap(line[4:], 60, break_on_hyphens=False) or [""])
        continue
    if len(line) <= 72 or line.startswith(("От:", "Отправлено:", "Кому:", "Копия:", "Тема:")):
        res.append(line); continue
    res.extend(textwrap.wrap(line, 72, break_on_hyphens=False))
text = "\n".join(res) + "\n"
# a few numbers carry non-breaking spaces, as pasted from a Word form
for s in ["6 418 человек", "5 020 детей", "6 842,5 тыс."]:
    text = text.replace(s.replace(" ", NBSP, 1) if False else s, s.replace(" ", NBSP, 1))
out.write_text(text, encoding="utf-8")
print(out, len(text.split()))
