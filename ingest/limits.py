"""Size limits that refuse a hostile or runaway file before it costs minutes and gigabytes.

Checked before parsing where the file says how large it is (its size on disk, an .xlsx's
unpacked size and declared sheet dimensions, a CSV's line and header count) and again while
reading, since such declarations can lie. Module constants, so tests can lower them.
"""

from __future__ import annotations

import html
import math
import re
import zipfile
from pathlib import Path

from ingest.report import Problems

MAX_FILE_BYTES = 100_000_000
# An .xlsx is a zip: a few MB can unpack to gigabytes of XML (a zip bomb).
MAX_XLSX_UNPACKED_BYTES = 500_000_000
MAX_ROWS = 1_000_000  # per sheet or CSV file; the city-scale demo's largest sheet has ~150,000
MAX_COLUMNS = 1_000  # the template has at most 17 columns; Kumu's custom fields fit easily

_DIMENSION = re.compile(rb'<(?:\w+:)?dimension\s+ref="[A-Z]*\d*:?([A-Z]+)(\d+)"')


def file_too_large(path: Path, sheet: str, problems: Problems) -> bool:
    """Return whether the file is larger than MAX_FILE_BYTES (recorded as an error)."""
    size = path.stat().st_size
    if size <= MAX_FILE_BYTES:
        return False
    problems.error(path.name, sheet, 0, "", "", problems.say(
        "file_too_large", size=_mb(size), limit=_mb(MAX_FILE_BYTES)))
    return True


def xlsx_too_large(path: Path, problems: Problems) -> bool:
    """Return whether a workbook unpacks or declares itself beyond the limits (recorded).

    Reads only the zip's directory and the first bytes of each sheet, never the sheets' rows.
    """
    try:
        with zipfile.ZipFile(path) as book:
            unpacked = sum(info.file_size for info in book.infolist())
            if unpacked > MAX_XLSX_UNPACKED_BYTES:
                problems.error(path.name, "", 0, "", "", problems.say(
                    "xlsx_too_large", size=_mb(unpacked), limit=_mb(MAX_XLSX_UNPACKED_BYTES)))
                return True
            titles = _sheet_titles(book)
            sheets = [n for n in book.namelist() if n.startswith("xl/worksheets/") and n.endswith(".xml")]
            return any(_declared_too_large(path.name, titles.get(name, Path(name).stem),
                                           book.open(name).read(4096), problems) for name in sheets)
    except (zipfile.BadZipFile, OSError, KeyError):
        return False  # not a readable zip: the workbook reader says so in its own words


def _sheet_titles(book: zipfile.ZipFile) -> dict[str, str]:
    """Return worksheet part → the tab's title, from the workbook's XML (best effort: {} if odd)."""
    try:
        workbook = book.read("xl/workbook.xml").decode("utf-8", "replace")
        rels = book.read("xl/_rels/workbook.xml.rels").decode("utf-8", "replace")
    except KeyError:
        return {}
    targets = {}
    for element in re.findall(r"<(?:\w+:)?Relationship\b[^>]*>", rels):
        attrs = dict(re.findall(r'(\w+)="([^"]*)"', element))
        target = attrs.get("Target", "").lstrip("/")
        targets[attrs.get("Id", "")] = target if target.startswith("xl/") else f"xl/{target}"
    titles = {}
    for element in re.findall(r"<(?:\w+:)?sheet\b[^>]*>", workbook):
        attrs = dict(re.findall(r'(?:\w+:)?(\w+)="([^"]*)"', element))
        if attrs.get("id") in targets:
            titles[targets[attrs["id"]]] = html.unescape(attrs.get("name", ""))
    return titles


def _declared_too_large(file: str, sheet: str, head: bytes, problems: Problems) -> bool:
    found = _DIMENSION.search(head)
    if not found:
        return False
    columns = sum((ord(ch) - 64) * 26**i for i, ch in enumerate(reversed(found.group(1).decode())))
    return too_many(file, sheet, int(found.group(2)), columns, problems)


def too_many(file: str, sheet: str, rows: int, columns: int, problems: Problems) -> bool:
    """Return whether `rows` or `columns` pass MAX_ROWS or MAX_COLUMNS (recorded as an error)."""
    if rows > MAX_ROWS:
        problems.error(file, sheet, 0, "", "", problems.say("too_many_rows", rows=rows, limit=MAX_ROWS))
        return True
    if columns > MAX_COLUMNS:
        problems.error(file, sheet, 0, "", "", problems.say(
            "too_many_columns", columns=columns, limit=MAX_COLUMNS))
        return True
    return False


def csv_too_large(file: str, sheet: str, text: str, separator: str, problems: Problems) -> bool:
    """Return whether a CSV text has too many lines or header columns (recorded); before parsing."""
    header = text.split("\n", 1)[0]
    # Lines overcount rows with quoted line breaks; parsing counts exactly afterwards.
    lines = text.count("\n") + (0 if text.endswith("\n") else 1)
    return too_many(file, sheet, lines, header.count(separator) + 1, problems)


def _mb(size: int) -> int:
    return max(1, math.ceil(size / 1_000_000))
