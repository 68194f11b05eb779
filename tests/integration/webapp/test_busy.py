"""A write the database cannot take in time (a long import holds the lock): 503 with
Retry-After, one plain message; nothing half-written."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from offerwatch.service import open_workspace
from offerwatch.store import engine as engine_module


def test_database_locked_answers_503_with_retry_after(
    tmp_path: Path, make_client: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 200)
    ws = open_workspace(f"sqlite:///{tmp_path / 'ow.db'}")
    client = make_client(ws)
    holder = sqlite3.connect(tmp_path / "ow.db", isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        res = client.post("/api/v1/applications", json={"company": "Initech", "role": "SRE"})
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert res.status_code == 503
    assert res.headers["Retry-After"] == "5"
    assert "database is busy" in res.json()["detail"]
    assert ws.list_applications() == []
    res = client.post("/api/v1/applications", json={"company": "Initech", "role": "SRE"})
    assert res.status_code == 201
    ws.close()
