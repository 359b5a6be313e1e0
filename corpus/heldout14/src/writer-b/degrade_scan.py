#!/usr/bin/env python3
"""Turn rendered page PNGs into a 'scanned' image-only PDF: slight rotation,
grey paper, specks, mild blur, JPEG-like grey levels."""
import sys, random, re, subprocess, math, os
from PIL import Image, ImageFilter, ImageDraw

def signature_spot(text_pdf):
    """Find the '(подпись)' word in the text PDF; return (page index, x, y) in 200-dpi pixels."""
    html = subprocess.run(['pdftotext', '-bbox', text_pdf, '-'], capture_output=True, text=True).stdout
    page = -1
    for line in html.splitlines():
        if '<page ' in line:
            page += 1
        m = re.search(r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">\(подпись\)<', line)
        if m:
            k = 200 / 72
            return page, float(m.group(1)) * k, float(m.group(2)) * k
    return None

def scribble(d, x, y):
    """A hand-made looking signature: a few joined loops drawn in dark blue-grey."""
    pts = []
    for t in range(0, 260):
        a = t / 18.0
        pts.append((x + t * 1.1 + 14 * math.sin(a * 1.7), y + 18 * math.sin(a) * math.exp(-t / 300) - t * 0.08))
    d.line(pts, fill=55, width=3)
    d.line([(x - 10, y + 22), (x + 300, y + 8)], fill=70, width=2)

random.seed(1406)
text_pdf, pages_in, out_pdf = sys.argv[1], sys.argv[2:-1], sys.argv[-1]
spot = signature_spot(text_pdf)
pages = []
for i, fn in enumerate(pages_in):
    im = Image.open(fn).convert('L')
    if spot and spot[0] == i:
        scribble(ImageDraw.Draw(im), spot[1] - 20, spot[2] - 10)
    angle = random.choice([-1, 1]) * random.uniform(0.5, 1.5)
    im = im.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
    # grey paper: map white to ~222-230, darken ink slightly unevenly
    bg = random.randint(220, 230)
    im = im.point(lambda v: int(30 + (bg - 30) * v / 255))
    d = ImageDraw.Draw(im)
    w, h = im.size
    for _ in range(random.randint(40, 70)):
        x, y = random.randint(0, w - 1), random.randint(0, h - 1)
        r = random.choice([1, 1, 1, 2, 2, 3])
        d.ellipse((x, y, x + r, y + r), fill=random.randint(40, 120))
    # a faint shadow band along the left edge, as from a scanner lid
    for x in range(0, 28):
        d.line((x, 0, x, h), fill=int(150 + x * 2.5))
    im = im.filter(ImageFilter.GaussianBlur(radius=0.8))
    pages.append(im)
pages[0].save(out_pdf, 'PDF', resolution=200.0, save_all=True, append_images=pages[1:])
