"""Insights: the funnel against published rates, response times, time waiting."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response

from offerwatch.web.charts import count_bars
from offerwatch.web.deps import PageWS
from offerwatch.web.filters import pct, words
from offerwatch.web.pages._render import render

router = APIRouter()


@router.get("/insights")
def insights(request: Request, ws: PageWS) -> Response:
    data = ws.insights()
    funnel_chart = count_bars(
        [(words(s.name), s.count, f"({pct(s.rate)} of previous)" if s.rate is not None else "")
         for s in data.funnel],
        "Funnel: applications that reached each step",
    )  # fmt: skip
    waiting_chart = count_bars(
        [(label, n, "") for label, n in data.waiting],
        "Open applications by days since the last news",
    )
    timing = [
        (label, float(d.median_days), "days (median)")
        for label, d in (
            ("first answer", data.first_response),
            ("decision", data.to_decision),
        )
        if d.median_days is not None
    ]
    bench = data.to_decision.benchmark
    if timing and bench is not None:
        timing.append(("published: decision", bench.low, "days"))
    timing_chart = count_bars(timing, "Days from applying: yours beside the published figure")
    return render(
        request,
        ws,
        "insights.html",
        {
            "i": data,
            "funnel_chart": funnel_chart,
            "waiting_chart": waiting_chart,
            "timing_chart": timing_chart,
        },
    )
