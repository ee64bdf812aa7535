"""Beyond the node cap: the network drawn as one node per gebied, links summed between gebieden."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any
from urllib.parse import quote

from graph.rows import OrgLink, OrgSummary
from netwerkkaart.figures import palette
from web.layout import positions
from web.store import AnalysisStore


def aggregate_by_gebied(store: AnalysisStore, orgs: list[OrgSummary], links: list[OrgLink],
                        as_of: dt.date) -> dict[str, Any]:
    """Return nodes (one per gebied, sized by organisations) and edges (links summed) with a legend."""
    gebied = {o.id: o.gebied or "?" for o in orgs}
    members = Counter(gebied.values())
    pairs: Counter[tuple[str, str]] = Counter()
    for link in links:
        a, b = sorted((gebied[link.a], gebied[link.b]))
        if a != b:
            pairs[(a, b)] += 1
    names = store.area_names()
    pos = positions(sorted(members), [(a, b, n) for (a, b), n in pairs.items()])
    top = max(members.values(), default=1)
    nodes = [{"id": g, "label": f"{names.get(g, g)} ({n})", "title": f"{names.get(g, g)}: {n}",
              "x": pos[g][0], "y": pos[g][1], "size": 10 + 40 * (n / top) ** 0.5, "shape": "dot",
              "color": palette.cycle(i), "url": "/areas/" + quote(g, safe=""), "group": "gebied"}
             for i, (g, n) in enumerate(sorted(members.items()))]
    edges = [{"id": f"{a}|{b}", "from": a, "to": b, "width": min(1 + n / 5, 12), "color": palette.EDGE,
              "title": f"{names.get(a, a)} — {names.get(b, b)}: {n}", "links": n}
             for (a, b), n in sorted(pairs.items())]
    return {"nodes": nodes, "edges": edges, "legend": []}
