"""Language cells: ISO 639-1/-2/-3 codes and names in English and Dutch, as publishers write them."""

from __future__ import annotations

import pytest

from ingest.vocabulary import language_code


@pytest.mark.parametrize(("text", "code"), [
    ("nl", "nl"), ("AR", "ar"), ("ara", "ar"), ("heb", "he"), ("tir", "ti"),
    ("Hebrew", "he"), ("Italian", "it"), ("Japanese", "ja"), ("Mandarin", "zh"), ("Yiddish", "yi"),
    ("Haitian Creole", "ht"), ("Arabisch", "ar"), ("Oekraïens", "uk"), ("Nederlands", "nl"),
    ("Tigrinya", "ti"), ("Berber", "ber"),
])
def test_codes_and_names_map_to_iso_codes(text: str, code: str) -> None:
    assert language_code(text) == code


@pytest.mark.parametrize("text", ["language line available", "xq", "zzz", "12"])
def test_what_is_no_language_is_refused_with_what_to_write(text: str) -> None:
    with pytest.raises(ValueError, match="is geen bekende taal: schrijf de naam"):
        language_code(text)
