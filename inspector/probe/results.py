"""What a probe run produces: fetched pages, check verdicts, proposed statuses.

All records are frozen dataclasses; they carry data (URLs, codes, numbers), and the Vietnamese
wording is made from them in `inspector.probe.describe`.
"""

from __future__ import annotations

import dataclasses
import enum
import functools
import hashlib
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from inspector.domain.status import FindingStatus


class Verdict(enum.StrEnum):
    FOUND = "found"
    NOT_FOUND = "not_found"
    INCONCLUSIVE = "inconclusive"  # the probe could not tell (blocked, timeout, not HTML…): ask a person


@dataclass(frozen=True)
class ProbeTarget:
    """The portal to probe. `http_url` is the plain-HTTP address used to check the redirect to HTTPS
    (derived from `url` when it uses the default port)."""

    url: str
    http_url: str | None = None
    label: str = ""  # e.g. the province's name, for reports
    dvc_url: str | None = None  # the public-service portal (DVC); None: looked for in the portal's links


@dataclass(frozen=True)
class ProbeOptions:
    """Limits and settings of one run. Defaults suit a real portal over a slow provincial link."""

    request_timeout: float = 15.0  # seconds for one request, body included
    budget: float = 90.0  # seconds for the whole run
    max_body_bytes: int = 5 * 1024 * 1024
    max_total_bytes: int = 64 * 1024 * 1024  # all kept bodies together
    max_pages: int = 40
    concurrency: int = 6
    max_redirects: int = 10
    availability_samples: int = 3
    ca_file: str | Path | None = None
    user_agent: str | None = None  # None: inspector.net.USER_AGENT
    period: tuple[date, date] | None = None  # for date_count; None: the 365 days before today
    today: date | None = None  # None: the local date when the run starts (tests pin it)
    check_ipv6: bool = True
    max_retry_after: float = 10.0  # seconds a 429/503 may ask us to wait before one more try
    # Hosts that may be private or loopback addresses although they are not the address typed
    # (tests: the fake DVC portal on 127.0.0.1 under another name). Never set by the application.
    allow_private_hosts: frozenset[str] = frozenset()


@dataclass(frozen=True)
class TlsInfo:
    """The certificate a server presented, as seen on a verified connection."""

    version: str = ""  # TLSv1.3…
    not_before: datetime | None = None
    not_after: datetime | None = None
    subject: str = ""
    issuer: str = ""


@dataclass(frozen=True)
class FetchedPage:
    """One fetch (after redirects): what came back, or why nothing usable did.

    `body` holds at most ProbeOptions.max_body_bytes (decoded, i.e. after gzip); `truncated` says it
    was cut. `error` is a stable word (``timeout``, ``certificate``, ``http-429``, ``not-html``…)
    when the page cannot serve as evidence; `error_detail` gives the data behind it.
    """

    url: str  # as requested
    final_url: str  # after redirects
    status: int | None
    fetched_at: datetime
    elapsed_ms: float
    body: bytes = b""
    media_type: str = ""
    charset: str | None = None
    headers: tuple[tuple[str, str], ...] = ()
    redirects: tuple[str, ...] = ()  # every URL before final_url, in order
    truncated: bool = False
    error: str | None = None
    error_detail: str = ""
    tls: TlsInfo | None = None
    purpose: str = ""  # why it was fetched: home, link, sitemap, sample, http, article…
    depth: int = 0  # clicks from the home page
    via: str = ""  # the link text that led here
    target: str = "portal"  # the address it belongs to: portal, or dvc (the public-service portal)

    @functools.cached_property  # noqa: B019 - frozen record: hash a (large) body once
    def sha256(self) -> str:
        return hashlib.sha256(self.body).hexdigest()

    @property
    def ok(self) -> bool:
        return self.error is None and self.status is not None and 200 <= self.status < 300

    @property
    def is_html(self) -> bool:
        return self.media_type in ("text/html", "application/xhtml+xml")

    def header(self, name: str) -> str | None:
        name = name.lower()
        for key, value in self.headers:
            if key.lower() == name:
                return value
        return None


@dataclass(frozen=True)
class Sample:
    """One availability sample of the home page (the body is not kept)."""

    at: datetime
    status: int | None
    elapsed_ms: float
    error: str | None = None


@dataclass(frozen=True)
class Ipv6Result:
    """DNS AAAA lookup and an IPv6 connection attempt for the portal's host."""

    host: str
    addresses: tuple[str, ...] = ()
    connected: str | None = None  # the address a TCP connection succeeded to
    error: str | None = None  # no-aaaa, dns, connect, timeout
    detail: str = ""


