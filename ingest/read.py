"""Read an `.xlsx` workbook or `.csv` files (as Dutch Excel saves them) into template tables."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd
from openpyxl import load_workbook
from openpyxl.utils.exceptions import InvalidFileException

from graph.catalogue import text as catalogue_text
from ingest import limits
from ingest.report import Problems
from ingest.sheets import SHEETS, column_index, header_key, sheet_for
from ingest.template import header as shown_header
from ingest.values import quote, unescape

NOTE_SHEETS = frozenset({"notes", "toelichting", "uitleg", "readme", "lees mij"})
_PANDAS_LINE = re.compile(r"line (\d+)")
_PANDAS_RAGGED = re.compile(r"Expected (\d+) fields in line (\d+), saw (\d+)")


@dataclass(slots=True)
class Table:
    """One sheet's cells as text: template column → values, with the Excel row of each value."""

    file: str
    sheet: str
    headers: dict[str, str] = field(default_factory=dict)
    columns: dict[str, list[str]] = field(default_factory=dict)
    rows: list[int] = field(default_factory=list)
    shown: str | None = None  # the sheet name the user sees, when not the template's (Kumu, HSDS)
    # Columns whose items are kept as text when not understood (HSDS: the reader warned already).
    lenient: tuple[str, ...] = ()

    def __len__(self) -> int:
        return len(self.rows)

    @property
    def place(self) -> str:
        """Return the sheet name to report problems under."""
        return self.shown or self.sheet


def expand_paths(paths: Iterable[Path]) -> list[Path]:
    """Return the files to read: each file as given, each folder's .csv/.xlsx (datapackage.json) sorted."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files += sorted(p for p in path.iterdir() if p.suffix.lower() in (".csv", ".xlsx", ".txt")
                            or p.name.lower() == "datapackage.json")
        else:
            files.append(path)
    return files


def open_workbook(path: Path, problems: Problems) -> dict[str, list[tuple[int, list[str]]]] | None:
    """Return each sheet's (Excel row, cell texts) pairs; None (recorded) if not a workbook or too large."""
    if limits.file_too_large(path, "", problems) or limits.xlsx_too_large(path, problems):
        return None
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, OSError, ValueError):
        # The library's reason ("File is not a zip file") says nothing more to the user, in English.
        problems.error(path.name, "", 0, "", "", problems.say("ingest_not_a_workbook"))
        return None
    try:
        sheets = {}
        for ws in book.worksheets:
            rows = _sheet_rows(path.name, ws, problems)
            if rows is None:
                return None
            sheets[ws.title] = rows
        return sheets
    finally:
        book.close()


def _sheet_rows(file: str, ws: Any, problems: Problems) -> list[tuple[int, list[str]]] | None:
    """Return a sheet's (Excel row, cell texts) pairs; None (recorded) past the size limits."""
    # The declared dimension is only a claim: openpyxl would silently drop rows beyond it
    # (some generators write rows without `r=` past it), so every row written is read.
    ws.reset_dimensions()
    rows = []
    for n, values in enumerate(ws.iter_rows(values_only=True), start=1):
        if n > limits.MAX_ROWS:  # stop reading here: the rest may be millions more
            problems.error(file, ws.title, 0, "", "", problems.say("too_many_rows_read",
                                                                     limit=limits.MAX_ROWS))
            return None
        if limits.too_many(file, ws.title, 0, len(values), problems):
            return None
        rows.append((n, [_cell_text(v) for v in values]))
    return rows


def is_kumu(names: list[str]) -> bool:
    """Return whether sheet or file names are Kumu's (Elements and Connections)."""
    folded = {header_key(n) for n in names}
    return "elements" in folded and "connections" in folded


def csv_rows(path: Path, sheet: str, problems: Problems) -> list[tuple[int, list[str]]] | None:
    """Return a CSV file's (line, cell texts) pairs; None (recorded) if empty, binary, ragged or too large."""
    if limits.file_too_large(path, sheet, problems):
        return None
    raw = path.read_bytes()
    if not raw.strip():
        problems.error(path.name, sheet, 0, "", "", problems.say("ingest_file_empty"))
        return None
    text = decode(raw)
    if text is None:
        problems.error(path.name, sheet, 0, "", "", problems.say("ingest_csv_binary"))
        return None
    separator = sniff_separator(text)
    if limits.csv_too_large(path.name, sheet, text, separator, problems):
        return None
    try:
        frame = pd.read_csv(io.StringIO(text), sep=separator, header=None, dtype=str,
                            keep_default_na=False, na_filter=False, skip_blank_lines=False,
                            quoting=csv.QUOTE_MINIMAL)
    except pd.errors.ParserError as exc:
        _unreadable(path.name, sheet, str(exc), problems)
        return None
    if limits.too_many(path.name, sheet, len(frame), len(frame.columns), problems):
        return None
    columns = [frame[c].tolist() for c in frame.columns]
    return [(n, [col[n - 1] for col in columns]) for n in range(1, len(frame) + 1)]


