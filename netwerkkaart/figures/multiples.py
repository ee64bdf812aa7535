"""Small multiples as inline SVG: one small line chart per area, every one on the same y-scale."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape

from netwerkkaart.figures.charts import nice_ticks


@dataclass(frozen=True, slots=True)
class Panel:
    """One small chart: its title, where it links to and its lines as (name, colour, values)."""

    title: str
    href: str
    lines: Sequence[tuple[str, str, Sequence[float]]]


def small_multiple(panel: Panel, y_max: float, x_labels: Sequence[str], fmt: Callable[[float], str],
                   width: int = 240, height: int = 140) -> Markup:
    """Return one panel as SVG: title, three round y ticks up to `y_max`, first and last x label, lines."""
    left, right, top, bottom = 40, 10, 22, 20
    ticks = nice_ticks(y_max, count=2)
    hi = ticks[-1] or 1.0
    count = max(len(x_labels) - 1, 1)

    def px(i: int) -> float:
        return left + i / count * (width - left - right)

    def py(y: float) -> float:
        return top + (1 - y / hi) * (height - top - bottom)

    parts = [f'<text x="2" y="14" font-weight="bold">{escape(panel.title)}</text>']
    for y in ticks:
        parts.append(f'<line x1="{left}" x2="{width - right}" y1="{py(y):.1f}" y2="{py(y):.1f}" '
                     f'stroke="#dee2e6"/><text x="{left - 4}" y="{py(y) + 4:.1f}" text-anchor="end">'
                     f'{escape(fmt(y))}</text>')
    if x_labels:
        parts.append(f'<text x="{left}" y="{height - 4}">{escape(x_labels[0])}</text>'
                     f'<text x="{width - right}" y="{height - 4}" text-anchor="end">'
                     f'{escape(x_labels[-1])}</text>')
    summary = []
    for name, colour, ys in panel.lines:
        points = " ".join(f"{px(i):.1f},{py(y):.1f}" for i, y in enumerate(ys))
        parts.append(f'<polyline points="{points}" fill="none" stroke="{colour}" stroke-width="1.8"/>')
        if ys:
            summary.append(f"{name} {fmt(ys[-1])}")
    label = f"{panel.title}: {', '.join(summary)} ({x_labels[-1] if x_labels else ''})"
    return Markup(f'<a href="{escape(panel.href)}"><svg viewBox="0 0 {width} {height}" font-size="11" '
                  f'xmlns="http://www.w3.org/2000/svg" role="img" aria-label="{escape(label)}">'
                  f'<title>{escape(label)}</title>{"".join(parts)}</svg></a>')
