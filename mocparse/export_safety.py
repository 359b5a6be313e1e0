"""Keep spreadsheet formulas out of exports (CWE-1236, OWASP "CSV Injection").

Reports are text from outside; a title or a task that starts with ``=``, ``+``, ``-`` or ``@``
would be run as a formula by Excel or LibreOffice (``=HYPERLINK("http://…"&A1)`` sends a cell's
data away when clicked). The database keeps the text as written; only the exports neutralize it:

* XLSX: such a string is written as a text cell (never a formula) with Excel's *quote prefix*
  style, the one a leading apostrophe sets, so it stays text even when the cell is edited; the
  value in the cell is the text unchanged.
* CSV: such a field gets a leading ``'`` (the OWASP recommendation; the csv module quotes the
  field where needed). To get the text back, drop the ``'`` of a field whose next character is one
  of :data:`FORMULA_STARTS`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from openpyxl.cell import Cell, WriteOnlyCell
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n", "\0", "\uff1d", "\uff0b", "\uff0d", "\uff20")
"""First characters that make a spreadsheet read a field as a formula: OWASP's = + - @ tab and
carriage return, the line feed and NUL of ASVS 1.2.10, and their full-width forms (＝ ＋ － ＠),
which some spreadsheets fold to ASCII."""


def starts_like_formula(value: object) -> bool:
    """Whether ``value`` is text a spreadsheet could take for a formula."""
    return isinstance(value, str) and value.startswith(FORMULA_STARTS)


def csv_field(value: Any) -> Any:
    """``value`` for a CSV file: text that starts like a formula gets a leading ``'``."""
    return "'" + value if starts_like_formula(value) else value


def xlsx_cell(sheet: WriteOnlyWorksheet, value: Any) -> Any:
    """``value`` for a write-only sheet: text that starts like a formula becomes a text cell with the
    quote prefix (its value unchanged); anything else is returned as it is."""
    if not starts_like_formula(value):
        return value
    from openpyxl.cell import WriteOnlyCell

    cell: WriteOnlyCell = WriteOnlyCell(sheet, value=value)
    cell.data_type = "s"  # openpyxl makes every string that starts with "=" a formula
    cell.quotePrefix = True
    return cell


def neutralize_cell(cell: Cell) -> None:
    """Make a cell of a worksheet that holds text starting like a formula a quote-prefixed text cell
    (openpyxl has already made it a formula); its value stays as it is."""
    if starts_like_formula(cell.value):
        cell.data_type = "s"
        cell.quotePrefix = True
