import sys, random, glob, img2pdf
from PIL import Image, ImageFilter
random.seed(56)
outs=[]
for f in sorted(glob.glob("pg-*.png")):
    im = Image.open(f).convert("L")
    im = im.rotate(random.uniform(-0.9,0.9), resample=Image.BICUBIC, expand=False, fillcolor=250)
    px = im.load(); w,h = im.size
    for _ in range(w*h//40):
        x,y = random.randrange(w), random.randrange(h)
        px[x,y] = max(0, min(255, px[x,y] + random.randint(-70,40)))
    im = im.filter(ImageFilter.GaussianBlur(0.7))
    o = f.replace(".png","_s.jpg"); im.save(o, quality=80); outs.append(o)
open(sys.argv[1],"wb").write(img2pdf.convert(outs))
