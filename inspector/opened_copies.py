"""Copies of evidence files handed to other programs (a viewer, Word): in the user's own cache
folder, readable by that user only.

The stored blob itself is never handed out (another program could change it). The copies used to
go to a fixed `inspector-evidence/` folder in the system temp folder, shared by every user of the
machine and readable by all: a scan of a province's documents is not for other accounts.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from inspector import paths
from inspector.domain.evidence import safe_file_name

FOLDER_NAME = "opened-evidence"


def copies_dir() -> Path:
    """The per-user private folder of opened copies: beside a moved data folder
    (`INSPECTOR_DATA_DIR`), else the platform's user cache folder."""
    data_override = os.environ.get(paths.DATA_DIR_ENV)
    base = (Path(data_override).expanduser() / "cache" if data_override
            else Path(platformdirs.user_cache_dir(paths.APP_NAME, paths.APP_AUTHOR)))
    return base / FOLDER_NAME


def _private(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    os.chmod(folder, 0o700)  # mkdir's mode is masked by the umask, and an old folder keeps its own
    return folder


def write_copy(data: bytes, sha256: str, file_name: str) -> Path:
    """Write `data` as `file_name` (its base name only) in a private folder of its own, so the
    system opens it with the right program; returns the copy's path."""
    root = _private(copies_dir())
    folder = _private(root / sha256[:16])
    target = folder / safe_file_name(file_name)  # never "..", NUL or a device name
    target.write_bytes(data)
    os.chmod(target, 0o600)
    return target
