"""`run_probe`: the one function the UI (in a worker thread) and the CLI call."""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from urllib.parse import urlsplit

from inspector.checklists.template import ChecklistTemplate, ProbeSpec
from inspector.domain.serialize import utc_now
from inspector.errors import Cancelled
from inspector.probe.checks import run_check
from inspector.probe.coverage import measure
from inspector.probe.engine import CrawlResult, Progress, crawl_site, validate_target
from inspector.probe.plan import ProbePlan, plan_probe
from inspector.probe.propose import propose_item, unchecked
from inspector.probe.results import (
    CheckResult,
    Coverage,
    ItemProposal,
    ProbeOptions,
    ProbeRun,
    ProbeTarget,
)
from inspector.probe.site import Site, page_problem
from inspector.probe.text import contains_keyword
from inspector.probe.vocabulary import load_vocabulary

# Prefix of `what` in the progress reports made while the items are checked (after the pages).
CHECKING = "check:"
# Seconds of the budget kept for checking the items after the crawl (the budget covers both).
CHECK_RESERVE = 1.0
# Share of the crawl time the portal gets when the public-service portal is probed too.
PORTAL_SHARE = 0.7
# Public-service portals are named dichvucong.<tỉnh>.gov.vn or dvc.<tỉnh>.gov.vn; the national one
# (dichvucong.gov.vn) is not the province's.
_DVC_HOST = re.compile(r"^(?:www\.)?(?:dichvucong|dvc)\.", re.I)
_NATIONAL_DVC = "dichvucong.gov.vn"
_DVC_WORDS = ("cổng dịch vụ công", "hệ thống thông tin giải quyết thủ tục hành chính", "dịch vụ công trực tuyến")


def discover_dvc(site: Site) -> str | None:
    """The public-service portal's address from the portal's own links: a link to a host named
    dichvucong.*/dvc.* (not the national portal), else a link to another host labelled
    "Cổng dịch vụ công"."""
    home = site.home
    if home is None:
        return None
    own = urlsplit(home.final_url).netloc.lower()
    candidates = []
    for _page, doc in site.html_pages(max_depth=1):
        for link in doc.links:
            parts = urlsplit(link.href)
            host = (parts.hostname or "").lower()
            if parts.scheme not in ("http", "https") or not host or parts.netloc.lower() == own:
                continue
            if host.removeprefix("www.") == _NATIONAL_DVC:
                continue
            root = f"{parts.scheme}://{parts.netloc}/"
            if _DVC_HOST.match(host):
                return root
            if contains_keyword(link.label, _DVC_WORDS):
                candidates.append(root)
    return candidates[0] if candidates else None


def _site(target: ProbeTarget, crawl: CrawlResult, options: ProbeOptions) -> Site:
    return Site(
        target=target, options=options, pages=crawl.pages, docs=crawl.docs, home=crawl.home,
        samples=crawl.samples, ipv6=crawl.ipv6, explored_all=crawl.explored_all,
        page_cap_reached=crawl.page_cap_reached, budget_exhausted=crawl.budget_exhausted,
        article_url=crawl.article_url,
        **({"today": options.today} if options.today else {}),
    )


