"""Read mail from an IMAP server: IMAPS or STARTTLS, password login, read-only, chosen folders,
incremental by UID (the caller keeps UIDVALIDITY and the last UID seen per folder)."""

from __future__ import annotations

import contextlib
import ssl
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from types import TracebackType
from typing import Any
from urllib.parse import unquote, urlsplit

from imapclient import IMAPClient  # type: ignore[import-untyped,unused-ignore]

from offerwatch.mail.imap_guard import TargetPolicy, TargetRefused
from offerwatch.mail.message import RawMail
from offerwatch.mail.readers import is_sent_folder

FETCH_BYTES = 8 << 20  # fetch at most this much mail per round trip: memory stays flat
FETCH_COUNT = 200


class ImapError(OSError):
    """The server cannot be reached, refuses the login, or lacks a folder."""


@dataclass(frozen=True, slots=True)
class ImapAccount:
    """Where to read: imaps://USER@HOST[:PORT]/FOLDER plus more folders."""

    user: str
    host: str
    port: int
    folders: tuple[str, ...]
    starttls: bool = False

    @property
    def key(self) -> str:
        """The account's name in the sync table (no password, ever)."""
        return f"{self.user}@{self._netloc_host}:{self.port}"

    @property
    def _netloc_host(self) -> str:
        return f"[{self.host}]" if ":" in self.host else self.host  # IPv6 in brackets

    def where(self, folder: str, uid: int) -> str:
        scheme = "imap" if self.starttls else "imaps"
        return f"{scheme}://{self.user}@{self._netloc_host}:{self.port}/{folder};UID={uid}"


def is_imap_url(source: str) -> bool:
    return source.startswith(("imaps://", "imap://"))


def parse_imap_url(
    url: str, extra_folders: Sequence[str] = (), starttls: bool = False
) -> ImapAccount:
    """Parse imaps://USER@HOST[:PORT]/FOLDER (imap:// means STARTTLS). The user may be an
    email address; the folder defaults to INBOX. A password in the URL is refused."""
    try:
        parts = urlsplit(url)
    except ValueError:  # an unclosed "[" (urllib: "Invalid IPv6 URL")
        raise ValueError(_IPV6_HINT.format(url=url)) from None
    if parts.scheme not in {"imaps", "imap"}:
        raise ValueError(f"not an IMAP URL: {url!r} (use imaps://USER@HOST[:PORT]/FOLDER)")
    userinfo, _, hostport = parts.netloc.rpartition("@")
    if not userinfo:
        raise ValueError(f"{url!r}: the user is missing (imaps://USER@HOST/FOLDER)")
    if ":" in userinfo:
        raise ValueError("never put the password in the URL: it is asked for, or read from "
                         "OFFERWATCH_IMAP_PASSWORD")  # fmt: skip
    host, port_text = _host_and_port(url, hostport)
    tls_upgrade = starttls or parts.scheme == "imap"
    try:
        port = int(port_text) if port_text else (143 if tls_upgrade else 993)
    except ValueError:
        raise ValueError(f"{url!r}: bad port {port_text!r}") from None
    if not host:
        raise ValueError(f"{url!r}: the host is missing")
    first = unquote(parts.path.lstrip("/")) or "INBOX"
    folders = tuple(dict.fromkeys([first, *extra_folders]))
    return ImapAccount(unquote(userinfo), host, port, folders, tls_upgrade)


_IPV6_HINT = "{url!r}: write an IPv6 host in brackets, as in imaps://me@[::1]:993/INBOX"


def _host_and_port(url: str, hostport: str) -> tuple[str, str]:
    """HOST[:PORT], where an IPv6 address is written in brackets ([::1]:993)."""
    if not hostport.startswith("["):
        host, _, port_text = hostport.partition(":")
        return host, port_text
    host, closed, rest = hostport[1:].partition("]")
    if not closed or (rest and not rest.startswith(":")):
        raise ValueError(_IPV6_HINT.format(url=url))
    return host, rest[1:]


@dataclass
class FolderPlan:
    name: str
    uidvalidity: int
    uids: list[int]
    sent: bool


