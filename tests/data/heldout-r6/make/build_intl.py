"""Write intl/*.eml and intl/labels.json (with "language") from intl_de/fr/es/other."""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from intl_de import DE  # noqa: E402
from intl_es import ES  # noqa: E402
from intl_fr import FR  # noqa: E402
from intl_other import OTHER  # noqa: E402
from mailkit import build  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "intl"
OUT.mkdir(exist_ok=True)
rows = [(*r, "de") for r in DE] + [(*r, "fr") for r in FR] + [(*r, "es") for r in ES] + OTHER
labels = {}
for name, labs, exp, kw, lang in rows:
    (OUT / name).write_bytes(build(seed=name, **kw).as_bytes())
    entry: dict[str, object] = {"labels": labs, "language": lang}
    if exp:
        entry["expected_by"] = exp
    labels[name] = entry
(OUT / "labels.json").write_text(
    json.dumps(labels, indent=1, sort_keys=True, ensure_ascii=False) + "\n"
)
print(len(labels), "messages")
