"""The shipped sample inspections (resources/sample): true to their date, consistent, importable.

The main sample is modelled on the Ministry's inspection of Phú Thọ on 07/10/2016
(shared/domain/seeds/004_*), with invented people and findings; the others are small invented
inspections of four provinces in 2015 and 2016 for the office view.
"""

from __future__ import annotations

import inspect
import re
from datetime import date, timedelta

import docx
import pytest

from inspector.checklists.catalog import load_catalog
from inspector.checklists.template import ItemKind, ResponseType
from inspector.domain import FindingStatus
from inspector.domain.record import record_to_dict
from inspector.minutes import export_minutes
from inspector.office.dashboard import Period
from inspector.office.report import load_summary
from inspector.office.yearly import compare_years
from inspector.sample import SAMPLE_ID, import_sample, read_sample, sample_paths
from inspector.storage import Store

M, P, N = FindingStatus.MET, FindingStatus.PARTLY_MET, FindingStatus.NOT_MET
VN = timedelta(hours=7)
# The officials the seed press release names: invented findings are never attached to them.
REAL_OFFICIALS = ("Phạm Văn Hải", "Nguyễn Hữu Việt", "Trần Kiên")


@pytest.fixture(scope="module")
def catalog():
    return load_catalog()


@pytest.fixture(scope="module")
def samples(catalog):
    """(path, file content, record bound to the installed checklist, local inspection date)."""
    out = []
    for path in sample_paths():
        content = read_sample(path)
        template = catalog.get(content.template_id)
        record = content.bound_to(template)
        day = (record.inspection.started_at + VN).date()
        out.append((path, content, record, template, day))
    return out


def test_the_main_sample_is_phu_tho_on_7_october_2016(samples):
    path, _content, record, _template, day = samples[0]
    h = record.inspection
    assert path.name == "phu-tho-2016.inspection.json" and h.id == SAMPLE_ID
    assert day == date(2016, 10, 7)
    assert (h.province.era, h.province.code, h.province.name) == ("63", "25", "Tỉnh Phú Thọ")
    assert h.inspected_unit == "Sở Thông tin và Truyền thông tỉnh Phú Thọ"
    assert {m.unit for m in h.team} == {"Cục Tin học hóa"}  # the Ministry's unit of that date
    assert "Nghị định số 43/2011/NĐ-CP" in h.basis and "Thông tư số 25/2014/TT-BTTTT" in h.basis
    # the seed's topics are there, with its figures
    values = {i: f.value for i, f in record.findings.items()}
    assert values["nd43.d10.1b.2"] == 8950.0  # "gần 9.000 tin, bài/năm"
    assert 450 <= values["nd43.d17.8"] <= 550  # "khoảng 500" questions a year
    assert record.findings["nd43.d13.1"].status is M and "tiếng Hàn Quốc" in record.findings["nd43.d13.1"].note
    assert "PCI" in record.findings["nd43.d10.1dd.1"].note
    level3 = record.findings["nd43.d18.5"]  # which "level 3" services really are
    assert level3.status is P and "mức độ 2" in level3.note
    assert record.findings["dg.quangba"].status is P  # promotion of online services
    texts = " ".join(r.text for r in record.recommendations)
    for topic in ("đạt đúng mức độ 3", "Cục Tin học hóa", "trùng lặp", "chia sẻ dữ liệu", "tuyên truyền"):
        assert topic in texts, topic


def test_every_sample_is_marked_as_sample_data_with_invented_people(samples):
    ids = set()
    for path, _content, record, _template, _day in samples:
        assert record.inspection.sample, path.name
        ids.add(record.id)
        text = path.read_text(encoding="utf-8")
        for name in REAL_OFFICIALS:
            assert name not in text, (path.name, name)
    assert len(ids) == len(samples)


def test_every_evidence_entry_is_a_file_of_its_own(samples):
    _path, content, record, _template, _day = samples[0]
    assert len({e.sha256 for e in record.evidence}) == len(record.evidence) == len(content.files) >= 8
    assert all(e.caption and e.item_id in record.findings for e in record.evidence)
    for e in record.evidence:
        if e.media_type == "image/png":
            assert content.files[e.sha256].startswith(b"\x89PNG\r\n\x1a\n")


def test_only_items_in_force_on_the_date_are_answered_as_their_kind_asks(samples):
    for path, _content, record, template, day in samples:
        assert template.applies_on(day)
        for item_id, f in record.findings.items():
            item = template.item(item_id)
            assert template.item_in_force(item, day), (path.name, item_id)
            if item.kind is ItemKind.FIGURE or item.response.type is not ResponseType.STATUS:
                assert f.status is None, (path.name, item_id)  # figures are never scored
            else:
                assert f.value is None, (path.name, item_id)
        # in the main sample, every item in force is answered
        if record.id == SAMPLE_ID:
            assert set(record.findings) == {i.id for i in template.items_in_force(day)}


