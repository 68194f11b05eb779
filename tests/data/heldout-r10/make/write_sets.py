"""Write en/ and intl/ .eml files and their labels.json from the spec modules (stdlib only).

Usage: python tests/data/heldout-r10/make/write_sets.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from common import build  # noqa: E402


def write(folder: Path, specs: list) -> None:
    """Each spec becomes one .eml; labels.json maps file name to labels (+ expected_by, language)."""
    folder.mkdir(parents=True, exist_ok=True)
    labels = {}
    for spec in specs:
        name, labs, exp, kw = spec[:4]
        lang = spec[4] if len(spec) > 4 else None
        kw = dict(kw)
        dom = kw["frm"].split("@")[-1].strip(">").strip()
        kw.setdefault("mid", f"<{name.rsplit('.', 1)[0]}.r10@{dom}>")
        msg = build(kw.pop("frm"), kw.pop("to"), kw.pop("date"), kw.pop("subj"), kw.pop("body"), **kw)
        (folder / name).write_bytes(bytes(msg))
        entry = {"labels": labs, "expected_by": exp}
        if lang:
            entry["language"] = lang
        labels[name] = entry
    (folder / "labels.json").write_text(json.dumps(labels, indent=1, sort_keys=True) + "\n")


if __name__ == "__main__":
    import en_specs

    write(HERE.parent / "en", en_specs.S)
    try:
        import intl_specs
    except ImportError:
        intl_specs = None
    if intl_specs:
        write(HERE.parent / "intl", intl_specs.S)
