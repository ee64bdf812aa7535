"""Whole-graph reads for export and backup: the business dataset, a typed JSON backup, restore."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from typing import Any

import neo4j.time

from graph.driver import Graph, TxRunner
from graph.errors import InvalidInputError
from graph.model import (
    Affiliation,
    Area,
    Contact,
    Dataset,
    Demand,
    Organisation,
    Partnership,
    Person,
    Referral,
)
from graph.queries import Query
from graph.values import to_native

BUILTIN_SOURCE = "builtin:rotterdam"
BACKUP_FORMAT = "netwerkkaart-backup"
# What "the same graph" compares after export → ingest: business labels and types, without the
# bookkeeping properties every write sets (they differ per run by design).
BUSINESS_LABELS = frozenset({"Organisation", "Person", "Area", "SupportType"})
BUSINESS_TYPES = frozenset({"AFFILIATED_WITH", "KNOWS", "PARTNERS_WITH", "REFERRED", "LOCATED_IN",
                            "SERVES", "PART_OF", "HAS_DEMAND"})
# `confirmed_at` (when someone last confirmed a record; graph/freshness.py) is bookkeeping too: it says
# when the data was looked at, not what the network is, and an export re-ingested is confirmed anew.
BOOKKEEPING = frozenset({"created_at", "updated_at", "confirmed_at", "run_id", "source"})
_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9_]{0,63}$")
_Q = {name: Query(f"export_{name}") for name in (
    "organisations", "people", "areas", "affiliations", "contacts", "partnerships", "referrals",
    "demand", "all_nodes", "all_relationships", "restore_nodes", "restore_relationships",
    "count_nodes", "clear_reference", "business_nodes", "business_relationships")}


def _fields(pairs: list[list[Any]], cls: type, **extra: Any) -> Any:
    names = cls.__dataclass_fields__
    values = {k: to_native(v) for k, v in pairs if k in names}
    values = {k: tuple(v) if isinstance(v, list) else v for k, v in values.items()}
    return cls(**values, **extra)


def read_dataset(graph: Graph) -> Dataset:
    """Return the stored business data as typed rows (areas: only those not built in)."""
    skip = sorted(BOOKKEEPING)
    rel = {name: graph.read(_Q[name], bookkeeping=skip)
           for name in ("affiliations", "contacts", "partnerships", "referrals", "demand")}
    return Dataset(
        areas=[_fields([*r["props"], ["parent", r["parent"]]], Area)
               for r in graph.read(_Q["areas"], builtin_source=BUILTIN_SOURCE, bookkeeping=skip)],
        organisations=[_fields(r["props"], Organisation)
                       for r in graph.read(_Q["organisations"], bookkeeping=skip)],
        people=[_fields(r["props"], Person) for r in graph.read(_Q["people"], bookkeeping=skip)],
        affiliations=[_fields(r["props"], Affiliation, person_id=r["person_id"],
                              organisation_id=r["organisation_id"]) for r in rel["affiliations"]],
        contacts=[_fields(r["props"], Contact, person_id=r["person_id"],
                          other_person_id=r["other_person_id"]) for r in rel["contacts"]],
        partnerships=[_fields(r["props"], Partnership, organisation_id=r["organisation_id"],
                              partner_id=r["partner_id"]) for r in rel["partnerships"]],
        referrals=[_fields(r["props"], Referral, from_organisation_id=r["from_organisation_id"],
                           to_organisation_id=r["to_organisation_id"]) for r in rel["referrals"]],
        demand=[_fields(r["props"], Demand, area=r["area"], need=r["need"]) for r in rel["demand"]],
    )


def business_hash(graph: Graph) -> str:
    """Return a sha256 over business nodes/relationships and their properties, bookkeeping left out."""
    skip = sorted(BOOKKEEPING)
    nodes = graph.read(_Q["business_nodes"], labels=sorted(BUSINESS_LABELS), bookkeeping=skip)
    lines = sorted(json.dumps([[sorted(n["labels"]), n["id"]], _props(n["props"])], sort_keys=True)
                   for n in nodes)
    rels = graph.read(_Q["business_relationships"], types=sorted(BUSINESS_TYPES), bookkeeping=skip)
    lines += sorted(json.dumps([r["type"], [sorted(r["start_labels"]), r["start_id"]],
                                [sorted(r["end_labels"]), r["end_id"]], _props(r["props"])],
                               sort_keys=True)
                    for r in rels)
    return hashlib.sha256("\n".join(lines).encode()).hexdigest()


def _props(pairs: list[list[Any]]) -> dict[str, Any]:
    return _encode(dict(pairs))


# Said in the document itself: whoever is handed a backup should know it is personal data.
CONTAINS = ("every node and relationship: organisations, people with their names, e-mail addresses and"
            " phone numbers, and the audit log (AuditEvent nodes) with user names and the IP addresses"
            " of logins and exports; no users, password hashes or API tokens. Personal data: store and"
            " share accordingly.")


def backup_document(graph: Graph) -> dict[str, Any]:
    """Return every node and relationship as a JSON-ready document with typed dates and times."""
    nodes = graph.read(_Q["all_nodes"])
    index = {row["key"]: i for i, row in enumerate(nodes)}
    return {
        "format": BACKUP_FORMAT, "version": 1, "contains": CONTAINS,
        "nodes": [{"key": index[n["key"]], "labels": sorted(n["labels"]), "props": _encode(n["props"])}
                  for n in nodes],
        "relationships": [{"type": r["type"], "start": index[r["start"]], "end": index[r["end"]],
                           "props": _encode(r["props"])} for r in graph.read(_Q["all_relationships"])],
    }


def encode_values(value: Any) -> Any:
    """Return `value` JSON-ready, dates and times tagged (`{"$date": …}`) so `decode_values` restores them."""
    return _encode(value)


def decode_values(value: Any) -> Any:
    """Return a value made by `encode_values` with its Neo4j dates and times back."""
    return _decode(value)


def _encode(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _encode(v) for k, v in sorted(value.items())}
    if isinstance(value, list):
        return [_encode(v) for v in value]
    if isinstance(value, neo4j.time.DateTime | dt.datetime):
        return {"$datetime": value.isoformat() if isinstance(value, dt.datetime) else value.iso_format()}
    if isinstance(value, neo4j.time.Date | dt.date):
        return {"$date": value.isoformat() if isinstance(value, dt.date) else value.iso_format()}
    return value


def _decode(value: Any) -> Any:
    if isinstance(value, list):
        return [_decode(v) for v in value]
    if isinstance(value, dict):
        if "$datetime" in value:
            return neo4j.time.DateTime.from_iso_format(value["$datetime"])
        if "$date" in value:
            return neo4j.time.Date.from_iso_format(value["$date"])
        return {k: _decode(v) for k, v in value.items()}
    return value


def user_node_count(graph: Graph) -> int:
    """Return how many nodes are neither built-in reference data nor audit events."""
    return int(graph.read(_Q["count_nodes"], builtin_source=BUILTIN_SOURCE)[0]["count"])


def restore_document(graph: Graph, doc: dict[str, Any], batch: int = 5000) -> tuple[int, int]:
    """Restore a backup into an empty database in one transaction; return (nodes, relationships)."""
    _check_backup(doc)
    held = user_node_count(graph)
    if held:
        raise InvalidInputError.say("err_restore_not_empty", held=held)
    # The built-in areas come back from the backup exactly as they were; the audit log stays.
    graph.run(_Q["clear_reference"], builtin_source=BUILTIN_SOURCE)

    def work(tx: TxRunner) -> tuple[int, int]:
        element: dict[int, str] = {}
        nodes = [{"key": n["key"], "labels": n["labels"], "props": _decode(n["props"])} for n in doc["nodes"]]
        for start in range(0, len(nodes), batch):
            for row in tx.run(_Q["restore_nodes"], rows=nodes[start:start + batch]):
                element[row["key"]] = row["element"]
        rels = [{"start": element[r["start"]], "end": element[r["end"]], "type": r["type"],
                 "props": _decode(r["props"])} for r in doc["relationships"]]
        created = 0
        for start in range(0, len(rels), batch):
            created += tx.run(_Q["restore_relationships"], rows=rels[start:start + batch])[0]["created"]
        return len(nodes), created

    return graph.in_transaction(work)


def _check_backup(doc: Any) -> None:
    if not isinstance(doc, dict) or doc.get("format") != BACKUP_FORMAT:
        raise InvalidInputError.say("err_backup_not_ours")
    keys = {n.get("key") for n in doc.get("nodes", [])}
    for node in doc.get("nodes", []):
        if not node.get("labels") or not all(_NAME.match(str(label)) for label in node["labels"]):
            raise InvalidInputError.say("err_backup_bad_labels", key=node.get("key"))
    for rel in doc.get("relationships", []):
        ends_known = rel.get("start") in keys and rel.get("end") in keys
        if not _NAME.match(str(rel.get("type"))) or not ends_known:
            raise InvalidInputError.say("err_backup_bad_relationship", type=rel.get("type"))
