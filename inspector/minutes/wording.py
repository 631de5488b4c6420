"""The wording and layout choices of the minutes: shipped defaults + office file + Settings.

`resources/templates/minutes.yaml` ships every key with its default. An office may keep its own
file with only the keys it changes (agency names, unit abbreviation, fixed sentences, signature
titles) in the data folder. The user's own changes, made in the application's Settings, are kept
the same way in a file of the user's config folder (`user_wording_file`, written by
`save_user_wording`); a `MinutesSettings` may also set values directly (CLI, tests).
`load_wording` merges defaults < office file < user file < `MinutesSettings` values and checks
the result strictly: unknown keys, wrong types, placeholders the program does not know and sizes
or margins outside Decree 30/2020 limits are reported as `WordingError`.
"""

from __future__ import annotations

import functools
import os
import re
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

import yaml

from inspector import paths
from inspector.errors import WordingError
from inspector.wording_file import SCHEMA_VERSION, clean_value, read_wording_yaml

USER_WORDING_NAME = "minutes-wording.yaml"

# Leaves that are maps (merged key by key) rather than groups of keys.
_MAP_LEAVES = frozenset({"document.subject_basis", "figure_labels", "summary_items", "abbreviations"})

# Every placeholder a wording text may use. A name outside this set is a typo in the file.
PLACEHOLDERS = frozenset({
    # document-wide, usable in any text
    "inspected_unit", "province", "province_lower", "place", "team_name", "ministry",
    "unit_abbreviation", "subject_basis", "subject_basis_lower", "date",
    # text-specific
    "plan_number", "start_time", "start_date", "place_of_work", "name_position", "role", "count",
    "checked", "total", "breakdown", "n", "url", "time", "not_met", "partly", "met",
    "not_applicable", "rate", "text", "status", "legal_ref", "unit", "deadline", "end_time",
    "end_day", "copies", "team_copies", "host_copies", "title", "version", "hash", "sha256", "by",
    "archive_unit", "start_moment", "subject_full", "end_moment", "requirement", "finding",
    "observations", "value", "number", "code", "section", "name", "detail", "subject",
})

_PLACEHOLDER = re.compile(r"\{\{|\}\}|\{([^{}]*)\}")

# Decree 30/2020 limits (Phụ lục I) for the layout numbers an office may change.
_RANGES: dict[str, tuple[float, float]] = {
    "layout.margin_top_mm": (20, 25),
    "layout.margin_bottom_mm": (20, 25),
    "layout.margin_left_mm": (30, 35),
    "layout.margin_right_mm": (15, 20),
    "layout.header_distance_mm": (5, 15),
    "layout.body_size": (13, 14),
    "layout.parent_size": (12, 13),
    "layout.issuing_unit_size": (12, 13),
    "layout.national_title_size": (12, 13),
    "layout.motto_size": (13, 14),
    "layout.number_size": (13, 13),
    "layout.place_date_size": (13, 14),
    "layout.title_size": (13, 14),
    "layout.signature_size": (13, 14),
    "layout.recipients_heading_size": (12, 12),
    "layout.recipients_size": (11, 11),
    "layout.page_number_size": (13, 14),
    "layout.table_size": (9, 14),
    "layout.first_line_indent_cm": (1, 1.27),
    "layout.paragraph_space_pt": (6, 24),
    "layout.line_spacing": (1, 1.5),
    "layout.unit_rule_ratio": (1 / 3, 1 / 2),
    "layout.signature_space_lines": (2, 8),
    "text.strengths_threshold": (0, 1),
    "copies.team": (1, 20),
    "copies.host": (1, 20),
}


@dataclass
class MinutesSettings:
    """What the Settings page (or the CLI) chooses for the minutes. `None` keeps the office file's
    value, or the shipped default.

    `office_file` is the office's own wording file (see `office_wording_file`); `user_file` the
    user's own changes (see `user_wording_file`), merged over it; `overrides` sets any other key
    of the wording file by its dotted name, e.g. ``{"text.closing": "…"}``.
    """

    parent_agency: str | None = None
    issuing_unit: str | None = None
    unit_abbreviation: str | None = None
    ministry: str | None = None
    place: str | None = None
    body_size: int | None = None
    show_place_date: bool | None = None
    show_recipients: bool | None = None
    show_secretary: bool | None = None
    appendix_landscape: bool | None = None
    recipients: tuple[str, ...] | None = None
    team_copies: int | None = None
    host_copies: int | None = None
    host_signature_title: str | None = None
    team_signature_heading: str | None = None
    team_signature_title: str | None = None
    office_file: Path | None = None
    user_file: Path | None = None
    overrides: dict[str, Any] = field(default_factory=dict)


