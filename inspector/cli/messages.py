"""Messages the command line prints: Vietnamese first, then English, on standard error."""

from __future__ import annotations

import sys

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
