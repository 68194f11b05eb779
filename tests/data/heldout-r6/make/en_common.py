"""Shared registry for the English set: m(name, labels, expected_by, **build kwargs)."""

from __future__ import annotations

from typing import Any

MSGS: list[tuple[str, list[str], str | None, dict[str, Any]]] = []
HANNAH = "Hannah Okafor <hannah.okafor@gmail.com>"
ROHAN = "Rohan Mehta <rohan.mehta84@outlook.com>"
SIOBHAN = "Siobhan Kelly <siobhan.kelly@icloud.com>"
TOM = "Tom Ashworth <tom.ashworth@fastmail.co.uk>"
MINE = [
    "hannah.okafor@gmail.com",
    "rohan.mehta84@outlook.com",
    "siobhan.kelly@icloud.com",
    "tom.ashworth@fastmail.co.uk",
    "priya.venkatesh@yahoo.co.uk",
    "daniela.ruiz.m@gmail.com",
]


def m(name: str, labels: list[str], expected_by: str | None = None, **kw: Any) -> None:
    """Register one message of the set."""
    MSGS.append((name, labels, expected_by, kw))
