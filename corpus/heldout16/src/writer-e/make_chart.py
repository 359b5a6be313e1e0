# draws the bar chart used as Рис. 1 in the Chistoprudny newsletter
from PIL import Image, ImageDraw, ImageFont
W, H = 900, 560
im = Image.new("RGB", (W, H), "white")
d = ImageDraw.Draw(im)
f = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 26)
fb = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", 28)
data = [("2021", 72.4), ("2022", 74.0), ("2023", 76.1), ("2024", 78.8)]
base_y, top_y = 470, 60
d.line((80, base_y, 860, base_y), fill="black", width=2)
for i, (y, v) in enumerate(data):
    x0 = 120 + i * 190
    h = (v - 60) / 25 * (base_y - top_y)
    d.rectangle((x0, base_y - h, x0 + 120, base_y), fill=(46, 117, 182) if y != "2024" else (237, 125, 49))
    d.text((x0 + 20, base_y - h - 40), str(v).replace(".", ","), font=fb, fill="black")
    d.text((x0 + 28, base_y + 15), y, font=f, fill="black")
im.save("chart_ohvat.png", dpi=(150, 150))
