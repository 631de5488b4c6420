"""Sync at the office: merge every device's inspections through a folder or a WebDAV server.

Public API for the UI and the CLI (plain functions; long ones take `progress` and `cancelled`):

- settings: `SyncSettings`, `FolderTarget`, `WebDAVTarget`, `save_settings`, `load_settings`
- `check_connection(settings, password=…)` → `TargetInfo`
- `sync_now(store, settings, password=…, passphrase=…, init=…, confirm=…, progress=…, cancelled=…)`
  → `SyncReport`; raises `SafetyBrakeError` (ask, then call again with confirm=True)
- `last_sync(store, settings)` → (last attempt, last success, result dict)
- `list_conflicts(store)` / `resolve_conflict(store, …)`
- `publish_template(settings, path, …)` (office)
"""

from __future__ import annotations

from datetime import datetime

from inspector.storage import Store, syncstate
from inspector.sync.conflicts import (
    ConflictVersion,
    RecordConflict,
    list_conflicts,
    resolve_conflict,
)
from inspector.sync.engine import (
    SyncReport,
    TargetInfo,
    check_connection,
    publish_template,
    sync_now,
)
from inspector.sync.settings import (
    FolderTarget,
    SyncSettings,
    WebDAVTarget,
    load_settings,
    save_settings,
)


def last_sync(store: Store, settings: SyncSettings) -> tuple[datetime | None, datetime | None, dict | None]:
    """(last attempt, last success, result of the last attempt) for the configured target."""
    return syncstate.last_result(store, settings.target.location)


__all__ = [
    "ConflictVersion",
    "FolderTarget",
    "RecordConflict",
    "SyncReport",
    "SyncSettings",
    "TargetInfo",
    "WebDAVTarget",
    "last_sync",
    "list_conflicts",
    "load_settings",
    "publish_template",
    "resolve_conflict",
    "save_settings",
    "sync_now",
    "check_connection",
]
