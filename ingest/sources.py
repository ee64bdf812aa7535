"""Which reader the given files need (the template, Kumu or HSDS), and the tables they yield.

Above both `read` (template sheets, CSV rows) and `formats` (Kumu, HSDS), so neither imports the other back.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from ingest.formats import hsds_tables, is_hsds, kumu_tables
from ingest.read import NOTE_SHEETS, Table, build_table, csv_rows, is_kumu, open_workbook, read_csv
from ingest.report import Problems
from ingest.sheets import SHEETS, header_key, sheet_for


def read_tables(files: Iterable[Path], problems: Problems) -> list[Table]:
    """Return the template tables found in `files` (template, Kumu or HSDS); problems recorded."""
    files = list(files)
    tables: list[Table] = []
    if is_kumu([f.stem for f in files]) and all(f.suffix.lower() == ".csv" for f in files):
        sheets = {f.stem: csv_rows(f, f.stem, problems) or [] for f in files}
        return kumu_tables(files[0].parent.name or "kumu", sheets, problems)
    if is_hsds([f.stem for f in files]):
        return hsds_tables(files, problems)
    for path in files:
        if not path.is_file():
            problems.error(path.name, "", 0, "", str(path), f"{path} does not exist or is not a file")
        elif path.suffix.lower() in (".xlsx", ".xlsm"):
            tables += read_workbook(path, problems)
        elif path.suffix.lower() in (".csv", ".txt"):
            table = read_csv(path, problems)
            tables += [table] if table else []
        else:
            problems.error(path.name, "", 0, "", "", "not a .xlsx workbook or .csv file")
    return tables


def read_workbook(path: Path, problems: Problems) -> list[Table]:
    """Return the template sheets of an .xlsx workbook (notes sheets skipped, others warned about)."""
    sheets = open_workbook(path, problems)
    if sheets is None:
        return []
    if is_kumu(list(sheets)):
        return kumu_tables(path.name, sheets, problems)
    tables = []
    for title, rows in sheets.items():
        sheet = sheet_for(title)
        if sheet is None:
            if header_key(title).replace("_", " ") not in NOTE_SHEETS:
                problems.warn(path.name, title, 0, "", "", "sheet is not in the template; ignored")
            continue
        table = build_table(path.name, sheet, iter(rows), problems)
        tables += [table] if table else []
    if not tables and not problems.errors:
        problems.error(path.name, "", 0, "", "", "has none of the template sheets: " + ", ".join(SHEETS))
    return tables
