"""The edit forms' fields: which template columns each form shows, their choices by display name, and
the translation between stored values, what a form shows, and the text cells ingest checks.

The rules of each column live in ingest (ingest/convert.py, ingest/vocabulary.py); here a field only
says how it is typed (a select of kinds, check boxes of needs) and how its value goes into a cell.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from analysis.i18n import format_date, kind_name, known, language_name, need_name, text
from graph.areas import areas
from graph.driver import Graph
from graph.model import CONTACT_CONTEXTS, ORGANISATION_KINDS, ROLES, SUPPORT_TYPES
from graph.organisations import organisations
from graph.records import person_choices

# (template column, widget, required) per form; the key columns of a stored record are fixed.
SPECS: dict[str, tuple[tuple[str, str, bool], ...]] = {
    "organisations": (
        ("name", "text", True), ("kind", "kind", True), ("address", "text", False),
        ("postcode", "text", False), ("phone", "tel", False), ("email", "email", False),
        ("website", "text", False), ("services", "needs", False), ("languages", "languages", False),
        ("area", "area", False), ("serves_areas", "areas", False), ("capacity", "count", False),
        ("waitlist", "count", False), ("nondutch_roles", "yesno", False),
        ("description", "textarea", False)),
    "people": (("name", "text", True), ("email", "email", False), ("phone", "tel", False),
               ("languages", "languages", False)),
    "affiliations": (("organisation_id", "organisation", True), ("role", "role", True),
                     ("since", "date", False), ("until", "date", False)),
    "contacts": (("other_person_id", "person", True), ("since", "date", False),
                 ("context", "context", False), ("strength", "strength", False)),
    "partnerships": (("organisation_id", "organisation", True), ("partner_id", "organisation", True),
                     ("kind", "text", False), ("since", "date", False), ("until", "date", False),
                     ("contact_person_ids", "people", False)),
}
KEYS = {"affiliations": ("organisation_id", "role"), "partnerships": ("organisation_id", "partner_id")}
# Languages offered as check boxes besides those already in the data (others are typed).
COMMON_LANGUAGES = ("nl", "en", "ar", "ti", "uk", "tr", "fa", "so", "pl", "es", "fr", "prs", "ps")
_ID_IN_TEXT = re.compile(r"\(([^()]+)\)\s*$")


@dataclass(slots=True)
class Choices:
    """What the fields offer: organisations, people, areas and languages, by display name."""

    organisations: dict[str, str]
    people: dict[str, str]
    areas: dict[str, tuple[str, str]]  # code → (name, level)
    languages: list[str]

    @classmethod
    def load(cls, graph: Graph) -> Choices:
        """Return the choices as stored now."""
        orgs = organisations(graph)
        codes = {c for o in orgs for c in o.languages}
        return cls(organisations={o.id: o.name for o in sorted(orgs, key=lambda o: o.name.casefold())},
                   people=dict(person_choices(graph)),
                   areas={a.code: (a.name, a.level) for a in sorted(areas(graph), key=lambda a: a.name)},
                   languages=sorted(codes | set(COMMON_LANGUAGES)))


@dataclass(slots=True)
class Field:
    """One field of a form as the template draws it."""

    name: str
    label: str
    widget: str
    required: bool
    value: str = ""
    values: list[str] = field(default_factory=list)
    options: list[tuple[str, str]] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    help: str = ""
    fixed: bool = False
    fixed_text: str = ""  # a fixed field's value by name
    more: list[tuple[str, str]] = field(default_factory=list)  # the wijken, below the gebieden


def label(entity: str, column: str, lang: str) -> str:
    """Return a column's label on `entity`'s form."""
    own = f"edit_f_{entity}_{column}"
    return text(own if known(own) else f"edit_f_{column}", lang)


def role_name(code: str | None, lang: str) -> str:
    """Return an affiliation role's display name."""
    return text(f"edit_role_{code}", lang) if code and known(f"edit_role_{code}") else (code or "–")


def _options(widget: str, choices: Choices, lang: str) -> list[tuple[str, str]]:
    lists: dict[str, Any] = {
        "kind": lambda: [(k, kind_name(k, lang)) for k in ORGANISATION_KINDS],
        "role": lambda: [(r, role_name(r, lang)) for r in ROLES],
        "context": lambda: [(c, text(f"edit_context_{c}", lang)) for c in CONTACT_CONTEXTS],
        "strength": lambda: [(s, text(f"edit_strength_{s}", lang)) for s in ("1", "2", "3")],
        "needs": lambda: [(n, need_name(n, lang)) for n in SUPPORT_TYPES],
        "languages": lambda: sorted(((c, language_name(c, lang)) for c in choices.languages),
                                    key=lambda p: p[1].casefold()),
        "organisation": lambda: list(choices.organisations.items()),
        "areas": lambda: _areas_of_level(choices, "gebied"),
        "area": lambda: [(name, name) for name in sorted({n for n, _ in choices.areas.values()})],
        "person": lambda: [(person_text(i, choices), person_text(i, choices)) for i in choices.people],
        "yesno": lambda: [("ja", text("yes", lang)), ("nee", text("no", lang))],
    }
    lists["people"] = lists["person"]
    return lists[widget]() if widget in lists else []


