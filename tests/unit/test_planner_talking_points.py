"""What a thank-you note mentions from the interview notes."""

from __future__ import annotations

import pytest

from offerwatch.core.talking_points import join_words, points_for, talking_points

NOTES = (
    "Ana described the move of the route-planning data from nightly batches to streaming; "
    "Tomas asked how I would test dbt models. We discussed the on-call rotation. "
    "I was nervous at first. Salary range seems low."
)


@pytest.mark.parametrize(
    ("notes", "expected"),
    [
        (NOTES, ["the move of the route-planning data from nightly batches to streaming",
                 "how I would test dbt models", "the on-call rotation"]),
        ("- Discussed the Kafka migration\n- team of 6\n- Kafka migration",
         ["the Kafka migration", "the team of 6"]),
        ("Team of 8, mostly Go and Postgres. Hybrid, two days in the office. Band 70-85k",
         ["the team of 8"]),
        ("- accessibility audit planned for Q3\n- they liked my portfolio case study\n"
         "- building a design system", ["the accessibility audit planned for Q3",
                                        "building a design system"]),
        ("Talked about Snowflake costs. Felt awkward about the pause.", ["Snowflake costs"]),
        ("", []),
        (None, []),
        ("We went over a very long list of things that would never fit in one short thank you "
         "note at all", []),
    ],
)  # fmt: skip
def test_talking_points(notes: str | None, expected: list[str]) -> None:
    assert talking_points(notes) == expected


def test_a_persons_own_topic_comes_first() -> None:
    assert points_for(NOTES, "Tomas", limit=2) == [
        "how I would test dbt models",
        "the move of the route-planning data from nightly batches to streaming",
    ]
    assert points_for(NOTES, "Ana", limit=1) == [
        "the move of the route-planning data from nightly batches to streaming"
    ]


@pytest.mark.parametrize(
    ("items", "text"),
    [([], ""), (["a"], "a"), (["a", "b"], "a and b"), (["a", "b", "c"], "a, b and c")],
)
def test_join_words(items: list[str], text: str) -> None:
    assert join_words(items) == text
