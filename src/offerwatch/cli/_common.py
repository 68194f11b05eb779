"""Shared pieces of the CLI: option decorators, parameter types, workspace, output."""

from __future__ import annotations

import contextlib
import dataclasses
import enum
import json
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

if TYPE_CHECKING:
    from offerwatch.service import Workspace

F = TypeVar("F", bound=Callable[..., Any])


def _typed(value: str, zone: tzinfo) -> datetime:
    """A datetime from what the user typed: ISO 8601 as before, else the words and numeric
    dates core.typed_dates reads ("tomorrow 10:00", "next friday", "3/10/2026" in the
    locale's order), "now", all in `zone`."""
    import os

    from offerwatch.core.timeutil import BadDate, parse_datetime, utcnow
    from offerwatch.core.typed_dates import locale_order, read_datetime

    raw = value.strip()
    try:
        datetime.fromisoformat(raw[:-1] + "+00:00" if raw.endswith("Z") else raw)
    except ValueError:
        pass
    else:  # ISO 8601: read as it always was (an hour the clocks skip is refused there)
        return parse_datetime(raw, zone)
    if raw.lower() == "now":
        return utcnow().astimezone(zone)
    today = utcnow().astimezone(zone).date()
    try:
        day, at = read_datetime(value, today, locale_order(dict(os.environ)))
    except BadDate as exc:
        reason = str(exc)
        if reason.startswith("not a date"):  # nothing understood: show what is
            reason = (
                f"not a date or time: {value!r} (e.g. 2026-03-03 10:00, tomorrow 10:00, "
                '"next friday 14:30", 3/10/2026)'
            )
        raise BadDate(reason) from None
    return parse_datetime(f"{day.isoformat()} {at:%H:%M}", zone)


class DateTimeType(click.ParamType[datetime]):
    """ISO 8601, "2026-03-03 10:00", or as people type it ("tomorrow 10:00", "next friday",
    "3/10/2026 9:30am"), in the user's time zone."""

    name = "DATETIME"

    def convert(self, value: Any, param: Any, ctx: Any) -> datetime:
        if isinstance(value, datetime):
            return value
        from offerwatch.core.timeutil import BadDate

        try:
            _typed(str(value), UTC)  # the syntax first: no database needed for that
            return _typed(str(value), user_zone(ctx))
        except BadDate as exc:
            self.fail(str(exc), param, ctx)


class DateType(click.ParamType[date]):
    """A calendar date: YYYY-MM-DD, or as people type it ("yesterday", "last friday",
    "3/10/2026" in the locale's order, "March 5")."""

    name = "DATE"

    def convert(self, value: Any, param: Any, ctx: Any) -> date:
        if isinstance(value, date):
            return value
        import os

        from offerwatch.core.timeutil import BadDate, parse_date, utcnow
        from offerwatch.core.typed_dates import locale_order, read_date

        text = str(value)
        try:
            return parse_date(text)
        except BadDate:
            pass
        try:
            read_date(text, utcnow().date(), locale_order(dict(os.environ)))  # syntax first
            today = utcnow().astimezone(user_zone(ctx)).date()
            return read_date(text, today, locale_order(dict(os.environ)))
        except BadDate as exc:
            reason = str(exc)
            if reason.startswith("not a date"):
                reason = (
                    f"not a date: {text!r} (e.g. 2026-03-03, yesterday, last friday, 3/10/2026)"
                )
            self.fail(reason, param, ctx)


class IdType(click.ParamType[int]):
    """The id of a stored row: a whole number from 1 up to the largest id a database holds
    (PostgreSQL's INTEGER), so that a huge number is bad input, not a database error."""

    name = "ID"
    largest = 2**31 - 1

    def convert(self, value: Any, param: Any, ctx: Any) -> int:
        try:
            number = int(value)
        except (TypeError, ValueError):
            self.fail(f"not an id: {value!r} (a whole number such as 3)", param, ctx)
        if not 1 <= number <= self.largest:
            self.fail(f"no such id: {value} (ids are whole numbers from 1)", param, ctx)
        return number


