"""The pair of the user's addresses: a sample read in steps decides as one read whole."""

from __future__ import annotations

import random

from offerwatch.core.intake import _share_the_mail
from offerwatch.core.intake_values import PairTally


def _sample(rng: random.Random, size: int) -> list[tuple[str, frozenset[str]]]:
    people = [f"p{i}@x.example" for i in range(12)]
    me = ["me@home.example", "me@work.example"]
    out = []
    for _ in range(size):
        if rng.random() < 0.15:  # her own mail
            out.append((rng.choice(me), frozenset(rng.sample(people, rng.randint(1, 2)))))
        else:
            to = set(rng.sample(me, rng.randint(1, 2))) if rng.random() < 0.9 else set()
            out.append((rng.choice(people), frozenset(to | {rng.choice(people)})))
    return out


def test_a_growing_sample_reads_as_a_whole_one() -> None:
    rng = random.Random(5)
    decided = set()
    for _ in range(40):
        sample = _sample(rng, rng.randint(10, 200))
        a, b = "me@home.example", "me@work.example"
        tally = PairTally()
        for end in range(0, len(sample) + 1, rng.randint(3, 30)):
            grown = sample[:end]
            whole = _share_the_mail(a, b, grown, PairTally())
            assert _share_the_mail(a, b, grown, tally) == whole
            assert tally.at == len(grown)
            decided.add(whole)
    assert decided == {True, False}


def test_the_pair_found_in_a_growing_sample_is_the_one_found_in_it_whole() -> None:
    from offerwatch.core.intake import _pair_of
    from offerwatch.core.intake_values import Known
    from offerwatch.core.mail_match import MatchContext

    rng = random.Random(11)
    found = set()
    for _ in range(30):
        sample = _sample(rng, rng.randint(10, 300))
        grown = Known(ctx=MatchContext())
        end = 0
        while end < len(sample):
            end = min(len(sample), end + rng.randint(1, 60))
            grown.my_mail_sample = sample[:end]
            whole = Known(ctx=MatchContext(), my_mail_sample=sample[:end])
            pair = _pair_of(grown, bool)
            assert pair == _pair_of(whole, bool)
            assert grown.taking_part == whole.taking_part
            assert list(grown.taking_part) == list(whole.taking_part)  # first-seen order
            found.add(pair)
    mine = {"me@home.example", "me@work.example"}
    assert () in found and any(set(pair) == mine for pair in found)  # a pair found, or none
