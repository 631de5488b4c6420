"""Sync settings' "Test connection": reach the target, say what is there, change nothing.

Runs off the GUI thread (network lane). The core's `check_connection` reads the format file;
this adds what a person setting up needs to know before the first sync: whether a WebDAV
address is a WebDAV collection at all (a plain web server answers 404 to every GET, which would
otherwise look like "no data yet"), and whether a folder can be written to.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from dataclasses import dataclass

from inspector.errors import SyncError
from inspector.sync import SyncSettings, TargetInfo, check_connection
from inspector.sync.engine import open_transport
from inspector.sync.settings import FolderTarget

NOT_WEBDAV_STATUSES = {400, 405, 501}


@dataclass(frozen=True)
class ConnectionResult:
    info: TargetInfo
    passphrase_checked: bool  # an encrypted target was unlocked with the passphrase given


def try_connection(settings: SyncSettings, *, password: str | None, passphrase: str | None) -> ConnectionResult:
    """Raise the core's SyncError / NetworkError / PassphraseError, or SyncError("not-webdav")."""
    target = settings.target
    if isinstance(target, FolderTarget):
        info = check_connection(settings, passphrase=passphrase or None)
        _check_writable(target)
    else:
        info = check_connection(settings, password=password, passphrase=passphrase or None)
        if not info.initialized:
            # Is the address itself a WebDAV collection? (PROPFIND on it; a web server says 405/501.)
            with open_transport(target, password=password) as raw:
                try:
                    listing = raw.list("")
                except SyncError as exc:
                    if exc.reason == "server" and exc.status in NOT_WEBDAV_STATUSES:
                        raise SyncError(target.location, "not-webdav", str(exc.status), exc.status) from exc
                    raise
                if listing is None:
                    raise SyncError(target.location, "not-found", "no such collection on the server")
    return ConnectionResult(info, bool(info.encrypted and passphrase))


def _check_writable(target: FolderTarget) -> None:
    """Create and delete a small file: a read-only share or a locked USB stick fails here."""
    try:
        fd, name = tempfile.mkstemp(dir=target.path, prefix=".inspector-test-")
    except OSError as exc:
        raise SyncError(target.location, "forbidden", exc.strerror or str(exc)) from exc
    os.close(fd)
    with contextlib.suppress(OSError):
        os.unlink(name)
