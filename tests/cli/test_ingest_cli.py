"""`netwerkkaart ingest` through the real entry point: JSON shape, dry run, the same workbook twice."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import Workbook

from graph.admin import content_hash
from graph.driver import Graph
from netwerkkaart.cli.app import main


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as info:
        main(args)
    out = capsys.readouterr()
    return int(info.value.code or 0), out.out, out.err


def run_ok(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[str, str]:
    try:
        main(args)
    except SystemExit as exc:
        assert not exc.code, capsys.readouterr().err
    out = capsys.readouterr()
    return out.out, out.err


def workbook(path: Path) -> Path:
    book = Workbook()
    book.remove(book.active)
    sheets = {
        "organisations": [["id", "naam", "soort", "wijk", "talen", "capaciteit"],
                          ["o1", "Taalcafé Spangen", "taalcafe", "Spangen", "nl;ar", 12],
                          ["o2", "Welzijn 'Noord'", "welzijn", "WK059903", "nl", None]],
        "people": [["id", "naam"], ["p1", "Anne"], ["p2", "Omar"]],
        "affiliations": [["person_id", "organisation_id", "rol", "sinds"],
                         ["p1", "o1", "staff", "01-02-2024"], ["p2", "o2", "volunteer", None]],
        "toelichting": [["kolom", "uitleg"]],
    }
    for title, rows in sheets.items():
        ws = book.create_sheet(title)
        for row in rows:
            ws.append(row)
    book.save(path)
    return path


def test_ingesting_the_same_workbook_twice_reports_all_unchanged(
        graph: Graph, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = workbook(tmp_path / "partners.xlsx")
    first = json.loads(run_ok(["ingest", str(path), "--json"], capsys)[0])
    assert first["ok"] and first["errors"] == [] and first["run_id"].startswith("ingest-")
    assert first["counts"]["organisations"] == {"created": 2, "updated": 0, "unchanged": 0}
    second = json.loads(run_ok(["ingest", str(path), "--json"], capsys)[0])
    assert second["run_id"] != first["run_id"]
    changed = {k: c for k, c in second["counts"].items() if c["created"] or c["updated"]}
    assert changed == {}
    assert second["counts"]["affiliations"]["unchanged"] == 2


def test_dry_run_reports_what_would_be_created_and_writes_nothing(
        graph: Graph, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = content_hash(graph)
    _, err = run_ok(["ingest", str(workbook(tmp_path / "p.xlsx")), "--dry-run"], capsys)
    assert "proefdraai" in err and "organisaties: 2 nieuw" in err
    _, err = run_ok(["ingest", str(workbook(tmp_path / "p.xlsx")), "--dry-run", "--lang", "en"], capsys)
    assert "dry run" in err and "organisations: 2 created" in err
    assert content_hash(graph) == before


def test_invalid_input_exits_2_with_json_errors(
        graph: Graph, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "people.csv").write_text("id;naam;talen\np1;;xx\n")
    code, out, err = run(["ingest", str(tmp_path), "--json"], capsys)
    doc = json.loads(out)
    assert code == 2 and doc["ok"] is False and "Fout:" in err
    assert {(e["row"], e["column"]) for e in doc["errors"]} == {(2, "naam"), (2, "talen")}
    assert set(doc["errors"][0]) >= {"file", "sheet", "row", "column", "message"}
    assert {e["message"] for e in doc["errors"]} == {
        "verplichte waarde ontbreekt",
        '"xx" is geen bekende taal: schrijf de naam (Arabisch) of de code (ar)'}


def test_the_messages_are_english_with_netwerkkaart_lang_en(graph: Graph, tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str],
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "people.csv").write_text("id;naam;talen\np1;;xx\n")
    monkeypatch.setenv("NETWERKKAART_LANG", "en")
    code, _, err = run(["ingest", str(tmp_path)], capsys)
    assert code == 2
    assert "people.csv:people:2:naam: required value is missing" in err
    assert 'people.csv:people:2:talen: "xx" is not a language code' in err


def test_ingest_help_has_a_summary_and_an_example(capsys: pytest.CaptureFixture[str]) -> None:
    out, _ = run_ok(["ingest", "--help"], capsys)
    assert "Example: netwerkkaart ingest" in out


def test_error_lines_and_names_print_as_written_without_emoji_or_markup(
        graph: Graph, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    orgs = tmp_path / "organisations.csv"
    orgs.write_text("id;naam;soort\no1;Taalcafé [bold]Spangen[/bold] :email:;taalcafe\n"
                    "o1;Buurthuis;welzijn\n", encoding="utf-8")
    code, _, err = run(["ingest", str(orgs)], capsys)
    assert code == 2
    assert 'organisations.csv:organisations:3:id: dubbel id "o1": staat ook op rij 2' in err
    assert "🆔" not in err and "✉" not in err


def test_print_error_keeps_rich_codes_as_text(capsys: pytest.CaptureFixture[str]) -> None:
    from netwerkkaart.cli.output import print_error, stderr

    print_error('Connections:26:id: duplicate id "[red]x[/red]" :email:')
    stderr.print("Ingelezen: [b]Stichting :smile:[/b]")
    err = capsys.readouterr().err
    assert 'Fout: Connections:26:id: duplicate id "[red]x[/red]" :email:' in err
    assert "Ingelezen: [b]Stichting :smile:[/b]" in err