@dataclass(frozen=True)
class CheckResult:
    """The verdict of one signal, with the data that backs it.

    `reason` is a stable code (``matched``, ``no-match``, ``http-429``, ``timeout``, ``stale``…);
    `detail` the data for it (a keyword, a date, missing headers). `partial` marks a FOUND that only
    partly meets the signal (e.g. HTTPS works but HTTP does not redirect).
    """

    signal: str
    verdict: Verdict
    reason: str
    detail: str = ""
    url: str | None = None
    status: int | None = None
    elapsed_ms: float | None = None
    snippet: str = ""
    checked_at: datetime | None = None
    sha256: str | None = None  # of the page body the verdict rests on
    value: float | int | str | None = None  # a measured figure: ratio, count, days, depth
    partial: bool = False
    pages: tuple[str, ...] = ()  # URLs of the pages the verdict rests on (kept as evidence)
    # A NOT_FOUND that settles the question (HTTPS refused, a declared page answering 404 wherever
    # it may live…). Any other NOT_FOUND only says "not found where we looked": the inspector checks.
    conclusive: bool = False


@dataclass(frozen=True)
class Coverage:
    """How much of one address the crawl read, and whether that is enough to say anything about
    what it did not find (see `inspector.probe.coverage`)."""

    target: str  # portal / dvc
    url: str
    pages_read: int  # HTML pages read whole or in part (home included)
    home_links: int  # links of the home page to pages of the same site
    links_followed: int  # of those, how many were read
    min_pages: int
    sufficient: bool


@dataclass(frozen=True)
class ItemProposal:
    """What the probe suggests for one checklist item. Nothing is applied until the inspector
    accepts it. `status` is None when the probe cannot decide (the inspector must look)."""

    item_id: str
    checks: tuple[CheckResult, ...]
    status: FindingStatus | None
    value: float | str | None = None
    reason: str = ""  # stable code: all-found, some-found, none-found, inconclusive, measured…


@dataclass(frozen=True)
class ProbeRun:
    target: ProbeTarget
    started_at: datetime
    finished_at: datetime
    pages: tuple[FetchedPage, ...]
    proposals: tuple[ItemProposal, ...]  # one per checklist item with a probe spec
    signals: tuple[CheckResult, ...] = ()  # generic checks (no template): one per signal
    template_id: str | None = None
    template_version: str | None = None
    template_hash: str | None = None
    requests: int = 0  # HTTP requests sent, redirects and samples included
    budget_exhausted: bool = False
    page_cap_reached: bool = False
    home_error: str | None = None  # the home page could not be read: most checks are inconclusive
    samples: tuple[Sample, ...] = ()
    ipv6: Ipv6Result | None = None
    notes: dict[str, Any] = field(default_factory=dict)
    coverage: tuple[Coverage, ...] = ()  # per address probed (portal, then the DVC portal)
    dvc_url: str | None = None  # the public-service portal's address used (given or discovered)
    dvc_source: str = ""  # record (given), discovered (from a link of the portal), or "" (none)

    @property
    def pages_read(self) -> int:
        """Pages that answered with content (not the ones that failed): what "N pages read" says."""
        return sum(1 for p in self.pages if p.ok and p.purpose != "sample")

    def page(self, url: str) -> FetchedPage | None:
        """The kept page fetched from (or redirected to) `url`."""
        for p in self.pages:
            if p.url == url or p.final_url == url:
                return p
        return None

    def proposal(self, item_id: str) -> ItemProposal:
        for p in self.proposals:
            if p.item_id == item_id:
                return p
        raise KeyError(item_id)

    @property
    def elapsed(self) -> float:
        return (self.finished_at - self.started_at).total_seconds()


def run_to_dict(run: ProbeRun) -> dict[str, Any]:
    """JSON-ready data of a run; page bodies are replaced by their size and SHA-256."""
    from inspector.domain.serialize import to_jsonable

    data = to_jsonable(dataclasses.replace(run, pages=()))
    data["pages"] = []
    for page in run.pages:
        entry = to_jsonable(dataclasses.replace(page, body=b""))
        entry.pop("body")
        entry["size"] = len(page.body)
        entry["sha256"] = page.sha256
        entry["headers"] = [list(h) for h in page.headers]
        data["pages"].append(entry)
    return data
