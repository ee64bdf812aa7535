"""Cell values as Dutch and English users type them."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ingest.values import (
    BadValue,
    neutralise,
    parse_bool,
    parse_count,
    parse_date,
    parse_int,
    parse_period,
    split_list,
    unescape,
)
from ingest.vocabulary import CONTEXTS, KINDS, LEVELS, NEEDS, ROLE_WORDS, STATUSES, Vocabulary


@pytest.mark.parametrize(("text", "day"), [("2025-03-01", dt.date(2025, 3, 1)),
                                          ("01-03-2025", dt.date(2025, 3, 1)),
                                          ("1-3-2025", dt.date(2025, 3, 1)),
                                          ("2025-03-01 00:00:00", dt.date(2025, 3, 1))])
def test_dates_iso_and_dutch(text: str, day: dt.date) -> None:
    assert parse_date(text) == day


@pytest.mark.parametrize("text", ["31-02-2025", "2025-02-30", "03/01/25", "maart"])
def test_impossible_or_unreadable_dates_fail(text: str) -> None:
    with pytest.raises(ValueError, match="is geen datum"):
        parse_date(text)


def test_a_bad_value_is_said_in_dutch_by_default_and_in_any_language_asked() -> None:
    with pytest.raises(BadValue) as impossible:
        parse_date("31-02-2025")
    assert impossible.value.key == "ingest_no_such_day"
    assert str(impossible.value) == impossible.value.text("nl")
    assert str(impossible.value).startswith('"31-02-2025" is geen datum: die dag bestaat niet')
    assert impossible.value.text("en").startswith('"31-02-2025" is not a date: there is no such day')
    with pytest.raises(BadValue) as unreadable:
        parse_date("maart")
    assert str(unreadable.value) == '"maart" is geen datum: schrijf 2025-03-01 of 01-03-2025'


def test_a_bad_value_within_a_message_is_said_in_the_same_language() -> None:
    inner = BadValue("ingest_not_a_number", value='"veel"')
    outer = BadValue("ingest_kept_as_text", problem=inner)
    assert outer.text("nl") == '"veel" is geen getal; bewaard als tekst'
    assert outer.text("en") == '"veel" is not a number; kept as text'


def test_periods_are_canonical() -> None:
    assert parse_period("2025-q1") == "2025-Q1"
    assert parse_period("2025-3") == "2025-03"
    for bad in ("2025-13", "2025-Q5", "Q1 2025"):
        with pytest.raises(ValueError):
            parse_period(bad)


def test_numbers_with_decimal_comma_and_thousands() -> None:
    assert parse_int("12,0") == 12
    assert parse_int("1.234") == 1234
    assert parse_count("0") == 0
    with pytest.raises(ValueError, match="geen heel getal"):
        parse_int("12,5")
    with pytest.raises(ValueError, match="is negatief: een aantal is 0 of meer"):
        parse_count("-1")


def test_booleans_in_dutch_and_english() -> None:
    assert [parse_bool(t) for t in ("ja", "Nee", "YES", "false", "1", "0")] == [
        True, False, True, False, True, False]


def test_lists_split_on_semicolon_or_comma() -> None:
    assert split_list(" nl; ar , ti;;nl") == ("nl", "ar", "ti")


@given(st.text(max_size=12))
def test_neutralised_cells_come_back_unchanged(text: str) -> None:
    safe = neutralise(text)
    assert not safe.startswith(("=", "+", "-", "@"))
    assert unescape(safe) == text


def test_real_names_with_apostrophes_are_left_alone() -> None:
    assert neutralise("'s-Gravenland") == "'s-Gravenland"
    assert unescape("'s-Gravenland") == "'s-Gravenland"
    assert neutralise("-") == "'-" and unescape("'-") == "-"
    assert neutralise("+31 10 123") == "'+31 10 123"


@pytest.mark.parametrize("vocabulary", [KINDS, ROLE_WORDS, CONTEXTS, STATUSES, LEVELS, NEEDS],
                         ids=lambda v: v.what)
def test_every_choice_a_message_offers_is_read_back_as_its_code(vocabulary: Vocabulary) -> None:
    for lang in ("nl", "en"):
        offered = vocabulary.choices(lang).split(", ")
        assert len(offered) == len(set(offered)) == len(vocabulary.codes)
        assert [vocabulary.lookup(name) for name in offered] == list(vocabulary.codes)
        with pytest.raises(BadValue) as unknown:
            vocabulary.lookup("vliegtuig")
        assert unknown.value.text(lang).endswith(vocabulary.choices(lang))


def test_kinds_are_offered_by_their_dutch_names_and_codes_still_read() -> None:
    assert KINDS.choices("nl").startswith("taalcafé, maatjesproject, vrijwilligerscentrale")
    assert ROLE_WORDS.choices("nl") == "medewerker, coördinator, vrijwilliger, bestuurslid"
    assert [KINDS.lookup("taalcafe"), ROLE_WORDS.lookup("volunteer"), STATUSES.lookup("no_capacity")] == [
        "taalcafe", "volunteer", "no_capacity"]
    typed = [STATUSES.lookup("Geen plek"), CONTEXTS.lookup("via een project"), NEEDS.lookup("Maatje/mentor")]
    assert typed == ["no_capacity", "project", "maatje"]
