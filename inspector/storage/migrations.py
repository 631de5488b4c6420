"""Versioned schema migrations.

The schema version is SQLite's `user_version`. Opening a database runs the missing migrations
in one transaction each, after copying the file aside (`…bak-v<old>`), so an upgrade that fails
loses nothing. A database from a newer program is refused before anything is written.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from inspector.errors import DatabaseTooNewError
from inspector.storage.database import translate, write_transaction
from inspector.text import fold

_SCHEMA_1 = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

-- Snapshot of every checklist template an inspection was made under, by content hash.
CREATE TABLE templates (
    content_hash TEXT PRIMARY KEY,
    template_id TEXT NOT NULL,
    version TEXT NOT NULL,
    body TEXT NOT NULL
);

-- Immutable revision log: every version of every record. Current state below is derived.
CREATE TABLE revisions (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    inspection_id TEXT NOT NULL,
    entity TEXT NOT NULL,
    key TEXT NOT NULL,
    parents TEXT NOT NULL,
    device TEXT NOT NULL,
    actor TEXT NOT NULL,
    at TEXT NOT NULL,
    data TEXT
);
CREATE INDEX revisions_record ON revisions (inspection_id, entity, key);

CREATE TABLE heads (
    inspection_id TEXT NOT NULL,
    entity TEXT NOT NULL,
    key TEXT NOT NULL,
    revision TEXT NOT NULL REFERENCES revisions (id),
    PRIMARY KEY (inspection_id, entity, key, revision)
) WITHOUT ROWID;

CREATE TABLE inspections (
    id TEXT PRIMARY KEY,
    template_hash TEXT NOT NULL REFERENCES templates (content_hash),
    province_era TEXT NOT NULL,
    province_code TEXT NOT NULL,
    status TEXT NOT NULL,
    started_at TEXT,
    updated_at TEXT,
    data TEXT NOT NULL,
    revision TEXT NOT NULL
);

CREATE TABLE findings (
    inspection_id TEXT NOT NULL REFERENCES inspections (id) ON DELETE CASCADE,
    item_id TEXT NOT NULL,
    status TEXT,
    answered INTEGER NOT NULL,
    data TEXT NOT NULL,
    revision TEXT NOT NULL,
    conflict INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (inspection_id, item_id)
) WITHOUT ROWID;

CREATE TABLE evidence (
    id TEXT PRIMARY KEY,
    inspection_id TEXT NOT NULL REFERENCES inspections (id) ON DELETE CASCADE,
    item_id TEXT,
    sha256 TEXT NOT NULL,
    data TEXT NOT NULL,
    revision TEXT NOT NULL
);
CREATE INDEX evidence_inspection ON evidence (inspection_id);
CREATE INDEX evidence_sha ON evidence (sha256);

CREATE TABLE recommendations (
    id TEXT PRIMARY KEY,
    inspection_id TEXT NOT NULL REFERENCES inspections (id) ON DELETE CASCADE,
    data TEXT NOT NULL,
    revision TEXT NOT NULL
);
CREATE INDEX recommendations_inspection ON recommendations (inspection_id);

CREATE TABLE seals (
    inspection_id TEXT NOT NULL REFERENCES inspections (id),
    seq INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    canonical TEXT NOT NULL,
    sealed_at TEXT NOT NULL,
    sealed_by TEXT NOT NULL,
    PRIMARY KEY (inspection_id, seq)
);

CREATE TABLE amendments (
    inspection_id TEXT NOT NULL REFERENCES inspections (id),
    seal_seq INTEGER NOT NULL,
    reason TEXT NOT NULL,
    at TEXT NOT NULL,
    by TEXT NOT NULL,
    PRIMARY KEY (inspection_id, seal_seq)
);

CREATE TABLE audit (
    seq INTEGER PRIMARY KEY,
    inspection_id TEXT NOT NULL,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    entity TEXT NOT NULL,
    key TEXT NOT NULL,
    field TEXT NOT NULL,
    old TEXT,
    new TEXT,
    reason TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_inspection ON audit (inspection_id, seq);
"""


def _migration_1(conn: sqlite3.Connection) -> None:
    for statement in _SCHEMA_1.split(";"):
        if statement.strip():
            conn.execute(statement)


def search_text_of(header: dict) -> str:
    """What the inspection list search looks through, folded (đ→d, no marks, lower case)."""
    province = header.get("province") or {}
    parts = [province.get("name", ""), header.get("inspected_unit", ""), header.get("place", ""),
             header.get("plan_number", ""), header.get("portal_url", "")]
    parts += [m.get("name", "") for m in header.get("team", [])]
    return fold(" ".join(p for p in parts if p))


REFRESH_PROGRESS = (
    "UPDATE inspections SET (answered, not_met, conflicts) = ("
    " SELECT coalesce(sum(f.answered), 0), coalesce(sum(f.status = 'khong_dat'), 0), coalesce(sum(f.conflict), 0)"
    " FROM findings f WHERE f.inspection_id = inspections.id) WHERE id = ?"
)


def _migration_2(conn: sqlite3.Connection) -> None:
    """Accent-insensitive search and fast progress counts for the inspection list."""
    conn.execute("ALTER TABLE inspections ADD COLUMN search_text TEXT NOT NULL DEFAULT ''")
    rows = conn.execute("SELECT id, data FROM inspections").fetchall()
    for inspection_id, data in rows:
        conn.execute("UPDATE inspections SET search_text = ? WHERE id = ?",
                     (search_text_of(json.loads(data)), inspection_id))
    conn.execute("CREATE INDEX inspections_province ON inspections (province_era, province_code)")
    # Progress counts kept on the inspection row, refreshed whenever one of its findings changes,
    # so listing hundreds of inspections never scans their findings.
    for column in ("answered", "not_met", "conflicts"):
        conn.execute(f"ALTER TABLE inspections ADD COLUMN {column} INTEGER NOT NULL DEFAULT 0")
    conn.execute(REFRESH_PROGRESS.replace("WHERE id = ?", ""))


