"""Messages the command line prints: Vietnamese first, then English, on standard error."""

from __future__ import annotations

import sys
from pathlib import Path

# ExportError.reason → (Vietnamese, English), for every command that writes a document.
EXPORT_REASONS = {
    "missing-folder": ("thư mục không tồn tại", "the folder does not exist"),
    "not-writable": ("không ghi được tệp (không có quyền ghi hoặc ổ đĩa chỉ đọc)",
                     "the file cannot be written (no permission or read-only disk)"),
    "locked": ("tệp đang được mở trong chương trình khác (ví dụ Word); hãy đóng tệp rồi thử lại",
               "the file is open in another program (e.g. Word); close it and try again"),
    "disk-full": ("ổ đĩa đã đầy", "the disk is full"),
    "no-office": ("không tìm thấy LibreOffice (soffice) để tạo PDF",
                  "LibreOffice (soffice) was not found, so no PDF can be made"),
    "conversion-failed": ("LibreOffice không chuyển được tệp sang PDF", "LibreOffice could not convert the file"),
    "timeout": ("LibreOffice chạy quá lâu và đã bị dừng", "LibreOffice took too long and was stopped"),
}


def say(vi: str, en: str) -> None:
    """Print one message in both languages to standard error."""
    print(f"{vi} / {en}", file=sys.stderr)


def existing_database(database: str | Path | None) -> Path | None:
    """The database a command works on (`--database`, else the user's), or None after saying
    there is none: a command that reads never creates an empty database."""
    from inspector import paths

    path = Path(database or paths.database_path())
    if not path.is_file():
        say(f"Chưa có cơ sở dữ liệu tại {path}", f"no database at {path}")
        return None
    return path


def describe(exc: BaseException) -> tuple[str, str]:
    """One sentence (Vietnamese, English) for any exception that reached the top of a command.

    The command's own handlers come first; this is the net under them, so that no traceback
    ever reaches a user (the traceback goes to the log file).
    """
    from inspector import errors as e

    if isinstance(exc, e.DatabaseTooNewError):
        return (f"Cơ sở dữ liệu {exc.path} được tạo bởi phiên bản Inspector mới hơn (lược đồ {exc.found} > "
                f"{exc.known}); hãy cập nhật chương trình. Tệp không bị thay đổi",
                f"the database {exc.path} was made by a newer Inspector (schema {exc.found} > {exc.known}); "
                "update the program. The file was not changed")
    if isinstance(exc, e.DatabaseCorruptError):
        if exc.empty:
            return (f"Tệp cơ sở dữ liệu {exc.path} rỗng (0 byte); Inspector không mở và không thay thế nó. "
                    "Cách khôi phục: inspector doctor --repair (đổi tên tệp sang bên cạnh), rồi chép bản sao lưu "
                    "hoặc đồng bộ lại",
                    f"the database file {exc.path} is empty (0 bytes); Inspector neither opened nor replaced it. "
                    "To recover: inspector doctor --repair (moves it aside), then restore a backup or sync again")
        return (f"Cơ sở dữ liệu {exc.path} bị hỏng nên không ghi gì vào đó; chạy inspector doctor để xem, "
                "inspector doctor --repair để dựng lại vào tệp mới (tệp cũ được giữ)",
                f"the database {exc.path} is damaged, so nothing is written to it; run inspector doctor to see "
                "why, inspector doctor --repair to rebuild it into a new file (the old one is kept)")
    if isinstance(exc, e.DataFolderError):
        vi, en = {"read-only": ("thư mục chỉ đọc, không ghi được", "it is read-only"),
                  "full": ("ổ đĩa đã đầy", "the disk is full"),
                  "missing": ("không tìm thấy hoặc không mở được", "it is missing or cannot be opened"),
                  }.get(exc.reason, (exc.reason, exc.reason))
        return f"Thư mục dữ liệu {exc.path}: {vi}", f"the data folder {exc.path}: {en}"
    if isinstance(exc, e.SealedError):
        return ("Cuộc kiểm tra đã hoàn tất (niêm phong); hãy mở lại để sửa (kèm lý do) trước khi thay đổi",
                "the inspection is finalized (sealed); amend it (with a reason) before changing it")
    if isinstance(exc, e.NotFoundError):
        return f"Không tìm thấy {exc.kind} {exc.key}", f"no {exc.kind} {exc.key}"
    if isinstance(exc, e.StorageError):
        return f"Không đọc hoặc ghi được cơ sở dữ liệu: {exc}", f"the database could not be read or written: {exc}"
    if isinstance(exc, e.ChecklistError):
        first = str(exc.problems[0]) if exc.problems else ""
        return (f"Danh mục kiểm tra không hợp lệ ({len(exc.problems)} lỗi), lỗi đầu: {first}",
                f"the checklist template is not valid ({len(exc.problems)} problems), first: {first}")
    if isinstance(exc, e.InvalidInputError):
        return (f"Giá trị không hợp lệ ở trường {exc.field_name}: {exc.detail}",
                f"invalid value for {exc.field_name}: {exc.detail}")
    if isinstance(exc, e.ExportError):
        vi, en = EXPORT_REASONS.get(exc.reason, (exc.reason, exc.reason))
        return f"Không ghi được {exc.path}: {vi}", f"could not write {exc.path}: {en}"
    if isinstance(exc, e.NetworkError):
        return (f"Không kết nối được tới {exc.url} ({exc.reason})", f"could not reach {exc.url} ({exc.reason})")
    if isinstance(exc, e.SyncError):
        return (f"Đồng bộ không thực hiện được ({exc.reason}): {exc.target}",
                f"sync could not complete ({exc.reason}): {exc.target}")
    if isinstance(exc, e.EvidenceError):
        return f"Tệp minh chứng {exc.sha256[:12]}: {exc.problem}", f"evidence file {exc.sha256[:12]}: {exc.problem}"
    if isinstance(exc, e.InspectorError):
        return f"Lỗi: {exc}", f"error: {exc}"
    if isinstance(exc, UnicodeError):
        return ("Văn bản có ký tự không hợp lệ (không mã hoá được)", "the text holds characters that cannot be encoded")
    if isinstance(exc, PermissionError):
        return (f"Không có quyền đọc hoặc ghi {exc.filename or ''}",
                f"not allowed to read or write {exc.filename or ''}")
    if isinstance(exc, OSError):
        return (f"Không đọc hoặc ghi được {exc.filename or ''} ({exc.strerror or exc})",
                f"could not read or write {exc.filename or ''} ({exc.strerror or exc})")
    from inspector import paths

    log = paths.log_dir()
    return (f"Đã xảy ra lỗi không mong đợi; dữ liệu đã lưu không mất. Chi tiết trong nhật ký tại {log}",
            f"something unexpected went wrong; nothing saved is lost. The details are in the log in {log}")
