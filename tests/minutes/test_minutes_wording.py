"""The wording file: shipped defaults < office file < Settings, checked strictly."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from inspector.errors import WordingError
from inspector.minutes import (
    MinutesSettings,
    export_minutes,
    load_wording,
    office_wording_file,
    save_user_wording,
    user_wording_file,
)
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


# ------------------------------------------------------------ the user's own wording file
def test_user_file_lives_in_the_config_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("INSPECTOR_CONFIG_DIR", str(tmp_path / "cfg"))
    assert user_wording_file() == tmp_path / "cfg" / "minutes-wording.yaml"
    monkeypatch.delenv("INSPECTOR_CONFIG_DIR")
    monkeypatch.setenv("INSPECTOR_DATA_DIR", str(tmp_path / "data"))  # portable: beside the data
    assert user_wording_file() == tmp_path / "data" / "config" / "minutes-wording.yaml"


def test_saved_user_wording_is_read_back_over_the_office_file(tmp_path):
    office = write(tmp_path, "agency:\n  issuing_unit: CỤC TIN HỌC HÓA\n  unit_abbreviation: THH\n")
    target = tmp_path / "cfg" / "minutes-wording.yaml"
    changes = {"agency.unit_abbreviation": "CĐS", "copies.team": 3,
               "recipients.lines": ("Lãnh đạo Bộ (để b/c)", "Lưu: VT, {unit_abbreviation}"),
               "text.closing": "Biên bản lập thành {copies} bản, kết thúc lúc {end_time}./."}
    assert save_user_wording(changes, target, office_file=office) == target
    w = load_wording(MinutesSettings(office_file=office, user_file=target))
    assert w.get("agency.issuing_unit") == "CỤC TIN HỌC HÓA"  # from the office file
    assert w.get("agency.unit_abbreviation") == "CĐS"  # the user's change wins
    assert w.get("copies.team") == 3
    assert w.lines("recipients.lines") == ["Lãnh đạo Bộ (để b/c)", "Lưu: VT, {unit_abbreviation}"]
    assert w.get("text.closing").startswith("Biên bản lập thành")
    assert w.sources[1:] == (str(office), str(target))
    # Only the changed keys are kept: a later change of the office file still shows through.
    assert "issuing_unit" not in target.read_text(encoding="utf-8")
    # No changes left: the file goes and the defaults apply again.
    assert save_user_wording({}, target) is None
    assert not target.exists()


@pytest.mark.parametrize(("changes", "key", "code"), [
    ({"copies.host": 0}, "copies.host", "bad-value"),
    ({"copies.team": "hai"}, "copies.team", "bad-type"),
    ({"text.closing": "Kết thúc lúc {gio}."}, "text.closing", "unknown-placeholder"),
    ({"agency.unknown": "x"}, "agency.unknown", "unknown-key"),
])
def test_bad_user_wording_is_refused_and_the_old_file_kept(tmp_path, changes, key, code):
    target = tmp_path / "minutes-wording.yaml"
    save_user_wording({"agency.unit_abbreviation": "CĐS"}, target)
    before = target.read_bytes()
    with pytest.raises(WordingError) as info:
        save_user_wording(changes, target)
    assert (info.value.key, info.value.code) == (key, code)
    assert target.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["minutes-wording.yaml"]  # no temporary left


@settings(deadline=None, max_examples=25)  # each example parses the shipped file three times and fsyncs
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=60))
def test_any_agency_name_round_trips_through_the_user_file(tmp_path_factory, name):
    target = tmp_path_factory.mktemp("w") / "minutes-wording.yaml"
    # Braces are placeholders in wording texts; a literal one is written doubled.
    value = name.replace("{", "{{").replace("}", "}}")
    save_user_wording({"agency.parent": value}, target)
    w = load_wording(MinutesSettings(user_file=target))
    assert w.get("agency.parent") == load_wording(MinutesSettings(parent_agency=value)).get("agency.parent")


def test_cli_uses_the_user_wording(tmp_path, monkeypatch, nd43):
    from inspector.cli import main

    monkeypatch.setenv("INSPECTOR_CONFIG_DIR", str(tmp_path / "cfg"))
    save_user_wording({"agency.issuing_unit": "CỤC CHUYỂN ĐỔI SỐ QUỐC GIA"}, user_wording_file())
    out = tmp_path / "bb.docx"
    assert main(["export", "minutes", "--demo", "-o", str(out)]) == 0
    left = docx.Document(str(out)).tables[0].rows[0].cells[0]
    assert left.paragraphs[1].text == "CỤC CHUYỂN ĐỔI SỐ QUỐC GIA"


def test_an_office_file_written_for_the_earlier_wording_still_loads_and_fills(tmp_path):
    """Keys the minutes no longer print are still accepted, and the earlier placeholders are
    still filled ({start_time}, {end_time}, {text})."""
    from datetime import date

    from generated import make_record

    from inspector.checklists.catalog import load_catalog
    from inspector.minutes import MinutesSettings
    from inspector.minutes.narrative import build_content

    office = tmp_path / "minutes.yaml"
    office.write_text(
        "text:\n"
        "  section_good: \"Kết quả ghi nhận:\"\n"
        "  opening: \"Hôm nay, vào hồi {start_time}, {start_date}, tại {place_of_work}:\"\n"
        "  closing: \"Kết thúc vào hồi {end_time} {end_day}./.\"\n", encoding="utf-8")
    wording = load_wording(MinutesSettings(office_file=office))
    template = load_catalog().get("nd43-tt25")
    body = [p.text for p in build_content(make_record(template, date(2016, 10, 7), {}, start=(8, 30)),
                                          template, wording).body]
    assert "Hôm nay, vào hồi 8 giờ 30 phút, ngày 07 tháng 10 năm 2016, tại trụ sở Sở:" in body
    assert body[-1] == "Kết thúc vào hồi 11 giờ 30 phút cùng ngày./."
