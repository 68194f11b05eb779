"""Public holidays for the user's `country` setting, read from the `holidays` package.

The package is imported here only, when a country is set: the core takes plain dates.
"""

from __future__ import annotations

from datetime import date

from offerwatch.errors import BadInput


def holiday_dates(country: str | None, years: range) -> frozenset[date]:
    """The public holidays of `country` (ISO 3166 code, e.g. "DE"; "US-CA" for a
    subdivision) in `years`; empty when no country is set."""
    if not country:
        return frozenset()
    import holidays  # imported only where needed: a few hundred country modules

    code, _, subdivision = country.partition("-")
    try:
        found = holidays.country_holidays(code.upper(), subdiv=subdivision or None, years=years)
    except NotImplementedError:
        raise BadInput(
            f"unknown country {country!r} (use an ISO code such as DE or US-CA)"
        ) from None
    return frozenset(found.keys())


def check_country(value: str) -> str:
    """The country setting, checked: a clear one-line error for an unknown code."""
    holiday_dates(value.strip(), range(2026, 2027))
    return value.strip().upper()


__all__ = ["check_country", "holiday_dates"]
