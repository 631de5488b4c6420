"""Real servers for the sync tests and the sync benchmark, all on 127.0.0.1.

- `WebDAVServer`: wsgidav on cheroot, HTTPS with a throwaway CA (trustme), Basic authentication,
  serving a temporary folder; counts the requests it receives.
- `FaultProxy`: an HTTP-level proxy in front of it that, at random, drops the connection before
  or after forwarding a request, answers 500 instead of forwarding, replaces the server's answer
  with a 500 after the server acted, or cuts a response body short.
- `MemoryKeyring`: an in-memory keyring backend (selected with keyring.set_keyring).
"""

from __future__ import annotations

import contextlib
import http.client
import http.server
import logging
import random
import socket
import ssl
import threading
from dataclasses import dataclass, field
from pathlib import Path

import keyring.backend
import pytest
import trustme
from cheroot import wsgi
from cheroot.ssl.builtin import BuiltinSSLAdapter
from wsgidav.wsgidav_app import WsgiDAVApp

from inspector.checklists import load_catalog
from inspector.domain import ProvinceRef
from inspector.storage import Store
from inspector.sync import FolderTarget, SyncSettings, WebDAVTarget, sync_now
from inspector.sync.engine import SyncReport

USER, PASSWORD = "thanh.tra", "mật-khẩu-đúng 123"
PHU_THO = ProvinceRef("63", "25", "Tỉnh Phú Thọ")
_catalog = None


def catalog():
    global _catalog
    if _catalog is None:
        _catalog = load_catalog()
    return _catalog


def nd43():
    return catalog().get("nd43-tt25")


def item_ids(template=None) -> list[str]:
    return [i.id for i in (template or nd43()).items()]


def open_store(folder: Path) -> Store:
    return Store.open(folder / "inspector.sqlite3")


def new_inspection(store: Store, unit: str = "Sở Thông tin và Truyền thông tỉnh Phú Thọ", actor: str = "An"):
    return store.create_inspection(template=nd43(), province=PHU_THO, inspected_unit=unit, actor=actor,
                                   portal_url="https://phutho.gov.vn")


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "userdata"
    monkeypatch.setenv("INSPECTOR_DATA_DIR", str(folder))
    return folder


