"""Province reference data: both eras, merges, name validity, strict loading."""

from __future__ import annotations

import shutil
from datetime import date

import pytest

from inspector.errors import ReferenceDataError
from inspector.reference.provinces import load_provinces

from support import REPO


def test_both_eras_load_with_codes_and_merges():
    table = load_provinces()
    assert len(table.era("63")) == 63 and len(table.era("34")) == 34
    phu_tho_63 = table.get("63", "25")
    assert phu_tho_63.portal_url == "https://phutho.gov.vn"
    merged = table.get("34", "25")
    assert {table.get("63", c).short_name for c in merged.merged_from} == {"Phú Thọ", "Vĩnh Phúc", "Hòa Bình"}
    assert table.successor_of("26").short_name == "Phú Thọ"  # Vĩnh Phúc
    # every era-63 province went somewhere exactly once
    covered = [c for p in table.era("34") for c in p.merged_from]
    assert sorted(covered) == sorted(p.code for p in table.era("63"))


def test_codes_reused_across_eras_are_distinct_provinces():
    table = load_provinces()
    assert table.get("63", "15").short_name == "Yên Bái"
    assert table.get("34", "15").short_name == "Lào Cai"


def test_names_have_validity_periods():
    hue = load_provinces().get("63", "46")
    assert hue.name_on(date(2016, 10, 7)) == "Tỉnh Thừa Thiên Huế"
    assert hue.name_on(date(2025, 1, 1)) == "Thành phố Huế"
    assert hue.ref(date(2016, 10, 7)).name == "Tỉnh Thừa Thiên Huế"


def test_portal_addresses_have_validity_periods():
    table = load_provinces()
    hue = table.get("63", "46")
    # Before the renaming to Thành phố Huế (01/01/2025) the portal was thuathienhue.gov.vn.
    assert hue.portal_on(date(2016, 10, 7)) == "https://thuathienhue.gov.vn"
    assert hue.portal_on(date(2024, 12, 31)) == "https://thuathienhue.gov.vn"
    assert hue.portal_on(date(2025, 1, 1)) == "https://hue.gov.vn" == hue.portal_url
    assert table.get("34", "46").portal_on(date(2025, 9, 1)) == "https://hue.gov.vn"
    # Provinces without a former address keep theirs.
    assert table.get("63", "25").portal_on(date(2016, 10, 7)) == table.get("63", "25").portal_url


def test_bad_former_portal_is_refused_with_its_line(tmp_path):
    import shutil

    from inspector import paths
    from inspector.errors import ReferenceDataError

    for name in ("provinces-63.csv", "provinces-34.csv"):
        shutil.copy(paths.resource("reference") / name, tmp_path / name)
    p63 = tmp_path / "provinces-63.csv"
    p63.write_text(p63.read_text(encoding="utf-8").replace("https://thuathienhue.gov.vn@2024-12-31", "thuathienhue.gov.vn"),
                   encoding="utf-8")
    with pytest.raises(ReferenceDataError) as info:
        load_provinces(tmp_path)
    assert "former_portals" in str(info.value)


def test_department_name_follows_the_2025_reform():
    table = load_provinces()
    assert table.get("63", "25").department_name(date(2016, 10, 7)) == "Sở Thông tin và Truyền thông tỉnh Phú Thọ"
    assert table.get("34", "25").department_name(date(2025, 9, 1)) == "Sở Khoa học và Công nghệ tỉnh Phú Thọ"
    assert table.for_date(date(2025, 6, 30))[0].era == "63"
    assert table.for_date(date(2025, 7, 1))[0].era == "34"


@pytest.mark.parametrize("broken, message", [
    (lambda t: t.replace("\n25,Tỉnh Phú Thọ", "\n2x,Tỉnh Phú Thọ", 1), "two digits"),
    (lambda t: t.replace("https://phutho.gov.vn", "phutho.gov.vn", 1), "must start with http"),
    (lambda t: t.replace(",high,", ",sure,", 1), "confidence"),
])
def test_bad_rows_name_file_and_line(tmp_path, broken, message):
    src = REPO / "resources" / "reference"
    shutil.copy(src / "provinces-34.csv", tmp_path)
    text = (src / "provinces-63.csv").read_text(encoding="utf-8")
    (tmp_path / "provinces-63.csv").write_text(broken(text), encoding="utf-8")
    with pytest.raises(ReferenceDataError) as info:
        load_provinces(tmp_path)
    assert message in info.value.detail and info.value.file.endswith("provinces-63.csv")
    assert info.value.line and info.value.line > 1


def test_unknown_merge_source_is_an_error(tmp_path):
    src = REPO / "resources" / "reference"
    shutil.copy(src / "provinces-63.csv", tmp_path)
    text = (src / "provinces-34.csv").read_text(encoding="utf-8").replace("Tuyên Quang;Hà Giang", "Tuyên Quang;Hà Gian")
    (tmp_path / "provinces-34.csv").write_text(text, encoding="utf-8")
    with pytest.raises(ReferenceDataError) as info:
        load_provinces(tmp_path)
    assert "Hà Gian" in info.value.detail
