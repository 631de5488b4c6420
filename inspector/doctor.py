"""`doctor`: check the database and the evidence files, and report plainly.

Runs SQLite's integrity and foreign-key checks, checks the tables against the revision log,
verifies every seal against its content and amendment chain (tampering), re-hashes every
evidence file that a record names, and removes stale temporary files. `diagnose` opens the
file whichever way still works (normally, read-only, or damaged without the quick check) so
that a damaged database gets its problems listed rather than "cannot open". Long: takes
`progress` and `cancelled` callables like every core job.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from inspector.errors import Cancelled, DatabaseCorruptError, DataFolderError, StorageError
from inspector.storage.store import IntegrityProblem, Store

Progress = Callable[[int, int, str], None]
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class EvidenceProblem:
    sha256: str
    problem: str  # "missing" | "altered" | "unreadable"
    evidence_ids: tuple[str, ...]


@dataclass(frozen=True)
class DoctorReport:
    database: str
    schema_version: int
    counts: dict[str, int]
    integrity: tuple[IntegrityProblem, ...] = ()
    evidence: tuple[EvidenceProblem, ...] = ()
    blobs_checked: int = 0
    orphan_blobs: tuple[str, ...] = field(default=())  # on disk, named by no record (harmless)
    leftovers_removed: tuple[str, ...] = ()  # stale temporary files removed (a killed copy or export)
    read_only: bool = False  # the data folder cannot be written: checked, nothing removed
    damaged: bool = False  # SQLite's check failed: writes are refused until `doctor --repair`

    @property
    def ok(self) -> bool:
        return not self.integrity and not self.evidence

    @property
    def repairable(self) -> bool:
        """True when `doctor --repair` (rebuild from the revision log) is the way out."""
        return self.damaged or any(p.kind in ("sqlite", "log", "foreign-key") for p in self.integrity)


def diagnose(path: Path, progress: Progress | None = None,
             cancelled: Callable[[], bool] | None = None) -> DoctorReport:
    """Run the doctor on the database file at `path`, opening it whichever way still works.

    Raises DatabaseCorruptError for an empty file (nothing to check: move it aside), and
    DatabaseTooNewError / DataFolderError when it cannot be read at all.
    """
    damaged = False
    try:
        store = Store.open(path)
    except DataFolderError as exc:
        if exc.reason != "read-only" or not Path(path).is_file():
            raise
        store = Store.open(path, read_only=True)
    except DatabaseCorruptError as exc:
        if exc.empty:
            raise
        store, damaged = Store.open(path, read_only=True, check=False), True
    with store:
        return run_doctor(store, progress, cancelled, damaged=damaged)


def run_doctor(store: Store, progress: Progress | None = None,
               cancelled: Callable[[], bool] | None = None, *, damaged: bool = False) -> DoctorReport:
    """Check everything; raise Cancelled if `cancelled()` becomes true."""
    from inspector.storage.migrations import schema_version
    from inspector.storage.temporaries import remove_leftovers

    def step(done: int, total: int, what: str) -> None:
        if cancelled and cancelled():
            raise Cancelled()
        if progress:
            progress(done, total, what)

    step(0, 1, "database")
    try:
        integrity = store.check_integrity()
    except StorageError as exc:  # a damaged file: list what SQLite says, then what could not be read
        integrity = [IntegrityProblem("sqlite", None, r) for r in _sqlite_check(store)]
        integrity.append(IntegrityProblem("sqlite", None, f"could not read the rest: {exc.detail}"))
        damaged = True
    try:
        refs = store.referenced_blobs()
    except StorageError:
        refs = {}
    problems = []
    total = len(refs)
    for n, (sha, ids) in enumerate(sorted(refs.items()), start=1):
        step(n - 1, total, "evidence")
        issue = store.blobs.verify(sha)
        if issue:
            problems.append(EvidenceProblem(sha, issue, tuple(sorted(set(ids)))))
    step(total, total, "evidence")
    orphans = tuple(sorted(set(store.blobs.all_hashes()) - refs.keys())) if refs or not damaged else ()
    removed = store.leftovers_removed
    if not store.read_only:
        removed += tuple(str(p) for p in remove_leftovers(store.path.parent))
    try:
        version = schema_version(store.conn)
    except Exception:  # noqa: BLE001 - a damaged file: not essential
        version = 0
    try:
        counts = store.counts()
    except Exception:  # noqa: BLE001 - a damaged file: the counts are not essential
        counts = {}
    report = DoctorReport(
        database=str(store.path), schema_version=version, counts=counts,
        integrity=tuple(integrity), evidence=tuple(problems), blobs_checked=total, orphan_blobs=orphans,
        leftovers_removed=removed, read_only=store.read_only, damaged=damaged,
    )
    log.info("doctor: %s, %d integrity problems, %d evidence problems, %d files checked, %d orphans,"
             " %d leftovers removed", "ok" if report.ok else "PROBLEMS", len(report.integrity),
             len(report.evidence), total, len(orphans), len(removed))
    for p in report.integrity:
        log.warning("doctor: %s problem in %s", p.kind, p.inspection_id or "database")
    for e in report.evidence:
        log.warning("doctor: evidence %s %s", e.sha256[:16], e.problem)
    return report


def _sqlite_check(store: Store) -> list[str]:
    import sqlite3

    try:
        rows = [r[0] for r in store.conn.execute("PRAGMA integrity_check(100)").fetchall()]
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    return [r for r in rows if r != "ok"]
