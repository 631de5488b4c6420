"""One small function per probe signal: (Site, ProbeSpec) → CheckResult.

Checks never touch the network; they read what the crawl kept. A check says FOUND / NOT_FOUND only
when the pages it needs were read; blocked (403, 429), failed (timeout, 5xx) and non-HTML pages
give INCONCLUSIVE with the reason, because a portal that refused the probe has not been shown to
lack anything.

A NOT_FOUND is only *conclusive* (`CheckResult.conclusive`, the one ground for proposing
"Không đạt") where the absence is itself a fact about the portal, not about how much of it the
probe read. `OUTCOMES` says, per signal, what each check can conclude and why; everything else
that is not found becomes "Không tìm thấy — cần kiểm tra" with what was looked for and where.
"""

from __future__ import annotations

import functools
import re
import statistics
from collections.abc import Callable
from datetime import UTC, datetime
from urllib.parse import urlsplit

from inspector.checklists.template import ProbeSpec
from inspector.probe.parse import FormInput, ParsedPage
from inspector.probe.plan import DOCS_KEYWORDS, ENGLISH_KEYWORDS, FORM_KEYWORDS, NEWS_KEYWORDS
from inspector.probe.results import CheckResult, FetchedPage, Verdict
from inspector.probe.site import Site, find_dates, page_problem
from inspector.probe.text import (
    TextIndex,
    contains_keyword,
    find_any,
    find_any_slug,
    find_keyword,
    find_keyword_in_url,
    snippet,
    url_slug_text,
)
from inspector.text import fold

CheckFn = Callable[[Site, ProbeSpec], CheckResult]
CHECKS: dict[str, CheckFn] = {}

# What each check can conclude. "found" → may support "Đạt"; "conclusive" → the NOT_FOUND results
# that may support "Không đạt" (reason codes) and why; any other NOT_FOUND → "cần kiểm tra".
# Checks marked `crawl` rest on the pages the crawl happened to read: when it read too little
# (`inspector.probe.coverage`), even their conclusive results are "cần kiểm tra".
OUTCOMES: dict[str, dict[str, object]] = {
    "link_text": {"conclusive": (), "why": "a menu item may sit on a page the probe did not read, or use other words"},
    "page_text": {"conclusive": (), "why": "the text may be on a page the probe did not read"},
    "footer_text": {"conclusive": (), "why": "contact details may be on a 'Liên hệ' page instead of the footer"},
    "link_href": {"conclusive": (), "why": "the link may be on a page the probe did not read"},
    "script_src": {"conclusive": (), "why": "a tracking code may be loaded by another script"},
    "url_path": {"conclusive": ("http-404", "http-410"),
                 "why": "every address the page may live at answered 'no such page'"},
    "sitemap": {"conclusive": ("sitemap-declared-broken",),
                "why": "the site map the portal itself announces (robots.txt, <link rel=sitemap>) answers 404"},
    "rss": {"conclusive": ("feed-broken",), "why": "the feed the portal announces answers 404 or is not a feed"},
    "lang_alt": {"conclusive": (), "why": "a foreign-language version may be linked from a page not read"},
    "html_lang": {"conclusive": ("missing",), "why": "the home page's own markup, read whole"},
    "charset_utf8": {"conclusive": ("other-charset", "not-utf8"), "why": "the home page's own bytes and headers"},
    "https": {"conclusive": ("no-https", "certificate-expired", "certificate-not-yet-valid", "certificate-hostname",
                             "certificate-self-signed", "certificate-untrusted", "certificate-other"),
              "why": "the server refused HTTPS or presented a certificate that does not verify"},
    "security_headers": {"conclusive": ("none",), "why": "the home page's own response headers"},
    "domain_pattern": {"conclusive": ("no-match",), "why": "the address itself"},
    "ipv6": {"conclusive": ("no-aaaa",), "why": "DNS has no IPv6 address for the name"},
    "viewport": {"conclusive": ("missing",), "why": "the home page's own markup, read whole"},
    "img_alt_ratio": {"conclusive": ("ratio-low",), "crawl": True,
                      "why": "measured on the images of the pages read"},
    "dc_metadata": {"conclusive": (), "why": "metadata may be on article pages not read"},
    "print_link": {"conclusive": (), "why": "print tools are often drawn by scripts the probe does not run"},
    "search_form": {"conclusive": (), "why": "a search box may be drawn by a script"},
    "form_present": {"conclusive": (), "why": "the form may sit behind a login or a script"},
    "freshness": {"conclusive": ("stale",), "crawl": True,
                  "why": "the newest date on the news pages read is older than allowed"},
    "date_count": {"conclusive": (), "why": "a count of one list page, an estimate"},
    "file_links": {"conclusive": (), "why": "files may be linked from pages not read"},
    "availability": {"conclusive": ("down",), "why": "every sample failed with a server error or a refused connection"},
    "click_depth": {"conclusive": (), "why": "a shorter path may exist through pages not read"},
}

FILE_EXTENSIONS = (".pdf", ".doc", ".docx", ".xls", ".xlsx", ".zip", ".rar", ".odt", ".ods", ".7z")
EXPIRY_WARNING_DAYS = 30
SLOW_MS = 3000.0


