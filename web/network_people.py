"""People as extra nodes in the network view, tied to the organisations they are affiliated with."""

from __future__ import annotations

import zlib
from typing import Any
from urllib.parse import quote

from analysis.i18n import role_name
from netwerkkaart.figures import palette
from web.i18n import text
from web.store import AnalysisStore


def add_people(doc: dict[str, Any], store: AnalysisStore, q: Any, org_ids: set[str], lang: str,
               cap: int, urls: bool = True) -> None:
    """Add current affiliates of the shown organisations as nodes, unless that passes the node cap.

    Without `urls` (for viewers, who cannot open person pages) a person's node opens nothing.
    """
    affs = [row for row in store.affiliations(q.as_of) if row["organisation"] in org_ids]
    people = {row["person"]: row["name"] for row in affs}
    if len(people) + len(doc["nodes"]) > cap:
        doc["notes"].append(text("people_hidden_plain", lang).format(n=len(people) + len(doc["nodes"])))
        return
    pos = {node["id"]: (node["x"], node["y"]) for node in doc["nodes"]}
    placed: dict[str, tuple[float, float]] = {}
    for row in affs:
        x, y = pos[row["organisation"]]
        # Put each person near the first organisation listed, offset so they do not overlap it.
        placed.setdefault(row["person"], (x + 25 + (zlib.crc32(row["person"].encode()) % 40), y + 25))
    doc["nodes"] += [{"id": f"person:{pid}", "label": name, "title": name, "x": placed[pid][0],
                      "y": placed[pid][1], "size": 5, "shape": "square", "color": palette.PERSON,
                      "group": "person", **({"url": "/people/" + quote(pid, safe="")} if urls else {})}
                     for pid, name in sorted(people.items())]
    doc["edges"] += [{"id": f"aff:{r['person']}|{r['organisation']}|{r['role']}",
                      "from": f"person:{r['person']}", "to": r["organisation"], "width": 0.5,
                      "color": palette.PERSON, "title": role_name(r["role"], lang), "role": r["role"]}
                     for r in affs]
    doc["legend"] = [*doc["legend"], {"label": text("people", lang), "color": palette.PERSON}]