def test_the_samples_own_words_cite_only_texts_in_force_on_their_date(samples):
    for path, _content, _record, template, day in samples:
        by_number = {d.number: d for d in template.documents}
        for number in set(DOC_NUMBER_IN_TEXT.findall(path.read_text(encoding="utf-8"))):
            doc = by_number.get(number)
            assert doc is not None, (path.name, number)  # a text the checklist declares, with its dates
            assert date.fromisoformat(doc.issued) <= day and doc.in_force(day), (path.name, number)


def test_every_failure_says_in_the_inspectors_words_what_was_found(samples):
    for path, _content, record, _template, _day in samples:
        for f in record.findings.values():
            if f.status in (N, P):
                assert len(f.note) >= 30 and f.note.endswith("."), (path.name, f.item_id, f.note)


def test_recommendations_follow_from_the_findings(samples):
    for path, _content, record, _template, day in samples:
        assert record.recommendations, path.name
        for rec in record.recommendations:
            assert rec.item_ids, (path.name, rec.text)
            for item_id in rec.item_ids:
                assert record.findings[item_id].status in (N, P), (path.name, item_id)
            assert rec.deadline is None or rec.deadline > day
            assert rec.responsible_unit


def test_counts_add_up(samples):
    _path, _content, record, _template, _day = samples[0]
    v = {i: f.value for i, f in record.findings.items() if f.value is not None}
    fig = {i: f.figures for i, f in record.findings.items()}
    # services: level 1–2 + level 3 + level 4 = procedures; levels 1 and 2 add up to their total
    assert v["nd43.dvc.n2"] + v["nd43.dvc.n3"] + v["nd43.dvc.n4"] == v["nd43.dvc.n1"]
    assert v["nd43.dvc.n5"] <= v["nd43.dvc.n3"] + v["nd43.dvc.n4"]
    assert v["nd43.dvc.n8"] <= v["nd43.dvc.n6"] <= v["nd43.dvc.n7"]
    share = v["nd43.dvc.n6"] / v["nd43.dvc.n7"]
    assert "1,5%" in record.findings["nd43.dvc.n6"].note and round(share * 100, 1) == 1.5
    # questions: answered ≤ received, late ≤ answered; documents: posted ≤ issued, and the note's share
    assert v["nd43.d17.9"] <= v["nd43.d17.8"] <= v["nd43.d17.7"]
    assert v["nd43.d10.1c.3"] <= v["nd43.d10.1c.2"]
    posted = f"{v['nd43.d10.1c.3']:,.0f}/{v['nd43.d10.1c.2']:,.0f}".replace(",", ".")
    assert posted in record.findings["nd43.d10.1c.1"].note
    assert f"{round(100 * v['nd43.d10.1c.3'] / v['nd43.d10.1c.2'])}%" in record.findings["nd43.d10.1c.1"].note
    # every breakdown adds up to its total
    for item_id, figures in fig.items():
        if figures and item_id != "nd43.dvc.n2":
            assert sum(figures.values()) == v[item_id], item_id
    assert sum(fig["nd43.dvc.n2"].values()) == v["nd43.dvc.n2"]
    # systems deployed by ministries: the count is the list's length
    assert v["tt25.2"] == len(record.findings["tt25.1"].value.split(";"))
    # the other samples: the same identities
    for path, _c, other, _t, _d in samples[1:]:
        w = {i: f.value for i, f in other.findings.items() if f.value is not None}
        assert w["nd43.dvc.n2"] + w["nd43.dvc.n3"] + w["nd43.dvc.n4"] == w["nd43.dvc.n1"], path.name
        assert w["nd43.d17.9"] <= w["nd43.d17.8"] <= w["nd43.d17.7"], path.name


def test_no_https_address_beside_a_no_https_finding(samples):
    for path, content, record, _template, _day in samples:
        h = record.inspection
        addresses = [h.portal_url, h.dvc_url, *(e.url or "" for e in record.evidence)]
        url_item = record.findings.get("chung.url")
        if url_item is not None:
            addresses.append(str(url_item.value))
        https = record.findings.get("attt.5")
        if https is not None and https.status in (N, P):
            assert not any(a.startswith("https://") or "(https://" in a for a in addresses), path.name
        elif https is not None and https.status is M:
            assert not any(a.startswith("http://") for a in addresses if a), path.name
        del content


def test_every_sample_imports_and_reads_back_equal(tmp_path, catalog, samples):
    with Store.open(tmp_path / "db.sqlite3") as store:
        assert import_sample(store, catalog.get) == SAMPLE_ID
        assert import_sample(store, catalog.get) == SAMPLE_ID  # once only: the user's changes stay
        assert len(store.inspection_ids()) == len(samples)
        for _path, content, record, _template, _day in samples:
            stored = store.load_inspection(record.id)
            assert record_to_dict(stored) == record_to_dict(record)
            for ev in stored.evidence:
                assert store.blobs.verify(ev.sha256) is None
                assert store.evidence_path(ev.sha256).read_bytes() == content.files[ev.sha256]
            assert stored.inspection.sample


