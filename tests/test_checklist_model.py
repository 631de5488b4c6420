"""The checklist model: legal documents, structured citations, item kinds, in force by date."""

from __future__ import annotations

import datetime
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from inspector.checklists import load_template, parse_template
from inspector.checklists.citation import cite, full_title, long_date, pinpoint, short_title
from inspector.checklists.template import (
    ChecklistTemplate,
    Citation,
    ItemKind,
    LegalDocument,
    RefConfidence,
    template_from_dict,
    template_hash,
    template_to_dict,
)
from inspector.domain import InspectionRecord, seal_hash
from inspector.domain.inspection import Inspection, ProvinceRef
from inspector.domain.record import record_from_dict, record_to_dict
from inspector.errors import ChecklistError

from support import REPO

D = datetime.date
ND43 = LegalDocument(
    id="nd43-2011", doc_type="Nghị định", number="43/2011/NĐ-CP", issued="2011-06-13", issuer="Chính phủ",
    title="quy định về việc cung cấp thông tin và dịch vụ công trực tuyến trên trang thông tin điện tử hoặc "
          "cổng thông tin điện tử của cơ quan nhà nước",
    in_force_from="2011-10-01", in_force_until="2022-08-14")
LAW = LegalDocument(id="luat86-2015", doc_type="Luật", number="86/2015/QH13", issued="2015-11-19",
                    issuer="Quốc hội", title="An toàn thông tin mạng", in_force_from="2016-07-01")


# ------------------------------------------------------------------ citation forms (Decree 30)
@pytest.mark.parametrize(("citation", "expected"), [
    (Citation("nd43-2011", article="10", clause="1", point="a"), "điểm a khoản 1 Điều 10"),
    (Citation("nd43-2011", article="9", clause="2"), "khoản 2 Điều 9"),
    (Citation("nd43-2011", article="5"), "Điều 5"),
    (Citation("nd43-2011", article="4", article_to="9"), "từ Điều 4 đến Điều 9"),
    (Citation("nd43-2011", article="10", clause="1", point="đ"), "điểm đ khoản 1 Điều 10"),
    (Citation("nd43-2011"), ""),
])
def test_pinpoint_goes_from_the_smallest_unit_up(citation, expected):
    assert pinpoint(citation) == expected


def test_short_and_full_titles():
    assert short_title(ND43) == "Nghị định số 43/2011/NĐ-CP"
    assert full_title(ND43) == (
        "Nghị định số 43/2011/NĐ-CP ngày 13 tháng 6 năm 2011 của Chính phủ quy định về việc cung cấp thông tin "
        "và dịch vụ công trực tuyến trên trang thông tin điện tử hoặc cổng thông tin điện tử của cơ quan nhà nước")
    assert cite(Citation("nd43-2011", article="10", clause="1", point="a"), ND43) == (
        "điểm a khoản 1 Điều 10 Nghị định số 43/2011/NĐ-CP")
    assert cite(Citation("nd43-2011"), ND43) == "Nghị định số 43/2011/NĐ-CP"
    # A law's name comes before its number, and it has no "của <issuer>".
    assert short_title(LAW) == "Luật An toàn thông tin mạng số 86/2015/QH13"
    assert full_title(LAW) == "Luật An toàn thông tin mạng số 86/2015/QH13 ngày 19 tháng 11 năm 2015"
    assert cite(Citation("luat86-2015", article="7"), LAW) == "Điều 7 Luật An toàn thông tin mạng số 86/2015/QH13"


def test_long_date_zero_pads_days_below_ten_and_months_one_and_two():
    assert long_date("2016-07-01") == "ngày 01 tháng 7 năm 2016"
    assert long_date("2012-02-10") == "ngày 10 tháng 02 năm 2012"
    assert long_date("2023-12-31") == "ngày 31 tháng 12 năm 2023"


def test_no_breakable_form_like_dieu_khoan_diem_order():
    # The old internal form "Điều 10 khoản 1 điểm a" must never come out of the formatter.
    text = cite(Citation("nd43-2011", article="10", clause="1", point="a"), ND43)
    assert "Điều 10 khoản" not in text and "Nghị định 43" not in text


