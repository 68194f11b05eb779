"""The web app and the JSON API: `create_app(settings)` builds it; nothing runs at import."""

from __future__ import annotations

from offerwatch.web.app import create_app
from offerwatch.web.settings import WebSettings

__all__ = ["WebSettings", "create_app"]
