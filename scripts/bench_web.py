"""Web speed: Today and Pipeline pages and the API list endpoints under 32 concurrent clients,
as p95 latency ratios against a bare JSON endpoint of the same app in the same run; page
weights. 2,000 applications and 20,000 observations in SQLite.

The server is `offerwatch serve` in its own process; the clients are asyncio + httpx in this
one, so the load generator does not share the server's interpreter.
"""

from __future__ import annotations

import asyncio
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
from sqlalchemy import insert

from offerwatch.core.entities import Stage, Status
from offerwatch.core.signals import SignalKind
from offerwatch.service import open_workspace
from offerwatch.store import queries as q
from offerwatch.store import tables as t

APPS, OBSERVATIONS = 2_000, 20_000
CLIENTS = 32
REQUESTS = 160  # per endpoint and round, shared by the clients
TIME_CAP = 60.0  # seconds per endpoint and round, whatever the count reached
ROUNDS = 6  # short interleaved rounds: the shared machine's noise falls on every endpoint
NOW = datetime(2026, 3, 4, 12, tzinfo=UTC)

BASELINE = "/api/v1/health"
PAGES = {"Today": "/", "Pipeline": "/pipeline"}
LISTS = {
    "GET /api/v1/applications": "/api/v1/applications",
    "GET /api/v1/observations": "/api/v1/observations",
    "GET /api/v1/interviews": "/api/v1/interviews",
}


def populate(url: str) -> None:
    """A large but plausible search: every status, interviews, people, signals."""
    rng = random.Random(7)
    ws = open_workspace(url, clock=lambda: NOW)
    statuses = [Status.APPLIED] * 8 + [Status.SCREENING] * 3 + [Status.INTERVIEWING] * 3 + [
        Status.REJECTED] * 4 + [Status.GHOSTED] * 3 + [Status.OFFER, Status.WITHDRAWN,
                                                       Status.INTERESTED]  # fmt: skip
    kinds = [k.value for k in SignalKind if k.value not in ("offer", "rejection")]
    try:
        with ws.write() as conn:
            app_ids = []
            for n in range(APPS):
                applied = NOW - timedelta(days=rng.randint(1, 180))
                app_ids.append(q.insert_application(
                    conn, ws.user_id, company=f"Company {n % 700}", role=f"Engineer {n}",
                    status=rng.choice(statuses), now=applied, applied_on=applied.date(),
                ))  # fmt: skip
            interviews = []
            for app_id in app_ids[::2]:
                start = NOW - timedelta(days=rng.randint(-10, 120), hours=rng.randint(0, 8))
                interviews.append({
                    "user_id": ws.user_id, "application_id": app_id,
                    "stage": rng.choice(list(Stage)).value, "scheduled_start": start,
                    "scheduled_end": start + timedelta(hours=1), "created_at": start,
                })  # fmt: skip
            conn.execute(insert(t.interviews), interviews)
            conn.execute(insert(t.observations), [
                {"user_id": ws.user_id, "application_id": rng.choice(app_ids),
                 "kind": rng.choice(kinds),
                 "observed_at": NOW - timedelta(days=rng.randint(0, 150), minutes=n),
                 "source": "manual", "created_at": NOW}
                for n in range(OBSERVATIONS)
            ])  # fmt: skip
    finally:
        ws.close()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


ERRORS: dict[str, int] = {}


async def load(base: str, path: str) -> list[float]:
    """REQUESTS requests by CLIENTS concurrent clients (or TIME_CAP); latencies in seconds.
    A connection the server closed under the client (keep-alive race) is retried, counted,
    and the retry's time stays in that request's latency."""
    latencies: list[float] = []
    remaining = REQUESTS
    deadline = time.monotonic() + TIME_CAP
    limits = httpx.Limits(max_connections=CLIENTS, max_keepalive_connections=CLIENTS)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=120) as client:

        async def worker() -> None:
            nonlocal remaining
            while remaining > 0 and time.monotonic() < deadline:
                remaining -= 1
                start = time.perf_counter()
                for attempt in range(3):
                    try:
                        res = await client.get(path)
                        break
                    except httpx.TransportError:
                        ERRORS[path] = ERRORS.get(path, 0) + 1
                        if attempt == 2:
                            raise
                latencies.append(time.perf_counter() - start)
                if res.status_code != 200:
                    raise RuntimeError(f"{path}: HTTP {res.status_code}")

        await asyncio.gather(*(worker() for _ in range(CLIENTS)))
    return latencies


def cold(base: str, runs: int = 7) -> dict[str, float]:
    """Median time of one request alone, right after a write through the API (which drops
    the cached plan and odds, so the page recomputes them), against the bare endpoint."""
    times: dict[str, list[float]] = {"bare": [], **{name: [] for name in PAGES}}
    with httpx.Client(base_url=base, timeout=120) as client:
        for n in range(runs):
            for name, path in [("bare", BASELINE), *PAGES.items()]:
                status = "screening" if n % 2 else "interviewing"
                client.post("/api/v1/applications/1/status", json={"status": status})
                start = time.perf_counter()
                client.get(path)
                times[name].append(time.perf_counter() - start)
    return {name: statistics.median(values) for name, values in times.items()}


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[18]