# ------------------------------------------------------------------ in force by date
def test_document_in_force_both_ends_inclusive():
    assert not ND43.in_force(D(2011, 9, 30))
    assert ND43.in_force(D(2011, 10, 1))
    assert ND43.in_force(D(2022, 8, 14))
    assert not ND43.in_force(D(2022, 8, 15))
    letter = LegalDocument("cv", "Công văn", "1/X", "2012-02-10", "Bộ", "về việc …")  # no in-force date
    assert not letter.in_force(D(2012, 2, 9)) and letter.in_force(D(2012, 2, 10))


TEMPLATE = """\
schema_version: 2
id: model-test
version: "1.0"
title: Danh mục thử
language: vi
status: draft
applies_from: "2011-10-01"
applies_until: "2022-08-14"
documents:
- id: nd43-2011
  type: Nghị định
  number: 43/2011/NĐ-CP
  issued: "2011-06-13"
  issuer: Chính phủ
  title: quy định về việc cung cấp thông tin
  in_force_from: "2011-10-01"
  in_force_until: "2022-08-14"
  source: https://example.invalid/nd43
  checked: "2026-12-04"
- id: nd85-2016
  type: Nghị định
  number: 85/2016/NĐ-CP
  issued: "2016-07-01"
  issuer: Chính phủ
  title: về bảo đảm an toàn hệ thống thông tin theo cấp độ
  in_force_from: "2016-07-01"
- id: tt32-2017
  type: Thông tư
  number: 32/2017/TT-BTTTT
  issued: "2017-11-15"
  issuer: Bộ Thông tin và Truyền thông
  title: quy định về việc cung cấp dịch vụ công trực tuyến
  in_force_from: "2018-06-01"
- id: cv310-2012
  type: Công văn
  number: 310/BTTTT-ƯDCNTT
  issued: "2012-02-10"
  issuer: Bộ Thông tin và Truyền thông
  title: về việc đánh giá
sections:
- id: s1
  title: Thông tin
  items:
  - id: s1.a
    text: Cổng có cung cấp thông tin giới thiệu không?
    requirement: Cổng thông tin điện tử cung cấp thông tin giới thiệu về cơ quan.
    citations:
    - document: nd43-2011
      article: 10
      clause: 1
      point: a
      confidence: high
      source: https://example.invalid/nd43-d10
      checked: "2026-12-04"
    guidance: Xem menu.
    response:
      type: status
  - id: s1.b
    text: Hệ thống được xác định cấp độ
    citations:
    - document: nd85-2016
      confidence: medium
    - document: nd43-2011
      article: 27
      confidence: low
    guidance: ''
    response:
      type: status
  - id: s1.c
    text: Hỗ trợ thiết bị di động
    citations:
    - document: tt32-2017
      article: 18
      confidence: medium
    guidance: ''
    response:
      type: status
  - id: s1.d
    kind: practice
    text: Tự đánh giá theo hướng dẫn của Bộ
    citations:
    - document: cv310-2012
      confidence: medium
    guidance: ''
    response:
      type: status
  - id: s1.e
    kind: figure
    text: Địa chỉ Cổng
    guidance: ''
    response:
      type: text
"""


@pytest.fixture
def model() -> ChecklistTemplate:
    return parse_template(TEMPLATE.encode(), "m.yaml")


def test_items_carry_kind_citations_requirement(model):
    a, b = model.item("s1.a"), model.item("s1.b")
    assert a.kind is ItemKind.LEGAL and a.scored and not model.item("s1.d").scored
    assert a.citations == (Citation("nd43-2011", "10", "1", "a", confidence=RefConfidence.HIGH,
                                    source="https://example.invalid/nd43-d10", checked="2026-12-04"),)
    assert a.requirement.startswith("Cổng thông tin điện tử cung cấp") and a.statement == a.requirement
    assert b.statement == b.text  # no requirement written: the text stands in
    # legal_ref is written from the citations; ref_confidence is the lowest of them.
    assert a.legal_ref == "điểm a khoản 1 Điều 10 Nghị định số 43/2011/NĐ-CP"
    assert b.legal_ref == "Nghị định số 85/2016/NĐ-CP; Điều 27 Nghị định số 43/2011/NĐ-CP"
    assert (a.ref_confidence, b.ref_confidence) == (RefConfidence.HIGH, RefConfidence.LOW)
    assert model.item("s1.e").kind is ItemKind.FIGURE and model.item("s1.e").citations == ()
    assert model.document("tt32-2017").in_force_from == "2018-06-01"
    with pytest.raises(KeyError):
        model.document("nd42-2022")


