"""The log file: redaction of credentials, rotation, and no note text or secret after real work."""

from __future__ import annotations

import base64
import logging
import string
import sys
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from inspector import logs
from inspector.cli import main as cli_main
from inspector.doctor import run_doctor
from inspector.domain import FindingStatus
from inspector.logs import (
    MASK,
    RedactionFilter,
    configure_logging,
    current_log_file,
    log_folder,
    redact,
    register_secret,
    stop_logging,
)
from inspector.minutes import export_minutes
from inspector.storage import Store

from support import PHU_THO

MARKER = "GHI-CHU-BI-MAT-7Q2X"  # "secret note": typed by an inspector, must never reach a log
FAKE_PASSWORD = "Mk-Hunter2-9fQz"


@pytest.fixture(autouse=True)
def _close_log():
    yield
    stop_logging()


def log_text(folder: Path) -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.log*")))


# ------------------------------------------------------------------ redaction
URL_SAFE = string.ascii_letters + string.digits + "-._~!$&'()*+,;=%"
TOKEN = st.text(alphabet=string.ascii_letters + string.digits + "!#$%()*+-./<>?[]^_{|}~", min_size=6,
                max_size=24)


@settings(max_examples=150)
@given(user=st.text(alphabet=string.ascii_letters + string.digits, min_size=1, max_size=12),
       password=st.text(alphabet=URL_SAFE + ":", min_size=6, max_size=24))
def test_url_credentials_are_removed(user, password):
    text = f"PROPFIND https://{user}:{password}@dav.so-tttt.vn/remote.php/dav/ -> 401"
    assume(password not in text.replace(f"{user}:{password}@", ""))
    out = redact(text)
    assert password not in out
    assert "https://***@dav.so-tttt.vn/remote.php/dav/" in out


@settings(max_examples=150)
@given(password=TOKEN, form=st.sampled_from([
    "password={p} user=an", "password: {p}", "webdav_password={p}&x=1", "PASSPHRASE = {p}",
    "api_key={p}", "access_token: {p}", "mật khẩu: {p}",
    '{{"password": "{p}", "user": "an"}}', "{{'passphrase': '{p}'}}", 'token="{p}"',
]))
def test_password_fields_are_removed(password, form):
    quoted = form.count('"') + form.count("'") > 0
    assume(not quoted or ('"' not in password and "'" not in password))
    text = form.format(p=password)
    assume(password not in form.format(p=""))
    assert password not in redact(text)
    assert MASK in redact(text)


@settings(max_examples=100)
@given(user=st.text(alphabet=string.ascii_letters, min_size=1, max_size=10), password=TOKEN,
       quote=st.sampled_from(["'", '"']))
def test_authorization_headers_are_removed(user, password, quote):
    basic = base64.b64encode(f"{user}:{password}".encode()).decode()
    for text in (f"Authorization: Basic {basic}",
                 f"headers={{{quote}authorization{quote}: {quote}Basic {basic}{quote}, {quote}accept{quote}: {quote}*/*{quote}}}",
                 f"Proxy-Authorization: Bearer {password}xyz",
                 f"sent Bearer {basic}"):
        out = redact(text)
        assert basic not in out and f"{password}xyz" not in out
    assert "accept" in redact(f"{{'authorization': 'Basic {basic}', 'accept': '*/*'}}")


def test_ordinary_text_is_left_alone():
    for text in ("exported minutes of 3f2a9c to C:\\Users\\an\\bien-ban.docx (60,054 bytes, 129 items)",
                 "email an@phutho.gov.vn; portal https://phutho.gov.vn/van-ban?id=5#top",
                 "Kiểm tra Sở Thông tin và Truyền thông tỉnh Phú Thọ", "passed 12 tests, 0 failed"):
        assert redact(text) == text


def test_registered_secrets_are_masked_anywhere():
    register_secret("Pw with spaces 42")
    assert "Pw with spaces 42" not in redact("tried 'Pw with spaces 42' as given")
    register_secret("ab")  # too short to mask without eating ordinary words
    assert redact("table") == "table"


