"""Kumu spreadsheets and Open Referral HSDS CSV map onto the model (and their errors are located)."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

from graph.admin import dump
from graph.driver import Graph
from ingest.pipeline import ingest


def kumu_workbook(path: Path, connections: list[list[str]]) -> Path:
    book = Workbook()
    book.remove(book.active)
    elements = book.create_sheet("Elements")
    for row in [["Label", "Type", "Description", "Tags", "Wijk"],
                ["Taalcafé Spangen", "Taalcafe", "Elke dinsdag", "", "Spangen"],
                ["Welzijn Noord", "Organisation", "", "welzijn|buurt", ""],
                ["Anne de Vries", "Person", "", "", ""],
                ["Omar Haddou", "Persoon", "", "", ""],
                ["Buurthuis De Schans", "Organization", "", "", ""]]:
        elements.append(row)
    sheet = book.create_sheet("Connections")
    for row in [["From", "To", "Type"], *connections]:
        sheet.append(row)
    book.save(path)
    return path


def nodes(graph: Graph, label: str) -> dict[str, dict]:
    return {n["props"]["id"]: n["props"] for n in dump(graph)["nodes"] if label in n["labels"]}


def rels(graph: Graph, kind: str) -> list[tuple[str, str, dict]]:
    return [(r["start"], r["end"], r["props"]) for r in dump(graph)["relationships"] if r["type"] == kind]


def test_kumu_elements_and_connections_become_organisations_people_and_ties(
        graph: Graph, tmp_path: Path) -> None:
    path = kumu_workbook(tmp_path / "kumu.xlsx", [
        ["Anne de Vries", "Taalcafé Spangen", "vrijwilliger"], ["Omar Haddou", "Welzijn Noord", ""],
        ["Anne de Vries", "Omar Haddou", "project"], ["Taalcafé Spangen", "Welzijn Noord", "convenant"]])
    result = ingest(graph, [path])
    assert result.ok, [str(e) for e in result.problems.errors]
    orgs = nodes(graph, "Organisation")
    assert orgs["taalcafe-spangen"]["kind"] == "taalcafe"
    assert orgs["taalcafe-spangen"]["area"] == "BU05990323"
    assert orgs["welzijn-noord"]["kind"] == "welzijn"  # from its tags
    assert orgs["buurthuis-de-schans"]["kind"] == "overig"  # a bare "Organization"
    people = {p["name"]: i for i, p in nodes(graph, "Person").items()}
    assert set(people) == {"Anne de Vries", "Omar Haddou"}
    anne, omar = people["Anne de Vries"], people["Omar Haddou"]
    assert not any(word in i for i in (anne, omar) for word in ("anne", "vries", "omar", "haddou")), \
        "a person's id is not made from their name"
    assert sorted((a, b, p["role"]) for a, b, p in rels(graph, "AFFILIATED_WITH")) == sorted([
        (anne, "taalcafe-spangen", "volunteer"), (omar, "welzijn-noord", "staff")])
    assert [(a, b, p["context"]) for a, b, p in rels(graph, "KNOWS")] in (
        [(anne, omar, "project")], [(omar, anne, "project")])
    assert [p["kind"] for _, _, p in rels(graph, "PARTNERS_WITH")] == ["convenant"]
    assert ingest(graph, [path]).ok and set(nodes(graph, "Person")) == {anne, omar}, "stable ids"


def test_kumu_connection_to_an_unknown_element_is_located(graph: Graph, tmp_path: Path) -> None:
    path = kumu_workbook(tmp_path / "kumu.xlsx", [["Anne de Vries", "Nergens", ""]])
    result = ingest(graph, [path])
    assert [str(e) for e in result.problems.errors] == [
        'kumu.xlsx:Connections:2:To: onbekend element "Nergens": geen Label (of ID) in Elements']
    english = ingest(graph, [path], lang="en")
    assert [str(e) for e in english.problems.errors] == [
        'kumu.xlsx:Connections:2:To: unknown element "Nergens": not a Label (or ID) in Elements']


HSDS = {
    "organization": "id,name,description,email,url\n"
                    "hs1,Taalhuis Noord,Taallessen,info@th.nl,https://th.nl\nhs2,Juridisch Loket,,,\n",
    "service": "id,organization_id,name\ns1,hs1,Taal\ns2,hs1,Maatje / mentor\ns3,hs2,Juridisch advies\n",
    "location": "id,organization_id,name\nl1,hs1,Vestiging Noord\n",
    "physical_address": "id,location_id,address_1,postal_code,city\na1,l1,Bergweg 1,3036 BA,Rotterdam\n",
    "service_area": "id,service_id,service_area\nsa1,s1,Noord\nsa2,s2,Oude Noorden\n",
    "language": "id,service_id,location_id,language\nla1,s1,,nl\nla2,,l1,Arabisch\n",
    "service_capacity": "id,service_id,maximum\nc1,s1,20\nc2,s2,5\n",
}


def write_hsds(folder: Path, **overrides: str) -> list[Path]:
    paths = []
    for name, text in (HSDS | overrides).items():
        (folder / f"{name}.csv").write_text(text)
        paths.append(folder / f"{name}.csv")
    return paths


def test_hsds_tables_merge_into_organisations(graph: Graph, tmp_path: Path) -> None:
    result = ingest(graph, write_hsds(tmp_path))
    assert result.ok, [str(e) for e in result.problems.errors]
    org = nodes(graph, "Organisation")["hs1"]
    assert (org["kind"], org["website"], org["address"], org["postcode"]) == (
        "overig", "https://th.nl", "Bergweg 1", "3036 BA")
    assert org["services"] == ["taal", "maatje"]
    assert org["languages"] == ["nl", "ar"]
    assert org["serves_areas"] == ["WK059905", "BU05990535"]
    assert org["capacity"] == 25
    assert nodes(graph, "Organisation")["hs2"]["services"] == ["juridisch"]


def test_hsds_errors_point_at_the_organization_row(graph: Graph, tmp_path: Path) -> None:
    bad = HSDS["service_capacity"].replace("c2,s2,5", "c2,s2,veel")
    result = ingest(graph, write_hsds(tmp_path, service_capacity=bad))
    assert [(e.file, e.sheet, e.row, e.column) for e in result.problems.errors] == [
        ("organization.csv", "organization", 2, "service_capacity.csv")]
