"""The official minutes hold only what the team asserts; the working copy holds the rest.

Property tests over generated inspections (random statuses and notes, dates 2011–2026, both
checklists) read the official .docx back and check what a head of team would check before
signing: no internal markers or item codes, no text cited before it was issued, every limitation
with its requirement and legal basis, counts equal to the data, Decree 30 citation forms,
unbreakable document numbers, no bidi controls.
"""

from __future__ import annotations

import io
import os
import re
import stat
import unicodedata
from datetime import date

import docx
import pytest
from generated import (
    DOC_NUMBER,
    PROBLEMS,
    export_bytes,
    make_record,
    paragraphs,
    probe_block,
    probe_evidence,
    run_texts,
)
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from inspector.checklists import citation as cit
from inspector.checklists.catalog import load_catalog
from inspector.checklists.template import ItemKind
from inspector.domain import FindingStatus
from inspector.minutes import export_minutes, load_wording
from inspector.minutes.formats import as_statement, inline_text
from inspector.minutes.register import expand_abbreviations

CATALOG = load_catalog()
TEMPLATES = {tid: CATALOG.get(tid) for tid in ("nd43-tt25", "nd42-2022")}
WORDING = load_wording()

INTERNAL = ("(*)", "cần đối chiếu", "chưa được đối chiếu", "Thực tiễn tốt", "Thông tin phục vụ biên bản",
            "Đề xuất", "[Kiểm tra tự động", "BẢN LÀM VIỆC", "mã nội dung", "Kết quả ghi nhận:",
            "Số liệu chính:", "không phải điều khoản", "GHI CHÚ CỦA BẢN LÀM VIỆC")
BIDI = re.compile("[\u202a-\u202e\u2066-\u2069]")
# Hostile but plausible note text: Vietnamese, markup, braces, bidi controls, vertical tabs, emoji.
NOTE_ALPHABET = st.sampled_from(
    list("aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯ àáảãạềếểễệ0123456789 ,.;:-/<>{}&\"'")
    + ["\u202e", "\u2066", "\u200b", "\x0b", "\x0c", "😀", "👍", "\U0001F3FD", "\u200d", "\u00ad", "\n", "\t"])


def in_force_problems(template, record, day):
    out = []
    for item in template.items():
        f = record.findings.get(item.id)
        if (f is not None and f.status in PROBLEMS and item.kind is ItemKind.LEGAL
                and not item.id.startswith("tonghop") and template.item_in_force(item, day)):
            out.append(item)
    return out


def statement(item) -> str:
    text = inline_text(item.requirement) if item.requirement else as_statement(inline_text(item.text))
    return expand_abbreviations(text, WORDING)


def issued(doc) -> date:
    return date.fromisoformat(doc.issued)


