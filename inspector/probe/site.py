"""What the crawl gathered, indexed for the checks (pure data: no network from here on)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from inspector.probe.engine import page_doc
from inspector.probe.parse import ParsedPage
from inspector.probe.results import FetchedPage, Ipv6Result, ProbeOptions, ProbeTarget, Sample
from inspector.probe.text import contains_keyword, find_keyword_in_url

# dd/mm/yyyy, also dd-mm-yyyy and dd.mm.yyyy; a time may precede it ("10:30 05/03/2025").
DATE_RE = re.compile(r"(?<![\d/.-])(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?![\d/.-])")

# HTTP statuses that say "you may not look" or "not now" rather than "absent".
_BLOCKED = {401, 403, 407, 429, 451}


def page_problem(page: FetchedPage | None, *, need_html: bool = True) -> str | None:
    """Why `page` cannot support a verdict (a reason code), or None when it can."""
    if page is None:
        return "not-fetched"
    if page.error:
        return page.error
    if page.status is None:
        return "no-response"
    if page.status in _BLOCKED or page.status >= 500 or not 200 <= page.status < 300:
        return f"http-{page.status}"
    if need_html and not page.is_html:
        return "not-html"
    return None


def find_dates(text: str, *, today: date, future_days: int = 31) -> list[date]:
    """Valid dd/mm/yyyy dates in `text`, ignoring those more than `future_days` ahead (typos, far
    events), in order of appearance."""
    out = []
    limit = today + timedelta(days=future_days)
    for d, m, y in DATE_RE.findall(text):
        try:
            value = date(int(y), int(m), int(d))
        except ValueError:
            continue
        if date(1995, 1, 1) <= value <= limit:
            out.append(value)
    return out


@dataclass
class Site:
    target: ProbeTarget
    options: ProbeOptions
    pages: list[FetchedPage]
    docs: dict[str, ParsedPage]
    home: FetchedPage | None
    samples: list[Sample] = field(default_factory=list)
    ipv6: Ipv6Result | None = None
    today: date = field(default_factory=date.today)  # the inspector's local date, as on the page
    explored_all: bool = False
    page_cap_reached: bool = False
    budget_exhausted: bool = False
    article_url: str | None = None

    def doc(self, page: FetchedPage | None) -> ParsedPage | None:
        if page is None or page_problem(page) is not None:
            return None
        doc = self.docs.get(page.final_url)
        if doc is None and not self.budget_exhausted:
            # Not parsed during the crawl (the run was cut short): parse now only if time remains.
            doc = page_doc(page)
            if doc is not None:
                self.docs[page.final_url] = doc
        return doc

    @property
    def home_doc(self) -> ParsedPage | None:
        return self.doc(self.home)

    def by_purpose(self, *purposes: str) -> list[FetchedPage]:
        return [p for p in self.pages if p.purpose in purposes]

    def html_pages(self, max_depth: int = 9) -> list[tuple[FetchedPage, ParsedPage]]:
        """Readable HTML pages, home first."""
        out = []
        ordered = ([self.home] if self.home else []) + [p for p in self.pages if p is not self.home]
        for page in ordered:
            if page.depth > max_depth or page.purpose in ("http", "https", "sample"):
                continue
            doc = self.doc(page)
            if doc is not None:
                out.append((page, doc))
        return out

    def pages_via(self, keywords: tuple[str, ...] | list[str]) -> list[FetchedPage]:
        """Pages reached through a link whose text (or slug) matches one of `keywords`."""
        out = []
        for page in self.pages:
            if page.purpose not in ("link", "explore", "article") or not keywords:
                continue
            if contains_keyword(page.via, keywords) or any(
                find_keyword_in_url(k, page.url) for k in keywords
            ):
                out.append(page)
        return out

    def period(self) -> tuple[date, date]:
        if self.options.period is not None:
            return self.options.period
        return self.today - timedelta(days=365), self.today
