"""Keep finalized inspections as sealed when revisions made elsewhere arrive.

A device that did not know an inspection was finalized may have changed it meanwhile (a late
answer, a new photo), or a device with such changes may receive the seal. The imported
revisions are kept — nothing is lost — but they must not silently change sealed content. For
each record whose current content differs from the last seal, a *guard* revision re-asserts the
sealed version as a sibling of the late change: the record then has two heads (a conflict the
user sees side by side and resolves after amending the inspection), and the sealed version is
the one shown, so `Store.verify_seal` stays clean.

Guards are deterministic (device "seal-guard", time just after the newest competing head), so
two devices that see the same late change make the same guard revision, which syncs as one.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from datetime import timedelta
from typing import Any

from inspector.domain.audit import Revision
from inspector.domain.record import FOLLOW_UP_FIELDS, record_to_dict
from inspector.domain.serialize import canonical_json, format_datetime, sha256_hex
from inspector.domain.status import InspectionStatus
from inspector.storage.store import EVIDENCE, FINDING, INSPECTION, RECOMMENDATION, Store

GUARD_DEVICE = "seal-guard"
GUARD_ACTOR = "sync"
# Follow-up of a kiến nghị continues after the minutes are signed (Store.update_recommendation
# allows it on finalized inspections), so these fields are not guarded.
_FOLLOW_UP = FOLLOW_UP_FIELDS


def seal_guards(store: Store, inspection_ids: Iterable[str]) -> list[Revision]:
    """Guard revisions that keep each finalized inspection in `inspection_ids` as sealed."""
    guards: list[Revision] = []
    for inspection_id in sorted(set(inspection_ids)):
        guards += _guards_for(store, inspection_id)
    return guards


def _guards_for(store: Store, inspection_id: str) -> list[Revision]:
    try:
        seals = store.seals(inspection_id)
    except Exception:  # noqa: BLE001 - an inspection not (yet) materialised here: nothing to guard
        return []
    if not seals:
        return []
    last = seals[-1]
    if any(a.seal_seq >= last.seq for a in store.amendments(inspection_id)):
        return []  # reopened by an amendment: changes are sanctioned
    sealed = json.loads(store.sealed_canonical(inspection_id, last.seq))
    record = store.load_inspection(inspection_id)
    current = record_to_dict(record)
    out: list[Revision] = []

    if record.inspection.status is not InspectionStatus.FINALIZED or current["inspection"] != sealed["inspection"]:
        def is_sealed_header(d: dict | None) -> bool:
            return (d is not None and d.get("status") == InspectionStatus.FINALIZED.value
                    and _strip(d, ("status", "updated_at")) == sealed["inspection"])
        out += _guard(store, inspection_id, INSPECTION, "", is_sealed_header)

    def by(items: list[dict], key: str) -> dict[str, dict]:
        return {i[key]: i for i in items}

    for entity, section, key, ignore in ((FINDING, "findings", "item_id", ("revision",)),
                                          (EVIDENCE, "evidence", "id", ()),
                                          (RECOMMENDATION, "recommendations", "id", _FOLLOW_UP)):
        was, now = by(sealed[section], key), by(current[section], key)
        for record_key in sorted(set(was) | set(now)):
            target = was.get(record_key)
            if _strip(target, ignore) == _strip(now.get(record_key), ignore):
                continue
            matcher = None if target is None else _matches(target, ignore)
            out += _guard(store, inspection_id, entity, record_key, matcher)
    return out


def _strip(data: dict | None, fields: Iterable[str]) -> dict | None:
    if data is None:
        return None
    return {k: v for k, v in data.items() if k not in fields}


def _matches(target: dict, ignore: tuple[str, ...]) -> Callable[[dict | None], bool]:
    want = _strip(target, ignore)
    return lambda d: d is not None and _strip(d, ignore) == want


def _guard(store: Store, inspection_id: str, entity: str, key: str,
           matcher: Callable[[dict | None], bool] | None) -> list[Revision]:
    """A revision restoring the sealed version (None matcher: the record did not exist when sealed)."""
    heads = [store.revision(h) for h in store.heads(inspection_id, entity, key)]
    if not heads:
        return []
    base: Revision | None = None
    if matcher is not None:
        base = next((r for r in reversed(store.history(inspection_id, entity, key)) if matcher(r.data)), None)
        if base is None:
            return []  # the sealed version was never stored as a revision here: nothing to restore from
    data: dict[str, Any] | None = base.data if base else None
    parents = (base.id,) if base else ()
    # Just after the newest competing head, so it is the version shown (Store._winner: latest first).
    at = max(h.at for h in heads) + timedelta(microseconds=1)
    body = {"inspection_id": inspection_id, "entity": entity, "key": key, "parents": list(parents),
            "device": GUARD_DEVICE, "actor": GUARD_ACTOR, "at": format_datetime(at), "data": data}
    return [Revision(sha256_hex(canonical_json(body)), inspection_id, entity, key, parents, GUARD_DEVICE,
                     GUARD_ACTOR, at, data)]
