"""Match area names and codes (case- and accent-insensitive) to Area codes, with suggestions."""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass, field

from graph.model import Area
from ingest.values import fold


@dataclass(frozen=True, slots=True)
class Match:
    """The code an area text means, and a warning when a name was read one of two ways."""

    code: str
    warning: str | None = None


@dataclass(slots=True)
class AreaIndex:
    """Known areas by code and by folded name (a name can be both a gebied and a wijk)."""

    by_code: dict[str, Area] = field(default_factory=dict)
    by_name: dict[str, list[Area]] = field(default_factory=dict)

    @classmethod
    def of(cls, areas: Iterable[Area]) -> AreaIndex:
        """Return an index of `areas`; later areas with the same code replace earlier ones."""
        index = cls()
        for area in areas:
            index.by_code[area.code.upper()] = area
        for area in index.by_code.values():
            index.by_name.setdefault(fold(area.name), []).append(area)
        return index

    def resolve(self, text: str, prefer: str, *, suggest: bool = True) -> Match:
        """Return the code `text` means, preferring level `prefer` for a name of both levels.

        An unknown area raises ValueError, with the closest known name when `suggest` (which costs
        a fuzzy search over all areas: callers turn it off once such errors are only counted).
        """
        area = self.by_code.get(text.strip().upper())
        if area:
            return Match(area.code)
        found = self.by_name.get(fold(text), [])
        if len(found) == 1:
            return Match(found[0].code)
        if found:
            chosen = next((a for a in found if a.level == prefer), found[0])
            other = next(a for a in found if a is not chosen)
            return Match(chosen.code, f'"{text}" is both a {chosen.level} and a {other.level}: read as'
                                      f" the {chosen.level} {chosen.code}; write {other.code} for the"
                                      f" {other.level}")
        raise ValueError(self._unknown(text) if suggest else f'"{text}" is not a known wijk or gebied')

    def _unknown(self, text: str) -> str:
        names = {fold(a.name): a for a in self.by_code.values()}
        close = difflib.get_close_matches(fold(text), list(names), n=1, cutoff=0.6)
        if not close:
            close = difflib.get_close_matches(text.strip().upper(), list(self.by_code), n=1, cutoff=0.8)
            hint = self.by_code[close[0]] if close else None
        else:
            hint = names[close[0]]
        suggestion = f'; did you mean "{hint.name}" ({hint.code})?' if hint else ""
        return f'"{text}" is not a known wijk or gebied{suggestion}'
