"""The demonstration inspection: consistent with the real templates, real evidence bytes."""

from __future__ import annotations

import hashlib
import struct
import zlib

import pytest

from inspector.checklists.catalog import load_catalog
from inspector.checklists.template import ResponseType
from inspector.demo import _RESULTS, build_demo_record, demo_evidence_blobs
from inspector.domain import (
    EvidenceSource,
    FindingStatus,
    InspectionStatus,
    record_from_dict,
    record_to_dict,
    seal_hash,
)
from inspector.domain.record import without_bookkeeping


def test_every_scripted_result_names_a_real_item(nd43):
    ids = {it.id for it in nd43.items()}
    assert set(_RESULTS) <= ids


def test_every_item_is_answered_as_its_type_asks(demo, nd43):
    assert set(demo.findings) == {it.id for it in nd43.items()}
    for item in nd43.items():
        f = demo.findings[item.id]
        assert f.answered, item.id
        if item.response.type is ResponseType.NUMBER:
            assert isinstance(f.value, float), item.id
        if item.response.type is ResponseType.TEXT:
            assert isinstance(f.value, str) and f.value, item.id
        if item.response.type is ResponseType.STATUS:
            assert f.status is not None, item.id
    counts = demo.status_counts()
    assert counts[FindingStatus.NOT_MET] >= 10 and counts[FindingStatus.PARTLY_MET] >= 10
    assert counts[FindingStatus.NOT_APPLICABLE] >= 1


def test_record_round_trips_and_seals(nd43):
    record = build_demo_record(nd43)
    assert record_from_dict(record_to_dict(record)) == without_bookkeeping(record)
    sealed = build_demo_record(nd43, finalized=True)
    assert sealed.inspection.status is InspectionStatus.FINALIZED
    assert sealed.latest_seal is not None and sealed.latest_seal.sha256 == seal_hash(sealed)


def test_evidence_bytes_match_their_hashes_and_are_real_files(nd43):
    record = build_demo_record(nd43, photos=30, probe_pages=3)
    assert sum(e.source is EvidenceSource.FILE for e in record.evidence) == 30
    assert sum(e.source is EvidenceSource.PROBE for e in record.evidence) == 3
    blobs = demo_evidence_blobs(record)
    assert len(blobs) == 33  # all distinct
    for ev in record.evidence:
        data = blobs[ev.sha256]
        assert hashlib.sha256(data).hexdigest() == ev.sha256 and len(data) == ev.size
        if ev.media_type == "image/png":
            assert data.startswith(b"\x89PNG\r\n\x1a\n")
            (length,) = struct.unpack(">I", data[8:12])
            assert data[12:16] == b"IHDR"
            width, height = struct.unpack(">II", data[16:24])
            assert (width, height) == (96, 64)
            idat = data.index(b"IDAT")
            (size,) = struct.unpack(">I", data[idat - 4:idat])
            assert len(zlib.decompress(data[idat + 4: idat + 4 + size])) == height * (1 + 3 * width)
        else:
            assert ev.url and data.decode().startswith("<!DOCTYPE html>")
        assert ev.item_id is None or ev.item_id in {it.id for it in nd43.items()}


@pytest.mark.parametrize("template_id", ["nd43-tt25", "nd42-2022"])
def test_works_with_every_builtin_template(template_id):
    template = load_catalog().get(template_id)
    record = build_demo_record(template)
    assert len(record.findings) == template.item_count
    assert record.inspection.template == template.ref
