"""Apache 2.4 mod_dav (Debian's `apache2`) as a second, real WebDAV server for the sync tests.

Real servers differ (see docs/architecture.md, "Sync"): wsgidav's ETag is mtime + size, Apache
gives weak ETags to files changed within the last second. The sync protocol never overwrites a
document in place and only relies on `If-None-Match: *` for exclusive creation, so it must work on
both. This runs Apache from a self-contained configuration on a loopback port, over HTTPS with a
throwaway CA and Basic authentication; it never reads or changes /etc/apache2.
"""

from __future__ import annotations

import base64
import hashlib
import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

import pytest
import trustme

APACHE = shutil.which("apache2") or ("/usr/sbin/apache2" if Path("/usr/sbin/apache2").exists() else None)
MODULES = Path("/usr/lib/apache2/modules")

needs_apache = pytest.mark.skipif(APACHE is None, reason="Apache (Debian package apache2) is not installed; "
                                                         ".ci/run installs it")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class ApacheDAV:
    """`url`, `ca_file`, `root` (the served folder) like tests/sync_support.WebDAVServer."""

    def __init__(self, user: str, password: str):
        # Not under pytest's tmp_path: when the tests run as root Apache serves as `nobody`, which
        # must be able to reach the folder (pytest's base folder is private to the user).
        self.base = Path(tempfile.mkdtemp(prefix="inspector-apache-"))
        self.root = self.base / "dav"
        self.root.mkdir()
        self.port = _free_port()
        self.user, self.password = user, password
        self.process: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"https://127.0.0.1:{self.port}/dav/"

    @property
    def ca_file(self) -> Path:
        return self.base / "ca.pem"

    def error_log(self) -> str:
        log = self.base / "error.log"
        return log.read_text(errors="replace") if log.exists() else ""

    def start(self) -> ApacheDAV:
        ca = trustme.CA()
        ca.cert_pem.write_to_path(str(self.ca_file))
        cert = ca.issue_cert("127.0.0.1", "localhost")
        cert.cert_chain_pems[0].write_to_path(str(self.base / "server.pem"))
        cert.private_key_pem.write_to_path(str(self.base / "server.key"))
        # {SHA} entries are what `htpasswd -s` writes; Basic credentials arrive as UTF-8.
        digest = base64.b64encode(hashlib.sha1(self.password.encode("utf-8")).digest()).decode()
        (self.base / "htpasswd").write_text(f"{self.user}:{{SHA}}{digest}\n", encoding="utf-8")
        (self.base / "locks").mkdir()
        as_root = os.geteuid() == 0
        if as_root:
            for folder in (self.base, self.root, self.base / "locks"):
                folder.chmod(0o777)
        modules = ["mpm_event", "authn_core", "authn_file", "authz_core", "authz_user", "auth_basic",
                   "dav", "dav_fs", "ssl"]
        lines = [f"ServerRoot {self.base}", f"Listen 127.0.0.1:{self.port}", "ServerName 127.0.0.1",
                 f"PidFile {self.base}/httpd.pid", f"ErrorLog {self.base}/error.log", "LogLevel warn",
                 f"Mutex file:{self.base}",
                 *(f"LoadModule {m}_module {MODULES}/mod_{m}.so" for m in modules),
                 "User nobody" if as_root else "", "Group nogroup" if as_root else "",
                 f"DocumentRoot {self.base}", f"DavLockDB {self.base}/locks/davlock",
                 "SSLEngine on", f"SSLCertificateFile {self.base}/server.pem",
                 f"SSLCertificateKeyFile {self.base}/server.key", "SSLSessionCache none",
                 f"<Directory {self.root}>", "  Dav On", "  AuthType Basic", '  AuthName "Inspector sync"',
                 f"  AuthUserFile {self.base}/htpasswd", "  Require valid-user", "</Directory>"]
        (self.base / "httpd.conf").write_text("\n".join(lines) + "\n", encoding="utf-8")
        self.process = subprocess.Popen([APACHE, "-f", str(self.base / "httpd.conf"), "-DFOREGROUND"],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                err = self.process.stderr.read().decode(errors="replace") if self.process.stderr else ""
                raise RuntimeError(f"apache2 did not start: {err}\n{self.error_log()}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.2):
                    return self
            except OSError:
                time.sleep(0.05)
        raise RuntimeError(f"apache2 did not listen within 15 s\n{self.error_log()}")

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)
        shutil.rmtree(self.base, ignore_errors=True)


@pytest.fixture
def apache_dav():
    from sync_support import PASSWORD, USER

    if APACHE is None:
        pytest.skip("Apache (Debian package apache2) is not installed; .ci/run installs it")
    server = ApacheDAV(USER, PASSWORD).start()
    yield server
    server.stop()
