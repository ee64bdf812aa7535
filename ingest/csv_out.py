"""The one CSV writer, for the ingest-template export and the web and CLI downloads alike.

Every text cell is made formula-safe (a leading apostrophe before = + - @), so a name such as
`=HYPERLINK(…)` opens in Excel as text, never as a formula; ingest takes the apostrophe off again.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, TextIO

from ingest.values import neutralise


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
