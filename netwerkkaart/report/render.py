"""Render the report data into one HTML document (Jinja2, autoescaped; charts and map as inline SVG)."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from analysis.i18n import format_date, text
from netwerkkaart.figures.charts import COLOURS, Series
from netwerkkaart.figures.choropleth import choropleth_svg
from netwerkkaart.report.charts import bar_chart, line_chart, nl
from netwerkkaart.report.sections import language_name, need_name


@cache
def _environment() -> Environment:
    env = Environment(loader=PackageLoader("netwerkkaart.report", "templates"),
                      autoescape=select_autoescape(default=True, default_for_string=True))
    env.filters["nl"] = nl
    env.filters["pct"] = lambda v: "–" if v is None else nl(100 * v, 1) + " %"
    env.filters["signed"] = _signed
    env.filters["date_nl"] = lambda v: format_date(v, "nl")
    env.globals["need_label"] = need_name
    env.globals["language_label"] = language_name
    env.globals["figure_label"] = lambda key: text(f"report_fig_{key}", "nl")
    return env


def _signed(value: float | None, share: bool = False) -> str:
    """Return a change with its sign, Dutch style (+12; −3,5 %-punt)."""
    if value is None:
        return "–"
    value = round(100 * value, 1) if share else round(value)  # the sign of what is shown, not of 0.4
    shown = nl(abs(value), 1) + " %-punt" if share else nl(abs(value))
    return ("+" if value > 0 else "−" if value < 0 else "±") + shown


def _curves_chart(curves: Mapping[str, Any]) -> Markup:
    rnd, tgt = curves["random"], curves["targeted"]
    xs = [100 * x for x in rnd["removed_fraction"]]
    return line_chart(xs, [Series("willekeurig vertrek (gemiddelde, 5–95 %)", rnd["connected_pairs_mean"]),
                           Series("gericht vertrek (sleutelpersonen eerst)", tgt["connected_pairs"],
                                  COLOURS[1], dash=True)],
                      band=(rnd["p05"], rnd["p95"]), y_max=1.0, x_title="% personen vertrokken",
                      x_labels=[f"{nl(x)} %" for x in xs], y_format=lambda v: f"{nl(100 * v)} %",
                      title="Verbonden organisatieparen als mensen vertrekken")


def _trend_chart(trend: list[Mapping[str, Any]]) -> Markup:
    return line_chart(list(range(len(trend))),
                      [Series("aandeel verbindingen dat aan één persoon hangt",
                              [t["share_bus_factor_1"] for t in trend], COLOURS[1]),
                       Series("verbonden organisatieparen", [t["connected_pairs"] for t in trend])],
                      x_labels=[format_date(t["date"], "nl") for t in trend], y_max=1.0,
                      y_format=lambda v: f"{nl(100 * v)} %", title="Kwetsbaarheid door de tijd")


def _supply_chart(sd: list[Mapping[str, Any]]) -> Markup:
    return line_chart(list(range(len(sd))), [Series("vraag", [t["demand"] for t in sd], COLOURS[1]),
                                             Series("aanbod (plaatsen)", [t["supply"] for t in sd]),
                                             Series("tekort", [t["shortfall"] for t in sd], COLOURS[2])],
                      x_labels=[t["period"] for t in sd], title="Vraag en aanbod in de stad per periode")


def _map(data: Mapping[str, Any]) -> Markup:
    values = {g["gebied"]: g["ratio"] for g in data["supply_demand"]["gebieden"] if g["ratio"] is not None}
    return choropleth_svg("gebieden", values, {}, label="aanbod / vraag", fmt=lambda v: nl(v, 2),
                          credit=data["credit"])


def render_report(data: Mapping[str, Any]) -> str:
    """Return the report HTML for data from `report_data`."""
    lasting = data["lasting"]
    bars = bar_chart([(g["name"], g["links_bus_factor_1"], g["links"]) for g in lasting["bus_by_gebied"]],
                     title="Verbindingen per gebied", value_name="hangen aan één persoon",
                     total_name="alle gedragen verbindingen")
    charts = {"curves": _curves_chart(lasting["curves"]), "bars": bars,
              "trend": _trend_chart(lasting["trend"]),
              "supply": _supply_chart(data["supply_demand"]["trend"]), "map": _map(data)}
    return _environment().get_template("report.html").render(d=data, charts=charts)


def render_connecting(groups: list[dict[str, Any]], as_of: str) -> str:
    """Return the printable per-gebied list of introductions and link suggestions."""
    return _environment().get_template("connecting.html").render(groups=groups, as_of=as_of)
