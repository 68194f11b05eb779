"""Measure mail detection and import on the held-out sets, through the offerwatch CLI only.

Detection (sets en and intl): runs `offerwatch mail detect FILE... --json` and prints macro-F1
over the nine labels of mail-signals.md, per-label precision/recall/F1, rejection recall,
timeline dates exact (the share of timeline_stated messages whose expected_by is found) and,
where labels.json gives one, language accuracy.

Scenario: a fresh temporary database, the six applications of expected.json added with
`app add` (and their known contacts with `person add`), then `mail import` of the mailbox, and
the facts checked: which application each message is filed under (or none), which messages are
the candidate's own, the signs each application shows or must not show, and its status.
The candidate's addresses are not configured: import has to infer them.

Standard library only; every run uses a temporary --db, so nothing of yours is touched.

Usage:
    python scripts/eval_heldout.py                       # all sets, text report
    python scripts/eval_heldout.py --json                # the same as one JSON object
    python scripts/eval_heldout.py --sets en,scenario --show-errors
    python scripts/eval_heldout.py --offerwatch "/path/to/venv/bin/offerwatch"
"""

from __future__ import annotations

import argparse
import json
import shlex
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

LABELS = (
    "application_received",
    "interview_request",
    "notice_period_asked",
    "references_requested",
    "references_contacted",
    "salary_discussed",
    "timeline_stated",
    "offer",
    "rejection",
)
ROOT = Path(__file__).resolve().parent.parent / "tests" / "data" / "heldout-2026-11-29"


class Cli:
    """Runs offerwatch commands against one temporary database."""

    def __init__(self, command: list[str], db: Path) -> None:
        self.command = command
        self.db = f"sqlite:///{db}"

    def run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        """One command; raises with its stderr when it fails and `check` is set."""
        proc = subprocess.run(
            [*self.command, "--db", self.db, *args], capture_output=True, text=True, timeout=1800
        )
        if check and proc.returncode != 0:
            raise RuntimeError(f"offerwatch {' '.join(args[:3])}: {proc.stderr.strip()[-500:]}")
        return proc

    def json(self, *args: str) -> Any:
        """A command's --json output, parsed."""
        return json.loads(self.run(*args, "--json").stdout)


def detect(cli: Cli, files: list[Path]) -> dict[str, dict[str, Any]]:
    """File name -> its detect line (signals, language, error)."""
    out = cli.run("mail", "detect", *map(str, files), "--json").stdout
    by_name: dict[str, dict[str, Any]] = {}
    for line in out.splitlines():
        if line.strip():
            row = json.loads(line)
            by_name[Path(row["source"].split("#")[0]).name] = row
    return by_name


def prf(tp: int, fp: int, fn: int) -> dict[str, float | int]:
    """Precision, recall and F1 (0 when undefined) with the counts behind them."""
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f, "tp": tp, "fp": fp, "fn": fn}


def score_detection(
    labels: dict[str, dict[str, Any]], found: dict[str, dict[str, Any]]
) -> tuple[dict[str, Any], list[str]]:
    """Metrics for one labelled set, and one line per message that was not exactly right."""
    counts = {k: [0, 0, 0] for k in LABELS}
    timeline_total = timeline_exact = lang_total = lang_right = missing = errors = 0
    wrong: list[str] = []
    for name, exp in sorted(labels.items()):
        row = found.get(name)
        if row is None:
            missing += 1
            row = {"signals": []}
        if "error" in row:
            errors += 1
        got = {s["kind"] for s in row.get("signals", [])}
        want = set(exp["labels"])
        for k in LABELS:
            counts[k][0] += k in got and k in want
            counts[k][1] += k in got and k not in want
            counts[k][2] += k in want and k not in got
        dates = {
            s.get("expected_by") for s in row.get("signals", []) if s["kind"] == "timeline_stated"
        }
        if "timeline_stated" in want:
            timeline_total += 1
            timeline_exact += exp["expected_by"] in dates
        if exp.get("language"):
            lang_total += 1
            lang_right += row.get("language") == exp["language"]
        date_wrong = "timeline_stated" in want and exp["expected_by"] not in dates
        if got != want or date_wrong:
            extra = (
                f" expected_by {exp['expected_by']} got {sorted(map(str, dates))}"
                if date_wrong
                else ""
            )
            wrong.append(f"{name}: missed {sorted(want - got)} extra {sorted(got - want)}{extra}")
    per = {k: prf(*counts[k]) for k in LABELS}
    used = [k for k in LABELS if any(counts[k])]
    result = {
        "messages": len(labels),
        "unlabelled": sum(1 for e in labels.values() if not e["labels"]),
        # Mean F1 over the labels that occur in the set or in the answers: a label the set never
        # holds and the tool never gives has no F1, and must not count as 0 (or as 1).
        "macro_f1": sum(float(per[k]["f1"]) for k in used) / len(used) if used else 0.0,
        "macro_labels": len(used),
        "rejection_recall": per["rejection"]["recall"],
        "timeline_dates_exact": timeline_exact / timeline_total if timeline_total else None,
        "timeline_messages": timeline_total,
        "language_accuracy": lang_right / lang_total if lang_total else None,
        "missing_lines": missing,
        "error_lines": errors,
        "per_label": per,
    }
    return result, wrong


