"""What the app holds for its lifetime: settings, the workspace (opened lazily), templates."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from offerwatch.web.cache import ResultCache
from offerwatch.web.flash import Flashes
from offerwatch.web.jobs import JobWorker
from offerwatch.web.settings import WebSettings
from offerwatch.web.throttle import LoginThrottle

if TYPE_CHECKING:
    from fastapi.templating import Jinja2Templates

    from offerwatch.mail.imap_guard import TargetPolicy
    from offerwatch.service import Workspace
    from offerwatch.service.cohort import KeptFit


class WebState:
    """Shared by all requests; the workspace is opened on first use, not at import."""

    def __init__(
        self,
        settings: WebSettings,
        opener: Callable[[], Workspace],
        templates: Jinja2Templates,
    ) -> None:
        self.settings = settings
        self.templates = templates
        self._opener = opener
        self._ws: Workspace | None = None
        self._lock = threading.Lock()
        self.flashes = Flashes()
        self.cache = ResultCache(settings.cache_seconds)
        self.jobs = JobWorker(
            lambda: self.workspace,
            lease=settings.job_lease_seconds,
            remind_every=settings.remind_every,
            web_url=settings.web_url,
            imap_policy=self.imap_policy,
            after=self.cache.forget,
        )
        self.logins = LoginThrottle(settings.login_clock, lambda: self.workspace)
        # The last cohort fit (service/cohort.py KeptFit): seconds to make, kept until what it
        # learns from changes (pages/cohort.py).
        self.cohort_fit: KeptFit | None = None
        self.cohort_lock = threading.Lock()

    @property
    def imap_policy(self) -> TargetPolicy:
        """Public mail servers only, plus the hosts the admin allows: the server must not
        become a way into its own network (mail/imap_guard.py)."""
        from offerwatch.mail.imap_guard import TargetPolicy

        return TargetPolicy.allowing(self.settings.imap_allowed_hosts)

    @property
    def workspace(self) -> Workspace:
        """The workspace of the implicit local user (server mode: use `for_user`)."""
        if self._ws is None:
            with self._lock:
                if self._ws is None:
                    self._ws = self._opener()
        return self._ws

    def for_user(self, user_id: int) -> Workspace:
        base = self.workspace
        if user_id == base.user_id:
            return base
        return base.for_user(user_id)

    def close(self) -> None:
        if self._ws is not None:
            self._ws.close()
            self._ws = None
