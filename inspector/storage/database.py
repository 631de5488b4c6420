"""Opening the SQLite file: pragmas, transactions, and SQLite errors turned into ours."""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from inspector.errors import (
    DatabaseCorruptError,
    DatabaseTooNewError,
    DataFolderError,
    StorageError,
)

BUSY_TIMEOUT_MS = 10_000


def open_connection(path: Path, max_version: int, *, read_only: bool = False,
                    check: bool = False) -> sqlite3.Connection:
    """Open (creating if needed) the database at `path` in WAL mode with foreign keys on.

    A database whose schema is newer than `max_version` is refused before anything is written.
    An existing file of zero bytes is refused too (DatabaseCorruptError "empty"): SQLite would
    silently make a new empty database in it, and the evidence files beside it would lose their
    records. With `read_only`, nothing is created or written (a read-only data folder, doctor).
    With `check`, SQLite's quick check runs before anything is written (even the switch to WAL):
    a damaged file raises DatabaseCorruptError with what the check found.

    Autocommit mode (isolation_level=None): transactions are explicit (`write_transaction`), so
    nothing is left half-open and sqlite-utils' own helpers nest as savepoints.
    """
    folder = path.parent
    if is_empty_file(path):
        raise DatabaseCorruptError(path, "empty")
    if read_only:
        conn = _open_read_only(path, max_version)
        _raise_if_damaged(conn, path, check)
        return conn
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise _folder_error(folder, exc) from exc
    if not os.access(folder, os.W_OK):
        raise DataFolderError(folder, "read-only")
    try:
        conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False, timeout=BUSY_TIMEOUT_MS / 1000)
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        found = conn.execute("PRAGMA user_version").fetchone()[0]
        if found > max_version:
            conn.close()
            raise DatabaseTooNewError(path, found, max_version)
        _raise_if_damaged(conn, path, check)
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if mode.lower() != "wal":
            raise StorageError(path, f"could not switch to WAL journal (got {mode})")
        # FULL: a committed change survives a power cut, not only a crash of the program.
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
    except sqlite3.DatabaseError as exc:
        raise translate(exc, path) from exc
    return conn


def is_empty_file(path: Path) -> bool:
    """True for an existing database file of zero bytes whose write-ahead log holds nothing
    either (after a crash in WAL mode the data may still be in the -wal file)."""
    try:
        if path.stat().st_size:
            return False
    except OSError:
        return False
    wal = path.with_name(path.name + "-wal")
    return not wal.is_file() or wal.stat().st_size == 0


def _open_read_only(path: Path, max_version: int) -> sqlite3.Connection:
    """Open for reading only. SQLite needs to create the -shm file to read a WAL database; in a
    read-only folder it cannot, so fall back to `immutable` (nobody can write there either)."""
    if not path.is_file():
        raise DataFolderError(path.parent, "missing", str(path))
    uri = path.resolve().as_uri()
    last: sqlite3.DatabaseError | None = None
    for suffix in ("?mode=ro", "?immutable=1"):
        conn = None
        try:
            conn = sqlite3.connect(uri + suffix, uri=True, isolation_level=None, check_same_thread=False,
                                   timeout=BUSY_TIMEOUT_MS / 1000)
            found = conn.execute("PRAGMA user_version").fetchone()[0]
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.DatabaseError as exc:
            last = exc
            if conn is not None:
                conn.close()
            if suffix == "?mode=ro":  # e.g. cannot make the -shm file: try immutable
                continue
            raise translate(exc, path) from exc
        if found > max_version:
            conn.close()
            raise DatabaseTooNewError(path, found, max_version)
        conn.execute("PRAGMA query_only = ON")
        return conn
    raise translate(last or sqlite3.OperationalError("unable to open"), path)


def _raise_if_damaged(conn: sqlite3.Connection, path: Path, check: bool) -> None:
    if not check:
        return
    problems = quick_check(conn)
    if problems:
        conn.close()
        raise DatabaseCorruptError(path, f"damaged: {problems[0]}", tuple(problems))


def quick_check(conn: sqlite3.Connection, limit: int = 20) -> list[str]:
    """SQLite's quick integrity check: [] when the file is sound, else what it found (at most
    `limit` lines). Fast (tens of milliseconds for 70 MB): run on every open."""
    try:
        rows = [r[0] for r in conn.execute(f"PRAGMA quick_check({int(limit)})").fetchall()]
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    return [] if rows == ["ok"] else rows


def _folder_error(folder: Path, exc: OSError) -> DataFolderError:
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return DataFolderError(folder, "read-only", exc.strerror or "")
    if exc.errno == errno.ENOSPC:
        return DataFolderError(folder, "full", exc.strerror or "")
    return DataFolderError(folder, "missing", exc.strerror or str(exc))


def translate(exc: BaseException, path: Path | str | None) -> StorageError:
    """Map a sqlite3 or OS error to the core's exception tree."""
    if isinstance(exc, StorageError):
        return exc
    message = str(exc).lower()
    code = getattr(exc, "sqlite_errorname", "") or ""
    folder = Path(path).parent if path else Path(".")
    if isinstance(exc, OSError):
        return _folder_error(folder, exc)
    if "full" in message or code == "SQLITE_FULL":
        return DataFolderError(folder, "full", str(exc))
    if "readonly" in message or "read-only" in message or code.startswith("SQLITE_READONLY"):
        return DataFolderError(folder, "read-only", str(exc))
    if "not a database" in message or "malformed" in message or code in ("SQLITE_CORRUPT", "SQLITE_NOTADB"):
        return DatabaseCorruptError(path, str(exc))
    if "unable to open" in message or code == "SQLITE_CANTOPEN":
        return DataFolderError(folder, "missing", str(exc))
    return StorageError(path, str(exc))


@contextlib.contextmanager
def write_transaction(conn: sqlite3.Connection, path: Path | str | None = None) -> Iterator[None]:
    """One atomic write: BEGIN IMMEDIATE (or a savepoint when nested), COMMIT or ROLLBACK.

    IMMEDIATE takes the write lock up front, so two writers (the UI lane and a sync) wait for
    each other instead of failing half-way with SQLITE_BUSY.
    """
    nested = conn.in_transaction
    name = f"sp_{id(conn)}_{os.urandom(4).hex()}"
    try:
        conn.execute(f"SAVEPOINT {name}" if nested else "BEGIN IMMEDIATE")
    except sqlite3.DatabaseError as exc:
        raise translate(exc, path) from exc
    try:
        yield
    except BaseException as exc:
        if conn.in_transaction:
            if nested:
                conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
                conn.execute(f"RELEASE SAVEPOINT {name}")
            else:
                conn.execute("ROLLBACK")
        if isinstance(exc, (sqlite3.DatabaseError, OSError)) and not nested:
            raise translate(exc, path) from exc
        raise
    else:
        try:
            conn.execute(f"RELEASE SAVEPOINT {name}" if nested else "COMMIT")
        except sqlite3.DatabaseError as exc:
            if conn.in_transaction and not nested:
                conn.execute("ROLLBACK")
            raise translate(exc, path) from exc
