"""Charts drawn on the server as small inline SVG: no script, no CDN, readable without CSS.

Each chart has a <title> and the numbers as text, so a screen reader gets the same facts.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from html import escape

from markupsafe import Markup

from offerwatch.web.odds_words import effect

_ROW = 28
_LABEL_W = 190
_BAR_W = 260
_NARROW = 330  # fits a phone's 390 px beside the page's margins, at full size


def _svg(width: int, height: int, title: str, body: list[str], *, scroll: bool = True) -> Markup:
    """The chart; with `scroll`, inside a box that scrolls sideways on a narrow screen, so
    its words keep a readable size instead of shrinking with the chart."""
    head = (
        f'<svg class="chart" viewBox="0 0 {width} {height}" width="{width}" role="img" '
        f'aria-label="{escape(title)}" xmlns="http://www.w3.org/2000/svg">'
        f"<title>{escape(title)}</title>"
    )
    svg = head + "".join(body) + "</svg>"
    return Markup(f'<div class="chart-scroll">{svg}</div>' if scroll else svg)


def factor_bars(factors: Sequence[tuple[str, float]], title: str) -> Markup:
    """Horizontal bars of log likelihood ratios around a centre line: right (green) raises
    the odds, left (red) lowers them; the length is the strength on a log scale. Each sign
    is named with its effect on a line of its own above its bar, so the chart is narrow
    enough for a phone (390 px) whole: nothing to scroll sideways to find."""
    if not factors:
        return Markup("")
    logs = [math.log(max(lr, 1e-9)) for _, lr in factors]
    scale = max(max(abs(v) for v in logs), math.log(4))
    centre = _NARROW / 2
    half = centre - 6
    row = _ROW + 16  # the words above, the bar below
    height = row * len(factors) + 20
    body: list[str] = []
    for n, ((label, lr), value) in enumerate(zip(factors, logs, strict=True)):
        y = n * row
        length = max(2.0, abs(value) / scale * half)
        x = centre if value >= 0 else centre - length
        cls = "pos" if value > 0 else ("neg" if value < 0 else "neutral")
        body.append(
            f'<text x="0" y="{y + 14}">{escape(label)}: '
            f'<tspan class="num">{effect(lr)}</tspan></text>'
            f'<line x1="{centre}" y1="{y + 18}" x2="{centre}" y2="{y + 36}" class="axis"/>'
            f'<rect x="{x:.1f}" y="{y + 20}" width="{length:.1f}" height="14" rx="3" '
            f'class="{cls}"/>'
        )
    foot = height - 4
    body.append(
        f'<text x="{centre - 6}" y="{foot}" class="hint" text-anchor="end">'
        "← lowers the odds</text>"
        f'<text x="{centre + 6}" y="{foot}" class="hint">'
        "raises the odds →</text>"
    )
    return _svg(_NARROW, height, title, body, scroll=False)


def count_bars(rows: Sequence[tuple[str, float, str]], title: str) -> Markup:
    """Horizontal bars proportional to the values; each row is (label, value, note). A row
    whose label starts with "published:" is drawn as a reference (outlined)."""
    if not rows:
        return Markup("")
    top = max((c for _, c, _ in rows), default=0) or 1
    height = _ROW * len(rows) + 4
    body: list[str] = []
    for n, (label, value, note) in enumerate(rows):
        y = n * _ROW + 4
        length = max(2.0, value / top * (_BAR_W - 60))
        shown = f"{value:g}" if isinstance(value, float) else str(value)
        cls = "ref" if label.startswith("published:") else "bar"
        body.append(
            f'<text x="{_LABEL_W - 8}" y="{y + 15}" text-anchor="end">{escape(label)}</text>'
            f'<rect x="{_LABEL_W}" y="{y}" width="{length:.1f}" height="18" rx="3" class="{cls}"/>'
            f'<text x="{_LABEL_W + length + 6:.1f}" y="{y + 15}" class="num">{shown}'
            f"{escape(' ' + note) if note else ''}</text>"
        )
    return _svg(_LABEL_W + _BAR_W + 90, height, title, body)


def gauge(done: int, target: int, title: str) -> Markup:
    """A progress bar: `done` of `target` (over target shows full)."""
    share = 1.0 if target <= 0 else min(1.0, done / target)
    width = 300
    body = [
        f'<rect x="0" y="0" width="{width}" height="16" rx="8" class="track"/>',
        f'<rect x="0" y="0" width="{max(share * width, 0):.1f}" height="16" rx="8" '
        f'class="{"pos" if share >= 1 else "bar"}"/>',
    ]
    return _svg(width, 16, title, body, scroll=False)  # no words: it may shrink
