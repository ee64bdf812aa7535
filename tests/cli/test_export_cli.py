"""`netwerkkaart template|export|restore` through the real entry point."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import networkx as nx
import pytest
from openpyxl import load_workbook

from graph.admin import dump, wipe
from graph.backup import business_hash
from graph.driver import Graph
from graph.model import Affiliation, Dataset, Organisation, Person
from graph.schema import ensure_schema
from graph.upserts import WriteContext, upsert_dataset
from graph.users import add_user, create_token, token_hash
from ingest.sheets import SHEETS
from netwerkkaart.cli.app import main
from tests.ingest.state import graph_state


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = 0
    try:
        main(args)
    except SystemExit as exc:
        code = int(exc.code or 0)
    out = capsys.readouterr()
    return code, out.out, out.err


def load_small(graph: Graph) -> None:
    data = Dataset(
        organisations=[Organisation("o1", "Taalcafé", "taalcafe", area="BU05990323", languages=("nl", "ar")),
                       Organisation("o2", "=1+1", "welzijn")],
        people=[Person("p1", "Anne")],
        affiliations=[Affiliation("p1", "o1", "staff", since=dt.date(2024, 2, 1))],
    )
    upsert_dataset(graph, data, WriteContext("test", "small", dt.datetime.now(dt.UTC)))


@pytest.mark.parametrize(("args", "sheets", "affiliation_headers", "notes_header"), [
    ([], ["organisaties", "personen", "koppelingen", "contacten", "samenwerkingen", "verwijzingen", "vraag",
          "gebieden", "toelichting"],
     ["persoon_id", "organisatie_id", "rol", "sinds", "tot_en_met"],
     ["tabblad", "kolom", "verplicht", "ook goed als", "wat in te vullen"]),
    (["--lang", "en"], ["organisations", "people", "affiliations", "contacts", "partnerships", "referrals",
                        "demand", "areas", "notes"],
     ["person_id", "organisation_id", "role", "since", "until"],
     ["sheet", "column", "required", "also accepted as", "what to write"]),
], ids=["dutch-by-default", "english"])
def test_template_has_every_sheet_a_notes_sheet_and_ingests_cleanly(
        graph: Graph, tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], sheets: list[str],
        affiliation_headers: list[str], notes_header: list[str]) -> None:
    path = tmp_path / "template.xlsx"
    assert run(["template", str(path), *args], capsys)[0] == 0
    book = load_workbook(path)
    assert book.sheetnames == sheets
    assert [c.value for c in book[sheets[2]][1]] == affiliation_headers
    assert [c.value for c in book[sheets[-1]][1]] == notes_header
    code, out, err = run(["ingest", str(path), "--json"], capsys)
    assert code == 0, err
    assert json.loads(out)["counts"]["organisations"]["created"] == 2
    assert json.loads(out)["counts"]["affiliations"]["created"] == 2


def test_the_dutch_template_explains_every_column_in_dutch(tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "sjabloon.xlsx"
    assert run(["template", str(path)], capsys)[0] == 0
    notes = list(load_workbook(path)["toelichting"].iter_rows(min_row=2, values_only=True))
    explained = [row for row in notes if row and row[1]]
    assert len(explained) == sum(len(columns) for columns in SHEETS.values())
    assert all(row[4] and not row[4].startswith("template_note_") for row in explained)
    role = ("koppelingen", "rol", "ja", "role, functie", "medewerker, coördinator, vrijwilliger of bestuur.")
    assert role in {tuple(row) for row in explained}


def test_json_backup_restores_the_same_graph_into_an_empty_database(
        graph: Graph, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    load_small(graph)
    code, out, _ = run(["export", "--format", "json", "-"], capsys)
    assert code == 0 and json.loads(out)["format"] == "netwerkkaart-backup"
    contains = json.loads(out)["contains"]
    assert "AuditEvent" in contains and "IP" in contains, "the backup says it holds audit events with IPs"
    before = graph_state(graph)
    backup = tmp_path / "backup.json"
    backup.write_text(out)
    wipe(graph)
    ensure_schema(graph)
    code, _, err = run(["restore", str(backup)], capsys)
    assert code == 0, err
    assert graph_state(graph) == before  # the audit log (export/restore events) left out


def test_restore_refuses_a_database_that_holds_data(
        graph: Graph, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    load_small(graph)
    backup = tmp_path / "backup.json"
    assert run(["export", "--format", "json", str(backup)], capsys)[0] == 0
    before = graph_state(graph)
    code, _, err = run(["restore", str(backup)], capsys)
    assert code == 2 and "de database is niet leeg" in err
    assert graph_state(graph) == before


def test_restore_rejects_a_file_that_is_not_a_backup(
        graph: Graph, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "x.json"
    bad.write_text('{"nodes": []}')
    code, _, err = run(["restore", str(bad)], capsys)
    assert code == 2 and "dit is geen back-up van netwerkkaart" in err


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_gephi_formats_hold_the_business_graph_with_dates_as_text(
        graph: Graph, tmp_path: Path, capsys: pytest.CaptureFixture[str], fmt: str) -> None:
    load_small(graph)
    path = tmp_path / f"g.{fmt}"
    assert run(["export", "--format", fmt, str(path)], capsys)[0] == 0
    g = nx.read_graphml(path) if fmt == "graphml" else nx.read_gexf(path)
    assert g.number_of_nodes() == 94 + 12 + 3  # areas, support types, organisations and the person
    edges = [d for _, _, d in g.edges(data=True) if d.get("relationship") == "AFFILIATED_WITH"]
    assert [d["since"] for d in edges] == ["2024-02-01"]
    org = next(d for n, d in g.nodes(data=True) if n.endswith("o1") or d.get("label") == "Taalcafé")
    assert org["languages"] == "nl; ar"


def test_csv_export_then_ingest_gives_the_same_graph(
        graph: Graph, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    load_small(graph)
    before = business_hash(graph)
    assert run(["export", "--format", "csv", str(tmp_path / "out")], capsys)[0] == 0
    assert (tmp_path / "out" / "organisations.csv").read_text("utf-8-sig").count("'=1+1") == 1
    wipe(graph)
    ensure_schema(graph)
    code, _, err = run(["ingest", str(tmp_path / "out")], capsys)
    assert code == 0, err
    assert business_hash(graph) == before


def test_unknown_format_is_invalid_input(graph: Graph, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["export", "--format", "pdf", "x"], capsys)
    assert code == 2 and "Fout: onbekend formaat 'pdf'; kies uit csv, xlsx" in err


def test_no_export_carries_credentials(graph: Graph, tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    load_small(graph)
    add_user(graph, username="anna", role="admin", password="a long enough password")
    _, token = create_token(graph, username="anna", label="script")
    user = next(row for row in dump(graph)["nodes"] if "User" in row["labels"])
    secrets = [str(user["props"]["password_hash"]), token, token_hash(token), "anna"]
    for fmt, out in (("json", tmp_path / "b.json"), ("graphml", tmp_path / "g.graphml"),
                     ("gexf", tmp_path / "g.gexf"), ("csv", tmp_path / "csv")):
        assert run(["export", "--format", fmt, str(out)], capsys)[0] == 0
        files = [out] if out.is_file() else sorted(out.iterdir())
        text = "".join(f.read_text(encoding="utf-8-sig") for f in files)
        assert not [s for s in secrets if s in text], fmt
    assert "Taalcafé" in (tmp_path / "b.json").read_text(encoding="utf-8")  # the business graph is there


def test_gexf_is_valid_against_the_gexf_1_2_schema(
        graph: Graph, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from lxml import etree

    load_small(graph)
    path = tmp_path / "g.gexf"
    assert run(["export", "--format", "gexf", str(path)], capsys)[0] == 0
    schema = etree.XMLSchema(etree.parse(str(Path(__file__).parents[1] / "data" / "gexf-1.2-subset.xsd")))
    document = etree.parse(str(path))
    assert schema.validate(document), schema.error_log


def test_a_person_and_an_organisation_of_the_same_id_stay_apart_with_the_same_node_ids(
        graph: Graph, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    upsert_dataset(graph, Dataset(organisations=[Organisation("x1", "Taalcafé", "taalcafe")],
                                  people=[Person("x1", "Anne")],
                                  affiliations=[Affiliation("x1", "x1", "staff")]),
                   WriteContext("test", "t1", dt.datetime.now(dt.UTC)))
    ids = {}
    for fmt in ("graphml", "gexf"):
        path = tmp_path / f"g.{fmt}"
        assert run(["export", "--format", fmt, str(path)], capsys)[0] == 0
        g = nx.read_graphml(path) if fmt == "graphml" else nx.read_gexf(path)
        ids[fmt] = {n for n in g.nodes if n.endswith(":x1")}
    assert ids["gexf"] == ids["graphml"] == {"Organisation:x1", "Person:x1"}
