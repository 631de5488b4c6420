"""Conflicts left by sync: list them side by side, and resolve one by keeping a version.

A conflict is a record (finding, header, evidence, recommendation) with several current
revisions made without knowing each other. Nothing is chosen for the user: the version shown
meanwhile is the most recent, and `resolve_conflict` writes the kept version as a new revision
that replaces all of them (it then syncs like any edit). A finalized inspection is amended first.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from inspector.storage import Store


@dataclass(frozen=True)
class ConflictVersion:
    revision: str
    device: str
    actor: str
    at: datetime
    data: dict[str, Any] | None  # None: this side deleted the record


@dataclass(frozen=True)
class RecordConflict:
    inspection_id: str
    entity: str  # "finding" | "inspection" | "evidence" | "recommendation"
    key: str  # item id for findings, record id otherwise ("" for the header)
    versions: tuple[ConflictVersion, ...]  # newest first (the first is the one shown meanwhile)
    inspection_title: str = ""

    def changed_fields(self) -> list[str]:
        """Fields whose value differs between the versions (what to show side by side)."""
        names: set[str] = set()
        for v in self.versions:
            names |= set(v.data or {})
        ignore = {"updated_at", "author", "revision", "created_at"}
        return sorted(n for n in names - ignore
                      if len({repr((v.data or {}).get(n)) for v in self.versions}) > 1)


def list_conflicts(store: Store) -> list[RecordConflict]:
    """Every unresolved conflict, by inspection."""
    out = []
    titles: dict[str, str] = {}
    for inspection_id, entity, key, heads in store.divergent_records():
        if entity in ("seal", "amendment"):
            continue
        if inspection_id not in titles:
            try:
                titles[inspection_id] = store.inspection(inspection_id).inspected_unit
            except Exception:  # noqa: BLE001 - a header not materialised: show the id only
                titles[inspection_id] = ""
        revs = sorted((store.revision(h) for h in heads), key=lambda r: (r.at, r.id), reverse=True)
        out.append(RecordConflict(inspection_id, entity, key,
                                  tuple(ConflictVersion(r.id, r.device, r.actor, r.at, r.data) for r in revs),
                                  titles[inspection_id]))
    return out


def resolve_conflict(store: Store, inspection_id: str, entity: str, key: str, keep: str, *, actor: str,
                     reason: str = "") -> str:
    """Keep version `keep` (a revision id, or a unique prefix of one); returns the new revision id."""
    heads = store.heads(inspection_id, entity, key)
    matches = [h for h in heads if h.startswith(keep)] if keep else []
    if len(matches) != 1:
        from inspector.errors import InvalidInputError

        raise InvalidInputError("keep", keep, "must name exactly one of the conflicting versions")
    return store.resolve_record(inspection_id, entity, key, matches[0], actor=actor, reason=reason).id
