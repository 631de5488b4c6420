"""The two kinds of sync target behind one small interface: a folder, and a WebDAV server.

The protocol above (`inspector.sync.engine`) only ever needs five operations, chosen so that no
file is ever overwritten in place and nothing depends on the quality of a server's ETags:

- `read(path)`        the whole file, or None when it does not exist;
- `list(folder)`      names and sizes of the files in a folder, or None when it does not exist;
- `write_new(path)`   create a file atomically if it does not exist yet: written under a temporary
                      name, then renamed/MOVEd without overwriting, so a reader never sees half a
                      file. Returns False when the file was already there (content-addressed
                      names make that "already done");
- `create_exclusive`  create a small file only if absent, in one step (lock files);
- `delete(path)`      remove a file if present;
- `move_new(src, dst)` move a file to a name that does not exist yet (compaction retires packs);
- `stale(folder, age)` the files in a folder older than `age` seconds (leftover temporaries).

WebDAV requests that fail on the network or with a 5xx are retried a few times: every one of
them is idempotent here (a MOVE whose answer was lost is recognised by its 412/404 on retry).
"""

from __future__ import annotations

import contextlib
import email.utils
import errno
import os
import time
import uuid
import xml.etree.ElementTree as ET
from abc import ABC, abstractmethod
from pathlib import Path
from urllib.parse import quote, unquote, urlsplit

import httpx

from inspector.errors import NetworkError, SyncError
from inspector.net import build_client, to_network_error

TMP_DIR = "tmp"
RETRIES = 3  # per request, after a network error or a 5xx
RETRY_BACKOFF = 0.2  # seconds, times the attempt number
# Worth retrying; a refused certificate, an unknown host or a bad address is not.
_TRANSIENT = {"timeout", "connect", "read", "protocol", "other"}
_PROPFIND_BODY = (
    b'<?xml version="1.0" encoding="utf-8"?>'
    b'<D:propfind xmlns:D="DAV:"><D:prop><D:resourcetype/><D:getcontentlength/></D:prop></D:propfind>'
)
_PROPFIND_AGES = (
    b'<?xml version="1.0" encoding="utf-8"?>'
    b'<D:propfind xmlns:D="DAV:"><D:prop><D:resourcetype/><D:getlastmodified/></D:prop></D:propfind>'
)
_READS = {"GET", "HEAD", "PROPFIND"}
_DAV = "{DAV:}"


class Transport(ABC):
    """Files on a sync target, addressed by "/"-separated relative paths."""

    location: str  # for messages: the folder or URL
    requests: int = 0  # operations sent to the target (HTTP requests for WebDAV)

    @abstractmethod
    def read(self, path: str) -> bytes | None: ...

    @abstractmethod
    def list(self, folder: str) -> dict[str, int] | None: ...

    @abstractmethod
    def write_new(self, path: str, data: bytes) -> bool: ...

    @abstractmethod
    def create_exclusive(self, path: str, data: bytes) -> bool: ...

    @abstractmethod
    def delete(self, path: str) -> None: ...

    @abstractmethod
    def move_new(self, src: str, dst: str) -> bool:
        """Move `src` to `dst` unless `dst` exists (then `src` is removed: names are content
        addresses, so `dst` holds the same bytes). False when `src` was already gone."""

    @abstractmethod
    def stale(self, folder: str, older_than: float) -> list[str]:
        """Paths of the files in `folder` last modified more than `older_than` seconds ago."""

    def read_moved(self, path: str, original: str) -> bytes | None:
        """Read a file that was moved from `original` (encryption binds content to the first name)."""
        return self.read(path)

    def exists(self, path: str) -> bool:
        """Whether the file is there (without reading it where the target allows)."""
        return self.read(path) is not None

    def blob_name(self, sha256: str) -> str:
        """Where the evidence blob `sha256` lives on the target."""
        return f"blobs/{sha256[:2]}/{sha256}"

    def close(self) -> None:  # noqa: B027 - optional hook
        pass

    def __enter__(self) -> Transport:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


