"""Follow-up of recommendations (kiến nghị) across every inspection.

A recommendation's stored status is open / in progress / done; "overdue" is derived: not done and
its deadline is before `today` (given by the caller, so views and reports agree on one day).

Updating a follow-up changes the status and appends a dated entry to the recommendation's note
("07/10/2017 – Nguyễn Văn An: Đã khắc phục …"), so the note reads as the follow-up log and the
revision history keeps every step. Evidence files (a scan of the province's report, a
screenshot) go into the evidence blob store by SHA-256 like any evidence and are linked to the
recommendation (`Recommendation.evidence`), so they travel with sync; the log entry names them
("Minh chứng: bao-cao.pdf"). `followup_files` reads them back, including files that older
versions named only in the note ("Minh chứng: x.pdf (SHA-256 3f2a…)").
"""

from __future__ import annotations

import enum
import mimetypes
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from inspector.collation import vietnamese_sort_key
from inspector.domain.inspection import InspectionSummary, ProvinceRef
from inspector.domain.recommendation import LEGACY_FILE_LINE, FollowUpEvidence, Recommendation
from inspector.domain.serialize import normalize_text, utc_now
from inspector.domain.status import RecommendationStatus
from inspector.errors import InvalidInputError
from inspector.minutes.formats import format_date_short
from inspector.office.dashboard import inspection_date, inspection_year
from inspector.storage import Store
from inspector.text import fold


class FollowUpState(enum.StrEnum):
    """What the follow-up list shows: the stored status, or overdue."""

    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    OVERDUE = "overdue"


@dataclass(frozen=True)
class FollowUpRow:
    recommendation: Recommendation
    province: ProvinceRef
    inspected_unit: str
    template_id: str
    inspection_day: date | None
    year: int | None
    state: FollowUpState
    days_overdue: int  # 0 unless overdue

    @property
    def id(self) -> str:
        return self.recommendation.id


@dataclass(frozen=True)
class FollowUpFile:
    file_name: str
    sha256: str
    size: int | None = None  # None for files named only in an older note
    added_by: str = ""


def followup_state(rec: Recommendation, today: date) -> FollowUpState:
    if rec.is_overdue(today):
        return FollowUpState.OVERDUE
    return FollowUpState(rec.status.value)


def build_followups(recommendations: Iterable[Recommendation], inspections: Iterable[InspectionSummary],
                    today: date) -> list[FollowUpRow]:
    """Join each recommendation with its inspection; overdue first (most overdue first), then by
    deadline (none last), province and text."""
    by_id = {s.id: s for s in inspections}
    rows = []
    for rec in recommendations:
        s = by_id.get(rec.inspection_id)
        if s is None:  # its inspection is not in this database (cannot happen with one store)
            continue
        state = followup_state(rec, today)
        overdue = (today - rec.deadline).days if state is FollowUpState.OVERDUE and rec.deadline else 0
        rows.append(FollowUpRow(rec, s.province, s.inspected_unit, s.template.id, inspection_date(s),
                                inspection_year(s), state, overdue))
    rows.sort(key=lambda r: (r.state is not FollowUpState.OVERDUE, -r.days_overdue,
                             r.state is FollowUpState.DONE, r.recommendation.deadline or date.max,
                             vietnamese_sort_key(r.province.name), r.recommendation.text))
    return rows


def filter_followups(rows: Iterable[FollowUpRow], *, states: Iterable[FollowUpState] | None = None,
                     province: ProvinceRef | None = None, year: int | None = None,
                     template_id: str | None = None, search: str = "") -> list[FollowUpRow]:
    """Rows matching every filter given. `search` ignores case and Vietnamese marks and looks at
    the text, responsible unit, note, inspected unit and province."""
    wanted = set(states) if states is not None else None
    words = fold(search).split()
    out = []
    for r in rows:
        if wanted is not None and r.state not in wanted:
            continue
        if province is not None and (r.province.era, r.province.code) != (province.era, province.code):
            continue
        if year is not None and r.year != year:
            continue
        if template_id is not None and r.template_id != template_id:
            continue
        if words:
            rec = r.recommendation
            hay = fold(" ".join((rec.text, rec.responsible_unit, rec.note, r.inspected_unit, r.province.name)))
            if not all(w in hay for w in words):
                continue
        out.append(r)
    return out


