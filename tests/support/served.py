"""Any ASGI app served by a real uvicorn in a thread (one "worker" per call)."""

from __future__ import annotations

import socket
import subprocess
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import httpx


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def serving(app: Any, **config: Any) -> Iterator[str]:
    """`app` at http://127.0.0.1:PORT until the block ends; `config` goes to uvicorn."""
    import uvicorn

    port = free_port()
    options: dict[str, Any] = {"log_level": "warning", "proxy_headers": False, **config}
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, **options))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 120  # bounds a failure only: a loaded machine is slow
    while not srv.started:
        assert thread.is_alive() and time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        stop(srv, thread)


def stop(srv: Any, thread: threading.Thread) -> None:
    """Stop a uvicorn server running in `thread`: gracefully, then by force (a client that
    keeps a request open holds a graceful stop); a server still running afterwards would
    serve on into later tests, so that fails the test."""
    srv.should_exit = True
    thread.join(timeout=30)
    if thread.is_alive():
        srv.force_exit = True
        thread.join(timeout=10)
    assert not thread.is_alive(), "uvicorn did not stop"


def wait_healthy(proc: subprocess.Popen[Any], base: str, output: Callable[[], str]) -> None:
    """Wait until the `offerwatch serve` process `proc` answers its health check at `base`.
    A crash ends the wait at once, failing with `output()` (what the server printed); the
    deadline only bounds a hang: two workers, PostgreSQL and the migrations took over 60 s
    to answer at a load of 24 on 2 cores."""
    deadline = time.monotonic() + 240
    while True:
        try:
            if httpx.get(base + "/api/v1/health", timeout=2).status_code == 200:
                return
        except httpx.TransportError:
            pass
        assert proc.poll() is None, output()
        assert time.monotonic() < deadline, "offerwatch serve did not start"
        time.sleep(0.2)