# -------------------------------------------------------------------- folder
class FolderTransport(Transport):
    """A folder (USB stick, network share). Atomic create = write + fsync + link (no replace)."""

    def __init__(self, root: Path, tmp_prefix: str = "t"):
        self.root = Path(root)
        self.location = str(self.root)
        self.tmp_prefix = tmp_prefix
        self.requests = 0
        if not self.root.is_dir():
            raise SyncError(self.location, "not-found", "the folder does not exist or is not mounted")

    def _path(self, path: str) -> Path:
        parts = path.split("/")
        if any(p in ("", ".", "..") for p in parts):
            raise SyncError(self.location, "invalid", f"bad path {path!r}")
        return self.root.joinpath(*parts)

    def read(self, path: str) -> bytes | None:
        self.requests += 1
        try:
            return self._path(path).read_bytes()
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise _folder_error(self.location, exc, reading=True) from exc

    def list(self, folder: str) -> dict[str, int] | None:
        self.requests += 1
        try:
            with os.scandir(self._path(folder)) as entries:
                return {e.name: e.stat().st_size for e in entries
                        if not e.name.startswith(".") and e.is_file()}
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise _folder_error(self.location, exc, reading=True) from exc

    def write_new(self, path: str, data: bytes) -> bool:
        self.requests += 1
        final = self._path(path)
        if final.exists():
            return False
        tmp_dir = self._path(TMP_DIR)
        try:
            final.parent.mkdir(parents=True, exist_ok=True)
            tmp_dir.mkdir(exist_ok=True)
            tmp = tmp_dir / f"{self.tmp_prefix}-{uuid.uuid4().hex}.part"
            with open(tmp, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
        except OSError as exc:
            raise _folder_error(self.location, exc) from exc
        try:
            return _place(tmp, final)
        except OSError as exc:
            raise _folder_error(self.location, exc) from exc
        finally:
            _unlink_quietly(tmp)

    def create_exclusive(self, path: str, data: bytes) -> bool:
        self.requests += 1
        target = self._path(path)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o644)
        except FileExistsError:
            return False
        except OSError as exc:
            raise _folder_error(self.location, exc) from exc
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        return True

    def delete(self, path: str) -> None:
        self.requests += 1
        try:
            self._path(path).unlink()
        except FileNotFoundError:
            pass
        except OSError as exc:
            raise _folder_error(self.location, exc) from exc

    def exists(self, path: str) -> bool:
        self.requests += 1
        return self._path(path).is_file()

    def move_new(self, src: str, dst: str) -> bool:
        self.requests += 1
        source, final = self._path(src), self._path(dst)
        try:
            final.parent.mkdir(parents=True, exist_ok=True)
            if not source.exists():
                return False
            _place(source, final)
            _unlink_quietly(source)
            return True
        except OSError as exc:
            raise _folder_error(self.location, exc) from exc

    def stale(self, folder: str, older_than: float) -> list[str]:
        self.requests += 1
        cutoff = time.time() - older_than
        out = []
        try:
            with os.scandir(self._path(folder)) as entries:
                for e in entries:
                    with contextlib.suppress(OSError):
                        if e.is_file() and e.stat().st_mtime < cutoff:
                            out.append(f"{folder}/{e.name}")
        except FileNotFoundError:
            return []
        except OSError as exc:
            raise _folder_error(self.location, exc, reading=True) from exc
        return out


def _place(tmp: Path, final: Path) -> bool:
    """Rename `tmp` to `final` unless `final` exists; True when placed."""
    if os.name == "nt":
        try:
            os.rename(tmp, final)  # never replaces on Windows
            return True
        except FileExistsError:
            return False
    try:
        os.link(tmp, final)  # atomic, fails if final exists
        return True
    except FileExistsError:
        return False
    except OSError as exc:
        if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV, errno.EMLINK,
                             errno.ENOSYS, errno.EACCES):
            raise
    # FAT/exFAT sticks and some network shares have no hard links. A rename could replace a file
    # created between the check and the rename, but every name here is content-addressed or
    # written once under a lock, so the replacement is the same content.
    if final.exists():
        return False
    os.replace(tmp, final)
    return True