def check(signal: str, *, needs_home: bool = False) -> Callable[[CheckFn], CheckFn]:
    """Register `fn` as the check for `signal`. With `needs_home`, a home page that could not be
    read as HTML gives an inconclusive result before `fn` runs, so `fn` may rely on
    `site.home` and `site.home_doc`."""
    def register(fn: CheckFn) -> CheckFn:
        if needs_home:
            @functools.wraps(fn)
            def guarded(site: Site, spec: ProbeSpec) -> CheckResult:
                got = _home_or_inconclusive(site, signal)
                return got if isinstance(got, CheckResult) else fn(site, spec)
            CHECKS[signal] = guarded
            return guarded
        CHECKS[signal] = fn
        return fn
    return register


def _result(signal: str, verdict: Verdict, reason: str, *, page: FetchedPage | None = None,
            detail: str = "", snip: str = "", value: float | int | str | None = None,
            partial: bool = False, pages: tuple[FetchedPage, ...] = ()) -> CheckResult:
    used = pages or ((page,) if page is not None else ())
    conclusive = verdict is Verdict.NOT_FOUND and reason in OUTCOMES.get(signal, {}).get("conclusive", ())
    if conclusive and page is not None and page.body and not page.error and page.is_html:
        conclusive = not page.truncated  # a page read only in part settles nothing
    return CheckResult(
        signal=signal, verdict=verdict, reason=reason, detail=detail,
        url=page.final_url if page else None, status=page.status if page else None,
        elapsed_ms=page.elapsed_ms if page else None, snippet=snip[:400],
        checked_at=datetime.now(UTC), sha256=page.sha256 if page and page.body else None,
        value=value, partial=partial,
        pages=tuple(dict.fromkeys(p.final_url for p in used if p.body)), conclusive=conclusive,
    )


def _home_or_inconclusive(site: Site, signal: str) -> tuple[FetchedPage, ParsedPage] | CheckResult:
    doc = site.home_doc
    if doc is None or site.home is None:
        problem = page_problem(site.home) or ("budget" if site.home and site.home.is_html else "not-html")
        return _result(signal, Verdict.INCONCLUSIVE, problem, page=site.home,
                       detail=site.home.error_detail if site.home else "")
    return site.home, doc


def _not_found_or_truncated(site: Site, signal: str, pages: list[FetchedPage], detail: str,
                            reason: str = "no-match") -> CheckResult:
    """NOT_FOUND, unless a page it searched was cut short (then the rest might hold it)."""
    cut = [p for p in pages if p.truncated or getattr(site.docs.get(p.final_url), "cut", False)]
    if cut:
        return _result(signal, Verdict.INCONCLUSIVE, "truncated", page=cut[0], detail=detail,
                       pages=tuple(pages))
    return _result(signal, Verdict.NOT_FOUND, reason, page=pages[0] if pages else site.home,
                   detail=detail, pages=tuple(pages))


MENU_LABEL_WORDS = 8
PAGE_TEXT_PAGES = 20  # pages whose full text is searched for one item
SLUG_PAGES = 12  # pages whose link addresses are searched for unaccented slugs


def _is_menu_label(label: str) -> bool:
    """Menu and category links are short; a news headline that mentions "huyện" in passing is not
    a section of the portal."""
    return len(label.split()) <= MENU_LABEL_WORDS


def _link_line(link) -> str:  # noqa: ANN001 - parse.Link
    return f"{link.label} → {link.href}"


def _menu_index(doc: ParsedPage) -> tuple[list, TextIndex]:  # noqa: ANN001
    """The page's menu-like links and an index of their labels (built once per page)."""
    cached = doc.__dict__.get("_menu_index")
    if cached is None:
        links = [link for link in doc.links if _is_menu_label(link.label)]
        cached = doc.__dict__["_menu_index"] = (links, TextIndex([link.label for link in links]))
    return cached


def _slug_index(doc: ParsedPage) -> tuple[list, TextIndex]:  # noqa: ANN001
    """All links of the page and an index of their folded host/path/query (built once per page)."""
    cached = doc.__dict__.get("_slug_index")
    if cached is None:
        cached = doc.__dict__["_slug_index"] = (doc.links, TextIndex([url_slug_text(link.href) for link in doc.links]))
    return cached


def _text_index(doc: ParsedPage) -> tuple[str, TextIndex]:
    cached = doc.__dict__.get("_text_index")
    if cached is None:
        text = f"{doc.title}\n{doc.text}"
        cached = doc.__dict__["_text_index"] = (text, TextIndex([text]))
    return cached


# -- text and links ------------------------------------------------------------------------------

@check("link_text", needs_home=True)
def check_link_text(site: Site, spec: ProbeSpec) -> CheckResult:
    pages = site.html_pages(max_depth=1)
    # Text first (what a visitor reads), then unaccented URL slugs (/hoi-dap) as a fallback.
    for page, doc in pages:
        links, index = _menu_index(doc)
        hit = find_any(index, spec.keywords)
        if hit:
            return _result("link_text", Verdict.FOUND, "matched-text", page=page,
                           detail=hit[1].keyword, snip=_link_line(links[hit[0]]), value=hit[1].matched)
    for page, doc in pages[:SLUG_PAGES]:  # menus repeat on every page: the first ones suffice
        links, index = _slug_index(doc)
        slug = find_any_slug(index, spec.keywords)
        if slug:
            return _result("link_text", Verdict.FOUND, "matched-slug", page=page,
                           detail=slug[2], snip=_link_line(links[slug[0]]), value=slug[1])
    return _not_found_or_truncated(site, "link_text", [p for p, _ in pages], ", ".join(spec.keywords))


