"""show_error: every core exception becomes one plain sentence (Vietnamese or English), with
"copy details"; a cancellation shows nothing."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QGuiApplication

from inspector.errors import (
    Cancelled,
    ChecklistError,
    ChecklistProblem,
    DatabaseCorruptError,
    DatabaseTooNewError,
    DataFolderError,
    EvidenceError,
    InvalidInputError,
    NotFoundError,
    ReferenceDataError,
    SealedError,
    StorageError,
)
from ui.errors import describe_error, show_error
from ui.i18n import install_language

CASES = [
    (DatabaseTooNewError("/d/inspector.sqlite3", 9, 3), "phiên bản Inspector mới hơn", "newer version"),
    (DatabaseCorruptError("/d/inspector.sqlite3", "malformed"), "bị hỏng", "damaged"),
    (DataFolderError("/d", "read-only"), "Không ghi được", "cannot be written"),
    (DataFolderError("/d", "full"), "đã đầy", "is full"),
    (DataFolderError("/d", "missing"), "Không tìm thấy", "cannot be found"),
    (SealedError("abc"), "đã hoàn thành", "is finalized"),
    (NotFoundError("inspection", "abc"), "cuộc kiểm tra này không còn", "inspection no longer exists"),
    (StorageError("/d/x", "disk I/O error"), "disk I/O error", "could not be read or written"),
    (EvidenceError("ab" * 32, "missing"), "không có trong thư mục", "is missing"),
    (EvidenceError("ab" * 32, "altered (hash does not match)"), "đã bị thay đổi", "altered"),
    (InvalidInputError("value", "abc", "this item takes a number"), "cần một con số", "takes a number"),
    (InvalidInputError("reason", "", "an amendment needs a reason"), "lý do", "reason"),
    (InvalidInputError("inspected_unit", "", "required"), "tên đơn vị", "inspected unit"),
    (ChecklistError([ChecklistProblem("a.yaml", 3, "x.1", "duplicate-id", "x.1")]), "không hợp lệ", "not valid"),
    (ReferenceDataError("p.csv", 4, "bad code"), "dòng 4", "line 4"),
    (FileNotFoundError(2, "No such file", "/tmp/anh.png"), "/tmp/anh.png", "does not exist"),
    (ZeroDivisionError("bug"), "ngoài dự kiến", "unexpected"),
]


@pytest.mark.parametrize(("exc", "vi", "en"), CASES, ids=[type(c[0]).__name__ for c in CASES])
def test_each_error_is_one_plain_sentence_in_both_languages(exc, vi, en):
    vietnamese = describe_error(exc)
    assert vi in vietnamese and "Traceback" not in vietnamese
    install_language("en")
    english = describe_error(exc)
    assert en in english and english != vietnamese


def test_cancelling_shows_nothing(qtbot):
    assert describe_error(Cancelled()) is None
    assert show_error(None, Cancelled()) is None


def test_the_dialog_copies_its_details_and_stays_open(qtbot):
    try:
        raise SealedError("1234")
    except SealedError as exc:
        dialog = show_error(None, exc)
    qtbot.addWidget(dialog)
    assert dialog.isVisible()
    assert dialog.message.text() == "Cuộc kiểm tra này đã hoàn thành. Hãy chọn Sửa đổi trước khi thay đổi nội dung."
    dialog.copy_button.click()
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith(dialog.message.text())
    assert "inspector.errors.SealedError" in copied and "Traceback" in copied
    assert dialog.isVisible() and dialog.copy_button.text() == "Đã sao chép"
    dialog.toggle_button.click()
    assert not dialog.details_view.isHidden()