def _unlink_quietly(path: Path) -> None:
    with contextlib.suppress(OSError):
        os.unlink(path)


def _folder_error(location: str, exc: OSError, reading: bool = False) -> SyncError:
    if exc.errno in (errno.EACCES, errno.EPERM) and reading:
        return SyncError(location, "forbidden-read", exc.strerror or str(exc))
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return SyncError(location, "forbidden", exc.strerror or str(exc))
    if exc.errno == errno.ENOSPC:
        return SyncError(location, "full", exc.strerror or str(exc))
    if exc.errno in (errno.ENOENT, errno.ENODEV, errno.EIO):
        return SyncError(location, "not-found", exc.strerror or str(exc))
    return SyncError(location, "other", exc.strerror or str(exc))


# -------------------------------------------------------------------- WebDAV
class WebDAVTransport(Transport):
    """A WebDAV collection. Writes are PUT to tmp/ then MOVE with `Overwrite: F`."""

    def __init__(self, url: str, user: str, password: str, *, ca_file: Path | None = None,
                 timeout: float = 30.0, tmp_prefix: str = "t", client: httpx.Client | None = None,
                 retries: int | None = None, backoff: float | None = None):
        self.base = url if url.endswith("/") else url + "/"
        self.location = self.base
        self.tmp_prefix = tmp_prefix
        self.retries = RETRIES if retries is None else retries
        self.backoff = RETRY_BACKOFF if backoff is None else backoff
        self.requests = 0
        self._own_client = client is None
        self.client = client or build_client(timeout=timeout, ca_file=ca_file, max_connections=4)
        self.auth = httpx.BasicAuth(user, password)
        self._made_dirs: set[str] = set()

    def close(self) -> None:
        if self._own_client:
            self.client.close()

    def url(self, path: str) -> str:
        return self.base + quote(path, safe="/")

    # ----------------------------------------------------------- requests
    def _send(self, method: str, path: str, *, headers: dict[str, str] | None = None,
              content: bytes | None = None, retry: bool = True) -> httpx.Response:
        url = self.url(path)
        attempts = self.retries + 1 if retry else 1
        for attempt in range(attempts):
            self.requests += 1
            try:
                response = self.client.request(method, url, headers=headers, content=content, auth=self.auth)
            except (httpx.HTTPError, OSError) as exc:
                error = to_network_error(exc, url)
                if attempt + 1 < attempts and error.reason in _TRANSIENT:
                    time.sleep(self.backoff * (attempt + 1))
                    continue
                raise error from exc
            if response.status_code >= 500 and attempt + 1 < attempts and response.status_code != 507:
                time.sleep(self.backoff * (attempt + 1))
                continue
            if response.status_code == 401:
                raise SyncError(self.location, "auth", "user name or password refused", 401)
            if response.status_code == 403:
                # Refused to read is not refused to write: the sentence tells which it was.
                raise SyncError(self.location, "forbidden-read" if method in _READS else "forbidden",
                                f"{method} {path}", 403)
            if response.status_code == 507:
                raise SyncError(self.location, "full", "the server has no space left", 507)
            if response.status_code >= 500:
                raise SyncError(self.location, "server", f"{method} {path} → {response.status_code}",
                                response.status_code)
            return response
        raise AssertionError("unreachable")

    def _unexpected(self, method: str, path: str, response: httpx.Response) -> SyncError:
        return SyncError(self.location, "server", f"{method} {path} → {response.status_code}", response.status_code)

    # --------------------------------------------------------- operations
    def read(self, path: str) -> bytes | None:
        r = self._send("GET", path)
        if r.status_code == 404:
            return None
        if r.status_code != 200:
            raise self._unexpected("GET", path, r)
        return r.content

    def list(self, folder: str) -> dict[str, int] | None:
        folder = folder.strip("/") + "/"
        r = self._send("PROPFIND", folder, headers={"Depth": "1", "Content-Type": "application/xml"},
                       content=_PROPFIND_BODY)
        if r.status_code == 404:
            return None
        if r.status_code != 207:
            raise self._unexpected("PROPFIND", folder, r)
        try:
            return _parse_listing(r.content, urlsplit(self.url(folder)).path)
        except ET.ParseError as exc:
            raise SyncError(self.location, "server", f"PROPFIND {folder}: unreadable answer ({exc})") from exc

    def exists(self, path: str) -> bool:
        r = self._send("HEAD", path)
        if r.status_code == 404:
            return False
        if r.status_code in (200, 204):
            return True
        raise self._unexpected("HEAD", path, r)

    def mkcol(self, folder: str) -> None:
        """Create `folder` and any missing parents (201 created, 405 already there)."""
        parts = folder.strip("/").split("/")
        for i in range(1, len(parts) + 1):
            sub = "/".join(parts[:i]) + "/"
            if sub in self._made_dirs:
                continue
            r = self._send("MKCOL", sub)
            if r.status_code not in (201, 405, 301):
                raise self._unexpected("MKCOL", sub, r)
            self._made_dirs.add(sub)

    def _put(self, path: str, data: bytes, headers: dict[str, str] | None = None) -> httpx.Response:
        r = self._send("PUT", path, content=data,
                       headers={"Content-Type": "application/octet-stream", **(headers or {})})
        if r.status_code == 409:  # parent collection missing
            self.mkcol(path.rsplit("/", 1)[0])
            r = self._send("PUT", path, content=data,
                           headers={"Content-Type": "application/octet-stream", **(headers or {})})
        return r

    def write_new(self, path: str, data: bytes) -> bool:
        tmp = f"{TMP_DIR}/{self.tmp_prefix}-{uuid.uuid4().hex}.part"
        r = self._put(tmp, data)
        if r.status_code not in (200, 201, 204):
            raise self._unexpected("PUT", tmp, r)
        headers = {"Destination": self.url(path), "Overwrite": "F"}
        r = self._move(tmp, path, headers)
        if r.status_code in (201, 204):
            return True
        if r.status_code == 412:  # already there (content-addressed: same content)
            self.delete(tmp)
            return False
        if r.status_code == 404 and self.exists(path):
            # An earlier attempt moved it and its answer was lost on the way.
            return False
        raise self._unexpected("MOVE", tmp, r)

    def _move(self, tmp: str, path: str, headers: dict[str, str]) -> httpx.Response:
        """MOVE `tmp` to `path`, creating the destination's parent when it is missing. RFC 4918
        says a missing parent is 409; Apache mod_dav 2.4 answers 500 ("Could not rename
        resource", measured), so a 500 into a folder not known to exist creates the folder
        and tries once more rather than retrying blindly."""
        parent = path.rsplit("/", 1)[0]
        if parent + "/" in self._made_dirs:
            r = self._send("MOVE", tmp, headers=headers)
        else:
            try:
                r = self._send("MOVE", tmp, headers=headers, retry=False)
            except (SyncError, NetworkError) as exc:
                if isinstance(exc, SyncError) and exc.status != 500:
                    raise
                # MKCOL is harmless when the folder exists (405); HEAD cannot tell, since
                # Apache answers 404 to HEAD on a collection.
                self.mkcol(parent)
                r = self._send("MOVE", tmp, headers=headers)
        if r.status_code == 409:
            self.mkcol(parent)
            r = self._send("MOVE", tmp, headers=headers)
        return r

    def create_exclusive(self, path: str, data: bytes) -> bool:
        r = self._put(path, data, headers={"If-None-Match": "*"})
        if r.status_code in (200, 201, 204):
            return True
        if r.status_code == 412:
            return False
        raise self._unexpected("PUT", path, r)

    def delete(self, path: str) -> None:
        r = self._send("DELETE", path)
        if r.status_code not in (200, 204, 404):
            raise self._unexpected("DELETE", path, r)

    def move_new(self, src: str, dst: str) -> bool:
        r = self._move(src, dst, {"Destination": self.url(dst), "Overwrite": "F"})
        if r.status_code in (201, 204):
            return True
        if r.status_code == 412:  # already moved there by another device: same content
            self.delete(src)
            return True
        if r.status_code == 404:
            return False
        raise self._unexpected("MOVE", src, r)

    def stale(self, folder: str, older_than: float) -> list[str]:
        folder = folder.strip("/")
        r = self._send("PROPFIND", folder + "/", headers={"Depth": "1", "Content-Type": "application/xml"},
                       content=_PROPFIND_AGES)
        if r.status_code == 404:
            return []
        if r.status_code != 207:
            raise self._unexpected("PROPFIND", folder, r)
        try:
            ages = _parse_ages(r.content, urlsplit(self.url(folder + "/")).path)
        except ET.ParseError as exc:
            raise SyncError(self.location, "server", f"PROPFIND {folder}: unreadable answer ({exc})") from exc
        cutoff = time.time() - older_than
        return [f"{folder}/{name}" for name, mtime in ages.items() if mtime < cutoff]


