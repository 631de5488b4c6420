"""Records ↔ canonical JSON: lossless, deterministic, and what seals hash."""

from __future__ import annotations

import dataclasses
import json

from hypothesis import given, settings

from inspector.domain import (
    FindingStatus,
    InspectionStatus,
    record_from_dict,
    record_to_dict,
    seal_hash,
)
from inspector.domain.record import canonical_record, without_bookkeeping
from inspector.domain.serialize import canonical_json

from strategies import records


@settings(max_examples=200, deadline=None)
@given(records())
def test_record_round_trips_through_canonical_json(record):
    data = json.loads(canonical_record(record))
    again = record_from_dict(data)
    assert again == without_bookkeeping(record)
    assert canonical_record(again) == canonical_record(record)


@settings(max_examples=100, deadline=None)
@given(records())
def test_seal_hash_ignores_status_and_bookkeeping_only(record):
    sealed = dataclasses.replace(record, inspection=dataclasses.replace(
        record.inspection, status=InspectionStatus.FINALIZED))
    assert seal_hash(sealed) == seal_hash(record)
    changed = dataclasses.replace(record, inspection=dataclasses.replace(
        record.inspection, inspected_unit=record.inspection.inspected_unit + "x"))
    assert seal_hash(changed) != seal_hash(record)


@settings(max_examples=100, deadline=None)
@given(records())
def test_canonical_bytes_do_not_depend_on_insertion_order(record):
    reversed_findings = dict(reversed(list(record.findings.items())))
    shuffled = dataclasses.replace(record, findings=reversed_findings,
                                   evidence=tuple(reversed(record.evidence)),
                                   recommendations=tuple(reversed(record.recommendations)))
    assert canonical_record(shuffled) == canonical_record(record)


def test_canonical_json_is_compact_sorted_utf8():
    assert canonical_json({"b": "Đạt", "a": [1, 2.5]}) == '{"a":[1,2.5],"b":"Đạt"}'.encode()
    assert record_to_dict  # exported API


def test_status_labels_and_scores():
    assert [s.label_vi for s in FindingStatus] == ["Đạt", "Đạt một phần", "Không đạt", "Không áp dụng"]
    assert [s.score for s in FindingStatus] == [1.0, 0.5, 0.0, None]
