"""The wording file: shipped defaults < office file < Settings, checked strictly."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from inspector.errors import WordingError
from inspector.minutes import MinutesSettings, export_minutes, load_wording, office_wording_file
from inspector.minutes.wording import PLACEHOLDERS, fill

from minutes_helpers import all_text, find_paragraph


def write(tmp_path: Path, text: str, name: str = "office.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults_load_and_every_placeholder_is_known():
    w = load_wording()
    assert w.get("agency.issuing_unit") == "ĐOÀN KIỂM TRA"
    assert w.get("layout.body_size") == 14
    assert w.sources[-1].endswith("minutes.yaml")
    assert "inspected_unit" in PLACEHOLDERS


def test_office_file_changes_only_its_keys_and_settings_win(tmp_path):
    office = write(tmp_path, """
schema_version: 1
agency:
  issuing_unit: "CỤC TIN HỌC HÓA"
  unit_abbreviation: "THH"
document:
  subject_basis:
    my-template: "Kiểm tra công tác chuyển đổi số"
signatures:
  team_title: "CỤC TRƯỞNG"
""")
    w = load_wording(MinutesSettings(office_file=office, team_signature_title="PHÓ CỤC TRƯỞNG"))
    assert w.get("agency.issuing_unit") == "CỤC TIN HỌC HÓA"
    assert w.get("agency.unit_abbreviation") == "THH"
    assert w.get("agency.parent") == "BỘ THÔNG TIN VÀ TRUYỀN THÔNG"  # untouched default
    assert w.get("signatures.team_title") == "PHÓ CỤC TRƯỞNG"  # Settings over the office file
    # Maps merge key by key: the shipped subjects remain.
    basis = w.get("document.subject_basis")
    assert basis["my-template"] == "Kiểm tra công tác chuyển đổi số"
    assert basis["nd43-tt25"].startswith("Kiểm tra việc thực hiện Nghị định số 43/2011")
    assert w.sources == (w.sources[0], str(office), "settings")


def test_office_wording_reaches_the_document(tmp_path, nd43, demo):
    office = write(tmp_path, """
agency:
  parent: "BỘ KHOA HỌC VÀ CÔNG NGHỆ"
  issuing_unit: "CỤC CHUYỂN ĐỔI SỐ QUỐC GIA"
  unit_abbreviation: "CĐSQG"
text:
  same_day: "trong cùng ngày"
""")
    out = tmp_path / "bb.docx"
    export_minutes(demo, nd43, out, settings=MinutesSettings(office_file=office, recipients=("Lãnh đạo Bộ (để b/c)",)))
    doc = docx.Document(str(out))
    left = doc.tables[0].rows[0].cells[0]
    assert [p.text for p in left.paragraphs][:2] == ["BỘ KHOA HỌC VÀ CÔNG NGHỆ", "CỤC CHUYỂN ĐỔI SỐ QUỐC GIA"]
    assert left.paragraphs[3].text.endswith("/BB-CĐSQG")
    assert "trong cùng ngày" in find_paragraph(doc, "Buổi kiểm tra kết thúc").text
    assert "- Lãnh đạo Bộ (để b/c)." in all_text(doc)


@pytest.mark.parametrize(("body", "key", "code"), [
    ("agency:\n  isuing_unit: X\n", "agency.isuing_unit", "unknown-key"),
    ("agencyy:\n  parent: X\n", "agencyy", "unknown-key"),
    ("layout:\n  body_size: 12\n", "layout.body_size", "bad-value"),
    ("layout:\n  margin_left_mm: 25\n", "layout.margin_left_mm", "bad-value"),
    ("layout:\n  body_size: mười bốn\n", "layout.body_size", "bad-type"),
    ("document:\n  show_place_date: 'có'\n", "document.show_place_date", "bad-type"),
    ("text:\n  closing: 'Kết thúc lúc {gio_ket_thuc}.'\n", "text.closing", "unknown-placeholder"),
    ("recipients:\n  lines: 'Bộ trưởng'\n", "recipients.lines", "bad-type"),
    ("appendix:\n  columns: [TT, Nội dung]\n", "appendix.columns", "bad-value"),
    ("schema_version: 7\n", "schema_version", "bad-value"),
    ("agency: [\n", "", "bad-yaml"),
    ("- just\n- a list\n", "", "bad-type"),
])
def test_bad_office_files_say_where_and_why(tmp_path, body, key, code):
    path = write(tmp_path, body)
    with pytest.raises(WordingError) as info:
        load_wording(office_file=path)
    assert info.value.key == key
    assert info.value.code == code
    assert info.value.file == str(path)


def test_bad_settings_are_refused_too():
    with pytest.raises(WordingError) as info:
        load_wording(MinutesSettings(body_size=16))
    assert (info.value.key, info.value.code, info.value.file) == ("layout.body_size", "bad-value", "settings")
    with pytest.raises(WordingError) as info:
        load_wording(MinutesSettings(overrides={"text.closingg": "x"}))
    assert info.value.code == "unknown-key"


def test_missing_office_file_is_reported(tmp_path):
    with pytest.raises(WordingError) as info:
        load_wording(office_file=tmp_path / "nope.yaml")
    assert info.value.code == "unreadable"


def test_office_file_in_the_data_folder(tmp_path):
    assert office_wording_file(tmp_path) is None
    (tmp_path / "templates").mkdir()
    path = write(tmp_path / "templates", "agency:\n  unit_abbreviation: THH\n", "minutes.yaml")
    assert office_wording_file(tmp_path) == path


def test_literal_braces_and_unfilled_placeholders():
    assert fill("{{x}} {inspected_unit} {n}", {"inspected_unit": "Sở"}) == "{x} Sở {n}"


@given(st.text(max_size=80), st.text(max_size=80))
def test_fill_is_single_pass(value, other):
    # A value that looks like a placeholder is printed as it is, never expanded again.
    template = "A {inspected_unit} B {province} C"
    out = fill(template, {"inspected_unit": value, "province": other})
    assert out == f"A {value} B {other} C"