_NUMBER_AFTER = re.compile(r"^\D{0,30}?(\d{1,3}(?:[.,\s]\d{3})+|\d+)")


@check("page_text", needs_home=True)
def check_page_text(site: Site, spec: ProbeSpec) -> CheckResult:
    pages = site.html_pages(max_depth=1)
    via = {p.final_url for p in site.pages_via(spec.keywords)}
    # The home page, then the targets of links named by the keywords, then some other pages read
    # (a page's text is long: searching forty of them for every item costs seconds).
    pages.sort(key=lambda pd: (pd[0] is not site.home, pd[0].final_url not in via))
    pages = pages[:PAGE_TEXT_PAGES]
    for page, doc in pages:
        text, index = _text_index(doc)
        hit = find_any(index, spec.keywords)
        m = hit[1] if hit else None
        if m:
            after = _NUMBER_AFTER.match(text[m.end:m.end + 60])
            value = int(re.sub(r"\D", "", after.group(1))) if after else None
            return _result("page_text", Verdict.FOUND, "matched-text", page=page, detail=m.keyword,
                           snip=snippet(text, m.start, m.end, 50), value=value)
    return _not_found_or_truncated(site, "page_text", [p for p, _ in pages], ", ".join(spec.keywords))


@check("footer_text", needs_home=True)
def check_footer_text(site: Site, spec: ProbeSpec) -> CheckResult:
    page, doc = site.home, site.home_doc
    found = [(k, m) for k in spec.keywords if (m := find_keyword(k, doc.footer_text))]
    reason_suffix = "" if doc.footer_marked else "-page-end"  # no marked footer: searched the page end
    if found:
        keyword, m = found[0]
        line = next((ln for ln in doc.footer_text.splitlines() if find_keyword(keyword, ln)), "")
        return _result("footer_text", Verdict.FOUND, "matched" + reason_suffix, page=page,
                       detail=", ".join(k for k, _ in found), snip=line or snippet(doc.footer_text, m.start, m.end),
                       value=len(found))
    return _not_found_or_truncated(site, "footer_text", [page], ", ".join(spec.keywords),
                                   "no-match" + reason_suffix)


@check("link_href", needs_home=True)
def check_link_href(site: Site, spec: ProbeSpec) -> CheckResult:
    pages = site.html_pages(max_depth=1)
    own = {(urlsplit(p.final_url).hostname or "").lower() for p, _ in pages}
    hosts: dict[str, tuple[FetchedPage, str]] = {}
    for page, doc in pages:
        for link in doc.links:
            host = (urlsplit(link.href).hostname or "").lower()
            if not host or host in own:
                continue  # the portal's own links prove nothing about links to other sites
            href = link.href.lower()
            for keyword in spec.keywords:
                if keyword.lower() in href:
                    hosts.setdefault(host, (page, f"{link.label} → {link.href}"))
    if hosts:
        page, line = next(iter(hosts.values()))
        return _result("link_href", Verdict.FOUND, "matched", page=page, detail=", ".join(sorted(hosts)),
                       snip=line, value=len(hosts))
    return _not_found_or_truncated(site, "link_href", [p for p, _ in pages], ", ".join(spec.keywords))


@check("script_src", needs_home=True)
def check_script_src(site: Site, spec: ProbeSpec) -> CheckResult:
    pages = site.html_pages(max_depth=1)
    for page, doc in pages:
        for src in doc.scripts:
            for keyword in spec.keywords:
                if keyword.lower() in src.lower():
                    return _result("script_src", Verdict.FOUND, "matched", page=page, detail=keyword,
                                   snip=src)
    return _not_found_or_truncated(site, "script_src", [p for p, _ in pages], ", ".join(spec.keywords))


# -- paths, sitemap, feeds, languages ------------------------------------------------------------

def _path_page(site: Site, path: str) -> FetchedPage | None:
    for page in site.pages:
        if urlsplit(page.url).path == path and page.purpose in ("path", "lang"):
            return page
    return None


@check("url_path")
def check_url_path(site: Site, spec: ProbeSpec) -> CheckResult:
    if not spec.paths:
        return _result("url_path", Verdict.INCONCLUSIVE, "no-paths")
    problems = []
    for path in spec.paths:
        page = _path_page(site, path)
        if page is not None and page.status == 200 and not page.error:
            return _result("url_path", Verdict.FOUND, "http-200", page=page, detail=path)
        problems.append((path, page))
    missing = [(path, p) for path, p in problems if p is not None and p.status in (404, 410)]
    if len(missing) == len(problems):
        return _result("url_path", Verdict.NOT_FOUND, f"http-{missing[0][1].status}", page=missing[0][1],
                       detail=", ".join(spec.paths))
    path, page = next(x for x in problems if not (x[1] is not None and x[1].status in (404, 410)))
    return _result("url_path", Verdict.INCONCLUSIVE, page_problem(page, need_html=False) or "unexpected",
                   page=page, detail=path)


