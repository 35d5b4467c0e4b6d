"""Inline SVG charts drawn in Python: column chart, horizontal bar chart, heatmap.

Every chart is a self-contained ``<svg>`` string (no external font, image or script);
each mark carries a ``<title>`` so that hovering shows its exact number.
"""

from __future__ import annotations

import math
from html import escape

__all__ = ["column_chart", "bar_chart", "heatmap", "nice_ticks", "ACCENT"]

ACCENT = "#2f6db5"
_FONT = "font-family:system-ui,-apple-system,'Segoe UI',sans-serif;font-size:11px"
_LOW, _HIGH = (238, 244, 251), (22, 70, 135)


def nice_ticks(top: float, count: int = 4) -> list[float]:
    """Round tick values from 0 to at least ``top``."""
    if top <= 0:
        return [0, 1]
    raw = top / count
    mag = 10 ** math.floor(math.log10(raw))
    step = next(m * mag for m in (1, 2, 5, 10) if m * mag >= raw)
    if step < 1:
        step = 1
    n = math.ceil(top / step)
    return [i * step for i in range(n + 1)]


def _num(v: float) -> str:
    return f"{int(v):,}" if float(v).is_integer() else f"{v:,.1f}"


def _svg(width: int, height: int, body: list[str], label: str) -> str:
    return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
            f'width="{width}" height="{height}" role="img" aria-label="{escape(label)}" '
            f'style="{_FONT};max-width:100%;height:auto">' + "".join(body) + "</svg>")


def _log_ticks(top: float) -> list[float]:
    ticks, t = [0.0, 1.0], 1.0
    while t < top:
        t *= 10
        ticks.append(t)
    return ticks


def column_chart(points: list[tuple[str, int]], *, label: str, unit: str = "articles",
                 width: int = 1100, height: int = 280, max_labels: int = 24,
                 log: bool = False) -> str:
    """Vertical bars, one per point, in the given order (x labels thinned to max_labels).

    ``log`` draws the y axis on a log scale (ticks 0, 1, 10, 100 ...), for counts that
    span orders of magnitude such as cluster sizes.
    """
    n = max(1, len(points))
    left, right, top = 56, 12, 16
    slot = (width - left - right) / n
    rotate = max((len(name) for name, _ in points), default=0) * 7 > slot
    plot_h = height - top - (64 if rotate else 28)
    peak = max((v for _, v in points), default=0)
    ticks = _log_ticks(peak) if log else nice_ticks(peak)

    def y_of(v: float) -> float:
        share = math.log10(1 + v) / math.log10(1 + ticks[-1]) if log else v / ticks[-1]
        return top + plot_h - share * plot_h

    body = []
    for t in ticks:
        y = y_of(t)
        body.append(f'<line x1="{left}" x2="{width - right}" y1="{y:.1f}" y2="{y:.1f}" '
                    'stroke="#e3e6ea"/>')
        body.append(f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end" '
                    f'fill="#555">{_num(t)}</text>')
    every = max(1, math.ceil(n / max_labels))
    for i, (name, value) in enumerate(points):
        y = y_of(value)
        x = left + i * slot + slot * 0.1
        body.append(f'<rect class="bar" x="{x:.1f}" y="{y:.1f}" '
                    f'width="{max(slot * 0.8, 0.5):.1f}" height="{top + plot_h - y:.1f}" '
                    f'fill="{ACCENT}"><title>{escape(name)}: {value:,} {unit}</title></rect>')
        cx = left + (i + 0.5) * slot
        if n <= 40 and value:
            body.append(f'<text x="{cx:.1f}" y="{y - 4:.1f}" text-anchor="middle" '
                        f'fill="#333">{value:,}</text>')
        if i % every:
            continue
        cy = top + plot_h + 14
        turn = f' transform="rotate(-45 {cx:.1f} {cy:.1f})"' if rotate else ""
        anchor = "end" if rotate else "middle"
        body.append(f'<text x="{cx:.1f}" y="{cy:.1f}" text-anchor="{anchor}" fill="#333"'
                    f"{turn}>{escape(name)}</text>")
    body.append(f'<line x1="{left}" x2="{width - right}" y1="{top + plot_h}" '
                f'y2="{top + plot_h}" stroke="#888"/>')
    return _svg(width, height, body, label)


