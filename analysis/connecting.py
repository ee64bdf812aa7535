"""Connecting initiatives: the analysis' introductions, second contacts and link suggestions, per gebied.

An item between organisations in two gebieden is listed under both, marked `across`, so each
gebied's network meeting sees it. People are shown through `label` (names for coordinators,
pseudonyms for shared reports).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

KINDS = ("introductions", "second_contacts", "link_suggestions")


def _org(orgs: Mapping[str, tuple[str, str]], org_id: str) -> tuple[str, str]:
    """Return (name, gebied) of an organisation, its id and `onbekend` when unknown."""
    return orgs.get(org_id, (org_id, "onbekend"))


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
                    gebied_names: Mapping[str, str], label: Callable[[str], str]) -> list[dict[str, Any]]:
    """Return per gebied (by name) its introductions, second contacts and link suggestions."""
    groups: dict[str, dict[str, Any]] = {}
    for kind in KINDS:
        for row in fragility.get(kind, []):
            item = _item(kind, row, orgs, label)
            for gebied in dict.fromkeys((item["a_gebied"], item["b_gebied"])):
                group = groups.setdefault(gebied, {"gebied": gebied, "name": gebied_names.get(gebied, gebied),
                                                   **{k: [] for k in KINDS}})
                group[kind].append(item)
    return sorted(groups.values(), key=lambda g: (g["gebied"] == "onbekend", g["name"]))
