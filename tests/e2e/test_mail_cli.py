"""`offerwatch mail ...` end to end: the detect JSON contract, import, review."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

from click.testing import CliRunner
from tests.support import cli as in_process
from tests.support.mailbuild import mail, write_maildir, write_mbox

from offerwatch.cli.main import cli

OFFER = "We are delighted to offer you the Data Engineer position!"
TIMELINE = "Thanks for your time today. We will get back to you within a week."
BROKEN = (
    b"From: x@acme.example\nDate: Wed, 04 Mar 2026 10:00:00 +0000\nMessage-ID: <broken@x>\n"
    b"Content-Type: multipart/mixed\n\nno boundary\n"
)


def offerwatch(*args: str, ok: bool = True) -> subprocess.CompletedProcess[str]:
    """`offerwatch ARGS` in this process (tests.support.cli); with `ok`, it must succeed."""
    proc = in_process.offerwatch(*args)
    if ok:
        assert proc.returncode == 0, proc.stderr
    return proc


def test_detect_json_contract(tmp_path: Path) -> None:
    eml = tmp_path / "offer.eml"
    eml.write_bytes(mail("Offer", OFFER, msgid="<offer@acme.example>"))
    mbox = write_mbox(tmp_path / "inbox.mbox", [
        mail("Update", TIMELINE, msgid="<tl@acme.example>", date="Tue, 03 Mar 2026 16:00:00 +0000"),
        BROKEN,
        mail("Photos", "The kids loved the lake.", msgid=""),
    ])  # fmt: skip
    maildir = write_maildir(tmp_path / "Maildir", [mail("Offer", OFFER), mail("Hi", "hello")])
    proc = offerwatch("mail", "detect", str(eml), str(mbox), str(maildir), "--json")
    lines = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [line["source"] for line in lines] == [
        str(eml), f"{mbox}#0", f"{mbox}#1", f"{mbox}#2", f"{maildir}#0", f"{maildir}#1",
    ]  # fmt: skip
    offer, timeline, broken, photos = lines[:4]
    assert set(offer) == {"source", "message_id", "language", "signals"}
    assert offer["language"] == "en"
    assert offer["message_id"] == "<offer@acme.example>"
    assert [s["kind"] for s in offer["signals"]] == ["offer"]
    assert set(offer["signals"][0]) == {"kind", "evidence", "expected_by"}
    assert offer["signals"][0]["expected_by"] is None
    assert "delighted to offer" in offer["signals"][0]["evidence"]
    [stated] = [s for s in timeline["signals"] if s["kind"] == "timeline_stated"]
    assert stated["expected_by"] == "2026-03-10"
    assert broken["message_id"] == "<broken@x>" and "broken MIME" in broken["error"]
    assert broken["signals"] == [] and broken["language"] is None
    # Five words are too few to tell a language by.
    assert photos == {"source": f"{mbox}#2", "message_id": None, "language": None, "signals": []}
    assert [s["kind"] for s in lines[4]["signals"]] == ["offer"]


def test_detect_names_the_language_and_reads_german_french_spanish(tmp_path: Path) -> None:
    texts = {
        "de": "Leider müssen wir Ihnen mitteilen, dass wir uns für eine andere Kandidatin "
        "entschieden haben. Wir wünschen Ihnen für Ihren weiteren Weg alles Gute.",
        "fr": "Nous avons le regret de vous informer que votre candidature n'a pas été "
        "retenue. Nous vous souhaitons une bonne continuation dans vos recherches.",
        "es": "Lamentablemente, hemos decidido continuar con otros candidatos cuyo perfil se "
        "ajusta más a las necesidades del puesto. Te deseamos mucha suerte.",
        "it": "Grazie per la sua candidatura alla posizione di Data Analyst: la abbiamo "
        "ricevuta e la valuteremo con attenzione nelle prossime settimane.",
    }
    paths = []
    for code, text in texts.items():
        path = tmp_path / f"{code}.eml"
        path.write_bytes(mail("Bewerbung / candidature", text))
        paths.append(str(path))
    proc = offerwatch("mail", "detect", *paths, "--json")
    lines = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [line["language"] for line in lines] == ["de", "fr", "es", "it"]
    assert [[s["kind"] for s in line["signals"]] for line in lines[:3]] == [["rejection"]] * 3
    # Italian has no rule table: no signal, but its language says why (import reviews it).
    assert lines[3]["signals"] == []


def test_detect_goes_on_past_an_unreadable_path(tmp_path: Path) -> None:
    eml = tmp_path / "offer.eml"
    eml.write_bytes(mail("Offer", OFFER))
    proc = offerwatch("mail", "detect", str(tmp_path / "missing.mbox"), str(eml), "--json",
                      ok=False)  # fmt: skip
    assert proc.returncode == 2
    assert "missing.mbox: no such file" in proc.stderr
    assert json.loads(proc.stdout)["source"] == str(eml)


def run(db: str, *args: str) -> Any:
    result = CliRunner().invoke(cli, ["--db", db, *args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def test_import_review_assign_dismiss(db_url: str, tmp_path: Path) -> None:
    acme = int(run(db_url, "app", "add", "--company", "Acme", "--role", "Data Engineer"))
    run(db_url, "person", "add", str(acme), "--name", "Ana", "--email", "ana@acme.example",
        "--role", "recruiter")  # fmt: skip
    globex = int(run(db_url, "app", "add", "--company", "Globex", "--role", "Analyst"))
    mbox = write_mbox(tmp_path / "inbox.mbox", [
        mail("Update", TIMELINE),
        mail("News", "Unfortunately we decided not to proceed with your application.",
             sender="hr@other-company.example"),
        mail("Hello", "What are your salary expectations?", sender="x@agency.example"),
        BROKEN,
    ])  # fmt: skip
    out = run(db_url, "mail", "import", str(mbox))
    assert "read 4 messages: 3 new job mail, 1 matched to applications, 2 to review" in out
    assert "skipped 1:" in out and "broken MIME" in out
    again = json.loads(run(db_url, "mail", "import", str(mbox), "--json"))
    assert (again["job_mail"], again["already_imported"]) == (0, 3)

    review = json.loads(run(db_url, "mail", "review", "--json"))
    assert [r["message"]["subject"] for r in review] == ["News", "Hello"]
    assert review[0]["signals"] == ["rejection"]
    news, hello = (r["message"]["id"] for r in review)
    assigned = json.loads(run(db_url, "mail", "assign", str(news), str(globex), "--json"))
    assert assigned["new_observations"] == 1
    run(db_url, "mail", "dismiss", str(hello))
    assert "nothing to review" in run(db_url, "mail", "review")
    shown = json.loads(run(db_url, "app", "show", str(globex), "--json"))
    assert shown["application"]["status"] == "rejected"
    listed = json.loads(run(db_url, "mail", "list", str(acme), "--json"))
    assert [m["subject"] for m in listed] == ["Update"]


def test_bad_input_is_one_line(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'x.db'}"
    proc = offerwatch("--db", db, "mail", "import", str(tmp_path / "nope"), ok=False)
    assert proc.returncode == 2
    assert proc.stderr.strip().count("\n") == 0 and "no such file" in proc.stderr
    proc = offerwatch("--db", db, "mail", "assign", "5", "1", ok=False)
    assert proc.returncode == 2 and "no message with id 5" in proc.stderr
    proc = offerwatch("--db", db, "mail", "import", "x.mbox", "--password", "pw", ok=False)
    assert proc.returncode == 2 and "no such option" in proc.stderr.lower()


def test_my_addresses_domains_and_review_reasons(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'x.db'}"
    proc = offerwatch("--db", db, "settings", "--set", "my_addresses=sam@own.example, nope",
                      ok=False)  # fmt: skip
    assert proc.returncode == 2 and "not a mail address: 'nope'" in proc.stderr
    assert proc.stderr.strip().count("\n") == 0
    run(db, "settings", "--set", "my_addresses=Sam@Own.example")
    shown = json.loads(run(db, "settings", "--json"))
    assert shown["my_addresses"] == "sam@own.example"
    acme = int(run(db, "app", "add", "--company", "Acme", "--role", "Data Engineer"))
    run(db, "person", "add", str(acme), "--name", "Ana", "--email", "ana@acme.example",
        "--role", "recruiter")  # fmt: skip
    mbox = write_mbox(tmp_path / "inbox.mbox", [
        mail("Update", TIMELINE, date="Tue, 03 Mar 2026 16:00:00 +0000"),
        mail("Re: Update", "Thanks Ana, talk soon.", sender="sam@own.example",
             to="ana@acme.example", date="Tue, 03 Mar 2026 18:00:00 +0000"),
        mail("Refs", "Could you send us two references?", sender="bo@acme.example",
             date="Wed, 04 Mar 2026 09:00:00 +0000"),
        mail("Role", "What are your salary expectations?", sender="x@agency.example"),
    ])  # fmt: skip
    out = run(db, "mail", "import", str(mbox))
    assert "company domains learned: acme.example" in out
    listed = json.loads(run(db, "mail", "list", str(acme), "--json"))
    assert [(m["direction"], m["match_reason"].split(":")[0]) for m in listed] == [
        ("in", "person"), ("out", "person"), ("in", "domain"),
    ]  # fmt: skip
    assert "filed by" in run(db, "mail", "list", str(acme))
    review = json.loads(run(db, "mail", "review", "--json"))
    assert [r["reason"] for r in review] == ["no application fits"]
    assert "why" in run(db, "mail", "review")
    [learned] = json.loads(run(db, "mail", "domains", "--json"))
    assert (learned["domain"], learned["company"], learned["from_addr"]) == (
        "acme.example", "Acme", "ana@acme.example",
    )  # fmt: skip
    assert "acme.example" in run(db, "mail", "domains")
    undone = json.loads(run(db, "mail", "domains", "--undo", str(learned["id"]), "--json"))
    assert undone["domain"] == "acme.example"
    review = json.loads(run(db, "mail", "review", "--json"))
    assert [r["message"]["subject"] for r in review] == ["Refs", "Role"]
    proc = offerwatch("--db", db, "mail", "domains", "--undo", "99", ok=False)
    assert proc.returncode == 2 and "no learned domain with id 99" in proc.stderr


def test_detect_reads_auto_reply_headers_and_job_context(tmp_path: Path) -> None:
    """An automatic reply known only by its headers has no signal; a date phrase from an
    unknown sender (--no-context) with no job word beside it is no timeline."""
    rejection = "Unfortunately we will not be moving forward with your application."
    mbox = write_mbox(tmp_path / "inbox.mbox", [
        mail("Re: your application", rejection, headers={"Auto-Submitted": "auto-replied"}),
        mail("Re: your application", rejection, headers={"X-Autoreply": "yes"}),
        mail("Re: your application", rejection, headers={"Precedence": "auto_reply"}),
        mail("Re: your application", rejection),
        mail("Update", "We will get back to you within a week.",
             date="Tue, 03 Mar 2026 16:00:00 +0000"),
    ])  # fmt: skip
    kinds = [
        [s["kind"] for s in json.loads(line)["signals"]]
        for line in offerwatch("mail", "detect", str(mbox), "--json").stdout.splitlines()
    ]
    assert kinds == [[], [], [], ["rejection"], ["timeline_stated"]]
    bare = offerwatch("mail", "detect", str(mbox), "--json", "--no-context").stdout.splitlines()
    assert [json.loads(line)["signals"] for line in bare][4] == []


def test_assign_new_makes_the_application_from_the_message(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'x.db'}"
    mbox = write_mbox(tmp_path / "inbox.mbox", [
        mail("Data Engineer role at Northwind", "Could we set up an interview on Friday?",
             sender="Priya Shah <priya@northwind.example>", date="Mon, 02 Mar 2026 09:00:00 +0000"),
        mail("Hello", "What are your salary expectations?", sender="x@gmail.com"),
    ])  # fmt: skip
    run(db, "mail", "import", str(mbox))
    first, free = (r["message"]["id"] for r in json.loads(run(db, "mail", "review", "--json")))
    made = json.loads(run(db, "mail", "assign", str(first), "--new", "--json"))
    assert (made["company"], made["role"]) == ("Northwind", "Data Engineer")
    shown = json.loads(run(db, "app", "show", str(made["application"]), "--json"))
    assert shown["application"]["applied_on"] == "2026-03-02"  # no later than the mail came
    assert [m["id"] for m in json.loads(run(db, "mail", "list", str(made["application"]),
                                             "--json"))] == [first]  # fmt: skip
    for args, said in (
        ([str(free), "--new"], "give --company"),  # free mail: no company to guess
        ([str(free)], "give an APP_ID or --new"),
        ([str(free), "1", "--new"], "give an APP_ID or --new"),
        ([str(free), "1", "--role", "X"], "go with --new"),
        ([str(first), "--new"], "already filed"),
    ):
        proc = in_process.run(db, "mail", "assign", *args, ok=False)
        assert proc.returncode == 2 and said in proc.stderr, (args, proc.stderr)
        assert proc.stderr.strip().count("\n") == 0
    made = json.loads(run(db, "mail", "assign", str(free), "--new", "--company", "Kite Labs",
                          "--json"))  # fmt: skip
    assert (made["company"], made["role"]) == ("Kite Labs", "Hello")


def test_a_file_that_is_not_mail_is_refused_in_one_line(tmp_path: Path) -> None:
    """A text file or a picture imported as one message was 'read 1 message', and nothing
    else said; now it is refused as the web's upload refuses it, and nothing is stored."""
    db = f"sqlite:///{tmp_path / 'x.db'}"
    for name, data in (("list.txt", b"Shopping list\nmilk\neggs\n"),
                       ("photo.jpg", b"\xff\xd8\xff\xe0" + bytes(range(256)) * 8),
                       ("empty.eml", b"")):  # fmt: skip
        path = tmp_path / name
        path.write_bytes(data)
        proc = in_process.run(db, "mail", "import", str(path), ok=False)
        assert proc.returncode == 2, proc.stderr
        assert f"{name}: not an .eml message or an mbox mailbox" in proc.stderr
        assert proc.stderr.strip().count("\n") == 0
    eml = tmp_path / "offer.eml"
    eml.write_bytes(mail("Offer", OFFER))
    assert "read 1 message" in run(db, "mail", "import", str(eml))