def test_items_in_force_follow_the_inspection_date(model):
    ids = lambda day: [it.id for it in model.items_in_force(day)]  # noqa: E731
    # 2012-01: Decree 85/2016 not yet, Circular 32/2017 not yet, letter 310 not yet sent.
    assert ids(D(2012, 1, 5)) == ["s1.a", "s1.b", "s1.e"]
    assert [c.document for c in model.citations_in_force(model.item("s1.b"), D(2012, 1, 5))] == ["nd43-2011"]
    # The Phú Thọ sample date: Circular 32/2017 is not in force, Decree 85/2016 is.
    assert ids(D(2016, 10, 7)) == ["s1.a", "s1.b", "s1.d", "s1.e"]
    assert len(model.citations_in_force(model.item("s1.b"), D(2016, 10, 7))) == 2
    assert ids(D(2018, 6, 1)) == ["s1.a", "s1.b", "s1.c", "s1.d", "s1.e"]
    # After the template's period, practice and figure items go with it; legal items with their texts.
    assert ids(D(2023, 1, 1)) == ["s1.b", "s1.c"]


@settings(max_examples=200, deadline=None)
@given(st.dates(min_value=D(2005, 1, 1), max_value=D(2030, 12, 31)))
def test_a_shown_legal_item_always_has_a_citation_in_force(day):
    for name in ("nd43-tt25.yaml", "nd42-2022.yaml"):
        t = _shipped(name)
        for item in t.items_in_force(day):
            if item.kind is ItemKind.LEGAL:
                assert t.citations_in_force(item, day)
                for c in t.citations_in_force(item, day):
                    doc = t.document(c.document)
                    # Nothing an inspection shows cites a text issued after its date.
                    assert doc.in_force(day) and doc.issued <= day.isoformat()


_CACHE: dict[str, ChecklistTemplate] = {}


def _shipped(name: str) -> ChecklistTemplate:
    if name not in _CACHE:
        _CACHE[name] = load_template(REPO / "resources" / "checklists" / name)
    return _CACHE[name]


def test_sample_date_hides_texts_issued_later():
    nd43 = _shipped("nd43-tt25.yaml")
    day = D(2016, 10, 7)
    shown = nd43.items_in_force(day)
    assert 0 < len(shown) < nd43.item_count
    for item in shown:
        for c in nd43.citations_in_force(item, day):
            assert nd43.document(c.document).issued <= day.isoformat()
    hidden = {it.id for it in nd43.items()} - {it.id for it in shown}
    assert "tt32.bachuot" in hidden  # Circular 32/2017 only from 01/6/2018


def test_model_round_trips_and_hash_covers_new_fields(model):
    again = template_from_dict(json.loads(json.dumps(template_to_dict(model))))
    assert again == model and again.content_hash == model.content_hash
    changed = parse_template(TEMPLATE.replace("point: a", "point: b").encode(), "m.yaml")
    assert changed.content_hash != model.content_hash


# Computed with the code before this change (commit 8768e06) from tests/test_checklist_loader.py's
# GOOD template: a stored snapshot must keep loading under the same content hash, and an
# inspection sealed then must keep its seal.
OLD_SEAL = "5f576541e80cc205400ae7298792aa325180d2110bc609232cb8cfde030997be"
OLD_TEMPLATE_HASH = "e8897732fb3b99e34f19afdc7c3fd95a9a8dbc1200bc414fbf46bc639e32207f"


def test_old_snapshot_loads_with_the_same_hash():
    from test_checklist_loader import GOOD

    old = parse_template(GOOD.encode(), "old.yaml")
    assert old.content_hash == OLD_TEMPLATE_HASH
    body = template_to_dict(old)
    assert not {"kind", "citations", "requirement"} & set(body["sections"][0]["items"][0])
    assert "documents" not in body
    again = template_from_dict(body)
    assert template_hash(again) == OLD_TEMPLATE_HASH
    assert all(it.kind is ItemKind.LEGAL and it.citations == () for it in again.items())
    # Nothing is known about the dates of an old snapshot's texts: every item shows.
    assert again.items_in_force(D(2001, 1, 1)) == list(again.items())


