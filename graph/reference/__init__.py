"""Reference data shipped with netwerkkaart: Rotterdam's gebieden and wijken (Bron: CBS/Kadaster)."""

from __future__ import annotations

import csv
from functools import cache
from importlib import resources

from graph.model import Area

CREDIT = "Bron: CBS/Kadaster"


@cache
def rotterdam_areas() -> tuple[Area, ...]:
    """Return Rotterdam's 14 gebieden and their wijken (CBS buurten); port areas are left out."""
    text = resources.files("graph.reference").joinpath("rotterdam/areas.csv").read_text("utf-8")
    rows = [row for row in csv.DictReader(text.splitlines()) if row["is_gebied"] == "1"]
    gebieden = {row["cbs_wijk_code"]: row["gebied"] for row in rows}
    areas = [Area(code=code, name=name, level="gebied") for code, name in gebieden.items()]
    areas += [
        Area(code=row["buurt_code"], name=row["buurt_name"], level="wijk",
             parent=row["cbs_wijk_code"])
        for row in rows
    ]
    return tuple(areas)


def geojson_text(layer: str) -> str:
    """Return the GeoJSON of `gebieden` or `buurten` (the wijken) as text."""
    if layer not in ("gebieden", "buurten"):
        raise ValueError(f"unknown layer {layer!r}")
    return resources.files("graph.reference").joinpath(f"rotterdam/{layer}.geojson").read_text()
