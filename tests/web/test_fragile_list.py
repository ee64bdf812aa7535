"""The fragile-links list to act on: filters by gebied/wijk/organisation/kind (page and API), sort,
pages, downloads, one carrier per link, viewers' pseudonyms, what-if by name, introductions without
reversed pairs."""

from __future__ import annotations

import io
import re
from collections import Counter
from collections.abc import Callable

import pytest
from fastapi.testclient import TestClient
from openpyxl import load_workbook

from graph.model import Dataset
from tests.web.conftest import AS_OF

P = {"as_of": AS_OF.isoformat()}
ClientAs = Callable[[str | None], TestClient]


def _gebied_of(demo_data: Dataset) -> dict[str, str]:
    """Return org id -> gebied code, worked out from the demo's own rows (wijk -> parent gebied)."""
    parent = {a.code: a.parent for a in demo_data.areas}
    level = {a.code: a.level for a in demo_data.areas}
    out = {}
    for o in demo_data.organisations:
        code = getattr(o, "area", None)
        if code:
            out[o.id] = code if level.get(code) == "gebied" else parent.get(code)
    return out


@pytest.fixture(scope="module")
def charlois(demo_data: Dataset) -> tuple[str, str]:
    """The (code, name) of the demo's gebied Charlois."""
    area = next(a for a in demo_data.areas if a.name == "Charlois" and a.level == "gebied")
    return area.code, area.name


def test_area_filter_returns_only_what_touches_the_gebied(
        client: TestClient, fragility: dict, demo_data: Dataset, charlois: tuple[str, str]) -> None:
    code, name = charlois
    gebied = _gebied_of(demo_data)
    by_name = client.get("/api/fragility", params={**P, "area": name}).json()
    expected = [k for k in fragility["fragile_links"] if code in (gebied.get(k["a"]), gebied.get(k["b"]))]
    assert 0 < by_name["fragile"]["total"] == len(expected) < len(fragility["fragile_links"])
    assert all(code in (gebied.get(k["a"]), gebied.get(k["b"])) for k in by_name["links"])
    assert len(by_name["links"]) < len(fragility["links"])
    by_code = client.get("/api/fragility", params={**P, "area": code.lower()}).json()
    assert by_code["fragile"] == by_name["fragile"]
    upper = client.get("/api/fragility", params={**P, "gebied": name.upper()}).json()
    assert upper["fragile"] == by_name["fragile"]


def test_organisation_and_kind_filters(client: TestClient, fragility: dict, demo_data: Dataset) -> None:
    link = fragility["fragile_links"][0]
    org = next(o for o in demo_data.organisations if o.id == link["a"])
    doc = client.get("/api/fragility", params={**P, "organisation": org.name.lower()}).json()
    mine = [k for k in fragility["fragile_links"] if org.id in (k["a"], k["b"])]
    assert doc["fragile"]["total"] == len(mine)
    assert all(org.id in (k["a"], k["b"]) for k in doc["fragile_links"])
    kinds = {o.id: o.kind for o in demo_data.organisations}
    kind = client.get("/api/fragility", params={**P, "kind": org.kind}).json()
    assert kind["fragile"]["total"] == sum(1 for k in fragility["fragile_links"]
                                           if org.kind in (kinds[k["a"]], kinds[k["b"]]))


