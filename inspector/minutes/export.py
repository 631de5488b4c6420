"""`export_minutes`: an inspection record → the biên bản kiểm tra as a .docx file.

The one function the UI calls (in a worker thread) and the CLI calls directly. It reports progress
as (done, total) and stops with `Cancelled` when asked. The file is written to a temporary name
(staged in the data folder's tmp/, see `_temp_file`) and moved into place at the end, so a failed
or cancelled export never leaves a half-written document over a good one.
"""

from __future__ import annotations

import errno
import hashlib
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from inspector.checklists.template import ChecklistTemplate
from inspector.domain import InspectionRecord
from inspector.errors import Cancelled, ExportError
from inspector.minutes.content import MinutesWarning
from inspector.minutes.narrative import (
    EVIDENCE_ALTERED,
    EVIDENCE_MISSING,
    EVIDENCE_OK,
    build_content,
)
from inspector.minutes.wording import MinutesSettings, Wording, load_wording
from inspector.minutes.writer import write_docx

Progress = Callable[[int, int], None]
"""progress(done, total): called as the export advances; done reaches total at the end."""

EvidencePath = Callable[[str], Path]
"""evidence_path(sha256) → where the evidence file should be (storage's `evidence_path`)."""

_HASH_CHUNK = 1 << 20
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class MinutesResult:
    """What was written: the file, its size and what could not be fully shown (warnings)."""

    path: Path
    size: int
    items: int
    evidence: int
    warnings: tuple[MinutesWarning, ...] = ()


def export_minutes(record: InspectionRecord, template: ChecklistTemplate, out_path: str | Path, *,
                   settings: MinutesSettings | None = None, wording: Wording | None = None,
                   evidence_path: EvidencePath | None = None, progress: Progress | None = None,
                   cancelled: Callable[[], bool] | None = None, draft: bool = False) -> MinutesResult:
    """Write the minutes of `record` (made under `template`) to `out_path` (.docx).

    `draft`: the internal working copy ("BẢN LÀM VIỆC – KHÔNG PHÁT HÀNH" on every page, with
    reference marks, item codes and the team's check list) instead of the official minutes.

    `settings` chooses the wording (see `MinutesSettings`; `wording` may be given instead when
    already loaded). With `evidence_path`, each evidence file is checked (present, same SHA-256)
    and the appendix marks missing or altered ones; the export still succeeds and lists them in
    `MinutesResult.warnings`. Raises `Cancelled`, `WordingError`, or `ExportError` (with a
    `reason`: ``missing-folder``, ``not-writable``, ``locked``, ``disk-full``).
    """
    out = Path(out_path)
    cancelled = cancelled or (lambda: False)
    items = template.item_count
    total = 4 + len(record.evidence) + items // 25 + len(record.evidence) // 25 + 8
    done = 0

    def step(n: int = 1) -> None:
        nonlocal done
        if cancelled():
            raise Cancelled()
        done = min(total - 1, done + n)
        if progress is not None:
            progress(done, total)

    step(0)
    check_output(out)
    wording = wording or load_wording(settings)
    step()
    state: dict[str, str] = {}
    if evidence_path is not None:
        for ev in record.evidence:
            state[ev.id] = check_evidence(evidence_path, ev.sha256, cancelled)
            step()
    content = build_content(record, template, wording, state, draft=draft)
    step()
    created = record.inspection.ended_at or record.inspection.started_at
    write_atomically(out, lambda handle: write_docx(content, wording, handle, tick=step, created=created),
                     cancelled)
    if progress is not None:
        progress(total, total)
    result = MinutesResult(out, out.stat().st_size, items, len(record.evidence), content.warnings)
    log.info("exported minutes of %s to %s (%d bytes, %d items, %d evidence, warnings: %s)",
             record.inspection.id, out, result.size, items, result.evidence,
             ", ".join(sorted({w.code for w in result.warnings})) or "none")
    return result


def check_evidence(evidence_path: EvidencePath, sha256: str,
                   cancelled: Callable[[], bool] | None = None) -> str:
    """``ok``, ``missing`` or ``altered`` (the file's SHA-256 differs from the recorded one)."""
    try:
        path = Path(evidence_path(sha256))
    except Exception:  # storage may raise for an unknown or damaged blob: it is not there
        return EVIDENCE_MISSING
    digest = hashlib.sha256()
    try:
        with path.open("rb") as handle:
            while chunk := handle.read(_HASH_CHUNK):
                if cancelled is not None and cancelled():
                    raise Cancelled()
                digest.update(chunk)
    except OSError:
        return EVIDENCE_MISSING
    return EVIDENCE_OK if digest.hexdigest() == sha256.lower() else EVIDENCE_ALTERED


def check_output(out: Path) -> None:
    """Refuse early, before any work, a target whose folder is missing or that is a folder."""
    if not out.parent.is_dir():
        raise ExportError(out, "missing-folder", str(out.parent))
    if out.is_dir():
        raise ExportError(out, "not-writable", "a folder has that name")


def write_atomically(out: Path, write: Callable[[IO[bytes]], None],
                     cancelled: Callable[[], bool] | None = None) -> None:
    """Run `write(handle)` into a temporary file next to `out`, flush it to disk, then move it
    over `out`: a failed or cancelled export never leaves a half-written file over a good one.

    Raises `ExportError` (``not-writable``, ``locked``, ``disk-full``) or `Cancelled`.
    """
    fd, tmp_name = _temp_file(out)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        if cancelled is not None and cancelled():
            raise Cancelled()
        # mkstemp makes the file readable by its owner only; a document is shared (a team
        # folder, a network drive), so it gets the mode any new file of this user gets.
        os.chmod(tmp, 0o666 & ~current_umask())
        _replace(tmp, out)
    except OSError as exc:  # writing the temporary file failed (disk full, device gone…)
        tmp.unlink(missing_ok=True)
        raise _os_error(out, exc) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def current_umask() -> int:
    """The process's file-creation mask (read without changing it where the system allows)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)  # elsewhere the only way to read it is to set it, then put it back
    os.umask(mask)
    return mask


def _temp_file(out: Path) -> tuple[int, str]:
    """Staged in the data folder's private tmp/ (same filesystem: atomic rename, nothing partial
    in the user's folder after a kill), see inspector.storage.temporaries.stage_file."""
    from inspector.storage.temporaries import stage_file

    try:
        return stage_file(out)
    except PermissionError as exc:
        raise ExportError(out, "not-writable", str(exc)) from exc
    except OSError as exc:
        raise _os_error(out, exc) from exc


def _replace(tmp: Path, out: Path) -> None:
    try:
        os.replace(tmp, out)
    except PermissionError as exc:
        # On Windows a document open in Word cannot be replaced.
        reason = "locked" if out.exists() else "not-writable"
        raise ExportError(out, reason, str(exc)) from exc
    except OSError as exc:
        raise _os_error(out, exc) from exc


def _os_error(out: Path, exc: OSError) -> ExportError:
    if exc.errno == errno.ENOSPC:
        return ExportError(out, "disk-full", str(exc))
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return ExportError(out, "not-writable", str(exc))
    if exc.errno == errno.EISDIR:
        return ExportError(out, "not-writable", "a folder has that name")
    return ExportError(out, "not-writable", str(exc))