@st.composite
def inspections(draw):
    template = TEMPLATES[draw(st.sampled_from(sorted(TEMPLATES)))]
    lo = date(2011, 10, 1) if template.id == "nd43-tt25" else date(2022, 8, 15)
    hi = date(2022, 8, 14) if template.id == "nd43-tt25" else date(2026, 6, 30)  # each template's period
    day = draw(st.dates(min_value=lo, max_value=hi))
    ids = [it.id for it in template.items()]
    chosen = draw(st.lists(st.sampled_from(ids), unique=True, max_size=40))
    statuses = {i: draw(st.sampled_from([*FindingStatus, None])) for i in chosen}
    notes = {}
    for i in chosen[:12]:
        text = draw(st.text(NOTE_ALPHABET, max_size=60))
        if draw(st.booleans()):
            text = f"{text}\n\n{probe_block('https://phutho.gov.vn/')}"
        notes[i] = text
    start = draw(st.sampled_from([(8, 0), (8, 30), (14, 5)]))
    return template, make_record(template, day, statuses, notes=notes, start=start), day, start


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(inspections())
def test_official_minutes_hold_only_what_the_team_asserts(case):
    template, record, day, start = case
    data = export_bytes(record, template)
    paras = paragraphs(data)
    text = "\n".join(paras)
    # 1. No internal markers, no item codes.
    typed = "\n".join(f.note for f in record.findings.values())  # what the inspector wrote may say anything
    for marker in INTERNAL:
        assert marker not in text or marker in typed, marker
    for item in template.items():
        assert item.id not in text or item.id in typed, item.id
    # 2. No text cited that was issued after the inspection (nor one not yet in force).
    for doc in template.documents:
        if issued(doc) > day or not doc.in_force(day):
            assert doc.number not in text, (doc.number, day)
    # 3. Every "Không đạt"/"Đạt một phần" item in force is in Tồn tại, with requirement and basis.
    problems = in_force_problems(template, record, day)
    start_limits = next((n for n, p in enumerate(paras) if p.endswith(". Tồn tại, hạn chế")), None)
    if problems:
        assert start_limits is not None
        end_limits = next(n for n, p in enumerate(paras) if p.startswith("V. KIẾN NGHỊ"))
        limits = paras[start_limits:end_limits]
        lines = [p for p in limits if p.startswith("- ")]
        assert len(lines) == len(problems)
        for item in problems:
            c = template.citations_in_force(item, day)[0]
            pin = cit.pinpoint(c)
            title = cit.short_title(template.document(c.document))
            needle = statement(item)[:40]
            assert any(line.startswith(f"- {needle}") and "quy định tại " in line and title in line
                       and pin in line for line in lines), (item.id, needle)
            assert "?" not in statement(item)
    else:
        # The team's own summary of shortcomings (the "tonghop.tontai" item) still has its place
        # under Tồn tại, hạn chế; without it and without a failing item there is no such part.
        summary = record.findings.get("tonghop.tontai")
        if summary is None or not summary.note.strip():
            assert start_limits is None
    # 4. Counts equal the data: per section, legal items in force with a status.
    checked_sections = 0
    for section in template.sections:
        assessed = sum(1 for it in section.items if it.kind is ItemKind.LEGAL and template.item_in_force(it, day)
                       and (f := record.findings.get(it.id)) is not None and f.status is not None)
        title = section.title
        heading = next((k for k, p in enumerate(paras) if re.match(r"\d+\. ", p) and title.startswith(p.split(". ", 1)[1])
                        and k < next(i for i, q in enumerate(paras) if q.startswith("IV. "))), None)
        if heading is not None and assessed:
            sentence = paras[heading + 1]
            count = 1 if assessed == 1 else assessed
            assert sentence.startswith(f"Đoàn kiểm tra đã kiểm tra {count:02d} nội dung" if assessed == 1
                                       else f"Đoàn kiểm tra đã kiểm tra {count} nội dung"), (sentence, assessed)
            checked_sections += 1
    if any(f.status is not None for f in record.findings.values()):
        assert checked_sections or not problems
    assert " 0 nội dung" not in text and not re.search(r"\d+/\d+ nội dung", text)
    # 5. Citation forms of Decree 30/2020.
    assert not re.search(r"Điều \d+ khoản", text)
    assert not re.search(r"khoản \d+ điểm", text)
    assert not re.search(r"(Nghị định|Thông tư) \d", text)
    assert not re.search(r"Điều \d+\s*[–-]\s*Điều", text)
    # 6. No breakable hyphen inside a word (document numbers, file names), no bidi or format chars.
    for t in run_texts(data):
        assert not re.search(r"\S-\S", t), t
        assert not BIDI.search(t)
        assert not any(unicodedata.category(ch) == "Cf" for ch in t)
        assert "\x0b" not in t
    # 7. "vào hồi … giờ … phút" only when a time was entered.
    assert ("Hôm nay, vào hồi" in text) == (start != (8, 0))


def test_full_title_at_first_citation_then_short(tmp_path):
    template = TEMPLATES["nd43-tt25"]
    day = date(2016, 10, 7)
    statuses = {it.id: FindingStatus.NOT_MET for it in template.items() if it.kind is ItemKind.LEGAL}
    text = "\n".join(paragraphs(export_bytes(make_record(template, day, statuses), template)))
    text = text[text.index("\nCăn cứ"):]  # the body (the trích yếu above it is a title)
    cited = 0
    for doc in template.documents:
        short, full = cit.short_title(doc), cit.full_title(doc)
        if short not in text:
            continue
        cited += 1
        assert text.index(short) == text.index(full), doc.id  # the first citation is the full one
        assert text.count(full) == 1, doc.id  # later ones are short
    assert cited >= 3


