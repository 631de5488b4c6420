"""Optional encryption of a folder target (a USB stick that may get lost).

The passphrase is stretched with scrypt (RFC 7914; salt and cost kept in the target's format
file), then HKDF-SHA256 derives two keys: one for AES-256-GCM over every file's content, one
for HMAC-SHA256 names of evidence blobs (a plain SHA-256 name would tell a finder whether a
known document is on the stick). Each file is `MAGIC | 12-byte random nonce | ciphertext+tag`
with the file's path as associated data, so a file cannot be swapped for another one unnoticed.
The format file itself stays readable: it holds only the target id and the KDF parameters, plus
a check value that tells a wrong passphrase from a damaged file.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from inspector.errors import PassphraseError, SyncError
from inspector.sync.transport import Transport

MAGIC = b"INSPENC1"
_CHECK_PLAIN = b"inspector-sync-key-check"
# scrypt cost: 2**15 x 8 x 1 = 32 MiB and ~0.1 s on a laptop; stored per target, so it can grow.
DEFAULT_N, DEFAULT_R, DEFAULT_P = 2**15, 8, 1


@dataclass(frozen=True)
class Keys:
    content: bytes
    names: bytes


def new_encryption_params(passphrase: str) -> tuple[dict, Keys]:
    """Fresh KDF parameters (for the format file) and the keys they give for `passphrase`."""
    if not passphrase:
        raise InvalidPassphrase()
    params = {"kdf": "scrypt", "n": DEFAULT_N, "r": DEFAULT_R, "p": DEFAULT_P,
              "salt": base64.b64encode(os.urandom(16)).decode(), "cipher": "AES-256-GCM"}
    keys = derive_keys(passphrase, params)
    nonce = os.urandom(12)
    params["check"] = base64.b64encode(nonce + AESGCM(keys.content).encrypt(nonce, _CHECK_PLAIN, b"check")).decode()
    return params, keys


def derive_keys(passphrase: str, params: dict) -> Keys:
    if params.get("kdf") != "scrypt" or params.get("cipher") != "AES-256-GCM":
        raise SyncError("", "format-too-new", f"unknown encryption {params.get('kdf')}/{params.get('cipher')}")
    master = Scrypt(salt=base64.b64decode(params["salt"]), length=32, n=int(params["n"]), r=int(params["r"]),
                    p=int(params["p"])).derive(passphrase.encode("utf-8"))
    both = HKDF(algorithm=hashes.SHA256(), length=64, salt=None, info=b"inspector-sync v1").derive(master)
    return Keys(both[:32], both[32:])


def unlock(passphrase: str | None, params: dict, location: str) -> Keys:
    """Keys for an encrypted target; PassphraseError when missing or wrong."""
    if not passphrase:
        raise PassphraseError(location, "missing")
    keys = derive_keys(passphrase, params)
    raw = base64.b64decode(params["check"])
    try:
        plain = AESGCM(keys.content).decrypt(raw[:12], raw[12:], b"check")
    except InvalidTag:
        raise PassphraseError(location, "wrong") from None
    if plain != _CHECK_PLAIN:
        raise PassphraseError(location, "wrong")
    return keys


class InvalidPassphrase(SyncError):  # noqa: N818 - a SyncError with reason "invalid"
    def __init__(self) -> None:
        super().__init__("", "invalid", "the passphrase is empty")


class EncryptedTransport(Transport):
    """Wraps another transport; encrypts on the way out, decrypts and authenticates on the way in."""

    def __init__(self, inner: Transport, keys: Keys):
        self.inner = inner
        self.keys = keys
        self.location = inner.location
        self._aead = AESGCM(keys.content)

    @property  # type: ignore[override]
    def requests(self) -> int:
        return self.inner.requests

    def blob_name(self, sha256: str) -> str:
        name = hmac.new(self.keys.names, sha256.encode(), hashlib.sha256).hexdigest()
        return f"blobs/{name[:2]}/{name}"

    def seal(self, path: str, data: bytes) -> bytes:
        nonce = os.urandom(12)
        return MAGIC + nonce + self._aead.encrypt(nonce, data, path.encode())

    def open(self, path: str, data: bytes) -> bytes:
        if not data.startswith(MAGIC) or len(data) < len(MAGIC) + 12 + 16:
            raise SyncError(self.location, "damaged", f"{path}: not an encrypted file")
        nonce = data[len(MAGIC):len(MAGIC) + 12]
        try:
            return self._aead.decrypt(nonce, data[len(MAGIC) + 12:], path.encode())
        except InvalidTag:
            raise SyncError(self.location, "damaged", f"{path}: altered or damaged (authentication failed)") from None

    def read(self, path: str) -> bytes | None:
        data = self.inner.read(path)
        return None if data is None else self.open(path, data)

    def list(self, folder: str) -> dict[str, int] | None:
        return self.inner.list(folder)

    def write_new(self, path: str, data: bytes) -> bool:
        return self.inner.write_new(path, self.seal(path, data))

    def create_exclusive(self, path: str, data: bytes) -> bool:
        return self.inner.create_exclusive(path, data)  # lock files: no secrets in them

    def delete(self, path: str) -> None:
        self.inner.delete(path)

    def move_new(self, src: str, dst: str) -> bool:
        return self.inner.move_new(src, dst)

    def exists(self, path: str) -> bool:
        return self.inner.exists(path)

    def stale(self, folder: str, older_than: float) -> list[str]:
        return self.inner.stale(folder, older_than)

    def read_moved(self, path: str, original: str) -> bytes | None:
        data = self.inner.read(path)
        return None if data is None else self.open(original, data)

    def close(self) -> None:
        self.inner.close()
