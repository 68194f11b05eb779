"""Debian's nginx started by a test on 127.0.0.1 with the repository's site conf
(deploy/nginx/offerwatch.conf), its ports and certificate swapped for the test's own."""

from __future__ import annotations

import os
import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

NGINX = Path("/usr/sbin/nginx")
INSTALL = "apt-get install nginx  (or run `make system` as root on Debian)"
SITE = Path(__file__).resolve().parents[2] / "deploy" / "nginx" / "offerwatch.conf"
LIVE = "/etc/letsencrypt/live/offerwatch.example.org"


def need_nginx() -> None:
    """Skip (fail under CI) when nginx is not installed, naming the apt command."""
    if NGINX.exists():
        return
    message = f"nginx is not installed: {INSTALL}"
    if os.environ.get("CI") == "true":
        pytest.fail(message)
    pytest.skip(message)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class Nginx:
    http: int
    https: int
    folder: Path

    @property
    def url(self) -> str:
        return f"https://127.0.0.1:{self.https}"


def site_conf(app_port: int, http: int, https: int, cert: Path, key: Path) -> str:
    """The repository's site conf as written, but for this test's ports and certificate."""
    text = SITE.read_text(encoding="utf-8")
    swaps = {
        "server 127.0.0.1:8000;": f"server 127.0.0.1:{app_port};",
        "listen 80;": f"listen 127.0.0.1:{http};",
        "listen 443 ssl;": f"listen 127.0.0.1:{https} ssl;",
        f"{LIVE}/fullchain.pem": str(cert),
        f"{LIVE}/privkey.pem": str(key),
    }
    for old, new in swaps.items():
        assert old in text, f"deploy/nginx/offerwatch.conf no longer has {old!r}"
        text = text.replace(old, new)
    return text


@contextmanager
def running(app_port: int, folder: Path) -> Iterator[Nginx]:
    """nginx in the foreground, in `folder`, in front of 127.0.0.1:`app_port`."""
    need_nginx()
    folder.mkdir(parents=True, exist_ok=True)
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
         "-subj", "/CN=127.0.0.1", "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True, timeout=60,
    )  # fmt: skip
    http, https = free_port(), free_port()
    (folder / "site.conf").write_text(site_conf(app_port, http, https, cert, key))
    user = "user root;\n" if os.geteuid() == 0 else ""  # workers must reach the temp folders
    temp = "".join(
        f"{name}_temp_path {folder / name};\n"
        for name in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
    )
    (folder / "nginx.conf").write_text(
        f"{user}worker_processes 1;\npid {folder / 'nginx.pid'};\n"
        f"error_log {folder / 'error.log'} warn;\nevents {{}}\n"
        f"http {{\naccess_log {folder / 'access.log'};\n{temp}"
        "include /etc/nginx/mime.types;\n"
        f"include {folder / 'site.conf'};\n}}\n"
    )
    proc = subprocess.Popen(
        [str(NGINX), "-p", str(folder), "-c", str(folder / "nginx.conf"), "-g", "daemon off;"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                socket.create_connection(("127.0.0.1", https), timeout=1).close()
                break
            except OSError:
                if proc.poll() is not None:
                    raise AssertionError(f"nginx did not start: {proc.stderr.read()!r}") from None  # type: ignore[union-attr]
                assert time.monotonic() < deadline, "nginx did not start"
                time.sleep(0.1)
        yield Nginx(http, https, folder)
    finally:
        proc.terminate()
        proc.wait(timeout=10)
