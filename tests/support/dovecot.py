"""A real Dovecot IMAP server for the test session: IMAPS and STARTTLS on free ports of
127.0.0.1, one user with a password, Maildir storage in a temporary directory, a self-signed
certificate made with the openssl command. As root, mail is stored as the `nobody` user."""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import socket
import ssl
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

DOVECOT = "/usr/sbin/dovecot"
INSTALL_HINT = "apt-get install dovecot-imapd  (or run `make system` as root on Debian)"
USER = "sam"
PASSWORD = "s3cret-Passw0rd"

CONFIG = """\
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = required
ssl_cert = <{root}/cert.pem
ssl_key = <{root}/key.pem
ssl_min_protocol = TLSv1.2
auth_mechanisms = plain login
default_internal_user = {internal}
default_login_user = {login}
first_valid_uid = 1
mail_location = maildir:{root}/mail/%u
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {root}/users
}}
userdb {{
  driver = static
  args = uid={uid} gid={gid} home={root}/home/%u
}}
namespace inbox {{
  inbox = yes
  separator = /
  mailbox Sent {{
    special_use = \\Sent
    auto = create
  }}
}}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {imap_port}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {imaps_port}
    ssl = yes
  }}
}}
service anvil {{
  chroot =
}}
service imap-login {{
  chroot =
}}
"""


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class Dovecot:
    root: Path
    imap_port: int
    imaps_port: int
    process: subprocess.Popen[bytes]

    @property
    def cafile(self) -> str:
        return str(self.root / "cert.pem")

    def context(self) -> ssl.SSLContext:
        return ssl.create_default_context(cafile=self.cafile)

    def log(self) -> str:
        path = self.root / "dovecot.log"
        return path.read_text(errors="replace") if path.exists() else ""


def available() -> bool:
    return Path(DOVECOT).exists() and shutil.which("openssl") is not None


def _wait(port: int, process: subprocess.Popen[bytes], root: Path) -> None:
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"dovecot exited: {(root / 'dovecot.log').read_text()[-2000:]}")
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 0.5):
            return
        time.sleep(0.1)
    raise RuntimeError("dovecot did not start listening within 20 s")


@contextlib.contextmanager
def start() -> Iterator[Dovecot]:
    """Configure and start Dovecot; stop it and remove its files afterwards."""
    root = Path(tempfile.mkdtemp(prefix="offerwatch-dovecot-"))
    root.chmod(0o755)
    is_root = os.geteuid() == 0
    owner = pwd.getpwnam("nobody") if is_root else pwd.getpwuid(os.geteuid())
    for sub in ("run", "state", "mail", "home"):
        (root / sub).mkdir()
    for sub in ("mail", "home"):
        os.chown(root / sub, owner.pw_uid, owner.pw_gid)
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
         "-nodes", "-keyout", str(root / "key.pem"), "-out", str(root / "cert.pem"), "-days", "2",
         "-subj", "/CN=localhost", "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost"],
        check=True, capture_output=True,
    )  # fmt: skip
    (root / "users").write_text(f"{USER}:{{PLAIN}}{PASSWORD}\n")
    imap_port, imaps_port = _free_port(), _free_port()
    login = "dovenull" if is_root else owner.pw_name
    internal = "dovecot" if is_root else owner.pw_name
    (root / "dovecot.conf").write_text(
        CONFIG.format(
            root=root, uid=owner.pw_uid, gid=owner.pw_gid, imap_port=imap_port,
            imaps_port=imaps_port, login=login, internal=internal,
        )
    )  # fmt: skip
    process = subprocess.Popen(
        [DOVECOT, "-F", "-c", str(root / "dovecot.conf")],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        _wait(imaps_port, process, root)
        _wait(imap_port, process, root)
        yield Dovecot(root, imap_port, imaps_port, process)
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(5)
        shutil.rmtree(root, ignore_errors=True)