def test_sample_flag_keeps_old_seals_and_round_trips():
    from test_checklist_loader import GOOD

    t = parse_template(GOOD.encode(), "old.yaml")
    i = Inspection(id="i1", template=t.ref, province=ProvinceRef("63", "25", "Phú Thọ"), inspected_unit="Sở TT&TT",
                   started_at=datetime.datetime(2016, 10, 7, 1, 0, tzinfo=datetime.UTC))
    assert seal_hash(InspectionRecord(i)) == OLD_SEAL
    assert "sample" not in record_to_dict(InspectionRecord(i))["inspection"]
    import dataclasses

    sample = dataclasses.replace(i, sample=True)
    data = record_to_dict(InspectionRecord(sample))
    assert data["inspection"]["sample"] is True
    assert record_from_dict(data).inspection.sample is True
    assert seal_hash(InspectionRecord(sample)) != OLD_SEAL



# ------------------------------------------------------------------ validation
def problems(text: str) -> list:
    with pytest.raises(ChecklistError) as info:
        parse_template(text.encode(), "v.yaml")
    return info.value.problems


def line_of(text: str, needle: str, start: int = 0) -> int:
    return text.splitlines().index(needle, start) + 1


def test_legal_item_without_citation_is_refused_with_its_line():
    text = TEMPLATE.replace("""    citations:
    - document: tt32-2017
      article: 18
      confidence: medium
""", "")
    [p] = problems(text)
    assert (p.code, p.item, p.line) == ("missing-citation", "s1.c", line_of(text, "  - id: s1.c"))


def test_unknown_document_and_undated_document():
    text = TEMPLATE.replace("    - document: nd85-2016\n", "    - document: nd85-2061\n")
    [p] = problems(text)
    assert (p.code, p.item) == ("unknown-document", "s1.b") and p.line == line_of(text, "    - document: nd85-2061")
    undated = TEMPLATE.replace('  in_force_from: "2016-07-01"\n', "")
    [p] = problems(undated)
    assert (p.code, p.item) == ("undated-document", "s1.b") and "in_force_from" in p.detail
    # A practice item may cite a guidance letter that has no in-force date (cv310-2012 above).


def test_text_outside_the_template_period_needs_a_mark():
    later = TEMPLATE.replace('  issued: "2017-11-15"', '  issued: "2023-12-31"').replace(
        '  in_force_from: "2018-06-01"', '  in_force_from: "2024-04-05"')
    [p] = problems(later)
    assert (p.code, p.item) == ("outside-period", "s1.c") and "2023-12-31" in p.detail
    marked = later.replace("      article: 18\n", "      article: 18\n      outside_period: true\n")
    t = parse_template(marked.encode(), "v.yaml")
    assert t.item("s1.c").citations[0].outside_period
    # In force only after the period, though issued within it.
    late_start = TEMPLATE.replace('  in_force_from: "2018-06-01"', '  in_force_from: "2022-09-01"')
    assert [p.code for p in problems(late_start)] == ["outside-period"]
    # No longer in force before the period starts.
    expired = TEMPLATE.replace('  issued: "2016-07-01"\n', '  issued: "2004-12-01"\n').replace(
        '  in_force_from: "2016-07-01"', '  in_force_from: "2005-01-01"\n  in_force_until: "2010-12-31"')
    assert [p.code for p in problems(expired)] == ["outside-period"]


def test_high_confidence_needs_a_source():
    text = TEMPLATE.replace("      source: https://example.invalid/nd43-d10\n", "")
    [p] = problems(text)
    assert (p.code, p.item) == ("high-without-source", "s1.a") and p.line == line_of(text, "      confidence: high")


def test_bad_pinpoints_are_refused():
    assert [p.code for p in problems(TEMPLATE.replace("      point: a\n", "      point: aa\n"))] == ["bad-value"]
    assert [p.code for p in problems(TEMPLATE.replace("      clause: 1\n", ""))] == ["bad-value"]  # point without clause
    ranged = TEMPLATE.replace("      article: 27\n", "      clause: 2\n      article_to: 29\n")
    assert {p.code for p in problems(ranged)} == {"bad-value"}
    bad_kind = problems(TEMPLATE.replace("kind: practice", "kind: duty"))
    assert ("bad-value", "s1.d") in {(p.code, p.item) for p in bad_kind}


def test_schema_two_writes_legal_ref_from_citations_only():
    text = TEMPLATE.replace("    requirement: Cổng", "    legal_ref: Điều 10\n    requirement: Cổng")
    [p] = problems(text)
    assert (p.code, p.item) == ("unknown-field", "s1.a")


