"""Sample inspections (invented data, "DỮ LIỆU MẪU") stay out of sync and out of a real report.

Real parts: SQLite stores, the shipped sample files imported through the import path, a folder
sync target, the Word and Excel reports written and read back.
"""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from docx import Document
from hypothesis import given
from hypothesis import strategies as st

from inspector.domain import InspectionStatus, ProvinceRef, TemplateRef
from inspector.domain.inspection import InspectionSummary
from inspector.errors import InvalidInputError
from inspector.office import Period, export_national_report, load_summary
from inspector.office.dashboard import load_dashboard
from inspector.office.samples import SAMPLE_MARK, apply_sample_rule
from inspector.sample import SAMPLE_ID, import_sample
from inspector.sync import FolderTarget, SyncSettings, sync_now
from inspector.sync.packs import decode_pack, encode_pack
from inspector.sync.transport import FolderTransport

from sync_support import _isolated_data_dir, catalog, item_ids, new_inspection, open_store  # noqa: F401

ALL_YEARS = Period(2010, 2030)


def _summary(n: int, sample: bool) -> InspectionSummary:
    return InspectionSummary(id=f"i{n}", province=ProvinceRef("63", f"{n:02d}", f"Tỉnh {n}"), inspected_unit="Sở",
                             template=TemplateRef("nd43-tt25", "2.0", "h", "t"), status=InspectionStatus.DRAFT,
                             started_at=None, updated_at=None, answered=0, total=1, not_met=0, sample=sample)


@given(st.lists(st.booleans(), max_size=12))
def test_samples_are_left_out_beside_real_inspections_and_kept_when_alone(flags):
    rows = [(_summary(n, flag), {}) for n, flag in enumerate(flags)]
    kept, rule = apply_sample_rule(rows)
    real = [r for r in rows if not r[0].sample]
    if real:
        assert kept == real and rule.left_out == len(rows) - len(real) and not rule.sample_only
    else:
        assert kept == rows and rule.left_out == 0 and rule.sample_only == bool(rows)


def _real_finalized_2016(store) -> str:
    """A real inspection of 2016 with every item of the first section answered."""
    insp = new_inspection(store, unit="Sở Thông tin và Truyền thông tỉnh Phú Thọ (thật)")
    store.update_inspection(insp.id, actor="An", started_at="2016-11-02T01:30:00Z")
    for item in item_ids()[:5]:
        store.record_finding(insp.id, item, actor="An", status="dat")
    return insp.id


def _mixed_store(tmp_path: Path):
    store = open_store(tmp_path / "office")
    import_sample(store, catalog().get)
    return store, _real_finalized_2016(store)


def _headers(docx_bytes: bytes) -> list[str]:
    doc = Document(io.BytesIO(docx_bytes))
    out = []
    for section in doc.sections:
        for header in (section.header, section.first_page_header):
            out.append(" ".join(p.text for p in header.paragraphs))
    return out


def test_the_national_report_leaves_samples_out_of_a_real_database(tmp_path):
    store, real_id = _mixed_store(tmp_path)
    samples = sum(1 for s in store.list_inspections() if s.sample)
    assert samples >= 5  # the shipped sample provinces, 2015 and 2016
    summary = load_summary(store, "nd43-tt25", ALL_YEARS, today=date(2017, 1, 1))
    d = summary.dashboard
    nd43_samples = sum(1 for s in store.list_inspections() if s.sample and s.template.id == "nd43-tt25")
    assert d.inspections == 1 and d.provinces[0].inspection_ids == (real_id,)
    assert d.samples.left_out == nd43_samples and not d.samples.sample_only
    # Over one year, only that year's samples are said to be left out.
    in_2016 = sum(1 for s in store.list_inspections() if s.sample and s.template.id == "nd43-tt25"
                  and s.started_at.year == 2016)
    assert 0 < in_2016 < nd43_samples
    assert load_summary(store, "nd43-tt25", Period.year(2016), today=date(2017, 1, 1)).dashboard.samples.left_out == in_2016
    assert load_dashboard(store, "nd43-tt25", Period.year(2016)).samples.left_out == in_2016
    assert all(r.recommendation.inspection_id == real_id for r in summary.followups + summary.carried)
    # The office view's dashboard follows the same rule.
    assert load_dashboard(store, "nd43-tt25", ALL_YEARS).inspections == 1
    out = tmp_path / "bc.docx"
    result = export_national_report(summary, docx_path=out, xlsx_path=tmp_path / "bc.xlsx")
    assert result.samples.left_out == nd43_samples
    assert not any(SAMPLE_MARK in h for h in _headers(out.read_bytes()))
    text = "\n".join(p.text for p in Document(str(out)).paragraphs)
    assert "Tuyên Quang" not in text and "Yên Bái" not in text  # sample provinces only


