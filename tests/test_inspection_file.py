"""Inspection files (inspector.inspection_file, Store.import_inspection): a whole inspection out
of one database and into another, losing nothing; a damaged file refused with the place and the
reason, and nothing written."""

from __future__ import annotations

import base64
import copy
import json
from datetime import UTC, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from inspector.checklists.catalog import load_catalog
from inspector.checklists.template import ItemKind, ResponseType
from inspector.domain import FindingStatus, ProvinceRef, TeamMember, TeamRole
from inspector.domain.record import record_to_dict
from inspector.errors import InspectionFileError, InvalidInputError
from inspector.inspection_file import (
    encode_inspection_file,
    parse_inspection_file,
    read_inspection_file,
    write_inspection_file,
)
from inspector.sample import read_sample, sample_folder
from inspector.storage import Store

NOW = datetime(2016, 10, 7, 2, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def nd43():
    return load_catalog().get("nd43-tt25")


@pytest.fixture(scope="module")
def sample_doc() -> dict:
    return json.loads((sample_folder() / "phu-tho-2016.inspection.json").read_bytes())


def _bytes(doc: dict) -> bytes:
    return json.dumps(doc, ensure_ascii=False).encode()


def _first(doc: dict, kind: str, pred=lambda x: True) -> dict:
    return next(x for x in doc["record"][kind] if pred(x))


def _mut(fn):
    def apply(doc: dict) -> dict:
        doc = copy.deepcopy(doc)
        fn(doc)
        return doc
    return apply


# (what is done to the sample file, the JSON path the error names, words of its detail)
MALFORMED = [
    (_mut(lambda d: d.update(format="something-else")), "format", "not an inspection file"),
    (_mut(lambda d: d.update(version=2)), "version", "reads version 1"),
    (_mut(lambda d: d.pop("files")), "files", "missing"),
    (_mut(lambda d: d["record"]["inspection"].update(inspectd_unit="x")), "record.inspection.inspectd_unit",
     "unknown field"),
    (_mut(lambda d: d["record"]["inspection"].pop("province")), "record.inspection.province", "missing"),
    (_mut(lambda d: d["record"]["inspection"]["province"].update(nmae="Phú Thọ")), "record.inspection.province.nmae",
     "unknown field"),
    (_mut(lambda d: d["record"]["inspection"]["template"].pop("id")), "record.inspection.template.id", "missing"),
    (_mut(lambda d: d["record"]["inspection"]["host_participants"][1].pop("name")),
     "record.inspection.host_participants[1].name", "missing"),
    (_mut(lambda d: _first(d, "evidence").update(caption_="x")), "record.evidence[0].caption_", "unknown field"),
    (_mut(lambda d: d["record"]["inspection"].update(inspected_unit="  ")), "record.inspection.inspected_unit",
     "required"),
    (_mut(lambda d: d["record"]["inspection"].update(started_at="07/10/2016")), "record.inspection", ""),
    (_mut(lambda d: d["record"]["inspection"]["team"][0].update(role="boss")), "record.inspection", "boss"),
    (_mut(lambda d: d["record"]["inspection"]["team"][0].update(nmae="x")), "record.inspection.team[0].nmae",
     "unknown field"),
    (_mut(lambda d: _first(d, "findings", lambda f: f["status"]).update(status="gan_dat")), "record.findings[",
     "gan_dat"),
    (_mut(lambda d: _first(d, "findings", lambda f: f["item_id"] == "nd43.dvc.n1").update(value="nhiều")),
     "record.findings[", "takes a number"),
    (_mut(lambda d: _first(d, "findings", lambda f: f["item_id"] == "nd43.d4").update(value=3)),
     "record.findings[", "status only"),
    (_mut(lambda d: _first(d, "findings").update(item_id="khong.co")), "item_id", "not an item of checklist"),
    (_mut(lambda d: d["record"]["findings"].append(d["record"]["findings"][0])), "record.findings[",
     "answered twice"),
    (_mut(lambda d: _first(d, "findings").update(inspection_id="khac")), ".inspection_id", "not this file's"),
    (_mut(lambda d: _first(d, "recommendations").update(item_ids=["khong.co"])), "record.recommendations[0]",
     "not an item"),
    (_mut(lambda d: d["record"]["recommendations"].append(d["record"]["recommendations"][0])),
     "record.recommendations[", "appears twice"),
    (_mut(lambda d: d["files"][0].update(base64=base64.b64encode(b"other bytes").decode())), "files[0].sha256",
     "does not match"),
    (_mut(lambda d: d["files"][0].update(base64="@@not base64@@")), "files[0].base64", "not base64"),
    (_mut(lambda d: d["files"].pop(0)), "record.evidence[", "no file with SHA-256"),
    (_mut(lambda d: _first(d, "evidence").update(size=1)), "record.evidence[0].size", "bytes"),
    (_mut(lambda d: d.update(record=[])), "record", "expected an object"),
]


@pytest.mark.parametrize("mutate,where,words", MALFORMED)
def test_a_malformed_file_is_refused_with_the_place_and_nothing_is_written(
        tmp_path, nd43, sample_doc, mutate, where, words):
    path = tmp_path / "x.inspection.json"
    path.write_bytes(_bytes(mutate(sample_doc)))
    with Store.open(tmp_path / "db.sqlite3") as store:
        before = store.counts()
        with pytest.raises(InspectionFileError) as err:
            read_inspection_file(path).bound_to(nd43)
        assert err.value.where.startswith(where) or where in err.value.where, err.value
        assert words in err.value.detail, err.value
        assert str(path) in str(err.value) or err.value.source == ""
        assert store.counts() == before and store.inspection_ids() == []


@pytest.mark.parametrize("data,words", [
    (b"", "not JSON"), (b"{\"format\": ", "not JSON: Expecting value at line 1, column 12"),
    (b"\xff\xfe{}", "not UTF-8"), (b"[]", "expected an object"), (b"null", "expected an object"),
    (b"[" * 200_000 + b"]" * 200_000, "nested too deeply"),
    (b'{"format": "inspector-inspection", "version": 1, "record": {}, "files": [], "template": {"id": 3}}',
     "not a checklist snapshot"),
])
def test_what_is_not_an_inspection_file_at_all(data, words):
    with pytest.raises(InspectionFileError) as err:
        parse_inspection_file(data)
    assert words in str(err.value)


def test_a_missing_file_is_an_error_not_a_traceback(tmp_path):
    with pytest.raises(InspectionFileError) as err:
        read_inspection_file(tmp_path / "none.inspection.json")
    assert "cannot be read" in err.value.detail and err.value.source.endswith("none.inspection.json")


def test_another_checklist_is_refused(sample_doc):
    nd42 = load_catalog().get("nd42-2022")
    with pytest.raises(InspectionFileError) as err:
        parse_inspection_file(_bytes(sample_doc)).bound_to(nd42)
    assert "nd43-tt25" in err.value.detail


def test_an_existing_inspection_is_never_overwritten(tmp_path, nd43):
    sample = read_sample()
    with Store.open(tmp_path / "db.sqlite3") as store:
        store.import_inspection(sample.bound_to(nd43), nd43, sample.files, actor="a")
        store.record_finding(sample.record.id, "nd43.d4", actor="me", note="Ghi chú của tôi.")
        marks = store.change_mark()
        with pytest.raises(InvalidInputError) as err:
            store.import_inspection(sample.bound_to(nd43), nd43, sample.files, actor="a")
        assert "already" in err.value.detail
        assert store.change_mark() == marks
        assert store.finding(sample.record.id, "nd43.d4").note == "Ghi chú của tôi."


def test_a_sealed_inspection_changed_after_sealing_is_refused(tmp_path, nd43):
    with Store.open(tmp_path / "a.sqlite3") as a:
        h = a.create_inspection(template=nd43, province=ProvinceRef("63", "25", "Tỉnh Phú Thọ"),
                                inspected_unit="Sở Thông tin và Truyền thông tỉnh Phú Thọ", actor="x")
        a.record_finding(h.id, "nd43.d4", actor="x", status=FindingStatus.MET)
        a.finalize(h.id, actor="x")
        record = a.load_inspection(h.id)
        data = json.loads(encode_inspection_file(record, {}, nd43))
    assert data["seal"]["sha256"] == record.latest_seal.sha256
    data["record"]["findings"][0]["status"] = "khong_dat"  # edited by hand after signing
    with pytest.raises(InspectionFileError) as err:
        parse_inspection_file(_bytes(data))
    assert err.value.where == "seal.sha256" and "changed after it was sealed" in err.value.detail


def test_import_needs_every_evidence_file_and_writes_nothing_without_them(tmp_path, nd43):
    sample = read_sample()
    missing = dict(sample.files)
    missing.pop(sorted(missing)[0])
    with Store.open(tmp_path / "db.sqlite3") as store:
        with pytest.raises(InvalidInputError):
            store.import_inspection(sample.bound_to(nd43), nd43, missing, actor="a")
        assert store.inspection_ids() == [] and store.counts() == Store.open(tmp_path / "empty.sqlite3").counts()


# ------------------------------------------------------- round trip: database → file → database
statuses = st.sampled_from([None, *FindingStatus])
texts = st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=40)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_an_inspection_goes_to_another_database_and_back_losing_nothing(tmp_path_factory, nd43, data):
    folder = tmp_path_factory.mktemp("rt")
    items = list(nd43.items())
    chosen = data.draw(st.lists(st.sampled_from(items), unique_by=lambda i: i.id, max_size=25))
    with Store.open(folder / "a.sqlite3") as a:
        h = a.create_inspection(
            template=nd43, province=ProvinceRef("63", "25", "Tỉnh Phú Thọ"), actor="Lê Thu Hà",
            inspected_unit=data.draw(texts.filter(lambda t: t.strip())), started_at=NOW,
            team=(TeamMember(data.draw(texts), "Chuyên viên", "Cục Tin học hóa", TeamRole.HEAD),),
            sample=data.draw(st.booleans()))
        for item in chosen:
            if item.response.type is ResponseType.NUMBER:
                value = data.draw(st.none() | st.floats(-1e9, 1e9, allow_nan=False))
            elif item.response.type is ResponseType.TEXT:
                value = data.draw(texts)
            else:
                value = None
            status = None if item.kind is ItemKind.FIGURE else data.draw(statuses)
            a.record_finding(h.id, item.id, actor="Lê Thu Hà", status=status, value=value, note=data.draw(texts),
                             figures=data.draw(st.dictionaries(texts.filter(lambda t: t.strip()),
                                                               st.floats(0, 1e6), max_size=2)))
        blob = data.draw(st.binary(max_size=200))
        a.add_evidence(h.id, blob, data.draw(texts) + ".bin", item_id=chosen[0].id if chosen else None,
                       caption=data.draw(texts), actor="Lê Thu Hà")
        a.add_recommendation(h.id, "Khắc phục " + data.draw(texts), actor="Lê Thu Hà",
                             item_ids=[i.id for i in chosen[:2]])
        if data.draw(st.booleans()):
            a.finalize(h.id, actor="Lê Thu Hà")
        record = a.load_inspection(h.id)
        files = {e.sha256: a.evidence_path(e.sha256).read_bytes() for e in record.evidence}
        path = write_inspection_file(folder / "x.inspection.json", record, files, a.template_for(record.inspection))
    content = read_inspection_file(path)
    assert content.template is not None and content.template.content_hash == nd43.content_hash
    with Store.open(folder / "b.sqlite3") as b:
        b.import_inspection(content.record, content.template, content.files, actor="office", seal=content.seal)
        again = b.load_inspection(h.id)
        assert record_to_dict(again) == record_to_dict(record)  # what a seal hashes: all of it
        assert again.inspection.status is record.inspection.status
        if record.latest_seal is not None:  # finalized: sealed as it was, and the seal still verifies
            s1, s2 = record.latest_seal, again.latest_seal
            assert (s2.sha256, s2.sealed_at, s2.sealed_by) == (s1.sha256, s1.sealed_at, s1.sealed_by)
            assert b.verify_seal(h.id) == []
        for e in again.evidence:
            assert b.evidence_path(e.sha256).read_bytes() == files[e.sha256]
        # and out again: the same bytes
        assert encode_inspection_file(again, files, b.template_for(again.inspection)) == path.read_bytes()


