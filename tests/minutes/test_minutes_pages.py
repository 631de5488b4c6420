"""Rendered with LibreOffice: "Nơi nhận" always shares its page with the signatures.

Generated 2016 (Decree 43) and 2026 (Decree 42) inspections, with notes of growing length so
the signatures fall at different places on their page, are converted to PDF and read page by
page with pdftotext.
"""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from generated import make_record

from inspector.checklists.catalog import load_catalog
from inspector.checklists.template import ItemKind
from inspector.domain import FindingStatus
from inspector.minutes import convert_to_pdf, export_minutes, find_office

OFFICE = find_office()
pytestmark = pytest.mark.skipif(OFFICE is None or shutil.which("pdftotext") is None
                                or shutil.which("pdfinfo") is None,
                                reason="LibreOffice or poppler-utils not installed")


def pages(pdf: Path) -> list[str]:
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
    count = int(next(line.split()[1] for line in info.splitlines() if line.startswith("Pages:")))
    return [" ".join(subprocess.run(["pdftotext", "-enc", "UTF-8", "-f", str(n), "-l", str(n), str(pdf), "-"],
                                    check=True, capture_output=True).stdout.decode().split())
            for n in range(1, count + 1)]


def record_for(template_id: str, day: date, note_chars: int):
    template = load_catalog().get(template_id)
    legal = [it.id for it in template.items() if it.kind is ItemKind.LEGAL and template.item_in_force(it, day)
             and it.response.type.value == "status" and not it.id.startswith("tonghop")]
    statuses = {i: (FindingStatus.MET, FindingStatus.NOT_MET, FindingStatus.PARTLY_MET)[n % 3]
                for n, i in enumerate(legal)}
    words = ("Trang chưa cập nhật thông tin theo quy định, cần bổ sung " * 40)[:note_chars]
    notes = {i: words for i in legal[:8]} if note_chars else {}
    return template, make_record(template, day, statuses, notes=notes, start=(8, 30))


@pytest.mark.parametrize(("template_id", "day", "note_chars"), [
    ("nd43-tt25", date(2016, 10, 7), 0),
    ("nd43-tt25", date(2016, 10, 7), 150),
    ("nd43-tt25", date(2016, 10, 7), 420),
    ("nd42-2022", date(2026, 6, 4), 0),
    ("nd42-2022", date(2026, 6, 4), 260),
])
def test_recipients_are_never_alone_on_a_page(tmp_path, template_id, day, note_chars):
    template, record = record_for(template_id, day, note_chars)
    out = tmp_path / "bien-ban.docx"
    export_minutes(record, template, out)
    texts = pages(convert_to_pdf(out, tmp_path / "bien-ban.pdf"))
    with_recipients = [n for n, t in enumerate(texts) if "Nơi nhận:" in t]
    assert len(with_recipients) == 1
    page = texts[with_recipients[0]]
    assert "TM. ĐOÀN KIỂM TRA" in page and "ĐẠI DIỆN ĐƠN VỊ" in page and "THƯ KÝ ĐOÀN" in page
    assert "Phạm Văn Hùng" in page and "Lưu: VT" in page
    # A non-breaking hyphen is found by a search for the hyphen (PDF search, copy and paste).
    assert any("NĐ-CP" in t for t in texts)
