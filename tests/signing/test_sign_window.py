"""Tools › Sign a PDF…: the team leader signs with a certificate file, the inspected unit's
representative counter-signs with a SoftHSM2 token, off the GUI thread, through the same core
function as `inspector sign`; nothing is replaced without asking; a wrong password or PIN writes
nothing; the signed minutes of the open inspection go into its audit trail. Real parts: the test
PKI, its CRL and timestamp servers on 127.0.0.1, SoftHSM2, a real SQLite store."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import hashlib  # noqa: E402
import shutil  # noqa: E402
import threading  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from inspector.signing.pdfa import FIELD_HOST, FIELD_LEADER  # noqa: E402
from inspector.signing.settings import SigningSettings  # noqa: E402

from pki import needs_office  # noqa: E402

PASSWORD = "Mật-khẩu 2026"


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def runner(qapp):
    from ui.tasks import TaskRunner

    r = TaskRunner()
    yield r
    r.shutdown()


@pytest.fixture
def store_copy(sealed_store, tmp_path, runner, qtbot):
    """A copy of the sealed sample database, opened on the runner's database lane."""
    from inspector.storage import Store

    db, iid = sealed_store
    copy = tmp_path / "db" / "inspector.sqlite3"
    copy.parent.mkdir()
    shutil.copyfile(db, copy)
    opened = []
    runner.open_store(lambda: Store.open(copy), on_done=opened.append)
    qtbot.waitUntil(lambda: bool(opened), timeout=10_000)
    return copy, iid


def _dialog(qtbot, runner, settings, src, inspection_id=""):
    from ui.dialogs.sign_pdf import SignPdfDialog

    verified = []
    dialog = SignPdfDialog(runner, settings, src=src, inspection_id=inspection_id,
                           open_verify=verified.append)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _run(qtbot, dialog):
    task = dialog.start()
    assert task is not None, dialog.status.text()
    qtbot.waitUntil(lambda: dialog.task is None, timeout=60_000)
    return dialog


@needs_office
def test_leader_signs_then_unit_counter_signs_in_the_window_and_it_is_kept_as_evidence(
        qtbot, runner, fresh_pdf, pki_server, token, store_copy, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from inspector.storage import Store
    from ui.dialogs import sign_pdf

    pki = pki_server.pki
    db, iid = store_copy
    settings = SigningSettings(pkcs11_module=token.module, tsa_url=pki_server.tsa_url,
                               ca_files=(pki.root_file(),), agency="Cục Tin học hóa")
    threads = []
    real = sign_pdf.sign_document

    def spy(*args, **kwargs):
        threads.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(sign_pdf, "sign_document", spy)
    original = _sha(fresh_pdf)

    # 1. the head of the team, with a certificate file, into a new file next to the export
    dialog = _dialog(qtbot, runner, settings, fresh_pdf, inspection_id=iid)
    dialog.key_kind.setCurrentIndex(dialog.key_kind.findData("pkcs12"))
    dialog.cert.setText(str(pki.p12(pki.leader, PASSWORD, "window")))
    dialog.secret.setText(PASSWORD)
    _run(qtbot, dialog)
    assert dialog.error is None, dialog.status.text()
    assert dialog.secret.text() == ""  # typed for that signature only
    signed = fresh_pdf.with_name("bien-ban-da-ky.pdf")
    assert dialog.outcome.result.path == signed and dialog.outcome.result.field == FIELD_LEADER
    assert _sha(fresh_pdf) == original  # the export itself is left as it was
    assert threads and threads[-1] is not threading.main_thread()
    assert [r.verdict for r in dialog.outcome.reports] == ["valid"]
    qtbot.waitUntil(lambda: bool(dialog.recorded), timeout=10_000)
    assert dialog.recorded == _sha(signed)

    # 2. the unit's representative, with the token, counter-signs the same file: replacing it is
    # asked first; "No" writes nothing
    dialog = _dialog(qtbot, runner, settings, signed, inspection_id=iid)
    assert Path(dialog.out.text()) == signed
    dialog.role.setCurrentIndex(dialog.role.findData(FIELD_HOST))
    dialog.key_kind.setCurrentIndex(dialog.key_kind.findData("pkcs11"))
    asked = []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.No))
    dialog.secret.setText(token.pin)
    before = _sha(signed)
    assert dialog.start() is None and asked and "bien-ban-da-ky.pdf" in asked[0]
    assert _sha(signed) == before
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    _run(qtbot, dialog)
    assert dialog.error is None, dialog.status.text()
    assert dialog.outcome.result.field == FIELD_HOST and dialog.outcome.result.level in ("B-T", "B-LT")
    assert [r.verdict for r in dialog.outcome.reports] == ["valid", "valid"]  # the first stays valid
    qtbot.waitUntil(lambda: bool(dialog.recorded), timeout=10_000)
    runner.wait_db_idle()
    with Store.open(db) as store:
        trail = [e for e in store.audit_trail(iid) if e.entity == "signed-document"]
        assert [e.new["sha256"] for e in trail][-1] == _sha(signed)
        assert store.evidence_path(_sha(signed)).read_bytes() == signed.read_bytes()
    dialog.verify_button.click()
    assert dialog.verify_button.isVisible()


