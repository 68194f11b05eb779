"""Real receivers for reminder tests, on 127.0.0.1: an HTTP server that records what it
is sent (webhook, ntfy) and an SMTP server (aiosmtpd) with STARTTLS or TLS and a login."""

from __future__ import annotations

import socket
import ssl
import subprocess
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email import message_from_bytes
from email.message import Message
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any


@dataclass
class Recorded:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


@dataclass
class HttpRecorder:
    url: str
    requests: list[Recorded] = field(default_factory=list)
    status: int = 200  # what it answers (a test may set 500 to see a failure)


@contextmanager
def http_recorder() -> Iterator[HttpRecorder]:
    """An HTTP server in a thread that keeps every request it gets."""
    holder: dict[str, HttpRecorder] = {}

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length)
            rec = holder["rec"]
            rec.requests.append(Recorded("POST", self.path, dict(self.headers.items()), body))
            self.send_response(rec.status)
            self.send_header("Content-Length", "2")
            self.end_headers()
            self.wfile.write(b"{}")

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    holder["rec"] = HttpRecorder(f"http://127.0.0.1:{server.server_address[1]}")
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield holder["rec"]
    finally:
        server.shutdown()
        server.server_close()


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


def self_signed(folder: Path) -> tuple[Path, Path]:
    """A certificate for 127.0.0.1 and its key (openssl), to be trusted via ?cafile=."""
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
         "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
         "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True,
    )  # fmt: skip
    return cert, key


@dataclass
class SmtpServer:
    port: int
    messages: list[Message] = field(default_factory=list)
    logins: list[tuple[str, str]] = field(default_factory=list)


@contextmanager
def smtp_server(cert: Path, key: Path, *, implicit_tls: bool, user: str,
                password: str) -> Iterator[SmtpServer]:  # fmt: skip
    """aiosmtpd on 127.0.0.1: STARTTLS (required) or TLS from the start; AUTH checks
    `user`/`password` and is refused before TLS."""
    from aiosmtpd.controller import Controller
    from aiosmtpd.smtp import AuthResult, LoginPassword

    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(str(cert), str(key))
    box = SmtpServer(_free_port())

    class Handler:
        async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
            box.messages.append(message_from_bytes(envelope.content))
            return "250 OK"

    def authenticator(server: Any, session: Any, envelope: Any, mechanism: str,
                      auth_data: Any) -> AuthResult:  # fmt: skip
        if isinstance(auth_data, LoginPassword):
            given = (auth_data.login.decode(), auth_data.password.decode())
            box.logins.append(given)
            return AuthResult(success=given == (user, password), handled=False)
        return AuthResult(success=False, handled=False)

    kwargs: dict[str, Any] = {"authenticator": authenticator, "auth_require_tls": True}
    if implicit_tls:  # aiosmtpd counts only STARTTLS as TLS for AUTH: the socket is TLS here
        kwargs["auth_require_tls"] = False
        controller = Controller(Handler(), hostname="127.0.0.1", port=box.port,
                                ssl_context=context, **kwargs)  # fmt: skip
    else:
        controller = Controller(Handler(), hostname="127.0.0.1", port=box.port, tls_context=context,
                                require_starttls=True, **kwargs)  # fmt: skip
    controller.start()
    try:
        yield box
    finally:
        controller.stop()
