"""Vietnamese dates, numbers and safe text (Decree 30/2020 leading-zero rules)."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st
from lxml import etree

from inspector.minutes.formats import (
    as_statement,
    clean_text,
    format_clock_words,
    format_date_short,
    format_date_words,
    format_document_number,
    format_number,
    format_place_date,
    lower_first,
    place_name,
)


@pytest.mark.parametrize(("day", "expected"), [
    (date(2016, 10, 7), "ngày 07 tháng 10 năm 2016"),
    (date(2025, 2, 5), "ngày 05 tháng 02 năm 2025"),
    (date(2025, 8, 15), "ngày 15 tháng 8 năm 2025"),
    (date(2024, 1, 31), "ngày 31 tháng 01 năm 2024"),
    (date(2023, 12, 1), "ngày 01 tháng 12 năm 2023"),
    (date(2023, 3, 10), "ngày 10 tháng 3 năm 2023"),
])
def test_date_words_leading_zero_rules(day, expected):
    assert format_date_words(day) == expected


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 12, 31)))
def test_date_words_rule_holds_for_every_day(day):
    m = re.fullmatch(r"ngày (\d+) tháng (\d+) năm (\d{4})", format_date_words(day))
    assert m is not None
    d, month, year = m.groups()
    assert len(d) == 2 and int(d) == day.day
    assert int(month) == day.month and int(year) == day.year
    assert len(month) == (2 if day.month <= 2 else len(str(day.month)))
    # The short form follows the same rule.
    assert format_date_short(day) == f"{d}/{month}/{year}"


def test_place_date_line():
    assert format_place_date("Phú Thọ", date(2016, 10, 7)) == "Phú Thọ, ngày 07 tháng 10 năm 2016"


@pytest.mark.parametrize(("official", "place"), [
    ("Tỉnh Phú Thọ", "Phú Thọ"),
    ("Thành phố Hà Nội", "Hà Nội"),
    ("Thành phố Hồ Chí Minh", "Thành phố Hồ Chí Minh"),
    ("Thành phố Huế", "Huế"),
    ("Phú Thọ", "Phú Thọ"),
])
def test_place_name(official, place):
    assert place_name(official) == place


def test_clock_words_are_vietnam_local_time():
    # 01:30 UTC is 8:30 in Vietnam (UTC+7, no daylight saving).
    assert format_clock_words(datetime(2016, 10, 7, 1, 30, tzinfo=UTC)) == "8 giờ 30 phút"
    assert format_clock_words(datetime(2016, 10, 7, 7, 5, tzinfo=UTC)) == "14 giờ 05 phút"


@pytest.mark.parametrize(("value", "text"), [
    (8950, "8.950"), (8950.0, "8.950"), (12.5, "12,5"), (1234.567, "1.234,57"), (0, "0"),
    (1_250_000, "1.250.000"), (-3.25, "-3,25"), (0.004, "0"),
])
def test_number_format(value, text):
    assert format_number(value) == text


@given(st.integers(min_value=-10**12, max_value=10**12))
def test_integers_round_trip(n):
    assert int(format_number(n).replace(".", "")) == n


@given(st.floats(min_value=-1e9, max_value=1e9, allow_nan=False))
def test_numbers_read_back_within_rounding(x):
    text = format_number(x)
    assert re.fullmatch(r"-?\d{1,3}(\.\d{3})*(,\d{1,2})?", text), text
    assert abs(float(text.replace(".", "").replace(",", ".")) - x) <= 0.005 + 1e-9 * abs(x)


@pytest.mark.parametrize(("number", "line"), [
    ("", "Số:      /BB-ĐKT"),
    ("7", "Số: 07/BB-ĐKT"),
    ("12", "Số: 12/BB-ĐKT"),
    ("Số: 07/BB-THH", "Số: 07/BB-THH"),
    ("07/BB-THH", "Số: 07/BB-THH"),
])
def test_document_number(number, line):
    assert format_document_number(number, "BB", "ĐKT", "      ") == line


def _xml_accepts(text: str) -> bool:
    element = etree.Element("t")
    try:
        element.text = text
    except ValueError:
        return False
    return True


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=200))
def test_clean_text_is_always_xml_legal_and_nfc(text):
    cleaned = clean_text(text)
    assert _xml_accepts(cleaned)
    assert "\r" not in cleaned


def test_clean_text_keeps_markup_and_turns_soft_breaks_into_lines():
    raw = "Ghi chú <b>đậm</b> & {inspected_unit}\x00\x07\x1b dòng\x0bmới\r\nhết"
    assert clean_text(raw) == "Ghi chú <b>đậm</b> & {inspected_unit} dòng\nmới\nhết"
    # Decomposed Vietnamese (as typed on some Macs) becomes precomposed.
    assert clean_text("Tho\u0323") == "Thọ"


@pytest.mark.parametrize(("question", "statement"), [
    ("Có lịch làm việc của lãnh đạo cơ quan, cập nhật hằng tuần không?",
     "Có lịch làm việc của lãnh đạo cơ quan, cập nhật hằng tuần"),
    ("Tên miền của Cổng có đúng quy định không (UBND tỉnh: tentinhthanh.gov.vn)?",
     "Tên miền của Cổng đúng quy định (UBND tỉnh: tentinhthanh.gov.vn)"),
    ("Hồ sơ đề xuất cấp độ đã được phê duyệt chưa (ghi cấp độ)?",
     "Hồ sơ đề xuất cấp độ đã được phê duyệt (ghi cấp độ)"),
    ("Số tin, bài đăng trên Cổng trong năm kiểm tra", "Số tin, bài đăng trên Cổng trong năm kiểm tra"),
    # "có" + verb asks whether; "có" + noun owns something and stays.
    ("Thông tin có được đăng trên Cổng không?", "Thông tin được đăng trên Cổng"),
    ("Cổng có các chức năng hỗ trợ người khuyết tật không?", "Cổng có các chức năng hỗ trợ người khuyết tật"),
])
def test_questions_become_statements(question, statement):
    assert as_statement(question) == statement


def test_lower_first_keeps_acronyms():
    assert lower_first("Kiểm tra việc") == "kiểm tra việc"
    assert lower_first("UBND tỉnh") == "UBND tỉnh"
    assert lower_first("Tỉnh Phú Thọ") == "tỉnh Phú Thọ"
