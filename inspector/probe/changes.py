"""What to store once the inspector has accepted some proposals: a pure function, no storage here.

Storage persists the result with `store.record_finding(inspection_id, item_id, actor=…,
**change.record_kwargs())` and `store.add_evidence(inspection_id, **payload.add_kwargs(), actor=…)`.
Nothing the inspector typed is lost: an existing note is kept and the probe's note is added below
it; a value is only set when the probe measured one.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from inspector import clock
from inspector.domain.evidence import Evidence
from inspector.domain.finding import Finding
from inspector.domain.serialize import to_jsonable
from inspector.domain.status import EvidenceSource, FindingStatus
from inspector.errors import InvalidInputError
from inspector.probe.describe import describe_check, describe_note
from inspector.probe.results import FetchedPage, ItemProposal, ProbeRun

if TYPE_CHECKING:
    from inspector.storage import Store

# Keep the stored note well under any sane limit, whatever a portal's snippets contain.
_NOTE_LIMIT = 4000


@dataclass(frozen=True)
class FindingChange:
    """Fields to set on one finding. `value` is only set when `set_value` is True."""

    item_id: str
    status: FindingStatus | None
    note: str
    value: float | str | None = None
    set_status: bool = True
    set_value: bool = False
    reason: str = "probe"  # the revision's reason, for the audit trail

    def record_kwargs(self) -> dict[str, Any]:
        """Keyword arguments for `store.record_finding` (without inspection id and actor)."""
        kwargs: dict[str, Any] = {"note": self.note, "reason": self.reason}
        if self.set_status:
            kwargs["status"] = self.status
        if self.set_value:
            kwargs["value"] = self.value
        return kwargs


@dataclass(frozen=True)
class EvidencePayload:
    """One evidence file to add: a fetched page, or the probe's own record of its checks."""

    item_id: str | None  # None: a file of the inspection (a page used by several items)
    data: bytes
    file_name: str
    media_type: str
    caption: str
    url: str | None
    captured_at: datetime
    source: EvidenceSource = EvidenceSource.PROBE

    def add_kwargs(self) -> dict[str, Any]:
        """Keyword arguments for `store.add_evidence` (without inspection id and actor)."""
        return {
            "data": self.data, "file_name": self.file_name, "media_type": self.media_type,
            "item_id": self.item_id, "caption": self.caption, "source": self.source,
            "url": self.url, "captured_at": self.captured_at,
        }


@dataclass(frozen=True)
class ProbeChanges:
    findings: tuple[FindingChange, ...]
    evidence: tuple[EvidencePayload, ...]


def page_file_name(page: FetchedPage) -> str:
    """'phutho.gov.vn_tin-tuc.html' — readable, safe on Windows, unique enough per item."""
    parts = urlsplit(page.final_url)
    host = (parts.hostname or "trang").replace(":", "_")
    path = parts.path.strip("/") or "trang-chu"
    if parts.query:
        path += "_" + parts.query
    stem = re.sub(r"[^A-Za-z0-9._-]+", "-", f"{host}_{path}").strip("-.")[:120]
    ext = {"text/html": ".html", "application/xhtml+xml": ".html", "application/xml": ".xml",
           "text/xml": ".xml", "application/rss+xml": ".xml", "text/plain": ".txt"}.get(page.media_type, "")
    return stem if stem.lower().endswith(ext) else stem + ext


def _run_record(run: ProbeRun, proposals: list[ItemProposal], files: dict[str, str]) -> bytes:
    """One JSON record of the checks behind every accepted item of one apply."""
    data = {
        "tool": "inspector-probe",
        "target": run.target.url,
        "dvc": run.dvc_url,
        "started_at": to_jsonable(run.started_at),
        "template": {"id": run.template_id, "version": run.template_version, "hash": run.template_hash},
        "coverage": [to_jsonable(c) for c in run.coverage],
        "items": [{
            "item_id": p.item_id,
            "proposed_status": p.status.value if p.status else None,
            "proposed_value": p.value,
            "reason": p.reason,
            "checks": [{**to_jsonable(c), "description_vi": describe_check(c),
                        "evidence_files": [files[u] for u in c.pages if u in files]} for c in p.checks],
        } for p in proposals],
    }
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True).encode("utf-8")


def _merged_note(existing: str, probe_note: str) -> str:
    probe_note = probe_note[:_NOTE_LIMIT]
    existing = existing.rstrip()
    return f"{existing}\n\n{probe_note}" if existing else probe_note


