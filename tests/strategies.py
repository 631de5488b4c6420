"""Hypothesis strategies for domain records (shared by property tests)."""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import strategies as st

from inspector.domain import (
    Evidence,
    EvidenceSource,
    Finding,
    FindingStatus,
    Inspection,
    InspectionRecord,
    Participant,
    ProvinceRef,
    Recommendation,
    RecommendationStatus,
    TeamMember,
    TeamRole,
    TemplateRef,
)
from inspector.domain.serialize import normalize_text

# Text as the core stores it: NFC, no lone surrogates, \n line ends.
text = st.text(st.characters(exclude_categories=("Cs",)), max_size=40).map(normalize_text)
ids = st.uuids().map(str)
times = st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1),
                     timezones=st.just(UTC))
sha = st.binary(min_size=32, max_size=32).map(bytes.hex)
numbers = st.floats(allow_nan=False, allow_infinity=False, width=64)


@st.composite
def records(draw) -> InspectionRecord:
    iid = draw(ids)
    inspection = Inspection(
        id=iid,
        template=TemplateRef(draw(text), draw(st.sampled_from(["1.0", "2.1.3"])), draw(sha), draw(text)),
        province=ProvinceRef(draw(st.sampled_from(["63", "34"])), draw(st.from_regex(r"\A\d\d\Z")), draw(text)),
        inspected_unit=draw(text), portal_url=draw(text), place=draw(text),
        started_at=draw(st.none() | times), ended_at=draw(st.none() | times),
        team=tuple(draw(st.lists(st.builds(TeamMember, text, text, text, st.sampled_from(TeamRole)), max_size=3))),
        host_participants=tuple(draw(st.lists(st.builds(Participant, text, text, text), max_size=3))),
        created_at=draw(times),
    )
    item_ids = draw(st.lists(st.from_regex(r"\A[a-z][a-z0-9.]{0,12}\Z"), unique=True, max_size=6))
    findings = {
        i: Finding(
            inspection_id=iid, item_id=i, status=draw(st.none() | st.sampled_from(FindingStatus)),
            value=draw(st.none() | numbers | text), note=draw(text),
            figures=draw(st.dictionaries(text.filter(bool), numbers, max_size=3)),
            author=draw(text), created_at=draw(times), updated_at=draw(times),
        )
        for i in item_ids
    }
    evidence = tuple(draw(st.lists(st.builds(
        Evidence, id=ids, inspection_id=st.just(iid), sha256=sha, file_name=text, media_type=text,
        size=st.integers(0, 2**40), caption=text, item_id=st.none() | st.sampled_from(item_ids or ["x"]),
        source=st.sampled_from(EvidenceSource), url=st.none() | text, captured_at=st.none() | times,
        added_by=text), max_size=3, unique_by=lambda e: e.id)))
    recs = tuple(draw(st.lists(st.builds(
        Recommendation, id=ids, inspection_id=st.just(iid), text=text, responsible_unit=text,
        deadline=st.none() | st.dates(), status=st.sampled_from(RecommendationStatus), note=text,
        item_ids=st.lists(text, max_size=2).map(tuple), created_at=st.none() | times,
        updated_at=st.none() | times), max_size=3, unique_by=lambda r: r.id)))
    return InspectionRecord(inspection=inspection, findings=findings, evidence=evidence, recommendations=recs)
