"""The referral finder: ranking and reasons on the hand-worked world, and input that is not understood."""

from __future__ import annotations

import datetime as dt

import pytest

from analysis.areas_index import area_index
from analysis.finder_input import normalise, resolve_area, resolve_language, resolve_need
from analysis.referral_finder import rank, results_json
from graph.admin import content_hash
from graph.driver import Graph
from graph.errors import InvalidInputError
from graph.referrals import read_acceptance, record_referral
from graph.upserts import WriteContext, upsert_dataset
from netwerkkaart.documents import commission
from tests.analysis import commission_data as w

ACCEPTANCE = {"O1": (1, 4), "O3": (1, 1)}


def _find(**query: object) -> list[dict]:
    index = area_index(w.areas())
    area = resolve_area(str(query.pop("area")), index) if "area" in query else None
    return results_json(rank(w.org_infos(), index, ACCEPTANCE, area=area, **query))


def test_ranking_for_a_wijk_with_reasons() -> None:
    results = _find(need="taal", language="ar", area="tarwewijk")
    # O1 3 + 2 + (1 − 2·2/10) + 1/4 = 5.85; O3 1 + 2 + 1 + 1 = 5; O2 2 + 0 + 1 + 0 = 3; O4 serves Delfshaven.
    assert [(r["organisation"], r["score"]) for r in results] == [("O1", 5.85), ("O3", 5.0), ("O2", 3.0)]
    assert results[0]["reasons"] == [
        "offers language", "serves wijk Tarwewijk", "speaks Arabic", "waitlist of 2 (capacity 10)",
        "accepts 25 % of referrals (1 of 4 decided)"]
    assert results[1]["reasons"][1:] == [
        "works city-wide", "speaks Arabic", "has room (capacity 30, no waitlist)",
        "accepts 100 % of referrals (1 of 1 decided)"]
    assert results[2]["reasons"][1:4] == ["serves gebied Charlois", "does not list Arabic",
                                          "has room (capacity 20, no waitlist)"]


def test_ranking_for_a_gebied() -> None:
    results = _find(need="taal", area="WK059915")
    # O2 serves the gebied 3 + 1 = 4; O3 city-wide 1 + 1 + 1 = 3; O1 serves 1 of its 2 wijken 2 + 0.6 + 0.25.
    assert [(r["organisation"], r["score"]) for r in results] == [("O2", 4.0), ("O3", 3.0), ("O1", 2.85)]
    assert results[2]["reasons"][1] == "serves 1 of the 2 wijken of Charlois"


def test_volunteer_mode_puts_roles_for_non_dutch_speakers_first() -> None:
    results = _find(need="vrijwilligerswerk", language="ti", area="Tarwewijk")
    assert [r["organisation"] for r in results] == ["O5"]
    assert results[0]["reasons"][:3] == ["has volunteer roles open to non-Dutch speakers",
                                         "serves wijk Tarwewijk", "speaks Tigrinya"]
    assert _find(need="werk", area=w.W1, volunteer=True)[0]["score"] == 9.0


def test_reasons_in_dutch() -> None:
    index = area_index(w.areas())
    m = rank(w.org_infos(), index, ACCEPTANCE, need="taal", area=resolve_area("Tarwewijk", index))
    assert results_json(m, "nl")[0]["reasons"][:2] == ["biedt taal", "werkt in wijk Tarwewijk"]


def test_input_is_case_and_accent_insensitive() -> None:
    index = area_index(w.areas())
    assert normalise("  Café-Noord ") == "cafe noord"
    assert resolve_need("Maatje/Mentor") == "maatje" and resolve_need("WERK EN INKOMEN") == "werk"
    assert resolve_language("Arabisch", []) == "ar" and resolve_language("TI", ["ti"]) == "ti"
    assert resolve_area("bospolder", index).code == w.W3 and resolve_area("wk059915", index).level == "gebied"


@pytest.mark.parametrize("call, message", [
    (lambda i: resolve_need("taall"), "Did you mean: taal"),
    (lambda i: resolve_language("arabsich", []), "arabisch"),
    (lambda i: resolve_area("Tarwewyk", i), "tarwewijk"),
    (lambda i: resolve_area("3083 AB", i), "looks like a postcode"),
    (lambda i: resolve_area("Atlantis", i), "unknown area 'Atlantis'"),
])
def test_unknown_input_suggests(call: object, message: str) -> None:
    with pytest.raises(InvalidInputError, match=message):
        call(area_index(w.areas()))


def test_ambiguous_name_means_the_wijk(graph: Graph) -> None:
    doc = commission.refer(graph, need="taal", area="delfshaven")
    assert doc["query"]["area"] == "BU05990320" and "WK059903" in doc["query"]["note"]


def test_finder_through_neo4j_and_recording(graph: Graph) -> None:
    upsert_dataset(graph, w.dataset(), WriteContext("test", "t", dt.datetime.now(dt.UTC)))
    assert read_acceptance(graph, until=w.AS_OF)["O1"] == (1, 4)
    doc = commission.refer(graph, need="taal", language="ar", area="Tarwewijk", as_of=w.AS_OF)
    assert [r["organisation"] for r in doc["results"]] == ["O1", "O3", "O2"]
    ref = record_referral(graph, "X", "O3", "taal", w.W1, "ar", day=w.AS_OF + dt.timedelta(days=1))
    assert read_acceptance(graph, until=w.AS_OF + dt.timedelta(days=1))["O3"] == (1, 1)  # sent: undecided
    before = content_hash(graph)
    assert record_referral(graph, "X", "O3", "taal", w.W1, "ar", day=w.AS_OF + dt.timedelta(days=1)) == ref
    assert content_hash(graph) == before  # the same referral on the same day is an upsert
    with pytest.raises(InvalidInputError, match=r"organisatie-id 'ghost'.*hulpvraag 'fietsen'"):
        record_referral(graph, "ghost", "O3", "fietsen", w.W1)
    assert content_hash(graph) == before
