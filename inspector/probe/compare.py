"""Compare two probe runs of the same portal: which items' proposals changed, which pages
appeared and which disappeared (between an earlier run and a later one)."""

from __future__ import annotations

from dataclasses import dataclass

from inspector.domain.status import FindingStatus
from inspector.probe.results import ItemProposal, ProbeRun


@dataclass(frozen=True)
class ItemChange:
    item_id: str
    before: FindingStatus | float | str | None  # proposed status (or value); None: no proposal
    after: FindingStatus | float | str | None
    reason_before: str
    reason_after: str


@dataclass(frozen=True)
class RunComparison:
    changed: tuple[ItemChange, ...]
    pages_appeared: tuple[str, ...]  # read in the later run, not in the earlier one
    pages_disappeared: tuple[str, ...]  # read in the earlier run, not (or not any more) in the later one


def _proposed(p: ItemProposal | None) -> FindingStatus | float | str | None:
    if p is None:
        return None
    return p.status if p.status is not None else p.value


def _read(run: ProbeRun) -> set[str]:
    return {p.final_url for p in run.pages if p.ok and p.purpose != "sample"}


def compare_runs(earlier: ProbeRun, later: ProbeRun) -> RunComparison:
    """What changed from `earlier` to `later`."""
    before = {p.item_id: p for p in earlier.proposals}
    after = {p.item_id: p for p in later.proposals}
    changed = []
    for item_id in list(dict.fromkeys([*before, *after])):
        a, b = before.get(item_id), after.get(item_id)
        if _proposed(a) != _proposed(b):
            changed.append(ItemChange(item_id, _proposed(a), _proposed(b), a.reason if a else "", b.reason if b else ""))
    old, new = _read(earlier), _read(later)
    return RunComparison(tuple(changed), tuple(sorted(new - old)), tuple(sorted(old - new)))
