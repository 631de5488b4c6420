"""Evidence: a file (photo, scan, saved page) backing a finding, stored by its SHA-256."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from inspector.domain.status import EvidenceSource


@dataclass(frozen=True)
class Evidence:
    id: str
    inspection_id: str
    sha256: str
    file_name: str
    media_type: str
    size: int
    caption: str = ""
    item_id: str | None = None
    source: EvidenceSource = EvidenceSource.FILE
    url: str | None = None  # for probe evidence: the fetched address
    captured_at: datetime | None = None
    added_by: str = ""


_WINDOWS_RESERVED = {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$",
                     *(f"COM{n}" for n in "123456789¹²³"), *(f"LPT{n}" for n in "123456789¹²³")}
_FORBIDDEN = set('<>:"/\\|?*')
MAX_FILE_NAME_CHARS = 255


def safe_file_name(name: str, fallback: str = "evidence") -> str:
    """A file name that every system can create and open: the last part of `name` (either
    slash), without control or bidi-format characters, NUL, lone surrogates or characters Windows forbids,
    not `.`/`..`, not a reserved Windows device name (CON, NUL, COM1…), no trailing dot or
    space, at most 255 characters with its extension kept. Evidence names are cleaned with it
    when stored, and again whenever a file is written under such a name."""
    import unicodedata

    base = str(name).replace("\\", "/").rsplit("/", 1)[-1]
    base = "".join("_" if ch in _FORBIDDEN or unicodedata.category(ch) in ("Cc", "Cs", "Cf") else ch for ch in base)
    base = unicodedata.normalize("NFC", base).strip().rstrip(". ")
    if not base or set(base) <= {"."}:
        return fallback
    stem, dot, ext = base.rpartition(".") if "." in base[1:] else (base, "", "")
    if stem.split(".")[0].upper().rstrip(" ") in _WINDOWS_RESERVED:
        base = "_" + base
        stem = "_" + stem
    if len(base) > MAX_FILE_NAME_CHARS:
        keep = ext[:20]
        base = stem[: MAX_FILE_NAME_CHARS - len(keep) - 1] + (dot + keep if keep else "")
    return base