_SETTING_KEYS = {
    "parent_agency": "agency.parent",
    "issuing_unit": "agency.issuing_unit",
    "unit_abbreviation": "agency.unit_abbreviation",
    "ministry": "agency.ministry",
    "place": "document.place",
    "body_size": "layout.body_size",
    "show_place_date": "document.show_place_date",
    "show_recipients": "document.show_recipients",
    "show_secretary": "signatures.show_secretary",
    "appendix_landscape": "document.appendix_landscape",
    "recipients": "recipients.lines",
    "team_copies": "copies.team",
    "host_copies": "copies.host",
    "host_signature_title": "signatures.host_title",
    "team_signature_heading": "signatures.team_heading",
    "team_signature_title": "signatures.team_title",
}


@dataclass(frozen=True)
class Wording:
    """The merged wording: dotted key → value. `sources` lists the files merged, in order."""

    values: Mapping[str, Any]
    sources: tuple[str, ...] = ()

    def get(self, key: str) -> Any:
        return self.values[key]

    def text(self, key: str, /, **fields: object) -> str:
        """The text at `key` with its placeholders filled. Values are inserted as they are (they
        are never read as placeholders themselves); a placeholder without a value stays visible."""
        return fill(self.values[key], fields)

    def lines(self, key: str) -> list[str]:
        return list(self.values[key])

    def size(self, key: str) -> float:
        return float(self.values[f"layout.{key}"])


def fill(template: str, fields: Mapping[str, object]) -> str:
    """Single-pass placeholder substitution ("{{" and "}}" are literal braces)."""

    def replace(match: re.Match[str]) -> str:
        token = match.group(0)
        if token == "{{":
            return "{"
        if token == "}}":
            return "}"
        name = match.group(1)
        if name in fields and fields[name] is not None:
            return str(fields[name])
        return token

    return _PLACEHOLDER.sub(replace, template)


def defaults_file() -> Path:
    return paths.resource("templates", "minutes.yaml")


@functools.cache
def _shipped() -> dict[str, Any]:
    path = defaults_file()
    values = _flatten(read_wording_yaml(path), None, path)
    return {key: clean_value(value) for key, value in values.items()}


def shipped_value(key: str) -> Any:
    """The value Inspector ships for `key` (before any office file or Settings)."""
    return _shipped()[key]


def office_wording_file(data_dir: Path | None = None) -> Path | None:
    """The office's wording file in the data folder (templates/minutes.yaml), if there is one."""
    path = (data_dir or paths.data_dir()) / "templates" / "minutes.yaml"
    return path if path.is_file() else None


def user_wording_file(config_dir: Path | None = None) -> Path:
    """Where the user's own wording changes are kept (the file may not exist yet)."""
    return (config_dir or paths.config_dir()) / USER_WORDING_NAME


def load_wording(settings: MinutesSettings | None = None, *, office_file: Path | None = None) -> Wording:
    """Shipped defaults, then the office file (`office_file` or `settings.office_file`), then
    the user file (`settings.user_file`), then the Settings values. Raises `WordingError` on the
    first problem found."""
    settings = settings or MinutesSettings()
    base_path = defaults_file()
    values = _flatten(read_wording_yaml(base_path), None, base_path)
    _validate(values, base_path)
    sources = [str(base_path)]
    for layer in (office_file or settings.office_file, settings.user_file):
        if layer is None:
            continue
        layer = Path(layer)
        data = read_wording_yaml(layer)
        _merge(values, _flatten(data, values, layer), layer)
        _validate(values, layer)
        sources.append(str(layer))
    overrides: dict[str, Any] = {}
    for f in fields(MinutesSettings):
        key = _SETTING_KEYS.get(f.name)
        value = getattr(settings, f.name)
        if key is not None and value is not None:
            overrides[key] = list(value) if isinstance(value, tuple) else value
    overrides.update(settings.overrides)
    if overrides:
        _merge(values, overrides, "settings", check_keys=values)
        _validate(values, "settings")
        sources.append("settings")
    return Wording(values, tuple(sources))


