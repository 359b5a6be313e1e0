# Turns rasterized pages (pdftoppm -r 200 -png) into a "scanned" image-only PDF:
# small rotation, grey noise, JPEG compression at quality ~70.
import sys, io, random
from PIL import Image, ImageFilter
random.seed(2025)
out = sys.argv[1]
pages = []
angles = [0.55, -0.8]
for i, fn in enumerate(sys.argv[2:]):
    im = Image.open(fn).convert("L")
    im = im.rotate(angles[i % len(angles)], resample=Image.BICUBIC, expand=False, fillcolor=255)
    # light grey noise
    noise = Image.effect_noise(im.size, 18).point(lambda v: v)
    im = Image.blend(im, noise, 0.07)
    # slight paper tint and blur like a scanner
    im = im.point(lambda v: int(min(255, v * 0.96 + 6)))
    im = im.filter(ImageFilter.GaussianBlur(0.45))
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=70)
    buf.seek(0)
    pages.append(Image.open(buf).convert("RGB"))
pages[0].save(out, "PDF", resolution=200.0, save_all=True, append_images=pages[1:])
