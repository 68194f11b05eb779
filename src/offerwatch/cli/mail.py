"""`offerwatch mail ...`: detect signals in mail files, import mailboxes, review job mail."""

from __future__ import annotations

import json
import os
import sys
from datetime import date
from pathlib import Path
from typing import Any

import click

from offerwatch.cli._common import DATE, ID, echo_json, json_option, local_time, workspace

PASSWORD_ENV = "OFFERWATCH_IMAP_PASSWORD"


@click.group()
def mail() -> None:
    """Read recruiter mail: detect its signals, import it, review what is unmatched.

    \b
    Examples:
      offerwatch mail detect offer.eml inbox.mbox --json
      offerwatch mail import ~/Mail/inbox.mbox --since 2026-01-01
      offerwatch mail import imaps://me@example.org@imap.example.org/INBOX --folder Sent
      offerwatch mail review
      offerwatch mail undo 12
      offerwatch mail domains --undo 3
    """


def _signal(detection: Any) -> dict[str, Any]:
    expected = detection.expected_by
    return {
        "kind": detection.kind,
        "evidence": detection.evidence,
        "expected_by": expected.isoformat() if expected else None,
    }


@mail.command("detect")
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--no-context",
    is_flag=True,
    help="Read each message as mail from an unknown sender: a stated timeline then needs a "
    "job word beside it or another signal.",
)
@json_option
def detect_cmd(paths: tuple[str, ...], no_context: bool, as_json: bool) -> None:
    """Print the signals found in each message of each PATH (.eml, mbox or Maildir).

    Messages are read as job mail (as import reads mail in a known thread or from a known
    company or tracking system) unless --no-context; automatic replies are known by their
    headers too. One JSON object per message and line with --json: source (the PATH, plus #N for the
    N-th message of an mbox or Maildir), message_id, language (ISO 639-1 code of the new
    text, null when too short to tell), signals (kind, evidence, expected_by); an
    unreadable message gets an "error" field. Nothing is stored.

    \b
    Example:
      offerwatch mail detect inbox.mbox --json
      offerwatch mail detect unknown-sender.eml --no-context
    """
    from offerwatch.mail.detect_files import Unreadable, detect_files

    unreadable = 0
    for found in detect_files(paths, job_context=not no_context):
        if isinstance(found, Unreadable):
            click.echo(f"offerwatch: error: {found.reason}", err=True)
            unreadable += 1
            continue
        line: dict[str, Any] = {
            "source": found.source,
            "message_id": found.message_id,
            "language": found.language,
            "signals": [_signal(d) for d in found.signs],
        }
        if found.error is not None:
            line["error"] = found.error
        _print_detection(line, as_json)
    if unreadable:
        sys.exit(2)


def _print_detection(line: dict[str, Any], as_json: bool) -> None:
    if as_json:
        click.echo(json.dumps(line, ensure_ascii=False))
        return
    kinds = ", ".join(
        s["kind"] + (f" (by {s['expected_by']})" if s["expected_by"] else "")
        for s in line["signals"]
    )
    status = f"error: {line['error']}" if "error" in line else (kinds or "no signal")
    click.echo(f"{line['source']}: {status}")


@mail.command("import")
@click.argument("source")
@click.option("--since", type=DATE, help="Only mail sent on or after this date (YYYY-MM-DD).")
@click.option("--folder", "folders", multiple=True,
              help="IMAP: another folder to read, e.g. Sent (repeatable).")  # fmt: skip
@click.option("--starttls", is_flag=True, help="IMAP: connect in plain text, then STARTTLS.")
@click.option("--cafile", type=click.Path(dir_okay=False),
              help="IMAP: trust this CA certificate file (self-hosted servers).")  # fmt: skip