def bar_chart(items: list[tuple[str, int]], *, label: str, unit: str = "articles",
              width: int = 540, bar: int = 18) -> str:
    """Horizontal bars, largest first as given, name on the left and value on the right."""
    name_w = min(220, 12 + 7 * max((len(n) for n, _ in items), default=4))
    value_w = 64
    height = 8 + len(items) * (bar + 6)
    plot_w = width - name_w - value_w
    top_value = max((v for _, v in items), default=0) or 1
    body = []
    for i, (name, value) in enumerate(items):
        y = 4 + i * (bar + 6)
        w = plot_w * value / top_value
        short = name if len(name) <= 30 else name[:29] + "…"
        body.append(f'<text x="{name_w - 8}" y="{y + bar * 0.7:.1f}" text-anchor="end" '
                    f'fill="#333">{escape(short)}</text>')
        body.append(f'<rect class="bar" x="{name_w}" y="{y}" width="{max(w, 1):.1f}" '
                    f'height="{bar}" fill="{ACCENT}"><title>{escape(name)}: {value:,} {unit}'
                    '</title></rect>')
        body.append(f'<text x="{name_w + w + 6:.1f}" y="{y + bar * 0.7:.1f}" fill="#333">'
                    f"{value:,}</text>")
    return _svg(width, max(height, 24), body, label)


def _shade(share: float) -> str:
    rgb = [round(lo + (hi - lo) * share) for lo, hi in zip(_LOW, _HIGH, strict=True)]
    return "#" + "".join(f"{c:02x}" for c in rgb)


def heatmap(rows: list[str], cols: list[str], values: dict[tuple[str, str], int], *,
            label: str, unit: str = "stories", cell: int = 30) -> str:
    """Rows x columns of counts; darker is more; empty cells stay blank."""
    left = 12 + 8 * max((len(r) for r in rows), default=4)
    longest = max((min(len(c), 28) for c in cols), default=4)
    top = 12 + int(6 * longest)
    width = left + len(cols) * cell + 12 + int(4.5 * longest)
    height = top + len(rows) * cell + 12
    peak = max(values.values(), default=0) or 1
    body = []
    for j, col in enumerate(cols):
        cx, cy = left + (j + 0.5) * cell, top - 6
        short = col if len(col) <= 28 else col[:27] + "…"
        body.append(f'<text x="{cx:.1f}" y="{cy}" fill="#333" '
                    f'transform="rotate(-50 {cx:.1f} {cy})">{escape(short)}</text>')
    for i, row in enumerate(rows):
        y = top + i * cell
        body.append(f'<text x="{left - 6}" y="{y + cell * 0.62:.1f}" text-anchor="end" '
                    f'fill="#333">{escape(row)}</text>')
        for j, col in enumerate(cols):
            value = values.get((row, col), 0)
            x = left + j * cell
            fill = _shade(value / peak) if value else "#fafbfc"
            body.append(f'<rect class="cell" x="{x}" y="{y}" width="{cell - 2}" '
                        f'height="{cell - 2}" fill="{fill}" stroke="#e3e6ea"><title>'
                        f'{escape(row)} on {escape(col)}: {value:,} {unit}</title></rect>')
            if value:
                ink = "#fff" if value / peak > 0.5 else "#223"
                body.append(f'<text x="{x + (cell - 2) / 2:.1f}" y="{y + cell * 0.6:.1f}" '
                            f'text-anchor="middle" fill="{ink}">{value:,}</text>')
    return _svg(width, height, body, label)
