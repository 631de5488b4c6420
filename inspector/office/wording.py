"""The national report's wording: who issues it and who signs it (resources/templates/report.yaml,
merged with the office's own templates/report.yaml in the data folder, then a file given on the
command line, then single values from the CLI or the window).

The parent agency is chosen by the report's date (`Issuer.parent_on`): a report dated on or after
01/03/2025 is issued under the Ministry of Science and Technology, one before under the Ministry
of Information and Communications; the office file may add or correct entries.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from inspector import paths
from inspector.errors import WordingError
from inspector.wording_file import clean_value, read_wording_yaml

_TEXT_KEYS = ("issuer.unit", "issuer.unit_abbreviation", "issuer.place", "signer.authority", "signer.title",
              "signer.name", "signer.hint", "recipients.heading")
_DATED_KEYS = ("issuer.parent", "issuer.ministry")
_LIST_KEYS = ("recipients.lines",)


@dataclass(frozen=True)
class ReportWording:
    """The merged values: dotted key → value (see the shipped report.yaml for the keys)."""

    values: Mapping[str, Any]
    sources: tuple[str, ...] = ()

    def get(self, key: str) -> Any:
        return self.values[key]

    def dated(self, key: str, on: date) -> str:
        """The value of a dated key (issuer.parent, issuer.ministry) in force on `on`."""
        chosen = ""
        for start, text in sorted(self.values[key].items()):
            if date.fromisoformat(start) <= on:
                chosen = text
        return chosen


@dataclass
class ReportWordingSettings:
    """Values chosen on the CLI or in the window (None keeps the files' value)."""

    issuer: str | None = None
    parent: str | None = None
    signer_authority: str | None = None
    signer_title: str | None = None
    signer: str | None = None
    office_file: Path | None = None
    extra_file: Path | None = None
    overrides: dict[str, Any] = field(default_factory=dict)


def defaults_file() -> Path:
    return paths.resource("templates", "report.yaml")


def office_report_wording_file(data_dir: Path | None = None) -> Path | None:
    """The office's report wording in the data folder (templates/report.yaml), if there is one."""
    path = (data_dir or paths.data_dir()) / "templates" / "report.yaml"
    return path if path.is_file() else None


def load_report_wording(settings: ReportWordingSettings | None = None) -> ReportWording:
    """Shipped file < office file < extra file < settings. Raises `WordingError`."""
    settings = settings or ReportWordingSettings()
    base = defaults_file()
    values = _read(base, None)
    sources = [str(base)]
    for layer in (settings.office_file, settings.extra_file):
        if layer is not None:
            values.update(_read(Path(layer), values))
            sources.append(str(layer))
    chosen: dict[str, Any] = {"issuer.unit": settings.issuer, "signer.authority": settings.signer_authority,
                              "signer.title": settings.signer_title, "signer.name": settings.signer}
    if settings.parent is not None:
        chosen["issuer.parent"] = {"0001-01-01": settings.parent}
    chosen.update(settings.overrides)
    for key, value in chosen.items():
        if value is None:
            continue
        _check(key, value, "settings")
        values[key] = clean_value(value)
    if any(v is not None for v in chosen.values()):
        sources.append("settings")
    return ReportWording(values, tuple(sources))


def _read(path: Path, known: Mapping[str, Any] | None) -> dict[str, Any]:
    data = read_wording_yaml(path)
    out: dict[str, Any] = {}
    for group, inner in data.items():
        if not isinstance(inner, dict):
            raise WordingError(path, str(group), "unknown-key", "not a group of this file")
        for name, value in inner.items():
            key = f"{group}.{name}"
            if key not in (*_TEXT_KEYS, *_DATED_KEYS, *_LIST_KEYS):
                raise WordingError(path, key, "unknown-key", "no such key (check the spelling)")
            _check(key, value, path)
            if key in _DATED_KEYS and known is not None:
                value = {**known[key], **value}  # an office adds or corrects dated names
            out[key] = clean_value(value)
    return out


def _check(key: str, value: Any, where: Path | str) -> None:
    if key in _DATED_KEYS:
        if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
            raise WordingError(where, key, "bad-type", "expected dates (YYYY-MM-DD) and names")
        for start in value:
            try:
                date.fromisoformat(str(start))
            except ValueError:
                raise WordingError(where, key, "bad-value", f"{start!r} is not a date (YYYY-MM-DD)") from None
    elif key in _LIST_KEYS:
        if not isinstance(value, (list, tuple)) or not all(isinstance(v, str) for v in value):
            raise WordingError(where, key, "bad-type", "expected a list of texts")
    elif not isinstance(value, str):
        raise WordingError(where, key, "bad-type", f"expected text, got {value!r}")