def _unreadable(file: str, sheet: str, reason: str, problems: Problems) -> None:
    """Record pandas' reason a CSV cannot be read, in the run's language (a ragged row said exactly)."""
    ragged, line = _PANDAS_RAGGED.search(reason), _PANDAS_LINE.search(reason)
    if ragged:
        expected, row, saw = (int(n) for n in ragged.groups())
        message = problems.say("ingest_csv_ragged", saw=saw, expected=expected)
    else:
        row, message = int(line.group(1)) if line else 0, problems.say("ingest_csv_unreadable")
    problems.error(file, sheet, row, "", "", message)


def sheet_names(lang: str, suffix: str = "") -> str:
    """Return the template's sheet names in `lang` (each with `suffix`, e.g. .csv), for messages."""
    return ", ".join(catalogue_text(f"template_sheet_{sheet}", lang) + suffix for sheet in SHEETS)


def read_csv(path: Path, problems: Problems) -> Table | None:
    """Return one CSV file as the table its file name names (organisations.csv, …)."""
    sheet = sheet_for(path.stem)
    if sheet is None:
        problems.error(path.name, "", 0, "", "", problems.say("ingest_which_sheet",
                                                               names=sheet_names(problems.lang, ".csv")))
        return None
    rows = csv_rows(path, sheet, problems)
    return None if rows is None else build_table(path.name, sheet, iter(rows), problems)


def decode(raw: bytes) -> str | None:
    """Return the text of UTF-8 (with or without BOM), UTF-16 or Windows-1252 bytes; None if binary."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16")
    if b"\x00" in raw[:65_536]:
        return None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def sniff_separator(text: str) -> str:
    """Return the separator the header line uses most: `;` (Dutch Excel), `,` or a tab."""
    header = text.split("\n", 1)[0]
    counts = {sep: header.count(sep) for sep in (";", ",", "\t")}
    best = max(counts, key=lambda sep: counts[sep])
    return best if counts[best] else ";"


def build_table(file: str, sheet: str, rows: Iterator[tuple[int, list[str]]],
                problems: Problems) -> Table | None:
    """Return a Table from (Excel row, cells) pairs whose first is the header; None if unusable."""
    first = next(rows, None)
    if first is None or not any(cell.strip() for cell in first[1]):
        columns = ", ".join(shown_header(c.name, problems.lang) for c in SHEETS[sheet])
        problems.error(file, sheet, 1, "", "", problems.say("ingest_no_header", columns=columns))
        return None
    table = Table(file, sheet)
    positions = _map_headers(table, first[1], problems)
    if positions is None:
        return None
    cells: dict[str, list[str]] = {name: [] for name in positions}
    for number, values in rows:
        if not any(v.strip() for v in values):
            continue
        table.rows.append(number)
        for name, pos in positions.items():
            text = values[pos].strip() if pos < len(values) else ""
            cells[name].append(unescape(text) if text[:1] == "'" else text)
    table.columns = cells
    return table


def _map_headers(table: Table, header: list[str], problems: Problems) -> dict[str, int] | None:
    index, spec = column_index(table.sheet), SHEETS[table.sheet]
    written = [h for h in header if h.strip()]
    if len(written) == 1 and len(spec) > 1 and header_key(written[0]) not in index:
        problems.error(table.file, table.sheet, 1, "", written[0],
                       problems.say("ingest_one_column", value=quote(written[0][:80])))
        return None
    positions: dict[str, int] = {}
    for pos, text in enumerate(header):
        if not text.strip():
            continue
        name = index.get(header_key(text))
        if name is None:
            problems.warn(table.file, table.sheet, 1, text, text, problems.say("ingest_column_ignored"),
                          kind="column not in the template")
        elif name in positions:
            problems.error(table.file, table.sheet, 1, text, text, problems.say(
                "ingest_column_twice", column=quote(shown_header(name, problems.lang)),
                other=quote(table.headers[name]), value=quote(text.strip())))
        else:
            positions[name], table.headers[name] = pos, text.strip()
    missing = [c.name for c in spec if c.required and c.name not in positions]
    for name in missing:
        problems.error(table.file, table.sheet, 1, name, "", problems.say(
            "ingest_column_missing", column=quote(shown_header(name, problems.lang))))
    return None if missing else positions


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
