"""The exceptions raised by the Inspector core.

Every exception carries data (a path, a line, an item id, a URL), never user-facing text: the UI and
the CLI turn them into plain sentences in the user's language.

    InspectorError
    ├── Cancelled                  a long job stopped because the user asked
    ├── ChecklistError             a checklist template file is not valid
    │     (.problems: list[ChecklistProblem] — file, line, item, code, detail)
    ├── ReferenceDataError         a reference data file (provinces) is not valid
    ├── StorageError               the database could not be opened, read or written
    │   ├── DatabaseTooNewError    made by a newer Inspector; left untouched
    │   ├── DatabaseCorruptError   SQLite says the file is damaged
    │   ├── DataFolderError        the data folder is read-only, missing or full
    │   ├── NotFoundError          no such inspection / finding / evidence
    │   └── SealedError            the inspection is finalized; amend it first
    ├── EvidenceError              an evidence file is missing, unreadable or altered
    ├── WordingError               a minutes wording file (templates/minutes.yaml) is not valid
    ├── InspectionFileError        an inspection file (import) is not valid (source, where, detail)
    ├── ExportError                a document could not be written or converted (path, reason)
    ├── NetworkError               an HTTP request failed (.url, .reason: a stable word, .detail)
    │   └── CertificateError       the server's TLS certificate was refused (.problem: expired,
    │                              hostname, self-signed, untrusted, not-yet-valid, other)
    ├── SyncError                  sync could not complete (.target, .reason, .detail)
    │   ├── SafetyBrakeError       sync stopped before changing anything: confirm to go on
    │   └── PassphraseError        the encrypted target's passphrase is missing or wrong
    └── InvalidInputError          a value given by the caller is not acceptable (field, value)
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


class InspectorError(Exception):
    """Base of every error raised on purpose by the core."""


class Cancelled(InspectorError):  # noqa: N818 - a state, not a failure
    """A long job stopped because its `cancelled` callable returned True."""


@dataclass(frozen=True)
class ChecklistProblem:
    """One problem in a checklist file: where it is and what is wrong.

    `code` is a stable machine word (``duplicate-id``, ``unknown-signal``, ``missing-field``,
    ``bad-yaml``, ``bad-value``, ``unknown-field``, ``bad-type``); `detail` gives the offending value.
    """

    file: str
    line: int | None
    item: str | None
    code: str
    detail: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        item = f" [{self.item}]" if self.item else ""
        return f"{where}{item}: {self.code}: {self.detail}"


class ChecklistError(InspectorError):
    """A checklist template could not be loaded; `problems` lists every problem found."""

    def __init__(self, problems: list[ChecklistProblem]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


class ReferenceDataError(InspectorError):
    def __init__(self, file: str | Path, line: int | None, detail: str):
        self.file, self.line, self.detail = str(file), line, detail
        super().__init__(f"{file}:{line}: {detail}")


class StorageError(InspectorError):
    """The database could not be used. `path` is the database file, `detail` the cause."""

    def __init__(self, path: str | Path | None = None, detail: str = ""):
        self.path = str(path) if path is not None else None
        self.detail = detail
        super().__init__(f"{path}: {detail}" if path else detail)


class DatabaseTooNewError(StorageError):
    def __init__(self, path: str | Path, found: int, known: int):
        self.found, self.known = found, known
        super().__init__(path, f"schema version {found} is newer than this program knows ({known})")


class DatabaseCorruptError(StorageError):
    """SQLite says the file is damaged, or it is empty (`detail` "empty"). `problems` lists
    what SQLite's check found. Nothing is written to such a file: move it aside (doctor
    --repair does, keeping it) and the evidence files stay where they are."""

    def __init__(self, path: str | Path | None, detail: str = "", problems: tuple[str, ...] = ()):
        self.problems = tuple(problems)
        super().__init__(path, detail)

    @property
    def empty(self) -> bool:
        return self.detail == "empty"


class DataFolderError(StorageError):
    """The data folder cannot be written: `reason` is ``read-only``, ``full`` or ``missing``."""

    def __init__(self, path: str | Path, reason: str, detail: str = ""):
        self.reason = reason
        super().__init__(path, f"{reason}: {detail}" if detail else reason)


class NotFoundError(StorageError):
    def __init__(self, kind: str, key: str):
        self.kind, self.key = kind, key
        super().__init__(None, f"no {kind} {key!r}")


class SealedError(StorageError):
    def __init__(self, inspection_id: str):
        self.inspection_id = inspection_id
        super().__init__(None, f"inspection {inspection_id} is finalized; amend it before editing")


class EvidenceError(InspectorError):
    """An evidence blob is missing, unreadable, or does not match its SHA-256."""

    def __init__(self, sha256: str, problem: str, path: str | Path | None = None):
        self.sha256, self.problem = sha256, problem
        self.path = str(path) if path else None
        super().__init__(f"evidence {sha256[:12]}: {problem}")


class WordingError(InspectorError):
    """A minutes wording file is not valid: `file`, the dotted `key` and what is wrong (`detail`).

    `code` is a stable word: ``bad-yaml``, ``unknown-key``, ``bad-type``, ``bad-value``,
    ``unknown-placeholder``.
    """

    def __init__(self, file: str | Path | None, key: str, code: str, detail: str):
        self.file = str(file) if file is not None else None
        self.key, self.code, self.detail = key, code, detail
        where = f"{self.file}: " if self.file else ""
        super().__init__(f"{where}{key}: {code}: {detail}")


class InspectionFileError(InspectorError):
    """An inspection file cannot be imported: `source` (its path, when known), `where` (the
    JSON path of the offending field, e.g. ``record.findings[3].value``; empty for the whole
    file) and `detail` (what is wrong)."""

    def __init__(self, source: str | Path, where: str, detail: str):
        self.source, self.where, self.detail = str(source), where, detail
        place = ": ".join(p for p in (self.source, where) if p)
        super().__init__(f"{place}: {detail}" if place else detail)


class ExportError(InspectorError):
    """A document could not be written or converted.

    `reason` is a stable word: ``locked`` (the file is open in another program), ``not-writable``,
    ``missing-folder``, ``disk-full``, ``no-office`` (LibreOffice not found), ``conversion-failed``,
    ``timeout``. `detail` carries the program's own message.
    """

    def __init__(self, path: str | Path, reason: str, detail: str = ""):
        self.path, self.reason, self.detail = str(path), reason, detail
        super().__init__(f"{path}: {reason}" + (f": {detail}" if detail else ""))


class NetworkError(InspectorError):
    """An HTTP request could not be completed.

    `reason` is a stable machine word: ``timeout``, ``connect``, ``dns``, ``tls``, ``certificate``,
    ``protocol`` (malformed or oversized response, e.g. huge headers), ``too-many-redirects``,
    ``unsupported-scheme``, ``read`` (the connection broke mid-body), ``other``.
    """

    def __init__(self, url: str, reason: str, detail: str = ""):
        self.url, self.reason, self.detail = url, reason, detail
        super().__init__(f"{url}: {reason}" + (f": {detail}" if detail else ""))


class CertificateError(NetworkError):
    """The server's certificate was refused. `problem`: ``expired``, ``not-yet-valid``,
    ``hostname``, ``self-signed``, ``untrusted``, ``other``; `verify_code` is OpenSSL's code when known."""

    def __init__(self, url: str, problem: str, detail: str = "", verify_code: int | None = None):
        self.problem, self.verify_code = problem, verify_code
        super().__init__(url, "certificate", f"{problem}: {detail}" if detail else problem)


