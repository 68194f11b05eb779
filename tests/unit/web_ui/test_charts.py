"""Server-rendered SVG charts: geometry follows the numbers; labels are escaped."""

from __future__ import annotations

import re

from offerwatch.web.charts import count_bars, factor_bars, gauge


def _rects(svg: str) -> list[dict[str, str]]:
    return [dict(re.findall(r'(\w+)="([^"]*)"', m)) for m in re.findall(r"<rect ([^>]*)>", svg)]


def test_factor_bars_point_the_right_way_and_scale_with_the_log_ratio() -> None:
    svg = str(factor_bars([("Notice period asked", 3.0), ("Ended early", 0.5),
                           ("Body language", 1.2)], "Why"))  # fmt: skip
    rects = _rects(svg)
    assert [r["class"] for r in rects] == ["pos", "neg", "pos"]
    widths = [float(r["width"]) for r in rects]
    assert widths[0] > widths[1] > widths[2]  # |log 3| > |log 0.5| > |log 1.2|
    assert float(rects[1]["x"]) + widths[1] <= float(rects[0]["x"]) + 0.01  # left of centre
    assert "3.00× higher" in svg and "2.00× lower" in svg and "<title>Why</title>" in svg
    assert "÷" not in svg and "×0." not in svg  # one way of writing an effect


def test_labels_are_escaped() -> None:
    svg = str(count_bars([("<script>", 3, "& more")], "t"))
    assert "<script>" not in svg and "&lt;script&gt;" in svg


def test_empty_inputs_draw_nothing_and_gauge_caps_at_full() -> None:
    assert str(factor_bars([], "x")) == "" and str(count_bars([], "x")) == ""
    full = _rects(str(gauge(9, 5, "week")))
    assert float(full[1]["width"]) == float(full[0]["width"])


def test_the_odds_chart_fits_a_phone_and_names_each_sign_with_its_effect() -> None:
    svg = str(factor_bars([("Silence past timeline", 1 / 1.77), ("Salary discussed", 1.17)], "t"))
    assert svg.startswith("<svg")  # no sideways scroll: the bars were off screen on a phone
    width = float(re.search(r'width="(\d+)"', svg).group(1))  # type: ignore[union-attr]
    assert width <= 340  # a 390 px phone, less the page's and the card's margins
    assert "Silence past timeline: <tspan" in svg and "1.77× lower" in svg
    assert all(float(r["x"]) >= 0 and float(r["x"]) + float(r["width"]) <= width
               for r in _rects(svg))  # fmt: skip


def test_count_charts_scroll_on_a_phone_and_the_gauge_shrinks() -> None:
    assert str(count_bars([("Applied", 3, "")], "t")).startswith('<div class="chart-scroll">')
    assert str(gauge(1, 5, "week")).startswith("<svg")
