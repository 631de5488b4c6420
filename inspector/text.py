"""Vietnamese-aware text folding for search and matching.

SQLite and Unicode decomposition treat "đ" as its own letter, so "duc" would not match "Đức":
fold() lower-cases, maps đ→d, strips combining marks and collapses whitespace.
"""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"\s+")
_D = str.maketrans({"đ": "d", "Đ": "d"})


def fold(text: str) -> str:
    """'Sở Thông tin và Truyền thông  ĐẮK LẮK' → 'so thong tin va truyen thong dak lak'."""
    decomposed = unicodedata.normalize("NFD", text.translate(_D).casefold())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SPACES.sub(" ", stripped).strip()
