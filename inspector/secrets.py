"""Passwords and passphrases in the operating system's keyring, and nowhere else.

Windows Credential Manager, macOS Keychain or the Secret Service on Linux, through `keyring`.
Where no keyring backend exists (keyring's `fail` backend raises `NoKeyringError`), nothing is
stored: callers ask the user each time and keep the secret in memory for the session only
(`SessionSecrets`). Secrets are never logged, never written to a file, never put in settings.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

import keyring
import keyring.errors

SERVICE = "Inspector"
log = logging.getLogger(__name__)


def keyring_available() -> bool:
    """True when a real keyring backend is active (not keyring's `fail` or `null` backend)."""
    try:
        backend = keyring.get_keyring()
    except Exception:  # a broken backend configuration: treat as none
        return False
    priority = getattr(type(backend), "priority", 1)
    try:
        priority = float(priority)
    except (TypeError, ValueError):
        priority = 1
    name = type(backend).__module__
    return priority > 0 and not name.startswith(("keyring.backends.fail", "keyring.backends.null"))


def get_secret(name: str) -> str | None:
    """The stored secret called `name`, or None (not stored, or no keyring backend, or locked)."""
    try:
        return keyring.get_password(SERVICE, name)
    except keyring.errors.KeyringError as exc:
        # NoKeyringError, KeyringLocked, InitError…: the caller asks the user instead.
        log.info("keyring unavailable for reading (%s)", type(exc).__name__)
        return None


def store_secret(name: str, secret: str) -> bool:
    """Keep `secret` in the OS keyring; False when there is no usable keyring (then ask each time)."""
    try:
        keyring.set_password(SERVICE, name, secret)
    except keyring.errors.KeyringError as exc:
        log.info("keyring unavailable for writing (%s)", type(exc).__name__)
        return False
    return True


def delete_secret(name: str) -> None:
    try:
        keyring.delete_password(SERVICE, name)
    except keyring.errors.PasswordDeleteError:
        pass  # nothing stored under that name
    except keyring.errors.KeyringError as exc:
        log.info("keyring unavailable for deleting (%s)", type(exc).__name__)


def webdav_secret_name(url: str, user: str) -> str:
    return f"webdav:{user}@{url}"


def passphrase_secret_name(location: str) -> str:
    return f"sync-passphrase:{location}"


@dataclass
class SessionSecrets:
    """Secrets typed this session when the keyring cannot keep them: memory only, gone at exit."""

    _values: dict[str, str] = field(default_factory=dict, repr=False)

    def get(self, name: str) -> str | None:
        return self._values.get(name) or get_secret(name)

    def remember(self, name: str, secret: str, *, persist: bool = True) -> bool:
        """Keep `secret` for this session, and in the keyring when `persist` and one exists.

        Returns True when it went to the keyring (the user will not be asked again)."""
        self._values[name] = secret
        return store_secret(name, secret) if persist else False

    def forget(self, name: str) -> None:
        self._values.pop(name, None)
        delete_secret(name)
