"""Which wijken an organisation serves, and which gebied a wijk or referral belongs to."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from graph.rows import AreaRow, OrgInfo


@dataclass(slots=True)
class AreaIndex:
    """Gebieden, wijken and their relation, built once from the area rows."""

    names: dict[str, str] = field(default_factory=dict)
    level: dict[str, str] = field(default_factory=dict)
    gebied_of: dict[str, str] = field(default_factory=dict)
    wijken_of: dict[str, list[str]] = field(default_factory=dict)

    @property
    def wijken(self) -> list[str]:
        """Return every wijk code, sorted."""
        return sorted(code for code, lvl in self.level.items() if lvl == "wijk")

    @property
    def gebieden(self) -> list[str]:
        """Return every gebied code, sorted."""
        return sorted(code for code, lvl in self.level.items() if lvl == "gebied")

    def served_wijken(self, org: OrgInfo) -> list[str]:
        """Return the wijken `org` serves: all of them when its serves_areas is empty (city-wide).

        Serving a gebied means serving every wijk in it; unknown codes are ignored.
        """
        if not org.serves_areas:
            return self.wijken
        served: set[str] = set()
        for code in org.serves_areas:
            if self.level.get(code) == "gebied":
                served.update(self.wijken_of.get(code, ()))
            elif self.level.get(code) == "wijk":
                served.add(code)
        return sorted(served)

    def rollup(self, code: str | None) -> tuple[str, ...]:
        """Return the area codes a fact recorded on `code` counts towards: the wijk and its gebied."""
        if code is None or code not in self.level:
            return ()
        parent = self.gebied_of.get(code)
        return (code, parent) if parent else (code,)


def area_index(areas: Iterable[AreaRow]) -> AreaIndex:
    """Return the index of gebieden and wijken."""
    areas, index = list(areas), AreaIndex()
    for a in areas:
        index.names[a.code] = a.name
        index.level[a.code] = a.level
    for a in areas:
        if a.level == "wijk" and a.parent and index.level.get(a.parent) == "gebied":
            index.gebied_of[a.code] = a.parent
            index.wijken_of.setdefault(a.parent, []).append(a.code)
    for codes in index.wijken_of.values():
        codes.sort()
    return index