@pytest.mark.parametrize("name", ["nd43-tt25.yaml", "nd42-2022.yaml"])
def test_shipped_templates_cite_declared_dated_texts(name):
    t = _shipped(name)
    for item in t.items():
        if item.kind is ItemKind.LEGAL:
            assert item.citations, item.id
        for c in item.citations:
            doc = t.document(c.document)
            if item.kind is ItemKind.LEGAL:
                assert doc.issued and doc.in_force_from, (item.id, doc.id)
            if c.confidence is RefConfidence.HIGH:
                assert c.source, item.id


# ------------------------------------------------------------------ the shipped data (CHANGES.md, version 2.0)
def test_corrections_of_the_review_are_in_the_data():
    nd43, nd42 = _shipped("nd43-tt25.yaml"), _shipped("nd42-2022.yaml")
    # nd42 2.1: Decree 42 Art. 5, 9, 16, 17, 20 read (CHANGES.md, "nd42-2022 2.1"); new content, new version.
    # nd42 2.2: Decree 42 ends 30/06/2026 (Decree 224/2026 Art. 90 cl. 2 read): a new validity period.
    # nd43 2.1: the second reading (Decree 43, 85/2016, Circular 25/2014, 32/2017 read in full): new content.
    assert (nd43.version, nd42.version) == ("2.1", "2.2")
    decree42 = nd42.document("nd42-2022")
    assert (decree42.in_force_until, decree42.reported_until, nd42.applies_until) == ("2026-06-30", None, "2026-06-30")
    assert "224/2026" in decree42.note
    decree = nd43.document("nd43-2011")
    assert (decree.in_force_from, decree.in_force_until) == ("2011-10-01", "2022-08-14") and decree.source
    assert nd43.applies_from == "2011-10-01"
    d6 = nd43.item("nd43.d6")
    assert [(c.article, c.clause, c.point) for c in d6.citations] == [("6", "1", "b"), ("6", "1", "c")]
    assert d6.citations[0].confidence is RefConfidence.HIGH and "hochiminhcity.gov.vn" in d6.requirement
    assert "hằng tuần" not in nd43.item("nd43.d10.1c.6").text + nd43.item("nd43.d10.1c.6").requirement
    assert "liên hệ" not in nd43.item("nd43.d10.1a.6").text
    assert "cá nhân" not in nd43.item("nd43.d10.1c.5").text
    assert nd43.item("nd43.d10.1l.1").citations[0].point == "l"
    assert nd43.item("tt26.capnhat").ref_confidence is RefConfidence.MEDIUM
    dg = nd43.item("nd43.d30.dg")
    assert dg.kind is ItemKind.PRACTICE and all(c.document != "nd43-2011" for c in dg.citations)
    assert nd43.item("nd43.dvc.n1").kind is ItemKind.FIGURE and not nd43.item("nd43.dvc.n1").citations
    https = nd42.item("nd42.ky.https")
    assert https.kind is ItemKind.PRACTICE and not https.citations
    assert [(c.article, c.clause) for c in nd42.item("tt22.dulieu").citations if c.document == "nd42-2022"] == [("9", "2")]
    assert any(c.document == "nd13-2018" and c.article == "11" for c in nd42.item("nd42.d4.danhmuc").citations)
    # No longer cited: undated texts (Circular 03/2017, 23/2018).
    for item in ("attt.4", "attt.6", "tt25.7", "tt25.8"):
        assert {c.document for c in nd43.item(item).citations} <= {"nd85-2016", "tt25-2014"}


@pytest.mark.parametrize("name", ["nd43-tt25.yaml", "nd42-2022.yaml"])
def test_every_declared_text_names_the_source_it_was_checked_against(name):
    # Issue 14: every reference carries the source it was checked against and the date checked,
    # guidance letters included (Công văn 310/BTTTT-ƯDCNTT had neither).
    for doc in _shipped(name).documents:
        assert doc.source and doc.checked, doc.id
        datetime.date.fromisoformat(doc.checked)