def serve(
    url: str, folder: Path, cache_seconds: float | None
) -> tuple[subprocess.Popen[bytes], str]:
    """`offerwatch serve` on a free port (with `--cache-seconds` when given), once it answers."""
    port = free_port()
    env = {**os.environ, "OFFERWATCH_HOME": str(folder), "OFFERWATCH_TZ": "UTC"}
    extra = [] if cache_seconds is None else ["--cache-seconds", str(cache_seconds)]
    server = subprocess.Popen(
        [sys.executable, "-m", "offerwatch", "--db", url, "serve", "--port", str(port), *extra],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    for _ in range(200):
        try:
            httpx.get(base + BASELINE, timeout=1)
            break
        except httpx.TransportError:
            time.sleep(0.1)
    return server, base


def measure(base: str, paths: list[str]) -> dict[str, list[float]]:
    """Latencies of each path, in interleaved rounds after a warm-up."""
    for path in paths:  # warm up: templates compiled, caches filled, agenda synced
        httpx.get(base + path, timeout=120)
    samples: dict[str, list[float]] = {p: [] for p in paths}
    for _ in range(ROUNDS):  # rounds interleave the endpoints against drift
        for path in paths:
            samples[path] += asyncio.run(load(base, path))
    return samples


def main() -> None:
    folder = Path(tempfile.mkdtemp(prefix="offerwatch-bench-web-"))
    url = f"sqlite:///{folder / 'bench.db'}"
    populate(url)
    server, base = serve(url, folder, None)
    try:
        samples = measure(base, [BASELINE, *PAGES.values(), *LISTS.values()])
        after_write = cold(base)
        weights = {name: len(httpx.get(base + path, timeout=120).content)
                   for name, path in PAGES.items()}  # fmt: skip
        assets = sum(len(httpx.get(base + a).content) for a in
                     ("/static/app.css", "/static/app.js"))  # fmt: skip
    finally:
        server.terminate()
        server.wait(timeout=20)
    # The same pages with the result cache off: every request plans and scores afresh.
    server, base = serve(url, folder, 0)
    try:
        uncached = measure(base, [BASELINE, *PAGES.values()])
    finally:
        server.terminate()
        server.wait(timeout=20)
    report(samples, weights, assets, after_write, uncached)


def report(
    samples: dict[str, list[float]],
    weights: dict[str, int],
    assets: int,
    after_write: dict[str, float],
    uncached: dict[str, list[float]],
) -> None:
    base = p95(samples[BASELINE])
    print("## Web app and API\n")
    print(f"{APPS:,} applications and {OBSERVATIONS:,} observations in SQLite; {CLIENTS} "
          f"concurrent clients (asyncio + httpx) against `offerwatch serve` (uvicorn, one "
          f"process) on 127.0.0.1; up to {REQUESTS} requests per endpoint and round, "
          f"{ROUNDS} interleaved rounds. Ratios of p95 latency to the bare JSON endpoint "
          f"`{BASELINE}` measured in the same run.\n")  # fmt: skip
    mid = statistics.median(samples[BASELINE])
    print("| endpoint | p95 ratio | target | median ratio | requests |")
    print("|---|---|---|---|---|")
    rows = [(f"{name} page (`{path}`)", path, "4x or less") for name, path in PAGES.items()]
    rows += [(f"{name} (50 per page)", path, "2x or less") for name, path in LISTS.items()]
    for label, path, target in rows:
        ratio, mratio = p95(samples[path]) / base, statistics.median(samples[path]) / mid
        print(f"| {label} | {ratio:.2f}x | {target} | {mratio:.2f}x | {len(samples[path])} |")
    print("\nRight after a change (one client, the plan and the odds recomputed, median of 7):\n")
    print("| page | ratio to bare JSON |")
    print("|---|---|")
    for name in PAGES:
        print(f"| {name} | {after_write[name] / after_write['bare']:.1f}x |")
    print(
        "\nThe same pages with the result cache off (`serve --cache-seconds 0`: the plan "
        "comes from the database, derived again only after a change; the board's scores "
        "are computed again only after a write or when the time can change them), p95 and "
        "median against the bare JSON endpoint of that run:\n"
    )
    print("| page, uncached | p95 ratio | target | median ratio | requests |")
    print("|---|---|---|---|---|")
    ubase, umid = p95(uncached[BASELINE]), statistics.median(uncached[BASELINE])
    for name, path in PAGES.items():
        ratio, mratio = p95(uncached[path]) / ubase, statistics.median(uncached[path]) / umid
        print(f"| {name} (`{path}`) | {ratio:.2f}x | 4x or less | {mratio:.2f}x "
              f"| {len(uncached[path])} |")  # fmt: skip
    print("\n| page | weight (HTML + CSS + JS, no images) | target |")
    print("|---|---|---|")
    for name, size in weights.items():
        print(f"| {name} | {(size + assets) / 1024:.1f} KB | under 200 KB |")
    print(f"\n(bare JSON p95 {base * 1000:.1f} ms on this machine, for reference only; "
          f"connections retried: {sum(ERRORS.values())})")  # fmt: skip


if __name__ == "__main__":
    main()