def _is_sitemap_xml(page: FetchedPage) -> bool:
    head = page.body[:2048].lower()
    return b"<urlset" in head or b"<sitemapindex" in head


@check("sitemap")
def check_sitemap(site: Site, spec: ProbeSpec) -> CheckResult:
    paths = spec.paths or ("/sitemap.xml",)
    declared = site.by_purpose("sitemap")  # announced in robots.txt or <link rel=sitemap>
    for page in declared + [p for p in (_path_page(site, x) for x in paths) if p is not None]:
        if page.ok and _is_sitemap_xml(page):
            return _result("sitemap", Verdict.FOUND, "sitemap-xml", page=page, detail=urlsplit(page.url).path)
    keywords = spec.keywords or ("sơ đồ cổng", "sơ đồ trang", "sơ đồ website", "sơ đồ site", "sitemap")
    for page, doc in site.html_pages(max_depth=1):
        for link in doc.links:
            if contains_keyword(link.label, keywords) or "sitemap" in link.href.lower() \
                    or find_keyword_in_url("so do", link.href):
                return _result("sitemap", Verdict.FOUND, "sitemap-link", page=page, snip=_link_line(link))
    if declared and all(p.status in (404, 410) for p in declared):
        return _result("sitemap", Verdict.NOT_FOUND, "sitemap-declared-broken", page=declared[0],
                       detail=", ".join(p.url for p in declared))
    if site.home_doc is None:
        return _result("sitemap", Verdict.INCONCLUSIVE, page_problem(site.home) or "not-html", page=site.home)
    path_pages = [p for p in (_path_page(site, x) for x in paths) if p is not None]
    blocked = [p for p in path_pages + declared if p.status not in (404, 410) and page_problem(p, need_html=False)]
    if blocked:
        return _result("sitemap", Verdict.INCONCLUSIVE, page_problem(blocked[0], need_html=False) or "",
                       page=blocked[0])
    return _not_found_or_truncated(site, "sitemap", [site.home], ", ".join((*paths, *keywords)))


def _is_feed(page: FetchedPage) -> bool:
    head = page.body[:4096].lower()
    return b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head


@check("rss", needs_home=True)
def check_rss(site: Site, spec: ProbeSpec) -> CheckResult:
    page, doc = site.home, site.home_doc
    feeds = [t.href for t in doc.link_tags if "rss" in t.type or "atom" in t.type]
    feeds += [link.href for link in doc.links
              if find_keyword("rss", link.label) or "rss" in urlsplit(link.href).path.lower()]
    if not feeds:
        return _not_found_or_truncated(site, "rss", [page], "<link rel=alternate type=rss>, RSS")
    fetched = site.by_purpose("rss")
    good = next((p for p in fetched if p.ok and _is_feed(p)), None)
    if good is not None:
        return _result("rss", Verdict.FOUND, "feed-ok", page=good, snip=feeds[0])
    own = [f for f in feeds if _same_site(f, page.final_url)]
    if not own:
        # Announced on another host: reported, never fetched.
        return _result("rss", Verdict.FOUND, "feed-other-host", page=page, snip=feeds[0])
    gone = [p for p in fetched if p.status in (404, 410) or (p.ok and not p.is_html and not _is_feed(p))]
    if fetched and len(gone) == len(fetched):
        return _result("rss", Verdict.NOT_FOUND, "feed-broken", page=gone[0], snip=feeds[0],
                       detail=page_problem(gone[0], need_html=False) or "not-a-feed")
    bad = next((p for p in fetched if page_problem(p, need_html=False)), None)
    if bad is not None:
        return _result("rss", Verdict.INCONCLUSIVE, page_problem(bad, need_html=False) or "", page=bad,
                       snip=feeds[0])
    return _result("rss", Verdict.FOUND, "feed-link", page=page, snip=feeds[0])


def _same_site(a: str, b: str) -> bool:
    def host(u: str) -> str:
        h = (urlsplit(u).hostname or "").lower()
        return h[4:] if h.startswith("www.") else h
    return host(a) == host(b)


@check("lang_alt", needs_home=True)
def check_lang_alt(site: Site, spec: ProbeSpec) -> CheckResult:
    page, doc = site.home, site.home_doc
    for tag in doc.link_tags:
        if tag.hreflang and not tag.hreflang.lower().startswith("vi"):
            return _result("lang_alt", Verdict.FOUND, "hreflang", page=page, snip=f"{tag.hreflang} → {tag.href}")
    words = [k for k in spec.keywords if not k.startswith("/")] or list(ENGLISH_KEYWORDS)
    prefixes = [k for k in spec.keywords if k.startswith("/")] or ["/en"]
    for link in doc.links:
        parts = urlsplit(link.href)
        host = (parts.hostname or "").lower()
        if (contains_keyword(link.label, words) or link.text.strip().upper() in ("EN", "ENG")
                or (link.hreflang and not link.hreflang.lower().startswith("vi"))
                or host.startswith(("english.", "en."))
                or any(parts.path.lower() == p or parts.path.lower().startswith(p + "/") for p in prefixes)):
            return _result("lang_alt", Verdict.FOUND, "link", page=page, snip=_link_line(link))
    en = site.by_purpose("lang")
    if en and en[0].ok:
        return _result("lang_alt", Verdict.FOUND, "path", page=en[0], detail=urlsplit(en[0].url).path)
    if en and page_problem(en[0], need_html=False) and en[0].status not in (404, 410):
        return _result("lang_alt", Verdict.INCONCLUSIVE, page_problem(en[0], need_html=False) or "", page=en[0])
    return _not_found_or_truncated(site, "lang_alt", [page], ", ".join(spec.keywords))