@needs_office
@pytest.mark.parametrize("language", ["vi", "en"])
def test_wrong_password_or_pin_is_a_sentence_and_writes_nothing(qtbot, runner, fresh_pdf, pki_server, token,
                                                                language):
    from ui.i18n import install_language

    pki = pki_server.pki
    settings = SigningSettings(pkcs11_module=token.module)
    out = fresh_pdf.with_name("bien-ban-da-ky.pdf")
    install_language(language)
    try:
        dialog = _dialog(qtbot, runner, settings, fresh_pdf)
        dialog.key_kind.setCurrentIndex(dialog.key_kind.findData("pkcs12"))
        dialog.cert.setText(str(pki.p12(pki.leader, PASSWORD, "wrong")))
        dialog.secret.setText("not the password")
        _run(qtbot, dialog)
        password_text = dialog.status.text()
        dialog.key_kind.setCurrentIndex(dialog.key_kind.findData("pkcs11"))
        dialog.secret.setText("000000")
        _run(qtbot, dialog)
        pin_text = dialog.status.text()
    finally:
        install_language("vi")
    assert not out.exists() and not list(fresh_pdf.parent.glob(".*tmp"))
    # the sentence follows a language switch made while it is shown
    other = "en" if language == "vi" else "vi"
    install_language(other)
    try:
        qtbot.waitUntil(lambda: dialog.status.text() != pin_text)
        switched = dialog.status.text()
    finally:
        install_language("vi")
    assert ("PIN is wrong" in switched) if other == "en" else ("không đúng" in switched)
    if language == "vi":
        assert "Mật khẩu tệp chứng thư số không đúng" in password_text and "Không ghi gì" in password_text
        assert "Mã PIN" in pin_text and "không đúng" in pin_text
    else:
        assert "password is wrong" in password_text and "Nothing was written" in password_text
        assert "PIN is wrong" in pin_text


@needs_office
def test_stop_throws_the_signature_away(qtbot, runner, fresh_pdf, pki_server, monkeypatch):
    """Stop during signing: the signature being made is not moved into place."""
    from ui.dialogs import sign_pdf

    pki = pki_server.pki
    go = threading.Event()
    real = sign_pdf.sign_document

    def slow(*args, **kwargs):
        go.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(sign_pdf, "sign_document", slow)
    dialog = _dialog(qtbot, runner, SigningSettings(), fresh_pdf)
    dialog.key_kind.setCurrentIndex(dialog.key_kind.findData("pkcs12"))
    dialog.cert.setText(str(pki.p12(pki.leader, PASSWORD, "stop")))
    dialog.secret.setText(PASSWORD)
    assert dialog.start() is not None
    dialog.stop()
    go.set()
    qtbot.waitUntil(lambda: dialog.task is None, timeout=30_000)
    assert dialog.outcome is None
    assert not fresh_pdf.with_name("bien-ban-da-ky.pdf").exists()
    assert not list(fresh_pdf.parent.glob(".*tmp"))


def test_the_window_speaks_both_languages_and_asks_for_what_is_missing(qtbot, runner, tmp_path):
    from ui.i18n import install_language

    dialog = _dialog(qtbot, runner, SigningSettings(), None)
    install_language("en")
    try:
        qtbot.waitUntil(lambda: dialog.windowTitle() == "Sign a PDF")  # LanguageChange is posted
        dialog.start()
        assert dialog.status.text() == "Choose the PDF to sign."
        assert "name and the time" in dialog.image_label.text()
    finally:
        install_language("vi")
    qtbot.waitUntil(lambda: dialog.windowTitle() == "Ký số tệp PDF")
    assert dialog.role.itemText(0).startswith("Trưởng đoàn")


@pytest.mark.parametrize("language", ["vi", "en"])
def test_every_label_shortcut_reaches_its_field(qtbot, runner, language):
    """Alt+letter of each label moves the focus to its field (a row's box takes no focus itself),
    and no two visible labels or buttons share a letter."""
    import re

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QAbstractButton, QLabel

    from ui.i18n import install_language

    install_language(language)
    try:
        dialog = _dialog(qtbot, runner, SigningSettings(tsa_url="http://127.0.0.1:9/tsa"), None)
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)  # shortcuts reach the active window only
        letters = []
        for widget in dialog.findChildren(QLabel) + dialog.findChildren(QAbstractButton):
            m = re.search(r"&(\w)", widget.text())
            if m and widget.isVisible():
                letters.append(m.group(1).lower())
        assert len(letters) == len(set(letters)), letters
        for key, field in (("cert", dialog.cert), ("out", dialog.out), ("file", dialog.file),
                           ("secret", dialog.secret), ("key", dialog.key_kind)):
            letter = re.search(r"&(\w)", dialog.labels[key].text()).group(1)
            qtbot.keyClick(dialog, letter, Qt.KeyboardModifier.AltModifier)
            assert dialog.focusWidget() is field, (key, letter)
    finally:
        install_language("vi")


@needs_office
def test_a_file_with_a_signature_that_is_not_valid_is_not_kept_as_evidence(qtbot, runner, fresh_pdf, pki_server,
                                                                           store_copy):
    from inspector.storage import Store

    pki = pki_server.pki
    db, iid = store_copy
    dialog = _dialog(qtbot, runner, SigningSettings(ca_files=(pki.root_file(),)), fresh_pdf, inspection_id=iid)
    dialog.key_kind.setCurrentIndex(dialog.key_kind.findData("pkcs12"))
    dialog.cert.setText(str(pki.p12(pki.expired, PASSWORD, "expired")))
    dialog.secret.setText(PASSWORD)
    _run(qtbot, dialog)
    assert dialog.outcome is not None and not dialog.outcome.reports[0].ok
    assert dialog.record_state == "refused" and dialog.recorded == ""
    assert "Chưa lưu làm minh chứng" in dialog.status.text()
    runner.wait_db_idle()
    with Store.open(db) as store:
        assert not [e for e in store.audit_trail(iid) if e.entity == "signed-document"]
