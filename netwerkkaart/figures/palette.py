"""Colours for the network view and the map (colour-blind-friendly where it matters)."""

from __future__ import annotations

from graph.model import ORGANISATION_KINDS

WARNING = "#d9480f"   # bus-factor-1 links
BROKEN = "#c2255c"    # links a what-if breaks
EDGE = "#adb5bd"
PERSON = "#868e96"

_CYCLE = ("#1c7ed6", "#37b24d", "#f59f00", "#ae3ec9", "#0ca678", "#e8590c", "#4263eb",
          "#74b816", "#f76707", "#d6336c", "#1098ad", "#5c940d", "#7048e8", "#c92a2a")

KIND_COLOURS: dict[str, str] = {kind: _CYCLE[i % len(_CYCLE)] for i, kind in enumerate(ORGANISATION_KINDS)}

# Sequential scale (light to dark) for choropleths and fragility.
SEQUENTIAL = ("#fff5eb", "#fdd0a2", "#fdae6b", "#fd8d3c", "#e6550d", "#a63603")


def cycle(index: int) -> str:
    """Return the index-th colour of the categorical cycle (for communities)."""
    return _CYCLE[index % len(_CYCLE)]


def sequential(fraction: float) -> str:
    """Return the sequential colour for a value scaled to 0..1."""
    fraction = min(max(fraction, 0.0), 1.0)
    return SEQUENTIAL[min(int(fraction * len(SEQUENTIAL)), len(SEQUENTIAL) - 1)]