def list_followups(store: Store, today: date, **filters: object) -> list[FollowUpRow]:
    """Every recommendation of every inspection in `store`, filtered (see `filter_followups`)."""
    rows = build_followups(store.all_recommendations(), store.list_inspections(), today)
    return filter_followups(rows, **filters)  # type: ignore[arg-type]


def followup_files(rec: Recommendation) -> list[FollowUpFile]:
    """The follow-up evidence of a recommendation, oldest first: files named in the note by older
    versions, then the linked files."""
    out: dict[str, FollowUpFile] = {}
    for m in LEGACY_FILE_LINE.finditer(rec.note):
        out.setdefault(m.group("sha"), FollowUpFile(m.group("name"), m.group("sha")))
    for e in rec.evidence:
        out.pop(e.sha256, None)
        out[e.sha256] = FollowUpFile(e.file_name, e.sha256, e.size, e.added_by)
    return list(out.values())


def update_followup(store: Store, recommendation_id: str, *, actor: str, today: date,
                    status: RecommendationStatus | str | None = None, note: str = "",
                    files: Sequence[Path] = ()) -> Recommendation:
    """Record a follow-up step: a new status (optional), a note and evidence files.

    Each file is copied into the evidence blob store first (streamed; by SHA-256), then one
    revision links them to the recommendation with the status and the log entry, so a failure
    leaves the recommendation unchanged. Raises `InvalidInputError` when nothing is given or a
    file is missing, `NotFoundError` for an unknown recommendation.
    """
    note = normalize_text(note.strip())
    try:
        wanted = RecommendationStatus(status) if status is not None else None
    except ValueError:
        raise InvalidInputError("status", status, "not a follow-up status") from None
    if status is None and not note and not files:
        raise InvalidInputError("followup", None, "give a status, a note or a file")
    for path in files:
        if not Path(path).is_file():
            raise InvalidInputError("file", str(path), "no such file")
    rec = store.recommendation(recommendation_id)
    lines = []
    added: list[FollowUpEvidence] = []
    now = utc_now()
    for path in files:
        sha, size = store.blobs.put_file(Path(path))
        name = normalize_text(Path(path).name) or "evidence"
        added.append(FollowUpEvidence(sha256=sha, file_name=name,
                                      media_type=mimetypes.guess_type(name)[0] or "application/octet-stream",
                                      size=size, added_at=now, added_by=actor))
        lines.append(f"Minh chứng: {name}")
    changes: dict[str, object] = {}
    new_status = wanted or rec.status
    if new_status is not rec.status:
        changes["status"] = new_status
    if note or lines:
        who = f" – {actor}" if actor else ""
        entry = f"{format_date_short(today)}{who}: {note}" if note else f"{format_date_short(today)}{who}:"
        log = "\n".join([entry, *lines])
        changes["note"] = f"{rec.note}\n{log}" if rec.note else log
    if added:
        # The same file sent twice is linked once (its first entry is kept).
        linked = {e.sha256: e for e in rec.evidence}
        for e in added:
            linked.setdefault(e.sha256, e)
        changes["evidence"] = tuple(linked.values())
    if not changes:
        return rec
    return store.update_recommendation(recommendation_id, actor=actor, reason="follow-up", **changes)


def followup_evidence(rec: Recommendation, sha256: str) -> FollowUpEvidence:
    """The linked evidence entry `sha256` of `rec` (an older note's file gets a plain entry)."""
    for e in rec.evidence:
        if e.sha256 == sha256:
            return e
    for f in followup_files(rec):
        if f.sha256 == sha256:
            return FollowUpEvidence(sha256=f.sha256, file_name=f.file_name)
    raise InvalidInputError("evidence", sha256, "not a follow-up file of this recommendation")