def test_second_reading_of_the_nd43_texts_is_in_the_data():
    # CHANGES.md, "Second reading (2026-12-04, evening)".
    nd43 = _shipped("nd43-tt25.yaml")
    decree = nd43.document("nd43-2011")
    assert "01 tháng 10 năm 2011" in decree.note and "phapdien" in decree.source  # Art. 33 read
    circular = nd43.document("tt25-2014")
    # No repealing text was found; the Ministry inspected its implementation on 07/10/2016.
    assert circular.in_force_until is None and circular.in_force(D(2016, 10, 7))
    assert "17/09/2015" in circular.note and "gdsr.gov.vn" in circular.note
    scope = nd43.item("tt25.1").citations[0]
    assert (scope.article, scope.confidence) == ("1", RefConfidence.HIGH) and scope.source
    letter = nd43.document("cv310-2012")
    assert "bộ tiêu chí đánh giá cổng thông tin điện tử" in letter.title and letter.source
    dg = nd43.item("nd43.d30.dg")
    assert dg.kind is ItemKind.PRACTICE and dg.citations[0].confidence is RefConfidence.HIGH
    # Decree 85/2016: Art. 25 (entry into force) and Art. 20 read in the codification.
    nd85 = nd43.document("nd85-2016")
    assert nd85.in_force_from == "2016-07-01" and "01 tháng 7 năm 2016" in nd85.note
    assert [(c.article, c.clause, c.point) for c in nd43.item("attt.4").citations][0] == ("20", "2", "a")
    assert [(c.article, c.clause, c.point) for c in nd43.item("attt.6").citations] == [("20", "2", "c")]
    assert "phiên bản mới" not in nd43.item("attt.6").requirement  # Art. 20 does not say it
    assert "13 tháng 2 năm 2015" in circular.note  # Art. 12 of the circular


def test_circular_25_2014_duties_are_only_what_it_says():
    # Read in full: the circular binds project owners, central agencies and the Ministry's units;
    # it gives a province nothing of its own to do, so those checks are practice, never scored.
    nd43 = _shipped("nd43-tt25.yaml")
    for item in ("tt25.3", "tt25.5", "tt25.9", "tt25.10", "tt25.11", "tt25.12"):
        it = nd43.item(item)
        assert it.kind is ItemKind.PRACTICE and not it.citations, item
    for item in ("tt25.4", "tt25.6", "tt25.7"):
        it = nd43.item(item)
        assert it.kind is ItemKind.LEGAL and it.requirement, item
        assert all(c.document == "tt25-2014" and c.article and c.confidence is RefConfidence.HIGH
                   for c in it.citations), item
    assert "LGSP" not in nd43.item("tt25.7").requirement and "lấy ý kiến" not in nd43.item("tt25.4").requirement


def test_decree_43_read_in_full_fixes_articles_and_wording():
    # The codification copy holds Decree 43 in full: wrong articles fixed, wording the decree lacks removed.
    nd43 = _shipped("nd43-tt25.yaml")
    assert [(c.article, c.clause, c.point) for c in nd43.item("attt.3").citations] == [("29", "1", "c")]  # was Art. 27
    assert [(c.article, c.clause, c.point) for c in nd43.item("nd43.d27.1").citations] == [("28", "1", ""),
                                                                                            ("28", "2", "")]
    assert "Sở Thông tin và Truyền thông" in nd43.item("nd43.d30.5b").requirement  # reports go to the Department
    g = nd43.item("nd43.d10.1g.2")  # point g is the electronic Official Gazette, not online services
    assert g.kind is ItemKind.LEGAL and (g.citations[0].point, g.citations[0].confidence) == ("g", RefConfidence.HIGH)
    for item in ("nd43.d10.1g.1", "nd43.d10.1e.5", "nd43.d15.sodo"):
        assert nd43.item(item).kind is ItemKind.PRACTICE and not nd43.item(item).citations, item
    assert "người phát ngôn" not in nd43.item("nd43.d10.1k.1").requirement
    assert "tình trạng hiệu lực" not in nd43.item("nd43.d10.1e.2").requirement
    # Every Decree 43 citation of a legal item is now read, except the Unicode standard's year (see its note).
    unread = {it.id for it in nd43.items() if it.kind is ItemKind.LEGAL
              for c in it.citations if c.document == "nd43-2011" and c.confidence is not RefConfidence.HIGH}
    assert unread == {"nd43.d7.unicode"}
    # HTTPS for level 3-4 services is a duty only from Circular 32/2017 (01/06/2018).
    https = nd43.item("tt32.https")
    assert https.kind is ItemKind.LEGAL and https.citations[0].article == "20"
    assert https not in nd43.items_in_force(D(2016, 10, 7)) and https in nd43.items_in_force(D(2019, 3, 1))
    # Circular 32/2017 and Decree 13/2018 read too: their items cite the article, point by point.
    cited = {i: [(c.article, c.clause, c.point) for c in nd43.item(i).citations]
             for i in ("tt32.bachuot", "tt26.thietbi", "nd13-2018.d11")}
    assert cited == {"tt32.bachuot": [("11", "2", "b")], "tt26.thietbi": [("17", "1", "")],
                     "nd13-2018.d11": [("11", "1", "")]}
    assert "mức độ 3, mức độ 4" in nd43.item("tt32.bachuot").requirement
    # Promotion of online services: a duty only from Circular 32/2017 Art. 14 (before, good practice).
    effect = nd43.item("tt32.hieuqua")
    assert effect.kind is ItemKind.LEGAL and {c.article for c in effect.citations} == {"14"}
    assert effect not in nd43.items_in_force(D(2016, 10, 7)) and effect in nd43.items_in_force(D(2019, 3, 1))
    assert nd43.item("dg.quangba").kind is ItemKind.PRACTICE


