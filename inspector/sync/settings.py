"""Sync settings: where the shared target is and who is syncing. Never a password.

The settings live in the database (`save_settings` / `load_settings`), so they travel with a
backup of it; passwords and passphrases live only in the OS keyring (`inspector.secrets`).
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from inspector.errors import SyncError
from inspector.storage import Store, syncstate

_SETTINGS_KEY = "sync_settings"
_LOOPBACK = {"127.0.0.1", "::1", "localhost"}


@dataclass(frozen=True)
class FolderTarget:
    """A folder: USB stick, network share (\\\\server\\share\\inspector), synced cloud folder."""

    path: Path

    @property
    def location(self) -> str:
        """How this device recognises the place (for "different target than last time")."""
        return "folder:" + os.path.normcase(os.path.abspath(self.path))


@dataclass(frozen=True)
class WebDAVTarget:
    """A WebDAV collection (Nextcloud, ownCloud, Apache mod_dav, IIS…) reached over HTTPS.

    `ca_file` adds a PEM CA certificate to the system trust store (an office's own CA);
    verification is never turned off.
    """

    url: str
    user: str
    ca_file: Path | None = None
    timeout: float = 30.0

    def __post_init__(self) -> None:
        object.__setattr__(self, "url", normalize_url(self.url))

    @property
    def location(self) -> str:
        return "webdav:" + self.url


Target = FolderTarget | WebDAVTarget


@dataclass(frozen=True)
class SyncSettings:
    target: Target
    actor: str = ""  # who is syncing (audit trail of merges and conflict resolutions)


def normalize_url(url: str) -> str:
    """https://host/path/ with a trailing slash, no credentials, no query; http only to loopback."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise SyncError(url, "invalid", "a WebDAV address starts with https://")
    if parts.username or parts.password:
        raise SyncError(parts.hostname, "invalid", "put the user name in its own field, not in the address")
    if parts.scheme == "http" and parts.hostname not in _LOOPBACK:
        # A password over plain HTTP is readable by anyone on the network.
        raise SyncError(url, "insecure", "use https:// (plain http is allowed only to this computer)")
    path = parts.path if parts.path.endswith("/") else parts.path + "/"
    return urlunsplit((parts.scheme, parts.netloc.lower(), path, "", ""))


def settings_to_dict(settings: SyncSettings) -> dict:
    t = settings.target
    if isinstance(t, FolderTarget):
        target = {"kind": "folder", "path": str(t.path)}
    else:
        target = {"kind": "webdav", "url": t.url, "user": t.user,
                  "ca_file": str(t.ca_file) if t.ca_file else None, "timeout": t.timeout}
    return {"target": target, "actor": settings.actor}


def settings_from_dict(data: dict) -> SyncSettings:
    t = data["target"]
    target: Target
    if t["kind"] == "folder":
        target = FolderTarget(Path(t["path"]))
    elif t["kind"] == "webdav":
        target = WebDAVTarget(t["url"], t["user"], Path(t["ca_file"]) if t.get("ca_file") else None,
                              float(t.get("timeout", 30.0)))
    else:
        raise SyncError(str(t), "invalid", f"unknown target kind {t['kind']!r}")
    return SyncSettings(target, data.get("actor", ""))


def save_settings(store: Store, settings: SyncSettings) -> None:
    syncstate.set_setting(store, _SETTINGS_KEY, json.dumps(settings_to_dict(settings), ensure_ascii=False))


def load_settings(store: Store) -> SyncSettings | None:
    raw = syncstate.get_setting(store, _SETTINGS_KEY)
    return settings_from_dict(json.loads(raw)) if raw else None
