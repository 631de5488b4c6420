"""From check verdicts to a proposed status (or value) for one checklist item: three honest outcomes.

- **Đạt** (or Đạt một phần) is proposed when the evidence shows the requirement met (partly met).
- **Không đạt** only when every group that is not met was settled by a *conclusive* check
  (`CheckResult.conclusive`: HTTPS refused, a certificate that does not verify, a page that must
  exist answering 404 wherever it can live, a declared feed that is broken…).
- Otherwise **Không tìm thấy — cần kiểm tra**: no status, and the note says what was looked for
  and where. Absence of a word on the pages the probe happened to read is never "Không đạt".

Signals that only show that something is there (a menu link, the text, an outbound link, a site
map) are alternatives: one is enough. The others (HTTPS and security headers, a link and its form)
must all hold: all found → Đạt; found and conclusively missing → Đạt một phần; all conclusively
missing → Không đạt; anything else → no status.

When the crawl read too little of the address (`Coverage.sufficient` is False), checks that rest
on the pages read (OUTCOMES[signal]["crawl"]) cannot settle anything either.

Number and text items get a measured value (a count, an address, the footer line) and no status.
"""

from __future__ import annotations

from inspector.checklists.template import ChecklistItem, ResponseType
from inspector.domain.status import FindingStatus
from inspector.probe.checks import OUTCOMES
from inspector.probe.results import CheckResult, ItemProposal, Verdict

PRESENCE_SIGNALS = frozenset({"link_text", "page_text", "link_href", "sitemap"})

# Group outcomes, before they are combined.
_FOUND, _PARTLY, _MISSING, _UNKNOWN, _NOT_SEEN = "found", "partly", "missing", "unknown", "not-seen"


def settles(check: CheckResult, coverage_ok: bool = True) -> bool:
    """A NOT_FOUND that may support "Không đạt"."""
    if check.verdict is not Verdict.NOT_FOUND or not check.conclusive:
        return False
    return coverage_ok or not OUTCOMES.get(check.signal, {}).get("crawl", False)


def _one(check: CheckResult, coverage_ok: bool) -> str:
    if check.verdict is Verdict.FOUND:
        return _PARTLY if check.partial else _FOUND
    if check.verdict is Verdict.INCONCLUSIVE:
        return _UNKNOWN
    return _MISSING if settles(check, coverage_ok) else _NOT_SEEN


def _presence(checks: list[CheckResult], coverage_ok: bool) -> str:
    outcomes = [_one(c, coverage_ok) for c in checks]
    if _FOUND in outcomes:
        return _FOUND
    if _PARTLY in outcomes:
        return _PARTLY
    if all(o == _MISSING for o in outcomes):
        return _MISSING
    return _NOT_SEEN if _NOT_SEEN in outcomes else _UNKNOWN


def combine(checks: tuple[CheckResult, ...], *, coverage_ok: bool = True) -> tuple[FindingStatus | None, str]:
    """The status the checks support and a reason code (see the module docstring)."""
    if not checks:
        return None, "no-checks"
    groups: list[str] = []
    presence = [c for c in checks if c.signal in PRESENCE_SIGNALS]
    if presence:
        groups.append(_presence(presence, coverage_ok))
    groups += [_one(c, coverage_ok) for c in checks if c.signal not in PRESENCE_SIGNALS]
    if _NOT_SEEN in groups:
        return None, "not-found-check" if coverage_ok else "low-coverage"
    if _UNKNOWN in groups:
        return None, "inconclusive"
    if all(g == _FOUND for g in groups):
        return FindingStatus.MET, "all-found"
    if all(g == _MISSING for g in groups):
        return FindingStatus.NOT_MET, "none-found"
    if _MISSING in groups:
        return FindingStatus.PARTLY_MET, "some-found"
    return FindingStatus.PARTLY_MET, "partly-found"


def _measured_value(item: ChecklistItem, checks: tuple[CheckResult, ...]) -> float | str | None:
    decided = [c for c in checks if c.verdict is not Verdict.INCONCLUSIVE]
    if item.response.type is ResponseType.NUMBER:
        for c in decided:
            if c.verdict is Verdict.FOUND and isinstance(c.value, int | float) and not isinstance(c.value, bool):
                return c.value
        return None
    # Text items: the portal's address, or the line of the page that answers the item.
    for c in checks:
        if c.signal in ("https", "domain_pattern") and c.url:
            return c.url
    for c in decided:
        if c.verdict is Verdict.FOUND and c.snippet:
            return c.snippet
    return None


def propose_item(item: ChecklistItem, checks: tuple[CheckResult, ...], *, coverage_ok: bool = True) -> ItemProposal:
    """The proposal for one item from the results of its spec's signals."""
    if item.response.type is ResponseType.STATUS:
        status, reason = combine(checks, coverage_ok=coverage_ok)
        return ItemProposal(item.id, checks, status, None, reason)
    value = _measured_value(item, checks)
    if value is not None:
        reason = "measured"
    elif any(c.verdict is Verdict.INCONCLUSIVE for c in checks):
        reason = "inconclusive"
    else:
        reason = "not-found-check" if coverage_ok else "low-coverage"
    return ItemProposal(item.id, checks, None, value, reason)


def unchecked(item_id: str, reason: str) -> ItemProposal:
    """No proposal, and why: "no-dvc-address", "budget" (the run's time ran out first)."""
    return ItemProposal(item_id, (), None, None, reason)
