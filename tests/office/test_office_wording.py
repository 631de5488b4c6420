"""The report wording: shipped file < office file < extra file < settings; the ministry by date."""

from __future__ import annotations

from datetime import date

import pytest

from inspector.errors import WordingError
from inspector.office.wording import ReportWordingSettings, load_report_wording


def test_shipped_wording_names_the_department_and_the_ministry_by_date():
    w = load_report_wording()
    assert w.get("issuer.unit") == "CỤC TIN HỌC HÓA" and w.get("signer.title") == "CỤC TRƯỞNG"
    assert w.dated("issuer.parent", date(2025, 2, 28)) == "BỘ THÔNG TIN VÀ TRUYỀN THÔNG"
    assert w.dated("issuer.parent", date(2025, 3, 1)) == "BỘ KHOA HỌC VÀ CÔNG NGHỆ"
    assert w.dated("issuer.ministry", date(2016, 1, 1)) == "Bộ Thông tin và Truyền thông"


def test_office_file_adds_dated_names_and_settings_win(tmp_path):
    office = tmp_path / "report.yaml"
    # An unquoted date is read by YAML as a date: accepted the same.
    office.write_text("issuer:\n  parent:\n    2030-01-01: \"BỘ THỬ NGHIỆM\"\n  unit: \"VỤ A\"\n", encoding="utf-8")
    w = load_report_wording(ReportWordingSettings(office_file=office))
    assert w.dated("issuer.parent", date(2016, 1, 1)) == "BỘ THÔNG TIN VÀ TRUYỀN THÔNG"  # kept
    assert w.dated("issuer.parent", date(2030, 6, 1)) == "BỘ THỬ NGHIỆM" and w.get("issuer.unit") == "VỤ A"
    w = load_report_wording(ReportWordingSettings(office_file=office, issuer="CỤC B", parent="BỘ C", signer="Lê D"))
    assert (w.get("issuer.unit"), w.dated("issuer.parent", date(2016, 1, 1)), w.get("signer.name")) == (
        "CỤC B", "BỘ C", "Lê D")


@pytest.mark.parametrize(("text", "key", "code"), [
    ("signer:\n  titel: X\n", "signer.titel", "unknown-key"),
    ("signer:\n  title: 3\n", "signer.title", "bad-type"),
    ("issuer:\n  parent:\n    hôm qua: X\n", "issuer.parent", "bad-value"),
    ("recipients:\n  lines: X\n", "recipients.lines", "bad-type"),
    ("schema_version: 9\n", "schema_version", "bad-value"),
    ("issuer: [\n", "", "bad-yaml"),
])
def test_a_bad_office_file_is_refused_with_the_key(tmp_path, text, key, code):
    office = tmp_path / "report.yaml"
    office.write_text(text, encoding="utf-8")
    with pytest.raises(WordingError) as err:
        load_report_wording(ReportWordingSettings(office_file=office))
    assert (err.value.key, err.value.code) == (key, code)
