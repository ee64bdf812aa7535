"""Every CSV download opens in Dutch Excel (`;`, decimal comma, UTF-8 with BOM, Dutch headers), and the
same tables come as xlsx; both hold the numbers the JSON API gives."""

from __future__ import annotations

import io
from typing import Any

import pandas as pd
import pytest
from fastapi.testclient import TestClient
from openpyxl import load_workbook

from analysis.i18n import column_headers
from analysis.inventories import BUDDY_COLUMNS, NONDUTCH_COLUMNS
from analysis.supply_demand import CSV_COLUMNS
from tests.web.conftest import AS_OF, FORMULA_BUDDY

DATE = AS_OF.isoformat()
# download path, its JSON twin, the rows' key in the JSON, the columns, a key column, the number columns
TABLES = [
    ("/api/supply-demand", "/api/supply-demand", "rows", CSV_COLUMNS, ("period", "area", "need"),
     ("demand", "supply", "ratio", "shortfall", "volunteers", "waitlist")),
    ("/api/inventory/buddies", "/api/inventory/buddies", "rows", BUDDY_COLUMNS, ("id",),
     ("capacity", "waitlist", "volunteers", "links")),
    ("/api/inventory/nondutch", "/api/inventory/nondutch", "rows", NONDUTCH_COLUMNS, ("gebied", "need"),
     ("organisations",)),
]


def _json_rows(client: TestClient, path: str, key: str) -> list[dict[str, Any]]:
    return client.get(path, params={"as_of": DATE}).json()[key]


def _numbers(rows: list[dict[str, Any]], keys: tuple[str, ...], numbers: tuple[str, ...]
             ) -> dict[tuple, tuple]:
    """Return {key: numbers} with a missing number (None, NaN, empty) as None."""
    def value(v: Any) -> Any:
        return None if v is None or v == "" or (isinstance(v, float) and v != v) else v
    return {tuple(str(r[k]) for k in keys): tuple(value(r[n]) for n in numbers) for r in rows}


def _read_as_dutch_excel(body: bytes) -> pd.DataFrame:
    return pd.read_csv(io.BytesIO(body), sep=";", decimal=",", encoding="utf-8-sig", dtype=str,
                       keep_default_na=False)


@pytest.mark.parametrize(("path", "twin", "key", "columns", "keys", "numbers"), TABLES)
def test_csv_reads_in_dutch_excel_with_dutch_headers_and_the_apis_numbers(
        client: TestClient, path: str, twin: str, key: str, columns: tuple[str, ...],
        keys: tuple[str, ...], numbers: tuple[str, ...]) -> None:
    response = client.get(path + ".csv", params={"as_of": DATE})
    assert response.status_code == 200 and response.content.startswith(b"\xef\xbb\xbf")
    table = pd.read_csv(io.BytesIO(response.content), sep=";", decimal=",", encoding="utf-8-sig",
                        dtype={c: str for c in column_headers(keys, "nl")})
    assert list(table.columns) == column_headers(columns, "nl")
    table.columns = list(columns)
    for n in numbers:
        assert pd.api.types.is_numeric_dtype(table[n]), f"{n} reads as a number in Dutch Excel"
    assert _numbers(table.to_dict("records"), keys, numbers) == _numbers(
        _json_rows(client, twin, key), keys, numbers)


def test_english_csv_keeps_the_dutch_excel_format_with_english_headers(client: TestClient) -> None:
    dutch = _read_as_dutch_excel(client.get("/api/supply-demand.csv", params={"as_of": DATE}).content)
    english = _read_as_dutch_excel(client.get("/api/supply-demand.csv",
                                               params={"as_of": DATE, "lang": "en"}).content)
    client.cookies.delete("lang")  # the session's client is shared: leave it Dutch for the next tests
    assert list(english.columns) == column_headers(CSV_COLUMNS, "en") != list(dutch.columns)
    assert english.values.tolist() == dutch.values.tolist()
    assert any("," in v for v in english.iloc[:, CSV_COLUMNS.index("supply")]), "a decimal comma"


@pytest.mark.parametrize(("path", "twin", "key", "columns", "keys", "numbers"), TABLES)
def test_xlsx_holds_the_same_table_with_numbers_as_numbers(
        client: TestClient, path: str, twin: str, key: str, columns: tuple[str, ...],
        keys: tuple[str, ...], numbers: tuple[str, ...]) -> None:
    response = client.get(path + ".xlsx", params={"as_of": DATE})
    assert response.status_code == 200 and "attachment" in response.headers["content-disposition"]
    sheet = load_workbook(io.BytesIO(response.content)).active
    header, *rows = [[c.value for c in row] for row in sheet.iter_rows()]
    assert header == column_headers(columns, "nl")
    records = [dict(zip(columns, row, strict=True)) for row in rows]
    for n in numbers:
        assert all(r[n] is None or isinstance(r[n], int | float) for r in records), n
    assert _numbers(records, keys, numbers) == _numbers(_json_rows(client, twin, key), keys, numbers)


def test_xlsx_never_holds_a_formula(client: TestClient) -> None:
    body = client.get("/api/inventory/buddies.xlsx", params={"as_of": DATE}).content
    book = load_workbook(io.BytesIO(body))
    cells = [c for row in book.active.iter_rows() for c in row]
    assert "'" + FORMULA_BUDDY in [c.value for c in cells], "the hostile name is in the workbook, as text"
    assert [c.coordinate for c in cells if c.data_type == "f"] == []


def test_the_pages_link_their_xlsx(client: TestClient) -> None:
    assert "/api/supply-demand.xlsx" in client.get("/supply-demand", params={"as_of": DATE}).text
    assert "/api/inventory/buddies.xlsx" in client.get("/inventory/buddies").text
