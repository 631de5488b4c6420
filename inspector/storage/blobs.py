"""Content-addressed evidence files next to the database: `evidence/ab/abcdef….blob`.

Files are written to a temporary name, flushed to disk and renamed into place, so a crash never
leaves a half-written blob under a real name. A blob's name is its SHA-256, so storing the same
photo twice stores it once, and verifying it is re-hashing it. Storing a file whose blob exists
but no longer matches its hash (damaged on disk) replaces the damaged blob: adding the original
again is how evidence is repaired.
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
from collections.abc import Iterator
from pathlib import Path

from inspector.errors import DataFolderError, EvidenceError
from inspector.storage.database import _folder_error

_SHA_RE = re.compile(r"^[0-9a-f]{64}$")
CHUNK = 1024 * 1024



def _sha256(data: bytes = b""):  # noqa: ANN202 - hashlib's object
    """hashlib.sha256, imported on first use: opening the store at start-up needs no hashing."""
    import hashlib

    return hashlib.sha256(data)

class BlobStore:
    def __init__(self, folder: Path):
        self.folder = folder

    def path(self, sha256: str) -> Path:
        if not _SHA_RE.match(sha256):
            raise EvidenceError(sha256, "not a SHA-256 hex digest")
        return self.folder / sha256[:2] / f"{sha256}.blob"

    def has(self, sha256: str) -> bool:
        return self.path(sha256).is_file()

    def put_bytes(self, data: bytes) -> str:
        sha = _sha256(data).hexdigest()
        if self.verify(sha) is not None:  # absent, or damaged: adding the original repairs it
            self._write(sha, iter([data]))
        return sha

    def put_file(self, source: Path) -> tuple[str, int]:
        """Copy a file in (streamed); return its SHA-256 and size."""
        digest = _sha256()
        size = 0
        try:
            with source.open("rb") as fh:
                while chunk := fh.read(CHUNK):
                    digest.update(chunk)
                    size += len(chunk)
        except OSError as exc:
            raise EvidenceError("0" * 64, f"cannot read {source}: {exc.strerror}", source) from exc
        sha = digest.hexdigest()
        if self.verify(sha) is not None:  # absent, or damaged: adding the original repairs it
            self._write(sha, _chunks(source), expected=sha)
        return sha, size

    def _write(self, sha: str, chunks: Iterator[bytes], expected: str | None = None) -> None:
        final = self.path(sha)
        try:
            final.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=final.parent, prefix=".incoming-")
        except OSError as exc:
            raise _folder_error(self.folder, exc) from exc
        try:
            digest = _sha256()
            with os.fdopen(fd, "wb") as out:
                for chunk in chunks:
                    digest.update(chunk)
                    out.write(chunk)
                out.flush()
                os.fsync(out.fileno())
            if expected and digest.hexdigest() != expected:
                raise EvidenceError(expected, "the file changed while it was being copied")
            os.replace(tmp, final)
            _fsync_dir(final.parent)
        except OSError as exc:
            _unlink_quietly(tmp)
            err = _folder_error(self.folder, exc)
            raise err from exc
        except BaseException:
            _unlink_quietly(tmp)
            raise

    def read(self, sha256: str) -> bytes:
        path = self.path(sha256)
        try:
            data = path.read_bytes()
        except FileNotFoundError as exc:
            raise EvidenceError(sha256, "missing", path) from exc
        except OSError as exc:
            raise EvidenceError(sha256, f"unreadable: {exc.strerror}", path) from exc
        if _sha256(data).hexdigest() != sha256:
            raise EvidenceError(sha256, "altered (hash does not match)", path)
        return data

    def verify(self, sha256: str) -> str | None:
        """None when the blob is present and intact, else "missing" / "altered" / "unreadable"."""
        path = self.path(sha256)
        digest = _sha256()
        try:
            with path.open("rb") as fh:
                while chunk := fh.read(CHUNK):
                    digest.update(chunk)
        except FileNotFoundError:
            return "missing"
        except OSError:
            return "unreadable"
        return None if digest.hexdigest() == sha256 else "altered"

    def all_hashes(self) -> Iterator[str]:
        if not self.folder.is_dir():
            return
        for path in self.folder.glob("??/*.blob"):
            if _SHA_RE.match(path.stem):
                yield path.stem


def _chunks(path: Path) -> Iterator[bytes]:
    with path.open("rb") as fh:
        while chunk := fh.read(CHUNK):
            yield chunk


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return  # Windows cannot open a directory for fsync; NTFS journals the rename
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _unlink_quietly(path: str) -> None:
    with contextlib.suppress(OSError):
        os.unlink(path)


__all__ = ["BlobStore", "DataFolderError"]
