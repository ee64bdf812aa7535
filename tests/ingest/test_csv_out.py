"""The one CSV writer: every text cell formula-safe, numbers and lists as a spreadsheet expects."""

from __future__ import annotations

import csv
import datetime as dt
import io

from ingest.csv_out import records_text
from ingest.values import unescape

HOSTILE = ['=HYPERLINK("http://evil.example","klik")', "@SUM(A1:A9)", "+31 6 1234", "-2+3",
           "'=already escaped"]


def test_formulas_become_text_and_read_back_as_written() -> None:
    records = [{"id": h, "name": h, "tags": [h, "x"]} for h in HOSTILE]
    rows = list(csv.DictReader(io.StringIO(records_text(("id", "name", "tags"), records))))
    for row, hostile in zip(rows, HOSTILE, strict=True):
        assert row["id"] == row["name"] == "'" + hostile
        assert unescape(row["id"]) == hostile, "ingest takes the apostrophe off again"
        assert row["tags"] == f"'{hostile};x"


def test_numbers_dates_and_empty_values_are_left_as_they_are() -> None:
    text = records_text(("n", "when", "missing", "ok"),
                        [{"n": -3, "when": dt.date(2025, 3, 1), "ok": True}])
    assert text.splitlines()[1] == "-3,2025-03-01,,ja"
