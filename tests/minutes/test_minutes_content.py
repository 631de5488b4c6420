"""What the minutes say, and bad input: no findings, huge or hostile notes, missing evidence."""

from __future__ import annotations

import dataclasses
import zipfile
from datetime import UTC, date, datetime

import docx
from lxml import etree

from inspector.domain import (
    Evidence,
    Finding,
    FindingStatus,
    InspectionRecord,
    InspectionStatus,
    Recommendation,
    Seal,
)
from inspector.minutes import MinutesSettings, export_minutes, load_wording
from inspector.minutes.narrative import build_content

from minutes_helpers import all_text, find_paragraph, replace_inspection


def texts(content) -> list[str]:
    return [p.text for p in content.body]


def test_results_are_a_narrative_not_a_dump(demo, nd43):
    content = build_content(demo, nd43, load_wording())
    body = texts(content)
    # One subsection per inspected section, with counts…
    assert "3. Thông tin chủ yếu trên Cổng" in body  # section titles carry no citation (items do)
    # (legal items only: figures and good practice are not findings of compliance)
    # (27 since the second reading of Decree 43: the link to the national legal database and the
    # home-page link to online services are good practice; the Công báo điện tử item is new, met)
    assert ("Đoàn kiểm tra đã kiểm tra 27 nội dung, trong đó 17 nội dung đạt, 8 nội dung đạt một phần, "
            "2 nội dung không đạt.") in body
    # …the figures with Vietnamese number format and units…
    assert any(t.startswith("- Số tin, bài đăng trên Cổng trong năm kiểm tra: 8.950 tin bài/năm (") for t in body)
    # …and items met without a note are not listed one by one.
    assert not any("Có chức năng, nhiệm vụ, quyền hạn của cơ quan" in t for t in body)
    # The summary section feeds the conclusions, not Mục III.
    assert not any(t.endswith("Tổng hợp phục vụ lập biên bản") for t in body)
    assert any(t.startswith("100% cơ quan, đơn vị có trang thông tin điện tử tích hợp trên Cổng") for t in body)


def test_limitations_come_from_not_met_and_partly_met_items_with_notes(demo, nd43):
    content = build_content(demo, nd43, load_wording())
    body = texts(content)
    start = body.index("2. Tồn tại, hạn chế")
    end = body.index("3. Kết luận")
    section = body[start:end]
    day = date(2016, 10, 7)
    problems = [f for f in demo.findings.values()
                if f.status in (FindingStatus.NOT_MET, FindingStatus.PARTLY_MET)
                and not f.item_id.startswith("tonghop") and nd43.item_in_force(nd43.item(f.item_id), day)
                and nd43.item(f.item_id).kind == "legal"]
    lines = [t for t in section if t.startswith("- ")]
    assert len(lines) == len(problems)
    # Requirement, legal basis (Decree 30 form), status, then the team's finding in its own words.
    assert any(t.startswith("- Cổng thông tin điện tử của Ủy ban nhân dân tỉnh có bản đồ địa giới hành chính "
                            "đến cấp phường, xã "
                            "(quy định tại điểm a khoản 1 Điều 10 Nghị định số 43/2011/NĐ-CP): chưa đáp ứng "
                            "yêu cầu; chưa có bản đồ địa giới hành chính đến cấp xã, phường") for t in section)
    # The official copy has no confidence marks or notes about verification.
    assert not any("(*)" in t for t in body)
    draft = texts(build_content(demo, nd43, load_wording(), draft=True))
    assert any("(*)" in t for t in draft)


def test_recommendations_grouped_by_responsible_unit_with_deadlines(demo, nd43):
    body = texts(build_content(demo, nd43, load_wording()))
    i = body.index("1. Đối với Sở Thông tin và Truyền thông tỉnh Phú Thọ:")
    j = body.index("2. Đối với Ủy ban nhân dân tỉnh Phú Thọ:")
    assert j - i - 1 == 5
    assert body[i + 1].endswith("(thời hạn hoàn thành trước ngày 31/12/2016);")
    assert body[j - 1].endswith("(thời hạn hoàn thành trước ngày 30/6/2017).")
    assert body[j + 2] == "3. Kiến nghị của đơn vị được kiểm tra:"


