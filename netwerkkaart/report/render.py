"""Render the report data into one HTML document (Jinja2, autoescaped; charts and map as inline SVG)."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from graph.model import SUPPORT_TYPES
from netwerkkaart.figures.charts import COLOURS, Series, bar_chart, line_chart
from netwerkkaart.figures.choropleth import choropleth_svg


@cache
def _environment() -> Environment:
    env = Environment(loader=PackageLoader("netwerkkaart.report", "templates"),
                      autoescape=select_autoescape(default=True, default_for_string=True))
    env.filters["nl"] = _nl_number
    env.filters["pct"] = lambda v: "–" if v is None else _nl_number(100 * v, 1) + " %"
    env.globals["need_label"] = lambda code: SUPPORT_TYPES.get(code, code)
    return env


def _nl_number(value: float | int | None, digits: int = 0) -> str:
    """Return a number the Dutch way: 12.345,6."""
    if value is None:
        return "–"
    text = f"{value:,.{digits}f}"
    return text.replace(",", "_").replace(".", ",").replace("_", ".")


def _curves_chart(curves: Mapping[str, Any]) -> Markup:
    rnd, tgt = curves["random"], curves["targeted"]
    xs = [100 * x for x in rnd["removed_fraction"]]
    return line_chart(xs, [Series("willekeurig vertrek (gemiddelde, 5–95 %)", rnd["connected_pairs_mean"]),
                           Series("gericht vertrek (sleutelpersonen eerst)", tgt["connected_pairs"],
                                  COLOURS[1], dash=True)],
                      band=(rnd["p05"], rnd["p95"]), y_max=1.0, x_title="% personen vertrokken",
                      title="Fractie verbonden organisatieparen")


def _trend_charts(data: Mapping[str, Any]) -> list[Markup]:
    trend = data["trend"]
    xs = list(range(len(trend)))
    labels = [t["label"] for t in trend]
    share = line_chart(xs, [Series("aandeel verbindingen met bus factor 1",
                                   [t["share_bus_factor_1"] for t in trend], COLOURS[1]),
                            Series("fractie verbonden paren", [t["connected_pairs"] for t in trend])],
                       x_labels=labels, y_max=1.0, title="Kwetsbaarheid door de tijd")
    sd = data["supply"]["trend"]
    supply = line_chart(list(range(len(sd))), [Series("vraag", [t["demand"] for t in sd], COLOURS[1]),
                                               Series("aanbod (plaatsen)", [t["supply"] for t in sd]),
                                               Series("tekort", [t["shortfall"] for t in sd], COLOURS[2])],
                        x_labels=[t["period"] for t in sd], title="Vraag en aanbod in de stad per periode")
    return [share, supply]


def _map(data: Mapping[str, Any]) -> Markup:
    values = {g["gebied"]: g["ratio"] for g in data["supply_gebied"] if g["ratio"] is not None}
    return choropleth_svg("gebieden", values, {}, label="aanbod / vraag",
                          fmt=lambda v: _nl_number(v, 2), credit=data["credit"])


def render_report(data: Mapping[str, Any]) -> str:
    """Return the report HTML for data from `report_data`."""
    bars = bar_chart([(g["name"], g["links_bus_factor_1"], g["links"]) for g in data["bus_factor_by_gebied"]],
                     title="Verbindingen per gebied", value_name="hangen aan één persoon",
                     total_name="alle gedragen verbindingen")
    trend_chart, supply_chart = _trend_charts(data)
    return _environment().get_template("report.html").render(
        d=data, curves_chart=_curves_chart(data["curves"]), bars=bars, trend_chart=trend_chart,
        supply_chart=supply_chart, map_svg=_map(data))


def render_connecting(groups: list[dict[str, Any]], as_of: str) -> str:
    """Return the printable per-gebied list of introductions and link suggestions."""
    return _environment().get_template("connecting.html").render(groups=groups, as_of=as_of)
