"""Measure a small learned model beside the rules, on mail it was not trained on.

Not part of offerwatch: scikit-learn is not a dependency. Run it from an environment that has
scikit-learn and the project on its path, e.g.

    python -m venv /tmp/ml && /tmp/ml/bin/pip install scikit-learn
    PYTHONPATH=src /tmp/ml/bin/python scripts/measure_learned_model.py [HELDOUT/en ...]

One linear classifier per label (logistic regression, balanced classes) on TF-IDF word 1-2
grams and character 3-5 grams of the subject and the new text (quoted history and signature
stripped by the same `new_text` the rules use). Two honest splits, each scored for the model
and for the rules on the same messages:

- A: train on the whole second corpus (English), test on the first corpus's held-out split
  (whose errors neither the model nor this round of rules was written against);
- B: train on both corpora's English dev material, test on the second corpus's check split,
  the fresh group and the real application mail.
Macro F1 over the labels present, and rejection recall, for each.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

from sklearn.feature_extraction.text import TfidfVectorizer  # type: ignore[import-not-found]
from sklearn.linear_model import LogisticRegression  # type: ignore[import-not-found]
from sklearn.pipeline import FeatureUnion  # type: ignore[import-not-found]

from offerwatch.core.detection import KINDS, Detection, detect
from offerwatch.core.detection.evaluation import Gold, parse_gold, read_eml, score
from offerwatch.core.quoting import new_text

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
CANDIDATE = "ana.lopez@example.net"
Item = tuple[str, str, list[Gold], list[Detection]]  # name, text, gold, rule output


def _corpus(folder: str, keep: str) -> list[Item]:
    labels = json.loads((DATA / folder / "labels.json").read_text())
    items = []
    for name in sorted(labels):
        if keep not in name or "-lang-" in name or "-fr1-de-" in name or "-fr1-fr-" in name:
            continue
        if "-fr1-es-" in name:
            continue
        mail = read_eml((DATA / folder / name).read_bytes())
        if mail.sender == CANDIDATE:
            continue
        found = detect(mail.subject, mail.body, mail.sent, headers=mail.headers)
        text = f"{mail.subject}\n{new_text(mail.body)}"
        items.append((name, text, parse_gold(labels[name]), found))
    return items


def _real() -> list[Item]:
    path = next(
        (p / "shared/eval/real-application-mail.csv" for p in (ROOT.parent, ROOT.parent.parent)
         if (p / "shared/eval/real-application-mail.csv").exists()),
        None,
    )  # fmt: skip
    if path is None:
        return []
    labels = json.loads((DATA / "real-mail-labels.json").read_text())["labels"]
    csv.field_size_limit(sys.maxsize)
    items = []
    with path.open(newline="", encoding="utf-8") as handle:
        for index, row in enumerate(csv.DictReader(handle)):
            if str(index) not in labels:
                continue
            sent = datetime.fromisoformat(row["parsed_datetime"]).replace(tzinfo=UTC)
            found = detect(row["subject"], row["email_body"], sent)
            text = f"{row['subject']}\n{new_text(row['email_body'])}"
            items.append((f"row {index}", text, parse_gold(labels[str(index)]), found))
    return items


def _heldout(folder: Path) -> list[Item]:
    """A held-out set written by other hands (labels.json: {file: {"labels": [...],
    "expected_by": ...}}); the candidate's own mail (meta.json's addresses) is left out, as
    detection reads incoming mail only."""
    labels = json.loads((folder / "labels.json").read_text())
    meta_file = folder.parent / "meta.json"
    meta = json.loads(meta_file.read_text()) if meta_file.exists() else {}
    mine = {a.lower() for a in meta.get(folder.name, {}).get("my_addresses", [])}
    items = []
    for name in sorted(labels):
        mail = read_eml((folder / name).read_bytes())
        if mail.sender.lower() in mine:
            continue
        entry = labels[name]
        gold = parse_gold(
            {"kind": kind, "expected_by": entry.get("expected_by") if kind == "timeline_stated"
             else None} for kind in entry.get("labels", [])
        )  # fmt: skip
        found = detect(mail.subject, mail.body, mail.sent, headers=mail.headers)
        items.append((name, f"{mail.subject}\n{new_text(mail.body)}", gold, found))
    return items


def _model_predictions(train: Sequence[Item], test: Sequence[Item]) -> list[list[Detection]]:
    features = FeatureUnion(
        [
            ("words", TfidfVectorizer(ngram_range=(1, 2), min_df=1, sublinear_tf=True)),
            ("chars", TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True)),
        ]
    )
    x_train = features.fit_transform([t for _, t, _, _ in train])
    x_test = features.transform([t for _, t, _, _ in test])
    predicted: list[list[Detection]] = [[] for _ in test]
    for kind in KINDS:
        y = [int(any(g.kind == kind for g in gold)) for _, _, gold, _ in train]
        if len(set(y)) < 2:
            continue
        model = LogisticRegression(max_iter=2000, class_weight="balanced", C=4.0)
        model.fit(x_train, y)
        for i, flag in enumerate(model.predict(x_test)):
            if flag:
                predicted[i].append(Detection(kind, ""))
    return predicted


def _line(title: str, test: Sequence[Item], model: list[list[Detection]]) -> None:
    rules = score((n, g, f) for n, _, g, f in test)
    learned = score((n, g, m) for (n, _, g, _), m in zip(test, model, strict=True))

    def fmt(value: float | None) -> str:
        return "   -" if value is None else f"{value:.2f}"

    print(
        f"{title:44} {len(test):4d}  rules {fmt(rules.macro_f1_supported)} "
        f"(rej {fmt(rules.labels['rejection'].recall)})  model "
        f"{fmt(learned.macro_f1_supported)} (rej {fmt(learned.labels['rejection'].recall)})"
    )


def main() -> None:
    heldout = [Path(a) for a in sys.argv[1:]]
    first_dev, first_test = _corpus("mail-corpus", "dev-"), _corpus("mail-corpus", "test-")
    second = _corpus("mail-corpus-2", "")
    second_dev = [i for i in second if i[0].startswith("dev-") and "-fresh-" not in i[0]]
    second_check = [i for i in second if i[0].startswith("check-") and "-fresh-" not in i[0]]
    fresh = [i for i in second if "-fresh-" in i[0]]
    print("split / test set                              size  macro F1 (labels present)")
    train_a = [i for i in second if "-fresh-" not in i[0]]
    _line("A: corpus 2 -> corpus 1 held-out", first_test, _model_predictions(train_a, first_test))
    train_b = first_dev + first_test + second_dev
    for title, test in (
        ("B: corpora dev -> corpus 2 check", second_check),
        ("B: corpora dev -> corpus 2 fresh (English)", fresh),
        ("B: corpora dev -> real application mail", _real()),
    ):
        if test:
            _line(title, test, _model_predictions(train_b, test))
    train_c = first_dev + first_test + second
    for folder in heldout:  # C: everything of ours -> mail by other hands, never trained on
        _line(f"C: all dev -> {folder.parent.name}/{folder.name}", _heldout(folder),
              _model_predictions(train_c, _heldout(folder)))  # fmt: skip


if __name__ == "__main__":
    main()
