"""What this device remembers about sync targets (schema migration 3). SQL for `inspector.sync`.

A target is known by the id in its format file. For each target: which immutable files (packs,
published templates) were already taken in, which revisions and evidence blobs it is known to
hold, and up to which local revision sequence number everything was pushed. For each location
(folder path, WebDAV URL): which target it held last time, and the last attempt's result.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from inspector.domain.audit import Revision
from inspector.domain.serialize import format_datetime, parse_datetime
from inspector.storage.store import Store, _revision

_CHUNK = 500


def get_setting(store: Store, key: str) -> str | None:
    """A value from the database's key/value settings (sync settings live here, never a password)."""
    rows = store._rows("SELECT value FROM meta WHERE key = ?", (key,))
    return rows[0][0] if rows else None


def set_setting(store: Store, key: str, value: str | None) -> None:
    with store._tx():
        if value is None:
            store.conn.execute("DELETE FROM meta WHERE key = ?", (key,))
        else:
            store.conn.execute("INSERT INTO meta (key, value) VALUES (?, ?)"
                               " ON CONFLICT (key) DO UPDATE SET value = excluded.value", (key, value))


# ----------------------------------------------------------------- locations
def location_target(store: Store, location: str) -> str | None:
    """The target id this location held at the last successful contact, if any."""
    rows = store._rows("SELECT target_id FROM sync_locations WHERE location = ?", (location,))
    return rows[0][0] if rows else None


def remember_location(store: Store, location: str, target_id: str) -> None:
    with store._tx():
        store.conn.execute(
            "INSERT INTO sync_locations (location, target_id) VALUES (?, ?)"
            " ON CONFLICT (location) DO UPDATE SET target_id = excluded.target_id", (location, target_id))


def record_result(store: Store, location: str, at: datetime, ok: bool, result: dict[str, Any]) -> None:
    """Keep the outcome of the last sync attempt at `location` (shown as "last sync: …")."""
    stamp = format_datetime(at)
    body = json.dumps(dict(result, ok=ok), ensure_ascii=False, sort_keys=True)
    with store._tx():
        store.conn.execute(
            "INSERT INTO sync_locations (location, last_attempt_at, last_success_at, last_result)"
            " VALUES (?, ?, ?, ?) ON CONFLICT (location) DO UPDATE SET"
            " last_attempt_at = excluded.last_attempt_at,"
            " last_success_at = coalesce(excluded.last_success_at, sync_locations.last_success_at),"
            " last_result = excluded.last_result",
            (location, stamp, stamp if ok else None, body))


def last_result(store: Store, location: str) -> tuple[datetime | None, datetime | None, dict[str, Any] | None]:
    """(last attempt, last success, result of the last attempt) at `location`."""
    rows = store._rows("SELECT last_attempt_at, last_success_at, last_result FROM sync_locations"
                       " WHERE location = ?", (location,))
    if not rows:
        return None, None, None
    attempt, success, result = rows[0]
    return (parse_datetime(attempt) if attempt else None, parse_datetime(success) if success else None,
            json.loads(result) if result else None)


# ------------------------------------------------------------------ targets
def seen_files(store: Store, target_id: str, kind: str) -> set[str]:
    return {r[0] for r in store._rows("SELECT name FROM sync_files WHERE target_id = ? AND kind = ?",
                                      (target_id, kind))}


def mark_files(store: Store, target_id: str, kind: str, names: Iterable[str]) -> None:
    with store._tx():
        store.conn.executemany("INSERT OR IGNORE INTO sync_files (target_id, kind, name) VALUES (?, ?, ?)",
                               [(target_id, kind, n) for n in names])


def mark_remote_revisions(store: Store, target_id: str, ids: Iterable[str]) -> None:
    with store._tx():
        store.conn.executemany("INSERT OR IGNORE INTO sync_remote_revisions (target_id, revision_id) VALUES (?, ?)",
                               [(target_id, i) for i in ids])


def mark_remote_blobs(store: Store, target_id: str, shas: Iterable[str]) -> None:
    with store._tx():
        store.conn.executemany("INSERT OR IGNORE INTO sync_remote_blobs (target_id, sha256) VALUES (?, ?)",
                               [(target_id, s) for s in shas])


