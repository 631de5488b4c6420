"""Vietnamese alphabetical order in the core (no Qt): the key agrees with the examples of the
review and, on any names made of Vietnamese letters, with Qt's ICU collator for Vietnamese
(what the desktop app uses)."""

from __future__ import annotations

import functools
import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from inspector.collation import sort_names, vietnamese_sort_key
from inspector.reference.provinces import load_provinces

LETTERS = "aăâbcdđeêghiklmnoôơpqrstuưvxy"
TONES = ["", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323"]


@st.composite
def syllables(draw) -> str:
    letters = draw(st.text(alphabet=LETTERS, min_size=1, max_size=5))
    tone = draw(st.sampled_from(TONES))
    word = unicodedata.normalize("NFC", letters[0] + tone + letters[1:])
    return word.capitalize() if draw(st.booleans()) else word


names = st.lists(syllables(), min_size=1, max_size=3).map(" ".join)


@pytest.fixture(scope="module")
def collator_vi():
    """Qt's ICU collator for Vietnamese: the oracle (tests only; the core has no Qt)."""
    from PySide6.QtCore import QCollator, QLocale

    return QCollator(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))


def test_the_review_examples():
    assert sort_names(["Cần Thơ", "Cao Bằng", "Cà Mau"]) == ["Cà Mau", "Cao Bằng", "Cần Thơ"]
    assert sort_names(["Bắc Giang", "Bạc Liêu", "Bà Rịa"]) == ["Bà Rịa", "Bạc Liêu", "Bắc Giang"]
    assert sort_names(["Đà Nẵng", "Dak Lak", "Điện Biên"]) == ["Dak Lak", "Đà Nẵng", "Điện Biên"]


def test_every_province_sorts_like_qt_for_vietnamese(collator_vi):
    every = sorted({p.short_name for p in load_provinces().provinces})
    assert len(every) >= 63
    assert sort_names(every) == sorted(every, key=functools.cmp_to_key(collator_vi.compare))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(names, min_size=2, max_size=6))
def test_same_order_as_qt_collator_for_vietnamese(collator_vi, some):
    assert sort_names(some) == sorted(some, key=functools.cmp_to_key(collator_vi.compare))


@given(names)
def test_composed_or_decomposed_text_sorts_the_same(name):
    assert vietnamese_sort_key(unicodedata.normalize("NFD", name)) == vietnamese_sort_key(name)


@given(names, names)
def test_letters_decide_before_tones_and_case(a, b):
    def bare(s: str) -> str:  # drop the tones only (ă, â, ê, ô, ơ, ư, đ stay letters)
        return unicodedata.normalize("NFC", "".join(c for c in unicodedata.normalize("NFD", s)
                                                    if c not in "\u0300\u0309\u0303\u0301\u0323")).lower()
    if bare(a) != bare(b):
        assert (vietnamese_sort_key(a) < vietnamese_sort_key(b)) == (vietnamese_sort_key(bare(a))
                                                                      < vietnamese_sort_key(bare(b)))
