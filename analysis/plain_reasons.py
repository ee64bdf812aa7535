"""Introductions, second contacts and link suggestions said in one plain line, with names, not ids.

The analysis' own `reason` strings are English and name organisations by id (for the JSON and the
CLI); people read these instead. Second contacts are chosen per organisation, so a link's two ends
can each propose the same two people: `unique_second_contacts` keeps such a pair once.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from analysis.i18n import format_number, text

Label = Callable[[str], str]


def unique_second_contacts(rows: Iterable[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    """Return the second contacts without reversed duplicates (same two organisations, same two people)."""
    seen: set[tuple[frozenset[str], frozenset[str]]] = set()
    out = []
    for row in rows:
        orgs, people = (row["organisation"], row["partner"]), (row["person"], row["other_person"])
        key = (frozenset(orgs), frozenset(people))
        if key not in seen:
            seen.add(key)
            out.append(row)
    return out


def introduction_reason(row: Mapping[str, Any], org: Label, person: Label, lang: str) -> str:
    """Return why these two people should meet, in one line (organisation and people by name)."""
    a, b = org(row["a"]), org(row["b"])
    if not row.get("connected_today", False):
        first = text("reason_intro_apart", lang).format(a=a, b=b)
    else:
        pct = format_number(100 * float(row.get("together", 0.0)), lang)
        first = text("reason_intro_weak", lang).format(a=a, b=b, pct=pct)
    who = {"p": person(row["person"]), "q": person(row["other_person"])}
    return first + text("reason_intro_people", lang).format(**who)


def second_contact_reason(row: Mapping[str, Any], org: Label, person: Label, lang: str) -> str:
    """Return why a second contact is proposed for a link that hangs on one person (or one pair)."""
    hangs = text("and", lang).join(person(p) for p in row.get("depends_on", []))
    return text("reason_second", lang).format(a=org(row["organisation"]), b=org(row["partner"]), who=hangs,
                                              p=person(row["person"]), q=person(row["other_person"]))


def suggestion_reason(row: Mapping[str, Any], org: Label, place: Callable[[str], str | None],
                      lang: str) -> str:
    """Return why a link between two organisations is suggested: their referrals and shared area."""
    n = row.get("referrals", "?")
    # "1 verwijzing", not "1 verwijzingen": the one case of the count phrase gets its own text.
    key = "reason_suggest_one" if n == 1 else "reason_suggest"
    line = text(key, lang).format(a=org(row["a"]), b=org(row["b"]), n=n)
    shared = place(row["a"]) if place(row["a"]) == place(row["b"]) else None
    return line + (text("reason_suggest_area", lang).format(area=shared) if shared else "")
