"""Reading the YAML wording files the minutes and the national report are written from.

Both kinds (`resources/templates/minutes.yaml`, `resources/templates/report.yaml`, and the office's
and the user's files layered over them) are read the same way: UTF-8 (a BOM from Notepad is
fine), YAML mapping at the top, an optional `schema_version` this program knows, and every text
made NFC and XML-safe, since an office file may come from anywhere. What keys each kind holds
and how layers merge stays with each kind (`inspector.minutes.wording`, `inspector.office.wording`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from inspector.errors import WordingError

SCHEMA_VERSION = 1


def read_wording_yaml(path: Path) -> dict[str, Any]:
    """The file's top-level mapping without `schema_version` ({} for an empty file).
    Raises `WordingError` (unreadable, bad-yaml, bad-type, bad-value for another version)."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise WordingError(path, "", "unreadable", str(exc)) from exc
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise WordingError(path, "", "bad-yaml", str(exc)) from exc
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise WordingError(path, "", "bad-type", "the file must hold keys and values")
    version = data.pop("schema_version", SCHEMA_VERSION)
    if version != SCHEMA_VERSION:
        raise WordingError(path, "schema_version", "bad-value",
                           f"{version!r}; this program reads version {SCHEMA_VERSION}")
    return data


def clean_value(value: Any) -> Any:
    """NFC and XML-safe texts in a text, a list of texts or a map of texts; others unchanged."""
    # Imported here: the minutes package imports this module while it initialises.
    from inspector.minutes.formats import clean_text

    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, (list, tuple)):
        return [clean_text(v) for v in value]
    if isinstance(value, dict):
        return {str(k): clean_text(v) for k, v in value.items()}
    return value
