"""Dataclasses ↔ plain JSON values, and the canonical JSON used for hashes and sync.

One generic converter driven by type hints, so every domain record round-trips the same way:
enums by value, datetimes as ISO 8601 in UTC, dates as YYYY-MM-DD, tuples as lists, nested
dataclasses as objects. Canonical JSON sorts keys, has no spaces, keeps Unicode as is (NFC is
the caller's job: `normalize_text`) and refuses NaN, so equal records always give equal bytes.
"""

from __future__ import annotations

import dataclasses
import enum
import json
import types
import typing
import unicodedata
from datetime import UTC, date, datetime
from functools import cache
from typing import Any, TypeVar

T = TypeVar("T")


def normalize_text(text: str) -> str:
    """NFC-normalise (TCVN 6909:2001 is precomposed Unicode) and unify line endings."""
    return unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))


def utc_now() -> datetime:
    return datetime.now(UTC)


def format_datetime(value: datetime) -> str:
    if value.tzinfo is None:
        raise ValueError("naive datetime: the core stores aware UTC times only")
    return value.astimezone(UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


def parse_datetime(text: str) -> datetime:
    value = datetime.fromisoformat(text.replace("Z", "+00:00"))
    if value.tzinfo is None:
        raise ValueError(f"time without a zone: {text!r}")
    return value.astimezone(UTC)


# A field added to a stored record later carries this in its metadata: while it holds its default it
# is left out of the JSON form, so records written before the field existed keep their canonical
# bytes, hashes and seals.
OMIT_DEFAULT = "omit_default"


def omitted_if_default(default: Any) -> Any:
    """`dataclasses.field` for a field added after records were sealed or snapshotted."""
    if isinstance(default, (list, dict, set)):
        raise TypeError("mutable defaults are not allowed in domain records")
    return dataclasses.field(default=default, metadata={OMIT_DEFAULT: True})


def _default_of(f: dataclasses.Field) -> Any:
    return f.default


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def to_jsonable(value: Any) -> Any:
    """Turn a domain value (dataclass, enum, datetime, tuple…) into JSON-ready data."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {
            f.name: to_jsonable(getattr(value, f.name))
            for f in dataclasses.fields(value)
            if not (f.metadata.get(OMIT_DEFAULT) and getattr(value, f.name) == _default_of(f))
        }
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime):
        return format_datetime(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [to_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    return value


def from_jsonable(cls: type[T], data: Any) -> T:
    """Rebuild a value of type `cls` from what `to_jsonable` produced."""
    return _convert(cls, data)


def _convert(tp: Any, data: Any) -> Any:
    origin = typing.get_origin(tp)
    if tp is Any:
        return data
    if origin in (typing.Union, types.UnionType):
        args = typing.get_args(tp)
        if data is None and type(None) in args:
            return None
        errors = []
        for arg in args:
            if arg is type(None):
                continue
            try:
                return _convert(arg, data)
            except (TypeError, ValueError, KeyError) as exc:
                errors.append(exc)
        raise ValueError(f"{data!r} fits none of {args}: {errors}")
    if origin is tuple:
        args = typing.get_args(tp)
        if not isinstance(data, list):
            raise TypeError(f"expected a list, got {data!r}")
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_convert(args[0], v) for v in data)
        return tuple(_convert(a, v) for a, v in zip(args, data, strict=True))
    if origin is list:
        (arg,) = typing.get_args(tp)
        return [_convert(arg, v) for v in data]
    if origin is dict:
        kt, vt = typing.get_args(tp)
        if not isinstance(data, dict):
            raise TypeError(f"expected an object, got {data!r}")
        return {_convert(kt, k): _convert(vt, v) for k, v in data.items()}
    if isinstance(tp, type):
        if dataclasses.is_dataclass(tp):
            if not isinstance(data, dict):
                raise TypeError(f"expected an object for {tp.__name__}, got {data!r}")
            hints = _hints(tp)
            kwargs = {}
            for f in dataclasses.fields(tp):
                if f.name in data:
                    kwargs[f.name] = _convert(hints[f.name], data[f.name])
            return tp(**kwargs)
        if issubclass(tp, enum.Enum):
            return tp(data)
        if tp is datetime:
            if not isinstance(data, str):
                raise TypeError(f"expected a time string, got {data!r}")
            return parse_datetime(data)
        if tp is date:
            if not isinstance(data, str):
                raise TypeError(f"expected a date string, got {data!r}")
            return date.fromisoformat(data)
        if tp is float:
            if isinstance(data, bool) or not isinstance(data, (int, float)):
                raise TypeError(f"expected a number, got {data!r}")
            return float(data)
        if tp is int:
            if isinstance(data, bool) or not isinstance(data, int):
                raise TypeError(f"expected an integer, got {data!r}")
            return data
        if tp is str:
            if not isinstance(data, str):
                raise TypeError(f"expected text, got {data!r}")
            return data
        if tp is bool:
            if not isinstance(data, bool):
                raise TypeError(f"expected true/false, got {data!r}")
            return data
    raise TypeError(f"cannot convert {data!r} to {tp!r}")


def canonical_json(value: Any) -> bytes:
    """The one byte form of a value used for hashes, seals and sync documents."""
    return json.dumps(
        to_jsonable(value), sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    ).encode("utf-8")


def sha256_hex(data: bytes) -> str:
    import hashlib  # here: hashlib's OpenSSL binding is not needed to show the list at start-up

    return hashlib.sha256(data).hexdigest()
