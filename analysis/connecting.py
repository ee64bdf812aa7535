"""Connecting initiatives: the analysis' introductions, second contacts and link suggestions, per gebied.

An item between organisations in two gebieden is listed under both, marked `across`, so each
gebied's network meeting sees it. People are shown through `label` (names for coordinators,
pseudonyms for shared reports). A second contact proposed from both ends of a link is listed once,
and every item carries `plain`: its reason in one line, with names.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from analysis.plain_reasons import (
    introduction_reason,
    second_contact_reason,
    suggestion_reason,
    unique_second_contacts,
)

KINDS = ("introductions", "second_contacts", "link_suggestions")


def _org(orgs: Mapping[str, tuple[str, str]], org_id: str) -> tuple[str, str]:
    """Return (name, gebied) of an organisation, its id and `onbekend` when unknown."""
    return orgs.get(org_id, (org_id, "onbekend"))


def _plain(kind: str, row: Mapping[str, Any], orgs: Mapping[str, tuple[str, str]],
           gebied_names: Mapping[str, str], label: Callable[[str], str], lang: str) -> str:
    """Return the item's reason in one line, with organisation names (and people through `label`)."""
    def org(o: str) -> str:
        return _org(orgs, o)[0]

    if kind == "introductions":
        return introduction_reason(row, org, label, lang)
    if kind == "second_contacts":
        return second_contact_reason(row, org, label, lang)
    return suggestion_reason(row, org, lambda o: gebied_names.get(_org(orgs, o)[1]), lang)


def _item(kind: str, row: Mapping[str, Any], orgs: Mapping[str, tuple[str, str]],
          label: Callable[[str], str]) -> dict[str, Any]:
    a, b = (row["organisation"], row["partner"]) if kind == "second_contacts" else (row["a"], row["b"])
    (a_name, a_gebied), (b_name, b_gebied) = _org(orgs, a), _org(orgs, b)
    item: dict[str, Any] = {"kind": kind, "a": a, "a_name": a_name, "b": b, "b_name": b_name,
                            "a_gebied": a_gebied, "b_gebied": b_gebied, "across": a_gebied != b_gebied}
    if kind == "link_suggestions":
        item.update(score=row["score"], reasons=list(row["reasons"]))
    else:
        item.update(person=label(row["person"]), other_person=label(row["other_person"]),
                    gain=row["gain"])
    if kind == "second_contacts":
        item["depends_on"] = [label(p) for p in row.get("depends_on", [])]
    return item


def connecting_list(fragility: Mapping[str, Any], orgs: Mapping[str, tuple[str, str]],
                    gebied_names: Mapping[str, str], label: Callable[[str], str],
                    lang: str = "nl") -> list[dict[str, Any]]:
    """Return per gebied (by name) its introductions, second contacts and link suggestions."""
    groups: dict[str, dict[str, Any]] = {}
    for kind in KINDS:
        rows = fragility.get(kind, [])
        for row in unique_second_contacts(rows) if kind == "second_contacts" else rows:
            item = _item(kind, row, orgs, label)
            item["plain"] = _plain(kind, row, orgs, gebied_names, label, lang)
            for gebied in dict.fromkeys((item["a_gebied"], item["b_gebied"])):
                group = groups.setdefault(gebied, {"gebied": gebied, "name": gebied_names.get(gebied, gebied),
                                                   **{k: [] for k in KINDS}})
                group[kind].append(item)
    return sorted(groups.values(), key=lambda g: (g["gebied"] == "onbekend", g["name"]))