@json_option
def import_cmd(
    source: str,
    since: date | None,
    folders: tuple[str, ...],
    starttls: bool,
    cafile: str | None,
    as_json: bool,
) -> None:
    """Import job mail from an .eml file, an mbox, a Maildir or an IMAP folder.

    SOURCE is a path or imaps://USER@HOST[:PORT]/FOLDER (read-only; a second run fetches
    only new mail). The password is asked for, or read from $OFFERWATCH_IMAP_PASSWORD;
    never from the command line. Running an import twice adds nothing the second time.

    \b
    Examples:
      offerwatch mail import ~/Downloads/takeout.mbox --since 2026-01-01
      offerwatch mail import imaps://me@example.org@imap.example.org/INBOX --folder Sent
    """
    from offerwatch.mail.imap import is_imap_url

    password = None
    if is_imap_url(source):
        password = os.environ.get(PASSWORD_ENV) or click.prompt(
            "IMAP password", hide_input=True, err=True
        )
    ws = workspace()
    summary = _with_progress(
        lambda progress: ws.import_mail(
            source, since=since, password=password, progress=progress,
            folders=folders, starttls=starttls, cafile=cafile,
        ),
        quiet=as_json,
    )  # fmt: skip
    findings = ws.import_findings(summary.found)
    if as_json:
        from dataclasses import asdict

        echo_json({**asdict(summary), "messages": [_finding(f) for f in findings]})
        _refuse_if_unreadable(source, summary)
        _keep(ws, source, summary)
        return
    _print_findings(findings)
    click.echo(
        f"read {summary.read} message{'' if summary.read == 1 else 's'}: "
        f"{summary.job_mail} new job mail, "
        f"{summary.matched} matched to applications, {summary.to_review} to review, "
        f"{summary.new_observations} new observations"
        + (f", {summary.already_imported} already imported" if summary.already_imported else "")
    )
    if summary.skipped:
        click.echo(f"skipped {len(summary.skipped)}:")
        for where, reason in summary.skipped[:50]:
            click.echo(f"  {where}: {reason}")
        if len(summary.skipped) > 50:
            click.echo(f"  ... and {len(summary.skipped) - 50} more")
    if summary.warnings:
        click.echo(f"warnings for {len(summary.warnings)}:")
        for where, what in summary.warnings[:50]:
            click.echo(f"  {where}: {what}")
    if summary.my_addresses:
        click.echo(f"your own addresses (mail from them is yours): "
                   f"{', '.join(summary.my_addresses)}")  # fmt: skip
    if summary.learned_domains:
        click.echo(f"company domains learned: {', '.join(summary.learned_domains)} "
                   "(see or undo: offerwatch mail domains)")  # fmt: skip
    if summary.interviews:
        click.echo(f"{summary.interviews} interviews created, moved or cancelled by invitations")
    if summary.to_review:
        click.echo("see them with: offerwatch mail review")
    _refuse_if_unreadable(source, summary)
    _keep(ws, source, summary)


def _keep(ws: Any, source: str, summary: Any) -> None:
    """List the import under the Mail page's Recent imports, as an upload is: the file's
    name (not the folders it is in), or the IMAP address (which never holds a password)."""
    from offerwatch.mail.imap import is_imap_url

    ws.record_import(source if is_imap_url(source) else Path(source).name, summary)


def _refuse_if_unreadable(source: str, summary: Any) -> None:
    """Exit 2 when not one message of the source could be read (a file that is not mail,
    a broken mailbox): the summary says what, this says it failed (as the web refuses such
    an upload)."""
    from offerwatch.errors import BadInput

    if summary.skipped and len(summary.skipped) >= summary.read:
        raise BadInput(f"nothing in {source} could be read as mail: {summary.skipped[0][1]}")


SHOWN = 50  # per-message lines printed after an import (all of them with --json)


def _finding(f: Any) -> dict[str, Any]:
    """One message of an import, as --json shows it."""
    m = f.message
    return {"id": m.id, "file": f.where, "message_id": m.message_id, "subject": m.subject,
            "from": m.from_addr, "date": m.date, "signs": list(f.signs), "review": f.review,
            "application": f.app_id, "company": f.company, "role": f.role,
            "reason": f.reason}  # fmt: skip


def _print_findings(findings: list[Any]) -> None:
    """One line per stored message: where it was read, its signs, where it was filed, why."""
    said = workspace().match_reason_words(f.reason for f in findings[:SHOWN])
    for f in findings[:SHOWN]:
        filed = (f"application {f.app_id} ({f.company} · {f.role})" if f.app_id
                 else "to review" if f.review == "pending" else f.review)  # fmt: skip
        signs = ", ".join(f.signs) or "no sign"
        subject = " ".join(f.message.subject.split())[:60]
        click.echo(f"message {f.message.id} {f.where}: {subject!r}: {signs} -> {filed}"
                   + (f" [{said.get(f.reason, f.reason)}]" if f.reason else ""))  # fmt: skip
    if len(findings) > SHOWN:
        click.echo(f"... and {len(findings) - SHOWN} more (all of them with --json)")


