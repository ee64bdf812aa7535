"""Charts as inline SVG (no JavaScript, no network): line charts with an optional band, horizontal bars."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape

COLOURS = ("#1f6f8b", "#d1495b", "#edae49", "#66a182", "#6c757d")


@dataclass(frozen=True, slots=True)
class Series:
    """One line: its name, y values (one per x position) and colour; `dash` draws it dashed."""

    name: str
    ys: Sequence[float | None]
    colour: str = COLOURS[0]
    dash: bool = False


def _fmt(value: float) -> str:
    return f"{value:.0f}" if abs(value) >= 10 or value == int(value) else f"{value:.2f}"


def nice_ticks(high: float, count: int = 4) -> list[float]:
    """Return about `count` + 1 round ticks from 0 up to at least `high` (steps 1, 2, 2.5 or 5 × 10ⁿ)."""
    if high <= 0:  # nothing to show: an axis from 0 to 1 rather than none
        return nice_ticks(1.0, count)
    raw = high / count
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw * (1 - 1e-9))
    top = math.ceil(high / step - 1e-9) * step
    return [round(i * step, 10) for i in range(round(top / step) + 1)]


def _text_width(label: str, size: float = 12) -> float:
    """Return a generous estimate of a label's width in SVG units (no font metrics on the server)."""
    return 0.62 * size * len(label)


def line_chart(xs: Sequence[float], series: Sequence[Series], *, x_labels: Sequence[str] | None = None,
               band: tuple[Sequence[float], Sequence[float]] | None = None, y_max: float | None = None,
               title: str = "", x_title: str = "", width: int = 640, height: int = 260,
               fmt: Callable[[float], str] = _fmt) -> Markup:
    """Return an SVG line chart; `band` is a (low, high) ribbon drawn under the first series.

    The y-axis has round ticks (`fmt` writes them, e.g. with Dutch thousands separators); the
    margins leave room for the last x label and the legend has a row of its own below the axis.
    """
    labels = list(x_labels) if x_labels is not None else [_fmt(x) for x in xs]
    values = [y for s in series for y in s.ys if y is not None] + (list(band[1]) if band else [])
    ticks = nice_ticks(y_max if y_max is not None else max(values, default=1.0))
    hi = ticks[-1] or 1.0
    left = 12 + max((_text_width(fmt(t)) for t in ticks), default=30)
    right = max(12.0, _text_width(labels[-1]) / 2 + 4) if labels else 12.0
    top, bottom = 26, 48
    x0, x1 = (min(xs), max(xs)) if xs else (0.0, 1.0)
    span = (x1 - x0) or 1.0

    def px(x: float) -> float:
        return left + (x - x0) / span * (width - left - right)

    def py(y: float) -> float:
        return top + (1 - y / hi) * (height - top - bottom)

    parts = [f'<text x="{left:.0f}" y="16" class="ct">{escape(title)}</text>']
    for y in ticks:
        parts.append(f'<line x1="{left:.1f}" x2="{width - right:.1f}" y1="{py(y):.1f}" y2="{py(y):.1f}" '
                     f'class="grid" stroke="#dee2e6"/><text x="{left - 6:.1f}" y="{py(y) + 4:.1f}" '
                     f'text-anchor="end">{escape(fmt(y))}</text>')
    if band:
        upper = " ".join(f"{px(x):.1f},{py(y):.1f}" for x, y in zip(xs, band[1], strict=True))
        lower = " ".join(f"{px(x):.1f},{py(y):.1f}" for x, y in reversed(list(zip(xs, band[0], strict=True))))
        parts.append(f'<polygon points="{upper} {lower}" fill="{series[0].colour}" opacity="0.18"/>')
    for s in series:
        points = " ".join(f"{px(x):.1f},{py(y):.1f}" for x, y in zip(xs, s.ys, strict=True) if y is not None)
        dash = ' stroke-dasharray="6 4"' if s.dash else ""
        parts.append(f'<polyline points="{points}" fill="none" stroke="{s.colour}" stroke-width="2"{dash}/>')
    # Leave out labels that would overlap their neighbour; the last one is always shown.
    step = max(1, math.ceil(len(labels) * (_text_width(max(labels, key=len, default="")) + 8)
                            / (width - left - right))) if labels else 1
    for i, (x, label) in enumerate(zip(xs, labels, strict=True)):
        if (i % step == 0 and len(labels) - 1 - i >= step) or i == len(labels) - 1:
            parts.append(f'<text x="{px(x):.1f}" y="{height - bottom + 16}" text-anchor="middle">'
                         f'{escape(label)}</text>')
    parts.append(_legend(series, int(left), height - 8, x_title, int(width - right)))
    return Markup(f'<svg class="chart" viewBox="0 0 {width} {height}" xmlns="http://www.w3.org/2000/svg" '
                  f'font-size="12" role="img" aria-label="{escape(title)}">{"".join(parts)}</svg>')


def _legend(series: Sequence[Series], x: int, y: int, x_title: str, x_end: int) -> str:
    out = []
    if x_title:  # the axis title sits just under the axis, right-aligned, above the legend's row
        out.append(f'<text x="{x_end}" y="{y - 18}" text-anchor="end" font-style="italic">'
                   f'{escape(x_title)}</text>')
    for s in series:
        out.append(f'<rect x="{x}" y="{y - 9}" width="14" height="4" fill="{s.colour}"/>'
                   f'<text x="{x + 18}" y="{y - 4}">{escape(s.name)}</text>')
        x += 30 + int(_text_width(s.name))
    return "".join(out)


def bar_chart(rows: Sequence[tuple[str, float, float]], *, title: str, value_name: str, total_name: str,
              width: int = 640) -> Markup:
    """Return horizontal bars: per label a light `total` bar with the dark `value` part over it."""
    left, bar, gap, top = 170, 14, 6, 30
    height = top + len(rows) * (bar + gap) + 28
    hi = max((t for _, _, t in rows), default=1.0) or 1.0
    scale = (width - left - 60) / hi
    parts = [f'<text x="4" y="16" class="ct">{escape(title)}</text>']
    for i, (label, value, total) in enumerate(rows):
        y = top + i * (bar + gap)
        end = left + total * scale + 4
        parts.append(f'<text x="{left - 6}" y="{y + 11}" text-anchor="end">{escape(label)}</text>'
                     f'<rect x="{left}" y="{y}" width="{total * scale:.1f}" height="{bar}" fill="#cfe2ea"/>'
                     f'<rect x="{left}" y="{y}" width="{value * scale:.1f}" height="{bar}" '
                     f'fill="{COLOURS[1]}"/><text x="{end:.1f}" y="{y + 11}">'
                     f'{_fmt(value)} / {_fmt(total)}</text>')
    y = height - 10
    parts.append(f'<rect x="{left}" y="{y - 9}" width="12" height="10" fill="{COLOURS[1]}"/>'
                 f'<text x="{left + 16}" y="{y}">{escape(value_name)}</text>'
                 f'<rect x="{left + 200}" y="{y - 9}" width="12" height="10" fill="#cfe2ea"/>'
                 f'<text x="{left + 216}" y="{y}">{escape(total_name)}</text>')
    return Markup(f'<svg class="chart" viewBox="0 0 {width} {height}" xmlns="http://www.w3.org/2000/svg" '
                  f'role="img" aria-label="{escape(title)}">{"".join(parts)}</svg>')
