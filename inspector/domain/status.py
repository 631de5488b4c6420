"""The closed vocabularies of an inspection: statuses and roles.

Values are stable ASCII words (they are stored and synced); Vietnamese labels are legal wording
printed on the minutes, so they live here as data.
"""

from __future__ import annotations

import enum


class FindingStatus(enum.StrEnum):
    """The inspector's conclusion on one checklist item."""

    MET = "dat"
    PARTLY_MET = "dat_mot_phan"
    NOT_MET = "khong_dat"
    NOT_APPLICABLE = "khong_ap_dung"

    @property
    def label_vi(self) -> str:
        return _FINDING_LABELS[self]

    @property
    def score(self) -> float | None:
        """Compliance score: Đạt 1, Đạt một phần 0.5, Không đạt 0, Không áp dụng excluded."""
        return _FINDING_SCORES[self]


_FINDING_LABELS = {
    FindingStatus.MET: "Đạt",
    FindingStatus.PARTLY_MET: "Đạt một phần",
    FindingStatus.NOT_MET: "Không đạt",
    FindingStatus.NOT_APPLICABLE: "Không áp dụng",
}
_FINDING_SCORES = {
    FindingStatus.MET: 1.0,
    FindingStatus.PARTLY_MET: 0.5,
    FindingStatus.NOT_MET: 0.0,
    FindingStatus.NOT_APPLICABLE: None,
}


class InspectionStatus(enum.StrEnum):
    DRAFT = "draft"
    FINALIZED = "finalized"


class TeamRole(enum.StrEnum):
    """Roles in an inspection team (Đoàn kiểm tra)."""

    HEAD = "truong_doan"
    DEPUTY_HEAD = "pho_truong_doan"
    MEMBER = "thanh_vien"
    SECRETARY = "thu_ky"

    @property
    def label_vi(self) -> str:
        return _ROLE_LABELS[self]


_ROLE_LABELS = {
    TeamRole.HEAD: "Trưởng đoàn",
    TeamRole.DEPUTY_HEAD: "Phó Trưởng đoàn",
    TeamRole.MEMBER: "Thành viên",
    TeamRole.SECRETARY: "Thư ký",
}


class RecommendationStatus(enum.StrEnum):
    """Follow-up state of a kiến nghị; "overdue" is derived from the deadline, never stored."""

    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"


class EvidenceSource(enum.StrEnum):
    FILE = "file"
    PROBE = "probe"
