"""Measure the signs read from interview notes against a labelled set of notes.

    python scripts/eval_notes.py --root tests/data/notes-dev [--json] [--errors]

DIR/notes.json is a list of {"id", "notes", "interview_date" (ISO), "labels": [sign ids],
"timeline_expected_by": ISO date or null}. Prints per-sign precision, recall and F1 over the
notes (a sign is right for a note when it is suggested and labelled), their macro average
over the signs that occur in the labels or the suggestions, and how many of the decision
dates found for a labelled timeline_stated match the labelled date.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

from offerwatch.core.notes_signs import signs_in_notes


def _score(tp: int, fp: int, fn: int) -> dict[str, float | int]:
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "precision": precision, "recall": recall, "f1": f1}


def evaluate(items: list[dict[str, Any]]) -> dict[str, Any]:
    """Per-sign counts and scores, macro-F1 and the date agreement, with the misses."""
    counts: dict[str, list[int]] = {}
    dates_right = dates_checked = 0
    errors: list[dict[str, Any]] = []
    for item in items:
        said_on = date.fromisoformat(item["interview_date"])
        found = {s.kind: s for s in signs_in_notes(item["notes"], said_on)}
        labels = set(item["labels"])
        for kind in labels | set(found):
            tp_fp_fn = counts.setdefault(kind, [0, 0, 0])
            if kind in labels and kind in found:
                tp_fp_fn[0] += 1
            elif kind in found:
                tp_fp_fn[1] += 1
            else:
                tp_fp_fn[2] += 1
        expected = item.get("timeline_expected_by")
        if expected and "timeline_stated" in found:
            dates_checked += 1
            got = found["timeline_stated"].expected_by
            dates_right += int(got is not None and got.isoformat() == expected)
        if labels != set(found):
            errors.append({"id": item["id"], "notes": item["notes"],
                           "missed": sorted(labels - set(found)),
                           "extra": sorted(set(found) - labels)})  # fmt: skip
    per_sign = {kind: _score(*counts[kind]) for kind in sorted(counts)}
    macro = sum(float(s["f1"]) for s in per_sign.values()) / len(per_sign) if per_sign else 0.0
    return {
        "notes": len(items),
        "per_sign": per_sign,
        "macro_f1": macro,
        "timeline_dates": {"right": dates_right, "checked": dates_checked},
        "errors": errors,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", required=True, type=Path, help="folder holding notes.json")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--errors", action="store_true", help="also list the notes it got wrong")
    args = parser.parse_args(argv)
    path = args.root / "notes.json"
    try:
        items = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        print(f"cannot read {path}: {exc}", file=sys.stderr)
        return 2
    result = evaluate(items)
    if not args.errors:
        result.pop("errors")
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    print(f"{result['notes']} notes from {path}")
    print(f"{'sign':<24} {'prec':>6} {'recall':>6} {'f1':>6}  tp  fp  fn")
    for kind, s in result["per_sign"].items():
        print(f"{kind:<24} {s['precision']:6.2f} {s['recall']:6.2f} {s['f1']:6.2f} "
              f"{s['tp']:3d} {s['fp']:3d} {s['fn']:3d}")  # fmt: skip
    dates = result["timeline_dates"]
    right = f"{dates['right']}/{dates['checked']}"
    print(f"macro-F1 {result['macro_f1']:.3f}; decision dates right {right}")
    for e in result.get("errors", []):
        print(f"- {e['id']}: missed {e['missed']} extra {e['extra']}: {e['notes']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
