"""The one CSV writer, for the ingest-template export and the web and CLI downloads alike.

Every text cell is made formula-safe (a leading apostrophe before = + - @), so a name such as
`=HYPERLINK(…)` opens in Excel as text, never as a formula; ingest takes the apostrophe off again.

Downloads (`download_text`, `write_download`, `download_xlsx`) are written for Dutch Excel whatever the
language of their headers: `;` between cells, a decimal comma, UTF-8 with a BOM (without it Excel reads
the file as Windows-1252). Only the header row follows the language; English Excel users open the
file through Data › From Text. The xlsx holds the same table with real numbers.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, TextIO

from ingest.values import neutralise

BOM = "\ufeff"
LIST_SEPARATOR = ", "  # inside a cell of a `;`-separated download


def cell(value: Any, list_separator: str = "; ") -> Any:
    """Return a value as a spreadsheet cell: lists joined, dates ISO, booleans ja/nee, text formula-safe."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, tuple | list | set | frozenset):
        items = sorted(value) if isinstance(value, set | frozenset) else value
        return neutralise(list_separator.join(str(v) for v in items))
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, int | float):
        return value
    return neutralise(str(value))


def write_cells(handle: TextIO, rows: Iterable[Sequence[Any]], *, delimiter: str = ";") -> None:
    """Write rows of cells (made by `cell`) as CSV with Excel's line ends."""
    csv.writer(handle, delimiter=delimiter, lineterminator="\r\n").writerows(rows)


def write_records(handle: TextIO, columns: Sequence[str], records: Iterable[Mapping[str, Any]], *,
                  delimiter: str = ",", list_separator: str = ";") -> None:
    """Write a header of `columns`, then one formula-safe row per record (missing keys empty)."""
    header = [cell(c) for c in columns]
    write_cells(handle, [header, *([cell(r.get(c), list_separator) for c in columns] for r in records)],
                delimiter=delimiter)


def records_text(columns: Sequence[str], records: Iterable[Mapping[str, Any]]) -> str:
    """Return `write_records`' CSV as text (for a download)."""
    buffer = io.StringIO()
    write_records(buffer, columns, records)
    return buffer.getvalue()


def decimal_comma(value: Any) -> Any:
    """Return a float as text with a decimal comma and no thousands separator; anything else unchanged."""
    if isinstance(value, float) and not isinstance(value, bool):
        return repr(value).replace(".", ",")
    return value


def download_rows(headers: Sequence[str], columns: Sequence[str], records: Iterable[Mapping[str, Any]]
                  ) -> list[list[Any]]:
    """Return the header row and one formula-safe row per record (lists joined with `, `)."""
    return [[cell(h) for h in headers],
            *([cell(r.get(c), LIST_SEPARATOR) for c in columns] for r in records)]


def write_download(handle: TextIO, headers: Sequence[str], columns: Sequence[str],
                   records: Iterable[Mapping[str, Any]]) -> None:
    """Write a download for Dutch Excel: BOM, `;`-separated, decimal comma, the given header row."""
    handle.write(BOM)
    rows = download_rows(headers, columns, records)
    write_cells(handle, [[decimal_comma(v) for v in row] for row in rows], delimiter=";")


def download_text(headers: Sequence[str], columns: Sequence[str], records: Iterable[Mapping[str, Any]]
                  ) -> str:
    """Return `write_download`'s CSV as text (for a web download)."""
    buffer = io.StringIO()
    write_download(buffer, headers, columns, records)
    return buffer.getvalue()


def download_xlsx(headers: Sequence[str], columns: Sequence[str], records: Iterable[Mapping[str, Any]], *,
                  sheet: str = "data", redact: Callable[[str], str] | None = None) -> bytes:
    """Return the same table as an xlsx workbook (one sheet, numbers as numbers, text never a formula).

    `redact` is applied to every text cell: the web's viewer redaction reads only text responses,
    not the zipped xlsx, so the route hands it in.
    """
    from openpyxl import Workbook  # lazily: the CLI starts without it

    book = Workbook()
    ws = book.active
    ws.title = sheet[:31]
    # The same cells as the CSV: text that would start a formula keeps its apostrophe, so openpyxl
    # stores it as text (it would store `=…` as a formula) and ingest can read the sheet back.
    for row in download_rows(headers, columns, records):
        ws.append([_xlsx_cell(v, redact) for v in row])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _xlsx_cell(value: Any, redact: Callable[[str], str] | None) -> Any:
    if value == "":
        return None  # an empty cell, not an empty text, so a number column stays numbers
    return redact(value) if redact and isinstance(value, str) else value