def run_probe(
    target: ProbeTarget,
    template: ChecklistTemplate | None,
    options: ProbeOptions | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ProbeRun:
    """Probe the portal at `target` for the items of `template` that have a probe spec (without a
    template: one generic check per signal, in `ProbeRun.signals`). Items whose target is the
    public-service portal (resources/probe/vocabulary.yaml) are checked on `target.dvc_url`, or on
    the address found in the portal's links; offline items are not checked at all.

    Blocks until done: at most `options.budget` seconds (crawl and checks) plus about one.
    `progress(done, total, what)` is called after each page (`what` is its URL), then after each
    item is checked (`what` is `CHECKING` + the item id, or + the signal without a template;
    done/total count the items); when `cancelled()` turns True the run stops and raises `Cancelled`.
    Raises `InvalidInputError` for a target that is not an http(s) address or a bad CA file.
    Network trouble never raises: it shows in the verdicts.
    """
    options = options or ProbeOptions()
    cancelled = cancelled or (lambda: False)
    validate_target(target)  # every address, the DVC's included, before anything is fetched
    started = utc_now()
    ends_at = time.monotonic() + options.budget
    crawl_ends = ends_at - min(CHECK_RESERVE, options.budget * 0.1)
    vocabulary = load_vocabulary()
    portal_plan = plan_probe(template, samples=options.availability_samples, vocabulary=vocabulary)
    dvc_plan: ProbePlan | None = None
    if template is not None:
        dvc_plan = plan_probe(template, samples=1, target="dvc", vocabulary=vocabulary)
        if not dvc_plan.specs:
            dvc_plan = None
    portal_ends = crawl_ends
    if dvc_plan is not None:
        portal_ends = time.monotonic() + (crawl_ends - time.monotonic()) * PORTAL_SHARE
    crawl = crawl_site(target, portal_plan, options, progress=progress, cancelled=cancelled,
                       ends_at=portal_ends)
    site = _site(target, crawl, options)
    coverage = [measure(site, "portal", target.url)]
    dvc_site: Site | None = None
    dvc_crawl: CrawlResult | None = None
    dvc_url, dvc_source = (target.dvc_url, "record") if target.dvc_url else (None, "")
    if dvc_plan is not None:
        if dvc_url is None:
            dvc_url = discover_dvc(site)
            dvc_source = "discovered" if dvc_url else ""
        if dvc_url is not None and time.monotonic() < crawl_ends:
            dvc_target = ProbeTarget(dvc_url, label=target.label)
            dvc_crawl = crawl_site(dvc_target, dvc_plan, options, progress=progress, cancelled=cancelled,
                                   ends_at=crawl_ends, target_name="dvc")
            dvc_site = _site(dvc_target, dvc_crawl, options)
            coverage.append(measure(dvc_site, "dvc", dvc_url))
    memo: dict[tuple[str, str, ProbeSpec], CheckResult] = {}

    def check(where: Site, name: str, signal: str, spec: ProbeSpec) -> CheckResult:
        if cancelled():
            raise Cancelled()
        # Items sharing a spec share the verdict (and the time it took).
        key = (name, signal, spec)
        if key not in memo:
            memo[key] = run_check(signal, where, spec)
        return memo[key]

    proposals: list[ItemProposal] = []
    signals: list[CheckResult] = []
    report = progress or (lambda *_: None)
    work: list[tuple[str, ProbeSpec, str]] = [(k, s, "portal") for k, s in portal_plan.specs]
    work += [(k, s, "dvc") for k, s in (dvc_plan.specs if dvc_plan else ())]
    covered = {c.target: c.sufficient for c in coverage}
    for n, (key, spec, where) in enumerate(work, start=1):
        if time.monotonic() >= ends_at:
            # The budget covers the checks too: what is left is said to be unchecked.
            if template is not None:
                proposals.append(unchecked(key, "budget"))
        elif template is None:
            signals.append(check(site, "portal", key, spec))
        elif where == "dvc" and dvc_site is None:
            proposals.append(unchecked(key, "no-dvc-address" if dvc_url is None else "budget"))
        else:
            on = dvc_site if where == "dvc" and dvc_site is not None else site
            proposals.append(propose_item(template.item(key), tuple(check(on, where, s, spec) for s in spec.signals),
                                          coverage_ok=covered.get(where, False)))
        report(n, len(work), CHECKING + key)
    pages = list(crawl.pages) + (list(dvc_crawl.pages) if dvc_crawl else [])
    refused = tuple(crawl.refused) + (tuple(dvc_crawl.refused) if dvc_crawl else ())
    return ProbeRun(
        target=target, started_at=started, finished_at=utc_now(), pages=tuple(pages),
        proposals=tuple(proposals), signals=tuple(signals),
        template_id=template.id if template else None,
        template_version=template.version if template else None,
        template_hash=template.content_hash if template else None,
        requests=crawl.requests + (dvc_crawl.requests if dvc_crawl else 0),
        budget_exhausted=crawl.budget_exhausted or bool(dvc_crawl and dvc_crawl.budget_exhausted)
        or time.monotonic() >= ends_at,
        page_cap_reached=crawl.page_cap_reached, home_error=page_problem(crawl.home),
        samples=tuple(crawl.samples), ipv6=crawl.ipv6, coverage=tuple(coverage),
        dvc_url=dvc_url, dvc_source=dvc_source, notes={"refused": [list(r) for r in refused]},
    )


__all__ = ["CHECKING", "Coverage", "discover_dvc", "run_probe"]
