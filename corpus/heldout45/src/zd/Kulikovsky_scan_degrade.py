import sys, glob, random
from PIL import Image, ImageFilter, ImageOps, ImageChops
import img2pdf
random.seed(45)
out=[]
angles=[0.6,-0.45,0.35]
for i,f in enumerate(sorted(glob.glob('/tmp/lo-zd/scan/p-*.png'))):
    im=Image.open(f).convert('L')
    # grey paper: map white to ~228, black to ~35
    im=im.point(lambda v: int(35+v*(228-35)/255))
    # uneven tone + noise
    w,h=im.size
    noise=Image.effect_noise((w,h),10).convert('L')
    im=ImageChops.add(im, noise, scale=1.0, offset=-128)
    im=im.filter(ImageFilter.GaussianBlur(0.6))
    im=im.rotate(angles[i%3], resample=Image.BICUBIC, expand=False, fillcolor=205)
    # slight shift, darker edge
    im=ImageOps.expand(im.crop((6,4,w,h)), border=(0,0,6,4), fill=200)
    g=f.replace('.png','.jpg')
    im.save(g,'JPEG',quality=72,dpi=(150,150))
    out.append(g)
with open(sys.argv[1],'wb') as fh:
    fh.write(img2pdf.convert(out, layout_fun=img2pdf.get_layout_fun((img2pdf.mm_to_pt(210),img2pdf.mm_to_pt(297)))))
