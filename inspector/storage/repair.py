"""`doctor --repair`: rebuild the database from its revision log into a new file, keeping the old.

The revision log is the truth; every other table (current inspections, findings, evidence,
recommendations, seals, amendments, heads) is a cache of it. So a damaged file, or tables
edited outside Inspector, are repaired by reading every revision that can still be read (each
must match its id, the SHA-256 of its content), writing them into a fresh database and
materialising the current state again. The checklist snapshots, the audit trail, the sync
bookkeeping and the device id are copied as far as they can be read. The old file is never
changed: it is renamed aside (``inspector.sqlite3.damaged-YYYYmmdd-HHMMSS``) and stays there.
Evidence files are not touched.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from inspector.storage.database import is_empty_file, open_connection
from inspector.storage.migrations import LATEST

log = logging.getLogger(__name__)

# Tables rebuilt from the log, never copied.
_DERIVED = {"revisions", "heads", "inspections", "findings", "evidence", "recommendations", "seals",
            "amendments", "recommendation_files", "templates", "audit", "meta"}


@dataclass(frozen=True)
class RepairResult:
    database: Path        # the rebuilt database (at the original path)
    kept: Path            # the old file, renamed aside and left as it was
    revisions: int        # revisions carried over
    skipped: int          # revisions that could not be read or no longer match their id
    records: int          # records materialised
    left_out: tuple[str, ...] = ()  # inspections that could not be rebuilt (why), e.g. no checklist snapshot


def aside_name(path: Path, what: str = "damaged") -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    candidate = path.with_name(f"{path.name}.{what}-{stamp}")
    n = 1
    while candidate.exists():
        n += 1
        candidate = path.with_name(f"{path.name}.{what}-{stamp}-{n}")
    return candidate


def move_aside(path: Path, what: str = "damaged") -> Path:
    """Rename the database (and its -wal and -shm files) aside; return the new name."""
    target = aside_name(path, what)
    for suffix in ("-wal", "-shm"):
        side = path.with_name(path.name + suffix)
        if side.exists():
            os.replace(side, target.with_name(target.name + suffix))
    os.replace(path, target)
    return target


def keep_aside(path: Path, what: str = "damaged") -> Path:
    """Keep the database (and its -wal and -shm files) under an aside name without ever leaving
    `path` missing: hard links where the filesystem has them, copies otherwise."""
    import shutil

    target = aside_name(path, what)
    for suffix in ("", "-wal", "-shm"):
        side = path.with_name(path.name + suffix)
        if side.exists():
            dest = target.with_name(target.name + suffix)
            try:
                os.link(side, dest)
            except OSError:
                shutil.copy2(side, dest)
    return target


def rebuild_from_log(path: Path) -> RepairResult:
    """Rebuild `path` from its revision log (see the module docstring)."""
    from inspector.storage.store import Store

    path = Path(path)
    if is_empty_file(path):
        kept = move_aside(path, "empty")
        log.warning("repair: empty database moved aside to %s", kept.name)
        return RepairResult(path, kept, 0, 0, 0)
    old = open_connection(path, LATEST, read_only=True)
    fresh_path = aside_name(path, "rebuilding")
    try:
        fresh = Store.open(fresh_path)
        try:
            carried, skipped = _copy(old, fresh)
            records, left_out = fresh.rebuild_current_state()
        finally:
            fresh.close()
    except BaseException:
        old.close()
        for suffix in ("", "-wal", "-shm"):
            with contextlib.suppress(OSError):
                fresh_path.with_name(fresh_path.name + suffix).unlink()
        raise
    old.close()
    _checkpoint(fresh_path)  # the rebuilt database is one self-contained file now
    kept = keep_aside(path)
    # The old -wal must not be applied to the new file; then one atomic rename: at no moment is
    # there no database at `path` (the program would make a new empty one there).
    for suffix in ("-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            path.with_name(path.name + suffix).unlink()
    os.replace(fresh_path, path)
    log.warning("repair: rebuilt %s from %d revisions (%d skipped); old file kept as %s",
                path.name, carried, skipped, kept.name)
    return RepairResult(path, kept, carried, skipped, records, tuple(left_out))


def _checkpoint(path: Path) -> None:
    """Fold the -wal into the file so that renaming the one file moves everything."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("PRAGMA journal_mode = DELETE")
    finally:
        conn.close()
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA journal_mode = WAL")
    finally:
        conn.close()


def _rows(conn: sqlite3.Connection, table: str, order: str = "") -> tuple[list[str], list[tuple]]:
    """Every readable row of `table`: all at once, or row by row around damaged pages."""
    try:
        columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
    except sqlite3.DatabaseError:
        return [], []
    if not columns:
        return [], []
    select = f"SELECT {', '.join(columns)} FROM {table}"
    try:
        return columns, conn.execute(f"{select} ORDER BY {order}" if order else select).fetchall()
    except sqlite3.DatabaseError:
        pass
    rows = []
    try:
        top = conn.execute(f"SELECT max(rowid) FROM {table}").fetchone()[0] or 0
    except sqlite3.DatabaseError:
        return columns, []  # no rowid to walk (or the table's root is gone): nothing more to read
    for rowid in range(1, top + 1):
        with contextlib.suppress(sqlite3.DatabaseError):
            rows += conn.execute(f"{select} WHERE rowid = ?", (rowid,)).fetchall()
    return columns, rows


def _copy(old: sqlite3.Connection, fresh: object) -> tuple[int, int]:
    from inspector.storage.store import _revision, revision_id

    store = fresh  # a Store
    conn: sqlite3.Connection = store.conn  # type: ignore[attr-defined]
    carried = skipped = 0
    with store.transaction():  # type: ignore[attr-defined]
        _, meta = _rows(old, "meta")
        conn.executemany("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", meta)
        _, templates = _rows(old, "templates")
        conn.executemany("INSERT OR IGNORE INTO templates (content_hash, template_id, version, body)"
                         " VALUES (?, ?, ?, ?)", templates)
        columns, revisions = _rows(old, "revisions", "seq")
        want = ["id", "inspection_id", "entity", "key", "parents", "device", "actor", "at", "data"]
        for row in revisions:
            try:
                rev = _revision(tuple(row[columns.index(c)] for c in want))
            except (ValueError, TypeError, KeyError):
                skipped += 1
                continue
            if revision_id(rev, json_native=True) != rev.id:
                skipped += 1
                continue
            carried += store._insert_revision(rev)  # type: ignore[attr-defined]
        columns, audit = _rows(old, "audit", "seq")
        if columns:
            fields = [c for c in columns if c != "seq"]
            conn.executemany(f"INSERT INTO audit ({', '.join(fields)}) VALUES ({', '.join('?' * len(fields))})",
                             [tuple(r[columns.index(c)] for c in fields) for r in audit])
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        for table in tables:
            if table in _DERIVED or table.startswith("sqlite_"):
                continue
            columns, rows = _rows(old, table)
            if rows:
                marks = ", ".join("?" * len(columns))
                with contextlib.suppress(sqlite3.DatabaseError):
                    conn.executemany(f"INSERT OR IGNORE INTO {table} ({', '.join(columns)}) VALUES ({marks})", rows)
    return carried, skipped
