"""A choropleth of Rotterdam's gebieden or wijken as inline SVG, projected on the server (no tiles)."""

from __future__ import annotations

import json
import math
from functools import cache
from typing import Any

from markupsafe import Markup, escape

from graph.reference import geojson_text
from netwerkkaart.figures import palette

LAYERS = {"gebieden": "gebieden", "wijken": "buurten"}
_WIDTH = 800.0


@cache
def _features(layer: str) -> list[dict[str, Any]]:
    return json.loads(geojson_text(LAYERS[layer]))["features"]


def _rings(geometry: dict[str, Any]) -> list[list[list[float]]]:
    if geometry["type"] == "Polygon":
        return list(geometry["coordinates"])
    return [ring for polygon in geometry["coordinates"] for ring in polygon]


@cache
def _projection(layer: str) -> tuple[float, float, float, float, float]:
    """Return (min_lon, max_lat, x_scale, y_scale, height) of an equirectangular projection."""
    points = [p for f in _features(layer) for ring in _rings(f["geometry"]) for p in ring]
    lons, lats = [p[0] for p in points], [p[1] for p in points]
    # Shrink longitudes by cos(latitude) so the city is not stretched east-west.
    k = math.cos(math.radians((min(lats) + max(lats)) / 2))
    x_scale = _WIDTH / ((max(lons) - min(lons)) * k)
    height = (max(lats) - min(lats)) * x_scale
    return min(lons), max(lats), x_scale * k, x_scale, height


def _path(layer: str, geometry: dict[str, Any]) -> str:
    lon0, lat0, sx, sy, _ = _projection(layer)
    parts = []
    for ring in _rings(geometry):
        coords = " L".join(f"{(lon - lon0) * sx:.1f},{(lat0 - lat) * sy:.1f}" for lon, lat in ring)
        parts.append(f"M{coords} Z")
    return " ".join(parts)


def choropleth_svg(layer: str, values: dict[str, float], names: dict[str, str], *,
                   label: str, fmt: Any, credit: str, top: float | None = None, reverse: bool = False,
                   note: str = "") -> Markup:
    """Return an SVG map colouring each area by `values[code]`; areas without a value are grey.

    `top` fixes the end of the colour scale (values above it get the last colour), so maps of
    different dates can be compared; without it the scale ends at the largest value. `reverse`
    makes low values dark (a ratio where low means shortage); `note` is said after the legend.
    """
    if layer not in LAYERS:
        raise ValueError(f"unknown layer {layer!r}")
    top = top or max(values.values(), default=0.0) or 1.0
    colours = palette.SEQUENTIAL[::-1] if reverse else palette.SEQUENTIAL
    shapes = []
    for feature in _features(layer):
        code = feature["properties"]["statcode"]
        value = values.get(code)
        fill = _colour(colours, value / top) if value is not None else "#e9ecef"
        name = names.get(code) or feature["properties"].get("gebied") or feature["properties"]["statnaam"]
        tip = f"{name}: {fmt(value)}" if value is not None else str(name)
        shape = (f'<path d="{_path(layer, feature["geometry"])}" fill="{fill}" stroke="#495057" '
                 f'stroke-width="0.6" data-code="{escape(code)}"><title>{escape(tip)}</title></path>')
        # The link carries the name itself: a link inside an image would be a control nested in a control.
        shapes.append(f'<a href="/areas/{escape(code)}" aria-label="{escape(tip)}">{shape}</a>'
                      if code in names else shape)
    height = _projection(layer)[4]
    legend = "".join(
        f'<rect x="{10 + i * 40}" y="{height + 8:.0f}" width="40" height="12" fill="{c}"/>'
        for i, c in enumerate(colours))
    end = f"≥ {fmt(top)}" if max(values.values(), default=0.0) > top else fmt(top)
    caption = (f'<text x="260" y="{height + 19:.0f}" font-size="12">{escape(label)}: 0 – {escape(end)}'
               f'</text><text x="{_WIDTH - 5}" y="{height + 19:.0f}" font-size="11" text-anchor="end">'
               f'{escape(credit)}</text>')
    if note:  # a line of its own, so that it never runs into the credit
        caption += (f'<text x="10" y="{height + 38:.0f}" font-size="13" font-weight="bold">'
                    f'{escape(note)}</text>')
    return Markup(f'<svg class="choropleth" viewBox="0 0 {_WIDTH:.0f} {height + (46 if note else 28):.0f}" '
                  f'role="group" aria-label="{escape(label + (" · " + note if note else ""))}" '
                  f'xmlns="http://www.w3.org/2000/svg">{"".join(shapes)}{legend}{caption}</svg>')


def _colour(colours: tuple[str, ...], fraction: float) -> str:
    """Return the colour of a value scaled to 0..1 (clipped) on a light-to-dark or dark-to-light scale."""
    fraction = min(max(fraction, 0.0), 1.0)
    return colours[min(int(fraction * len(colours)), len(colours) - 1)]
