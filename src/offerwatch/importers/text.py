"""Reading other trackers' files: size limit, encodings, CSV dialects, dates and salaries."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator, Sequence
from datetime import UTC, date, datetime
from pathlib import Path

from offerwatch.errors import BadInput

# The largest file read: a search of years is a few megabytes; beyond this it is not a
# tracker export (and reading it whole would only use memory).
MAX_BYTES = 20 * 1024 * 1024
# Words that stand for "no value" in the trackers' exports.
MISSING = frozenset({"", "-", "n/a", "na", "none", "null", "—", "–"})


def read_bytes(path: Path) -> bytes:
    """The file's bytes; a one-line BadInput when it is missing, a folder or too large."""
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise BadInput(f"{path} is a folder, not a file")
        if size > MAX_BYTES:
            raise BadInput(
                f"{path} is too large to be a tracker export: {size / 1048576:.0f} MB "
                f"(the limit is {MAX_BYTES // 1048576} MB)"
            )
        return path.read_bytes()
    except OSError as exc:
        raise BadInput(f"cannot read {path}: {exc.strerror or exc}") from None


def decode(data: bytes) -> str:
    """Text from UTF-8 (with or without a BOM), UTF-16 with a BOM, or Windows-1252."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise BadInput("the file says it is UTF-16 but is not") from None
    if b"\x00" in data:
        raise BadInput("not a text file (it holds binary data)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        raise BadInput("the file is neither UTF-8 nor Windows-1252 text") from None


def missing(value: str | None) -> bool:
    """True for an empty cell or one of the trackers' words for "no value"."""
    return value is None or value.strip().casefold() in MISSING


def cell(value: str | None) -> str | None:
    """The cell's text, stripped; None when it is missing."""
    return None if value is None or missing(value) else value.strip()


def header_key(name: str) -> str:
    """A column header reduced for comparison: ' Job-Title ' -> 'job title'."""
    return re.sub(r"[^a-z0-9]+", " ", name.casefold()).strip()


def delimiter(text: str) -> str:
    """Comma, semicolon or tab: whichever the header line holds most of."""
    first = text.split("\n", 1)[0]
    counts = {d: first.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def csv_records(text: str) -> tuple[list[str], Iterator[tuple[int, list[str]]]]:
    """The header and (line number, cells) for each record, the line where it starts."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter(text))
    try:
        header = next(reader)
    except StopIteration:
        raise BadInput("the file is empty") from None
    except csv.Error as exc:
        raise BadInput(f"not a CSV file: {exc}") from None

    def records() -> Iterator[tuple[int, list[str]]]:
        start = reader.line_num + 1
        while True:
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                raise BadInput(f"line {start}: not CSV: {exc}") from None
            if any(c.strip() for c in row):
                yield start, row
            start = reader.line_num + 1

    return [h.strip() for h in header], records()


_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}")
_DOTTED = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")
_SLASHED = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")
_NAMED = ("%b %d, %Y", "%B %d, %Y", "%d %b %Y", "%d %B %Y", "%b %d %Y", "%d-%b-%Y")


def slash_order(values: Sequence[str | None]) -> str:
    """'dmy' or 'mdy' for a column of n/n/yyyy dates: decided by a day above 12 anywhere in
    the column (04/03/2026 alone could be either); 'ambiguous' when nothing decides."""
    for value in values:
        m = _SLASHED.match((value or "").strip())
        if m and int(m.group(1)) > 12:
            return "dmy"
        if m and int(m.group(2)) > 12:
            return "mdy"
    return "ambiguous"


def parse_when(value: str | None, order: str = "ambiguous") -> datetime | None:
    """A date or a datetime in any of the trackers' spellings, as an aware datetime (UTC
    when no offset is given); None when missing. ValueError for text that is no date."""
    text = cell(value)
    if text is None:
        return None
    if _ISO.match(text):
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00").replace(" ", "T", 1))
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
    if m := _DOTTED.match(text):
        return datetime(int(m[3]), int(m[2]), int(m[1]), tzinfo=UTC)
    if m := _SLASHED.match(text):
        if order == "ambiguous" and m[1] != m[2]:
            raise ValueError(f"ambiguous date {text!r}: write it as YYYY-MM-DD")
        day, month = (m[1], m[2]) if order == "dmy" else (m[2], m[1])
        return datetime(int(m[3]), int(month), int(day), tzinfo=UTC)
    if text.isdigit() and len(text) == 13:  # milliseconds since 1970 (Huntr's API)
        return datetime.fromtimestamp(int(text) / 1000, UTC)
    for fmt in _NAMED:
        try:
            return datetime.strptime(text, fmt).replace(tzinfo=UTC)
        except ValueError:
            continue
    raise ValueError(f"not a date: {text!r}")


def parse_day(value: str | None, order: str = "ambiguous") -> date | None:
    """The calendar date of `value` (see parse_when)."""
    when = parse_when(value, order)
    return None if when is None else when.date()


_CURRENCY_SIGNS = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "chf": "CHF"}
_CODE = re.compile(r"\b(USD|EUR|GBP|CAD|AUD|CHF|SEK|NOK|DKK|PLN|JPY|INR|NZD|SGD)\b", re.I)
_NUMBER = re.compile(r"(\d[\d,.' ]*\d|\d)\s*([kKmM])?(?![\w])")
_NOT_YEARLY = re.compile(r"/\s*(h|hr|hour|d|day|w|wk|week|mo|month)\b|per\s+(hour|day|week|month)"
                         r"|\ban?\s+hour\b|\bhourly\b|\bmonthly\b|\bdaily\b", re.I)  # fmt: skip


def _amount(digits: str, suffix: str | None) -> int:
    cleaned = re.sub(r"[,' ]", "", digits)
    if cleaned.count(".") == 1 and len(cleaned.split(".")[1]) != 3:
        number = float(cleaned)  # 120.5k
    else:
        number = float(cleaned.replace(".", ""))  # 120.000 (a thousands separator)
    factor = {"k": 1_000, "m": 1_000_000}.get((suffix or "").lower(), 1)
    return round(number * factor)


def parse_salary(text: str | None) -> tuple[int | None, int | None, str | None] | None:
    """A yearly salary range from free text: '$120k - $140k' -> (120000, 140000, 'USD').

    None when the text is missing or not a yearly amount that can be read for sure (an
    hourly rate, 'competitive'): the caller keeps the text in the notes instead."""
    value = cell(text)
    if value is None or _NOT_YEARLY.search(value):
        return None
    numbers = _NUMBER.findall(value)
    if not numbers or len(numbers) > 2:
        return None
    # "120-140k": a suffix on the second number only applies to both.
    suffixes = [s for _, s in numbers]
    if len(numbers) == 2 and not suffixes[0] and suffixes[1]:
        suffixes[0] = suffixes[1]
    amounts = [_amount(d, s) for (d, _), s in zip(numbers, suffixes, strict=True)]
    if any(a < 1000 for a in amounts):
        return None
    currency = None
    if code := _CODE.search(value):
        currency = code.group(1).upper()
    else:
        for sign, name in _CURRENCY_SIGNS.items():
            if sign in value.casefold():
                currency = name
                break
    low, high = min(amounts), max(amounts)
    return low, high, currency
