"""IMAP source URLs: imaps://USER@HOST[:PORT]/FOLDER."""

from __future__ import annotations

import pytest

from offerwatch.mail.imap import ImapAccount, parse_imap_url


@pytest.mark.parametrize(
    ("url", "folders", "starttls", "expected"),
    [
        ("imaps://sam@imap.example.org/INBOX", (), False,
         ImapAccount("sam", "imap.example.org", 993, ("INBOX",))),
        ("imaps://me@example.org@imap.example.org:1993", ("Sent",), False,
         ImapAccount("me@example.org", "imap.example.org", 1993, ("INBOX", "Sent"))),
        ("imaps://me%40example.org@host/%5BGmail%5D/Sent%20Mail", ("INBOX",), False,
         ImapAccount("me@example.org", "host", 993, ("[Gmail]/Sent Mail", "INBOX"))),
        ("imaps://sam@host/INBOX", ("INBOX",), True, ImapAccount("sam", "host", 143, ("INBOX",),
                                                                  True)),
        ("imap://sam@host:10143/Work", (), False, ImapAccount("sam", "host", 10143, ("Work",),
                                                               True)),
        ("imaps://sam@[::1]:10993/INBOX", (), False, ImapAccount("sam", "::1", 10993, ("INBOX",))),
        ("imaps://sam@[2001:db8::7]/INBOX", (), False,
         ImapAccount("sam", "2001:db8::7", 993, ("INBOX",))),
    ],
)  # fmt: skip
def test_parse(url: str, folders: tuple[str, ...], starttls: bool, expected: ImapAccount) -> None:
    assert parse_imap_url(url, folders, starttls) == expected


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("https://sam@host/INBOX", "not an IMAP URL"),
        ("imaps://host/INBOX", "user is missing"),
        ("imaps://sam:pw@host/INBOX", "never put the password"),
        ("imaps://sam@host:abc/INBOX", "bad port"),
        ("imaps://sam@/INBOX", "host is missing"),
        ("imaps://sam@[::1/INBOX", "IPv6 host in brackets"),
        ("imaps://sam@[::1]x/INBOX", "IPv6 host in brackets"),
    ],
)
def test_bad_urls(url: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parse_imap_url(url)


def test_the_account_key_never_holds_a_password() -> None:
    account = parse_imap_url("imaps://sam@host:993/INBOX")
    assert account.key == "sam@host:993"
    assert account.where("INBOX", 7) == "imaps://sam@host:993/INBOX;UID=7"


def test_an_ipv6_account_key_keeps_its_brackets() -> None:
    account = parse_imap_url("imaps://sam@[::1]:993/INBOX")
    assert account.key == "sam@[::1]:993"
    assert account.where("INBOX", 7) == "imaps://sam@[::1]:993/INBOX;UID=7"
    assert parse_imap_url(account.where("INBOX", 7).split(";")[0]) == account