def test_inspection_without_findings_still_exports(tmp_path, demo, nd43):
    empty = dataclasses.replace(demo, findings={}, evidence=(), recommendations=())
    empty = replace_inspection(empty, conclusion="", host_opinion="", basis="", ended_at=None)
    out = tmp_path / "empty.docx"
    result = export_minutes(empty, nd43, out)
    doc = docx.Document(str(out))
    text = all_text(doc)
    assert "Đoàn kiểm tra chưa ghi nhận kết quả kiểm tra chi tiết." in text
    assert "Không có kiến nghị." in text
    assert "Không có tài liệu, minh chứng kèm theo." in text
    assert "Căn cứ Quyết định số ……/QĐ-……" in text  # left for the clerk
    # No end time entered: no "vào hồi … giờ … phút".
    assert find_paragraph(doc, "Buổi kiểm tra kết thúc cùng ngày.")
    # The appendix still lists every item the minutes may show, as not assessed.
    table = doc.tables[2]
    day = date(2016, 10, 7)
    shown = [it for it in nd43.items() if nd43.item_in_force(it, day) and it.kind != "practice"
             and not it.id.startswith("tonghop")]
    assert sum(row.cells[3].text == "Chưa đánh giá" for row in table.rows) == len(shown)
    assert result.warnings == ()


def test_unknown_people_get_hints_and_blank_lines(tmp_path, demo, nd43):
    record = replace_inspection(demo, team=(), host_participants=(), host_opinion="")
    out = tmp_path / "blank.docx"
    export_minutes(record, nd43, out)
    doc = docx.Document(str(out))
    text = all_text(doc)
    assert "(Ký, ghi rõ họ tên, đóng dấu)" in text and "(Ký, ghi rõ họ tên)" in text
    assert "THƯ KÝ ĐOÀN" not in text  # no secretary, no block
    assert text.count("(chưa ghi nhận)") == 2
    assert text.count("…………………") >= 3  # the unit's opinion is written by hand


HOSTILE = ("<w:p>không phải XML</w:p> &amp; <![CDATA[x]]> {inspected_unit} {{ }} $1 \\n"
           "\x00\x01\x08\x0b\x0c\x1b\x7f\x85\ufffe\ud800 cuối")


def test_control_characters_and_markup_in_notes(tmp_path, demo, nd43):
    findings = dict(demo.findings)
    f = findings["nd43.d8"]
    findings["nd43.d8"] = dataclasses.replace(f, note=HOSTILE)
    record = dataclasses.replace(demo, findings=findings)
    record = replace_inspection(record, inspected_unit="Sở <TT&TT> \"Phú Thọ\" \x07", place="tầng 3\ttrụ sở")
    out = tmp_path / "hostile.docx"
    export_minutes(record, nd43, out)
    # Every XML part of the package is well formed (Word refuses the file otherwise).
    with zipfile.ZipFile(out) as package:
        for name in package.namelist():
            if name.endswith(".xml") or name.endswith(".rels"):
                etree.fromstring(package.read(name))
    doc = docx.Document(str(out))
    text = all_text(doc)
    assert "<w:p>không phải XML</w:p> &amp; <![CDATA[x]]> {inspected_unit} {{ }} $1 \\n" in text
    # (abbreviations are written out, even in what the user typed)
    assert "tại Sở <Thông tin và Truyền thông> \"Phú Thọ\"" in text
    assert "\x00" not in text and "\x1b" not in text and "\ufffe" not in text
    assert "tầng 3" in text
    # The vertical tab is no line break inside a justified paragraph: the note reads on one line.
    assert "\x0b" not in text


def test_huge_notes(tmp_path, demo, nd43):
    huge = ("Nội dung ghi chú rất dài về Cổng thông tin điện tử tỉnh Phú Thọ. " * 3000).strip()
    lines = "\n".join(f"Dòng {i}: chưa đạt yêu cầu" for i in range(2000))
    findings = dict(demo.findings)
    findings["nd43.d8"] = dataclasses.replace(findings["nd43.d8"], note=huge)
    findings["nd43.d9"] = dataclasses.replace(findings["nd43.d9"], note=lines)
    record = dataclasses.replace(demo, findings=findings)
    out = tmp_path / "huge.docx"
    export_minutes(record, nd43, out)
    doc = docx.Document(str(out))
    text = all_text(doc)
    assert text.casefold().count("nội dung ghi chú rất dài") >= 2 * 3000  # in Mục IV and in the appendix
    assert "Dòng 1999: chưa đạt yêu cầu" in text
    # The long rows of the appendix may break across pages (a row that may not break would be cut).
    table = doc.tables[2]
    row = next(r for r in table.rows if r.cells[0].text == "2.6")
    assert row._tr.trPr is None or row._tr.trPr.find(
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}cantSplit") is None


