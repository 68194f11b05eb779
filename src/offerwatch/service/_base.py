"""The plumbing's former home, kept for one release: import from service/context.py."""

from __future__ import annotations

from offerwatch.service.context import Context, WorkspaceBase, open_engines

__all__ = ["Context", "WorkspaceBase", "open_engines"]
