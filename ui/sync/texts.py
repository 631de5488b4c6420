"""Sync in plain sentences: errors, the safety brake's question, progress phases, the last result.

The core raises exceptions that carry data (`SyncError.reason`, `NetworkError.reason`,
`CertificateError.problem`, `SafetyBrakeError.counts`); this module turns each into one sentence
in the current language. Server text is never shown as rich text (callers use plain labels).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from inspector.errors import (
    CertificateError,
    NetworkError,
    PassphraseError,
    SafetyBrakeError,
    SyncError,
)
from ui.i18n import format_datetime, translate

# SyncError.reason → the sentence shown (English source text, "Sync" context); reasons whose
# sentence carries the error's detail are handled in `describe_sync_error`.
_REASONS = {
    "auth": QT_TRANSLATE_NOOP(
        "Sync",
        "The server refused the user name or password."),
    "forbidden": QT_TRANSLATE_NOOP(
        "Sync",
        "You are not allowed to write to the sync target (folder not writable or no permission on"
        " the server)."),
    "forbidden-read": QT_TRANSLATE_NOOP(
        "Sync",
        "You are not allowed to read the sync target (no read permission on the folder or the server)."),
    "not-found": QT_TRANSLATE_NOOP(
        "Sync",
        "The sync folder or address does not exist. Is the USB stick plugged in, or the network "
        "share connected?"),
    "not-webdav": QT_TRANSLATE_NOOP(
        "Sync",
        "The server answered, but it is not a WebDAV server. Check the address (for Nextcloud it "
        "ends in /remote.php/dav/files/<user>/…)."),
    "full": QT_TRANSLATE_NOOP(
        "Sync",
        "The sync target is full. Free some space on it and sync again."),
    "busy": QT_TRANSLATE_NOOP(
        "Sync",
        "Another computer is setting up this sync target right now. Try again in a few minutes."),
    "damaged": QT_TRANSLATE_NOOP(
        "Sync",
        "A file on the sync target is damaged or is not an Inspector sync file. Ask the office to"
        " check the target."),
    "format-too-new": QT_TRANSLATE_NOOP(
        "Sync",
        "This sync target was made by a newer version of Inspector. Update Inspector first."),
    "not-initialized": QT_TRANSLATE_NOOP(
        "Sync",
        "There is no Inspector sync data at this target yet."),
    "insecure": QT_TRANSLATE_NOOP(
        "Sync",
        "Use an address that starts with https:// (plain http is allowed only to this computer)."),
    "no-password": QT_TRANSLATE_NOOP(
        "Sync",
        "The WebDAV password is needed."),
}


def describe_sync_error(exc: BaseException) -> str:
    """One sentence for a failed sync or connection test."""
    if isinstance(exc, SafetyBrakeError):
        return brake_question(exc)
    if isinstance(exc, PassphraseError):
        if exc.reason == "wrong":
            return translate("Sync", "The passphrase of this encrypted folder is wrong.")
        return translate("Sync", "This folder is encrypted: type its passphrase.")
    if isinstance(exc, CertificateError):
        if exc.problem == "expired":
            return translate("Sync", "The server's certificate has expired, so the connection is not safe. "
                                     "Ask the office's IT staff to renew it.")
        if exc.problem == "hostname":
            return translate("Sync", "The server's certificate is for another address. Check the address, or ask "
                                     "the office's IT staff.")
        return translate("Sync", "The server's certificate is not trusted by this computer. If your office uses its "
                                 "own certificate authority, choose its CA file in Sync settings.")
    if isinstance(exc, NetworkError):
        if exc.reason == "dns":
            return translate("Sync", "The server name could not be found. Check the address and the network "
                                     "connection.")
        if exc.reason == "timeout":
            return translate("Sync", "The server did not answer in time. Check the network and try again.")
        if exc.reason == "connect":
            return translate("Sync", "The server could not be reached (connection refused or no network). Check the "
                                     "address and the network connection.")
        return translate("Sync", "The connection to the server broke off. Try again: nothing is lost, the next sync "
                                 "completes the work.")
    if isinstance(exc, SyncError):
        if exc.reason in _REASONS:
            return translate("Sync", _REASONS[exc.reason])
        if exc.reason == "invalid":
            return translate("Sync", "The sync settings are not valid: {0}").format(exc.detail)
        if exc.reason == "server":
            return translate("Sync", "The server reported an error ({0}). Try again later: nothing is lost.").format(
                exc.status or exc.detail)
    from ui.errors import describe_error

    return describe_error(exc) or ""


def brake_question(exc: SafetyBrakeError) -> str:
    """The safety brake as a question: what happened, what going on would do."""
    c = exc.counts
    if exc.reason == "empty-target":
        text = translate("Sync", "The sync target is empty, although it held Inspector data at the last sync. It may be "
                                 "another USB stick, or the data on it was deleted.")
        go_on = translate("Sync", "If you go on, this computer's inspections are copied to it as a new start.")
    elif exc.reason == "different-target":
        text = translate("Sync", "This is not a sync target this computer has used (it has another identity): another "
                                 "office's folder or server, another USB stick, or a folder that was reset.")
        go_on = translate("Sync", "If you go on, this computer's inspections are merged with what is there, both "
                                  "ways.")
    elif exc.reason == "packs-missing":
        text = translate("Sync", "{0} files that this computer saw on the sync target are gone.").format(
            c.get("missing", "?"))
        go_on = translate("Sync", "If you go on, this computer sends all its data again.")
    elif exc.reason == "mass-delete":
        text = translate("Sync", "This sync would delete {0} of the {1} records on this computer, because another "
                                 "device deleted them.").format(c.get("deletions", "?"), c.get("records", "?"))
        go_on = translate("Sync", "If you go on, they are deleted here too (their history is kept).")
    elif exc.reason == "mass-delete-outgoing":
        text = translate("Sync", "{0} of the {1} records were deleted on this computer. This sync would delete them "
                                 "on every other computer too.").format(c.get("deletions", "?"), c.get("records", "?"))
        go_on = translate("Sync", "If you go on, the deletions are sent (their history is kept).")
    else:
        text = translate("Sync", "The sync would make a drastic change ({0}).").format(exc.reason)
        go_on = ""
    head = translate("Sync", "The sync stopped before changing anything.")
    ask = translate("Sync", "Continue only if you are sure.")
    return "\n\n".join(p for p in (head, text, go_on, ask) if p)


def phase_text(phase: str, done: int, total: int) -> str:
    """What the sync is doing now."""
    texts = {
        "connect": translate("Sync", "Connecting to the sync target…"),
        "list": translate("Sync", "Looking for changes…"),
        "download": translate("Sync", "Receiving changes: {0} of {1}"),
        "download-evidence": translate("Sync", "Receiving evidence files: {0} of {1}"),
        "import": translate("Sync", "Merging the changes…"),
        "upload-evidence": translate("Sync", "Sending evidence files: {0} of {1}"),
        "upload": translate("Sync", "Sending changes: {0} of {1}"),
        "templates": translate("Sync", "Receiving checklist templates: {0} of {1}"),
        "compact": translate("Sync", "Tidying up the sync target (merging old changes)…"),
    }
    text = texts.get(phase, translate("Sync", "Syncing…"))
    return text.format(done + 1 if done < total else done, total) if "{0}" in text else text


def report_text(summary: dict[str, Any]) -> str:
    """A finished sync in one line: what came in, what went out, conflicts."""
    parts = [translate("Sync", "changes received: {0}, sent: {1}").format(summary.get("imported", 0),
                                                                       summary.get("pushed", 0))]
    if summary.get("blobs_down") or summary.get("blobs_up"):
        parts.append(translate("Sync", "evidence files: {0} in, {1} out").format(summary.get("blobs_down", 0),
                                                                               summary.get("blobs_up", 0)))
    if summary.get("templates"):
        parts.append(translate("Sync", "{0} new checklist templates").format(len(summary["templates"])))
    if summary.get("missing_blobs"):
        parts.append(translate("Sync", "{0} evidence files missing (run Tools › Check data)").format(
            len(summary["missing_blobs"])))
    if summary.get("damaged_packs"):
        # Short: this also shows in the status bar. The names and the way out are in
        # `inspector sync status` and in the manual ("A damaged file on the sync target").
        parts.append(translate("Sync", "{0} damaged files on the target set aside (see the manual: "
                                       "a damaged file on the sync target)").format(len(summary["damaged_packs"])))
    if summary.get("seal_problems"):
        parts.append(translate("Sync", "{0} finalized inspections no longer match their seal (run Tools › Check "
                                       "data)").format(len(summary["seal_problems"])))
    if summary.get("samples_kept"):
        parts.append(translate("Sync", "sample inspections kept on this computer (never sent): {0}").format(
            summary["samples_kept"]))
    if summary.get("samples_skipped"):
        parts.append(translate("Sync", "sample inspections on the target not taken in: {0}").format(
            summary["samples_skipped"]))
    if summary.get("conflicts"):
        parts.append(translate("Sync", "conflicts to resolve: {0}").format(summary["conflicts"]))
    return ", ".join(parts)


def failure_word(result: dict[str, Any]) -> str:
    """A failed sync's reason in a few words (the status bar)."""
    reason = str(result.get("error", ""))
    words = {
        "cancelled": translate("Sync", "cancelled"),
        "auth": translate("Sync", "password refused"),
        "not-found": translate("Sync", "target not found"),
        "forbidden": translate("Sync", "not allowed to write"),
        "forbidden-read": translate("Sync", "not allowed to read"),
        "full": translate("Sync", "target full"),
        "certificate": translate("Sync", "certificate not trusted"),
        "dns": translate("Sync", "server not found"),
        "connect": translate("Sync", "server unreachable"),
        "timeout": translate("Sync", "server too slow"),
        "wrong": translate("Sync", "wrong passphrase"),
        "missing": translate("Sync", "passphrase needed"),
        "not-initialized": translate("Sync", "no sync data at the target"),
    }
    if reason in ("empty-target", "different-target", "packs-missing", "mass-delete", "mass-delete-outgoing"):
        return translate("Sync", "stopped by the safety brake")
    return words.get(reason, translate("Sync", "failed"))


def when_text(at: datetime) -> str:
    return format_datetime(at)


def last_sync_text(attempt: datetime | None, success: datetime | None, result: dict[str, Any] | None) -> str:
    """The status bar's line about the last sync."""
    if attempt is None:
        return translate("Sync", "Not synced yet")
    if result is not None and result.get("ok"):
        # The conflicts count shown next to this line is the live one (some may be resolved since).
        return translate("Sync", "Last sync {0}: done, {1}").format(when_text(attempt),
                                                                    report_text(dict(result, conflicts=0)))
    text = translate("Sync", "Last sync {0}: {1}").format(when_text(attempt), failure_word(result or {}))
    if success is not None:
        text += " · " + translate("Sync", "last successful {0}").format(when_text(success))
    return text
