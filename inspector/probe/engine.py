"""The crawl: fetch the home page, then the pages the checks need, concurrently and within limits.

Pages are fetched as soon as the page that links to them arrives (no waiting for a whole level),
under one semaphore (`ProbeOptions.concurrency`), one page cap and one deadline. Everything runs
on a private event loop so the UI can call `run_probe` from any worker thread.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit, urlunsplit

import httpx

from inspector import net
from inspector.errors import Cancelled, InvalidInputError
from inspector.probe.fetch import PREVIEW_BYTES, FetchStats, fetch_page
from inspector.probe.parse import ParsedPage, decode_body, parse_html
from inspector.probe.plan import ENGLISH_KEYWORDS, NEWS_KEYWORDS, ProbePlan
from inspector.probe.results import FetchedPage, Ipv6Result, ProbeOptions, ProbeTarget, Sample
from inspector.probe.text import compile_keyword, find_keyword, find_keyword_in_url

Progress = Callable[[int, int, str], None]  # (done, total so far, URL just fetched; see run_probe)

_FILE_EXT = (".pdf", ".doc", ".docx", ".xls", ".xlsx", ".zip", ".rar", ".7z", ".odt", ".ods",
             ".ppt", ".pptx", ".jpg", ".jpeg", ".png", ".gif", ".mp4", ".mp3")
_ARTICLE_RESERVE = 1  # page slots kept for the news article when exploring


def validate_target(target: ProbeTarget) -> None:
    """Raise InvalidInputError unless the target is an absolute http(s) URL with a host."""
    for name, url in (("url", target.url), ("http_url", target.http_url), ("dvc_url", target.dvc_url)):
        if url is None:
            continue
        try:
            parts = urlsplit(url.strip())
            parts.hostname  # noqa: B018 - raises ValueError for a broken address such as http://[::1
        except ValueError as exc:
            raise InvalidInputError(name, url, f"not a valid address: {exc}") from None
        if parts.scheme.lower() not in ("http", "https"):
            raise InvalidInputError(name, url, "only http:// and https:// addresses can be probed")
        if not parts.hostname:
            raise InvalidInputError(name, url, "the address has no host name")


def normalize_url(url: str) -> str:
    """Key for 'already fetched': lower-case scheme and host, no fragment, '/' for an empty path."""
    parts = urlsplit(url)
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path or "/", parts.query, ""))


def _site_host(url: str) -> str:
    host = (urlsplit(url).hostname or "").lower()
    return host[4:] if host.startswith("www.") else host


def _derived_http_url(url: str) -> str | None:
    """http://host/ for an https URL on the default port (else we cannot guess the HTTP port)."""
    parts = urlsplit(url)
    if parts.scheme != "https" or parts.port not in (None, 443):
        return None
    return urlunsplit(("http", parts.hostname or "", parts.path or "/", parts.query, ""))


def _derived_https_url(url: str) -> str | None:
    parts = urlsplit(url)
    if parts.scheme != "http" or parts.port not in (None, 80):
        return None
    return urlunsplit(("https", parts.hostname or "", parts.path or "/", parts.query, ""))


@dataclass
class CrawlResult:
    pages: list[FetchedPage]
    docs: dict[str, ParsedPage]  # final URL → parsed page, for the HTML pages
    samples: list[Sample]
    ipv6: Ipv6Result | None
    requests: int
    budget_exhausted: bool
    page_cap_reached: bool
    home: FetchedPage | None
    explored_all: bool  # every same-site link of the home page was fetched
    article_url: str | None = None  # the news article chosen for metadata and print checks
    notes: dict[str, object] = field(default_factory=dict)
    refused: tuple[tuple[str, str], ...] = ()  # (reason, address): requests the guard refused


PARSE_BYTES = 2 * 1024 * 1024  # of a body are parsed; a longer page is marked `cut`


def page_doc(page: FetchedPage) -> ParsedPage | None:
    """Parse an HTML page (None for anything else). Only its first PARSE_BYTES: a portal page
    longer than that is a list or an attack, and the rest of it is then "not read"."""
    if not page.body or not page.is_html:
        return None
    body = page.body if len(page.body) <= PARSE_BYTES else page.body[:PARSE_BYTES]
    text, _ = decode_body(body, page.charset)
    doc = parse_html(text, page.final_url)
    if len(page.body) > PARSE_BYTES:
        doc.cut = True
    return doc