@dataclass
class InvalidInputError(InspectorError):
    field_name: str
    value: object = None
    detail: str = ""
    extra: dict = field(default_factory=dict)

    def __post_init__(self) -> None:
        super().__init__(f"{self.field_name}={self.value!r}: {self.detail}")

    def __str__(self) -> str:  # dataclass would otherwise print the repr
        return f"{self.field_name}={self.value!r}: {self.detail}"


class SyncError(InspectorError):
    """Sync with a target could not complete. Nothing half-done stays behind: run it again.

    `reason` is a stable machine word: ``not-initialized`` (no sync folder there yet: `--init`),
    ``already-initialized``, ``format-too-new`` (made by a newer Inspector), ``auth`` (user or
    password refused), ``forbidden``, ``not-found`` (the folder or URL does not exist),
    ``server`` (the server answered with an error), ``insecure`` (plain http to a remote host),
    ``busy`` (another device holds the target's lock), ``damaged`` (a file on the target is
    unreadable or does not match its name), ``no-keyring`` (no OS keyring to keep the password),
    ``invalid`` (bad settings or file).
    """

    def __init__(self, target: str, reason: str, detail: str = "", status: int | None = None):
        self.target, self.reason, self.detail, self.status = target, reason, detail, status
        super().__init__(f"{target}: {reason}" + (f": {detail}" if detail else ""))


class SafetyBrakeError(SyncError):
    """The sync would be drastic, so it stopped before changing anything; re-run it confirmed.

    reason: ``empty-target`` (a target synced before is now empty), ``different-target`` (the
    target's id changed since the last sync: another USB stick, a reset server folder),
    ``packs-missing`` (files this device saw on the target are gone), ``mass-delete`` (the
    changes would delete most local records). `counts` gives the numbers behind the decision.
    """

    def __init__(self, target: str, reason: str, detail: str = "", counts: dict | None = None):
        self.counts = dict(counts or {})
        super().__init__(target, reason, detail)


class PassphraseError(SyncError):
    """The target is encrypted and no passphrase (``missing``) or a wrong one (``wrong``) was given."""

    def __init__(self, target: str, reason: str):
        super().__init__(target, reason)
