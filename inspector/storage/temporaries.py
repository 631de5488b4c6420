"""Temporary files that a killed process leaves behind, and where exports are staged.

Two kinds: evidence being copied in (``evidence/ab/.incoming-*``, renamed into place when
complete) and documents being exported (staged in the data folder's private ``tmp/`` folder
when it is on the same filesystem as the target, so a kill never leaves a partial file in the
user's export folder; otherwise beside the target under a hidden name that is recorded in
``tmp/pending`` until it is gone). `remove_leftovers` runs when the app or a command opens the
data folder, and in doctor; it only removes files older than `STALE_AFTER`, so an export or
copy still running in another window is left alone.
"""

from __future__ import annotations

import contextlib
import logging
import os
import tempfile
import time
from pathlib import Path

log = logging.getLogger(__name__)

STALE_AFTER = 15 * 60  # seconds; a live copy or export touches its file far more often
INCOMING_PREFIX = ".incoming-"
STAGING_FOLDER = "tmp"
PENDING_FILE = "pending"


def staging_dir(data_folder: Path) -> Path:
    return data_folder / STAGING_FOLDER


def _process_umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


# Read once: a document gets the permissions any file the user saves gets (mkstemp's 0600
# would make an exported minutes file unreadable to colleagues on a shared folder).
_DOCUMENT_MODE = 0o666 & ~_process_umask()


def _document_mode(fd: int) -> None:
    if hasattr(os, "fchmod"):
        with contextlib.suppress(OSError):
            os.fchmod(fd, _DOCUMENT_MODE)


def stage_file(out: Path, data_folder: Path | None = None) -> tuple[int, str]:
    """A new temporary file (fd, name) from which `out` will be made by `os.replace`.

    In the data folder's private ``tmp/`` when that is on the same filesystem as `out` (the
    rename is then atomic and nothing partial ever appears in the user's folder), else beside
    `out` under a hidden name recorded in ``tmp/pending`` so that a kill's leftover is found
    and removed later. Raises OSError as `tempfile.mkstemp` does.
    """
    from inspector import paths

    data = data_folder or paths.data_dir()
    folder = staging_dir(data)
    prefix = f".{out.stem[:40]}."
    try:
        if not data.is_dir():  # never create the user's data folder for an export (self-test)
            raise FileNotFoundError(data)
        folder.mkdir(exist_ok=True)
        if os.stat(folder).st_dev == os.stat(out.parent).st_dev and os.access(folder, os.W_OK):
            fd, name = tempfile.mkstemp(prefix=prefix, suffix=".tmp", dir=folder)
            _document_mode(fd)
            return fd, name
    except OSError:
        folder = None  # type: ignore[assignment]
    fd, name = tempfile.mkstemp(prefix=prefix, suffix=".tmp", dir=out.parent)
    _document_mode(fd)
    if folder is not None:
        with contextlib.suppress(OSError), (folder / PENDING_FILE).open("a", encoding="utf-8") as fh:
            fh.write(name + "\n")
    return fd, name


def remove_leftovers(data_folder: Path, *, older_than: float = STALE_AFTER) -> list[Path]:
    """Remove stale temporaries of the data folder (evidence being copied in, exports being
    staged, partial exports beside their targets); return what was removed."""
    removed: list[Path] = []
    cutoff = time.time() - older_than

    def stale(path: Path) -> bool:
        try:
            return path.is_file() and path.stat().st_mtime < cutoff
        except OSError:
            return False

    def remove(path: Path) -> None:
        try:
            path.unlink()
            removed.append(path)
        except OSError:
            pass

    evidence = data_folder / "evidence"
    if evidence.is_dir():
        for path in evidence.glob(f"??/{INCOMING_PREFIX}*"):
            if stale(path):
                remove(path)
    staging = staging_dir(data_folder)
    if staging.is_dir():
        for path in staging.glob(".*.tmp"):
            if stale(path):
                remove(path)
        pending = staging / PENDING_FILE
        if pending.is_file():
            keep = []
            with contextlib.suppress(OSError):
                for line in pending.read_text(encoding="utf-8").splitlines():
                    path = Path(line)
                    if not line or not path.name.startswith(".") or not path.name.endswith(".tmp"):
                        continue
                    if stale(path):
                        remove(path)
                    elif path.exists():
                        keep.append(line)
                if keep:
                    pending.write_text("".join(k + "\n" for k in keep), encoding="utf-8")
                else:
                    pending.unlink()
    if removed:
        log.info("removed %d leftover temporary files", len(removed))
    return removed
