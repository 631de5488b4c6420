"""How much of an address the crawl read, and whether that is enough to conclude anything.

A crawl that reached almost nothing can conclude almost nothing: with fewer than MIN_PAGES HTML
pages read (home page included) — unless the home page links to fewer pages of its own and all
of them were read — the run says so in numbers, every "not found" is "cần kiểm tra" because of
it, and checks that measure the pages read (image descriptions) settle nothing.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from inspector.probe.results import Coverage
from inspector.probe.site import Site

MIN_PAGES = 5  # HTML pages read, home page included, for "not found" to mean "not in what we read"
MIN_PAGES_DVC = 1  # the public-service portal's items are about its home page and its transport


def _host(url: str) -> str:
    return (urlsplit(url).netloc or "").lower()


def measure(site: Site, target: str, url: str) -> Coverage:
    """The coverage of one crawl (`site`)."""
    read = site.html_pages()
    home_doc = site.home_doc
    home = site.home
    minimum = MIN_PAGES if target == "portal" else MIN_PAGES_DVC
    own: set[str] = set()
    if home_doc is not None and home is not None:
        own = {link.href.split("#", 1)[0] for link in home_doc.links
               if _host(link.href) == _host(home.final_url) and link.href.rstrip("/") != home.final_url.rstrip("/")}
    followed = sum(1 for p in site.pages if p.purpose in ("link", "explore") and p.ok)
    enough = home_doc is not None and not home_doc.cut and (
        len(read) >= minimum or (0 < len(own) <= followed))
    return Coverage(target=target, url=url, pages_read=len(read), home_links=len(own),
                    links_followed=followed, min_pages=minimum, sufficient=enough)
