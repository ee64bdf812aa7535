"""Cell values as Dutch and English users type them."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ingest.values import (
    neutralise,
    parse_bool,
    parse_count,
    parse_date,
    parse_int,
    parse_period,
    split_list,
    unescape,
)


@pytest.mark.parametrize(("text", "day"), [("2025-03-01", dt.date(2025, 3, 1)),
                                          ("01-03-2025", dt.date(2025, 3, 1)),
                                          ("1-3-2025", dt.date(2025, 3, 1)),
                                          ("2025-03-01 00:00:00", dt.date(2025, 3, 1))])
def test_dates_iso_and_dutch(text: str, day: dt.date) -> None:
    assert parse_date(text) == day


@pytest.mark.parametrize("text", ["31-02-2025", "2025-02-30", "03/01/25", "maart"])
def test_impossible_or_unreadable_dates_fail(text: str) -> None:
    with pytest.raises(ValueError, match="is not a date"):
        parse_date(text)


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
    with pytest.raises(ValueError, match="whole"):
        parse_int("12,5")
    with pytest.raises(ValueError, match="negative"):
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
