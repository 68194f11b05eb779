"""The command-line shell: click commands that parse input, call the service, render.

`main` serves the top-level help from a pre-rendered text (kept identical to click's output by
a test, regenerated with `python scripts/render_help.py`), so `offerwatch --help` needs no
import beyond the standard library's minimum; everything else goes through click.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

_HELP = Path(__file__).with_name("toplevel_help.txt")
_HELP_ARGS: tuple[list[str], ...] = ([], ["--help"], ["-h"])


def main() -> None:
    """The `offerwatch` entry point."""
    # Shell completion runs the command with no arguments and _OFFERWATCH_COMPLETE set: it
    # must reach click, not the pre-rendered help.
    completing = "_OFFERWATCH_COMPLETE" in os.environ
    if sys.argv[1:] in _HELP_ARGS and not completing and _HELP.exists():
        sys.stdout.write(_HELP.read_text(encoding="utf-8"))
        return
    from offerwatch.cli.main import main as click_main

    click_main()
