"""message_tree() builds the tree the email package's full compat32 parse builds."""

from __future__ import annotations

import mailbox
from email.message import Message
from email.parser import BytesParser
from email.policy import compat32
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from offerwatch.mail import synth
from offerwatch.mail.mimetree import message_tree

DATA = Path(__file__).resolve().parents[2] / "data"
_FULL = BytesParser(policy=compat32)


def difference(fast: Message, full: Message, where: str = "") -> str | None:
    """Where two trees differ (headers, envelope, preamble, epilogue, defects, payloads)."""
    for name in ("_headers", "_unixfrom", "preamble", "epilogue", "_default_type", "_charset"):
        if getattr(fast, name) != getattr(full, name):
            return f"{where}{name}: {getattr(fast, name)!r:.60} != {getattr(full, name)!r:.60}"
    if [type(d) for d in fast.defects] != [type(d) for d in full.defects]:
        return f"{where}defects: {fast.defects} != {full.defects}"
    mine, theirs = fast._payload, full._payload  # type: ignore[attr-defined]
    if isinstance(mine, list) and isinstance(theirs, list) and len(mine) == len(theirs):
        for index, (a, b) in enumerate(zip(mine, theirs, strict=True)):
            found = difference(a, b, f"{where}{index}/")
            if found:
                return found
        return None
    return None if mine == theirs else f"{where}payload: {mine!r:.60} != {theirs!r:.60}"


def check(data: bytes) -> None:
    found = difference(message_tree(data), _FULL.parsebytes(data))
    assert found is None, (found, data[:400])


def test_same_tree_on_every_corpus_message() -> None:
    files = [
        p
        for name in ("mail-corpus", "mail-corpus-2", "mail-corpus-4", "mail-corpus-5",
                     "mail-corpus-6", "mail-corpus-7", "intake-scenario", "invitations")
        for p in sorted((DATA / name).rglob("*.eml"))
    ]  # fmt: skip
    assert len(files) > 500
    multipart = 0
    for path in files:
        data = path.read_bytes()
        check(data)
        multipart += b"multipart/" in data.lower()
    assert multipart > 50  # the cut was tried, not only the single-part path


def test_same_tree_on_generated_mail(tmp_path: Path) -> None:
    path = tmp_path / "box.mbox"
    synth.write_mbox(str(path), 400, job_share=0.5, seed=5)
    box = mailbox.mbox(str(path), create=False)
    for key in box.iterkeys():
        check(box.get_bytes(key))


def _mime(
    boundary: str, parts: list[bytes], *, eol: bytes, preamble: bytes, epilogue: bytes,
    close: bytes, pad: bytes,
) -> bytes:  # fmt: skip
    out = [preamble] if preamble else []
    for part in parts:
        out.append(b"--" + boundary.encode() + pad + eol + part + eol)
    out.append(close)
    return b"".join(out) + epilogue


_LINES = st.sampled_from(
    [b"Hello there", b"", b"--b1", b"--b1--", b"--b1-x", b"--b1  ", b"--b2", b"--b2--",
     b"Subject: in the body", b" folded", b"From me", b"caf\xe9 \xc3\xa9",
     b"=3D quoted", b"--", b"Content-Type: text/html"]
)  # fmt: skip
_HEADERS = st.sampled_from(
    [b"", b"Content-Type: text/plain; charset=utf-8", b"Content-Type: text/html",
     b"Content-Type: message/rfc822", b"Content-Type: multipart/alternative",
     b"Content-Transfer-Encoding: base64", b"Content-Disposition: attachment; filename=a.ics",
     b"X-Odd: value\n continued", b"not a header line",
     b"Content-Type: multipart/digest; boundary=b2",
     b"Content-Type: multipart/alternative; boundary=b2",
     b"Content-Type: multipart/mixed; boundary=b1"]
)  # fmt: skip


@st.composite
def _part(draw: st.DrawFn, eol: bytes) -> bytes:
    headers = draw(st.lists(_HEADERS, max_size=3))
    lines = draw(st.lists(_LINES, max_size=6))
    blank = draw(st.booleans())
    head = eol.join(headers) + (eol if headers else b"")
    return head + (eol if blank else b"") + eol.join(lines)


@st.composite
def _message(draw: st.DrawFn) -> bytes:
    eol = draw(st.sampled_from([b"\n", b"\r\n"]))
    nested = draw(st.booleans())
    parts = draw(st.lists(_part(eol), max_size=4))
    if nested:
        inner = _mime(
            "b2", draw(st.lists(_part(eol), max_size=3)), eol=eol, preamble=b"", epilogue=b"",
            close=b"--b2--" + eol, pad=b"",
        )  # fmt: skip
        parts.append(b"Content-Type: multipart/alternative; boundary=b2" + eol + eol + inner)
    body = _mime(
        "b1", parts, eol=eol,
        preamble=draw(st.sampled_from([b"", b"This is MIME." + eol, eol])),
        epilogue=draw(st.sampled_from([b"", b"after" + eol, eol + eol])),
        close=draw(
            st.sampled_from([b"--b1--" + eol, b"--b1--", b"--b1-- " + eol, b"--b1--" + eol, b""])
        ),
        pad=draw(st.sampled_from([b"", b" ", b"\t "])),
    )  # fmt: skip
    ctype = draw(st.sampled_from([
        b'multipart/mixed; boundary="b1"', b"multipart/alternative; boundary=b1",
        b'multipart/related; boundary="b1"', b"multipart/mixed; boundary=b1",
        b"multipart/mixed", b"text/plain", b"message/rfc822", b"multipart/digest; boundary=b1",
    ]))  # fmt: skip
    head = [b"From: a@b.example", b"Subject: hi", b"Content-Type: " + ctype]
    if draw(st.booleans()):
        head.insert(0, b"From a@b.example Wed Mar  4 10:00:00 2026")
    data = eol.join(head) + eol + draw(st.sampled_from([eol, b""])) + body
    # Now and then a bare CR, which ends a line for the email package
    return data.replace(b"Hello", b"He\rllo") if draw(st.integers(0, 7)) == 0 else data


@settings(max_examples=400, deadline=None)
@given(_message())
def test_same_tree_on_odd_mime(data: bytes) -> None:
    check(data)


def test_cut_is_taken_and_falls_back_where_unsure() -> None:
    good = (
        b"From: a@b.example\nContent-Type: multipart/alternative; boundary=x\n\npre\n--x\n"
        b"Content-Type: text/plain\n\nplain\n--x\nContent-Type: text/html\n\n<p>h</p>\n--x--\nend\n"
    )
    tree = message_tree(good)
    assert [p.get_payload() for p in tree.get_payload()] == ["plain", "<p>h</p>"]
    assert (tree.preamble, tree.epilogue) == ("pre", "end\n")
    for data in (
        good.replace(b"--x--\n", b""),  # no closing line
        good.replace(b"\n--x\nContent-Type: text/html", b"\n--x\n--x\nContent-Type: text/html"),
        good.replace(b"plain", b"pl\rain"),  # a bare CR
        good.replace(b"boundary=x", b""),  # no boundary
    ):
        check(data)
