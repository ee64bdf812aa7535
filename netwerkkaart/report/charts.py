"""The report's charts: inline SVG with Dutch numbers, the legend as HTML under the plot (never over it).

`netwerkkaart.figures.charts` draws its legend inside the SVG, where long Dutch names run into the axis
title; in print the report needs every label whole, so here the plot area only holds axes and lines.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from markupsafe import Markup, escape

from analysis.i18n import format_number
from netwerkkaart.figures.charts import COLOURS, Series

# Margins wide enough for a centred date label ("1 december 2024") at either end of the x axis.
_LEFT, _RIGHT, _TOP, _BOTTOM = 64, 52, 12, 46


def nl(value: float | None, digits: int = 0) -> str:
    """Return a number the Dutch way (1.799; 0,25)."""
    return format_number(value, "nl", digits)


def _tick(value: float, top: float) -> str:
    return nl(value, 0 if top >= 10 else 2 if top < 2 else 1)


def _legend(items: Sequence[tuple[str, str, bool]]) -> str:
    """Return the HTML legend: per item a colour swatch (dashed if so) and its name."""
    out = [f'<li><span class="swatch{" dashed" if dash else ""}" style="border-color:{colour}"></span>'
           f"{escape(name)}</li>" for name, colour, dash in items]
    return f'<ul class="legend">{"".join(out)}</ul>'


def _shown(n: int, most: int = 8) -> list[int]:
    """Return the indices of the x labels to draw: at most `most`, evenly spaced, first and last included."""
    step = max(1, -(-n // most))
    chosen = list(range(0, n, step))
    if chosen and chosen[-1] != n - 1:
        # The last label replaces the one before it when they would stand too close together.
        chosen[-1:] = [n - 1] if n - 1 - chosen[-1] < step / 2 else [chosen[-1], n - 1]
    return chosen


def _svg(title: str, width: int, height: int, parts: list[str]) -> str:
    return (f'<svg class="chart" viewBox="0 0 {width} {height}" xmlns="http://www.w3.org/2000/svg" '
            f'role="img" aria-label="{escape(title)}">{"".join(parts)}</svg>')


def _figure(title: str, svg: str, legend: str, x_title: str = "") -> Markup:
    caption = f'<p class="x-title">{escape(x_title)}</p>' if x_title else ""
    return Markup(f'<figure class="chart"><figcaption>{escape(title)}</figcaption>{svg}{caption}{legend}'
                  "</figure>")


def line_chart(xs: Sequence[float], series: Sequence[Series], *, title: str,
               x_labels: Sequence[str] | None = None,
               band: tuple[Sequence[float], Sequence[float]] | None = None, y_max: float | None = None,
               x_title: str = "", y_format: Callable[[float], str] | None = None,
               width: int = 640, height: int = 240) -> Markup:
    """Return a line chart figure: SVG axes and lines, x-axis title and legend below it as HTML."""
    values = [y for s in series for y in s.ys if y is not None] + (list(band[1]) if band else [])
    hi = y_max if y_max is not None else (max(values, default=1.0) * 1.1 or 1.0)
    x0, x1 = (min(xs), max(xs)) if xs else (0.0, 1.0)
    span, fmt = (x1 - x0) or 1.0, y_format or (lambda v: _tick(v, hi))
    plot_w, plot_h = width - _LEFT - _RIGHT, height - _TOP - _BOTTOM

    def pt(x: float, y: float) -> str:
        return f"{_LEFT + (x - x0) / span * plot_w:.1f},{_TOP + (1 - y / hi) * plot_h:.1f}"

    parts = []
    for i in range(5):
        y = _TOP + (1 - i / 4) * plot_h
        parts.append(f'<line x1="{_LEFT}" x2="{width - _RIGHT}" y1="{y:.1f}" y2="{y:.1f}" class="grid"/>'
                     f'<text x="{_LEFT - 6}" y="{y + 4:.1f}" text-anchor="end">'
                     f"{escape(fmt(hi * i / 4))}</text>")
    if band:
        ring = [pt(x, y) for x, y in zip(xs, band[1], strict=True)]
        ring += [pt(x, y) for x, y in reversed(list(zip(xs, band[0], strict=True)))]
        parts.append(f'<polygon points="{" ".join(ring)}" fill="{series[0].colour}" opacity="0.18"/>')
    for s in series:
        points = " ".join(pt(x, y) for x, y in zip(xs, s.ys, strict=True) if y is not None)
        dash = ' stroke-dasharray="6 4"' if s.dash else ""
        parts.append(f'<polyline points="{points}" fill="none" stroke="{s.colour}" stroke-width="2"{dash}/>')
    labels = list(x_labels) if x_labels else [nl(x) for x in xs]
    for i in _shown(len(labels)):
        parts.append(f'<text x="{pt(xs[i], 0).split(",")[0]}" y="{height - _BOTTOM + 18}" '
                     f'text-anchor="middle">{escape(labels[i])}</text>')
    svg = _svg(title, width, height - _BOTTOM + 28, parts)
    return _figure(title, svg, _legend([(s.name, s.colour, s.dash) for s in series]), x_title)


def bar_chart(rows: Sequence[tuple[str, float, float]], *, title: str, value_name: str, total_name: str,
              width: int = 640) -> Markup:
    """Return horizontal bars: per label a light `total` bar with the dark `value` part, legend below."""
    left, bar, gap, top = 180, 14, 6, 4
    height = top + len(rows) * (bar + gap)
    hi = max((t for _, _, t in rows), default=1.0) or 1.0
    scale = (width - left - 90) / hi
    parts = []
    for i, (label, value, total) in enumerate(rows):
        y = top + i * (bar + gap)
        parts.append(f'<text x="{left - 6}" y="{y + 11}" text-anchor="end">{escape(label)}</text>'
                     f'<rect x="{left}" y="{y}" width="{total * scale:.1f}" height="{bar}" fill="#cfe2ea"/>'
                     f'<rect x="{left}" y="{y}" width="{value * scale:.1f}" height="{bar}" '
                     f'fill="{COLOURS[1]}"/><text x="{left + total * scale + 4:.1f}" y="{y + 11}">'
                     f"{nl(value)} / {nl(total)}</text>")
    svg = _svg(title, width, height, parts)
    return _figure(title, svg, _legend([(value_name, COLOURS[1], False), (total_name, "#cfe2ea", False)]))
