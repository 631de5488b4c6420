"""Vietnamese-aware text folding for search and matching.

SQLite and Unicode decomposition treat "đ" as its own letter, so "duc" would not match "Đức":
`fold` lower-cases, maps đ→d, strips diacritics and collapses whitespace. `fold_same_length`
keeps positions, so a match found in folded text points at the same place in the original
(the probe uses it to quote the snippet it matched).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    if ch in "đĐ":
        return "d"
    low = ch.lower()
    base = "".join(c for c in unicodedata.normalize("NFD", low) if not unicodedata.combining(c))
    # One character in, one out: positions in the folded text are positions in the original.
    return base if len(base) == 1 else (low if len(low) == 1 else ch)


# Latin letters, with the Vietnamese ones (Latin Extended Additional): str.translate runs in C, which
# matters on megabyte pages checked against dozens of keywords.
_FOLD_TABLE = {cp: _fold_char(chr(cp)) for cp in [*range(0x250), *range(0x1E00, 0x1F00)]}


def fold_same_length(text: str) -> str:
    """Fold each character (lower case, no diacritics, đ→d) keeping the length unchanged.

    Characters outside the Latin ranges are left as they are."""
    return _folded(text) if len(text) > 256 else text.translate(_FOLD_TABLE)


@lru_cache(maxsize=32)
def _folded(text: str) -> str:
    # Long texts (whole pages) are folded once and reused by every keyword.
    return text.translate(_FOLD_TABLE)


def fold(text: str) -> str:
    """'Sở Thông tin và Truyền thông  ĐẮK LẮK' → 'so thong tin va truyen thong dak lak'."""
    return _SPACES.sub(" ", fold_same_length(unicodedata.normalize("NFC", text))).strip()


def has_marks(word: str) -> bool:
    """True when the word carries Vietnamese diacritics (or đ)."""
    return fold_same_length(word) != word.lower()


