"""From check verdicts to a proposed status (or value) for one checklist item.

Signals that only show that something is there (a menu link, the text, an outbound link, a site
map) are alternatives: one is enough. The others (HTTPS and security headers, a link and its form,
a link and fresh dates) must all hold. So:

- the presence signals are combined into one verdict: found if any is found;
- then all groups found → Đạt (Đạt một phần when one is only partly met), all not found →
  Không đạt, some of each → Đạt một phần;
- anything inconclusive that could change the answer → no status: the inspector must look.

Number and text items get a measured value (a count, an address, the footer line) and no status.
"""

from __future__ import annotations

from inspector.checklists.template import ChecklistItem, ResponseType
from inspector.domain.status import FindingStatus
from inspector.probe.results import CheckResult, ItemProposal, Verdict

PRESENCE_SIGNALS = frozenset({"link_text", "page_text", "link_href", "sitemap"})


def _presence(checks: list[CheckResult]) -> tuple[Verdict, bool]:
    if any(c.verdict is Verdict.FOUND and not c.partial for c in checks):
        return Verdict.FOUND, False
    if any(c.verdict is Verdict.FOUND for c in checks):
        return Verdict.FOUND, True
    if any(c.verdict is Verdict.INCONCLUSIVE for c in checks):
        return Verdict.INCONCLUSIVE, False
    return Verdict.NOT_FOUND, False


def combine(checks: tuple[CheckResult, ...]) -> tuple[FindingStatus | None, str]:
    """The status the checks support and a reason code (see the module docstring)."""
    if not checks:
        return None, "no-checks"
    groups: list[tuple[Verdict, bool]] = []
    presence = [c for c in checks if c.signal in PRESENCE_SIGNALS]
    if presence:
        groups.append(_presence(presence))
    groups += [(c.verdict, c.partial) for c in checks if c.signal not in PRESENCE_SIGNALS]
    verdicts = [v for v, _ in groups]
    if Verdict.INCONCLUSIVE in verdicts:
        return None, "inconclusive"
    if all(v is Verdict.FOUND for v in verdicts):
        if any(partial for _, partial in groups):
            return FindingStatus.PARTLY_MET, "partly-found"
        return FindingStatus.MET, "all-found"
    if all(v is Verdict.NOT_FOUND for v in verdicts):
        return FindingStatus.NOT_MET, "none-found"
    return FindingStatus.PARTLY_MET, "some-found"


def _measured_value(item: ChecklistItem, checks: tuple[CheckResult, ...]) -> float | str | None:
    decided = [c for c in checks if c.verdict is not Verdict.INCONCLUSIVE]
    if item.response.type is ResponseType.NUMBER:
        for c in decided:
            if isinstance(c.value, int | float) and not isinstance(c.value, bool):
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


def propose_item(item: ChecklistItem, checks: tuple[CheckResult, ...]) -> ItemProposal:
    """The proposal for one item from the results of its spec's signals."""
    if item.response.type is ResponseType.STATUS:
        status, reason = combine(checks)
        return ItemProposal(item.id, checks, status, None, reason)
    value = _measured_value(item, checks)
    reason = "measured" if value is not None else (
        "inconclusive" if any(c.verdict is Verdict.INCONCLUSIVE for c in checks) else "no-value"
    )
    return ItemProposal(item.id, checks, None, value, reason)
