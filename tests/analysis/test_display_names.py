"""Codes of the data are shown by their display names: roles, referral statuses, contexts, link kinds,
languages (one implementation), and count phrases that agree with their number (task `words`)."""

from __future__ import annotations

import pytest

from analysis import refer_words
from analysis.i18n import context_name, language_name, link_kind_name, role_name, status_name
from analysis.plain_reasons import suggestion_reason
from graph.model import CONTACT_CONTEXTS, REFERRAL_STATUSES, ROLES
from netwerkkaart.documents import matching_failures
from netwerkkaart.report.sections import language_name as report_language_name

NAMERS = [(role_name, ROLES), (status_name, REFERRAL_STATUSES), (context_name, CONTACT_CONTEXTS),
          (link_kind_name, ("partnership", "referral"))]


@pytest.mark.parametrize(("name_of", "codes"), NAMERS)
def test_every_code_of_the_data_model_has_a_dutch_and_an_english_name(name_of, codes) -> None:
    for code in codes:
        dutch, english = name_of(code, "nl"), name_of(code, "en")
        assert dutch and english and dutch != code, code  # the codes are English words
        assert "_" not in dutch and "_" not in english


def test_names_read_as_a_coordinator_says_them() -> None:
    assert role_name("volunteer", "nl") == "vrijwilliger" and role_name("staff", "nl") == "medewerker"
    assert status_name("accepted", "nl") == "aangenomen" and status_name("no_capacity", "nl") == "geen plek"
    assert context_name("informal", "nl") == "informeel"
    assert link_kind_name("partnership:convenant", "nl") == "samenwerking (convenant)"


def test_an_unknown_or_missing_code_shows_as_itself_or_a_dash() -> None:
    assert role_name("astronaut", "nl") == "astronaut" and status_name(None, "nl") == "–"


def test_languages_are_named_in_one_place() -> None:
    assert refer_words.language_name is language_name is matching_failures.language_name
    assert language_name("ar", "nl") == "Arabisch" and language_name("ar", "en") == "Arabic"
    assert report_language_name("uk") == language_name("uk", "nl") == "Oekraïens"
    assert language_name("zz", "nl") == "zz"


@pytest.mark.parametrize(("n", "phrase"), [(1, "1 verwijzing in"), (4, "4 verwijzingen in")])
def test_a_count_phrase_agrees_with_its_number(n: int, phrase: str) -> None:
    line = suggestion_reason({"a": "org-1", "b": "org-2", "referrals": n}, str, lambda o: None, "nl")
    assert line.startswith(phrase)