def _flatten(data: Mapping[str, Any], known: Mapping[str, Any] | None, path: Path | None,
             prefix: str = "") -> dict[str, Any]:
    """Nested YAML → dotted keys. With `known`, groups follow the shape of the defaults and an
    unknown key is an error."""
    out: dict[str, Any] = {}
    for raw_key, value in data.items():
        key = f"{prefix}{raw_key}"
        if isinstance(value, dict) and key not in _MAP_LEAVES:
            if known is not None and not any(k.startswith(key + ".") for k in known):
                raise WordingError(path, key, "unknown-key", "not a group of this file")
            out.update(_flatten(value, known, path, key + "."))
            continue
        if known is not None and key not in known:
            raise WordingError(path, key, "unknown-key", "no such key (check the spelling)")
        out[key] = value
    return out


def _merge(values: dict[str, Any], new: Mapping[str, Any], path: Path | str | None,
           check_keys: Mapping[str, Any] | None = None) -> None:
    for key, value in new.items():
        if check_keys is not None and key not in check_keys:
            raise WordingError(path, key, "unknown-key", "no such key (check the spelling)")
        old = values[key]
        _check_type(key, old, value, path)
        if key in _MAP_LEAVES:
            values[key] = {**old, **value}
        else:
            values[key] = value


def _check_type(key: str, old: Any, value: Any, path: Path | str | None) -> None:
    def bad(expected: str) -> WordingError:
        return WordingError(path, key, "bad-type", f"expected {expected}, got {value!r}")

    if isinstance(old, bool):
        if not isinstance(value, bool):
            raise bad("true or false")
    elif isinstance(old, (int, float)):
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise bad("a number")
    elif isinstance(old, str):
        if not isinstance(value, str):
            raise bad("text")
    elif isinstance(old, list):
        if not isinstance(value, (list, tuple)) or not all(isinstance(v, str) for v in value):
            raise bad("a list of texts")
        if len(old) and key.endswith("columns") and len(value) != len(old):
            raise WordingError(path, key, "bad-value", f"needs {len(old)} column names")
    elif isinstance(old, dict) and not _is_text_map(value):
        raise bad("pairs of names and texts")


def _is_text_map(value: Any) -> bool:
    return isinstance(value, dict) and all(
        isinstance(k, str) and isinstance(v, str) for k, v in value.items())


def _validate(values: dict[str, Any], where: Path | str) -> None:
    for key, (low, high) in _RANGES.items():
        value = values[key]
        if not low - 1e-9 <= value <= high + 1e-9:
            raise WordingError(where, key, "bad-value",
                               f"{value} is outside the allowed range {low:g}–{high:g}")
    for key in ("copies.team", "copies.host", "layout.signature_space_lines"):
        if values[key] != int(values[key]):
            raise WordingError(where, key, "bad-value", "must be a whole number")
    for key, value in values.items():
        texts = value if isinstance(value, list) else list(value.values()) if isinstance(value, dict) else [value]
        for text in texts:
            if not isinstance(text, str):
                continue
            for match in _PLACEHOLDER.finditer(text):
                name = match.group(1)
                if name is not None and name not in PLACEHOLDERS:
                    raise WordingError(where, key, "unknown-placeholder",
                                       f"{{{name}}} is not a value the program fills")
        values[key] = clean_value(value)


def save_user_wording(changes: Mapping[str, Any], path: Path | None = None, *,
                      office_file: Path | None = None) -> Path | None:
    """Keep `changes` (dotted key → value, only what differs from the office file or the
    shipped defaults) as the user's wording file, replacing the previous one.

    The changes are checked first, exactly as `load_wording` will read them (over `office_file`);
    a `WordingError` leaves the old file as it was. The file is written to a temporary name and
    moved into place, so it is never half written. No changes: the file is removed (the
    defaults apply again). Returns the file written, or None when there is nothing to keep.
    """
    target = path or user_wording_file()
    clean = {key: list(value) if isinstance(value, tuple) else value for key, value in changes.items()}
    load_wording(MinutesSettings(office_file=office_file, overrides=clean))  # raises on a bad value
    if not clean:
        target.unlink(missing_ok=True)
        return None
    nested: dict[str, Any] = {"schema_version": SCHEMA_VERSION}
    for key, value in sorted(clean.items()):
        group, _, name = key.rpartition(".")
        node = nested
        for part in group.split(".") if group else ():
            node = node.setdefault(part, {})
        node[name] = value
    text = ("# Your changes to the wording of the minutes, made in Inspector's Settings.\n"
            "# Same keys as resources/templates/minutes.yaml; remove this file to restore the defaults.\n"
            + yaml.safe_dump(nested, allow_unicode=True, sort_keys=False, width=100))
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=".minutes-wording.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, target)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
    return target