@pytest.mark.parametrize("name", ["nd43-tt25.yaml", "nd42-2022.yaml"])
def test_non_duties_are_not_legal_and_every_duty_has_a_statement(name):
    t = _shipped(name)
    for item in t.items():
        if item.id.startswith(("chung.", "tonghop.", "dg2025.")) or item.response.type.value != "status":
            assert item.kind is not ItemKind.LEGAL, item.id
        if item.kind is ItemKind.LEGAL:
            assert item.requirement and item.requirement.endswith(".") and "?" not in item.requirement, item.id
            # Written out for the minutes: no internal abbreviations.
            assert not any(a in item.requirement for a in ("TTĐT", "CSDL", "DVCTT", "TTHC", "UBND", "TT&TT")), item.id


def test_decree42_articles_read_on_2026_12_04_are_in_the_data():
    """Decree 42 Art. 9 cl. 1 and 3 are items of their own; what was read is cited high with its source;
    duties the text gives to the Ministry are not asked of the province; wording follows the articles."""
    nd42 = _shipped("nd42-2022.yaml")

    def pin(item_id: str) -> list[tuple[str, str, str, str]]:
        return [(c.article, c.clause, c.point, c.confidence.value) for c in nd42.item(item_id).citations
                if c.document == "nd42-2022"]

    assert pin("nd42.d9.1") == [("9", "1", "", "high")] and pin("nd42.d9.3") == [("9", "3", "", "high")]
    assert "đồng bộ với thông tin trên Cổng thông tin điện tử" in nd42.item("nd42.d9.1").requirement
    assert "Nghị định số 47/2020/NĐ-CP" in nd42.item("nd42.d9.3").requirement
    assert pin("tt22.dulieu") == [("9", "2", "", "high")]
    assert "máy có thể đọc được" in nd42.item("tt22.dulieu").requirement
    assert pin("nd42.d17") == [("17", "", "", "high")] and pin("nd42.d20") == [("20", "1", "a", "high")]
    assert pin("nd42.d16") == [("16", "1", "", "high")]
    # Syncing results with the national index system is the Ministry's task (Art. 16 cl. 2), not the province's.
    assert "chỉ số phục vụ" not in nd42.item("nd42.d16").requirement
    # Art. 5 cl. 1 says nothing of other channels pointing to the portal; cl. 2 makes a data portal conditional.
    assert "dẫn về nguồn" not in nd42.item("nd42.d5.1").requirement
    assert pin("nd42.d5.1") == [("5", "1", "", "high")] and pin("nd42.d5.2")[0] == ("5", "2", "a", "high")
    for item_id in ("nd42.d9.1", "nd42.d9.3", "nd42.d5.1", "nd42.d16", "nd42.d17", "nd42.d20"):
        item = nd42.item(item_id)
        assert item.kind is ItemKind.LEGAL and all(c.source and c.checked for c in item.citations
                                                   if c.confidence is RefConfidence.HIGH), item_id
    # Circular 22/2023 is read only through news items: never high, and never shown before 05/4/2024.
    tt22 = nd42.document("tt22-2023")
    assert (tt22.issued, tt22.in_force_from) == ("2023-12-31", "2024-04-05") and tt22.source
    assert all(c.confidence is not RefConfidence.HIGH for it in nd42.items() for c in it.citations if c.document == "tt22-2023")
    before, after = ({it.id for it in nd42.items_in_force(day)} for day in (D(2024, 4, 4), D(2024, 4, 5)))
    assert "tt22.emc" not in before and "tt22.emc" in after
    assert {"nd42.d9.1", "nd42.d9.3", "tt22.dulieu"} <= before  # Decree 42 Art. 9 applies from 15/8/2022


