"""At city scale: the network drawn as one node per gebied, joined by the people who connect them."""

from __future__ import annotations

from collections import Counter
from typing import Any
from urllib.parse import quote

from graph.rows import OrgLink, OrgSummary
from netwerkkaart.figures import palette
from web.i18n import format_number, text
from web.layout import positions
from web.network_views import people_between
from web.store import AnalysisStore


def aggregate_by_gebied(store: AnalysisStore, orgs: list[OrgSummary], links: list[OrgLink], lang: str
                        ) -> dict[str, Any]:
    """Return nodes (one per gebied, sized by organisations) and edges (people connecting two gebieden).

    A gebied node's `url` drills down: the network of that gebied's organisations.
    """
    gebied = {o.id: o.gebied or "?" for o in orgs}
    members = Counter(gebied.values())
    people = people_between((gebied[k.a], gebied[k.b], {p for c in k.carriers for p in c}) for k in links)
    names = store.area_names()
    # Spread wider than organisations: a gebied node is up to 50 units across.
    pos = {g: (x * 2.5, y * 2.5) for g, (x, y) in
           positions(sorted(members), [(a, b, n) for (a, b), n in people.items()]).items()}
    top = max(members.values(), default=1)
    widest = max(people.values(), default=1)
    title = text("network_gebied_title", lang)
    nodes = [{"id": g, "label": f"{names.get(g, g)} ({format_number(n, lang)})",
              "title": title.format(name=names.get(g, g), n=format_number(n, lang)),
              "x": pos[g][0], "y": pos[g][1], "size": 10 + 40 * (n / top) ** 0.5, "shape": "dot",
              "color": palette.cycle(i), "url": "/network?gebied=" + quote(g, safe=""), "group": "gebied",
              "organisations": n, "labelled": True}
             for i, (g, n) in enumerate(sorted(members.items()))]
    edges = [{"id": f"{a}|{b}", "from": a, "to": b, "width": round(1 + 9 * n / widest, 1),
              "color": palette.EDGE,
              "title": text("network_gebied_link", lang).format(a=names.get(a, a), b=names.get(b, b),
                                                               n=format_number(n, lang)),
              "people": n}
             for (a, b), n in people.items()]
    return {"nodes": nodes, "edges": edges, "legend": []}
