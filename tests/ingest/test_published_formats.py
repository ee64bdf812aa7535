"""HSDS and Kumu files as their tools publish them are read as they are, without editing them first."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.driver import Graph
from ingest.pipeline import ingest
from tests.ingest.published import (
    HSDS_1,
    HSDS_3,
    KUMU_CONNECTIONS,
    write_folder,
    write_kumu,
    write_package,
    write_zip,
)
from tests.ingest.test_formats import nodes, rels


def errors(result: object) -> list[str]:
    return [str(e) for e in result.problems.errors]


def test_an_hsds_1_folder_with_plural_names_becomes_organisations(graph: Graph, tmp_path: Path) -> None:
    result = ingest(graph, [write_folder(tmp_path / "hsds", HSDS_1)])
    assert result.ok, errors(result)
    orgs = nodes(graph, "Organisation")
    assert set(orgs) == {"hs1", "hs2"}
    org = orgs["hs1"]
    assert (org["kind"], org["website"], org["address"], org["postcode"]) == (
        "overig", "https://th.nl", "Bergweg 1", "3036 BA")
    assert org["services"] == ["taal", "maatje"]
    assert org["serves_areas"] == ["WK059905", "BU05990535"]
    # contacts.csv is HSDS's, not the template's contacts sheet
    assert not nodes(graph, "Person") and not rels(graph, "KNOWS")


def test_an_hsds_language_that_cannot_be_mapped_is_a_warning_at_its_languages_row(
        graph: Graph, tmp_path: Path) -> None:
    result = ingest(graph, [write_folder(tmp_path / "hsds", HSDS_1)])
    assert result.ok, errors(result)
    assert [(w.file, w.row, w.column, w.value) for w in result.problems.warnings if w.row] == [
        ("languages.csv", 5, "language", "language line available")]
    assert nodes(graph, "Organisation")["hs1"]["languages"] == ["nl", "ar", "ht", "language line available"]


@pytest.mark.parametrize("form", ["folder", "datapackage", "zip"])
def test_hsds_3_is_read_from_a_folder_a_datapackage_or_a_zip(graph: Graph, tmp_path: Path, form: str) -> None:
    given = {"folder": lambda: write_folder(tmp_path / "hsds3", HSDS_3),
             "datapackage": lambda: write_package(tmp_path / "pkg", HSDS_3),
             "zip": lambda: write_zip(tmp_path / "hsds3.zip", HSDS_3)}[form]()
    result = ingest(graph, [given])
    assert result.ok, errors(result)
    org = nodes(graph, "Organisation")["o-3a"]
    assert (org["website"], org["address"], org["postcode"]) == ("https://bw.nl", "Zuidplein 5", "3083 CW")
    assert org["languages"] == ["he", "zh", "yi", "ti"]
    assert org["services"] == ["taal"]
    assert org.get("serves_areas") in (None, [])  # "Rotterdam": the whole city
    assert [w.message for w in result.problems.warnings if w.file == "phones.csv"] == [
        "geen HSDS-tabel die netwerkkaart leest; overgeslagen"]


def test_a_datapackage_resource_names_the_file_whatever_it_is_called(graph: Graph, tmp_path: Path) -> None:
    package = write_package(tmp_path / "pkg", HSDS_3)
    (package.parent / "data" / "address.csv").rename(package.parent / "data" / "adressen-2025.csv")
    package.write_text(package.read_text().replace("data/address.csv", "data/adressen-2025.csv"))
    result = ingest(graph, [package])
    assert result.ok, errors(result)
    assert nodes(graph, "Organisation")["o-3a"]["address"] == "Zuidplein 5"


def test_an_hsds_service_area_outside_rotterdam_is_a_warning_kept_as_text(
        graph: Graph, tmp_path: Path) -> None:
    areas = HSDS_1["service_areas"].replace("Oude Noorden", "Schiedam")
    result = ingest(graph, [write_folder(tmp_path / "hsds", HSDS_1 | {"service_areas": areas})])
    assert result.ok, errors(result)
    kept = [w for w in result.problems.warnings if "wijk of gebied" in w.message]
    assert [(w.file, w.value) for w in kept] == [("organizations.csv", "Schiedam")]
    assert kept[0].message.startswith('"Schiedam" is geen bekende wijk of gebied')
    assert kept[0].message.endswith("; bewaard als tekst")
    assert nodes(graph, "Organisation")["hs1"]["serves_areas"] == ["WK059905", "Schiedam"]


def test_the_template_accepts_rotterdam_but_stays_strict_on_wijk_names(graph: Graph, tmp_path: Path) -> None:
    orgs = tmp_path / "organisations.csv"
    orgs.write_text("id;naam;soort;wijk;werkgebied\no1;Taalcafé;taalcafe;Rotterdam;Rotterdam\n"
                    "o2;Buurthuis;welzijn;Spangen;Oude Norden\n", encoding="utf-8")
    result = ingest(graph, [orgs])
    assert [(e.row, e.column, e.value) for e in result.problems.errors] == [(3, "werkgebied", "Oude Norden")]
    assert 'bedoelt u "Oude Noorden"' in result.problems.errors[0].message
    orgs.write_text(orgs.read_text().replace("Oude Norden", "Oude Noorden"), encoding="utf-8")
    assert ingest(graph, [orgs]).ok
    assert nodes(graph, "Organisation")["o1"].get("area") is None


def test_reingesting_published_files_changes_nothing(graph: Graph, tmp_path: Path) -> None:
    inputs = [write_folder(tmp_path / "hsds", HSDS_1), write_kumu(tmp_path / "kumu")]
    for given in inputs:
        assert ingest(graph, [given]).ok
        again = ingest(graph, [given])
        assert again.ok
        assert all(c["created"] == c["updated"] == 0 for c in again.counts.values()), again.counts


def test_kumu_types_become_kinds_or_overig_with_the_type_kept(graph: Graph, tmp_path: Path) -> None:
    result = ingest(graph, [write_kumu(tmp_path / "kumu")])
    assert result.ok, errors(result)
    orgs = nodes(graph, "Organisation")
    assert {i: o["kind"] for i, o in orgs.items()} == {
        "acme-bv": "overig", "taalcafe-spangen": "taalcafe", "fonds-zuid": "overig", "buurtkerk": "religieus"}
    assert orgs["acme-bv"]["description"] == "Type: Company\nMakes things"
    assert orgs["fonds-zuid"]["description"] == "Type: Investor"


def test_repeated_kumu_connections_merge_into_one_link(graph: Graph, tmp_path: Path) -> None:
    result = ingest(graph, [write_kumu(tmp_path / "kumu")])
    assert result.ok, errors(result)
    # People without an ID get an id made from file and row, never from their name.
    name = {i: p["name"] for i, p in nodes(graph, "Person").items()}
    assert sorted((name[a], b, p["role"]) for a, b, p in rels(graph, "AFFILIATED_WITH")) == [
        ("Anne de Vries", "acme-bv", "staff"), ("Omar Haddou", "buurtkerk", "volunteer"),
        ("Omar Haddou", "taalcafe-spangen", "volunteer")]
    assert [(a, b, p["kind"]) for a, b, p in rels(graph, "PARTNERS_WITH")] == [
        ("fonds-zuid", "acme-bv", "funding; advice")]
    assert [p["strength"] for _, _, p in rels(graph, "KNOWS") if p.get("context") == "informal"] == [3]


def test_kumu_errors_name_the_users_headers_and_file(graph: Graph, tmp_path: Path) -> None:
    connections = KUMU_CONNECTIONS.replace(
        "Omar Haddou,Anne de Vries,project,Strong", "Omar Haddou,Anne de Vries,project,Enorm").replace(
        "Taalcafé Spangen|Buurtkerk", "Taalcafé Spangen|Moskee")
    result = ingest(graph, [write_kumu(tmp_path / "kumu", connections)])
    assert [(e.file, e.sheet, e.row, e.column, e.value) for e in result.problems.errors] == [
        ("Connections.csv", "Connections", 5, "To", "Moskee"),
        ("Connections.csv", "Connections", 7, "Strength", "Enorm")]
