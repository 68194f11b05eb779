"""Write click's top-level help to src/offerwatch/cli/toplevel_help.txt (the fast path)."""

from __future__ import annotations

from pathlib import Path

from offerwatch.cli.main import cli

TARGET = Path(__file__).resolve().parent.parent / "src/offerwatch/cli/toplevel_help.txt"


def render() -> str:
    """The help text exactly as click prints it at the default width."""
    import click

    # The group's own context settings (-h as well as --help), as a real run has them: click
    # caches the help option on the command, so leaving them out made the text depend on
    # whether the group had already been invoked in this process.
    settings = {**cli.context_settings, "terminal_width": 80, "max_content_width": 80}
    with click.Context(cli, info_name="offerwatch", **settings) as ctx:
        return cli.get_help(ctx) + "\n"


if __name__ == "__main__":
    TARGET.write_text(render(), encoding="utf-8")
    print(f"wrote {TARGET}")
