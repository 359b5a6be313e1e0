# Convert the hand-written UTF-8 source to Windows-1251 with CRLF line ends (as saved by a mail client)
import pathlib
here = pathlib.Path(__file__).parent
s = (here / 'topolinskiy_2025_otvet_na_zapros.utf8.txt').read_text(encoding='utf-8')
(here / '../../docs/topolinskiy_2025_otvet_na_zapros.txt').write_bytes(s.replace('\n', '\r\n').encode('cp1251'))
