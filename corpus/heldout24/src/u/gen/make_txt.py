# hard-wraps the e-mail body at ~70 chars, hyphenating some long words as a mail client/Word paste would
import re
V='аеёиоуыэюяАЕЁИОУЫЭЮЯ'
W=70
def split_word(w, room):
    m=re.match(r'^([«(]?)([А-Яа-яЁё]+)([»),.;:]*)$', w)
    if not m or len(m.group(2))<8: return None
    pre,core,post=m.groups()
    best=None
    for i in range(2,len(core)-3):
        if core[i] in V and core[i+1] not in 'ьъйЬЪЙ' and any(c in V for c in core[i+1:]):
            head=pre+core[:i+1]+'-'
            if len(head)<=room: best=(head, core[i+1:]+post)
    return best
def wrap(par, counter):
    if par.startswith('=') or not par.strip(): return [par]
    words=par.split(' '); lines=[]; cur=''
    for w in words:
        cand=(cur+' '+w) if cur else w
        if len(cand)<=W: cur=cand; continue
        room=W-len(cur)-1
        counter[0]+=1
        sp=split_word(w,room) if counter[0]%2==0 and room>=4 else None
        if sp:
            lines.append(cur+' '+sp[0]); cur=sp[1]
        else:
            lines.append(cur); cur=w
    lines.append(cur); return lines
hdr='''От: МОЦ Крячковского района <moc.kryachkovo@cvr-kr.ru>
Отправлено: 4 сентября 2025 г. 11:42
Кому: Пресс-служба администрации Крячковского района <press@kryachkovo-adm.ru>
Копия: Ковригина И.С. <oo_kovrigina@kryachkovo-adm.ru>
Тема: Пресс-релиз + справка «Лето-2025» (доп. образование, МОЦ)
Вложения: Spravka_leto2025_MOC.docx (41 КБ)

'''
sig='''
--
С уважением,
Полетаева Анна Сергеевна
методист МОЦ по информационному сопровождению
МБУ ДО «Крячковский районный центр внешкольной работы»
тел. 8 (48349) 5-31-08, доб. 4; моб. +7 910 000-47-18
moc.kryachkovo@cvr-kr.ru

Отправлено с мобильного устройства
'''
body=open('/work/blind/h24/u/src/gen/body_kryachkovsky.txt',encoding='utf-8').read().rstrip('\n').split('\n')
c=[0]; out=[]
for p in body: out+=wrap(p,c)
txt=hdr+'\n'.join(out)+'\n'+sig
open('/work/blind/h24/u/src/Kryachkovsky_2025_leto.txt','w',encoding='utf-8',newline='\r\n').write(txt)
print(max(len(l) for l in out))
