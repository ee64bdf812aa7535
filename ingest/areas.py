"""Match area names and codes (case- and accent-insensitive) to Area codes, with suggestions."""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass, field

from graph.model import Area
from ingest.values import BadValue, fold, quote


@dataclass(frozen=True, slots=True)
class Match:
    """The code an area text means, and a warning when a name was read one of two ways."""

    code: str
    warning: BadValue | None = None  # a message to warn with, not an error to raise


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

        An unknown area raises BadValue, with the closest known name when `suggest` (which costs
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
            # One message per level read: Dutch says "de wijk" but "het gebied".
            return Match(chosen.code, BadValue(f"ingest_area_both_{chosen.level}", value=quote(text),
                                               code=chosen.code, other=other.code))
        raise self._unknown(text) if suggest else BadValue("ingest_unknown_area", value=quote(text))

    def _unknown(self, text: str) -> BadValue:
        names = {fold(a.name): a for a in self.by_code.values()}
        close = difflib.get_close_matches(fold(text), list(names), n=1, cutoff=0.6)
        if not close:
            close = difflib.get_close_matches(text.strip().upper(), list(self.by_code), n=1, cutoff=0.8)
            hint = self.by_code[close[0]] if close else None
        else:
            hint = names[close[0]]
        if hint is None:
            return BadValue("ingest_unknown_area", value=quote(text))
        return BadValue("ingest_unknown_area_hint", value=quote(text), name=quote(hint.name), code=hint.code)
