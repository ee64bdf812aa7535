"""Editing records in the browser: open a form on a record, and save it with ingest's checks and the
record's version, so that a save never silently overwrites what another session saved meanwhile.

A posted form becomes an ingest row (netwerkkaart/documents/edit_fields.py) checked by
`ingest.records.check_record`, the rules the command line uses; the save is `graph.records.save_record`
(a run of kind `edit`, audited). A problem is shown at its field in the user's language; a stale
version is shown per field as old → what the other person saved → yours, the form refilled.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from analysis.i18n import text
from graph.driver import Graph
from graph.errors import NotFoundError
from graph.model import Area
from graph.records import Saved, StaleRecordError, known_ids, record_values, row_values, save_record, version
from ingest.records import check_record
from ingest.report import RowError
from ingest.validate import Known
from ingest.values import fold
from netwerkkaart.documents.edit_fields import (
    KEYS,
    SPECS,
    Choices,
    Field,
    cells,
    display,
    fields_for,
    label,
    posted_values,
    shown_values,
)

Key = tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Change:
    """One field another session changed: its label, the value loaded, theirs, and the one typed now."""

    field: str
    label: str
    before: str
    theirs: str
    yours: str


@dataclass(slots=True)
class EditForm:
    """A form as the page draws it: fields, the version it was loaded at, problems and changes."""

    entity: str
    key: Key | None  # None: a new record
    fields: list[Field]
    version: str
    loaded: str
    problems: list[str] = field(default_factory=list)
    changes: list[Change] = field(default_factory=list)
    removed: bool = False  # the record was removed since it was loaded


@dataclass(frozen=True, slots=True)
class Outcome:
    """A submitted form: the run saved (form None), or the form again with what is wrong (status)."""

    status: int
    form: EditForm | None = None
    saved: Saved | None = None
    key: Key | None = None


def open_form(graph: Graph, entity: str, key: Key | None, lang: str,
              defaults: Mapping[str, Any] | None = None) -> EditForm:
    """Return the form on the stored record `key` (None: a new one, filled with `defaults`).

    Raise NotFoundError when `key` names no stored record."""
    choices = Choices.load(graph)
    values = record_values(graph, entity, _query_key(entity, key)) if key else None
    if key and values is None:
        raise NotFoundError(text("edit_not_found", lang))
    shown = shown_values(entity, values or dict(defaults or {}), choices)
    return EditForm(entity, key, fields_for(entity, shown, lang, choices, fixed=key is not None),
                    version(values), _dump(values))


def submit_form(graph: Graph, entity: str, key: Key | None, form: Mapping[str, Any], *, owner: str = "",
                lang: str, who: str, ip: str = "") -> Outcome:
    """Check and save a posted form; return the outcome (400: problems, 409: changed meanwhile).

    `key` is the stored record's key (None: new); `owner` is the person whose affiliation or
    contact it is. Nothing is written unless every field passes and the version still holds."""
    choices = Choices.load(graph)
    shown, stored = posted_values(entity, form), None
    if key is not None:
        stored = record_values(graph, entity, _query_key(entity, key))
        if stored is None:  # removed since the form was loaded: nothing to save it over
            gone = EditForm(entity, key, fields_for(entity, shown, lang, choices, fixed=True), "", "",
                            problems=[text("edit_conflict_removed", lang)], removed=True)
            return Outcome(409, gone)
        shown |= {column: stored[column] for column in KEYS.get(entity, ())}
    row_cells = cells(entity, shown, choices) | _fixed_cells(graph, entity, key, owner, shown)
    row, errors = check_record(entity, row_cells, _known(graph, row_cells), lang)
    again = EditForm(entity, key, fields_for(entity, shown, lang, choices, fixed=key is not None),
                     str(form.get("version") or ""), str(form.get("loaded") or ""))
    if row is None:
        _place(again, errors, lang)
        return Outcome(400, again)
    row = _keep_order(row, stored)
    record_key = _record_key(entity, row)
    try:
        saved = save_record(graph, entity, row, _query_key(entity, record_key), expected=again.version,
                            who=who, ip=ip)
    except StaleRecordError as stale:
        _conflict(again, stale.current, row_values(row), choices, lang)
        return Outcome(409, again)
    return Outcome(200, saved=saved, key=record_key)


def _keep_order(row: Any, stored: dict[str, Any] | None) -> Any:
    """Return `row` with each list that holds the stored items in the stored order: check boxes come
    back in the form's order, and a save must not rewrite what the user did not change."""
    if stored is None:
        return row
    same = {name: tuple(stored[name]) for name, value in row_values(row).items()
            if isinstance(value, list) and isinstance(stored.get(name), list)
            and sorted(value) == sorted(stored[name])}
    return replace(row, **same) if same else row


