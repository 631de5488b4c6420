"""An inspection with everything in it, and its canonical form for sealing and exchange."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any

from inspector.domain.evidence import Evidence
from inspector.domain.finding import Finding, FindingConflict
from inspector.domain.inspection import Inspection
from inspector.domain.recommendation import Recommendation
from inspector.domain.seal import Amendment, Seal
from inspector.domain.serialize import canonical_json, from_jsonable, sha256_hex, to_jsonable
from inspector.domain.status import FindingStatus, RecommendationStatus

CANONICAL_FORMAT = 1


@dataclass(frozen=True)
class InspectionRecord:
    inspection: Inspection
    findings: dict[str, Finding] = field(default_factory=dict)  # by item id
    evidence: tuple[Evidence, ...] = ()
    recommendations: tuple[Recommendation, ...] = ()
    seals: tuple[Seal, ...] = ()
    amendments: tuple[Amendment, ...] = ()
    conflicts: tuple[FindingConflict, ...] = ()

    @property
    def id(self) -> str:
        return self.inspection.id

    @property
    def latest_seal(self) -> Seal | None:
        return self.seals[-1] if self.seals else None

    def evidence_for(self, item_id: str) -> list[Evidence]:
        return [e for e in self.evidence if e.item_id == item_id]

    def status_counts(self) -> dict[FindingStatus, int]:
        counts = dict.fromkeys(FindingStatus, 0)
        for f in self.findings.values():
            if f.status is not None:
                counts[f.status] += 1
        return counts


def record_to_dict(record: InspectionRecord) -> dict[str, Any]:
    """Content of an inspection as plain JSON data (what sealing hashes and what is exchanged).

    Leaves out what finalizing itself changes (status, updated_at of the header), storage
    bookkeeping (revision ids), the seal history and the follow-up of recommendations (which
    continues after signing), so a record hashes the same before and after it is sealed, on
    every device.
    """
    header = to_jsonable(record.inspection)
    header.pop("status")
    header.pop("updated_at")
    findings = []
    for item_id in sorted(record.findings):
        f = to_jsonable(record.findings[item_id])
        f.pop("revision")
        findings.append(f)
    return {
        "format": CANONICAL_FORMAT,
        "inspection": header,
        "findings": findings,
        "evidence": sorted((to_jsonable(e) for e in record.evidence), key=lambda e: e["id"]),
        "recommendations": sorted(
            (_sealed_recommendation(r) for r in record.recommendations), key=lambda r: r["id"]
        ),
    }


# A kiến nghị's follow-up (status, its note, when it changed) happens after the minutes are
# signed, so it is not part of what a seal vouches for; the recommendation itself is.
# Follow-up evidence (files the province sends later) is follow-up too. Fields listed here are
# dropped from the canonical form, so adding one never changes the seal of an existing inspection.
FOLLOW_UP_FIELDS = ("status", "note", "updated_at", "evidence")


def _sealed_recommendation(rec: Recommendation) -> dict[str, Any]:
    data = to_jsonable(rec)
    for name in FOLLOW_UP_FIELDS:
        data.pop(name)
    return data


def record_from_dict(data: dict[str, Any]) -> InspectionRecord:
    """Inverse of `record_to_dict` (the header comes back as a draft)."""
    if data.get("format") != CANONICAL_FORMAT:
        raise ValueError(f"unknown canonical format {data.get('format')!r}")
    header = dict(data["inspection"], status="draft", updated_at=None)
    inspection = from_jsonable(Inspection, header)
    findings = {}
    for raw in data["findings"]:
        f = from_jsonable(Finding, dict(raw, revision=""))
        findings[f.item_id] = f
    return InspectionRecord(
        inspection=inspection,
        findings=findings,
        evidence=tuple(from_jsonable(Evidence, e) for e in data["evidence"]),
        recommendations=tuple(from_jsonable(Recommendation, r) for r in data["recommendations"]),
    )


def canonical_record(record: InspectionRecord) -> bytes:
    return canonical_json(record_to_dict(record))


def seal_hash(record: InspectionRecord) -> str:
    """SHA-256 of the canonical JSON: the seal of a finalized inspection."""
    return sha256_hex(canonical_record(record))


def without_bookkeeping(record: InspectionRecord) -> InspectionRecord:
    """The record as `record_from_dict(record_to_dict(...))` gives it back: a draft, without
    revision ids, seal history or recommendation follow-up, evidence and recommendations in
    canonical (id) order."""
    findings = {k: dataclasses.replace(f, revision="") for k, f in record.findings.items()}
    return dataclasses.replace(
        record,
        inspection=dataclasses.replace(
            record.inspection, status=type(record.inspection.status)("draft"), updated_at=None
        ),
        findings=findings,
        evidence=tuple(sorted(record.evidence, key=lambda e: e.id)),
        recommendations=tuple(sorted(
            (dataclasses.replace(r, status=RecommendationStatus.OPEN, note="", updated_at=None, evidence=())
             for r in record.recommendations), key=lambda r: r.id)),
        seals=(),
        amendments=(),
        conflicts=(),
    )