def _parse_listing(body: bytes, folder_path: str) -> dict[str, int]:
    """Files (not collections) directly in the folder of a Depth: 1 PROPFIND answer."""
    root = ET.fromstring(body)
    out: dict[str, int] = {}
    own = unquote(folder_path).rstrip("/")
    for response in root.iter(f"{_DAV}response"):
        href = response.findtext(f"{_DAV}href") or ""
        path = unquote(urlsplit(href).path).rstrip("/")
        if path == own or not path:
            continue
        is_collection = False
        size = 0
        for propstat in response.iter(f"{_DAV}propstat"):
            status = propstat.findtext(f"{_DAV}status") or ""
            if " 200 " not in status + " ":
                continue
            rtype = propstat.find(f"{_DAV}prop/{_DAV}resourcetype")
            if rtype is not None and rtype.find(f"{_DAV}collection") is not None:
                is_collection = True
            length = propstat.findtext(f"{_DAV}prop/{_DAV}getcontentlength")
            if length and length.strip().isdigit():
                size = int(length.strip())
        name = path.rsplit("/", 1)[-1]
        if not is_collection and not name.startswith("."):
            out[name] = size
    return out


def _parse_ages(body: bytes, folder_path: str) -> dict[str, float]:
    """name → last-modified time (epoch seconds) of the files in a PROPFIND answer; a file whose
    date the server does not give counts as new (never removed on a guess)."""
    root = ET.fromstring(body)
    out: dict[str, float] = {}
    own = unquote(folder_path).rstrip("/")
    for response in root.iter(f"{_DAV}response"):
        path = unquote(urlsplit(response.findtext(f"{_DAV}href") or "").path).rstrip("/")
        if path == own or not path:
            continue
        mtime, is_collection = time.time(), False
        for propstat in response.iter(f"{_DAV}propstat"):
            if " 200 " not in (propstat.findtext(f"{_DAV}status") or "") + " ":
                continue
            rtype = propstat.find(f"{_DAV}prop/{_DAV}resourcetype")
            if rtype is not None and rtype.find(f"{_DAV}collection") is not None:
                is_collection = True
            stamp = propstat.findtext(f"{_DAV}prop/{_DAV}getlastmodified")
            if stamp:
                with contextlib.suppress(TypeError, ValueError, IndexError):
                    mtime = email.utils.parsedate_to_datetime(stamp.strip()).timestamp()
        if not is_collection:
            out[path.rsplit("/", 1)[-1]] = mtime
    return out


__all__ = ["FolderTransport", "NetworkError", "Transport", "WebDAVTransport"]