class _Crawl:
    def __init__(self, client: httpx.AsyncClient, target: ProbeTarget, plan: ProbePlan,
                 options: ProbeOptions, progress: Progress, deadline: float, target_name: str = "portal"):
        self.client, self.target, self.plan, self.options = client, target, plan, options
        self.progress, self.deadline = progress, deadline
        self.sem = asyncio.Semaphore(max(1, options.concurrency))
        self.stats = FetchStats()
        self.pages: list[FetchedPage] = []
        self.docs: dict[str, ParsedPage] = {}
        self.samples: list[Sample] = []
        self.ipv6: Ipv6Result | None = None
        self.seen: set[str] = set()
        self.page_count = 0
        self.page_cap_reached = False
        self.tasks: set[asyncio.Task[None]] = set()
        self.done = 0
        self.home: FetchedPage | None = None
        self.hosts = {_site_host(u) for u in (target.url, target.http_url) if u}
        self.sampling = False
        self.target_name = target_name
        self.article_scheduled = False
        self.article_url: str | None = None
        self.explored_all = False
        self.reserved = 0  # body bytes promised to fetches in flight (the total cap holds across them)
        self.parse_lock = asyncio.Semaphore(1)  # one large page in memory as a tree at a time
        self.handovers = 0
        self.sitemaps = 0
        self.trusted = trusted_hosts(target, options)
        self.resolved: dict[str, str | None] = {}
        self.refused: list[tuple[str, str]] = []  # (reason, address) of every refused request

    # -- scheduling ------------------------------------------------------------------------
    def _spawn(self, coro) -> None:
        task = asyncio.ensure_future(coro)
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)

    def schedule(self, url: str, purpose: str, depth: int = 0, via: str = "") -> bool:
        key = normalize_url(url)
        if key in self.seen:
            return False
        if self.page_count >= self.options.max_pages:
            self.page_cap_reached = True
            return False
        self.seen.add(key)
        self.page_count += 1
        self._spawn(self._fetch(url, purpose, depth, via))
        return True

    def room(self) -> int:
        return self.options.max_pages - self.page_count

    def _reserve(self) -> int:
        """Bytes this fetch may keep: what the total cap leaves after the bodies kept and those of
        the fetches in flight (at least a preview, so a late page is still recognised)."""
        left = self.options.max_total_bytes - self.stats.kept_bytes - self.reserved
        share = max(PREVIEW_BYTES, min(self.options.max_body_bytes, left))
        self.reserved += share
        return share

    async def guard(self, url: str) -> str | None:
        """Why a request to `url` must not be sent (None: it may)."""
        host = (urlsplit(url).hostname or "").lower().rstrip(".")
        if host not in self.trusted and host not in self.resolved:
            self.resolved[host] = await _address_problem(host, self.deadline)
        problem = (None if host in self.trusted else self.resolved[host]) or (
            None if _site_host(url) in self.hosts else "redirect-other-host")
        if problem:
            self.refused.append((problem, url))
        return problem

    async def _fetch(self, url: str, purpose: str, depth: int, via: str) -> None:
        async with self.sem:
            share = self._reserve()
            try:
                page = await fetch_page(
                    self.client, url, deadline=self.deadline, request_timeout=self.options.request_timeout,
                    max_body=share, max_redirects=self.options.max_redirects, stats=self.stats,
                    purpose=purpose, depth=depth, via=via, guard=self.guard,
                    max_retry_after=self.options.max_retry_after, target=self.target_name,
                )
            finally:
                self.reserved -= share
        if page.error == "private-address" and ("private-address", page.error_detail) not in self.refused:
            self.refused.append(("private-address", page.error_detail))  # refused when connecting
        self.pages.append(page)
        self.seen.add(normalize_url(page.final_url))
        self.done += 1
        self.progress(self.done, self.page_count, url)
        if purpose == "home":
            self.home = page  # known even if the run is cut short while parsing it
        doc = None
        loop = asyncio.get_running_loop()
        if page.ok and page.is_html and loop.time() < self.deadline:
            # Parsing a large page takes a while: off the loop, so timeouts still fire on time;
            # one at a time, so concurrent 5 MB pages do not all sit in memory as trees.
            async with self.parse_lock:
                doc = await loop.run_in_executor(None, page_doc, page)
            if doc is not None:
                self.docs[page.final_url] = doc
        if purpose == "home":
            await self._on_home(page, doc)
        elif purpose == "robots" and page.ok:
            self._on_robots(page)
        elif purpose == "rss" and doc is not None:
            self._on_feed_index(doc, depth)
        elif doc is not None and purpose == "link" and self._is_news(via):
            self._schedule_article(doc, depth + 1)

    # -- discovery -------------------------------------------------------------------------
    def same_site(self, url: str) -> bool:
        parts = urlsplit(url)
        return parts.scheme in ("http", "https") and _site_host(url) in self.hosts

    @staticmethod
    def _is_news(via: str) -> bool:
        return any(find_keyword(k, via) for k in NEWS_KEYWORDS)

    def _on_robots(self, page: FetchedPage) -> None:
        """Sitemaps announced in robots.txt ("Sitemap: …", often not at /sitemap.xml)."""
        text = page.body[:65536].decode("utf-8", "replace")
        for line in text.splitlines():
            key, _, value = line.partition(":")
            if key.strip().lower() == "sitemap" and value.strip():
                self._schedule_sitemap(urljoin(page.final_url, value.strip()))

    def _schedule_sitemap(self, url: str) -> None:
        if self.sitemaps < 2 and self.same_site(url):
            self.sitemaps += 1
            self.schedule(url, "sitemap", 1, "declared")

    def _on_feed_index(self, doc: ParsedPage, depth: int) -> None:
        """An RSS page that lists the portal's feeds (HTML): read one feed it lists, on this site
        only (feeds on other hosts are reported, never fetched)."""
        if depth > 2:
            return
        for link in doc.links:
            path = urlsplit(link.href).path.lower()
            if self.same_site(link.href) and (path.endswith((".rss", ".xml", "/feed")) or "rss" in path) \
                    and normalize_url(link.href) != normalize_url(doc.url):
                self.schedule(link.href, "rss", depth + 1, link.label)
                return

    async def _on_home(self, page: FetchedPage, doc: ParsedPage | None) -> None:
        self.home = page
        if page.ok:  # a refused redirect's address never becomes part of the site
            self.hosts.add(_site_host(page.final_url))
        # A home page that only hands over to the real start page (meta refresh, a location
        # script, a frameset): read that page as the home page.
        if (doc is not None and doc.handover and self.handovers < 3 and len(doc.links) < 10
                and self.same_site(doc.handover)):
            self.handovers += 1
            if self.schedule(doc.handover, "home", 0, "handover"):
                return
        if self.plan.samples > 1 and not self.sampling:
            self.sampling = True
            self._spawn(self._sample_loop(page.final_url if page.ok else self.target.url))
        if doc is None:
            return
        if "sitemap" in self.plan.signals:
            for tag in doc.link_tags:
                if "sitemap" in tag.rel:
                    self._schedule_sitemap(tag.href)
        links = [link for link in doc.links if self.same_site(link.href)
                 and not urlsplit(link.href).path.lower().endswith(_FILE_EXT)]
        # 1. The pages named by the items' keywords (one per keyword), in the plan's order.
        for keyword in self.plan.follow:
            kw = compile_keyword(keyword)
            for link in links:
                if find_keyword(kw, link.label) or find_keyword_in_url(kw, link.href):
                    self.schedule(link.href, "link", 1, link.label or keyword)
                    break
        # 2. Feeds and the foreign-language version.
        signals = self.plan.signals
        if "rss" in signals:
            # Feeds on this site only: one on another host is reported by the check, never fetched.
            for tag in doc.link_tags:
                if ("rss" in tag.type or "atom" in tag.type) and self.same_site(tag.href):
                    self.schedule(tag.href, "rss", 1)
                    break
            else:
                for link in doc.links:
                    if (find_keyword("rss", link.label) or "rss" in urlsplit(link.href).path.lower()) \
                            and self.same_site(link.href):
                        self.schedule(link.href, "rss", 1, link.label)
                        break
        if "lang_alt" in signals and not any(
            t.hreflang for t in doc.link_tags) and not any(
            find_keyword(k, link.label) for link in doc.links for k in ENGLISH_KEYWORDS
        ):
            final = urlsplit(page.final_url)
            self.schedule(f"{final.scheme}://{final.netloc}/en", "lang", 1)
        # 3. A news article from the home page when no news list was linked.
        if self.plan.need_article and not any(self._is_news(link.label) for link in links):
            self._schedule_article(doc, 1)
        # 4. The rest of the menu, for link text one level down and click depth.
        if self.plan.explore:
            remaining = [link for link in links if normalize_url(link.href) not in self.seen]
            reserve = _ARTICLE_RESERVE if self.plan.need_article and not self.article_scheduled else 0
            for link in remaining:
                if self.room() <= reserve:
                    self.page_cap_reached = True
                    break
                self.schedule(link.href, "explore", 1, link.label)
            else:
                self.explored_all = True

    def _schedule_article(self, doc: ParsedPage, depth: int) -> None:
        if self.article_scheduled or not self.plan.need_article:
            return
        list_path = urlsplit(doc.url).path.rstrip("/")

        def article_like(link, under: bool) -> bool:  # noqa: ANN001 - parse.Link
            path = urlsplit(link.href).path
            # An article link: on the site, a long title, a path longer than the list's own
            # (first under the list's own path: menus repeat on every page).
            return (self.same_site(link.href) and len(link.text) >= 25 and len(path) > len(list_path) + 1
                    and not path.lower().endswith(_FILE_EXT)
                    and (not under or path.startswith(list_path + "/")))

        candidates = [link for link in doc.links if article_like(link, True)] or \
            [link for link in doc.links if article_like(link, False)]
        if candidates:
            link = candidates[0]
            self.article_scheduled = True
            self.article_url = link.href
            # Already fetched (or on its way) for another reason: no second request.
            if normalize_url(link.href) not in self.seen:
                self.schedule(link.href, "article", depth, link.text)

    async def _sample_loop(self, url: str) -> None:
        for _ in range(self.plan.samples - 1):
            if asyncio.get_running_loop().time() >= self.deadline:
                return
            async with self.sem:
                page = await fetch_page(
                    self.client, url, deadline=self.deadline, request_timeout=self.options.request_timeout,
                    max_body=PREVIEW_BYTES, max_redirects=self.options.max_redirects, stats=self.stats,
                    purpose="sample", guard=self.guard, target=self.target_name,
                )
            self.stats.kept_bytes -= len(page.body)  # samples are measured, not kept
            self.samples.append(Sample(page.fetched_at, page.status, page.elapsed_ms, page.error))

    async def _ipv6(self) -> None:
        self.ipv6 = await check_ipv6(self.target.url, timeout=min(5.0, self.options.request_timeout),
                                     deadline=self.deadline)

    # -- the run ---------------------------------------------------------------------------
    async def run(self) -> None:
        target = self.target
        self.schedule(target.url, "home")
        origin = urlsplit(target.url)
        for path in self.plan.paths:
            self.schedule(f"{origin.scheme}://{origin.netloc}{path}", "path", 1)
        if "sitemap" in self.plan.signals:
            self.schedule(f"{origin.scheme}://{origin.netloc}/robots.txt", "robots", 1)
        if "https" in self.plan.signals or "security_headers" in self.plan.signals:
            http_url = target.http_url or _derived_http_url(target.url)
            if http_url:
                self.schedule(http_url, "http")
            https_url = _derived_https_url(target.url)
            if https_url:
                self.schedule(https_url, "https")
        if "ipv6" in self.plan.signals and self.options.check_ipv6:
            self._spawn(self._ipv6())
        while self.tasks:
            await asyncio.wait(set(self.tasks), return_when=asyncio.FIRST_COMPLETED)


