"""The per-user result cache: reuse, expiry, invalidation by writes, one computation at a time."""

from __future__ import annotations

import threading
import time

from offerwatch.web.cache import ResultCache


class Tick:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_reuses_until_expiry_and_keeps_users_apart() -> None:
    tick = Tick()
    cache = ResultCache(ttl=30, clock=tick)
    calls: list[str] = []

    def compute(tag: str) -> str:
        calls.append(tag)
        return tag

    assert cache.get(1, "agenda", lambda: compute("a1")) == "a1"
    assert cache.get(1, "agenda", lambda: compute("again")) == "a1"
    assert cache.get(2, "agenda", lambda: compute("b1")) == "b1"  # another user
    tick.now = 31
    assert cache.get(1, "agenda", lambda: compute("a2")) == "a2"
    assert calls == ["a1", "b1", "a2"]


def test_a_write_drops_only_that_users_entries() -> None:
    cache = ResultCache(ttl=30, clock=Tick())
    cache.get(1, "k", lambda: "old")
    cache.get(2, "k", lambda: "theirs")
    cache.forget(1)
    assert cache.get(1, "k", lambda: "new") == "new"
    assert cache.get(2, "k", lambda: "changed") == "theirs"


def test_a_value_computed_across_a_write_is_not_kept() -> None:
    cache = ResultCache(ttl=30, clock=Tick())

    def racing() -> str:
        cache.forget(1)  # a write lands while the value is being computed
        return "suspect"

    assert cache.get(1, "k", racing) == "suspect"
    assert cache.get(1, "k", lambda: "fresh") == "fresh"


def test_concurrent_misses_compute_once() -> None:
    cache = ResultCache(ttl=30)
    calls = []

    def slow() -> int:
        calls.append(1)
        time.sleep(0.05)
        return 42

    results: list[int] = []
    threads = [threading.Thread(target=lambda: results.append(cache.get(1, "k", slow)))
               for _ in range(8)]  # fmt: skip
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == [42] * 8 and len(calls) == 1


def test_zero_ttl_turns_it_off() -> None:
    cache = ResultCache(ttl=0)
    values = iter([1, 2])
    assert cache.get(1, "k", lambda: next(values)) == 1
    assert cache.get(1, "k", lambda: next(values)) == 2


def test_entries_are_keyed_by_the_facts_version() -> None:
    cache = ResultCache(ttl=30, clock=Tick())
    version: list[int | None] = [4]
    calls: list[str] = []

    def get(tag: str) -> str:
        return cache.get(1, "k", lambda: calls.append(tag) or tag, lambda: version[0])

    assert get("v4") == "v4"
    assert get("again") == "v4"  # same version: reused
    version[0] = 5  # a write through another worker bumped it
    assert get("v5") == "v5"
    assert get("again") == "v5"
    version[0] = None  # no version to tell a change by: never reused
    assert get("n1") == "n1" and get("n2") == "n2"
    assert calls == ["v4", "v5", "n1", "n2"]
