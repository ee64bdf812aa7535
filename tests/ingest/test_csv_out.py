"""The one CSV writer: every text cell formula-safe, numbers and lists as a spreadsheet expects."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pandas as pd
from openpyxl import load_workbook

from ingest.csv_out import BOM, download_text, download_xlsx, records_text
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


def test_a_download_is_for_dutch_excel_whatever_the_header_language() -> None:
    text = download_text(["naam", "aanbod", "talen"], ("name", "supply", "languages"),
                         [{"name": "=1+1", "supply": 114.1, "languages": ["ar", "ti"]}, {"supply": -2}])
    assert text.startswith(BOM)
    assert text.removeprefix(BOM).splitlines() == ["naam;aanbod;talen", "'=1+1;114,1;ar, ti", ";-2;"]
    table = pd.read_csv(io.StringIO(text.removeprefix(BOM)), sep=";", decimal=",")
    assert table["aanbod"].tolist() == [114.1, -2.0]


def test_an_xlsx_download_has_numbers_as_numbers_and_no_formula() -> None:
    records = [{"name": HOSTILE[0], "supply": 3.5}, {"name": "x"}]
    body = download_xlsx(["naam", "aanbod"], ("name", "supply"), records)
    sheet = load_workbook(io.BytesIO(body)).active
    assert [[c.value for c in row] for row in sheet.iter_rows()] == [
        ["naam", "aanbod"], ["'" + HOSTILE[0], 3.5], ["x", None]]
    assert all(c.data_type != "f" for row in sheet.iter_rows() for c in row)


def test_an_xlsx_download_passes_every_text_cell_through_the_redactor() -> None:
    body = download_xlsx(["naam", "n"], ("name", "n"), [{"name": "Fatima at Taalcafé", "n": 2}],
                         redact=lambda value: value.replace("Fatima", "P-1"))
    rows = [[c.value for c in row] for row in load_workbook(io.BytesIO(body)).active.iter_rows()]
    assert rows == [["naam", "n"], ["P-1 at Taalcafé", 2]]