def trusted_hosts(target: ProbeTarget, options: ProbeOptions) -> set[str]:
    """The address typed (or given) is trusted even on a private network; any other host must
    resolve to a public address, when it is checked and again when it is connected to."""
    hosts = {(urlsplit(u).hostname or "").lower().rstrip(".") for u in (target.url, target.http_url) if u}
    return hosts | set(options.allow_private_hosts)


def connect_check(trusted: set[str]) -> net.AddressCheck:
    """The check `net.PinnedAddresses` makes on every address a host resolves to."""
    def check(host: str, address: str) -> str | None:
        if host.lower().rstrip(".") in trusted or not _bad_address(address):
            return None
        return "private-address"
    return check


def _bad_address(address: str) -> bool:
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return (ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_multicast or ip.is_reserved
            or ip.is_unspecified)


async def _address_problem(host: str, deadline: float) -> str | None:
    """"private-address" when `host` is, or resolves to, a private, loopback, link-local,
    multicast or reserved address; None otherwise (a name that does not resolve fails later, as
    a DNS error of the fetch)."""
    if not host:
        return None
    try:
        ipaddress.ip_address(host.split("%", 1)[0])
        return "private-address" if _bad_address(host) else None
    except ValueError:
        pass
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(min(deadline, loop.time() + 5.0)):
            infos = await loop.getaddrinfo(host, None, type=socket.SOCK_STREAM)
    except (OSError, TimeoutError):
        return None
    return "private-address" if any(_bad_address(str(info[4][0])) for info in infos) else None


