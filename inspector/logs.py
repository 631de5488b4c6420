"""The log file: rotating, UTF-8, in the user's log folder, with secrets taken out.

    from inspector.logs import configure_logging
    log_file = configure_logging(logging.INFO)        # at start-up (the app, the CLI)
    logging.getLogger(__name__).info("exported %s (%d items)", inspection_id, items)

Where: `paths.log_dir()` — on Windows ``%LOCALAPPDATA%\\Inspector\\Inspector\\Logs``, on Linux
``~/.local/state/Inspector/log``; `INSPECTOR_LOG_DIR` (or `INSPECTOR_DATA_DIR`, as ``logs/`` in
it) moves it. The desktop app writes ``inspector.log``, the command line ``inspector-cli.log``, so
two processes never rotate the same file (Windows cannot rename a file another process holds).
Each file is cut at `MAX_BYTES` and `BACKUPS` old ones are kept (≈ 6 MB at most).

What may be logged (the rule every core module follows):

* ids, counts, sizes, durations, file paths, version numbers, error kinds (exception class
  names and the data they carry: paths, item ids, reasons);
* never what the inspector typed: finding notes and values, captions, recommendations,
  conclusions, opinions, amendment reasons. Log the inspection id and the item id instead;
* never a secret. Passwords live in the OS keyring only; should one reach a log call anyway
  (an exception message with a URL, a header dump), `RedactionFilter` replaces it with ``***``:
  URL credentials (``https://user:pw@host``), ``Authorization``/``Cookie`` headers,
  ``Basic``/``Bearer`` tokens, ``password=…``/``"token": "…"`` pairs, and any value given to
  `register_secret` (the secrets module registers every secret it reads or stores).

The redaction is a safety net, not a licence: code must not log secrets or note text at all.
"""

from __future__ import annotations

import contextlib
import functools
import logging
import os
import re
import sys
import threading
from pathlib import Path

from inspector import __version__, paths

LOG_FILE = "inspector.log"
CLI_LOG_FILE = "inspector-cli.log"
MAX_BYTES = 1_000_000
BACKUPS = 5
MASK = "***"
FORMAT = "%(asctime)s %(levelname)-7s %(name)s [%(threadName)s] %(message)s"

_ROOT_LOGGER = ""  # our handler sits on the root logger so library warnings are kept too
_lock = threading.Lock()
_handler: logging.Handler | None = None
_known_secrets: set[str] = set()
_SHORTEST_SECRET = 4  # shorter values would mask ordinary words; they are weak passwords anyway

# Header or field names whose value is a secret. Matched inside longer names too
# (`webdav_password`, `X-Api-Key`, `sync-passphrase`).
_SECRET_KEY = (r"[\w.-]*?(?:pass(?:word|wd|phrase)|pwd|secret|token|api[_-]?key|credentials?"
               r"|mật[ _]khẩu|mat[_]?khau)[\w.-]*")


@functools.cache
def _patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    """The redaction patterns, compiled on first use (not at import: the app imports this module
    at start-up and writes its first record after the list of inspections shows)."""
    return (
        # scheme://user:password@host and scheme://token@host — the whole user-info goes.
        (re.compile(r"(?i)\b([a-z][a-z0-9+.\-]*://)[^\s/?#@:]+:[^\s@]*@"), r"\1***@"),
        (re.compile(r"(?i)\b([a-z][a-z0-9+.\-]*://)[^\s/?#@]+@"), r"\1***@"),
        # Authorization: Basic …, 'authorization': 'Bearer …', Proxy-Authorization, Cookie, Set-Cookie.
        (re.compile(r"(?i)\b((?:proxy-)?authorization|(?:set-)?cookie)(\s*[\"']?\s*[:=]\s*[\"']?)[^\r\n\"']*"),
         r"\1\2***"),
        # A bare credential token anywhere (e.g. a header value logged on its own).
        (re.compile(r"\b(Basic|Bearer|Digest|NTLM|Negotiate)\s+[A-Za-z0-9+/=._~\-]{6,}"), r"\1 ***"),
        # password="two words", 'token': 'abc', "passphrase": "x y"
        (re.compile(r"(?i)(" + _SECRET_KEY + r")([\"']?\s*[:=]\s*)([\"'])(?:(?!\3).)*\3"), r"\1\2\3***\3"),
        # password=abc, token: abc (unquoted: up to the next space, separators included, since a
        # password may contain any of them; masking "&user=an" too is the lesser harm)
        (re.compile(r"(?i)(" + _SECRET_KEY + r")(\s*[:=]\s*)(?![\"'\s])\S+"), r"\1\2***"),
    )


def redact(text: str) -> str:
    """`text` with everything that looks like a credential replaced by ``***``."""
    if not text:
        return text
    secrets = sorted(_known_secrets, key=len, reverse=True)
    for secret in secrets:
        if secret in text:
            text = text.replace(secret, MASK)
    for pattern, replacement in _patterns():
        text = pattern.sub(replacement, text)
    return text


def register_secret(value: str | None) -> None:
    """Mask `value` wherever it would appear in the log from now on (memory only, this process)."""
    if value and len(value) >= _SHORTEST_SECRET:
        with _lock:
            _known_secrets.add(value)