def _areas_of_level(choices: Choices, level: str) -> list[tuple[str, str]]:
    return [(code, name) for code, (name, of) in choices.areas.items() if of == level]


def person_text(person_id: str, choices: Choices) -> str:
    """Return a person as a person field shows them: "name (id)"."""
    return f"{choices.people.get(person_id, person_id)} ({person_id})"


def fields_for(entity: str, shown: Mapping[str, Any], lang: str, choices: Choices, *,
               fixed: bool = False) -> list[Field]:
    """Return the form's fields filled with `shown` (from `shown_values` or as posted)."""
    out = []
    for column, widget, required in SPECS[entity]:
        value = shown.get(column)
        many = widget in ("needs", "languages", "areas")
        item = Field(column, label(entity, column, lang), widget, required,
                     value="" if many else str(value or ""),
                     values=list(value or []) if many else [], options=_options(widget, choices, lang),
                     help=text(f"edit_help_{widget}", lang) if known(f"edit_help_{widget}") else "",
                     fixed=fixed and column in KEYS.get(entity, ()))
        if item.fixed:
            item.fixed_text = display(entity, column, value, choices, lang)
        if widget == "areas":
            item.more = _areas_of_level(choices, "wijk")
        if widget == "languages":  # codes not offered as a box are typed in the extra field
            offered = {code for code, _ in item.options}
            item.value = "; ".join(c for c in item.values if c not in offered)
        out.append(item)
    return out


def shown_values(entity: str, values: Mapping[str, Any] | None, choices: Choices) -> dict[str, Any]:
    """Return stored values as the form shows them (people as "name (id)", areas by name)."""
    shown: dict[str, Any] = {}
    for column, widget, _ in SPECS[entity]:
        value = (values or {}).get(column)
        if widget == "person" and value:
            value = person_text(value, choices)
        elif widget == "people":
            value = "; ".join(person_text(v, choices) for v in value or [])
        elif widget == "area" and value:
            value = choices.areas.get(value, (value, ""))[0]
        elif widget == "yesno" and value is not None:
            value = "ja" if value else "nee"
        elif value is not None and not isinstance(value, list):
            value = str(value)
        shown[column] = value
    return shown


def posted_values(entity: str, form: Mapping[str, Any]) -> dict[str, Any]:
    """Return the posted form as `shown_values` shapes it (lists for check boxes, text otherwise)."""
    shown: dict[str, Any] = {}
    for column, widget, _ in SPECS[entity]:
        raw = form.get(column)
        if widget in ("needs", "areas", "languages"):
            items = list(raw) if isinstance(raw, list | tuple) else ([raw] if raw else [])
            if widget == "languages":
                items += [p.strip() for p in re.split(r"[;,]", str(form.get("languages_other") or ""))
                          if p.strip()]
            shown[column] = [str(i)[:100] for i in dict.fromkeys(items)]
        else:
            shown[column] = str(raw or "")
    return shown


def cells(entity: str, shown: Mapping[str, Any], choices: Choices) -> dict[str, str]:
    """Return the text cells of an ingest row (template columns) for posted values."""
    out: dict[str, str] = {}
    for column, widget, _ in SPECS[entity]:
        value = shown.get(column)
        if widget == "person":
            value = person_id(str(value or ""), choices)
        elif widget == "people":
            value = ";".join(person_id(p, choices) for p in re.split(r";", str(value or "")) if p.strip())
        elif isinstance(value, list):
            value = ";".join(value)
        out[column] = str(value or "")
    return out


def person_id(typed: str, choices: Choices) -> str:
    """Return the id a person field means: "name (id)", an id, or a name only one person has."""
    typed = typed.strip()
    found = _ID_IN_TEXT.search(typed)
    if found and found[1].strip() in choices.people:
        return found[1].strip()
    if typed in choices.people:
        return typed
    named = [i for i, name in choices.people.items() if name.casefold() == typed.casefold()]
    return named[0] if len(named) == 1 else typed


def display(entity: str, column: str, value: Any, choices: Choices, lang: str) -> str:
    """Return a stored or typed value as people read it (names, not codes)."""
    widget = next(w for c, w, _ in SPECS[entity] if c == column)
    if value is None or value == "" or value == []:
        return "–"
    items = value if isinstance(value, list) else [value]
    show = {
        "kind": lambda v: kind_name(v, lang), "role": lambda v: role_name(v, lang),
        "needs": lambda v: need_name(v, lang), "languages": lambda v: language_name(v, lang),
        "organisation": lambda v: choices.organisations.get(v, v),
        "areas": lambda v: choices.areas.get(v, (v, ""))[0],
        "area": lambda v: choices.areas.get(v, (v, ""))[0],
        "person": lambda v: choices.people.get(v, v), "people": lambda v: choices.people.get(v, v),
        "yesno": lambda v: text("yes" if v is True or v == "ja" else "no", lang),
        "date": lambda v: format_date(v, lang),
        "context": lambda v: text(f"edit_context_{v}", lang) if known(f"edit_context_{v}") else str(v),
    }.get(widget, str)
    return ", ".join(show(v) for v in items)
