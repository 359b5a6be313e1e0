# Signs and degrades the rendered page (PIL), then packs it with img2pdf.
import random, math, img2pdf
from PIL import Image, ImageDraw, ImageFilter
random.seed(49)
im = Image.open('/tmp/lo-zk/s3-1.png').convert('RGB')
d = ImageDraw.Draw(im)
def squiggle(x0, y0, w, amp, n):
    pts = [(x0 + i*w/n, y0 + amp*math.sin(i*1.7) + random.uniform(-5, 5)) for i in range(n+1)]
    d.line(pts, fill=(30, 40, 140), width=3)
squiggle(865, 1438, 140, 22, 14)
squiggle(900, 1474, 110, 16, 10)
for r in (80, 60):  # stamp
    d.ellipse((700-r, 1440-r, 700+r, 1440+r), outline=(60, 70, 170), width=3)
g = im.convert('L').point(lambda v: int(v*0.84) + 22)
g = g.rotate(0.8, resample=Image.BICUBIC, expand=True, fillcolor=205)
px = g.load(); W, H = g.size
for _ in range(W*H//7):
    x, y = random.randrange(W), random.randrange(H)
    px[x, y] = max(0, min(255, px[x, y] + random.randint(-45, 45)))
g = g.filter(ImageFilter.GaussianBlur(0.6))
g.save('/tmp/lo-zk/s3-scan.jpg', quality=72, dpi=(150, 150))
open('/work/blind/heldout49/zk/docs/Ovsyugovsky_2025_spravka_programmy.pdf', 'wb').write(img2pdf.convert('/tmp/lo-zk/s3-scan.jpg'))