class RedactionFilter(logging.Filter):
    """Rewrites each record's message, traceback and stack text through `redact` before output.

    Attached to our handler, so it covers records from every logger, including libraries'
    (httpx, keyring) that we do not control.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a bad %-format in someone's log call: keep the raw parts
            message = f"{record.msg!r} % {record.args!r}"
        record.msg, record.args = redact(message), None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


@functools.cache
def _rotating_file_handler() -> type[logging.Handler]:
    """The handler class, built on first use: `logging.handlers` (with socket, pickle, queue…)
    is imported when a log file is opened, not when this module is."""
    import logging.handlers

    class _RotatingFileHandler(logging.handlers.RotatingFileHandler):
        """Rotation that gives up quietly (and keeps appending) when the file cannot be renamed.

        On Windows a log file opened by another program (an editor, a second Inspector) cannot be
        renamed; the stock handler would then retry, and fail, on every record.
        """

        def doRollover(self) -> None:  # noqa: N802 - logging's name
            try:
                super().doRollover()
            except OSError:
                self.maxBytes = 0  # no more rotation in this process
                if self.stream is None:
                    self.stream = self._open()

    return _RotatingFileHandler


def file_handler(path: Path, level: int | str = logging.INFO, *, max_bytes: int = MAX_BYTES,
                 backups: int = BACKUPS) -> logging.Handler:
    """A rotating UTF-8 file handler with our format and the redaction filter (folder created).

    Raises OSError when the folder or file cannot be created.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    handler = _rotating_file_handler()(path, maxBytes=max_bytes, backupCount=backups,  # type: ignore[call-arg]
                                       encoding="utf-8")
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.addFilter(RedactionFilter())
    handler.setLevel(level)
    return handler


HELD_LIMIT = 10_000  # records kept before the log file opens; a start-up writes a handful


class _HeldRecords(logging.Handler):
    def __init__(self) -> None:
        super().__init__()
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        if len(self.records) < HELD_LIMIT:
            self.records.append(record)


_held: _HeldRecords | None = None


def hold_records(level: int | str = logging.INFO) -> None:
    """Keep the records at `level` and above from now until `configure_logging`, which writes
    them to the log file it opens. Nothing to do when a log is open already. The desktop app
    opens its log file once its list of inspections shows (opening it cost a sixth of the
    start-up after the first frame)."""
    global _held
    root = logging.getLogger(_ROOT_LOGGER)
    level = logging.getLevelName(level) if isinstance(level, str) else level
    with _lock:
        if _handler is not None:  # a log is open already: records go there
            return
        if _held is None:
            _held = _HeldRecords()
            root.addHandler(_held)
        _held.setLevel(level)
        if root.level == logging.NOTSET or root.level > level:
            root.setLevel(level)


def configured() -> bool:
    """Whether `configure_logging` has set up the log (a file, or standard error without one)."""
    return _handler is not None


def holding_records() -> bool:
    """Whether records are being kept for a log file not yet opened (`hold_records`)."""
    return _held is not None


def configure_logging(level: int | str = logging.INFO, folder: Path | None = None, *,
                      file_name: str = LOG_FILE, max_bytes: int = MAX_BYTES,
                      backups: int = BACKUPS) -> Path | None:
    """Send log records at `level` and above to a rotating UTF-8 file in `folder`.

    `folder` defaults to `paths.log_dir()`. Calling it again replaces the previous file handler
    (it never adds a second one). Returns the log file, or None when the folder cannot be
    created or written (read-only profile, full disk): the program then runs without a log file
    rather than not at all, and records go to standard error when there is one.
    """
    global _handler
    folder = Path(folder) if folder is not None else paths.log_dir()
    root = logging.getLogger(_ROOT_LOGGER)
    with _lock:
        _remove_handler(root)
        path: Path | None = folder / file_name
        try:
            handler = file_handler(folder / file_name, level, max_bytes=max_bytes, backups=backups)
        except OSError:
            path = None
            handler = logging.StreamHandler(sys.stderr) if sys.stderr else logging.NullHandler()
            handler.setFormatter(logging.Formatter(FORMAT))
            handler.addFilter(RedactionFilter())
            handler.setLevel(level)
        root.addHandler(handler)
        if root.level == logging.NOTSET or root.level > handler.level:
            root.setLevel(handler.level)
        _handler = handler
        held = _stop_holding(root)
    import platform  # here, not at start-up: only the log's first line needs it

    logging.getLogger(__name__).info(
        "Inspector %s, Python %s, %s, %s", __version__, platform.python_version(),
        platform.platform(terse=True), "bundle" if getattr(sys, "frozen", False) else "source")
    for record in held:  # then what was logged before the file opened (`hold_records`), with its times
        if record.levelno >= handler.level:
            handler.handle(record)
    return path


def _stop_holding(root: logging.Logger) -> list[logging.LogRecord]:
    """The records `hold_records` kept (none when it was not called); holding ends."""
    global _held
    held, _held = _held, None
    if held is None:
        return []
    root.removeHandler(held)
    return held.records


def stop_logging() -> None:
    """Close the log file (tests, the self-test, and shutdown)."""
    with _lock:
        _remove_handler(logging.getLogger(_ROOT_LOGGER))


def _remove_handler(root: logging.Logger) -> None:
    global _handler
    if _handler is not None:
        root.removeHandler(_handler)
        _handler.close()
        _handler = None


def current_log_file() -> Path | None:
    """The file records are written to now, or None before `configure_logging` (or without one)."""
    handler = _handler
    if isinstance(handler, logging.FileHandler):
        return Path(handler.baseFilename)
    return None


def log_folder() -> Path:
    """The folder to open for "Open log folder" (Help menu): created if it does not exist yet."""
    current = current_log_file()
    folder = current.parent if current else paths.log_dir()
    # On failure the caller still shows the path; opening a missing folder fails visibly there.
    with contextlib.suppress(OSError):
        folder.mkdir(parents=True, exist_ok=True)
    return folder


def level_from_env(default: int = logging.INFO) -> int:
    """`INSPECTOR_LOG_LEVEL` (DEBUG, INFO, WARNING…) when set and valid, else `default`."""
    name = os.environ.get("INSPECTOR_LOG_LEVEL", "").strip().upper()
    value = logging.getLevelName(name) if name else default
    return value if isinstance(value, int) else default
