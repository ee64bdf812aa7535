"""Which reader the given files need (the template, Kumu or HSDS), and the tables they yield.

Above `read` (template sheets, CSV rows), `formats` (Kumu) and `hsds`, so none imports another back.
The format is decided for the whole input before anything is read, so that an HSDS table is
never taken for a template sheet of the same name (organizations.csv, contacts.csv).
"""

from __future__ import annotations

import tempfile
import zipfile
from collections.abc import Iterable
from pathlib import Path, PurePosixPath

from ingest import limits
from ingest.formats import kumu_tables
from ingest.hsds import PACKAGE, hsds_tables, is_hsds
from ingest.read import (
    NOTE_SHEETS,
    Table,
    build_table,
    csv_rows,
    is_kumu,
    open_workbook,
    read_csv,
    sheet_names,
)
from ingest.report import Problems
from ingest.sheets import header_key, sheet_for


def read_tables(files: Iterable[Path], problems: Problems) -> list[Table]:
    """Return the template tables found in `files` (template, Kumu or HSDS; a .zip unpacked)."""
    with tempfile.TemporaryDirectory(prefix="netwerkkaart-zip-") as folder:
        return _read_files(unpacked(list(files), Path(folder), problems), problems)


def _read_files(files: list[Path], problems: Problems) -> list[Table]:
    tables: list[Table] = []
    if is_kumu([f.stem for f in files]) and all(f.suffix.lower() == ".csv" for f in files):
        sheets = {f.stem: csv_rows(f, f.stem, problems) or [] for f in files}
        return kumu_tables({header_key(f.stem): f.name for f in files}, sheets, problems)
    if is_hsds(files):
        return hsds_tables(files, problems)
    for path in files:
        if path.name.lower() == PACKAGE:  # describes the files beside it; read for HSDS only
            continue
        if not path.is_file():
            problems.error(path.name, "", 0, "", str(path),
                           problems.say("ingest_no_such_file", path=str(path)))
        elif path.suffix.lower() in (".xlsx", ".xlsm"):
            tables += read_workbook(path, problems)
        elif path.suffix.lower() in (".csv", ".txt"):
            table = read_csv(path, problems)
            tables += [table] if table else []
        else:
            problems.error(path.name, "", 0, "", "", problems.say("ingest_not_a_table_file"))
    return tables





def read_workbook(path: Path, problems: Problems) -> list[Table]:
    """Return the template sheets of an .xlsx workbook (notes sheets skipped, others warned about)."""
    sheets = open_workbook(path, problems)
    if sheets is None:
        return []
    if is_kumu(list(sheets)):
        return kumu_tables({"elements": path.name, "connections": path.name}, sheets, problems)
    tables = []
    for title, rows in sheets.items():
        sheet = sheet_for(title)
        if sheet is None:
            if header_key(title).replace("_", " ") not in NOTE_SHEETS:
                problems.warn(path.name, title, 0, "", "", problems.say("ingest_sheet_ignored"))
            continue
        table = build_table(path.name, sheet, iter(rows), problems)
        tables += [table] if table else []
    if not tables and not problems.errors:
        problems.error(path.name, "", 0, "", "", problems.say("ingest_no_template_sheets",
                                                               names=sheet_names(problems.lang)))
    return tables


def unpacked(files: list[Path], folder: Path, problems: Problems) -> list[Path]:
    """Return `files` with each .zip replaced by its .csv/.xlsx/datapackage.json members (in `folder`).

    Members are written under their own base names only, so a name like `../x` cannot leave
    `folder`; a member larger than the file limit is refused before it is unpacked.
    """
    result: list[Path] = []
    for n, path in enumerate(files):
        if path.suffix.lower() != ".zip" or not path.is_file():
            result.append(path)
            continue
        try:
            with zipfile.ZipFile(path) as archive:
                result += _members(path.name, archive, folder / str(n), problems)
        except (zipfile.BadZipFile, OSError):
            problems.error(path.name, "", 0, "", "", problems.say("ingest_not_a_zip"))
    return result


def _members(name: str, archive: zipfile.ZipFile, folder: Path, problems: Problems) -> list[Path]:
    folder.mkdir(parents=True)
    members = []
    for info in archive.infolist():
        base = PurePosixPath(info.filename.replace("\\", "/")).name
        if info.is_dir() or base.startswith(".") or not (
                base.lower().endswith((".csv", ".xlsx")) or base.lower() == PACKAGE):
            continue
        if info.file_size > limits.MAX_FILE_BYTES:
            problems.error(name, base, 0, "", "", problems.say(
                "file_too_large", size=info.file_size // 1_000_000, limit=limits.MAX_FILE_BYTES // 1_000_000))
            continue
        target = folder / base
        target.write_bytes(archive.read(info))
        members.append(target)
    return sorted(members)