def test_missing_and_altered_evidence_are_marked_and_reported(tmp_path, sealed_demo, nd43, evidence_folder):
    folder = tmp_path / "ev"
    folder.mkdir()
    evidence = sealed_demo.evidence
    for ev in evidence[2:]:
        (folder / ev.sha256).write_bytes((evidence_folder / ev.sha256).read_bytes())
    (folder / evidence[1].sha256).write_bytes(b"altered on disk")
    out = tmp_path / "ev.docx"
    result = export_minutes(sealed_demo, nd43, out, evidence_path=lambda sha: folder / sha)
    codes = [(w.code, w.subject) for w in result.warnings]
    assert codes == [("evidence-missing", evidence[0].id), ("evidence-altered", evidence[1].id)]
    table = docx.Document(str(out)).tables[3]
    assert table.rows[1].cells[2].text.endswith("(không tìm thấy tệp trên máy)")
    assert table.rows[2].cells[2].text.endswith("(tệp trên máy không còn khớp mã SHA-256)")
    assert "(không tìm thấy" not in table.rows[3].cells[2].text


def test_storage_that_raises_for_a_blob_counts_as_missing(tmp_path, sealed_demo, nd43):
    def evidence_path(sha: str):
        raise KeyError(sha)

    result = export_minutes(sealed_demo, nd43, tmp_path / "x.docx", evidence_path=evidence_path)
    assert len(result.warnings) == len(sealed_demo.evidence)


def test_seal_printed_only_when_finalized_and_mismatch_flagged(tmp_path, demo, sealed_demo, nd43):
    draft = build_content(demo, nd43, load_wording())
    assert draft.seal_lines == ()
    # A sealed record changed afterwards (an amendment under way) no longer matches its seal.
    findings = dict(sealed_demo.findings)
    findings["nd43.d8"] = dataclasses.replace(findings["nd43.d8"], status=FindingStatus.MET)
    changed = dataclasses.replace(sealed_demo, findings=findings)
    content = build_content(changed, nd43, load_wording())
    assert [p.text for p in content.seal_lines][1] == "Lưu ý: dữ liệu hiện tại không còn khớp mã niêm phong trên."
    assert [w.code for w in content.warnings] == ["seal-mismatch"]
    # A draft that was sealed once and reopened prints no seal.
    reopened = replace_inspection(sealed_demo, status=InspectionStatus.DRAFT)
    assert build_content(reopened, nd43, load_wording()).seal_lines == ()


def test_dates_follow_the_leading_zero_rule_through_the_document(tmp_path, demo, nd43):
    start = datetime(2025, 2, 5, 1, 15, tzinfo=UTC)  # 8:15 in Vietnam
    record = replace_inspection(demo, started_at=start, ended_at=start.replace(hour=9, minute=5))
    record = dataclasses.replace(record, recommendations=(
        Recommendation("r1", demo.id, "Bổ sung thông tin", deadline=date(2025, 8, 15)),))
    content = build_content(record, nd43, load_wording())
    assert content.place_date == "Phú Thọ, ngày 05 tháng 02 năm 2025"
    assert any(t.startswith("Hôm nay, vào hồi 8 giờ 15 phút, ngày 05 tháng 02 năm 2025") for t in texts(content))
    assert any("(thời hạn hoàn thành trước ngày 15/8/2025)" in t for t in texts(content))
    assert any(t.startswith("Buổi kiểm tra kết thúc vào hồi 16 giờ 05 phút cùng ngày.") for t in texts(content))
    assert content.appendix_subtitle.startswith("(Kèm theo Biên bản kiểm tra ngày 05 tháng 02 năm 2025")