def test_the_filter_redacts_arguments_and_tracebacks():
    record = logging.LogRecord("httpx", logging.WARNING, __file__, 1, "GET %s failed",
                               (f"https://an:{FAKE_PASSWORD}@dav.example.vn/x",), None)
    try:
        raise ConnectionError(f"cannot reach https://an:{FAKE_PASSWORD}@dav.example.vn")
    except ConnectionError:
        record.exc_info = sys.exc_info()
    assert RedactionFilter().filter(record)
    text = logging.Formatter("%(message)s").format(record)
    assert "ConnectionError" in text and "dav.example.vn" in text
    assert FAKE_PASSWORD not in text


# ------------------------------------------------------------------ the file
def test_configure_logging_writes_utf8_and_replaces_its_handler(tmp_path):
    folder = tmp_path / "logs"
    path = configure_logging(logging.INFO, folder)
    assert path == folder / logs.LOG_FILE == current_log_file()
    configure_logging(logging.INFO, folder)  # again: still one handler of ours
    ours = [h for h in logging.getLogger().handlers if isinstance(h, logging.FileHandler)
            and Path(h.baseFilename) == path]
    assert len(ours) == 1
    logging.getLogger("inspector.test").info("Đã xuất biên bản %s password=%s", "3f2a9c", FAKE_PASSWORD)
    stop_logging()
    text = path.read_text(encoding="utf-8")
    assert "Đã xuất biên bản 3f2a9c password=***" in text
    assert "Inspector" in text.splitlines()[0]  # the start-up line with the version
    assert FAKE_PASSWORD not in text
    assert log_folder() == paths_log_dir()


def paths_log_dir() -> Path:
    from inspector import paths

    return paths.log_dir()


def test_the_file_rotates_and_keeps_a_bounded_number(tmp_path):
    folder = tmp_path / "logs"
    configure_logging(logging.INFO, folder, max_bytes=2_000, backups=3)
    log = logging.getLogger("inspector.rotation")
    for n in range(400):
        log.info("dòng %04d %s", n, "x" * 40)
    stop_logging()
    files = sorted(p.name for p in folder.iterdir())
    assert files == ["inspector.log", "inspector.log.1", "inspector.log.2", "inspector.log.3"]
    assert all((folder / f).stat().st_size <= 2_200 for f in files)
    assert "dòng 0399" in (folder / "inspector.log").read_text(encoding="utf-8")


def test_a_rotation_that_fails_keeps_logging(tmp_path, monkeypatch):
    folder = tmp_path / "logs"
    configure_logging(logging.INFO, folder, max_bytes=500, backups=2)
    handler = logs._handler

    def locked(source, dest):  # what Windows does when another program holds the file
        raise PermissionError(32, "The process cannot access the file")

    monkeypatch.setattr(handler, "rotate", locked)
    log = logging.getLogger("inspector.rotation")
    for n in range(50):
        log.info("record %d %s", n, "y" * 30)
    stop_logging()
    text = (folder / "inspector.log").read_text(encoding="utf-8")
    assert "record 49" in text and not (folder / "inspector.log.1").exists()


