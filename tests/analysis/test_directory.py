"""The directory's matching: filters typed as people type them, areas by name, search words, room.

A small hand-made city: gebied G1 (wijken W1, W2) and gebied "Delfshaven" that holds a wijk of the
same name (W3), as the real Delfshaven does.
"""

from __future__ import annotations

import dataclasses

import pytest

from analysis.areas_index import area_index
from analysis.directory import (
    DirectoryFilter,
    UnknownValueError,
    has_room,
    haystack,
    resolve_area,
    resolve_kind,
    resolve_language,
    resolve_need,
    search,
)
from graph.rows import AreaRow, DirectoryEntry

INDEX = area_index([
    AreaRow("G1", "Charlois", "gebied"), AreaRow("W1", "Tarwewijk", "wijk", "G1"),
    AreaRow("W2", "Zuidwijk", "wijk", "G1"), AreaRow("G2", "Delfshaven", "gebied"),
    AreaRow("W3", "Delfshaven", "wijk", "G2")])
BLANK = DirectoryEntry(id="", name="", kind="overig", address=None, postcode=None, phone=None, email=None,
                       website=None, services=(), languages=(), capacity=None, waitlist=None, area=None,
                       gebied=None, serves_areas=())


def entry(id_: str, name: str, **fields: object) -> DirectoryEntry:
    return dataclasses.replace(BLANK, id=id_, name=name, **fields)


ENTRIES = [
    entry("a", "Taalcafé Tarwewijk", kind="taalcafe", services=("taal",), languages=("nl", "ar"),
          area="W1", gebied="G1", capacity=20, waitlist=0),
    entry("b", "Buurthuis Zuid", kind="welzijn", services=("sociaal", "maatje"), languages=("nl",),
          area="W2", gebied="G1", capacity=10, waitlist=4),
    entry("c", "Maatjes Delfshaven", kind="maatjesproject", services=("maatje",), languages=("ti", "nl"),
          area="W3", gebied="G2", serves_areas=("G1",)),
    entry("d", "Stadsbreed Loket", kind="gemeente", services=("administratie",), languages=("en",)),
]


def found(**wanted: object) -> list[str]:
    pairs = [(e, haystack(e, INDEX)) for e in ENTRIES]
    return [e.id for e in search(pairs, DirectoryFilter(**wanted), INDEX)]


@pytest.mark.parametrize(("typed", "code"), [("taal", "taal"), ("Maatje/mentor", "maatje"),
                                              ("buddy/mentor", "maatje"), ("WERK EN INKOMEN", "werk")])
def test_a_need_is_read_by_code_or_dutch_or_english_name(typed: str, code: str) -> None:
    assert resolve_need(typed, "nl") == code


@pytest.mark.parametrize(("typed", "code"), [("welzijn", "welzijn"), ("Welzijnsorganisatie", "welzijn"),
                                              ("Language café", "taalcafe"), ("taalcafe", "taalcafe")])
def test_a_kind_is_read_by_code_or_display_name(typed: str, code: str) -> None:
    assert resolve_kind(typed, "en") == code


@pytest.mark.parametrize(("typed", "code"), [("Arabisch", "ar"), ("arabic", "ar"), ("AR", "ar"),
                                              ("Tigrinya", "ti"), ("Oekraïens", "uk")])
def test_a_language_is_read_by_code_or_dutch_or_english_name(typed: str, code: str) -> None:
    assert resolve_language(typed, ["ar", "ti", "nl"], "nl") == code


def test_an_area_is_read_by_name_or_code_and_a_shared_name_means_the_gebied() -> None:
    assert resolve_area("tarwewijk", INDEX, "nl") == "W1"
    assert resolve_area("g1", INDEX, "nl") == "G1"
    assert resolve_area("Delfshaven", INDEX, "nl") == "G2"  # the gebied holds the wijk of that name


@pytest.mark.parametrize(("resolve", "field"), [
    (lambda v: resolve_need(v, "nl"), "Hulpvraag"), (lambda v: resolve_kind(v, "nl"), "Soort"),
    (lambda v: resolve_language(v, ["ar"], "nl"), "Taal"),
    (lambda v: resolve_area(v, INDEX, "nl"), "Gebied")])
def test_an_unknown_value_is_a_422_in_dutch_that_does_not_repeat_the_input(resolve: object,
                                                                           field: str) -> None:
    with pytest.raises(UnknownValueError) as caught:
        resolve("Zz9 onzin <b>")  # type: ignore[operator]
    assert caught.value.http_status == 422
    assert str(caught.value).startswith(field) and "Zz9" not in str(caught.value)


def test_the_need_message_names_the_choices_in_the_users_language() -> None:
    with pytest.raises(UnknownValueError) as caught:
        resolve_need("x", "en")
    assert "Buddy/mentor" in str(caught.value) and str(caught.value).startswith("Need")


def test_filters_combine() -> None:
    assert found() == ["a", "b", "c", "d"]
    assert found(need="maatje") == ["b", "c"]
    assert found(need="maatje", language="ti") == ["c"]
    assert found(kind="welzijn") == ["b"]
    assert found(language="ar", need="maatje") == []


def test_room_means_places_and_an_empty_waiting_list() -> None:
    assert [e.id for e in ENTRIES if has_room(e)] == ["a"]  # b waits, c and d have no known capacity
    assert found(room=True) == ["a"]


def test_an_area_holds_who_is_located_there_or_serves_it_but_not_city_wide_organisations() -> None:
    assert found(area="G1") == ["a", "b", "c"]  # c is in Delfshaven but serves Charlois
    assert found(area="W1") == ["a", "c"]  # serving the gebied serves its wijken
    assert found(area="W3") == ["c"]
    assert "d" not in found(area="G2")


def test_search_words_look_in_name_services_languages_and_areas_in_both_languages() -> None:
    assert found(q="buurthuis") == ["b"]
    assert found(q="arabisch") == ["a"] and found(q="Arabic") == ["a"]
    assert found(q="tigrinya maatje") == ["c"]
    assert found(q="charlois") == ["a", "b", "c"]
    assert found(q="paperwork") == ["d"]
    assert found(q="taalcafe") == ["a"]  # without the accent


def test_names_that_start_with_the_search_come_first() -> None:
    assert found(q="maatje") == ["c", "b"]  # c's name starts with it; b only offers it
