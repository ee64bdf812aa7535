"""Colours for the network view and the map (colour-blind-friendly where it matters)."""

from __future__ import annotations

from graph.model import ORGANISATION_KINDS

WARNING = "#d9480f"   # bus-factor-1 links
BROKEN = "#c2255c"    # links a what-if breaks
EDGE = "#adb5bd"
PERSON = "#868e96"

# Okabe & Ito's colour-blind-safe set, then three of Paul Tol's to reach eleven kinds: no two of them
# are told apart by red/green alone (religieus and werk used to be two near-identical oranges).
_CYCLE = ("#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#f0e442", "#000000",
          "#882255", "#332288", "#999999", "#117733", "#44aa99", "#aa4499")

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
