"""Vietnamese-aware keyword matching: accents, case, đ, URL slugs."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from inspector.probe.text import (
    find_keyword,
    find_keyword_in_url,
    fold_same_length,
)
from inspector.text import fold


def test_fold_strips_marks_and_maps_d():
    assert fold("Sở Thông tin và Truyền thông  ĐẮK LẮK") == "so thong tin va truyen thong dak lak"
    assert fold("Hỏi đáp") == "hoi dap"


@pytest.mark.parametrize("text", [
    "Hỏi đáp", "HỎI ĐÁP", "hỏi đáp trực tuyến", "Hoi dap", "HOI DAP", "Hỏi - Đáp", "hỏi-đáp",
    "Mục hoi  dap cua cong",
])
def test_keyword_matches_with_or_without_marks(text):
    assert find_keyword("hỏi đáp", text) is not None


@pytest.mark.parametrize("keyword,text", [
    ("sở", "Số liệu thống kê"),  # an accented word with other marks is another word
    ("hỏi đáp", "Hội đàm cấp cao"),
    ("văn bản", "vẫn bận"),
    ("lịch công tác", "lịch công tắc"),
    ("sở", "sởi"),  # whole words only
    ("tin tức", "tin tứcxyz"),
])
def test_keyword_rejects_other_words(keyword, text):
    assert find_keyword(keyword, text) is None


def test_match_reports_text_as_written():
    m = find_keyword("lịch công tác", "Xem LỊCH CÔNG TÁC tuần này")
    assert m is not None and m.matched == "LỊCH CÔNG TÁC"


def test_decomposed_input_is_matched():
    nfd = unicodedata.normalize("NFD", "Văn bản chỉ đạo điều hành")
    assert find_keyword("văn bản chỉ đạo", nfd) is not None


@pytest.mark.parametrize("keyword,url,expected", [
    ("hỏi đáp", "https://phutho.gov.vn/hoi-dap", "hoi-dap"),
    ("hỏi đáp", "https://phutho.gov.vn/hoidap.aspx", "hoidap"),
    ("lịch công tác", "https://phutho.gov.vn/lich-cong-tac/tuan-12", "lich-cong-tac"),
    ("văn bản", "https://phutho.gov.vn/Pages/van_ban.aspx?cat=1", "van_ban"),
    ("văn bản", "https://phutho.gov.vn/?module=van-ban", "van-ban"),
    ("dịch vụ công", "https://dichvucong.gov.vn/p/home", "dichvucong"),
    ("hỏi đáp", "https://phutho.gov.vn/h%E1%BB%8Fi-%C4%91%C3%A1p", "hoi-dap"),
])
def test_slug_matching(keyword, url, expected):
    assert find_keyword_in_url(keyword, url) == expected


@pytest.mark.parametrize("keyword,url", [
    ("sở", "https://x.gov.vn/so/1"),  # one short word: too ambiguous in a URL
    ("văn bản", "https://x.gov.vn/vanbanner"),
    ("hỏi đáp", "https://x.gov.vn/tin-tuc/hoi-nghi-dap-ung"),
])
def test_slug_matching_rejects(keyword, url):
    assert find_keyword_in_url(keyword, url) is None


vietnamese = st.text(
    alphabet=st.sampled_from(list("aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ ")),
    min_size=1, max_size=40,
)


@given(vietnamese)
def test_fold_same_length_keeps_positions(text):
    folded = fold_same_length(text)
    assert len(folded) == len(text)
    assert fold_same_length(folded) == folded


@given(vietnamese, vietnamese, vietnamese)
def test_keyword_found_in_any_surrounding_text(before, word, after):
    word = word.strip()
    if not any(c.isalnum() for c in word):
        return
    text = f"{before} {word} {after}"
    # As written, in capitals, and with every mark removed: always found.
    assert find_keyword(word, text) is not None
    assert find_keyword(word, text.upper()) is not None
    assert find_keyword(word, fold(text)) is not None
