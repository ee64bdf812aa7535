"""Runs for people: the list with display names, and undo with its refusals said in nl or en.

The CLI (`netwerkkaart runs`) and the admin page (/admin/runs) both go through here, so they list
and refuse in the same words.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from analysis.i18n import format_date, text
from graph.driver import Graph
from graph.errors import InvalidInputError, NotFoundError
from graph.model import ENTITY_ORDER
from graph.run_undo import RecordName, RunRefusedError, UndoResult, UnknownRunError, undo_run
from graph.runs import Run, list_runs

# The counts a run's "what" says, in this order (`confirmed`: a confirmation's records).
_SAID = ("created", "updated", "deleted", "confirmed")


@dataclass(frozen=True, slots=True)
class RunRow:
    """One run as shown: the run, its kind, time, what it did and its state in words."""

    run: Run
    kind: str
    at: str
    what: str
    state: str
    can_undo: bool


def run_rows(graph: Graph, lang: str, *, limit: int = 500) -> list[RunRow]:
    """Return the runs, newest first, with display texts in `lang`."""
    return [_row(run, lang) for run in list_runs(graph, limit=limit)]


def undo(graph: Graph, run_id: str, *, who: str, lang: str, ip: str = "") -> UndoResult:
    """Undo `run_id` (see graph/run_undo.py); return the result.

    Raise NotFoundError or InvalidInputError with a message in `lang` (nothing written) when the
    run is unknown, already undone, too old to undo, or when later runs changed its records.
    """
    try:
        return undo_run(graph, run_id, who=who, ip=ip)
    except UnknownRunError as exc:
        raise NotFoundError(text("run_unknown", lang).format(id=run_id)) from exc
    except RunRefusedError as exc:
        raise InvalidInputError(refusal(exc, lang)) from exc


def refusal(exc: RunRefusedError, lang: str) -> str:
    """Return why the run cannot be undone, in `lang`, naming the records when later runs changed them."""
    if exc.reason == "conflict":
        records = "; ".join(record_name(r, lang) for r in exc.records)
        return text("run_conflict", lang).format(id=exc.run_id, records=records)
    return text(f"run_{exc.reason}", lang).format(id=exc.run_id, by=exc.by)


def record_name(record: RecordName, lang: str) -> str:
    """Return `organisatie "Taalcafé" (o1)` or `verwijzing r1 ("A" (o1) → "B" (o2))`."""
    nodes = [f'"{name}" ({node_id})' if name else node_id for node_id, name in record.nodes]
    label = text(f"run_record_{record.entity}", lang)
    if len(nodes) == 1:
        return f"{label} {nodes[0]}"
    arrow = " – " if record.entity in ("contacts", "affiliations") else " → "
    if record.entity == "affiliations":
        return f"{label} {arrow.join(nodes)} ({record.detail})"
    return f"{label} {record.detail} ({arrow.join(nodes)})".replace("  ", " ")


def undone_message(result: UndoResult, lang: str) -> str:
    """Return the sentence saying that a run was undone, and as which run."""
    return text("run_undone", lang).format(id=result.undid, undo=result.id)


def counts_text(counts: dict[str, dict[str, int]], lang: str) -> str:
    """Return `organisaties: 2 nieuw, 1 gewijzigd; personen: 3 nieuw` (entities in load order; a
    confirmation's records are `1 bevestigd`)."""
    parts = []
    for entity in [e for e in ENTITY_ORDER if e in counts] + sorted(set(counts) - set(ENTITY_ORDER)):
        said = [text(f"run_{what}", lang).format(n=n) for what in _SAID
                if (n := counts[entity].get(what, 0))]
        if said:
            parts.append(f"{text(f'run_entity_{entity}', lang)}: {', '.join(said)}")
    return "; ".join(parts) or text("run_no_changes", lang)


def _row(run: Run, lang: str) -> RunRow:
    if run.undone_by:
        state = text("run_state_undone", lang).format(by=run.undone_by)
    elif not run.undoable:
        state = text("run_state_not_undoable", lang)
    elif run.undoes:
        state = text("run_state_undoes", lang).format(id=run.undoes)
    else:
        state = text("run_state_active", lang)
    return RunRow(run=run, kind=text(f"run_kind_{run.kind}", lang),
                  at=f"{format_date(run.at.date(), lang)} {run.at:%H:%M:%S}",
                  what=counts_text(run.counts, lang), state=state,
                  can_undo=run.undoable and not run.undone_by)


def as_json(rows: list[RunRow]) -> list[dict[str, Any]]:
    """Return the `runs list --json` document: a list of {id, kind, at, who, counts, …}."""
    return [row.run.as_json() for row in rows]
