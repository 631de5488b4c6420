"""Names sorted the Vietnamese way on screen (Cà Mau, Cao Bằng, Cần Thơ; Bạc Liêu, Bắc Giang):
Qt's ICU collator for Vietnamese, whatever the interface language, since the names are Vietnamese.
The core sorts with `inspector.collation.vietnamese_sort_key`, which agrees with it."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import cache
from typing import TypeVar

from PySide6.QtCore import QCollator, QLocale

T = TypeVar("T")


@cache
def _collator() -> QCollator:
    collator = QCollator(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
    collator.setNumericMode(True)  # "Quận 2" before "Quận 10"
    return collator


def sorted_by_name(values: Iterable[T], name: Callable[[T], str] = str) -> list[T]:
    """`values` ordered by `name(value)` in Vietnamese alphabetical order."""
    collator = _collator()
    return sorted(values, key=lambda v: collator.sortKey(name(v)))
