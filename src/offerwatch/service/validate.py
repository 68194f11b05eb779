"""One validation per record, shared by create and update (CLI, web and API all come here).

Also the checks every use case shares: typed text, enum values, versions."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date
from enum import Enum, StrEnum
from typing import Any, TypeVar
from urllib.parse import urlsplit

from offerwatch.core.names import split_address
from offerwatch.errors import BadInput, StaleVersion

# The longest value each short text field holds (the column sizes in store/tables.py).
MAX_CHARS = {"company": 300, "role": 300, "source": 200, "name": 300, "email": 320,
             "location": 300, "url": 2000}  # fmt: skip
# No salary is above this; it also keeps the value inside PostgreSQL's INTEGER column.
MAX_SALARY = 1_000_000_000
# An address as drafts and mailto: links use it: no spaces or line breaks (header
# injection), no "?" or "%" (a mailto: query adding Bcc), no quotes or angle brackets.
_EMAIL = re.compile(
    r"^[A-Za-z0-9.!#$&'*+/=^_`{|}~-]+@"
    r"(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$"
)
# A scheme ("javascript:", "https:"), not a host and port ("example.com:8080").
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):(?!\d)")
APPLICATION_FIELDS = frozenset({"company", "role", "url", "source", "location", "notes",
                                "salary_min", "salary_max", "applied_on"})  # fmt: skip
_REQUIRED = frozenset({"company", "role"})
# Control characters no text field takes (PostgreSQL refuses NUL; the rest are noise).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
MAX_TITLE_CHARS = 2000  # a goal's title, a log note, a setting: short texts
REVIEW_PAGE = 50  # messages per page of the mail review list (web and CLI default)
MAX_PAGE = 500  # the largest page of the review list
E = TypeVar("E", bound=StrEnum)


class Keep(Enum):
    """The value of a field an update leaves as it is (None clears it)."""

    KEEP = "keep"


KEEP = Keep.KEEP


def user_text(
    value: str | None, what: str, *, required: bool = False, max_chars: int | None = None
) -> str | None:
    """`value` stripped, or None when empty. BadInput when required and missing, longer
    than `max_chars`, or not text (bytes that are not UTF-8, control characters)."""
    if value is None:
        if required:
            raise BadInput(f"{what} is required")
        return None
    value = value.strip()
    if required and not value:
        raise BadInput(f"{what} must not be empty")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise BadInput(f"{what} is not valid text (it holds bytes that are not UTF-8)") from None
    if _CONTROL.search(value):
        raise BadInput(f"{what} must not contain control characters")
    if max_chars is not None and len(value) > max_chars:
        raise BadInput(f"{what} is too long ({len(value)} characters; at most {max_chars})")
    return value or None


def enum_value(enum: type[E], value: str, what: str) -> E:
    """`value` as a member of `enum`; BadInput naming the valid values otherwise."""
    try:
        return enum(value)
    except ValueError:
        valid = ", ".join(m.value for m in enum)
        raise BadInput(f"unknown {what} {value!r}; one of: {valid}") from None


def check_version(what: str, ident: int, current: int, expected: int | None) -> None:
    """StaleVersion when the caller read another version than the stored one."""
    if expected is not None and expected != current:
        raise StaleVersion(what, ident, current, expected)


def text(value: str | None, what: str, *, required: bool = False) -> str | None:
    """`value` stripped (None when empty), within the column's size; BadInput otherwise."""
    return user_text(value, what, required=required, max_chars=MAX_CHARS.get(what))


def email_address(value: str | None, what: str = "email") -> str | None:
    """A plain address, lower case, or None when empty. Refuses anything a mail header or a
    mailto: link could be bent with (line breaks, "?bcc=", several addresses)."""
    if value is not None and ("\r" in value or "\n" in value):
        raise BadInput(f"{what} must be one line")
    address = text(value, what)
    if address is None:
        return None
    if not _EMAIL.match(address) or ".." in address or address.startswith("."):
        raise BadInput(f"not an email address: {address!r}")
    return address.lower()


def salary(value: object, what: str) -> int | None:
    """A yearly salary: a whole number from 0 to MAX_SALARY, or None."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise BadInput(f"{what} must be a whole number")
    if not 0 <= value <= MAX_SALARY:
        raise BadInput(f"{what} must be between 0 and {MAX_SALARY:,}")
    return value


def url(value: str | None) -> str | None:
    """A web address or None. Any scheme but http(s) is refused (a javascript: link would
    run on the page); an address typed without one ("kitelabs.example/jobs/7") is kept."""
    link = text(value, "url")
    if link is None:
        return None
    if any(c.isspace() for c in link):
        raise BadInput(f"url must not contain spaces ({link!r})")
    scheme = _SCHEME.match(link)
    if scheme and scheme.group(1).lower() not in ("http", "https"):
        raise BadInput(f"url must be a web address, http:// or https:// ({link!r})")
    if scheme and not urlsplit(link).netloc:
        raise BadInput(f"url has no host ({link!r})")
    return link


def application_fields(
    values: Mapping[str, Any], current: Mapping[str, Any] | None = None
) -> dict[str, Any]:
    """The application fields in `values` checked and cleaned (any subset, for an update;
    `current` holds the stored values a salary range is checked against)."""
    unknown = set(values) - APPLICATION_FIELDS
    if unknown:
        raise BadInput(f"cannot change {', '.join(sorted(unknown))}")
    out: dict[str, Any] = {}
    for name, value in values.items():
        if name in ("salary_min", "salary_max"):
            out[name] = salary(value, name.replace("_", " "))
        elif name == "url":
            out[name] = url(value)
        elif name == "applied_on":
            if value is not None and not isinstance(value, date):
                raise BadInput("applied date must be a date (YYYY-MM-DD)")
            out[name] = value
        else:
            if value is not None and not isinstance(value, str):
                raise BadInput(f"{name} must be text")
            out[name] = text(value, name, required=name in _REQUIRED)
    low = out.get("salary_min", (current or {}).get("salary_min"))
    high = out.get("salary_max", (current or {}).get("salary_max"))
    if low is not None and high is not None and low > high:
        raise BadInput("salary range: the minimum is above the maximum")
    return out


def person_fields(name: str | None, email: str | None) -> tuple[str, str | None]:
    """A person's name and email; "Mara Jensen <mara@kitelabs.example>" typed as the name
    is split into both (an email given as well wins)."""
    if name is not None and "\n" not in name and "<" in name:
        pasted_name, pasted_email = split_address(name)
        if pasted_email is not None:
            name = pasted_name
            email = email or pasted_email
    person_name = text(name, "name", required=True)
    assert person_name is not None
    return person_name, email_address(email)
