#!/bin/bash
# emits ODF table rows (11 cells) from pipe-separated lines
while IFS='|' read -r -a F; do
  [ ${#F[@]} -eq 0 ] && continue
  echo "    <table:table-row>"
  for i in "${!F[@]}"; do
    st="CellSmallC"; [ $i -eq 1 ] && st="CellSmall"
    echo "     <table:table-cell table:style-name=\"C\" office:value-type=\"string\"><text:p text:style-name=\"$st\">${F[$i]}</text:p></table:table-cell>"
  done
  echo "    </table:table-row>"
done