def _with_progress(run: Any, *, quiet: bool) -> Any:
    if quiet or not sys.stderr.isatty():
        return run(None)
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeElapsedColumn

    with Progress(
        "[progress.description]{task.description}",
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=Console(stderr=True),
        transient=True,
    ) as bar:
        task = bar.add_task("reading mail", total=None)

        def progress(done: int, total: int | None) -> None:
            if done % 50 == 0 or done == total:
                bar.update(task, completed=done, total=total)

        return run(progress)


@mail.command("review")
@click.option("--page", type=click.IntRange(1, 1_000_000), default=1, show_default=True,
              help="Which page of the list (oldest mail first).")  # fmt: skip
@click.option("--limit", type=click.IntRange(1, 500), default=50, show_default=True,
              help="Messages per page.")  # fmt: skip
@json_option
def review(page: int, limit: int, as_json: bool) -> None:
    """List job mail that no application claims yet, to assign or dismiss (paged).

    With --json: the page's messages as a list (an empty list past the last page).

    \b
    Examples:
      offerwatch mail review
      offerwatch mail review --page 2 --limit 20
      offerwatch mail assign 12 3     # message 12 is about application 3
      offerwatch mail dismiss 13      # message 13 is not about any application
    """
    found = workspace().review_page(page, limit)
    items = found.items
    if as_json:
        echo_json(list(items))
        return
    if not items:
        empty = f"page {page} is empty: {found.total} to review in {found.pages} pages"
        click.echo(empty if found.total else "nothing to review")
        return
    from offerwatch.cli._common import print_table

    said = workspace().match_reason_words(i.reason for i in items)
    print_table(
        f"Job mail to review (page {found.page} of {found.pages}, {found.total} in all)",
        ["id", "date", "from", "subject", "signals", "fits", "why"],
        [(i.message.id, local_time(i.message.date), i.message.from_addr, i.message.subject[:60],
          ", ".join(i.signals) or ("cut off: no signs read" if i.truncated else
                                   f"language: {i.language}" if i.language else ""),
          ", ".join(map(str, i.candidates)), said.get(i.reason, i.reason))
         for i in items],
    )  # fmt: skip
    if found.has_next:
        click.echo(f"more: offerwatch mail review --page {found.page + 1} --limit {limit}")
    learned = [d for d in workspace().learned_domains() if d["state"] == "learned"]
    if learned:
        click.echo(f"{len(learned)} company domains learned from mail: offerwatch mail domains")


@mail.command("assign")
@click.argument("message_id", type=ID)
@click.argument("app_id", type=ID, required=False)
@click.option("--new", "new", is_flag=True, help="File it under a new application.")
@click.option("--company", help="With --new: the company (default: guessed from the sender).")
@click.option("--role", help="With --new: the role (default: guessed from the subject).")
@json_option
def assign(
    message_id: int,
    app_id: int | None,
    new: bool,
    company: str | None,
    role: str | None,
    as_json: bool,
) -> None:
    """Link a message from the review list to an application: its signals are recorded and
    the interview its calendar invitation carries is created, moved or cancelled, as if it
    had matched at import. With --new, a new application is made for it first.

    \b
    Examples:
      offerwatch mail assign 12 3
      offerwatch mail assign 14 --new                      # company and role guessed
      offerwatch mail assign 14 --new --company Northwind --role "Data Engineer"
    """
    if (app_id is None) == (not new):
        raise click.UsageError("give an APP_ID or --new (not both)")
    if not new and (company or role):
        raise click.UsageError("--company and --role go with --new")
    ws = workspace()
    if new:
        guess = ws.message_draft(message_id)
        company = (company or guess.company).strip()
        role = (role or guess.role).strip()
        if not company or not role:
            missing = " and ".join(n for n, v in (("--company", company), ("--role", role))
                                   if not v)  # fmt: skip
            raise click.UsageError(f"nothing to guess from: give {missing}")
        app_id = ws.application_from_message(message_id, company, role)
        if as_json:
            echo_json({"message": message_id, "application": app_id, "new": True,
                       "company": company, "role": role})  # fmt: skip
        else:
            click.echo(
                f"application {app_id} added ({company}: {role}), message {message_id} "
                f"filed under it; to rename: offerwatch app set {app_id} --role ..."
            )
        return
    assert app_id is not None
    added = ws.assign_message(message_id, app_id)
    if as_json:
        echo_json({"message": message_id, "application": app_id, "new_observations": added})
    else:
        click.echo(f"message {message_id} linked to application {app_id}: {added} new signals")


