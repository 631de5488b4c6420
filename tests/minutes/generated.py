"""Generated inspections for the minutes tests: any date, any statuses, any notes, both checklists.

Not the sample inspection: these records are made from the real templates with the statuses and
notes a test (or hypothesis) chooses, so the properties hold for every record, not one.
"""

from __future__ import annotations

import io
import re
from datetime import UTC, date, datetime, timedelta

import docx

from inspector.checklists.template import ChecklistTemplate, ItemKind, ResponseType
from inspector.domain import (
    EvidenceSource,
    Finding,
    FindingStatus,
    Inspection,
    InspectionRecord,
    Participant,
    ProvinceRef,
    TeamMember,
    TeamRole,
)
from inspector.domain.evidence import Evidence
from inspector.minutes import load_wording
from inspector.minutes.narrative import build_content
from inspector.minutes.writer import write_docx

VN = timedelta(hours=7)
PROBLEMS = (FindingStatus.NOT_MET, FindingStatus.PARTLY_MET)


def local_moment(day: date, hour: int, minute: int) -> datetime:
    """`hour:minute` in Vietnam on `day`, stored in UTC as the program stores times."""
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=UTC) - VN


def probe_block(url: str, when: str = "04/12/2026 14:16") -> str:
    """A block as inspector.probe.changes appends it to a note when the inspector accepts it."""
    return (f"[Kiểm tra tự động {when}, {url}] Đề xuất: Không đạt — không có dấu hiệu nào.\n"
            "- Liên kết/menu: Không có — không thấy từ khóa nào (lịch công tác)\n"
            "- Trang chủ: máy chủ trả lời mã HTTP 200")


def make_record(template: ChecklistTemplate, day: date, statuses: dict[str, FindingStatus | None], *,
                notes: dict[str, str] | None = None, start: tuple[int, int] = (8, 0),
                end: tuple[int, int] | None = (11, 30), province: str = "Tỉnh Phú Thọ",
                unit: str = "Sở Thông tin và Truyền thông tỉnh Phú Thọ", sample: bool = False,
                evidence: tuple[Evidence, ...] = ()) -> InspectionRecord:
    notes = notes or {}
    iid = f"gen-{day.isoformat()}"
    findings = {}
    for item in template.items():
        status = statuses.get(item.id)
        note = notes.get(item.id, "")
        value = None
        if item.response.type is ResponseType.NUMBER and item.id in statuses:
            value = 12.0
        if status is None and value is None and not note:
            continue
        if item.response.type is not ResponseType.STATUS and item.kind is not ItemKind.LEGAL:
            status = None
        findings[item.id] = Finding(iid, item.id, status, value, note)
    inspection = Inspection(
        id=iid, template=template.ref, province=ProvinceRef("63", "25", province), inspected_unit=unit,
        portal_url="https://phutho.gov.vn", place="trụ sở Sở", started_at=local_moment(day, *start),
        ended_at=local_moment(day, *end) if end else None,
        team=(TeamMember("Phạm Văn Hùng", "Phó Cục trưởng", "Cục Tin học hóa", TeamRole.HEAD, honorific="Ông"),
              TeamMember("Bà Lê Thị Thu", "Chuyên viên", "Cục Tin học hóa", TeamRole.SECRETARY)),
        host_participants=(Participant("Nguyễn Văn Bình", "Phó Giám đốc", unit, honorific="Ông"),),
        sample=sample,
    )
    return InspectionRecord(inspection, findings, evidence)


def export_bytes(record: InspectionRecord, template: ChecklistTemplate, *, draft: bool = False) -> bytes:
    wording = load_wording()
    content = build_content(record, template, wording, draft=draft)
    out = io.BytesIO()
    write_docx(content, wording, out)
    return out.getvalue()


W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def paragraphs(data: bytes) -> list[str]:
    """Every paragraph of the body (tables included) and of the headers, as a reader sees it."""
    document = docx.Document(io.BytesIO(data))
    roots = [document.element.body]
    for section in document.sections:
        roots += [section.header._element, section.first_page_header._element]
    out = []
    for root in roots:
        for p in root.iter(f"{W}p"):
            parts = []
            for el in p.iter(f"{W}t", f"{W}noBreakHyphen", f"{W}br", f"{W}tab"):
                parts.append(el.text or "" if el.tag == f"{W}t" else "-" if el.tag == f"{W}noBreakHyphen"
                             else "\n" if el.tag == f"{W}br" else "\t")
            out.append("".join(parts))
    return out


def run_texts(data: bytes) -> list[str]:
    """The raw w:t texts (where a breakable hyphen would be)."""
    document = docx.Document(io.BytesIO(data))
    return [t.text or "" for t in document.element.body.iter(f"{W}t")]


def probe_evidence(record_id: str, item_id: str, url: str, at: datetime) -> Evidence:
    return Evidence(f"ev-{item_id}", record_id, "a" * 64, f"kiem-tra-tu-dong_{item_id}.json", "application/json",
                    10, "Kết quả kiểm tra tự động", item_id, EvidenceSource.PROBE, url, at)


DOC_NUMBER = re.compile(r"\d+/\d{4}/[A-ZĐ][A-ZĐ0-9&]*(?:-[A-ZĐ0-9&]+)+")