# -- page markup ---------------------------------------------------------------------------------

@check("html_lang", needs_home=True)
def check_html_lang(site: Site, spec: ProbeSpec) -> CheckResult:
    page, doc = site.home, site.home_doc
    if doc.lang:
        return _result("html_lang", Verdict.FOUND, "declared", page=page, value=doc.lang, snip=f'lang="{doc.lang}"')
    return _result("html_lang", Verdict.NOT_FOUND, "missing", page=page)


@check("charset_utf8", needs_home=True)
def check_charset_utf8(site: Site, spec: ProbeSpec) -> CheckResult:
    page, doc = site.home, site.home_doc
    declared = [c for c in (page.charset, doc.declared_charset) if c]
    normal = [c.strip().lower().replace("_", "-") for c in declared]
    if any(c in ("utf-8", "utf8") for c in normal):
        source = "header" if page.charset and page.charset.lower().replace("_", "-") in ("utf-8", "utf8") else "meta"
        return _result("charset_utf8", Verdict.FOUND, f"declared-{source}", page=page, value="UTF-8")
    if declared:
        return _result("charset_utf8", Verdict.NOT_FOUND, "other-charset", page=page, value=declared[0])
    try:
        page.body.decode("utf-8")
    except UnicodeDecodeError:
        return _result("charset_utf8", Verdict.NOT_FOUND, "not-utf8", page=page)
    return _result("charset_utf8", Verdict.FOUND, "undeclared-valid-utf8", page=page, partial=True)


@check("viewport", needs_home=True)
def check_viewport(site: Site, spec: ProbeSpec) -> CheckResult:
    page, doc = site.home, site.home_doc
    content = doc.meta("viewport")
    if content and "width" in content.lower():
        return _result("viewport", Verdict.FOUND, "meta-viewport", page=page, snip=content)
    return _result("viewport", Verdict.NOT_FOUND, "missing", page=page, snip=content or "")


@check("img_alt_ratio", needs_home=True)
def check_img_alt_ratio(site: Site, spec: ProbeSpec) -> CheckResult:
    pages = site.html_pages(max_depth=1)
    alts = [alt for _, doc in pages for alt in doc.images]
    if not alts:
        return _result("img_alt_ratio", Verdict.INCONCLUSIVE, "no-images", page=site.home)
    with_alt = sum(1 for a in alts if a)
    ratio = round(with_alt / len(alts), 3)
    detail = f"{with_alt}/{len(alts)}"
    used = tuple(p for p, _ in pages)
    if ratio >= 0.9:
        return _result("img_alt_ratio", Verdict.FOUND, "ratio", page=site.home, detail=detail, value=ratio, pages=used)
    if ratio >= 0.5:
        return _result("img_alt_ratio", Verdict.FOUND, "ratio-low", page=site.home, detail=detail, value=ratio,
                       partial=True, pages=used)
    return _result("img_alt_ratio", Verdict.NOT_FOUND, "ratio-low", page=site.home, detail=detail, value=ratio,
                   pages=used)


def _article(site: Site) -> tuple[FetchedPage, ParsedPage] | None:
    chosen = [p for p in site.pages if site.article_url and p.url == site.article_url]
    for page in site.by_purpose("article") + chosen:
        doc = site.doc(page)
        if doc is not None:
            return page, doc
    return None


@check("dc_metadata", needs_home=True)
def check_dc_metadata(site: Site, spec: ProbeSpec) -> CheckResult:
    article = _article(site)
    page, doc = article or (site.home, site.home_doc)
    dc = [(k, v) for k, v in doc.metas if k.lower().startswith(("dc.", "dcterms."))]
    if dc:
        return _result("dc_metadata", Verdict.FOUND, "dublin-core", page=page,
                       detail=", ".join(k for k, _ in dc), snip="; ".join(f"{k}={v}" for k, v in dc[:4]))
    basic = [(k, v) for k, v in doc.metas if k.lower() in ("description", "keywords")]
    if basic:
        return _result("dc_metadata", Verdict.FOUND, "basic-meta", page=page, partial=True,
                       detail=", ".join(k for k, _ in basic), snip="; ".join(f"{k}={v}" for k, v in basic))
    if article is None:
        return _result("dc_metadata", Verdict.INCONCLUSIVE, "no-article-page", page=page)
    return _result("dc_metadata", Verdict.NOT_FOUND, "missing", page=page)


_PRINT_WORDS = ("in bài", "in trang", "bản in", "in bài viết", "print")


def _print_link(doc: ParsedPage):  # noqa: ANN202 - the Link or True or None
    for link in doc.links:
        label = fold(link.label)
        if label in ("in", "in an") or contains_keyword(link.label, _PRINT_WORDS):
            return link
        if "print(" in link.href.lower() or "print(" in link.onclick.lower():
            return link
        if re.search(r"(?:[/?&=_-])(print|inbai|in-bai|ban-in)(?:[/?&=._-]|$)", link.href.lower()):
            return link
    return True if doc.inline_print else None