@settings(max_examples=60, deadline=None)
@given(cut=st.integers(0, 5000), flip=st.integers(0, 80_000), byte=st.integers(0, 255))
def test_a_damaged_sample_file_is_refused_or_read_never_a_crash(cut, flip, byte):
    data = bytearray((sample_folder() / "phu-tho-2016.inspection.json").read_bytes())
    nd43 = load_catalog().get("nd43-tt25")
    damaged = bytes(data[: len(data) - cut])
    if flip < len(damaged):
        damaged = damaged[:flip] + bytes([byte]) + damaged[flip + 1:]
    try:
        parse_inspection_file(damaged).bound_to(nd43)
    except InspectionFileError as exc:
        assert exc.detail


# ------------------------------------------------------------------------------- the command line
def test_cli_export_then_import_into_another_database(tmp_path, nd43, capsys):
    from inspector.cli import main
    from inspector.sample import import_sample

    a, b = tmp_path / "a" / "inspector.sqlite3", tmp_path / "b" / "inspector.sqlite3"
    with Store.open(a) as store:
        iid = import_sample(store, lambda *_: nd43, everything=False)
        store.finalize(iid, actor="Trần Quốc Hưng")
        record = store.load_inspection(iid)
    out = tmp_path / "pt.inspection.json"
    assert main(["inspection", "export", iid, "-o", str(out), "--database", str(a)]) == 0
    assert main(["inspection", "export", iid, "-o", str(out), "--database", str(a)]) == 1  # no overwrite
    assert "exists" in capsys.readouterr().err
    assert main(["inspection", "import", str(out), "--database", str(b)]) == 0
    assert "finalized" in capsys.readouterr().out
    with Store.open(b) as store:
        again = store.load_inspection(iid)
        assert record_to_dict(again) == record_to_dict(record) and store.verify_seal(iid) == []
    assert main(["inspection", "import", str(out), "--database", str(b)]) == 1
    assert "already in the database" in capsys.readouterr().err
    bad = tmp_path / "bad.inspection.json"
    bad.write_text(out.read_text(encoding="utf-8").replace('"dat_mot_phan"', '"gan_dat"', 1), encoding="utf-8")
    assert main(["inspection", "import", str(bad), "--database", str(tmp_path / "c.sqlite3")]) == 1
    err = capsys.readouterr().err
    assert "record.findings[" in err and "gan_dat" in err and "Traceback" not in err


def test_cli_imports_the_shipped_sample_against_the_installed_checklist(tmp_path, capsys):
    from inspector.cli import main

    db = tmp_path / "inspector.sqlite3"
    assert main(["inspection", "import", str(sample_folder() / "phu-tho-2016.inspection.json"),
                 "--database", str(db)]) == 0
    assert "Sở Thông tin và Truyền thông tỉnh Phú Thọ" in capsys.readouterr().out
    with Store.open(db) as store:
        assert store.inspection("sample-phutho-2016").sample