_SCHEMA_3 = """
-- Sync (inspector.sync): what this device knows about each sync target. Never content: the
-- revisions themselves stay in `revisions`. A target is known by the id in its format file, a
-- location (folder path, WebDAV URL) remembers which target it held last time (safety brake).
CREATE TABLE sync_locations (
    location TEXT PRIMARY KEY,
    target_id TEXT,
    last_attempt_at TEXT,
    last_success_at TEXT,
    last_result TEXT
);

-- Revisions up to pushed_seq (local revisions.seq) are all on the target.
CREATE TABLE sync_targets (
    target_id TEXT PRIMARY KEY,
    pushed_seq INTEGER NOT NULL DEFAULT 0
);

-- Immutable files of a target already taken in (kind: pack, template, template-rejected).
CREATE TABLE sync_files (
    target_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    name TEXT NOT NULL,
    PRIMARY KEY (target_id, kind, name)
) WITHOUT ROWID;

-- Revisions and evidence blobs known to be on a target (read from it or written to it).
CREATE TABLE sync_remote_revisions (
    target_id TEXT NOT NULL,
    revision_id TEXT NOT NULL,
    PRIMARY KEY (target_id, revision_id)
) WITHOUT ROWID;

CREATE TABLE sync_remote_blobs (
    target_id TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    PRIMARY KEY (target_id, sha256)
) WITHOUT ROWID;
"""


def _migration_3(conn: sqlite3.Connection) -> None:
    """Local sync state: targets, files taken in, what each target already holds."""
    for statement in _SCHEMA_3.split(";"):
        if statement.strip():
            conn.execute(statement)


_SCHEMA_4 = """
-- Follow-up evidence: files (in the blob store) that a recommendation's follow-up names, derived
-- from the recommendation's current data like the other tables, so the evidence checks and
-- "which recommendation is this file for" need no scan of every recommendation.
CREATE TABLE recommendation_files (
    recommendation_id TEXT NOT NULL REFERENCES recommendations (id) ON DELETE CASCADE,
    inspection_id TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    file_name TEXT NOT NULL,
    PRIMARY KEY (recommendation_id, sha256)
) WITHOUT ROWID;
CREATE INDEX recommendation_files_sha ON recommendation_files (sha256)
"""

REFRESH_RECOMMENDATION_FILES = (
    "INSERT OR REPLACE INTO recommendation_files (recommendation_id, inspection_id, sha256, file_name)"
    " VALUES (?, ?, ?, ?)"
)


def _migration_4(conn: sqlite3.Connection) -> None:
    """Follow-up evidence linked to recommendations. Recommendations made before this schema
    named their follow-up files in the note ("Minh chứng: x.pdf (SHA-256 …)"); those links are
    carried over, nothing is rewritten (the revisions, and so every seal, stay as they are)."""
    from inspector.domain.recommendation import followup_blobs

    for statement in _SCHEMA_4.split(";"):
        if statement.strip():
            conn.execute(statement)
    rows = conn.execute("SELECT id, inspection_id, data FROM recommendations").fetchall()
    for rec_id, inspection_id, data in rows:
        for sha, name in followup_blobs(json.loads(data)).items():
            conn.execute(REFRESH_RECOMMENDATION_FILES, (rec_id, inspection_id, sha, name))


_SCHEMA_5 = """
-- Live probe runs, each kept as one WARC file in the blob store (next to the evidence files).
-- Local to this database: a run is the team's working material. What they accepted from it is
-- stored (and synced) as findings and evidence.
CREATE TABLE probe_runs (
    id TEXT PRIMARY KEY,
    inspection_id TEXT NOT NULL REFERENCES inspections (id) ON DELETE CASCADE,
    started_at TEXT NOT NULL,
    target TEXT NOT NULL,
    template_id TEXT,
    sha256 TEXT NOT NULL,
    size INTEGER NOT NULL,
    summary TEXT NOT NULL,
    created_by TEXT NOT NULL DEFAULT ''
);
CREATE INDEX probe_runs_inspection ON probe_runs (inspection_id, started_at)
"""


def _migration_5(conn: sqlite3.Connection) -> None:
    """Probe runs kept with the inspection (WARC files in the blob store)."""
    for statement in _SCHEMA_5.split(";"):
        if statement.strip():
            conn.execute(statement)


MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [_migration_1, _migration_2, _migration_3, _migration_4,
                                                          _migration_5]
LATEST = len(MIGRATIONS)


def schema_version(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def migrate(conn: sqlite3.Connection, path: Path | None, target: int = LATEST) -> list[int]:
    """Bring the schema to `target`; return the versions applied. Refuse newer databases."""
    current = schema_version(conn)
    if current > LATEST:
        raise DatabaseTooNewError(path or ":memory:", current, LATEST)
    applied = []
    if current < target and current > 0 and path is not None:
        _backup(conn, path, current)
    for version in range(current + 1, target + 1):
        try:
            with write_transaction(conn, path):
                MIGRATIONS[version - 1](conn)
                conn.execute(f"PRAGMA user_version = {version}")
        except sqlite3.DatabaseError as exc:
            raise translate(exc, path) from exc
        applied.append(version)
    return applied


def _backup(conn: sqlite3.Connection, path: Path, version: int) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%d%H%M%S")
    target = path.with_name(f"{path.name}.bak-v{version}-{stamp}")
    dest = sqlite3.connect(target)
    try:
        conn.backup(dest)
    finally:
        dest.close()
    return target
