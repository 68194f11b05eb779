"""docs/deploy.md as written: the repository's config file (deploy/offerwatch.toml) and nginx
site (deploy/nginx/offerwatch.conf), the first admin made with `offerwatch user add --admin`,
`offerwatch serve --workers 2` on the suite's PostgreSQL, Debian's nginx in front on
127.0.0.1 with HTTPS; sign in and read Today through it."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
from tests.support.nginx import free_port, need_nginx, running
from tests.support.served import wait_healthy

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "a long admin password"


@pytest.fixture
def deployed(pg_url: str, tmp_path: Path) -> dict[str, str]:
    """The environment /etc/offerwatch/env and the systemd unit give the service."""
    need_nginx()
    return {
        **os.environ,
        "OFFERWATCH_HOME": str(tmp_path / "var-lib-offerwatch"),
        "OFFERWATCH_CONFIG": str(ROOT / "deploy" / "offerwatch.toml"),
        "OFFERWATCH_DB": pg_url,
        "OFFERWATCH_PORT": str(free_port()),  # the file says 8000: the environment wins
    }


def _offerwatch(env: dict[str, str], *args: str, stdin: str = "") -> str:
    done = subprocess.run([sys.executable, "-m", "offerwatch", *args], input=stdin, env=env,
                          capture_output=True, text=True, timeout=120)  # fmt: skip
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_four_steps_of_the_guide_behind_nginx(deployed: dict[str, str], tmp_path: Path) -> None:
    env = deployed
    _offerwatch(env, "user", "add", "admin", "--admin", "--password-stdin", stdin=PASSWORD + "\n")
    log = (tmp_path / "serve.log").open("w+")
    server = subprocess.Popen([sys.executable, "-m", "offerwatch", "serve", "--workers", "2"],
                              env=env, stdout=log, stderr=subprocess.STDOUT)  # fmt: skip
    try:
        app = f"http://127.0.0.1:{env['OFFERWATCH_PORT']}"
        wait_healthy(server, app, lambda: Path(log.name).read_text())
        with running(int(env["OFFERWATCH_PORT"]), tmp_path / "nginx") as proxy:
            plain = httpx.get(f"http://127.0.0.1:{proxy.http}/", follow_redirects=False)
            assert plain.status_code == 301 and plain.headers["location"].startswith("https://")
            with httpx.Client(base_url=proxy.url, verify=False, timeout=20) as client:
                login = client.get("/login")
                assert login.status_code == 200
                csrf = re.search(r'name="csrf" value="([^"]+)"', login.text)
                assert csrf and "Secure" in login.headers["set-cookie"]
                res = client.post("/login", data={"csrf": csrf.group(1), "username": "admin",
                                                  "password": PASSWORD})  # fmt: skip
                assert res.status_code == 303 and res.headers["location"] == "/"
                today = client.get("/")
                assert today.status_code == 200 and "<h1" in today.text
                assert 'href="/admin"' in today.text  # signed in, as the admin
                made = client.post("/api/v1/applications", json={"company": "Acme", "role": "Dev"},
                                   headers={"X-CSRF-Token": csrf.group(1)})  # fmt: skip
                assert made.status_code in (200, 201), made.text
                for _ in range(6):  # any worker answers for the same session
                    assert "Acme" in client.get("/pipeline").text
    finally:
        server.terminate()
        server.wait(timeout=30)
    lines = [json.loads(line) for line in Path(log.name).read_text().splitlines()
             if line.startswith("{")]  # fmt: skip
    started = {line["pid"] for line in lines if "Started server process" in line["message"]}
    assert len(started) == 2  # two workers
    events = [line.get("event") for line in lines]
    assert "signin" in events
    assert any(line.get("path") == "/pipeline" and line.get("status") == 200 for line in lines)