async def check_ipv6(url: str, *, timeout: float, deadline: float) -> Ipv6Result:
    """Look up the host's AAAA records and try a TCP connection over IPv6 to the URL's port."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    port = parts.port or (443 if parts.scheme == "https" else 80)
    loop = asyncio.get_running_loop()
    try:
        literal = ipaddress.ip_address(host)
    except ValueError:
        literal = None
    if literal is not None and literal.version == 4:
        return Ipv6Result(host, error="no-aaaa", detail=host)
    try:
        async with asyncio.timeout_at(min(deadline, loop.time() + timeout)):
            if literal is not None:
                addresses = [host]
            else:
                try:
                    infos = await loop.getaddrinfo(host, port, family=socket.AF_INET6,
                                                   type=socket.SOCK_STREAM)
                except socket.gaierror as exc:
                    no_data = {getattr(socket, n, None) for n in ("EAI_NONAME", "EAI_NODATA", "EAI_ADDRFAMILY")}
                    if exc.errno in no_data:
                        return Ipv6Result(host, error="no-aaaa", detail=str(exc))
                    return Ipv6Result(host, error="dns", detail=str(exc))
                addresses = list(dict.fromkeys(str(info[4][0]) for info in infos))
            last = ""
            for address in addresses:
                try:
                    _, writer = await asyncio.open_connection(address, port, family=socket.AF_INET6)
                except OSError as exc:
                    last = str(exc)
                    continue
                writer.close()
                return Ipv6Result(host, tuple(addresses), connected=address)
            return Ipv6Result(host, tuple(addresses), error="connect", detail=last)
    except TimeoutError:
        return Ipv6Result(host, error="timeout", detail=f"no answer within {timeout:g} s")


async def _crawl(target: ProbeTarget, plan: ProbePlan, options: ProbeOptions, progress: Progress,
                 cancelled: Callable[[], bool], ends_at: float | None, target_name: str) -> CrawlResult:
    loop = asyncio.get_running_loop()
    # loop.time() is time.monotonic(): a deadline set by run_probe for the whole run holds here.
    deadline = loop.time() + options.budget if ends_at is None else ends_at
    client = net.build_async_client(
        timeout=httpx.Timeout(options.request_timeout), ca_file=options.ca_file,
        user_agent=options.user_agent or net.USER_AGENT, max_connections=max(1, options.concurrency),
        address_check=connect_check(trusted_hosts(target, options)),
    )
    async with client:
        crawl = _Crawl(client, target, plan, options, progress, deadline, target_name)
        main = asyncio.ensure_future(crawl.run())
        try:
            while not main.done():
                await asyncio.wait({main}, timeout=0.05)
                if cancelled():
                    raise Cancelled()
                if loop.time() > deadline + 0.5:
                    break  # fetches end themselves at the deadline; this is the safety net
        finally:
            if not main.done():
                main.cancel()
            for task in list(crawl.tasks):
                task.cancel()
            await asyncio.gather(main, *crawl.tasks, return_exceptions=True)
        if main.done() and not main.cancelled() and main.exception() is not None:
            raise main.exception()  # type: ignore[misc]
    budget_exhausted = any(p.error == "budget" for p in crawl.pages) or loop.time() >= deadline
    crawl.pages.sort(key=lambda p: p.fetched_at)
    return CrawlResult(
        pages=crawl.pages, docs=crawl.docs, samples=crawl.samples, ipv6=crawl.ipv6,
        requests=crawl.stats.requests, budget_exhausted=budget_exhausted,
        page_cap_reached=crawl.page_cap_reached, home=crawl.home, explored_all=crawl.explored_all,
        article_url=crawl.article_url, refused=tuple(crawl.refused),
    )


def crawl_site(target: ProbeTarget, plan: ProbePlan, options: ProbeOptions, *,
               progress: Progress | None = None,
               cancelled: Callable[[], bool] | None = None,
               ends_at: float | None = None, target_name: str = "portal") -> CrawlResult:
    """Run the crawl on a private event loop in the calling thread (a worker thread in the UI).
    `ends_at` (time.monotonic()) overrides `options.budget` so one deadline covers a whole run."""
    validate_target(target)
    loop = asyncio.new_event_loop()
    # Our own executor for DNS lookups and parsing: at the end it is let go without waiting, so a
    # stuck resolver cannot hold the run past its budget.
    executor = ThreadPoolExecutor(max_workers=4, thread_name_prefix="probe")
    loop.set_default_executor(executor)
    try:
        return loop.run_until_complete(
            _crawl(target, plan, options, progress or (lambda *_: None), cancelled or (lambda: False),
                   ends_at, target_name)
        )
    finally:
        try:
            loop.run_until_complete(loop.shutdown_asyncgens())
        finally:
            executor.shutdown(wait=False, cancel_futures=True)
            loop.close()

