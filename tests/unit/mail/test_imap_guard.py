"""Which IMAP hosts a shared server may reach: public addresses, plus those an admin allows."""

from __future__ import annotations

import pytest

from offerwatch.mail.imap_guard import TargetPolicy, TargetRefused, is_public, parse_hosts

NOT_PUBLIC = ["127.0.0.1", "127.8.9.1", "10.1.2.3", "172.16.0.9", "192.168.0.1",
              "169.254.169.254", "100.64.0.1", "0.0.0.0", "224.0.0.1", "::1", "fe80::1",
              "fc00::1", "::ffff:127.0.0.1", "::ffff:10.0.0.1", "::", "not an address"]  # fmt: skip
PUBLIC = ["93.184.216.34", "8.8.8.8", "2606:4700:4700::1111", "::ffff:93.184.216.34"]


@pytest.mark.parametrize("address", NOT_PUBLIC)
def test_internal_addresses_are_not_public(address: str) -> None:
    assert not is_public(address)


@pytest.mark.parametrize("address", PUBLIC)
def test_public_addresses_are(address: str) -> None:
    assert is_public(address)


def _policy(answers: dict[str, list[str]], allowed: tuple[str, ...] = ()) -> TargetPolicy:
    def resolve(host: str, port: int) -> list[str]:
        if host not in answers:
            raise OSError("no such name")
        return answers[host]

    return TargetPolicy(TargetPolicy.allowing(allowed).allowed_hosts, resolve)


def test_a_name_is_refused_when_any_of_its_addresses_is_internal() -> None:
    policy = _policy({"mail.example": ["93.184.216.34"], "mixed.example": ["8.8.8.8", "10.0.0.1"],
                      "inside.example": ["192.168.1.5"]})  # fmt: skip
    policy.check_host("mail.example", 993)
    for host in ("mixed.example", "inside.example", "unknown.example"):
        with pytest.raises(TargetRefused):
            policy.check_host(host, 993)


def test_allowed_hosts_pass_as_spelled_in_the_url() -> None:
    policy = _policy({}, allowed=("127.0.0.1", " Mail.Internal ", "[::1]"))
    policy.check_host("127.0.0.1", 993)
    policy.check_host("mail.internal", 993)
    policy.check_host("[::1]", 993)
    policy.check_peer("mail.internal", "10.0.0.7")
    with pytest.raises(TargetRefused):
        policy.check_peer("other.example", "10.0.0.7")


def test_parse_hosts() -> None:
    assert parse_hosts(" a.example, 10.0.0.5 ,,") == ("a.example", "10.0.0.5")
    assert parse_hosts(None) == ()