def test_probe_output_is_evidence_in_the_appendix_never_the_finding():
    template = TEMPLATES["nd42-2022"]
    day = date(2026, 6, 4)  # Decree 42 is in force until 30/06/2026
    item = next(it for it in template.items() if it.kind is ItemKind.LEGAL and it.response.type.value == "status"
                and template.item_in_force(it, day))
    own = "Lịch công tác của lãnh đạo chưa được cập nhật từ tháng 8"
    record = make_record(template, day, {item.id: FindingStatus.NOT_MET},
                         notes={item.id: f"{own}.\n\n{probe_block('https://phutho.gov.vn/')}"},
                         evidence=(probe_evidence("gen-2026-06-04", item.id, "https://phutho.gov.vn/",
                                                  __import__("generated").local_moment(day, 14, 16)),))
    paras = paragraphs(export_bytes(record, template))
    text = "\n".join(paras)
    assert "Đề xuất" not in text and "[Kiểm tra tự động" not in text
    assert item.id not in text  # not even in the name of the probe's record
    finding = next(p for p in paras if p.startswith("- ") and "quy định tại" in p)
    assert finding.endswith(f"chưa đáp ứng yêu cầu; {own[0].lower()}{own[1:]}.")
    appendix = next(p for p in paras if p.startswith("Kết quả kiểm tra trực tuyến lúc"))
    assert appendix.startswith("Kết quả kiểm tra trực tuyến lúc 14 giờ 16 phút ngày 04/6/2026 tại địa chỉ "
                               "https://phutho.gov.vn/")
    assert "Liên kết/menu: Không có" in appendix
    # The working copy keeps the probe's note as it was stored.
    draft = "\n".join(paragraphs(export_bytes(record, template, draft=True)))
    assert "[Kiểm tra tự động" in draft


def test_working_copy_is_marked_and_lists_what_was_left_out():
    template = TEMPLATES["nd43-tt25"]
    day = date(2016, 10, 7)
    later = [it for it in template.items() if it.kind is ItemKind.LEGAL and not template.item_in_force(it, day)]
    assert later, "the 2016 checklist has items whose only basis came later"
    statuses = {later[0].id: FindingStatus.NOT_MET}
    record = make_record(template, day, statuses)
    official = "\n".join(paragraphs(export_bytes(record, template)))
    assert "BẢN LÀM VIỆC" not in official
    assert statement(later[0])[:30] not in official  # left out of the official minutes
    data = export_bytes(record, template, draft=True)
    document = docx.Document(io.BytesIO(data))
    for section in document.sections:
        for header in (section.header, section.first_page_header):
            assert "BẢN LÀM VIỆC – KHÔNG PHÁT HÀNH" in header._element.xpath("string(.)")
    draft = "\n".join(paragraphs(data))
    assert f"[{later[0].id}]" in draft and "không đưa vào biên bản" in draft


def test_sample_data_is_marked_on_every_page():
    template = TEMPLATES["nd43-tt25"]
    record = make_record(template, date(2016, 10, 7), {}, sample=True)
    document = docx.Document(io.BytesIO(export_bytes(record, template)))
    for header in (document.sections[0].header, document.sections[0].first_page_header):
        assert "DỮ LIỆU MẪU" in header._element.xpath("string(.)")


@pytest.mark.parametrize(("day", "parent", "ministry"), [
    (date(2024, 5, 6), "BỘ THÔNG TIN VÀ TRUYỀN THÔNG", "Bộ Thông tin và Truyền thông"),
    (date(2025, 3, 1), "BỘ KHOA HỌC VÀ CÔNG NGHỆ", "Bộ Khoa học và Công nghệ"),
    (date(2026, 6, 30), "BỘ KHOA HỌC VÀ CÔNG NGHỆ", "Bộ Khoa học và Công nghệ"),
])
def test_agency_names_follow_the_inspection_date(day, parent, ministry):
    template = TEMPLATES["nd42-2022"]
    paras = paragraphs(export_bytes(make_record(template, day, {}), template))
    assert parent in paras
    assert any(f"Đoàn kiểm tra của {ministry}" in p for p in paras)


