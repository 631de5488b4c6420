"""`doctor`: check the database and the evidence files, and report plainly.

Runs SQLite's integrity and foreign-key checks, verifies every seal against its content
(tampering), and re-hashes every evidence file that a record names. Long: takes `progress`
and `cancelled` callables like every core job.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field

from inspector.errors import Cancelled
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

    @property
    def ok(self) -> bool:
        return not self.integrity and not self.evidence


def run_doctor(store: Store, progress: Progress | None = None,
               cancelled: Callable[[], bool] | None = None) -> DoctorReport:
    """Check everything; raise Cancelled if `cancelled()` becomes true."""
    from inspector.storage.migrations import schema_version

    def step(done: int, total: int, what: str) -> None:
        if cancelled and cancelled():
            raise Cancelled()
        if progress:
            progress(done, total, what)

    step(0, 1, "database")
    integrity = store.check_integrity()
    refs = store.referenced_blobs()
    problems = []
    total = len(refs)
    for n, (sha, ids) in enumerate(sorted(refs.items()), start=1):
        step(n - 1, total, "evidence")
        issue = store.blobs.verify(sha)
        if issue:
            problems.append(EvidenceProblem(sha, issue, tuple(sorted(set(ids)))))
    step(total, total, "evidence")
    orphans = tuple(sorted(set(store.blobs.all_hashes()) - refs.keys()))
    report = DoctorReport(
        database=str(store.path), schema_version=schema_version(store.conn), counts=store.counts(),
        integrity=tuple(integrity), evidence=tuple(problems), blobs_checked=total, orphan_blobs=orphans,
    )
    log.info("doctor: %s, %d integrity problems, %d evidence problems, %d files checked, %d orphans",
             "ok" if report.ok else "PROBLEMS", len(report.integrity), len(report.evidence), total,
             len(orphans))
    for p in report.integrity:
        log.warning("doctor: %s problem in %s", p.kind, p.inspection_id or "database")
    for e in report.evidence:
        log.warning("doctor: evidence %s %s", e.sha256[:16], e.problem)
    return report
