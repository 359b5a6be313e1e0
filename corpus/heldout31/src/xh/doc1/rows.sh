#!/bin/bash
# emits one WordprocessingML table row from 8 pipe-separated fields; a leading "~" in field 2 indents it (sub-row)
W=(600 3300 700 900 900 900 1000 1300)
row() {
  IFS='|' read -r -a F <<< "$1"
  echo "<w:tr>"
  for i in 0 1 2 3 4 5 6 7; do
    t="${F[$i]}"; jc="center"; ind=""
    [ $i -eq 1 ] && jc="left"
    [ $i -eq 7 ] && jc="left"
    if [[ "$t" == "~"* ]]; then t="${t#\~}"; ind='<w:ind w:left="284"/>'; fi
    fn=""
    if [[ "$t" == *"^"[0-9] ]]; then n="${t: -1}"; t="${t%^?}"; fn="<w:r><w:rPr><w:rStyle w:val=\"FootnoteReference\"/></w:rPr><w:footnoteReference w:id=\"$n\"/></w:r>"; fi
    echo "<w:tc><w:tcPr><w:tcW w:w=\"${W[$i]}\" w:type=\"dxa\"/></w:tcPr><w:p><w:pPr><w:pStyle w:val=\"TableText\"/>$ind<w:jc w:val=\"$jc\"/></w:pPr><w:r><w:t xml:space=\"preserve\">$t</w:t></w:r>$fn</w:p></w:tc>"
  done
  echo "</w:tr>"
}
while IFS= read -r line; do [ -n "$line" ] && row "$line"; done
