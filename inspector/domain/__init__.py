"""Domain records of an inspection (dataclasses only; no I/O)."""

from inspector.domain.audit import AuditEntry, Revision
from inspector.domain.evidence import Evidence
from inspector.domain.finding import Finding, FindingConflict
from inspector.domain.inspection import (
    Inspection,
    InspectionSummary,
    Participant,
    ProvinceRef,
    TeamMember,
    TemplateRef,
)
from inspector.domain.recommendation import Recommendation
from inspector.domain.record import InspectionRecord, record_from_dict, record_to_dict, seal_hash
from inspector.domain.seal import Amendment, Seal
from inspector.domain.status import (
    EvidenceSource,
    FindingStatus,
    InspectionStatus,
    RecommendationStatus,
    TeamRole,
)

__all__ = [
    "Amendment",
    "AuditEntry",
    "Evidence",
    "EvidenceSource",
    "Finding",
    "FindingConflict",
    "FindingStatus",
    "Inspection",
    "InspectionRecord",
    "InspectionStatus",
    "InspectionSummary",
    "Participant",
    "ProvinceRef",
    "Recommendation",
    "RecommendationStatus",
    "Revision",
    "Seal",
    "TeamMember",
    "TeamRole",
    "TemplateRef",
    "record_from_dict",
    "record_to_dict",
    "seal_hash",
]
