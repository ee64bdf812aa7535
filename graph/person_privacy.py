"""What the web app needs to keep personal data from viewers: every person's name and contact details."""

from __future__ import annotations

from dataclasses import dataclass

from graph.driver import Graph
from graph.queries import Query

_TERMS = Query("person_privacy_terms")
_STAMP = Query("person_privacy_stamp")


@dataclass(frozen=True, slots=True)
class PersonalData:
    """One person's id with the values that identify them."""

    id: str
    name: str | None
    email: str | None
    phone: str | None


def personal_data(graph: Graph) -> list[PersonalData]:
    """Return every person's id, name, e-mail and phone."""
    return [PersonalData(r["id"], r["name"], r["email"], r["phone"]) for r in graph.read(_TERMS)]


def personal_data_stamp(graph: Graph) -> tuple[int, str]:
    """Return (number of people, latest change) — it changes whenever a name or contact may have."""
    row = graph.read(_STAMP)[0]
    return int(row["people"]), str(row["latest"])