class AmountType(click.ParamType[int]):
    """A salary as people type it: 60000, 60,000 or 60k (as the web form takes it)."""

    name = "AMOUNT"

    def convert(self, value: Any, param: Any, ctx: Any) -> int:
        if isinstance(value, int):
            return value
        from offerwatch.core.money import parse_amount
        from offerwatch.errors import BadInput

        try:
            found = parse_amount(str(value), "amount")
        except BadInput as exc:
            self.fail(str(exc).removeprefix("amount: "), param, ctx)
        if found is None:
            self.fail("empty: give an amount such as 60000 or 60k", param, ctx)
        return found


DATETIME = DateTimeType()
DATE = DateType()
ID = IdType()
AMOUNT = AmountType()


def json_option(func: F) -> F:
    """`--json`: print machine-readable JSON instead of tables."""
    return click.option("--json", "as_json", is_flag=True, help="Print JSON for scripts.")(func)


def workspace(ctx: click.Context | None = None) -> Workspace:
    """The workspace for this invocation, opened once (and closed when the command ends)."""
    ctx = ctx or click.get_current_context()
    root = ctx.find_root()
    obj = root.obj if isinstance(root.obj, dict) else {}
    if "workspace" not in obj:
        from offerwatch.service import open_workspace

        ws = open_workspace(obj.get("db"))
        obj["workspace"] = ws
        root.obj = obj
        root.call_on_close(ws.close)
    ws_open: Workspace = obj["workspace"]
    return ws_open


def write_file(path: Path, data: bytes) -> None:
    """Write `data` to `path` whole or not at all (a temporary file beside it, then renamed),
    so that a failed export never leaves a half-written file; an unwritable path is bad
    input with a one-line reason."""
    import os
    import tempfile

    from offerwatch.errors import BadInput

    target = path.expanduser()
    tmp: str | None = None
    try:
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        os.replace(tmp, target)
        tmp = None
    except OSError as exc:
        raise BadInput(f"cannot write {path}: {exc.strerror or exc}") from None
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)


def user_zone(ctx: click.Context | None = None) -> tzinfo:
    """The zone the user lives in: the `timezone` setting, else the system's. Times typed
    without an offset are read in it and tables show times in it, the same zone the
    planner computes due times in."""
    ctx = ctx or click.get_current_context(silent=True)
    if ctx is None:
        from offerwatch.core.timeutil import local_zone

        return local_zone()
    root = ctx.find_root()
    obj = root.obj if isinstance(root.obj, dict) else {}
    if "zone" not in obj:
        obj["zone"] = workspace(ctx).timezone()
    zone: tzinfo = obj["zone"]
    return zone


def to_jsonable(value: Any) -> Any:
    """Plain JSON values from entities: dataclasses, enums, dates (ISO 8601)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [to_jsonable(v) for v in value]
    return value


def echo_json(value: Any) -> None:
    click.echo(json.dumps(to_jsonable(value), indent=2, ensure_ascii=False))


def print_table(title: str | None, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    """A Rich table on a terminal; elsewhere (a pipe, a file) plain tab-separated rows, the
    first naming the columns, so that `| head`, `| grep` and `| cut -f2` work on rows, not
    on a drawing (Rich is imported only for a terminal)."""
    import sys

    if not sys.stdout.isatty():
        plain = (["" if cell is None else " ".join(str(cell).split()) for cell in row]
                 for row in (columns, *rows))  # fmt: skip
        click.echo("".join("\t".join(cells) + "\n" for cells in plain), nl=False)
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(title=title, title_justify="left")
    for column in columns:
        table.add_column(column)
    for row in rows:
        table.add_row(*("" if cell is None else str(cell) for cell in row))
    # What the user typed is shown as typed: "[/x]" is not Rich markup (it failed the whole
    # table) and ":smile:" not an emoji (which also spares loading Rich's emoji table).
    Console(markup=False, emoji=False).print(table)


def local_time(value: datetime | None) -> str:
    """A datetime in the user's time zone, to the minute."""
    if value is None:
        return ""
    return value.astimezone(user_zone()).strftime("%Y-%m-%d %H:%M")
