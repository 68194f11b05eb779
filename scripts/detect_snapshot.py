"""Record what detect() finds in every message we have, or compare with a recording.

    .venv/bin/python scripts/detect_snapshot.py record /tmp/before.json
    .venv/bin/python scripts/detect_snapshot.py compare /tmp/before.json

For a change meant to make detection faster without changing what it decides: record before,
compare after. The messages: every .eml and .mbox under tests/data (the dev corpora, the
intake scenario and the spent held-out sets; never heldout-r6*, -r7* or -r9*, still held
out), the real mail of ../shared/eval (read in place) and the three everyday generators
(everyday_mail.py, gen_everyday_mailbox.py with --worst, gen_everyday_r4.py), each with 2%
and all job mail. Each message is parsed as import parses it and every message is read by
detect_both() (no screen) and message_language(). Prints the messages compared, those that
differ (with the first few) and the CPU seconds detection took.
"""

from __future__ import annotations

import argparse
import json
import mailbox
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from tests.support.detect_inputs import REAL_MAIL, parsed_cases, real_cases  # noqa: E402

from offerwatch.core.detection import detect_both, message_language  # noqa: E402

DATA = ROOT / "tests" / "data"
R4 = DATA / "heldout-r4" / "make" / "gen_everyday_r4.py"
_STILL_HELD_OUT = ("heldout-r6", "heldout-r7", "heldout-r9")


def _files() -> Iterator[tuple[str, bytes]]:
    for path in sorted(DATA.rglob("*")):
        rel = path.relative_to(DATA).as_posix()
        if rel.startswith(_STILL_HELD_OUT) or not path.is_file():
            continue
        if path.suffix == ".eml":
            yield rel, path.read_bytes()
        elif path.suffix == ".mbox":
            box = mailbox.mbox(str(path), create=False)
            for key in box.iterkeys():
                yield f"{rel}#{key}", box.get_bytes(key)


def _generated(count: int) -> Iterator[tuple[str, bytes]]:
    import everyday_mail
    import gen_everyday_mailbox

    with tempfile.TemporaryDirectory() as tmp:
        boxes: list[tuple[str, Path]] = []
        for share, worst, n in ((0.02, False, count), (1.0, False, count // 2),
                                (0.02, True, count // 10)):  # fmt: skip
            path = Path(tmp) / f"gen-{share}-{worst}.mbox"
            gen_everyday_mailbox.generate(path, n, share, 17, worst)
            boxes.append((f"gen_everyday_mailbox {share} {worst}", path))
        if R4.exists():
            for share, n in ((0.02, count), (1.0, count // 2)):
                path = Path(tmp) / f"r4-{share}.mbox"
                subprocess.run(
                    [sys.executable, str(R4), "--count", str(n), "--job-share", str(share),
                     "--seed", "17", "--out", str(path)],
                    check=True,
                )  # fmt: skip
                boxes.append((f"gen_everyday_r4 {share}", path))
        for name, path in boxes:
            box = mailbox.mbox(str(path), create=False)
            for key in box.iterkeys():
                yield f"{name}#{key}", box.get_bytes(key)
    for share, n in ((0.02, count), (1.0, count // 2)):
        for index, (_, data) in enumerate(everyday_mail.mailbox(n, share, 17)):
            yield f"everyday_mail {share}#{index}", data


def _outputs(count: int) -> tuple[dict[str, str], float]:
    cases = [*parsed_cases(_files()), *parsed_cases(_generated(count))]
    if REAL_MAIL.exists():
        cases += [(f"real#{i}", case) for i, (_, case) in enumerate(real_cases())]
    out: dict[str, str] = {}
    spent = 0.0
    for name, (subject, body, sent, headers) in cases:
        start = time.process_time()
        found = detect_both(subject, body, sent, headers=headers)
        language = message_language(subject, body)
        spent += time.process_time() - start
        out[name] = repr((found, language))
    return out, spent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("action", choices=("record", "compare"))
    parser.add_argument("path", type=Path, help="the recording (JSON), outside the repository")
    parser.add_argument("--count", type=int, default=1500, help="messages per generated box")
    args = parser.parse_args()
    outputs, spent = _outputs(args.count)
    signals = sum(not value.startswith("(([], []),") for value in outputs.values())
    print(f"{len(outputs)} messages, {signals} with a signal, detection {spent:.1f} s CPU")
    if args.action == "record":
        args.path.write_text(json.dumps(outputs))
        return 0
    before: dict[str, str] = json.loads(args.path.read_text())
    differ = [k for k in before if outputs.get(k) != before[k]]
    missing = before.keys() ^ outputs.keys()
    print(f"compared {len(before)}: {len(differ)} differ, {len(missing)} not in both")
    for key in differ[:10]:
        print(f"  {key}\n    before {before[key]}\n    after  {outputs.get(key)}")
    return 1 if differ or missing else 0


if __name__ == "__main__":
    sys.exit(main())
