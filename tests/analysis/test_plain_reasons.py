"""Reasons in plain words: names instead of ids, Dutch by default, and second contacts listed once."""

from __future__ import annotations

from analysis.plain_reasons import (
    introduction_reason,
    second_contact_reason,
    suggestion_reason,
    unique_second_contacts,
)

ORGS = {"org-1": "Taalcafé Zuidplein", "org-2": "Buurthuis Bloemhof"}
PEOPLE = {"p-1": "Anna de Vries", "p-2": "Bram Haddou", "p-3": "Chantal Post"}


def org(o: str) -> str:
    return ORGS[o]


def person(p: str) -> str:
    return PEOPLE[p]


def test_second_contacts_proposed_from_both_ends_are_kept_once() -> None:
    rows = [{"organisation": "org-1", "partner": "org-2", "person": "p-1", "other_person": "p-2"},
            {"organisation": "org-2", "partner": "org-1", "person": "p-2", "other_person": "p-1"},
            {"organisation": "org-2", "partner": "org-1", "person": "p-3", "other_person": "p-1"}]
    assert unique_second_contacts(rows) == [rows[0], rows[2]]


def test_an_introduction_reads_with_names_in_dutch_and_english() -> None:
    row = {"a": "org-1", "b": "org-2", "person": "p-1", "other_person": "p-2", "connected_today": False}
    nl = introduction_reason(row, org, person, "nl")
    assert nl.startswith("Taalcafé Zuidplein en Buurthuis Bloemhof hebben vandaag geen verbinding")
    assert "Anna de Vries" in nl and "org-" not in nl and "p-1" not in nl
    weak = introduction_reason({**row, "connected_today": True, "together": 0.4}, org, person, "en")
    assert "only 40 %" in weak


def test_second_contact_and_suggestion_reasons_name_who_and_where() -> None:
    second = {"organisation": "org-1", "partner": "org-2", "person": "p-1", "other_person": "p-2",
              "depends_on": ["p-3"]}
    line = second_contact_reason(second, org, person, "nl")
    assert "hangt alleen aan Chantal Post" in line and "Anna de Vries en Bram Haddou" in line
    suggestion = {"a": "org-1", "b": "org-2", "referrals": 4}
    assert suggestion_reason(suggestion, org, lambda o: "Charlois", "nl").endswith("beide in Charlois.")
    apart = {"org-1": "Charlois", "org-2": "Noord"}
    assert "beide in" not in suggestion_reason(suggestion, org, apart.get, "nl")