# ------------------------------------------------------------------ WebDAV
@dataclass
class WebDAVServer:
    root: Path
    ca_file: Path
    port: int = 0
    tls: bool = True
    requests: list[str] = field(default_factory=list)
    traffic: list[int] = field(default_factory=lambda: [0, 0])  # bytes received, sent (headers + bodies)
    _server: wsgi.Server | None = None
    _thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        return f"{'https' if self.tls else 'http'}://127.0.0.1:{self.port}/dav/"

    def start(self, ca: trustme.CA, *, tls: bool = True) -> WebDAVServer:
        self.root.mkdir(parents=True, exist_ok=True)
        self.tls = tls
        config = {
            "host": "127.0.0.1", "port": 0,
            "provider_mapping": {"/dav": str(self.root)},
            "simple_dc": {"user_mapping": {"*": {USER: {"password": PASSWORD}}}},
            "http_authenticator": {"accept_basic": True, "accept_digest": False, "default_to_digest": False},
            "verbose": 0,
            "logging": {"enable": False},
            "dir_browser": {"enable": False},
            "lock_storage": True,
        }
        app = WsgiDAVApp(config)
        logging.getLogger("wsgidav").setLevel(logging.ERROR)
        requests = self.requests
        traffic = self.traffic

        def counting(environ, start_response):
            requests.append(f"{environ['REQUEST_METHOD']} {environ.get('PATH_INFO', '')}")
            # What crosses the wire, near enough: request line, headers and body, then the answer's
            # status line, headers and body (TLS framing not counted).
            traffic[0] += len(environ["REQUEST_METHOD"]) + len(environ.get("PATH_INFO", "")) + 12 + sum(
                len(k) - 5 + len(str(v)) + 4 for k, v in environ.items() if k.startswith("HTTP_")) + int(
                environ.get("CONTENT_LENGTH") or 0)

            def counted_start(status, headers, exc_info=None):
                traffic[1] += len(status) + 11 + sum(len(k) + len(v) + 4 for k, v in headers)
                return start_response(status, headers, exc_info)

            result = app(environ, counted_start)
            try:
                for chunk in result:
                    traffic[1] += len(chunk)
                    yield chunk
            finally:
                if hasattr(result, "close"):
                    result.close()

        self._server = wsgi.Server(("127.0.0.1", 0), counting, numthreads=8, timeout=10)
        if tls:
            cert = ca.issue_cert("127.0.0.1", "localhost")
            cert_file = self.root.parent / "server.pem"
            key_file = self.root.parent / "server.key"
            cert.cert_chain_pems[0].write_to_path(str(cert_file))
            cert.private_key_pem.write_to_path(str(key_file))
            self._server.ssl_adapter = BuiltinSSLAdapter(str(cert_file), str(key_file))
        self._server.prepare()
        self.port = self._server.bind_addr[1]
        self._thread = threading.Thread(target=self._server.serve, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server:
            self._server.stop()
        if self._thread:
            self._thread.join(5)


def start_webdav(folder: Path, *, tls: bool = True) -> WebDAVServer:
    ca = trustme.CA()
    ca_file = folder / "ca.pem"
    folder.mkdir(parents=True, exist_ok=True)
    ca.cert_pem.write_to_path(str(ca_file))
    server = WebDAVServer(folder / "root", ca_file).start(ca, tls=tls)
    return server


@pytest.fixture
def webdav(tmp_path: Path):
    server = start_webdav(tmp_path / "webdav")
    yield server
    server.stop()


# ------------------------------------------------- the three kinds of target
@dataclass(frozen=True)
class TargetUnderTest:
    """A sync target for a test: the settings to reach it and the folder on disk it serves."""

    settings: SyncSettings
    root: Path


@pytest.fixture(params=["folder", "webdav", "apache"])
def target(request: pytest.FixtureRequest, tmp_path: Path) -> TargetUnderTest:
    """The same test against a USB-stick folder, wsgidav over HTTPS and Apache mod_dav (a module
    using it imports `apache_dav` from `apache_dav` too, so the fixture can be found)."""
    if request.param == "folder":
        folder = tmp_path / "stick"
        folder.mkdir()
        return TargetUnderTest(SyncSettings(FolderTarget(folder), "tester"), folder)
    server = request.getfixturevalue("webdav" if request.param == "webdav" else "apache_dav")
    return TargetUnderTest(SyncSettings(WebDAVTarget(server.url, USER, server.ca_file), "tester"), server.root)


def sync(store: Store, target: TargetUnderTest | SyncSettings, **kw: object) -> SyncReport:
    """`sync_now` with the test server's password, to a target fixture or plain settings."""
    settings = target.settings if isinstance(target, TargetUnderTest) else target
    return sync_now(store, settings, password=PASSWORD, **kw)


def revision_ids(store: Store) -> set[str]:
    return {r.id for _, r in store.revisions()}


# ------------------------------------------------------------- fault proxy
FAULTS = ("drop-before", "500-before", "drop-after", "500-after", "truncate")


class FaultProxy:
    """Plain-HTTP proxy to an HTTP backend that injects faults with probability `rate`."""

    def __init__(self, backend_port: int, rate: float = 0.3, seed: int = 0):
        self.backend_port = backend_port
        self.rate = rate
        self.random = random.Random(seed)
        self.lock = threading.Lock()
        self.injected: list[str] = []
        proxy = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):
                pass

            def _handle(self):
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else None
                fault = proxy.choose()
                if fault == "drop-before":
                    self._drop()
                    return
                if fault == "500-before":
                    self._reply(500, b"injected")
                    return
                conn = http.client.HTTPConnection("127.0.0.1", proxy.backend_port, timeout=10)
                headers = {k: v for k, v in self.headers.items() if k.lower() not in ("connection", "keep-alive")}
                # Host and Destination keep the proxy's address: the server checks they agree.
                conn.request(self.command, self.path, body=body, headers=headers)
                resp = conn.getresponse()
                data = resp.read()
                conn.close()
                if fault == "drop-after":
                    self._drop()
                    return
                if fault == "500-after":
                    self._reply(500, b"injected after the fact")
                    return
                self.send_response(resp.status)
                for k, v in resp.getheaders():
                    if k.lower() not in ("connection", "keep-alive", "transfer-encoding", "content-length"):
                        self.send_header(k, v)
                self.send_header("Content-Length", str(len(data)))
                if fault == "truncate" and len(data) > 8:
                    self.send_header("Connection", "close")
                    self.end_headers()
                    self.wfile.write(data[: len(data) // 2])
                    self._drop()
                    return
                self.end_headers()
                if self.command != "HEAD":
                    self.wfile.write(data)

            def _reply(self, status: int, body: bytes) -> None:
                self.send_response(status)
                self.send_header("Content-Length", str(len(body)))
                self.send_header("Connection", "close")
                self.end_headers()
                self.wfile.write(body)
                self.close_connection = True

            def _drop(self) -> None:
                self.close_connection = True
                with contextlib.suppress(OSError):
                    self.connection.shutdown(socket.SHUT_RDWR)

            do_GET = do_PUT = do_MOVE = do_PROPFIND = do_MKCOL = do_DELETE = do_HEAD = _handle  # noqa: N815

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/dav/"

    def choose(self) -> str | None:
        with self.lock:
            if self.rate and self.random.random() < self.rate:
                fault = self.random.choice(FAULTS)
                self.injected.append(fault)
                return fault
            return None

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


# ----------------------------------------------------------------- keyring
class MemoryKeyring(keyring.backend.KeyringBackend):
    """A keyring kept in memory: what a real OS keyring does, without one."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        import keyring.errors

        if (service, username) not in self.store:
            raise keyring.errors.PasswordDeleteError(username)
        del self.store[(service, username)]


def ssl_context_for(ca_file: Path) -> ssl.SSLContext:
    return ssl.create_default_context(cafile=str(ca_file))