def test_a_report_of_sample_data_only_says_so_on_every_page(tmp_path):
    store = open_store(tmp_path / "demo")
    import_sample(store, catalog().get)
    summary = load_summary(store, "nd43-tt25", ALL_YEARS, today=date(2017, 1, 1))
    assert summary.dashboard.samples.sample_only and summary.dashboard.inspections > 1
    out, xlsx = tmp_path / "bc.docx", tmp_path / "bc.xlsx"
    export_national_report(summary, docx_path=out, xlsx_path=xlsx)
    headers = _headers(out.read_bytes())
    assert headers and all(SAMPLE_MARK in h for h in headers)  # page 1 and every later page
    wb = openpyxl.load_workbook(xlsx)
    assert all(SAMPLE_MARK in ws.oddHeader.center.text for ws in wb.worksheets)


def _packed_ids(folder: Path) -> set[str]:
    t = FolderTransport(folder)
    ids = set()
    for name in t.list("packs") or {}:
        if name.endswith(".pack"):
            ids |= {r.inspection_id for r in decode_pack(name, t.read(f"packs/{name}")).revisions}
    return ids


def test_sync_never_sends_sample_inspections(tmp_path):
    laptop, real_id = _mixed_store(tmp_path)
    stick = tmp_path / "stick"
    stick.mkdir()
    settings = SyncSettings(FolderTarget(stick), "tester")
    report = sync_now(laptop, settings, init=True)
    samples = {s.id for s in laptop.list_inspections() if s.sample}
    assert report.samples_kept == len(samples) and report.revisions_pushed > 0
    assert _packed_ids(stick) == {real_id}
    # Still never, after the sample is changed; and it cannot be turned into real data.
    laptop.record_finding(SAMPLE_ID, item_ids()[0], actor="An", status="khong_dat")
    with pytest.raises(InvalidInputError):
        laptop.update_inspection(SAMPLE_ID, actor="An", sample=False)
    again = sync_now(laptop, settings)
    assert again.revisions_pushed == 0 and _packed_ids(stick) == {real_id}
    office = open_store(tmp_path / "office2")
    pulled = sync_now(office, settings)
    assert set(office.inspection_ids()) == {real_id} and pulled.samples_skipped == 0


def test_sample_inspections_on_a_target_are_not_taken_in(tmp_path):
    """A target holding a sample another device sent before this rule: the office ignores it."""
    laptop, real_id = _mixed_store(tmp_path)
    stick = tmp_path / "stick"
    stick.mkdir()
    settings = SyncSettings(FolderTarget(stick), "tester")
    sync_now(laptop, settings, init=True)
    old = [r for _, r in laptop.revisions(SAMPLE_ID)]
    template = laptop.template(old[0].data["template"]["content_hash"])
    name, data = encode_pack(laptop.device_id, old, [template])
    FolderTransport(stick).write_new(f"packs/{name}", data)
    office = open_store(tmp_path / "office2")
    report = sync_now(office, settings)
    assert report.samples_skipped == 1
    assert set(office.inspection_ids()) == {real_id}
