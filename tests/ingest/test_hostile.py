"""Hostile and odd files are refused quickly and clearly (or read in full), and nothing is written.

Limits are lowered per test (ingest.limits, ingest.report constants) so the files stay small.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.admin import content_hash
from graph.driver import Graph
from graph.stats import graph_counts
from ingest import areas, limits, read, report
from ingest.pipeline import ingest
from tests.ingest.hostile import row_xml, write_xlsx

PEOPLE_HEADER = row_xml(["id", "naam"], 1)


def refused(graph: Graph, paths: list[Path], lang: str = "nl") -> list[str]:
    """Ingest `paths`, assert that it was refused and wrote nothing; return the located messages."""
    before = content_hash(graph)
    result = ingest(graph, paths, lang=lang)
    assert not result.ok and result.run_id is None
    assert content_hash(graph) == before
    return [str(e) for e in result.problems.errors]


def forbid(monkeypatch: pytest.MonkeyPatch, owner: object, name: str) -> None:
    def parse(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"{name} was called: the file should be refused before parsing")

    monkeypatch.setattr(owner, name, parse)


def test_rows_without_r_beyond_the_declared_dimension_are_read(graph: Graph, tmp_path: Path) -> None:
    rows = (PEOPLE_HEADER + row_xml(["p1", "Anne"], 2) + row_xml(["p2", "Omar"], None)
            + row_xml(["p3", "Lisa"], None))
    result = ingest(graph, [write_xlsx(tmp_path / "people.xlsx", {"people": ("A1:B2", rows)})])
    assert result.ok, [str(e) for e in result.problems.errors]
    assert result.rows == 3 and graph_counts(graph).labels.get("Person") == 3


def test_a_workbook_that_unpacks_beyond_the_limit_is_refused_before_parsing(
        graph: Graph, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    rows = PEOPLE_HEADER + "".join(row_xml([f"p{n}", "x" * 200], n) for n in range(2, 2_000))
    path = write_xlsx(tmp_path / "bomb.xlsx", {"people": (f"A1:B{1_999}", rows)})
    assert path.stat().st_size < 100_000
    monkeypatch.setattr(limits, "MAX_XLSX_UNPACKED_BYTES", 200_000)
    forbid(monkeypatch, read, "load_workbook")
    [message] = refused(graph, [path])
    assert message.startswith("bomb.xlsx:") and "pakt uit tot 1 MB; de grens is 1 MB" in message


def test_a_sheet_declaring_three_million_rows_is_refused_before_parsing(
        graph: Graph, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write_xlsx(tmp_path / "big.xlsx", {"people": ("A1:B3000000", PEOPLE_HEADER)})
    forbid(monkeypatch, read, "load_workbook")
    [message] = refused(graph, [path], lang="en")
    assert message.startswith("big.xlsx:people:") and "too many rows (3,000,000)" in message


def test_rows_past_the_limit_are_refused_while_reading_though_the_dimension_claims_few(
        graph: Graph, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    rows = PEOPLE_HEADER + "".join(row_xml([f"p{n}", "Naam"], None) for n in range(20))
    monkeypatch.setattr(limits, "MAX_ROWS", 10)
    [message] = refused(graph, [write_xlsx(tmp_path / "p.xlsx", {"people": ("A1:B2", rows)})])
    assert message.startswith("p.xlsx:people:") and "meer dan 10 rijen" in message


def test_a_csv_with_too_many_lines_is_refused_before_parsing(
        graph: Graph, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "people.csv"
    path.write_text("id;naam\n" + "".join(f"p{n};Naam\n" for n in range(50)), encoding="utf-8")
    monkeypatch.setattr(limits, "MAX_ROWS", 10)
    forbid(monkeypatch, read.pd, "read_csv")
    [message] = refused(graph, [path])
    assert message.startswith("people.csv:people:") and "te veel rijen (51)" in message


def test_a_csv_of_200000_columns_is_one_error_not_200000_warnings(graph: Graph, tmp_path: Path) -> None:
    path = tmp_path / "people.csv"
    path.write_text("id;naam;" + ";".join(f"x{n}" for n in range(200_000)) + "\np1;Anne\n", encoding="utf-8")
    before = content_hash(graph)
    result = ingest(graph, [path], lang="en")
    assert [str(e) for e in result.problems.errors] == [
        "people.csv:people::: too many columns (200,002); the limit is 1,000"]
    assert result.problems.warnings == [] and content_hash(graph) == before


def test_a_file_over_the_size_limit_is_refused_unread(
        graph: Graph, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "people.csv"
    path.write_text("id;naam\n" + "p1;Anne\n" * 300_000, encoding="utf-8")
    monkeypatch.setattr(limits, "MAX_FILE_BYTES", 1_000_000)
    [message] = refused(graph, [path], lang="en")
    assert message.startswith("people.csv:people:") and "too large (3 MB); the limit is 1 MB" in message


@pytest.mark.parametrize(("lang", "more"), [("nl", "en nog 1.997 zoals deze"),
                                             ("en", "and 1,997 more like this")])
def test_errors_of_one_kind_stop_after_the_limit_and_are_counted(
        graph: Graph, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str, more: str) -> None:
    path = tmp_path / "organisations.csv"
    path.write_text("id;naam;soort;wijk\n" + "".join(f"o{n};Org {n};welzijn;Nergens {n}\n"
                                                    for n in range(2_000)), encoding="utf-8")
    monkeypatch.setattr(report, "MAX_SAME_KIND", 3)
    suggested = []
    unknown = areas.AreaIndex._unknown
    monkeypatch.setattr(areas.AreaIndex, "_unknown",
                        lambda self, text: suggested.append(text) or unknown(self, text))
    before = content_hash(graph)
    result = ingest(graph, [path], lang=lang)
    assert [e.row for e in result.problems.errors] == [2, 3, 4]
    assert [str(m) for m in result.problems.more_like_this()] == [
        f"organisations.csv:organisations::wijk: {more}"]
    assert result.problems.total_errors == 2_000 and len(suggested) <= 4, "no suggestions once counted"
    assert content_hash(graph) == before


@pytest.mark.parametrize(("lang", "message"), [("nl", "geen tabbladen gevonden"),
                                                ("en", "no sheets found")])
def test_an_empty_folder_is_refused(graph: Graph, tmp_path: Path, lang: str, message: str) -> None:
    [found] = refused(graph, [tmp_path], lang=lang)
    assert message in found and str(tmp_path) in found