def test_the_office_view_has_several_provinces_and_years(tmp_path, catalog, samples):
    with Store.open(tmp_path / "db.sqlite3") as store:
        import_sample(store, catalog.get)
        summary = load_summary(store, "nd43-tt25", Period(2015, 2016), today=date(2017, 1, 5))
        provinces = {p.province.name for p in summary.dashboard.provinces}
        assert len(provinces) >= 4 and "Tỉnh Phú Thọ" in provinces
        assert all(p.score is not None for p in summary.dashboard.provinces)
        years = compare_years(store, samples[0][2].inspection.province, "nd43-tt25")
        assert [c.year for c in years.columns] == [2015, 2016]
        assert len(years.improved()) > len(years.worse()) > 0  # something to show both ways


DOC_NUMBER_IN_TEXT = re.compile(r"\b\d{1,4}/\d{4}/[A-ZĐ][A-ZĐ-]*[A-ZĐ]")
DOC_NUMBER = re.compile(r"(\d{1,4})/(\d{4})/([A-ZĐ][A-ZĐa-zđ0-9-]*)")


# The minutes that cite only texts in force and print the sample mark are issue 12's (branch
# `minutes`, whose export_minutes takes `draft`); checked against it by a trial merge. Until that
# code is here, these two fail as expected; once it is, they run as plain tests.
MINUTES_OF_ISSUE_12 = "draft" in inspect.signature(export_minutes).parameters
needs_issue_12 = pytest.mark.xfail(not MINUTES_OF_ISSUE_12, strict=True,
                                   reason="the minutes of this branch cite every citation (32/2017, 03/2017, "
                                          "23/2018) and print no sample mark: issue 12, branch minutes")


@needs_issue_12
def test_the_minutes_cite_no_text_issued_after_the_inspection(tmp_path, samples):
    """Every document number printed in the sample's official minutes (read back with
    python-docx) is a text of the checklist issued, and in force, on or before 07/10/2016."""
    _path, content, record, template, day = samples[0]
    folder = tmp_path / "blobs"
    folder.mkdir()
    for sha, data in content.files.items():
        (folder / sha).write_bytes(data)
    out = export_minutes(record, template, tmp_path / "bb.docx", evidence_path=lambda sha: folder / sha).path
    document = docx.Document(str(out))
    text = "\n".join([p.text for p in document.paragraphs]
                     + [c.text for t in document.tables for r in t.rows for c in r.cells])
    by_number = {d.number: d for d in template.documents}
    cited = {m.group(0) for m in DOC_NUMBER.finditer(text.replace("\u2011", "-"))}
    assert "43/2011/NĐ-CP" in cited and "25/2014/TT-BTTTT" in cited
    late = []
    for number in sorted(cited):
        doc = by_number.get(number)
        if doc is None:
            year = int(number.split("/")[1])
            if year > day.year:
                late.append(number)
        elif date.fromisoformat(doc.issued) > day or not doc.in_force(day):
            late.append(number)
    assert not late, f"the minutes of {day} cite {late}"


@needs_issue_12
def test_the_minutes_of_a_sample_say_so(tmp_path, samples):
    _path, _content, record, template, _day = samples[0]
    document = docx.Document(str(export_minutes(record, template, tmp_path / "bb.docx").path))
    marks = [p.text for s in document.sections for p in s.header.paragraphs] + [p.text for p in document.paragraphs]
    assert any("DỮ LIỆU MẪU" in t for t in marks)


def test_a_published_version_without_some_sample_items_does_not_break_the_sample(tmp_path, catalog):
    """The office published nd43-tt25 9.1 without an item the sample answers: the sample is still
    answered against the version it names (found after driving `inspector --demo` with such a
    version installed: the sample failed to open)."""
    import dataclasses

    from inspector.checklists.catalog import Catalog

    base = catalog.get("nd43-tt25")
    first = base.sections[1]
    dropped = dataclasses.replace(first, items=first.items[1:])
    newer = dataclasses.replace(base, version="9.1", content_hash="",
                                sections=(base.sections[0], dropped, *base.sections[2:]))
    both = Catalog((*catalog.templates, newer))
    assert both.get("nd43-tt25") is newer
    with Store.open(tmp_path / "db.sqlite3") as store:
        iid = import_sample(store, both.get)
        assert store.template_for(store.inspection(iid)).version == base.version
        assert first.items[0].id in store.load_inspection(iid).findings


def test_export_minutes_demo_with_a_published_version_that_dropped_an_item(tmp_path, monkeypatch, capsys):
    import yaml

    from inspector.checklists.catalog import builtin_dir
    from inspector.cli import main

    data = yaml.safe_load((builtin_dir() / "nd43-tt25.yaml").read_text(encoding="utf-8"))
    data["version"] = "9.1"
    dropped = data["sections"][1]["items"].pop(0)["id"]
    folder = tmp_path / "data" / "checklists"
    folder.mkdir(parents=True)
    (folder / "nd43-tt25-9.1.yaml").write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False),
                                               encoding="utf-8")
    monkeypatch.setenv("INSPECTOR_DATA_DIR", str(tmp_path / "data"))
    assert load_catalog().get("nd43-tt25").version == "9.1"
    assert dropped in read_sample().record.findings
    assert main(["export", "minutes", "--demo", "-o", str(tmp_path / "bb.docx")]) == 0, capsys.readouterr().err