@check("print_link", needs_home=True)
def check_print_link(site: Site, spec: ProbeSpec) -> CheckResult:
    article = _article(site)
    page, doc = article or (site.home, site.home_doc)
    found = _print_link(doc)
    if found is not None:
        snip = "window.print()" if found is True else _link_line(found)
        return _result("print_link", Verdict.FOUND, "print-link", page=page, snip=snip)
    if article is None:
        return _result("print_link", Verdict.INCONCLUSIVE, "no-article-page", page=page)
    return _not_found_or_truncated(site, "print_link", [page], "")


# -- forms ---------------------------------------------------------------------------------------

_SEARCH_NAMES = {"q", "keyword", "keywords", "tukhoa", "tu_khoa", "search", "searchtext", "query", "txtsearch"}


def _search_input(inputs: tuple[FormInput, ...] | list[FormInput]) -> FormInput | None:
    for i in inputs:
        if i.type == "search" or i.name.lower() in _SEARCH_NAMES or (
            i.tag == "input" and ("tim kiem" in fold(i.placeholder) or "search" in i.placeholder.lower())
        ):
            return i
    return None


@check("search_form", needs_home=True)
def check_search_form(site: Site, spec: ProbeSpec) -> CheckResult:
    pages = site.html_pages(max_depth=1)
    for page, doc in pages:
        for form in doc.forms:
            if form.is_search or _search_input(form.inputs):
                field_ = _search_input(form.inputs)
                return _result("search_form", Verdict.FOUND, "search-form", page=page,
                               snip=f"form action={form.action}" + (f" name={field_.name}" if field_ else ""))
        loose = _search_input(doc.loose_inputs)
        if loose:
            return _result("search_form", Verdict.FOUND, "search-input", page=page,
                           snip=f"input name={loose.name} type={loose.type}")
    return _not_found_or_truncated(site, "search_form", [p for p, _ in pages], "")


@check("form_present", needs_home=True)
def check_form_present(site: Site, spec: ProbeSpec) -> CheckResult:
    keywords = spec.keywords or FORM_KEYWORDS
    targets = site.pages_via(keywords)
    for page in targets:
        doc = site.doc(page)
        if doc is None:
            continue
        for form in doc.forms:
            if form.is_data_entry:
                names = ", ".join(i.name for i in form.inputs if i.name)[:200]
                return _result("form_present", Verdict.FOUND, "form", page=page, detail=page.via,
                               snip=f"form action={form.action} ({names})")
    if not targets:
        return _result("form_present", Verdict.NOT_FOUND, "no-target-page", page=site.home,
                       detail=", ".join(keywords))
    unreadable = [p for p in targets if page_problem(p)]
    if unreadable and len(unreadable) == len(targets):
        return _result("form_present", Verdict.INCONCLUSIVE, page_problem(unreadable[0]) or "", page=unreadable[0])
    return _not_found_or_truncated(site, "form_present", [p for p in targets if not page_problem(p)],
                                   ", ".join(keywords), "no-form")


# -- dates ---------------------------------------------------------------------------------------

def _dated_pages(site: Site, spec: ProbeSpec) -> tuple[list[FetchedPage], str | None]:
    """The pages whose dates count, or a reason they cannot be read."""
    if spec.keywords:
        pages = site.pages_via(spec.keywords)
    else:
        pages = [p for p in [site.home] if p] + site.pages_via(NEWS_KEYWORDS)
    readable = [p for p in pages if site.doc(p) is not None]
    if readable:
        return readable, None
    if pages:
        return [], page_problem(pages[0]) or "not-html"
    return [], "no-target-page"


@check("freshness", needs_home=True)
def check_freshness(site: Site, spec: ProbeSpec) -> CheckResult:
    pages, problem = _dated_pages(site, spec)
    if problem == "no-target-page":
        return _result("freshness", Verdict.NOT_FOUND, problem, page=site.home, detail=", ".join(spec.keywords))
    if problem:
        return _result("freshness", Verdict.INCONCLUSIVE, problem, page=site.home)
    newest = None
    for page in pages:
        doc = site.doc(page)
        assert doc is not None
        for value in find_dates(doc.text, today=site.today):
            if newest is None or value > newest[0]:
                newest = (value, page)
    if newest is None:
        return _result("freshness", Verdict.INCONCLUSIVE, "no-dates", page=pages[0], pages=tuple(pages))
    value, page = newest
    age = (site.today - value).days
    limit = spec.max_age_days if spec.max_age_days is not None else 30
    shown = value.strftime("%d/%m/%Y")
    doc = site.doc(page)
    short = f"{value.day}/{value.month}/{value.year}"
    snip = next((ln for ln in (doc.text.splitlines() if doc else []) if shown in ln or short in ln), shown)
    verdict = Verdict.FOUND if age <= limit else Verdict.NOT_FOUND
    return _result("freshness", verdict, "fresh" if verdict is Verdict.FOUND else "stale", page=page,
                   detail=f"{shown}; {max(age, 0)}/{limit}", snip=snip, value=max(age, 0), pages=tuple(pages))


