"""The Verwijswijzer reads what coordinators type: everyday need words, languages by name, areas by name."""

from __future__ import annotations

import pytest

from analysis.areas_index import area_index
from analysis.finder_input import (
    UnknownValueError,
    resolve_area,
    resolve_language,
    resolve_need,
    resolve_organisation,
)
from analysis.refer_words import NEED_WORDS, language_name, need_choices
from graph.model import SUPPORT_TYPES
from tests.analysis import commission_data as w


def test_every_everyday_word_means_a_need_of_the_data_model() -> None:
    assert set(NEED_WORDS.values()) <= set(SUPPORT_TYPES)
    assert {resolve_need(word) for word in NEED_WORDS} == set(NEED_WORDS.values())


@pytest.mark.parametrize(("typed", "need"), [
    ("taalmaatje", "taal"), ("Taalles", "taal"), ("taalcafé", "taal"), ("maatje", "maatje"),
    ("Buddy", "maatje"), ("huiswerkhulp", "onderwijs"), ("sollicitatie", "werk"),
    ("formulieren", "administratie"), ("inburgeren", "inburgering"), ("Maatje/Mentor", "maatje"),
    ("werk en inkomen", "werk"), ("gezin", "gezin"),
])
def test_everyday_words_codes_and_labels_resolve_to_the_need(typed: str, need: str) -> None:
    assert resolve_need(typed) == need


def test_the_need_field_proposes_every_need_and_everyday_words_that_resolve_to_what_they_say() -> None:
    choices = need_choices("nl")
    assert {value for value, _ in choices} >= set(SUPPORT_TYPES.values())
    for value, label in choices:
        assert label == need_choices("nl")[list(SUPPORT_TYPES).index(resolve_need(value))][1], value


@pytest.mark.parametrize("typed", ["Arabisch", "arabic", "ARABIC", "ar", " Ar "])
def test_a_language_by_dutch_name_english_name_or_code(typed: str) -> None:
    assert resolve_language(typed, ["ar", "nl"]) == "ar"


def test_languages_in_the_data_are_known_by_their_cldr_names() -> None:
    # Amharic is not in the finder's short list: its names come from the locale data.
    assert resolve_language("Amhaars", ["am"]) == "am" and resolve_language("Amharic", ["am"]) == "am"
    assert language_name("ar", "nl") == "Arabisch" and language_name("ar", "en") == "Arabic"
    assert language_name("ti", "nl") == "Tigrinya" and language_name("zz", "nl") == "zz"


def test_areas_by_name_or_code_in_any_case() -> None:
    index = area_index(w.areas())
    assert resolve_area("CHARLOIS", index).code == w.G1 and resolve_area("charlois", index).level == "gebied"
    assert resolve_area("tarwewijk", index).code == w.W1 and resolve_area(w.W1.lower(), index).code == w.W1


@pytest.mark.parametrize(("call", "field", "message", "suggestion"), [
    (lambda i: resolve_need("taalmatje", "nl"), "need", "Hulpvraag: 'taalmatje' kennen we niet.",
     "taalmaatje"),
    (lambda i: resolve_language("Arabish", ["ar"], "nl"), "language", "Taal: 'Arabish' kennen we niet.",
     "arabisch"),
    (lambda i: resolve_area("Charlos", i, "nl"), "area", "Wijk of gebied: 'Charlos' is geen wijk",
     "charlois"),
])
def test_an_unknown_value_says_in_dutch_which_field_and_what_was_meant(call: object, field: str, message: str,
                                                                       suggestion: str) -> None:
    with pytest.raises(UnknownValueError) as caught:
        call(area_index(w.areas()))
    assert caught.value.field == field and str(caught.value).startswith(message)
    assert suggestion in caught.value.suggestions and f"Bedoelt u: {suggestion}" in str(caught.value)


def test_an_organisation_by_id_or_by_its_one_name() -> None:
    names = {"O1": "Taalhuis Tarwewijk", "O2": "Maatjes Charlois", "O3": "Maatjes Charlois"}
    assert resolve_organisation("O1", names) == "O1"
    assert resolve_organisation("taalhuis  tarwewijk", names) == "O1"
    with pytest.raises(UnknownValueError, match="O2, O3"):
        resolve_organisation("Maatjes Charlois", names, "nl")
    with pytest.raises(UnknownValueError, match="Bedoelt u: taalhuis tarwewijk"):
        resolve_organisation("Taalhuis Tarwewyk", names, "nl")
