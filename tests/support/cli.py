"""The `offerwatch` command run in this test process, as a subprocess would see it.

A new interpreter costs about a second of imports per command; most CLI tests are about what a
command does, not about the process, so they run `offerwatch.cli.main.main` here, under click's
test runner (its own stdin, stdout and stderr, environment overrides undone afterwards). The
result is a `subprocess.CompletedProcess`, so a test reads it the same either way. The tests
of the process itself (the entry point, the fast `--help`, arguments that are not UTF-8, a
terminal, signals) keep a real subprocess.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Mapping
from typing import Any


def offerwatch(
    *args: str, env: Mapping[str, str | None] | None = None, input: str | None = None
) -> subprocess.CompletedProcess[str]:
    """`offerwatch ARGS` in this process: its exit code, stdout and stderr (`env`: variables
    set, or removed when None, for the run; `input`: its standard input, else empty)."""
    from click.testing import CliRunner

    from offerwatch.cli.main import main

    runner = CliRunner()
    code: int = 0
    with runner.isolation(input=input or "", env=env) as (out, err, _):
        try:
            main(list(args))
        except SystemExit as exc:
            if exc.code is None or isinstance(exc.code, int):
                code = exc.code or 0
            else:  # sys.exit("message"): the interpreter prints it and exits with 1
                print(exc.code, file=sys.stderr)
                code = 1
    return subprocess.CompletedProcess(
        ["offerwatch", *args], code, out.getvalue().decode(), err.getvalue().decode()
    )


def run(db: str, *args: str, ok: bool = True, **options: Any) -> subprocess.CompletedProcess[str]:
    """`offerwatch --db DB ARGS`; with `ok`, a failure fails the test with its stderr."""
    proc = offerwatch("--db", db, *args, **options)
    if ok:
        assert proc.returncode == 0, proc.stderr
    return proc


def run_json(db: str, *args: str, **options: Any) -> Any:
    """The JSON `offerwatch --db DB ARGS --json` prints (the command must succeed)."""
    return json.loads(run(db, *args, "--json", **options).stdout)