def test_an_unwritable_log_folder_does_not_stop_the_program(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the log folder should be")
    assert configure_logging(logging.INFO, blocker) is None
    logging.getLogger("inspector.test").warning("still running")  # must not raise
    assert current_log_file() is None


def test_log_dir_follows_the_overrides(tmp_path, monkeypatch):
    from inspector import paths

    monkeypatch.setenv("INSPECTOR_DATA_DIR", str(tmp_path / "portable"))
    monkeypatch.delenv("INSPECTOR_LOG_DIR", raising=False)
    assert paths.log_dir() == tmp_path / "portable" / "logs"
    monkeypatch.setenv("INSPECTOR_LOG_DIR", str(tmp_path / "elsewhere"))
    assert paths.log_dir() == tmp_path / "elsewhere"


# ------------------------------------------------------------------ real work, then scan
def test_no_note_text_reaches_the_log_after_real_work(tmp_path, nd43, monkeypatch):
    """Store writes, sealing, amendment, doctor and export (in-process and through the CLI),
    logged at DEBUG: the log names the inspection and the items, never what was typed."""
    folder = tmp_path / "logs"
    monkeypatch.setenv("INSPECTOR_LOG_DIR", str(folder))
    monkeypatch.setenv("INSPECTOR_LOG_LEVEL", "DEBUG")
    configure_logging(logging.DEBUG, folder)
    db = tmp_path / "db" / "inspector.sqlite3"
    with Store.open(db) as store:
        ins = store.create_inspection(template=nd43, province=PHU_THO, actor="Nguyễn Văn An",
                                      inspected_unit=f"Sở TT&TT {MARKER}", place=f"Việt Trì {MARKER}")
        store.record_finding(ins.id, "nd43.d8", actor="An", status=FindingStatus.NOT_MET,
                             note=f"Không có công cụ hỗ trợ người khuyết tật {MARKER}")
        store.record_finding(ins.id, "chung.url", actor="An", value=f"https://phutho.gov.vn {MARKER}")
        store.record_finding(ins.id, "chung.truycap", actor="An", value=1_250_000, note=MARKER,
                             figures={f"lượt {MARKER}": 3})
        store.add_evidence(ins.id, b"\x89PNG fake", "anh.png", "image/png", item_id="nd43.d8",
                           caption=f"Ảnh chụp {MARKER}", actor="An")
        store.add_recommendation(ins.id, f"Bổ sung chức năng {MARKER}", actor="An",
                                 responsible_unit=f"Sở {MARKER}", note=MARKER)
        store.finalize(ins.id, actor="An")
        store.amend(ins.id, reason=f"Sửa số liệu {MARKER}", actor="An")
        store.record_finding(ins.id, "nd43.d8", actor="An", note=f"Đã sửa {MARKER}")
        assert run_doctor(store).ok
        record = store.load_inspection(ins.id)
        export_minutes(record, store.template_for(record.inspection), tmp_path / "bb.docx",
                       evidence_path=store.evidence_path)
    assert cli_main(["doctor", "--database", str(db)]) == 0
    assert cli_main(["export", "minutes", ins.id, "--database", str(db), "-o", str(tmp_path / "bb2.docx")]) == 0
    stop_logging()

    text = log_text(folder)
    assert (folder / logs.CLI_LOG_FILE).is_file() and (folder / logs.LOG_FILE).is_file()
    # The work was logged (so the scan below looks at something) …
    for expected in (f"opened database {db}", f"finding {ins.id}/nd43.d8", f"finalized {ins.id}",
                     f"exported minutes of {ins.id}", "doctor: ok", "command export"):
        assert expected in text, expected
    # … by ids and counts, without a word of what the inspector typed.
    assert MARKER not in text
    assert "khuyết tật" not in text


def test_no_secret_reaches_the_log_through_the_secrets_module(tmp_path, monkeypatch):
    secrets = pytest.importorskip("inspector.secrets", reason="inspector/secrets.py is not on this branch yet")
    import keyring
    from keyring.backend import KeyringBackend

    class MemoryKeyring(KeyringBackend):
        priority = 1
        values: dict = {}

        def get_password(self, service, username):
            return self.values.get((service, username))

        def set_password(self, service, username, password):
            self.values[(service, username)] = password

        def delete_password(self, service, username):
            self.values.pop((service, username), None)

    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    try:
        folder = tmp_path / "logs"
        configure_logging(logging.DEBUG, folder)
        name = secrets.webdav_secret_name("https://dav.so-tttt.vn/remote.php/dav", "an")
        assert secrets.store_secret(name, FAKE_PASSWORD)
        assert secrets.get_secret(name) == FAKE_PASSWORD
        secrets.delete_secret(name)
        logging.getLogger("httpx").info("HTTP Request: PROPFIND https://an:%s@dav.so-tttt.vn/ 207", FAKE_PASSWORD)
        stop_logging()
        assert FAKE_PASSWORD not in log_text(folder)
    finally:
        keyring.set_keyring(previous)
