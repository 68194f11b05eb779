"""Which IMAP servers a shared server may connect to on a user's behalf.

A signed-in user names the host of an IMAP sync; without a check the server would connect
anywhere it can reach (its own loopback, the private network, cloud metadata at link-local
addresses) and tell what answered. The policy allows public addresses only, plus the hosts
an admin lists. The name is checked as it resolves before connecting, and the address
actually connected to is checked again before anything is sent (a name that resolves
differently the second time gains nothing).
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

Resolver = Callable[[str, int], list[str]]


class TargetRefused(Exception):
    """The host is not one this server may connect to."""


def _resolve(host: str, port: int) -> list[str]:
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return [str(info[4][0]) for info in infos]


def is_public(address: str) -> bool:
    """True for a globally routable unicast address (not loopback, private, link-local,
    shared, reserved, multicast or unspecified; IPv4-mapped IPv6 judged as IPv4)."""
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


@dataclass(frozen=True)
class TargetPolicy:
    """Public addresses, plus `allowed_hosts` (names or addresses, as the URL spells them)."""

    allowed_hosts: frozenset[str] = frozenset()
    resolve: Resolver = field(default=_resolve, compare=False)

    @classmethod
    def allowing(cls, hosts: Iterable[str]) -> TargetPolicy:
        return cls(frozenset(h.strip().lower().strip("[]") for h in hosts if h.strip()))

    def _allowed(self, host: str) -> bool:
        return host.lower().strip("[]") in self.allowed_hosts

    def check_host(self, host: str, port: int) -> None:
        """Refuse a host that is not allowed and resolves to any non-public address."""
        if self._allowed(host):
            return
        try:
            addresses = self.resolve(host.strip("[]"), port)
        except (OSError, UnicodeError):
            addresses = []
        if not addresses or not all(is_public(a) for a in addresses):
            raise TargetRefused(host)

    def check_peer(self, host: str, address: str) -> None:
        """Refuse a connection whose far end is not public (unless `host` is allowed)."""
        if not self._allowed(host) and not is_public(address):
            raise TargetRefused(host)


def parse_hosts(value: str | None) -> tuple[str, ...]:
    """'a.example, 10.0.0.5' -> ('a.example', '10.0.0.5')."""
    return tuple(h.strip() for h in (value or "").split(",") if h.strip())