def test_sorted_by_risk_then_by_name_and_paged(client: TestClient, fragility: dict) -> None:
    first = client.get("/api/fragility", params=P).json()["fragile"]
    total = len(fragility["fragile_links"])
    assert first["total"] == total and first["per_page"] == 50 and first["pages"] == -(-total // 50)
    risks = [k["loss_probability"] for k in first["items"]]
    assert risks == sorted(risks, reverse=True) and len(risks) == min(50, total)
    second = client.get("/api/fragility", params={**P, "page": 2}).json()["fragile"]
    assert second["page"] == 2 and {(k["a"], k["b"]) for k in second["items"]}.isdisjoint(
        {(k["a"], k["b"]) for k in first["items"]})
    by_name = client.get("/api/fragility", params={**P, "sort": "name"}).json()["fragile"]["items"]
    keys = [(k["org_a"]["name"].casefold(), k["org_b"]["name"].casefold()) for k in by_name]
    assert keys == sorted(keys)


@pytest.mark.parametrize("params", [{"area": "Atlantis"}, {"gebied": "Kralingen"}, {"wijk": "Charlois"},
                                    {"organisation": "Niemand BV"}, {"kind": "ruimtevaart"},
                                    {"sort": "kleur"}, {"page": 0}])
def test_bad_filter_values_are_refused_clearly(client: TestClient, params: dict) -> None:
    api = client.get("/api/fragility", params={**P, **params})
    assert api.status_code == 422, params
    page = client.get("/fragility", params={**P, **params}, headers={"Accept": "text/html"})
    assert page.status_code == 422 and "Er ging iets mis" not in page.text
    assert "text/html" in page.headers["content-type"]
    assert re.search(r"Onbekend|Geen organisatie|Sorteer|ongeldig|Ongeldig|waarde", page.text), params
    assert params.get("area", "§") not in page.text  # what was typed does not come back


def test_downloads_hold_the_filtered_list_for_dutch_excel(client: TestClient,
                                                          charlois: tuple[str, str]) -> None:
    total = client.get("/api/fragility", params={**P, "area": charlois[1]}).json()["fragile"]["total"]
    csv = client.get("/api/fragility.csv", params={**P, "area": charlois[1]})
    assert csv.status_code == 200 and csv.headers["content-type"].startswith("text/csv")
    text = csv.content.decode("utf-8")
    assert text.startswith("\ufeff")
    lines = text.lstrip("\ufeff").splitlines()
    assert lines[0].split(";")[:3] == ["organisatie", "andere organisatie", "gebied organisatie"]
    assert len(lines) == total + 1
    assert re.search(r";0,\d+;", text)  # the risk with a decimal comma
    xlsx = client.get("/api/fragility.xlsx", params={**P, "area": charlois[1]})
    book = load_workbook(io.BytesIO(xlsx.content))
    rows = list(book.active.iter_rows(values_only=True))
    assert len(rows) == total + 1 and isinstance(rows[1][7], float)
    assert client.get("/api/fragility.csv", params={**P, "area": "Atlantis"}).status_code == 422


def test_each_fragile_link_shows_its_carrier_and_a_what_if_link(client: TestClient, fragility: dict) -> None:
    page = client.get("/fragility", params=P)
    assert page.status_code == 200 and 'id="fragile-links"' in page.text
    assert "↔" not in page.text.split('id="fragile-links"')[1].split("</table>")[0]
    item = client.get("/api/fragility", params=P).json()["fragile"]["items"][0]
    # One person, or the two of a pair; never more.
    assert 1 <= len(item["carriers"]) <= 2
    assert (len(item["carriers"]) == 2) == (item["carrier_kind"] == "pair")
    assert f"what_if={item['carriers'][0]['id']}" in page.text
    assert item["carriers"][0]["name"] in page.text


def test_viewers_see_carriers_only_as_pseudonyms(client_as: ClientAs, client: TestClient) -> None:
    item = client.get("/api/fragility", params=P).json()["fragile"]["items"][0]
    name = item["carriers"][0]["name"]
    viewer = client_as("viewer")
    page = viewer.get("/fragility", params=P)
    assert page.status_code == 200 and "fragile-links" in page.text and name not in page.text
    assert "persoon " in page.text
    assert name not in viewer.get("/api/fragility.csv", params=P).content.decode("utf-8")
    refused = viewer.get("/api/fragility", params={**P, "what_if": name})
    assert refused.status_code == 400 and "kijker" in refused.json()["detail"]


def test_a_viewer_follows_a_what_if_link_by_pseudonym(client_as: ClientAs, client: TestClient) -> None:
    carrier = client.get("/api/fragility", params=P).json()["fragile"]["items"][0]["carriers"][0]
    viewer = client_as("viewer")
    page = viewer.get("/fragility", params=P).text
    links = re.findall(r'class="what-if-link" href="/fragility\?as_of=[^&]+&amp;what_if=([^"#]+)#', page)
    assert links and all(link.startswith("persoon ") for link in links)  # pseudonyms, not ids
    answer = viewer.get("/fragility", params={**P, "what_if": links[0]})
    assert answer.status_code == 200 and 'id="what-if-heading"' in answer.text
    assert carrier["name"] not in answer.text and carrier["id"] not in answer.text
    doc = viewer.get("/api/fragility", params={**P, "what_if": links[0]}).json()
    assert doc["what_if"]["people"] == [links[0]]  # the id stays hidden
    assert doc["what_if"]["links_broken"]


def test_what_if_takes_a_name_in_any_case(client_as: ClientAs, fragility: dict, demo_data: Dataset) -> None:
    counts = Counter(p.name for p in demo_data.people)
    person = next(r for r in fragility["people"] if r["links_broken"] > 0
                  and counts[next(p.name for p in demo_data.people if p.id == r["id"])] == 1)
    name = next(p.name for p in demo_data.people if p.id == person["id"])
    doc = client_as("coordinator").get("/api/fragility", params={**P, "what_if": name.upper()}).json()
    assert doc["what_if"]["people"] == [person["id"]]
    assert len(doc["what_if"]["links_broken"]) == person["links_broken"]


def test_an_ambiguous_name_offers_a_choice(client_as: ClientAs, demo_data: Dataset) -> None:
    twice = [n for n, c in Counter(p.name for p in demo_data.people).items() if c > 1]
    assert twice, "the demo has people who share a name"
    ids = {p.id for p in demo_data.people if p.name == twice[0]}
    coordinator = client_as("coordinator")
    assert coordinator.get("/api/fragility", params={**P, "what_if": twice[0]}).status_code == 422
    page = coordinator.get("/fragility", params={**P, "what_if": twice[0].lower()})
    assert page.status_code == 200 and 'id="what-if-choices"' in page.text
    assert all(f"what_if={i}" in page.text for i in ids)
    nobody = coordinator.get("/fragility", params={**P, "what_if": "Zzyzx Qwerty"})
    assert nobody.status_code == 400 and "Niemand gevonden" in nobody.text


def test_introductions_without_reversed_pairs_grouped_with_plain_reasons(client: TestClient) -> None:
    doc = client.get("/api/introductions", params=P).json()
    pairs = [(frozenset((r["organisation"], r["partner"])), frozenset((r["person"], r["other_person"])))
             for r in doc["second_contacts"]]
    assert len(pairs) == len(set(pairs)) > 0
    rows = [*doc["introductions"], *doc["second_contacts"], *doc["link_suggestions"]]
    assert all(r["plain"] and not re.search(r"org-\d+|p-\d+", r["plain"]) for r in rows)
    names = doc["names"]["organisations"]
    assert names[doc["second_contacts"][0]["organisation"]] in doc["second_contacts"][0]["plain"]
    listed = sum(len(g["introductions"]) for g in doc["gebieden"])
    assert doc["gebieden"] and listed >= len(doc["introductions"])
    page = client.get("/introductions", params=P)
    shown = re.sub(r"<[^>]+>", " ", page.text.split("<main")[1])  # the text people read, not the links
    assert page.status_code == 200 and "org-0" not in shown and "reason" in page.text
    connecting = client.get("/api/connecting", params=P).json()["gebieden"]
    for group in connecting:
        seen = [(frozenset((i["a"], i["b"])), frozenset((i["person"], i["other_person"])))
                for i in group["second_contacts"]]
        assert len(seen) == len(set(seen))
        assert all(not re.search(r"org-\d+", i["plain"]) for k in ("introductions", "link_suggestions")
                   for i in group[k])


def test_overview_figures_link_to_their_lists(client: TestClient) -> None:
    page = client.get("/", params=P).text
    assert f'href="/fragility?as_of={AS_OF.isoformat()}#fragile"' in page
    assert 'id="card-key-people"' in page and 'id="card-uncarried"' in page
