"""Named Cypher statements from `cypher/*.cypher`, loaded once and checked at import."""

from __future__ import annotations

from functools import cache
from importlib import resources


class Query:
    """One statement from `cypher/<name>.cypher`; a missing file fails at import time."""

    __slots__ = ("name", "text")

    def __init__(self, name: str) -> None:
        self.name = name
        self.text = cypher_text(name)

    def __repr__(self) -> str:
        return f"Query({self.name!r})"


@cache
def cypher_text(name: str) -> str:
    """Return the text of `cypher/<name>.cypher`; raise FileNotFoundError if it does not exist."""
    resource = resources.files("cypher").joinpath(f"{name}.cypher")
    if not resource.is_file():
        raise FileNotFoundError(f"cypher/{name}.cypher is missing from the installed package")
    return resource.read_text(encoding="utf-8")


def statements(name: str) -> list[str]:
    """Return the `;`-separated statements of a multi-statement file (only `schema.cypher`)."""
    lines = [ln for ln in cypher_text(name).splitlines() if not ln.strip().startswith("//")]
    return [part.strip() for part in "\n".join(lines).split(";") if part.strip()]