def test_an_agency_name_the_office_set_is_kept_in_every_era():
    from inspector.minutes import MinutesSettings

    template = TEMPLATES["nd42-2022"]
    wording = load_wording(MinutesSettings(parent_agency="ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ"))
    from inspector.minutes.narrative import build_content
    content = build_content(make_record(template, date(2026, 6, 4), {}), template, wording)
    assert content.parent_agency == "ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ"
    # The ministry in running text, still the shipped one, follows the era.
    assert any("Đoàn kiểm tra của Bộ Khoa học và Công nghệ" in p.text for p in content.body)


def test_strengths_only_when_the_data_supports_them():
    template = TEMPLATES["nd43-tt25"]
    day = date(2016, 10, 7)
    legal = [it.id for it in template.items() if it.kind is ItemKind.LEGAL and template.item_in_force(it, day)
             and it.response.type.value == "status" and not it.id.startswith("tonghop")]
    # 40% met: no "cơ bản", but the items met are named as such.
    statuses = {i: FindingStatus.MET if n < 4 else FindingStatus.NOT_MET for n, i in enumerate(legal[:10])}
    text = "\n".join(paragraphs(export_bytes(make_record(template, day, statuses), template)))
    assert "cơ bản" not in text and "đã thực hiện đạt yêu cầu 4 nội dung" in text
    # Nothing met: no "Ưu điểm" at all, Tồn tại comes first.
    statuses = {i: FindingStatus.NOT_MET for i in legal[:5]}
    paras = paragraphs(export_bytes(make_record(template, day, statuses), template))
    assert not any("Ưu điểm" in p for p in paras)
    assert "1. Tồn tại, hạn chế" in paras
    # All met: the general sentence, and Ưu điểm before Tồn tại.
    statuses = {i: FindingStatus.MET for i in legal[:10]} | {legal[10]: FindingStatus.PARTLY_MET}
    paras = paragraphs(export_bytes(make_record(template, day, statuses), template))
    assert paras.index("1. Ưu điểm") < paras.index("2. Tồn tại, hạn chế")


def test_persons_and_signers_in_the_formal_register():
    template = TEMPLATES["nd43-tt25"]
    paras = paragraphs(export_bytes(make_record(template, date(2016, 10, 7), {}), template))
    assert "- Ông Phạm Văn Hùng, Phó Cục trưởng Cục Tin học hóa – Trưởng đoàn;" in paras
    assert "- Bà Lê Thị Thu, Chuyên viên Cục Tin học hóa – Thư ký." in paras
    assert "Phạm Văn Hùng" in paras and "Lê Thị Thu" in paras  # signatures: the name alone
    # The honorific field is left out of the stored form while empty: records sealed before it
    # existed keep their seals.
    from inspector.domain import Participant, TeamMember
    from inspector.domain.serialize import to_jsonable
    assert "honorific" not in to_jsonable(TeamMember("A")) and "honorific" not in to_jsonable(Participant("A"))
    assert to_jsonable(TeamMember("A", honorific="Bà"))["honorific"] == "Bà"
    assert "Ông Phạm Văn Hùng" not in [p for p in paras if p.startswith("Ông") and "," not in p]


def test_document_title_property():
    template = TEMPLATES["nd43-tt25"]
    data = export_bytes(make_record(template, date(2016, 10, 7), {}), template)
    title = docx.Document(io.BytesIO(data)).core_properties.title
    assert title.startswith("Biên bản kiểm tra việc thực hiện Nghị định số 43/2011/NĐ-CP")


def test_exported_file_respects_the_umask(tmp_path):
    template = TEMPLATES["nd43-tt25"]
    record = make_record(template, date(2016, 10, 7), {})
    old = os.umask(0o022)
    try:
        out = tmp_path / "bien-ban.docx"
        export_minutes(record, template, out)
    finally:
        os.umask(old)
    assert stat.S_IMODE(out.stat().st_mode) == 0o644