def eval_set(
    command: list[str], root: Path, name: str, tmp: Path
) -> tuple[dict[str, Any], list[str]]:
    """Detection metrics for tests/data/heldout-*/<name>, plus per language where labelled."""
    folder = root / name
    labels: dict[str, dict[str, Any]] = json.loads((folder / "labels.json").read_text())
    meta = json.loads((root / "meta.json").read_text()).get(name, {})
    cli = Cli(command, tmp / f"{name}.db")
    cli.run("app", "list")  # creates the database
    mine = meta.get("my_addresses", [])
    # Her own mail is part of the set; tell the tool who she is if it has the setting.
    configured = (
        bool(mine)
        and cli.run("settings", "--set", f"my_addresses={','.join(mine)}", check=False).returncode
        == 0
    )
    found = detect(cli, [folder / f for f in sorted(labels)])
    result, wrong = score_detection(labels, found)
    result["my_addresses_configured"] = configured
    langs = sorted({e["language"] for e in labels.values() if e.get("language")})
    if len(langs) > 1:
        result["per_language"] = {
            lang: score_detection(
                {k: v for k, v in labels.items() if v.get("language") == lang}, found
            )[0]["macro_f1"]
            for lang in langs
        }
    return result, wrong


def eval_scenario(command: list[str], root: Path, tmp: Path) -> tuple[dict[str, Any], list[str]]:
    """Import the scenario mailbox into a fresh database and check expected.json's facts."""
    folder = root / "scenario"
    exp = json.loads((folder / "expected.json").read_text())
    cli = Cli(command, tmp / "scenario.db")
    ids: dict[str, int] = {}
    for app in exp["applications"]:
        made = cli.json(
            "app",
            "add",
            "--company",
            app["company"],
            "--role",
            app["role"],
            "--applied",
            app["applied"],
        )
        ids[app["key"]] = int(made["id"])
        for person in app["contacts"]:
            cli.json(
                "person",
                "add",
                str(made["id"]),
                "--name",
                person["name"],
                "--email",
                person["email"],
                "--role",
                person["role"],
            )
    summary = cli.json("mail", "import", str(folder / "mailbox.mbox"))
    key_of = {v: k for k, v in ids.items()}
    filed: dict[str, tuple[str | None, str]] = {}  # Message-ID -> (application key, direction)
    for key, app_id in ids.items():
        for m in cli.json("mail", "list", str(app_id)):
            filed[m.get("message_id") or ""] = (key, m.get("direction", ""))
    for item in cli.json("mail", "review"):
        m = item["message"]
        filed.setdefault(m.get("message_id") or "", (None, m.get("direction", "")))
    shows = {key: cli.json("app", "show", str(app_id)) for key, app_id in ids.items()}
    checks: dict[str, list[bool]] = {"filing": [], "own_mail": [], "signals": [], "status": []}
    failed: list[str] = []

    def check(kind: str, ok: bool, what: str) -> None:
        checks[kind].append(ok)
        if not ok:
            failed.append(f"{kind}: {what}")

    for m in exp["messages"]:
        app, direction = filed.get(m["message_id"], (None, ""))
        want = m["application"]
        ok = app == want or (m.get("unlinked_ok", False) and app is None)
        check("filing", ok, f"{m['name']} '{m['subject']}' filed under {app}, expected {want}")
        if m["mine"]:
            ok = direction == "out" if want is not None else direction in ("", "out")
            check(
                "own_mail",
                ok,
                f"{m['name']} '{m['subject']}' is hers; stored as {direction or 'nothing'}",
            )
    for fact in exp["signals"]:
        obs = [o for o in shows[fact["application"]]["observations"] if o["kind"] in fact["kinds"]]
        ok = bool(obs) == fact["present"]
        if ok and fact["present"] and fact.get("expected_by"):
            ok = any(o.get("expected_by") == fact["expected_by"] for o in obs)
        word = "shows" if fact["present"] else "does not show"
        date = f" (expected_by {fact['expected_by']})" if fact.get("expected_by") else ""
        got = (
            sorted({str(o.get("expected_by")) for o in obs})
            if fact.get("expected_by")
            else len(obs)
        )
        check(
            "signals",
            ok,
            f"{fact['application']} {word} {'/'.join(fact['kinds'])}{date}; found {got}",
        )
    for fact in exp["statuses"]:
        status = shows[fact["application"]]["application"]["status"]
        ok = status in fact["any_of"] if "any_of" in fact else status not in fact["none_of"]
        check("status", ok, f"{fact['application']} status {status}, expected {fact}")
    result: dict[str, Any] = {
        "messages": len(exp["messages"]),
        "facts_met": sum(sum(v) for v in checks.values()),
        "facts_total": sum(len(v) for v in checks.values()),
        "by_kind": {k: {"met": sum(v), "total": len(v)} for k, v in checks.items()},
        "import_summary": summary,
        "applications": {key_of[i]: i for i in key_of},
    }
    return result, failed