@check("date_count", needs_home=True)
def check_date_count(site: Site, spec: ProbeSpec) -> CheckResult:
    pages, problem = _dated_pages(site, ProbeSpec(spec.signals, spec.keywords or NEWS_KEYWORDS))
    if problem:
        verdict = Verdict.NOT_FOUND if problem == "no-target-page" else Verdict.INCONCLUSIVE
        return _result("date_count", verdict, problem, page=site.home)
    start, end = site.period()
    page = pages[0]
    doc = site.doc(page)
    assert doc is not None
    count = sum(1 for d in find_dates(doc.text, today=site.today) if start <= d <= end)
    detail = f"{start:%d/%m/%Y}–{end:%d/%m/%Y}"
    if count:
        return _result("date_count", Verdict.FOUND, "counted", page=page, detail=detail, value=count)
    return _result("date_count", Verdict.NOT_FOUND, "none-in-period", page=page, detail=detail, value=0)


# -- files ---------------------------------------------------------------------------------------

@check("file_links", needs_home=True)
def check_file_links(site: Site, spec: ProbeSpec) -> CheckResult:
    docs_pages = {p.final_url for p in site.pages_via(DOCS_KEYWORDS)}
    pages = site.html_pages(max_depth=2)
    pages.sort(key=lambda pd: pd[0].final_url not in docs_pages)  # document lists first
    for page, doc in pages:
        files = [link for link in doc.links if urlsplit(link.href).path.lower().endswith(FILE_EXTENSIONS)]
        if files:
            return _result("file_links", Verdict.FOUND, "file-links", page=page, value=len(files),
                           snip=_link_line(files[0]))
    return _not_found_or_truncated(site, "file_links", [p for p, _ in pages], "")


# -- transport -----------------------------------------------------------------------------------

@check("https")
def check_https(site: Site, spec: ProbeSpec) -> CheckResult:
    https_pages = [p for p in site.pages if p.purpose in ("home", "https", "http")
                   and urlsplit(p.final_url).scheme == "https"]
    refused = [p for p in site.pages if p.error and p.error.startswith("certificate-")]
    if refused:
        page = refused[0]
        return _result("https", Verdict.NOT_FOUND, page.error or "", page=page, detail=page.error_detail)
    good = next((p for p in https_pages if p.status is not None and not p.error), None)
    if good is None:
        tried = [p for p in site.pages if p.purpose in ("home", "https")
                 and (urlsplit(p.url).scheme == "https" or p.purpose == "https")]
        if tried and all(p.error in ("connect",) for p in tried):
            return _result("https", Verdict.NOT_FOUND, "no-https", page=tried[0], detail=tried[0].error_detail)
        if tried:
            return _result("https", Verdict.INCONCLUSIVE, page_problem(tried[0], need_html=False) or "", page=tried[0])
        # An http:// address on another port than 80: the HTTPS port cannot be guessed, so
        # nothing was tried and nothing is settled.
        return _result("https", Verdict.INCONCLUSIVE, "https-not-tried", page=site.home)
    problems = []
    days = None
    tls = good.tls
    if tls and tls.not_after:
        days = (tls.not_after - datetime.now(UTC)).days
        if days < EXPIRY_WARNING_DAYS:
            problems.append("expires-soon")
    http = next((p for p in site.pages if urlsplit(p.url).scheme == "http" and p.purpose in ("home", "http")), None)
    if http is None:
        problems.append("redirect-unchecked")
    elif urlsplit(http.final_url).scheme != "https":
        problems.append("no-redirect" if http.status is not None else f"http-{http.error}")
    snip = ""
    if tls:
        snip = f"{tls.version} {tls.subject} / {tls.issuer}".strip()
        if tls.not_after:
            snip += f"; hết hạn {tls.not_after:%d/%m/%Y}"
    partial = any(p in ("expires-soon", "no-redirect") for p in problems)
    return _result("https", Verdict.FOUND, ",".join(problems) or "valid", page=good, value=days,
                   partial=partial, snip=snip, detail=" -> ".join((*(http.redirects if http else ()),
                                                                   http.final_url)) if http else "")


_SECURITY_HEADERS = (
    ("strict-transport-security",),
    ("x-frame-options", "content-security-policy"),
    ("x-content-type-options",),
)


@check("security_headers")
def check_security_headers(site: Site, spec: ProbeSpec) -> CheckResult:
    home = site.home
    problem = page_problem(home, need_html=False)
    if home is None or problem:
        return _result("security_headers", Verdict.INCONCLUSIVE, problem or "not-fetched", page=home)
    have: list[str] = []
    missing: list[str] = []
    for names in _SECURITY_HEADERS:
        name = next((n for n in names if home.header(n)), None)
        if name:
            have.append(name)
        else:
            missing.append(" / ".join(names))
    snip = "; ".join(f"{n}: {home.header(n)}" for n in have)
    if not missing:
        return _result("security_headers", Verdict.FOUND, "all", page=home, snip=snip, value=len(have))
    if have:
        return _result("security_headers", Verdict.FOUND, "some-missing", page=home, snip=snip,
                       detail=", ".join(missing), value=len(have), partial=True)
    return _result("security_headers", Verdict.NOT_FOUND, "none", page=home, detail=", ".join(missing), value=0)


