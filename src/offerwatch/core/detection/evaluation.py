"""Measure detect() against hand labels: per-label precision/recall/F1 and timeline dates.

Pure helpers shared by scripts/eval_detection.py and the regression test: turning the
bytes of an .eml into the (subject, text, sent) that detect() takes, and scoring
predicted labels against gold labels. No file or network access here.
"""

from __future__ import annotations

import email
import email.policy
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from email.message import EmailMessage
from email.utils import parseaddr, parsedate_to_datetime
from html.parser import HTMLParser

from offerwatch.core.detection import KINDS, Detection


@dataclass(frozen=True)
class MailText:
    """What detect() needs from one message."""

    subject: str
    body: str
    sent: datetime
    sender: str
    headers: dict[str, str] = field(default_factory=dict)


class _TextOfHtml(HTMLParser):
    _BLOCK = frozenset(
        {"p", "div", "br", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "table"}
        | {"ul", "ol"}
    )
    _SKIP = frozenset({"script", "style", "head", "title"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._SKIP:
            self._skipping += 1
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP:
            self._skipping = max(0, self._skipping - 1)
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(data)


def html_to_text(markup: str) -> str:
    """Visible text of an HTML body, one block element per line."""
    parser = _TextOfHtml()
    parser.feed(markup)
    parser.close()
    text = "".join(parser.parts)
    lines = [re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def read_eml(raw: bytes) -> MailText:
    """Subject, text body (HTML converted), sent time (aware) and sender address."""
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(msg, EmailMessage)
    body = ""
    part = msg.get_body(preferencelist=("plain", "html"))
    if part is not None:
        content = part.get_content()
        body = html_to_text(content) if part.get_content_type() == "text/html" else content
    try:
        sent = parsedate_to_datetime(str(msg["Date"]))
    except (TypeError, ValueError):
        sent = datetime(1970, 1, 1, tzinfo=UTC)
    if sent.tzinfo is None:
        sent = sent.replace(tzinfo=UTC)
    headers = {name.lower(): str(value) for name, value in msg.items()}
    return MailText(
        str(msg["Subject"] or ""), body, sent, parseaddr(str(msg["From"] or ""))[1], headers
    )


@dataclass
class LabelScore:
    """Counts for one label."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        if self.tp + self.fp + self.fn == 0:
            return None
        return 2 * self.tp / (2 * self.tp + self.fp + self.fn)


@dataclass
class Report:
    """Scores over a set of messages."""

    messages: int = 0
    labels: dict[str, LabelScore] = field(default_factory=lambda: {k: LabelScore() for k in KINDS})
    dates_gold: int = 0  # gold timeline labels that carry a date
    dates_detected: int = 0  # ... of which timeline_stated was detected
    dates_exact: int = 0  # ... of which the date was exactly right
    misses: list[tuple[str, str, str]] = field(default_factory=list)  # (item, kind, fp|fn)

    @property
    def macro_f1(self) -> float | None:
        """Mean F1 over the labels that occur in the gold labels or the predictions."""
        values = [s.f1 for s in self.labels.values() if s.f1 is not None]
        return sum(values) / len(values) if values else None

    @property
    def macro_f1_supported(self) -> float | None:
        """Mean F1 over the labels that occur in the gold labels only."""
        values = [s.f1 for s in self.labels.values() if s.tp + s.fn and s.f1 is not None]
        return sum(values) / len(values) if values else None

    @property
    def date_exact_rate(self) -> float | None:
        """Exact dates among the timeline labels both labelled and detected."""
        return self.dates_exact / self.dates_detected if self.dates_detected else None


@dataclass(frozen=True)
class Gold:
    """One hand label."""

    kind: str
    expected_by: date | None = None


def parse_gold(items: Iterable[Mapping[str, str | None]]) -> list[Gold]:
    """Labels as stored in labels.json: [{"kind": ..., "expected_by": "YYYY-MM-DD"|null}]."""
    found = []
    for item in items:
        when = item.get("expected_by")
        found.append(Gold(str(item["kind"]), date.fromisoformat(when) if when else None))
    return found


def score(pairs: Iterable[tuple[str, Sequence[Gold], Sequence[Detection]]]) -> Report:
    """Compare (item, gold, predicted) triples; one report over all of them."""
    report = Report()
    for item, gold, predicted in pairs:
        report.messages += 1
        gold_kinds = {g.kind for g in gold}
        predicted_by_kind = {d.kind: d for d in predicted}
        for kind in KINDS:
            counts = report.labels[kind]
            in_gold, in_pred = kind in gold_kinds, kind in predicted_by_kind
            if in_gold and in_pred:
                counts.tp += 1
            elif in_pred:
                counts.fp += 1
                report.misses.append((item, kind, "fp"))
            elif in_gold:
                counts.fn += 1
                report.misses.append((item, kind, "fn"))
        for g in gold:
            if g.kind != "timeline_stated" or g.expected_by is None:
                continue
            report.dates_gold += 1
            found = predicted_by_kind.get("timeline_stated")
            if found is not None:
                report.dates_detected += 1
                if found.expected_by == g.expected_by:
                    report.dates_exact += 1
                else:
                    report.misses.append((item, f"date {found.expected_by}", "date"))
    return report