def test_gap_items_follow_their_texts_in_force():
    nd43 = _shipped("nd43-tt25.yaml")
    section = {it.id for it in nd43.items_in_force(D(2016, 10, 7))}
    assert {"tt25-2010.d10", "tt24-2015.d7", "tt19-2011.d3", "nd43.d18.5"} <= section
    assert "nd13-2018.d11" not in section  # Decree 13/2018 only from 01/7/2018
    assert "nd13-2018.d11" in {it.id for it in nd43.items_in_force(D(2019, 3, 1))}
    assert "tt24-2015.d7" not in {it.id for it in nd43.items_in_force(D(2015, 10, 9))}


def test_items_for_inspection_filters_only_inside_the_template_period():
    nd43 = _shipped("nd43-tt25.yaml")
    assert nd43.items_for_inspection(D(2016, 10, 7)) == nd43.items_in_force(D(2016, 10, 7))
    assert len(nd43.items_for_inspection(D(2016, 10, 7))) < nd43.item_count
    # Unknown date, or a date the template does not cover: nothing is hidden.
    assert nd43.items_for_inspection(None) == list(nd43.items())
    assert nd43.items_for_inspection(D(2026, 12, 4)) == list(nd43.items())


# ------------------------------------------------------------------ docs/coverage.md
def test_coverage_page_is_up_to_date_and_names_only_real_items():
    from inspector.checklists import load_catalog
    from inspector.checklists.catalog import builtin_dir
    from inspector.checklists.coverage import SEED_CRITERIA, render_coverage

    latest = load_catalog(builtin_dir()).latest()
    page = (REPO / "docs" / "coverage.md").read_text(encoding="utf-8")
    assert page == render_coverage(latest), "run: python scripts/coverage.py"
    by_id = {t.id: t for t in latest}
    for _criterion, _seed, mapping in SEED_CRITERIA:
        for template_id, ids in mapping.items():
            for item_id in ids:
                by_id[template_id].item(item_id)  # KeyError names a criterion mapped to a missing item
    # Every legal item of every template appears in the obligation table.
    for t in latest:
        for item in t.items():
            if item.kind is ItemKind.LEGAL:
                assert f"`{item.id}`" in page, item.id


def test_item_as_of_cites_only_texts_in_force_that_day(model):
    from inspector.checklists.citation import item_as_of

    b = model.item("s1.b")  # Decree 85/2016 (medium) + Decree 43 Art. 27 (low)
    early = item_as_of(model, b, D(2012, 1, 5))
    assert early.legal_ref == "Điều 27 Nghị định số 43/2011/NĐ-CP" and early.ref_confidence is RefConfidence.LOW
    assert item_as_of(model, b, D(2016, 10, 7)) == b  # both in force: unchanged
    assert item_as_of(model, b, None) == b
    nd43 = _shipped("nd43-tt25.yaml")
    d8 = nd43.item("nd43.d8")  # Decree 43 Art. 8 + Circular 32/2017 Art. 18
    assert "32/2017" in d8.legal_ref and "32/2017" not in item_as_of(nd43, d8, D(2016, 10, 7)).legal_ref


def test_a_checklist_is_named_by_the_laws_it_checks_never_by_its_id():
    from inspector.checklists.citation import template_label

    assert template_label("Danh mục kiểm tra việc thực hiện Nghị định số 43/2011/NĐ-CP và Thông tư số "
                          "25/2014/TT-BTTTT tại địa phương", "2.0") == "43/2011/NĐ-CP, 25/2014/TT-BTTTT (2.0)"
    assert template_label("Danh mục thử", "1.0") == "Danh mục thử (1.0)"
    from inspector.checklists import load_catalog

    for t in load_catalog().templates:
        assert t.id not in template_label(t.title, t.version)