@dataclass
class ImapSource:
    """A read-only session: `plan()` picks the new UIDs, `messages()` streams them."""

    account: ImapAccount
    password: str
    state: dict[str, tuple[int, int]] = field(default_factory=dict)
    since: date | None = None
    cafile: str | None = None
    timeout: float = 60.0
    # Set on a shared server (web): which hosts may be reached; every failure then reads
    # the same, so that the error tells nothing about what answered (mail/imap_guard.py).
    policy: TargetPolicy | None = None
    plans: list[FolderPlan] = field(default_factory=list)
    _client: Any = None

    def __enter__(self) -> ImapSource:
        self.connect()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def connect(self) -> None:
        """Connect with TLS (IMAPS, or STARTTLS before login) and log in."""
        if self.policy is None:
            self._connect()
            return
        acct = self.account
        try:
            self.policy.check_host(acct.host, acct.port)
        except TargetRefused:
            raise ImapError(
                f"IMAP sync from {acct.host} is not allowed here: only public mail servers "
                "(an admin can allow others with OFFERWATCH_IMAP_ALLOWED_HOSTS)"
            ) from None
        try:
            self._connect()
        except ImapError:
            self.close()
            raise ImapError(
                f"cannot sync from {acct.host}:{acct.port}: the connection or the sign-in "
                "failed (check the address, the port and the password)"
            ) from None

    def _connect(self) -> None:
        context = ssl.create_default_context(cafile=self.cafile)
        acct = self.account
        try:
            client = IMAPClient(
                acct.host, port=acct.port, ssl=not acct.starttls, ssl_context=context,
                timeout=self.timeout,
            )  # fmt: skip
            client.normalise_times = False
            if self.policy is not None:
                # The address connected to, not the one looked up before: checked before
                # the user's name and password are sent.
                try:
                    self.policy.check_peer(acct.host, str(client.socket().getpeername()[0]))
                except TargetRefused:
                    with contextlib.suppress(Exception):
                        client.shutdown()
                    raise OSError("refused target") from None
            if acct.starttls:
                client.starttls(context)
            client.login(acct.user, self.password)
        except ssl.SSLError as exc:
            raise ImapError(f"TLS with {acct.host}:{acct.port} failed: {exc}") from None
        except OSError as exc:
            raise ImapError(f"cannot reach {acct.host}:{acct.port}: {exc}") from None
        except Exception as exc:  # imapclient's LoginError and protocol errors
            raise ImapError(f"IMAP login to {acct.key} failed: {exc}") from None
        self._client = client

    def close(self) -> None:
        if self._client is not None:
            with contextlib.suppress(Exception):  # already gone: nothing to clean up
                self._client.logout()
            self._client = None

    def _sent_folders(self) -> set[str]:
        sent: set[str] = set()
        for flags, _, name in self._client.list_folders():
            if b"\\Sent" in flags or "\\Sent" in [str(f) for f in flags]:
                sent.add(name)
        return sent

    def plan(self) -> int:
        """Select each folder read-only and find the UIDs not seen yet; returns their count."""
        sent_flagged = self._sent_folders()
        self.plans = []
        for folder in self.account.folders:
            try:
                info = self._client.select_folder(folder, readonly=True)
            except Exception as exc:
                raise ImapError(f"folder {folder!r} on {self.account.key}: {exc}") from None
            uidvalidity = int(info[b"UIDVALIDITY"])
            known_validity, last_uid = self.state.get(folder, (uidvalidity, 0))
            if known_validity != uidvalidity:  # the server renumbered the folder: start over
                last_uid = 0
            criteria: list[Any] = ["UID", f"{last_uid + 1}:*"]
            if self.since is not None:
                criteria += ["SINCE", self.since]
            uids = sorted(u for u in self._client.search(criteria) if u > last_uid)
            sent = folder in sent_flagged or is_sent_folder(folder)
            self.plans.append(FolderPlan(folder, uidvalidity, uids, sent))
        return sum(len(p.uids) for p in self.plans)

    def messages(self) -> Iterator[RawMail]:
        """The planned messages, fetched with BODY.PEEK (flags are never changed)."""
        for plan in self.plans:
            if not plan.uids:
                continue
            self._client.select_folder(plan.name, readonly=True)
            for batch in self._batches(plan.uids):
                fetched = self._client.fetch(batch, ["BODY.PEEK[]", "INTERNALDATE"])
                for uid in batch:
                    item = fetched.get(uid)
                    if item is None:  # expunged meanwhile
                        continue
                    data = item.get(b"BODY[]") or b""
                    when = item.get(b"INTERNALDATE")
                    yield RawMail(
                        self.account.where(plan.name, uid),
                        bytes(data),
                        when if isinstance(when, datetime) and when.tzinfo else None,
                        sent=plan.sent,
                        folder=plan.name,
                        uid=uid,
                    )

    def _batches(self, uids: list[int]) -> Iterator[list[int]]:
        for start in range(0, len(uids), 500):
            chunk = uids[start : start + 500]
            sizes = self._client.fetch(chunk, ["RFC822.SIZE"])
            batch: list[int] = []
            total = 0
            for uid in chunk:
                size = int(sizes.get(uid, {}).get(b"RFC822.SIZE", 0))
                if batch and (total + size > FETCH_BYTES or len(batch) >= FETCH_COUNT):
                    yield batch
                    batch, total = [], 0
                batch.append(uid)
                total += size
            if batch:
                yield batch

    def uidvalidity(self, folder: str) -> int:
        for plan in self.plans:
            if plan.name == folder:
                return plan.uidvalidity
        raise KeyError(folder)
