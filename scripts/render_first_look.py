"""Write the words each rule trigger needs to src/offerwatch/core/detection/_words.py.

Run after changing a rule table (tests/unit/test_detection_words.py fails until then;
detection stays right meanwhile, parsing the changed patterns when their table loads):

    .venv/bin/python scripts/render_first_look.py
"""

from __future__ import annotations

import json
from pathlib import Path

from offerwatch.core.detection._prune import first_look_words

TARGET = Path(__file__).resolve().parent.parent / "src/offerwatch/core/detection/_words.py"
# One string read by json: a process that cannot keep compiled bytecode (a sandbox)
# compiles a string much faster than a dict literal of a thousand strings.
HEAD = '''"""The words each rule trigger needs (the first look, see _prune), made by
scripts/render_first_look.py from the rule tables; tests/unit/test_detection_words.py checks
that it is up to date. Key: _prune.word_key(trigger, cased); null: the trigger needs no word.
"""

import json

WORDS: dict[str, list[str] | None] = json.loads(
    r"""{
'''


def render() -> str:
    """The module's text."""
    made = first_look_words()
    lines = [f"{json.dumps(key)}: {json.dumps(words)}" for key, words in made.items()]
    body = ",\n".join(lines)
    assert '"""' not in body
    return f'{HEAD}{body}\n}}"""\n)\n'


if __name__ == "__main__":
    TARGET.write_text(render(), encoding="utf-8")
    print(f"wrote {TARGET}")