def _fmt(x: float | None) -> str:
    """A share with two decimals, or "-" when there was nothing to measure."""
    return "-" if x is None else f"{x:.2f}"


def report(results: dict[str, Any]) -> str:
    """The text report: one block per set."""
    lines = []
    for name, res in results.items():
        if name == "scenario":
            met, total = res["facts_met"], res["facts_total"]
            lines.append(f"scenario ({res['messages']} messages): facts met {met}/{total}")
            lines += [f"  {k:<10} {v['met']}/{v['total']}" for k, v in res["by_kind"].items()]
            continue
        timeline, lang = _fmt(res["timeline_dates_exact"]), _fmt(res["language_accuracy"])
        lines.append(
            f"{name} ({res['messages']} messages, {res['unlabelled']} unlabelled):"
            f" macro-F1 {res['macro_f1']:.2f} over {res['macro_labels']} labels"
            f" | rejection recall {res['rejection_recall']:.2f}"
            f" | timeline dates exact {timeline} of {res['timeline_messages']} | language {lang}"
        )
        lines.append(f"  {'label':<22} {'P':>5} {'R':>5} {'F1':>5} {'tp':>4} {'fp':>4} {'fn':>4}")
        for k, v in res["per_label"].items():
            p, r, f = v["precision"], v["recall"], v["f1"]
            lines.append(
                f"  {k:<22} {p:5.2f} {r:5.2f} {f:5.2f} {v['tp']:4} {v['fp']:4} {v['fn']:4}"
            )
        if "per_language" in res:
            lines.append(
                "  macro-F1 by language: "
                + ", ".join(f"{k} {v:.2f}" for k, v in res["per_language"].items())
            )
        if res["missing_lines"] or res["error_lines"]:
            lines.append(
                f"  missing lines {res['missing_lines']}, error lines {res['error_lines']}"
            )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Parse arguments, run the chosen sets, print the report."""
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument(
        "--sets", default="en,intl,scenario", help="comma-separated: en, intl, scenario"
    )
    ap.add_argument(
        "--offerwatch",
        default=f"{shlex.quote(sys.executable)} -m offerwatch",
        help="command to run",
    )
    ap.add_argument(
        "--root", type=Path, default=ROOT, help="the held-out folder (default: %(default)s)"
    )
    ap.add_argument(
        "--json", action="store_true", help="print one JSON object instead of the text report"
    )
    ap.add_argument(
        "--show-errors", action="store_true", help="also list every wrong message or fact"
    )
    args = ap.parse_args(argv)
    sets = [s.strip() for s in args.sets.split(",") if s.strip()]
    unknown = set(sets) - {"en", "intl", "scenario"}
    if unknown:
        print(f"error: unknown set(s): {', '.join(sorted(unknown))}", file=sys.stderr)
        return 2
    command = shlex.split(args.offerwatch)
    results: dict[str, Any] = {}
    errors: dict[str, list[str]] = {}
    with tempfile.TemporaryDirectory(prefix="heldout-") as tmp:
        for name in sets:
            try:
                if name == "scenario":
                    results[name], errors[name] = eval_scenario(command, args.root, Path(tmp))
                else:
                    results[name], errors[name] = eval_set(command, args.root, name, Path(tmp))
            except (RuntimeError, subprocess.TimeoutExpired, json.JSONDecodeError) as exc:
                print(f"error: {name}: {exc}", file=sys.stderr)
                return 1
    if args.json:
        out = {"sets": results, **({"errors": errors} if args.show_errors else {})}
        print(json.dumps(out, indent=1))
    else:
        print(report(results))
        if args.show_errors:
            for name, wrong in errors.items():
                print(f"\n{name}: {len(wrong)} wrong")
                print("\n".join("  " + w for w in wrong))
    return 0


if __name__ == "__main__":
    sys.exit(main())