def test_window_and_minutes_count_the_same(tmp_path):
    from ui.pages.summary_tab import summarize

    template = TEMPLATES["nd43-tt25"]
    day = date(2016, 10, 7)
    statuses = {it.id: [FindingStatus.MET, FindingStatus.NOT_MET, FindingStatus.PARTLY_MET][n % 3]
                for n, it in enumerate(template.items())}
    record = make_record(template, day, statuses)
    summary = summarize(template, record.findings, day)
    paras = paragraphs(export_bytes(record, template))
    for section, counts in zip(template.sections, summary.sections, strict=True):
        assessed = sum(counts.by_status.values())
        if not assessed or section.id.startswith("tonghop"):
            continue
        assert any(p.startswith(f"Đoàn kiểm tra đã kiểm tra {assessed} nội dung") for p in paras), section.id
    total = sum(summary.by_status.values())
    assert any(p.startswith(f"Qua kiểm tra {total} nội dung") for p in paras)


def test_document_numbers_are_never_broken():
    template = TEMPLATES["nd43-tt25"]
    statuses = {it.id: FindingStatus.NOT_MET for it in template.items()}
    data = export_bytes(make_record(template, date(2016, 10, 7), statuses), template)
    text = "\n".join(paragraphs(data))
    assert DOC_NUMBER.search(text)
    for t in run_texts(data):
        assert not re.search(r"\S-\S", t), t


def test_widow_control_and_header_table_inside_the_margins():
    template = TEMPLATES["nd43-tt25"]
    document = docx.Document(io.BytesIO(export_bytes(make_record(template, date(2016, 10, 7), {}), template)))
    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    defaults = document.styles.element.find(f"{w}docDefaults")
    assert defaults.find(f"{w}pPrDefault/{w}pPr/{w}widowControl") is not None
    tbl = document.tables[0]._tbl
    indent = int(tbl.tblPr.find(f"{w}tblInd").get(f"{w}w"))
    widths = sum(int(g.get(f"{w}w")) for g in tbl.tblGrid)
    assert indent >= 0
    assert indent + widths <= round((210 - 30 - 15) / 25.4 * 1440) + 2  # within the text width


def test_counts_equal_the_stores(tmp_path):
    """A real SQLite store: the items its list counts for the inspection date are the Summary
    tab's, and the minutes print the legal items in force with a status, per section and in all."""
    from datetime import UTC, datetime

    from inspector.domain import ProvinceRef
    from inspector.storage import Store
    from ui.pages.summary_tab import summarize

    template = TEMPLATES["nd43-tt25"]
    day = date(2013, 4, 2)  # before Circular 25/2014: its items are not counted
    with Store.open(tmp_path / "inspector.db") as store:
        iid = store.create_inspection(
            template=template, province=ProvinceRef("63", "25", "Tỉnh Phú Thọ"),
            inspected_unit="Sở Thông tin và Truyền thông tỉnh Phú Thọ", actor="test",
            started_at=datetime(2013, 4, 2, 1, 30, tzinfo=UTC)).id
        for n, item in enumerate(template.items()):
            status = ("dat", "khong_dat", "dat_mot_phan", "khong_ap_dung")[n % 4]
            store.record_finding(iid, item.id, actor="test", status=status)
        listed = store.list_inspections()[0]
        record = store.load_inspection(iid)
        stored_template = store.template_for(record.inspection)
    summary = summarize(stored_template, record.findings, record.inspection.day)
    assert summary.total == listed.total
    legal = [it for it in stored_template.items() if it.kind is ItemKind.LEGAL
             and stored_template.item_in_force(it, day) and not it.id.startswith("tonghop")]
    assert sum(summary.by_status.values()) == len(legal) < len(list(stored_template.items()))
    paras = paragraphs(export_bytes(record, stored_template))
    assert any(p.startswith(f"Qua kiểm tra {len(legal)} nội dung") for p in paras)
    assert not any("25/2014/TT-BTTTT" in p for p in paras)
