"""The odds in plain words: how much a sign moves them, and what the estimate starts from.

The chart and the list of reasons use the same words, so "×0.85" and "÷1.18" never meet.
"""

from __future__ import annotations

import re
from datetime import date

from offerwatch.core.day_words import short_day

# The core's basis line: "<label> (starting chance 25%, sourced); 3 signs counted, 1 with
# heuristic ratios; default ratios". Read back here into a sentence; anything else is shown
# as it is.
_BASIS = re.compile(
    r"(?P<label>.+) \(starting chance (?P<start>\d+%), (?P<kind>sourced|heuristic)\); "
    r"(?P<counted>\d+) signs? counted, (?P<guessed>\d+) with heuristic ratios; "
    r"(?P<ratios>.+)"
)


def effect(likelihood_ratio: float) -> str:
    """How a sign moves the odds: "1.40× higher", "1.18× lower", "no change"."""
    if likelihood_ratio <= 0:
        return "no chance left"
    if abs(likelihood_ratio - 1) < 0.005:
        return "no change"
    if likelihood_ratio > 1:
        return f"{likelihood_ratio:.2f}× higher"
    return f"{1 / likelihood_ratio:.2f}× lower"


def basis_words(basis: str) -> str:
    """The estimate's basis as a sentence a job seeker reads without a glossary."""
    found = _BASIS.fullmatch(basis.strip())
    if found is None:
        return basis
    counted, guessed = int(found["counted"]), int(found["guessed"])
    where = "a published hiring figure" if found["kind"] == "sourced" else "a rule of thumb"
    text = (
        f"It starts at {found['start']} for applications at this point ({found['label']}; {where})"
    )
    if counted == 0:
        return text + ". No signs are counted yet."
    # "Signs", not "signs you recorded": some are read from the dates (a silence, a final
    # round without next steps), not typed in.
    text += ", then 1 sign moves it" if counted == 1 else f", then {counted} signs move it"
    if guessed:
        rule = "a rule of thumb" if guessed == 1 else "rules of thumb"
        share = "all of them " if guessed == counted else f"{guessed} of them "
        text += f" ({'' if counted == 1 else share}by {rule}, not a study)"
    centre = re.search(r"centre's outcomes \((?P<on>[\d-]+), n=(?P<n>\d+)\)", found["ratios"])
    if centre is not None:
        text += (
            f", weighed by how {centre['n']} finished applications at this centre turned out "
            f"(weights fitted on {_day(centre['on'])})"
        )
    elif "calibrated" in found["ratios"]:
        text += ", weighed by how your own past applications turned out"
    return text + "."


def _day(iso: str) -> str:
    """An ISO day of the basis line as every page says a day ("Wed 4 Mar 2026")."""
    try:
        return short_day(date.fromisoformat(iso))
    except ValueError:
        return iso


# Why an action is planned, for the kinds whose title does not say it (a follow-up's and the
# keep-applying check's titles carry their reason already). From docs/domain.md's rules.
_ACTION_WHY = {
    "thank_you": "Within a day of the interview: most hiring managers weigh a thank-you note "
    "(80%), and few candidates send one (24%; Robert Half, 2017).",
    "ask_timeline": "At the final interview: the date they give sets when to follow up, "
    "and silence before it is no bad sign.",
}


def action_why(kind: str) -> str:
    """Why an action of this kind is planned, in a sentence; "" when its title says it."""
    return _ACTION_WHY.get(kind, "")
