"""`run_probe`: the one function the UI (in a worker thread) and the CLI call."""

from __future__ import annotations

from collections.abc import Callable

from inspector.checklists.template import ChecklistTemplate, ProbeSpec
from inspector.domain.serialize import utc_now
from inspector.errors import Cancelled
from inspector.probe.checks import run_check
from inspector.probe.engine import Progress, crawl_site
from inspector.probe.plan import plan_probe
from inspector.probe.propose import propose_item
from inspector.probe.results import CheckResult, ItemProposal, ProbeOptions, ProbeRun, ProbeTarget
from inspector.probe.site import Site, page_problem

# Prefix of `what` in the progress reports made while the items are checked (after the pages).
CHECKING = "check:"


def run_probe(
    target: ProbeTarget,
    template: ChecklistTemplate | None,
    options: ProbeOptions | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ProbeRun:
    """Probe the portal at `target` for the items of `template` that have a probe spec (without a
    template: one generic check per signal, in `ProbeRun.signals`).

    Blocks until done: at most `options.budget` seconds plus about one. `progress(done, total, what)`
    is called after each page (`what` is its URL), then after each item is checked (`what` is
    `CHECKING` + the item id, or + the signal without a template; done/total count the items);
    when `cancelled()` turns True the run stops and raises `Cancelled`.
    Raises `InvalidInputError` for a target that is not an http(s) address or a bad CA file.
    Network trouble never raises: it shows in the verdicts.
    """
    options = options or ProbeOptions()
    cancelled = cancelled or (lambda: False)
    started = utc_now()
    plan = plan_probe(template, samples=options.availability_samples)
    crawl = crawl_site(target, plan, options, progress=progress, cancelled=cancelled)
    site = Site(
        target=target, options=options, pages=crawl.pages, docs=crawl.docs, home=crawl.home,
        samples=crawl.samples, ipv6=crawl.ipv6, explored_all=crawl.explored_all,
        page_cap_reached=crawl.page_cap_reached, budget_exhausted=crawl.budget_exhausted,
        article_url=crawl.article_url,
        **({"today": options.today} if options.today else {}),
    )
    memo: dict[tuple[str, ProbeSpec], CheckResult] = {}

    def check(signal: str, spec: ProbeSpec) -> CheckResult:
        if cancelled():
            raise Cancelled()
        # Items sharing a spec share the verdict (and the time it took).
        key = (signal, spec)
        if key not in memo:
            memo[key] = run_check(signal, site, spec)
        return memo[key]

    proposals: list[ItemProposal] = []
    signals: list[CheckResult] = []
    report = progress or (lambda *_: None)
    for n, (key, spec) in enumerate(plan.specs, start=1):
        if template is None:
            signals.append(check(key, spec))
        else:
            proposals.append(propose_item(template.item(key), tuple(check(s, spec) for s in spec.signals)))
        report(n, len(plan.specs), CHECKING + key)
    return ProbeRun(
        target=target, started_at=started, finished_at=utc_now(), pages=tuple(crawl.pages),
        proposals=tuple(proposals), signals=tuple(signals),
        template_id=template.id if template else None,
        template_version=template.version if template else None,
        template_hash=template.content_hash if template else None,
        requests=crawl.requests, budget_exhausted=crawl.budget_exhausted,
        page_cap_reached=crawl.page_cap_reached, home_error=page_problem(crawl.home),
        samples=tuple(crawl.samples), ipv6=crawl.ipv6,
    )
