"""One record typed in a form, checked as an ingest row: the same conversion and checks as a spreadsheet.

The edit forms (web) build a row with the template's column names and hand it here, so a value the
CLI refuses is refused in the browser with the same rule, and one the CLI accepts is accepted.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ingest.read import Table
from ingest.report import Problems, RowError
from ingest.validate import Known, check, convert_all

FORM = "form"  # the file name problems are located in (the user sees the form's field instead)


def check_record(sheet: str, cells: Mapping[str, str], known: Known,
                 lang: str = "nl") -> tuple[Any | None, list[RowError]]:
    """Return (the typed row, []) when `cells` (template column → text) pass every ingest check of
    `sheet`, else (None, the problems, each naming its template column)."""
    table = Table(file=FORM, sheet=sheet, headers={name: name for name in cells},
                  columns={name: [(value or "").strip()] for name, value in cells.items()}, rows=[2])
    problems = Problems(lang=lang)
    data = check(convert_all([table], known, problems), known, problems)
    rows = getattr(data, sheet)
    if problems or not rows:
        return None, list(problems.errors)
    return rows[0], []
