"""Charts as inline SVG, drawn here: no JavaScript library, nothing fetched by the browser.

Each chart is a list of (label, value) bars; the page puts the same numbers in a table beside
it. Right-to-left pages mirror the chart: labels on the right, bars growing leftwards.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from markupsafe import Markup

WIDTH = 520
LABEL = 190
ROW = 26
BAR = 18
COLOURS = ("#2f6f9f", "#3f9f6f")


def bars(items: Sequence[tuple[str, int]], *, rtl: bool, title: str) -> Markup:
    """Horizontal bars, one row per label, the value written at the bar's end."""
    top = max((value for _, value in items), default=0) or 1
    room = WIDTH - LABEL - 50
    height = ROW * max(1, len(items)) + 6
    parts = [f'<svg class="chart" role="img" viewBox="0 0 {WIDTH} {height}" '
             f'width="100%" preserveAspectRatio="xMinYMin meet" direction="ltr" '
             f'xmlns="http://www.w3.org/2000/svg"><title>{escape(title)}</title>']
    for row, (label, value) in enumerate(items):
        y = 3 + row * ROW
        length = round(room * value / top)
        if rtl:  # the label's right edge at the right margin, read right to left
            label_x, anchor = WIDTH - 4, "start"
            bar_x = WIDTH - LABEL - length
            value_x, value_anchor = bar_x - 4, "end"
        else:
            label_x, anchor = LABEL - 6, "end"
            bar_x = LABEL
            value_x, value_anchor = LABEL + length + 4, "start"
        text_y = y + BAR - 4
        parts.append(
            f'<text x="{label_x}" y="{text_y}" text-anchor="{anchor}" class="label" '
            f'direction="{"rtl" if rtl else "ltr"}">'
            f'{escape(_short(label))}</text>'
            f'<rect x="{bar_x}" y="{y}" width="{length}" height="{BAR}" rx="2" '
            f'fill="{COLOURS[0]}"><title>{escape(label)}: {value}</title></rect>'
            f'<text x="{value_x}" y="{text_y}" text-anchor="{value_anchor}" '
            f'class="value" direction="ltr">{value}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))


def columns(items: Sequence[tuple[str, Sequence[int]]], *, rtl: bool, title: str) -> Markup:
    """Grouped columns over time (oldest first; mirrored on right-to-left pages)."""
    height, base, gap = 180, 150, 4
    series = max((len(values) for _, values in items), default=1)
    top = max((v for _, values in items for v in values), default=0) or 1
    slot = WIDTH / max(1, len(items))
    width = max(2.0, (slot - gap) / series)
    parts = [f'<svg class="chart" role="img" viewBox="0 0 {WIDTH} {height}" width="100%" '
             f'direction="ltr" xmlns="http://www.w3.org/2000/svg"><title>{escape(title)}</title>'
             f'<line x1="0" y1="{base}" x2="{WIDTH}" y2="{base}" stroke="#999"/>']
    for index, (label, values) in enumerate(items):
        position = len(items) - 1 - index if rtl else index
        x0 = position * slot + gap / 2
        for s, value in enumerate(values):
            tall = round((base - 10) * value / top)
            parts.append(f'<rect x="{x0 + s * width:.1f}" y="{base - tall}" '
                         f'width="{width:.1f}" height="{tall}" '
                         f'fill="{COLOURS[s % len(COLOURS)]}">'
                         f'<title>{escape(label)}: {value}</title></rect>')
        if index % 2 == 0:
            parts.append(f'<text x="{x0 + slot / 2:.1f}" y="{base + 16}" '
                         f'text-anchor="middle" class="tick" direction="ltr">'
                         f'{escape(label)}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))


def _short(label: str, most: int = 26) -> str:
    return label if len(label) <= most else label[: most - 1] + "…"
