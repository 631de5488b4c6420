"""Tools › Verify a signed PDF…: the window shows each signature as plain text, in the interface
language, and the check runs off the GUI thread."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import threading  # noqa: E402

import pytest  # noqa: E402

from inspector.signing.sign import Appearance, Credentials, sign_pdf  # noqa: E402

from pki import needs_office  # noqa: E402


@pytest.fixture
def runner(qapp):
    from ui.tasks import TaskRunner

    r = TaskRunner()
    yield r
    r.shutdown()


@needs_office
@pytest.mark.parametrize("language", ["vi", "en"])
def test_verify_window_shows_signer_time_trust_and_verdict(qtbot, runner, fresh_pdf, pki_server, monkeypatch,
                                                          language):
    from ui.dialogs import verify_signed
    from ui.i18n import install_language

    pki = pki_server.pki
    sign_pdf(fresh_pdf, fresh_pdf, Credentials.pkcs12(pki.p12(pki.leader, "pw", "w1"), "pw"),
             tsa_url=pki_server.tsa_url, appearance=Appearance(agency="<b>Cục</b> Tin học hóa"))
    threads = []
    real = verify_signed.verify_pdf

    def spy(*args, **kwargs):
        threads.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(verify_signed, "verify_pdf", spy)
    install_language(language)
    try:
        dialog = verify_signed.VerifySignedDialog(runner, fresh_pdf, (pki.root_file(),))
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.start()
        qtbot.waitUntil(lambda: dialog.reports is not None, timeout=30_000)
        text = dialog.output.toPlainText()
    finally:
        install_language("vi")
    assert threads and threads[0] is not threading.main_thread()
    assert "Trần Quốc Hưng" in text and "Test CA chuyên dùng Chính phủ" in text
    if language == "vi":
        assert "Người ký" in text and "Hợp lệ" in text
    else:
        assert "Signer" in text and "Valid" in text
    from PySide6.QtWidgets import QPlainTextEdit
    assert isinstance(dialog.output, QPlainTextEdit)  # plain text only


def test_verify_window_says_a_damaged_file_plainly(qtbot, runner, tmp_path):
    from ui.dialogs.verify_signed import VerifySignedDialog

    bad = tmp_path / "hong.pdf"
    bad.write_bytes(b"not a pdf at all")
    dialog = VerifySignedDialog(runner, bad)
    qtbot.addWidget(dialog)
    dialog.start()
    qtbot.waitUntil(lambda: dialog.bar.isHidden(), timeout=10_000)
    assert "hong.pdf" in dialog.output.toPlainText()
    assert "Traceback" not in dialog.output.toPlainText()


def test_tools_menu_has_verify_a_signed_pdf(qapp):
    from ui.actions import action_specs
    from ui.features import load_features

    load_features()
    spec = next(s for s in action_specs() if s.id == "tools.verify_signed")
    assert spec.menu == "tools"


@needs_office
def test_a_file_counter_signed_elsewhere_is_kept_as_evidence_of_the_open_inspection(
        qtbot, runner, fresh_pdf, pki_server, sealed_store, tmp_path):
    """The inspected unit's representative signs with their own tool and sends the file back:
    Verify offers "Keep as evidence" for the open inspection's minutes with every signature valid,
    and records it in the audit trail; for another inspection it is not offered."""
    import hashlib
    import shutil

    from inspector.storage import Store
    from ui.dialogs.verify_signed import VerifySignedDialog

    pki = pki_server.pki
    sign_pdf(fresh_pdf, fresh_pdf, Credentials.pkcs12(pki.p12(pki.leader, "pw", "w2"), "pw"),
             tsa_url=pki_server.tsa_url, appearance=Appearance(agency="Cục Tin học hóa"))
    db, iid = sealed_store
    copy = tmp_path / "db" / "inspector.sqlite3"
    copy.parent.mkdir()
    shutil.copyfile(db, copy)
    opened = []
    runner.open_store(lambda: Store.open(copy), on_done=opened.append)
    qtbot.waitUntil(lambda: bool(opened), timeout=10_000)

    other = VerifySignedDialog(runner, fresh_pdf, (pki.root_file(),), inspection_id="another-inspection")
    qtbot.addWidget(other)
    other.start()
    qtbot.waitUntil(lambda: other.reports is not None, timeout=30_000)
    assert other.names_inspection == iid and not other.keep_button.isVisibleTo(other)

    dialog = VerifySignedDialog(runner, fresh_pdf, (pki.root_file(),), inspection_id=iid, actor="Vũ Quang Huy")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.start()
    qtbot.waitUntil(lambda: dialog.reports is not None, timeout=30_000)
    assert dialog.keep_button.isVisible()
    dialog.keep_button.click()
    qtbot.waitUntil(lambda: bool(dialog.recorded), timeout=10_000)
    sha = hashlib.sha256(fresh_pdf.read_bytes()).hexdigest()
    assert dialog.recorded == sha and fresh_pdf.name in dialog.status.text()
    runner.wait_db_idle()
    with Store.open(copy) as store:
        trail = [e for e in store.audit_trail(iid) if e.entity == "signed-document"]
        assert trail and trail[-1].new["sha256"] == sha and trail[-1].actor == "Vũ Quang Huy"
