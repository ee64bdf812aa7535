"""`netwerkkaart refer`, `supply-demand`, `inventory`: JSON/CSV out; bad input exits 2, nothing written."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import math
from pathlib import Path

import pandas as pd
import pytest
from openpyxl import load_workbook

from analysis.i18n import column_headers, text
from analysis.supply_demand import CSV_COLUMNS
from graph.admin import content_hash
from graph.driver import Graph
from graph.referrals import read_referrals
from graph.upserts import WriteContext, upsert_dataset
from tests.analysis import commission_data as w
from tests.cli.run_cli import run_main


def _load(graph: Graph) -> None:
    upsert_dataset(graph, w.dataset(), WriteContext("test", "t", dt.datetime.now(dt.UTC)))


def test_refer_json(graph: Graph, capsys: pytest.CaptureFixture[str]) -> None:
    _load(graph)
    argv = ["refer", "--need", "Taal", "--language", "arabisch", "--area", "TARWEWIJK", "--json"]
    code, out, _ = run_main(argv, capsys)
    assert code == 0
    doc = json.loads(out)
    assert doc["query"] == {"need": "taal", "language": "ar", "area": w.W1, "area_name": "Tarwewijk",
                            "area_level": "wijk", "volunteer": False}
    assert [r["organisation"] for r in doc["results"]][:1] == ["O1"]
    assert set(doc["results"][0]) >= {"organisation", "name", "score", "reasons"}


def test_refer_json_gives_each_result_its_contact_details(graph: Graph,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    _load(graph)
    code, out, err = run_main(["refer", "--need", "taalles", "--language", "Arabic", "--area", "tarwewijk",
                               "--json"], capsys)
    assert code == 0, err
    results = {r["organisation"]: r for r in json.loads(out)["results"]}
    orgs = {o.id: o for o in w.ORGS}
    for org_id, r in results.items():
        o = orgs[org_id]
        got = (r["address"], r["phone"], r["email"], r["website"])
        assert got == (o.address, o.phone, o.email, o.website)
    assert (results["O1"]["phone"], results["O1"]["email"]) == ("010-1111111", "o1@example.org")
    assert "spreekt Arabisch" in results["O1"]["reasons"], "Dutch by default, the language by its name"


def test_refer_records_a_referral(graph: Graph, capsys: pytest.CaptureFixture[str]) -> None:
    _load(graph)
    code, out, err = run_main(["refer", "--need", "taal", "--area", w.W1, "--record-from", "X",
                              "--record-to", "O2", "--json"], capsys)
    assert code == 0, err
    recorded = json.loads(out)["recorded"]
    assert (recorded["from"], recorded["to"], recorded["status"]) == ("X", "O2", "sent")
    today = dt.date.today()
    stored = read_referrals(graph, start=today, until=today)
    got = [(r.source, r.target, r.need, r.area, r.status) for r in stored]
    assert got == [("X", "O2", "taal", w.W1, "sent")]
    assert "ref-X|O2|taal|" + w.W1 in recorded["id"]


@pytest.mark.parametrize("argv, message", [
    (["refer", "--need", "taall"], "Bedoelt u: taal"),
    (["refer", "--need", "taal", "--area", "Tarwewyk"], "tarwewijk"),
    (["refer", "--need", "taal", "--area", "3083AB"], "postcode"),
    (["refer", "--need", "taal", "--language", "klingon"], "Taal: 'klingon' kennen we niet"),
    (["refer", "--need", "taall", "--lang", "en"], "Did you mean: taal"),
    (["refer"], "--need"),
    (["refer", "--need", "taal", "--record-from", "ghost"], "onbekende organisatie-id 'ghost'"),
    (["refer", "--need", "taal", "--record-from", "ghost", "--lang", "en"],
     "unknown organisation id 'ghost'"),
    (["refer", "--need", "taal", "--record-from", "X", "--record-to", "O4", "--area", w.W1],
     "staat niet tussen de resultaten"),
    (["supply-demand", "--level", "straat"], "niveau moet gebied of wijk zijn"),
    (["inventory", "everything"], "onbekende inventarisatie 'everything'"),
    (["supply-demand", "--lang", "fr"], "--lang moet nl of en zijn (niet 'fr')"),
])
def test_bad_input_exits_2_and_writes_nothing(graph: Graph, capsys: pytest.CaptureFixture[str],
                                              argv: list[str], message: str) -> None:
    _load(graph)
    before = content_hash(graph)
    code, out, err = run_main(argv, capsys)
    assert code == 2 and out == ""
    assert ("Error:" if "en" in argv else "Fout:") in err and message in err
    assert content_hash(graph) == before


def test_supply_demand_csv_and_json(graph: Graph, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    _load(graph)
    target = tmp_path / "sd.csv"
    argv = ["supply-demand", "--as-of", "2025-03-31", "--csv", str(target), "--json"]
    code, out, _ = run_main(argv, capsys)
    assert code == 0 and json.loads(out)["current_period"] == "2025-Q1"
    table = pd.read_csv(target, sep=";", decimal=",", encoding="utf-8-sig")
    assert list(table.columns) == column_headers(CSV_COLUMNS, "nl")
    rows = {(r["gebiedscode"], r["hulpvraag"]): r for r in table.to_dict("records")}
    assert rows[(w.W2, "taal")]["aanbod"] == 16.5 and rows[(w.W2, "taal")]["tekort"] == 13.5
    assert math.isnan(rows[(w.W2, "maatje")]["aanbod/vraag"])


def test_supply_demand_xlsx_in_english(graph: Graph, capsys: pytest.CaptureFixture[str],
                                       tmp_path: Path) -> None:
    _load(graph)
    target = tmp_path / "sd.xlsx"
    code, _, err = run_main(["supply-demand", "--as-of", "2025-03-31", "--xlsx", str(target), "--lang", "en"],
                            capsys)
    assert code == 0 and text("supply_definition", "en") in " ".join(err.split())
    header, *rows = [[c.value for c in row] for row in load_workbook(target).active.iter_rows()]
    assert header == column_headers(CSV_COLUMNS, "en")
    by_key = {(r[1], r[5]): dict(zip(CSV_COLUMNS, r, strict=True)) for r in rows}
    assert by_key[(w.W2, "taal")]["supply"] == 16.5 and by_key[(w.W2, "maatje")]["ratio"] is None


def test_inventory_csv_to_stdout(graph: Graph, capsys: pytest.CaptureFixture[str]) -> None:
    _load(graph)
    code, out, _ = run_main(["inventory", "buddies", "--as-of", "2025-03-31", "--csv", "-"], capsys)
    assert code == 0 and out.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(out.removeprefix("\ufeff")), delimiter=";"))
    assert [(r["id"], r["capaciteit"], r["hulpvragen"]) for r in rows] == [("O2", "20", "taal, maatje")]
    code, out, _ = run_main(["inventory", "nondutch", "--json"], capsys)
    assert json.loads(out)["rows"][0]["languages"] == ["nl", "ti"]


def test_help_has_an_example(capsys: pytest.CaptureFixture[str]) -> None:
    for command in ("refer", "supply-demand", "inventory"):
        code, out, _ = run_main([command, "--help"], capsys)
        assert code == 0 and "Example: netwerkkaart " + command in out
