"""Vietnamese alphabetical order for names (provinces, units, people) in the CLI and reports.

Code-point order puts "Cần Thơ" before "Cao Bằng" and "Bắc Giang" before "Bạc Liêu"; folding the
diacritics away (a → a, ă → a) puts "Cần Thơ" before "Cao Bằng" too. The Vietnamese alphabet is
a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y: ă, â, đ, ê, ô, ơ, ư are letters of their
own. Tones (none, huyền, hỏi, ngã, sắc, nặng) only decide between names whose letters are equal,
and case after that. So: Bà Rịa, Bạc Liêu, Bắc Giang, Cà Mau, Cao Bằng, Cần Thơ, Dak Lak, Đà Nẵng.

The desktop app sorts what it shows with Qt's QCollator for Vietnamese, which orders these the
same way; this key serves the core, which has no Qt.
"""

from __future__ import annotations

import unicodedata

_ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
_LETTER = {ch: n for n, ch in enumerate(_ALPHABET)}
_MODIFIED = {("a", "\u0306"): "ă", ("a", "\u0302"): "â", ("e", "\u0302"): "ê", ("o", "\u0302"): "ô",
             ("o", "\u031b"): "ơ", ("u", "\u031b"): "ư"}
# ngang (no mark) 0, huyền, hỏi, ngã, sắc, nặng: the order of Vietnamese dictionaries
_TONES = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}

_SPACE, _DIGIT, _LETTER_CLASS, _OTHER = range(4)


def vietnamese_sort_key(text: str) -> tuple[tuple[tuple[int, int], ...], tuple[int, ...], tuple[int, ...]]:
    """A key that sorts names in Vietnamese alphabetical order (see the module's docstring):
    letters first, then tones, then case (lower before upper). Equal in NFC and NFD."""
    primary: list[tuple[int, int]] = []
    tones: list[int] = []
    cases: list[int] = []
    for ch in unicodedata.normalize("NFD", " ".join(text.split())):
        if unicodedata.combining(ch):
            if ch in _TONES and tones:
                tones[-1] = _TONES[ch]
            elif primary and primary[-1][0] == _LETTER_CLASS:
                base = _ALPHABET[primary[-1][1]]
                shaped = _MODIFIED.get((base, ch))
                if shaped is not None:
                    primary[-1] = (_LETTER_CLASS, _LETTER[shaped])
            continue
        lower = ch.lower()
        if lower in _LETTER:
            primary.append((_LETTER_CLASS, _LETTER[lower]))
        elif ch.isspace() or unicodedata.category(ch).startswith("P"):
            primary.append((_SPACE, ord(ch)))
        elif ch.isdigit():
            primary.append((_DIGIT, ord(ch)))
        else:
            primary.append((_OTHER, ord(lower)))
        tones.append(0)
        cases.append(int(ch != lower))
    return tuple(primary), tuple(tones), tuple(cases)


def sort_names(names: list[str]) -> list[str]:
    """`names` in Vietnamese alphabetical order."""
    return sorted(names, key=vietnamese_sort_key)
