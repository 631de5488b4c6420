"""Handing a local file or folder to the system: its associated program or its file manager."""

from __future__ import annotations

from pathlib import Path


def open_local(path: Path) -> bool:
    """Open `path` (a file or a folder) the way the system opens it; False when nothing answered."""
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
