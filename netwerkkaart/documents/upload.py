"""Upload in the browser: a preview that rehearses the ingest, then "Doorvoeren" that commits exactly it.

The preview runs the CLI's pipeline (`ingest(dry_run=True)`) in a transaction that is rolled back and
keeps, with the uploaded files, their sha256 and the data version (`business_version`) it saw. The
commit refuses when either has changed since, so what is written is what the user was shown; it is
then an ordinary run (kind `upload`, audited as an ingest by the web user) that /admin/runs can undo.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from analysis.i18n import text
from graph.areas import areas
from graph.data_version import business_version
from graph.driver import Graph
from graph.errors import InvalidInputError
from graph.model import Dataset
from graph.organisations import organisations
from graph.people import people_names
from ingest.pipeline import IngestResult, ingest
from ingest.preview import EntityPreview, RecordPreview, preview
from netwerkkaart.documents.upload_store import UploadMeta, UploadStore

KIND = "upload"


class UploadRefusedError(InvalidInputError):
    """The commit was refused (the file or the data changed since the preview); nothing was written."""


def preview_upload(graph: Graph, store: UploadStore, meta: UploadMeta, *, lang: str) -> dict[str, Any]:
    """Return the preview document of an upload: {ok, errors, …} or {ok, entities: {name: lists}}.

    An upload with errors is discarded (there is nothing to commit); one without is kept with the
    data version it was previewed against, and its preview stored for the "show all" pages.
    """
    version = business_version(graph)  # before the rehearsal: a write in between makes the commit refuse
    result = ingest(graph, store.paths(meta), dry_run=True, actor=meta.who, lang=lang, kind=KIND)
    if not result.ok or result.data is None or result.changes is None:
        store.discard(meta.token)
        return _errors(result)
    names = _names(graph, result.data)
    entities = preview(result.data, result.changes)
    doc = {"ok": True, "token": meta.token, "sha256": meta.sha256, "files": meta.files,
           "warnings": [w.as_json() for w in result.problems.warnings],
           "entities": {name: _entity(e, names) for name, e in entities.items()},
           # Areas are stored by CBS code; the page names them (`Spangen (BU05990323)`).
           "area_names": {a.code: a.name for a in areas(graph)}}
    store.write(meta.token, "meta", dataclasses.asdict(dataclasses.replace(meta, version=version)))
    store.write(meta.token, "preview", doc)
    return doc


def commit_upload(graph: Graph, store: UploadStore, meta: UploadMeta, *, sha256: str, lang: str,
                  progress: Callable[[str, int, int], None] | None = None) -> dict[str, Any]:
    """Return the result of committing a previewed upload: {run_id, counts, organisations: [{id, name}]}.

    Raise UploadRefusedError (in `lang`, nothing written) when the file is not the one previewed or
    the data changed since the preview. A database failure leaves the upload in place for a retry.
    """
    if not meta.version:
        raise UploadRefusedError(text("upload_not_previewed", lang))
    if sha256 != meta.sha256 or store.sha256(meta) != meta.sha256:
        raise UploadRefusedError(text("upload_file_changed", lang))
    if business_version(graph) != meta.version:
        raise UploadRefusedError(text("upload_data_changed", lang))
    result = ingest(graph, store.paths(meta), actor=meta.who, lang=lang, kind=KIND, progress=progress)
    if not result.ok or result.data is None:  # cannot happen on unchanged data and file; said if it does
        raise UploadRefusedError(text("upload_data_changed", lang))
    done = {"run_id": result.run_id, "counts": result.counts, "files": meta.files,
            "organisations": _changed_organisations(graph, result)}
    store.finish(meta, done)
    return done


def _errors(result: IngestResult) -> dict[str, Any]:
    problems = result.problems
    return {"ok": False, "errors": [e.as_json() for e in problems.errors],
            "errors_not_shown": problems.dropped, "warnings": [w.as_json() for w in problems.warnings]}


def _entity(entity: EntityPreview, names: dict[str, str]) -> dict[str, Any]:
    return {"counts": entity.counts(),
            **{what: [_record(entity.entity, r, names) for r in getattr(entity, what)]
               for what in ("created", "updated", "unchanged")}}


def _record(entity: str, record: RecordPreview, names: dict[str, str]) -> dict[str, Any]:
    # Not the properties themselves: the page shows the label and the changes, and a city's preview
    # stays a few MB (it is read again for every page of "show all").
    return {"key": record.key, "label": record_label(entity, record.key, record.props, names),
            "changes": [[c.field, c.old, c.new] for c in record.changes]}


def record_label(entity: str, key: Any, props: dict[str, Any], names: dict[str, str]) -> str:
    """Return how a record is named on the preview: `Taalcafé (o1)`, `Anne (p1) → Taalcafé (o1)`."""
    def name(record_id: str) -> str:
        return f"{names[record_id]} ({record_id})" if names.get(record_id) else record_id

    if entity in ("organisations", "people", "areas"):
        return f"{props.get('name') or key} ({key})"
    if entity == "affiliations":
        return f"{name(key[0])} → {name(key[1])}"
    if entity == "contacts":
        return f"{name(key[0])} – {name(key[1])}"
    if entity in ("partnerships", "referrals"):
        return f"{key[0]}: {name(key[1])} → {name(key[2])}"
    return f"{key[1]} · {key[2]} · {props.get('period', '')}".rstrip(" ·")


def _names(graph: Graph, data: Dataset) -> dict[str, str]:
    """Return id → name of the organisations and people the records refer to (the file's, else stored)."""
    names = {o.id: o.name for o in data.organisations} | {p.id: p.name for p in data.people}
    people = {a.person_id for a in data.affiliations} | {c.person_id for c in data.contacts} | {
        c.other_person_id for c in data.contacts}
    missing = sorted(people - names.keys())
    names |= people_names(graph, ids=missing)
    if data.affiliations or data.partnerships or data.referrals:
        names |= {o.id: o.name for o in organisations(graph) if o.id not in names}
    return names


def _changed_organisations(graph: Graph, result: IngestResult) -> list[dict[str, str]]:
    """Return the organisations the run created or changed, or whose people it changed: [{id, name}]."""
    assert result.changes is not None and result.data is not None
    entries = result.changes.entries
    ids = [key for key, _ in entries.get("organisations", [])]
    ids += [key[1] for key, _ in entries.get("affiliations", [])]
    names = {o.id: o.name for o in result.data.organisations}
    if any(i not in names for i in ids):
        names |= {o.id: o.name for o in organisations(graph) if o.id not in names}
    return [{"id": i, "name": names.get(i, i)} for i in dict.fromkeys(ids)]