@mail.command("undo")
@click.argument("message_id", type=ID)
@json_option
def undo(message_id: int, as_json: bool) -> None:
    """Send a filed message back to review: off its application, its signs removed.

    \b
    The interview its calendar invitation created is removed (one it moved or cancelled
    is put back), unless you edited it since: then it is kept, and the command says so.

    \b
    Example:
      offerwatch mail undo 12     # message 12 was filed under the wrong application
    """
    done = workspace().unassign_message(message_id)
    if as_json:
        echo_json({"message": message_id, "review": "pending", "removed_signs": done.signs,
                   "interviews": [{"id": u.interview_id, "outcome": u.outcome}
                                  for u in done.interviews]})  # fmt: skip
        return
    click.echo(f"message {message_id} is back in review: {done.signs} signs removed")
    for line in done.interview_lines():
        click.echo(line)


@mail.command("dismiss")
@click.argument("message_id", type=ID)
@json_option
def dismiss(message_id: int, as_json: bool) -> None:
    """Take a message off the review list (it is not about any application).

    \b
    Example:
      offerwatch mail dismiss 13
    """
    workspace().dismiss_message(message_id)
    if as_json:
        echo_json({"message": message_id, "dismissed": True})
    else:
        click.echo(f"message {message_id} dismissed")


@mail.command("list")
@click.argument("app_id", type=ID)
@json_option
def list_(app_id: int, as_json: bool) -> None:
    """List the mail linked to an application.

    \b
    Example:
      offerwatch mail list 3
    """
    messages = workspace().messages(app_id)
    if as_json:
        echo_json(messages)
        return
    from offerwatch.cli._common import print_table

    said = workspace().match_reason_words(m.match_reason for m in messages)
    print_table(
        f"Mail of application {app_id}",
        ["id", "date", "direction", "from", "subject", "filed by"],
        [(m.id, local_time(m.date), m.direction.value, m.from_addr, m.subject[:60],
          said.get(m.match_reason or "", m.match_reason or "")) for m in messages],
    )  # fmt: skip


@mail.command("domains")
@click.option("--undo", "undo", type=ID, metavar="ID",
              help="Forget this learned domain; its mail goes back to review.")  # fmt: skip
@json_option
def domains(undo: int | None, as_json: bool) -> None:
    """List the company domains import learned from mail, and undo a wrong one.

    A domain is learned from a message matched by its thread or a known person; from then
    on, mail from that domain is filed under the company. Undoing it takes it off the
    company, never learns it again for that company, and sends the mail it filed to review.

    \b
    Examples:
      offerwatch mail domains
      offerwatch mail domains --undo 3
    """
    ws = workspace()
    if undo is not None:
        company, domain = ws.undo_domain(undo)
        if as_json:
            echo_json({"undone": undo, "company": company, "domain": domain})
        else:
            click.echo(f"{domain} is no longer company {company}'s domain; its mail is in review")
        return
    rows = ws.learned_domains()
    if as_json:
        echo_json(rows)
        return
    if not rows:
        click.echo("no domains learned from mail")
        return
    from offerwatch.cli._common import print_table

    print_table(
        "Company domains learned from mail",
        ["id", "domain", "company", "state", "learned from"],
        [(r["id"], r["domain"], r["company"], r["state"],
          f"message {r['message']}: {r['from_addr']} {str(r['subject'] or '')[:40]!r}"
          if r["message"] else "") for r in rows],
    )  # fmt: skip