def remote_blobs(store: Store, target_id: str, shas: Iterable[str]) -> set[str]:
    """Which of `shas` the target is known to hold."""
    shas = list(shas)
    known: set[str] = set()
    for start in range(0, len(shas), _CHUNK):
        chunk = shas[start:start + _CHUNK]
        known.update(r[0] for r in store._rows(
            f"SELECT sha256 FROM sync_remote_blobs WHERE target_id = ? AND sha256 IN ({','.join('?' * len(chunk))})",
            [target_id, *chunk]))
    return known


def pending_revisions(store: Store, target_id: str) -> tuple[int, list[tuple[int, Revision]]]:
    """(high-water mark, revisions the target may lack): local revisions after the last full push
    that were not read from or written to this target. Push them, then `set_pushed_seq(mark)`."""
    with store._tx():  # one snapshot: a UI write landing meanwhile is above the mark, pushed next time
        top = store._rows("SELECT coalesce(max(seq), 0) FROM revisions")[0][0]
        done = store._rows("SELECT pushed_seq FROM sync_targets WHERE target_id = ?", (target_id,))
        since = done[0][0] if done else 0
        rows = store._rows(
            "SELECT r.seq, r.id, r.inspection_id, r.entity, r.key, r.parents, r.device, r.actor, r.at, r.data"
            " FROM revisions r WHERE r.seq > ? AND r.seq <= ? AND NOT EXISTS (SELECT 1 FROM sync_remote_revisions x"
            " WHERE x.target_id = ? AND x.revision_id = r.id) ORDER BY r.seq", (since, top, target_id))
    return top, [(r[0], _revision(r[1:])) for r in rows]


def sample_inspections(store: Store) -> set[str]:
    """Inspections that are shipped sample data ("DỮ LIỆU MẪU"): any whose header was ever marked
    `sample` in the log, so a deleted sample is still known as one. Sync never sends them."""
    rows = store._rows("SELECT DISTINCT inspection_id FROM revisions WHERE entity = 'inspection'"
                       " AND json_extract(data, '$.sample') = 1")
    return {r[0] for r in rows}


def set_pushed_seq(store: Store, target_id: str, seq: int) -> None:
    with store._tx():
        store.conn.execute("INSERT INTO sync_targets (target_id, pushed_seq) VALUES (?, ?) ON CONFLICT (target_id)"
                           " DO UPDATE SET pushed_seq = max(pushed_seq, excluded.pushed_seq)", (target_id, seq))


def forget_target(store: Store, target_id: str) -> None:
    """Forget everything known about a target (it lost data): the next sync pushes everything again."""
    with store._tx():
        for table in ("sync_targets", "sync_files", "sync_remote_revisions", "sync_remote_blobs"):
            store.conn.execute(f"DELETE FROM {table} WHERE target_id = ?", (target_id,))


def live_record_count(store: Store) -> int:
    """Findings, evidence and recommendations currently present (what a mass delete would remove)."""
    return sum(store._rows(f"SELECT count(*) FROM {t}")[0][0] for t in ("findings", "evidence", "recommendations"))


def template_hashes_of(store: Store, inspection_ids: Iterable[str]) -> dict[str, str]:
    """inspection id → content hash of its template snapshot, for the inspections stored here."""
    ids = list(inspection_ids)
    out: dict[str, str] = {}
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start:start + _CHUNK]
        out.update({i: h for i, h in store._rows(
            f"SELECT id, template_hash FROM inspections WHERE id IN ({','.join('?' * len(chunk))})", chunk)})
    return out


def has_template(store: Store, content_hash: str) -> bool:
    return bool(store._rows("SELECT 1 FROM templates WHERE content_hash = ?", (content_hash,)))


def known_targets(store: Store) -> set[str]:
    """Every target id this device has synced with, at any location (the brake asks before a new one)."""
    return {r[0] for r in store._rows("SELECT DISTINCT target_id FROM sync_locations WHERE target_id IS NOT NULL")}
