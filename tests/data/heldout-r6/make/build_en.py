"""Write en/*.eml and en/labels.json from the hand-written specs (en_a, en_b, en_c)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import en_a  # noqa: E402,F401
from en_common import MSGS  # noqa: E402
from mailkit import build  # noqa: E402

for mod in ("en_b", "en_c"):
    try:
        __import__(mod)
    except ModuleNotFoundError:
        pass

OUT = Path(__file__).resolve().parent.parent / "en"
OUT.mkdir(exist_ok=True)
labels = {}
for name, labs, exp, kw in MSGS:
    msg = build(seed=name, **kw)
    (OUT / name).write_bytes(msg.as_bytes())
    entry: dict[str, object] = {"labels": labs}
    if exp:
        entry["expected_by"] = exp
    labels[name] = entry
(OUT / "labels.json").write_text(json.dumps(labels, indent=1, sort_keys=True) + "\n")
print(len(labels), "messages")