def _domain_regex(pattern: str) -> re.Pattern[str]:
    out = []
    for token in re.split(r"(<[^>]*>|\*)", pattern.strip().lower()):
        if token == "*":
            out.append(r"[a-z0-9-]+(?:\.[a-z0-9-]+)*")
        elif token.startswith("<"):
            out.append(r"[a-z0-9-]+")
        elif token:
            out.append(re.escape(token))
    return re.compile(r"(?:www\.)?" + "".join(out))


@check("domain_pattern")
def check_domain_pattern(site: Site, spec: ProbeSpec) -> CheckResult:
    hosts = [urlsplit(site.target.url).hostname or ""]
    if site.home is not None:
        hosts.append(urlsplit(site.home.final_url).hostname or "")
    hosts = list(dict.fromkeys(h.lower().rstrip(".") for h in hosts if h))
    for pattern in spec.keywords:
        rx = _domain_regex(pattern)
        for host in hosts:
            if rx.fullmatch(host):
                return _result("domain_pattern", Verdict.FOUND, "matched", page=site.home, detail=pattern,
                               value=host)
    return _result("domain_pattern", Verdict.NOT_FOUND, "no-match", page=site.home,
                   detail=", ".join(spec.keywords), value=", ".join(hosts))


@check("ipv6")
def check_ipv6(site: Site, spec: ProbeSpec) -> CheckResult:
    result = site.ipv6
    if result is None:
        return _result("ipv6", Verdict.INCONCLUSIVE, "not-checked")
    if result.connected:
        return _result("ipv6", Verdict.FOUND, "connected", detail=", ".join(result.addresses),
                       value=result.connected)
    if result.error == "no-aaaa":
        return _result("ipv6", Verdict.NOT_FOUND, "no-aaaa", detail=result.detail)
    if result.error == "connect":
        return _result("ipv6", Verdict.FOUND, "aaaa-no-connect", detail=", ".join(result.addresses),
                       partial=True, snip=result.detail)
    return _result("ipv6", Verdict.INCONCLUSIVE, result.error or "unknown", detail=result.detail)


@check("availability")
def check_availability(site: Site, spec: ProbeSpec) -> CheckResult:
    home = site.home
    if home is None:
        return _result("availability", Verdict.INCONCLUSIVE, "not-fetched")
    samples = [(home.status, home.elapsed_ms, home.error)] + [(s.status, s.elapsed_ms, s.error) for s in site.samples]
    good = [ms for status, ms, error in samples if not error and status is not None and 200 <= status < 300]
    shown = ", ".join(f"{status or error} {ms:.0f} ms" for status, ms, error in samples)
    if good:
        median = round(statistics.median(good), 1)
        partial = len(good) < len(samples) or median > SLOW_MS
        reason = "all-ok" if len(good) == len(samples) else "some-failed"
        if median > SLOW_MS:
            reason += ",slow"
        return _result("availability", Verdict.FOUND, reason, page=home, value=median,
                       detail=f"{len(good)}/{len(samples)}", snip=shown, partial=partial)
    # Server errors and refused connections on every sample: the portal was down when probed.
    # (403/429/timeouts stay inconclusive: the portal may be fine and just refusing the probe.)
    down = [s for s in samples if (s[0] is not None and s[0] >= 500) or s[2] in ("connect", "dns")]
    if down and len(down) == len(samples):
        return _result("availability", Verdict.NOT_FOUND, "down", page=home, snip=shown,
                       detail=f"0/{len(samples)}")
    first = samples[0]
    reason = first[2] or (f"http-{first[0]}" if first[0] is not None else "no-response")
    return _result("availability", Verdict.INCONCLUSIVE, reason, page=home, snip=shown, detail=f"0/{len(samples)}")


@check("click_depth", needs_home=True)
def check_click_depth(site: Site, spec: ProbeSpec) -> CheckResult:
    best = None
    for page, doc in site.html_pages():
        links, index = _menu_index(doc)
        hit = find_any(index, spec.keywords)
        link = links[hit[0]] if hit else None
        if link is None:
            all_links, slugs = _slug_index(doc)
            slug = find_any_slug(slugs, spec.keywords)
            link = all_links[slug[0]] if slug else None
        if link is not None:
            clicks = page.depth + 1
            if best is None or clicks < best[0]:
                best = (clicks, page, link)
    if best is not None:
        clicks, page, link = best
        verdict = Verdict.FOUND if clicks <= 3 else Verdict.NOT_FOUND
        return _result("click_depth", verdict, "clicks", page=page, value=clicks, snip=_link_line(link),
                       detail=", ".join(spec.keywords))
    # Deeper pages were not all read: a longer path may exist, so say so rather than "absent".
    return _result("click_depth", Verdict.INCONCLUSIVE, "not-within-reach", page=site.home,
                   detail=", ".join(spec.keywords), value=len(site.html_pages()))


def run_check(signal: str, site: Site, spec: ProbeSpec) -> CheckResult:
    """Run the check for `signal`; an unexpected bug in one check is an inconclusive verdict, not a
    failed run."""
    fn = CHECKS.get(signal)
    if fn is None:
        return _result(signal, Verdict.INCONCLUSIVE, "unknown-signal")
    try:
        return fn(site, spec)
    except Exception as exc:  # noqa: BLE001 - one broken check must not lose the others' results
        return _result(signal, Verdict.INCONCLUSIVE, "check-error", detail=f"{type(exc).__name__}: {exc}")