def test_a_session_over_two_days_names_the_end_day(demo, nd43):
    start = datetime(2016, 10, 7, 1, 30, tzinfo=UTC)
    record = replace_inspection(demo, started_at=start, ended_at=datetime(2016, 10, 8, 3, 0, tzinfo=UTC))
    closing = texts(build_content(record, nd43, load_wording()))[-1]
    assert closing.startswith("Buổi kiểm tra kết thúc vào hồi 10 giờ 00 phút ngày 08 tháng 10 năm 2016.")


def test_place_date_line_can_be_turned_off_or_renamed(demo, nd43):
    assert build_content(demo, nd43, load_wording(MinutesSettings(show_place_date=False))).place_date is None
    named = build_content(demo, nd43, load_wording(MinutesSettings(place="Hà Nội")))
    assert named.place_date == "Hà Nội, ngày 07 tháng 10 năm 2016"


def test_minutes_number_and_copies(demo, nd43):
    record = replace_inspection(demo, minutes_number="7")
    content = build_content(record, nd43, load_wording(MinutesSettings(team_copies=2, host_copies=1)))
    assert content.number_line == "Số: 07/BB-ĐKT"
    assert "lập thành 03 bản" in texts(content)[-1] and "Đoàn kiểm tra giữ 02 bản" in texts(content)[-1]


def test_another_template_uses_its_title_for_the_subject(demo):
    from inspector.checklists.catalog import load_catalog

    nd42 = load_catalog().get("nd42-2022")
    under_nd42 = InspectionRecord(inspection=dataclasses.replace(demo.inspection, template=nd42.ref))
    record = replace_inspection(under_nd42, started_at=datetime(2023, 5, 10, 2, 0, tzinfo=UTC), ended_at=None)
    content = build_content(record, nd42, load_wording())
    assert content.subject == ("Kiểm tra việc thực hiện Nghị định số 42/2022/NĐ-CP tại Sở Thông tin "
                               "và Truyền thông tỉnh Phú Thọ")
    # A 2016 inspection under a template that applies from 2022 is reported.
    old = build_content(under_nd42, nd42, load_wording())
    assert "template-not-in-force" in [w.code for w in old.warnings]
    record = InspectionRecord(inspection=dataclasses.replace(
        demo.inspection, template=dataclasses.replace(demo.inspection.template, id="khac")))
    custom = dataclasses.replace(nd42, id="khac", title="Danh mục kiểm tra công tác chuyển đổi số tại địa phương")
    assert build_content(record, custom, load_wording()).subject.startswith(
        "Kiểm tra công tác chuyển đổi số tại Sở")


def test_probe_evidence_is_mentioned_with_its_time(demo, nd43):
    body = texts(build_content(demo, nd43, load_wording()))
    assert ("Đoàn kiểm tra đã kiểm tra trực tuyến Cổng tại địa chỉ http://phutho.gov.vn/ lúc "
            "8 giờ 10 phút ngày 07/10/2016; kết quả được nêu tại Phụ lục.") in body


def test_findings_of_items_not_in_the_template_are_ignored(demo, nd43):
    stray = Finding(demo.id, "khong.ton.tai", FindingStatus.NOT_MET, note="Mục đã bỏ khỏi danh mục")
    ev = Evidence("ev-x", demo.id, "0" * 64, "x.png", "image/png", 1, item_id="khong.ton.tai",
                  captured_at=datetime(2016, 10, 7, 2, tzinfo=UTC))
    record = dataclasses.replace(demo, findings={**demo.findings, stray.item_id: stray},
                                 evidence=(*demo.evidence, ev),
                                 seals=(Seal(demo.id, 1, "f" * 64, datetime(2016, 10, 7, tzinfo=UTC), "x"),))
    content = build_content(record, nd43, load_wording())
    assert not any("Mục đã bỏ khỏi danh mục" in t for t in texts(content))
    assert content.evidence_table is not None
    assert content.evidence_table.rows[-1].cells[3].text == ""


def test_a_different_checklist_version_is_reported(demo, nd43):
    other = dataclasses.replace(nd43, version="1.1", content_hash="")
    content = build_content(demo, other, load_wording())
    assert [(w.code, w.subject, w.detail) for w in content.warnings] == [
        ("template-mismatch", f"nd43-tt25 {nd43.version}", "nd43-tt25 1.1")]
    assert build_content(demo, nd43, load_wording()).warnings == ()