def _fixed_cells(graph: Graph, entity: str, key: Key | None, owner: str,
                 shown: Mapping[str, Any]) -> dict[str, str]:
    """Return the cells the form does not edit: a new record's id, the key of a stored one."""
    if entity in ("organisations", "people", "partnerships"):
        return {"id": key[0] if key else _new_id(graph, entity, str(shown.get("name") or ""))}
    return {"person_id": owner}


def _new_id(graph: Graph, entity: str, name: str) -> str:
    """Return a new record's id: an organisation's from its name, others random (no personal data)."""
    if entity != "organisations":
        return f"{'p' if entity == 'people' else 'pw'}-{uuid.uuid4().hex[:10]}"
    slug = re.sub(r"[^a-z0-9]+", "-", fold(name)).strip("-")[:50] or "organisatie"
    candidates = [f"org-{slug}", *(f"org-{slug}-{n}" for n in range(2, 50))]
    taken = known_ids(graph, organisations=candidates, people=[])["organisations"]
    return next((c for c in candidates if c not in taken), f"org-{slug}-{uuid.uuid4().hex[:6]}")


def _known(graph: Graph, row_cells: Mapping[str, str]) -> Known:
    """Return what the row may refer to: the organisations and people it names that are stored."""
    ids = {c: [p for p in re.split(r"[;,]", row_cells.get(c, "")) if p.strip()]
           for c in ("organisation_id", "partner_id", "person_id", "other_person_id", "contact_person_ids")}
    found = known_ids(graph, organisations=ids["organisation_id"] + ids["partner_id"],
                      people=ids["person_id"] + ids["other_person_id"] + ids["contact_person_ids"])
    stored = [Area(code=a["code"], name=a["name"] or a["code"], level=a["level"] or "wijk",
                   parent=a["parent"]) for a in found["areas"]]
    return Known(found["organisations"], found["people"], stored)


def _record_key(entity: str, row: Any) -> Key:
    if entity == "affiliations":
        return (row.person_id, row.organisation_id, row.role)
    if entity == "contacts":
        return (row.person_id, row.other_person_id)
    return (row.id,)


def _query_key(entity: str, key: Key) -> Key | str:
    return key if entity in ("affiliations", "contacts") else key[0]


def _place(form: EditForm, errors: list[RowError], lang: str) -> None:
    """Put each problem at its field (problems of other columns above the form)."""
    by_name = {f.name: f for f in form.fields}
    for error in errors:
        message = say_problem(error, lang)
        target = by_name.get(error.column)
        if target is None:
            form.problems.append(f"{label(form.entity, error.column, lang)}: {message}")
        else:
            target.errors.append(message)


def _conflict(form: EditForm, current: dict[str, Any] | None, yours: dict[str, Any], choices: Choices,
              lang: str) -> None:
    """Refill the form at the stored version and list, per field, what changed since it was loaded."""
    before = _load(form.loaded, form.version)
    form.version, form.loaded, form.removed = version(current), _dump(current), current is None
    if current is None:
        form.problems.append(text("edit_conflict_removed", lang))
        return
    form.problems.append(text("edit_conflict_exists" if form.key is None else "edit_conflict", lang))
    for column, _, _ in SPECS[form.entity]:
        was = before.get(column) if before is not None else None
        if before is not None and _same(was, current.get(column)):
            continue
        form.changes.append(Change(column, label(form.entity, column, lang),
                                   display(form.entity, column, was, choices, lang),
                                   display(form.entity, column, current.get(column), choices, lang),
                                   display(form.entity, column, yours.get(column), choices, lang)))


def _same(one: Any, other: Any) -> bool:
    """Return whether two stored values are equal (lists in any order)."""
    if isinstance(one, list) and isinstance(other, list):
        return sorted(map(str, one)) == sorted(map(str, other))
    return bool(one == other)


def _dump(values: dict[str, Any] | None) -> str:
    return "" if values is None else json.dumps(values, sort_keys=True, ensure_ascii=False)


def _load(loaded: str, expected: str) -> dict[str, Any] | None:
    """Return the values the form was loaded with, if the page sent them unaltered (else None)."""
    try:
        values = json.loads(loaded) if loaded else None
    except ValueError:
        return None
    return values if isinstance(values, dict) and version(values) == expected else None


# The form has no sheets or files to point at, and makes its records' ids itself: these problems are
# said in the form's own words. Every other problem is ingest's message as it is (one catalogue).
_FORM_WORDS = {
    "ingest_required": "edit_err_required",
    "ingest_unknown_person": "edit_err_unknown_person",
    "ingest_unknown_organisation": "edit_err_unknown_organisation",
    "ingest_id_used": "edit_err_id_used",
}


def say_problem(error: RowError, lang: str) -> str:
    """Return an ingest problem as the form shows it, in `lang` (ingest said it in the page's language)."""
    key = _FORM_WORDS.get(error.key)
    message = text(key, lang).format(value=error.value) if key else error.message
    return message[:1].upper() + message[1:]