def plan_probe_changes(
    run: ProbeRun,
    accepted: Iterable[str],
    *,
    existing: Mapping[str, Finding] | None = None,
    stored_pages: Mapping[tuple[str, str], str] | None = None,
) -> ProbeChanges:
    """The finding changes and evidence files for the items the inspector accepted.

    For each accepted item: its proposed status (when the probe proposed one) and measured value
    (when it measured one), and a note saying what the probe saw and which evidence files show it
    (added after the existing note). A page fetched once is ONE evidence file of the inspection,
    whichever items used it (`stored_pages`: (sha256, url) → file name of pages already stored, which
    are not added again); one JSON record of the checks goes with each apply. Raises
    `InvalidInputError` for an accepted id the run has no proposal for.
    """
    existing = existing or {}
    stored = dict(stored_pages or {})
    findings: list[FindingChange] = []
    evidence: list[EvidencePayload] = []
    by_id = {p.item_id: p for p in run.proposals}
    proposals = []
    for item_id in dict.fromkeys(accepted):
        proposal = by_id.get(item_id)
        if proposal is None:
            raise InvalidInputError("accepted", item_id, "the probe run has no proposal for this item")
        proposals.append(proposal)
    files: dict[str, str] = {}  # page URL → evidence file name
    taken = set(stored.values())
    for proposal in proposals:
        for url in dict.fromkeys(u for c in proposal.checks for u in c.pages):
            page = run.page(url)
            if page is None or not page.body or url in files:
                continue
            key = (page.sha256, page.final_url)
            if key in stored:
                files[url] = stored[key]
                continue
            name = _unique(page_file_name(page), taken)
            taken.add(name)
            stored[key] = files[url] = name
            evidence.append(EvidencePayload(
                item_id=None, data=page.body, file_name=name,
                media_type=page.media_type or "application/octet-stream",
                caption=f"Trang {page.final_url} tải lúc {clock.format_datetime(page.fetched_at)}"
                        + (" (đã cắt bớt)" if page.truncated else ""),
                url=page.final_url, captured_at=page.fetched_at,
            ))
    for proposal in proposals:
        current = existing.get(proposal.item_id)
        used = list(dict.fromkeys(files[u] for c in proposal.checks for u in c.pages if u in files))
        probe_note = describe_note(run, proposal)
        if used:
            probe_note += "\n- Trang đã đọc (tệp minh chứng): " + ", ".join(used)
        findings.append(FindingChange(
            item_id=proposal.item_id, status=proposal.status,
            note=_merged_note(current.note if current else "", probe_note), value=proposal.value,
            set_status=proposal.status is not None, set_value=proposal.value is not None,
        ))
    if proposals:
        evidence.append(EvidencePayload(
            item_id=None, data=_run_record(run, proposals, files),
            file_name=f"kiem-tra-tu-dong_{run.started_at:%Y%m%d-%H%M%S}_{len(proposals)}-muc.json",
            media_type="application/json",
            caption="Kết quả kiểm tra tự động (URL, mã HTTP, thời gian, đoạn trích, SHA-256)",
            url=run.target.url, captured_at=run.started_at,
        ))
    return ProbeChanges(tuple(findings), tuple(evidence))


def _unique(name: str, taken: set[str]) -> str:
    if name not in taken:
        return name
    stem, dot, ext = name.rpartition(".")
    stem, ext = (stem, "." + ext) if dot else (name, "")
    n = 2
    while f"{stem}-{n}{ext}" in taken:
        n += 1
    return f"{stem}-{n}{ext}"


@dataclass(frozen=True)
class AppliedProbe:
    """What one apply saved: the findings before and after, and the evidence records it added
    (what an undo takes back)."""

    before: dict[str, Finding | None]
    after: dict[str, Finding]
    evidence: tuple[Evidence, ...]


def apply_probe_changes(store: Store, inspection_id: str, changes: ProbeChanges, *, actor: str) -> AppliedProbe:
    """Save what the inspector accepted, in one transaction."""
    before = {c.item_id: store.finding(inspection_id, c.item_id) for c in changes.findings}
    added = []
    after = {}
    with store.transaction():
        for payload in changes.evidence:
            added.append(store.add_evidence(inspection_id, **payload.add_kwargs(), actor=actor))
        for change in changes.findings:
            after[change.item_id] = store.record_finding(inspection_id, change.item_id, actor=actor,
                                                         **change.record_kwargs())
    return AppliedProbe(before, after, tuple(added))


def restore_findings(store: Store, inspection_id: str, findings: Mapping[str, Finding | None], *, actor: str,
                     remove: Iterable[str] = (), reason: str = "undo") -> dict[str, Finding]:
    """Put findings back as they were (status, value, note; None: unanswered) and remove the given
    evidence records, in one transaction: one undo of one apply."""
    out = {}
    with store.transaction():
        for evidence_id in remove:
            store.remove_evidence(evidence_id, actor=actor, reason=reason)
        for item_id, finding in findings.items():
            out[item_id] = store.record_finding(
                inspection_id, item_id, actor=actor, reason=reason,
                status=finding.status if finding else None, value=finding.value if finding else None,
                note=finding.note if finding else "")
    return out
