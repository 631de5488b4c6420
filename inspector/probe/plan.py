"""Which pages a run fetches, worked out from the checklist items' probe specs."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from inspector.checklists.signals import SIGNALS
from inspector.checklists.template import ChecklistTemplate, ProbeSpec
from inspector.probe.vocabulary import Vocabulary, load_vocabulary

# Words portals use for the pages some signals need when an item names none.
NEWS_KEYWORDS = ("tin tức", "tin tức sự kiện", "tin hoạt động", "sự kiện", "thời sự", "tin tổng hợp")
DOCS_KEYWORDS = ("văn bản", "văn bản pháp luật", "văn bản quy phạm pháp luật", "hệ thống văn bản",
                 "văn bản chỉ đạo điều hành", "công báo", "văn bản pháp quy", "vbpl", "vbqppl")
FORM_KEYWORDS = ("hỏi đáp", "hỏi - đáp", "gửi câu hỏi", "góp ý", "phản ánh kiến nghị", "dự thảo",
                 "lấy ý kiến", "công dân hỏi")
ENGLISH_KEYWORDS = ("english", "tiếng anh")

# One spec per signal for a run without a checklist (a first look at a portal).
GENERIC_SPECS: dict[str, ProbeSpec] = {
    "link_text": ProbeSpec(("link_text",), ("tin tức", "văn bản", "hỏi đáp", "dịch vụ công", "giới thiệu")),
    "page_text": ProbeSpec(("page_text",), ("lượt truy cập", "đang truy cập", "thống kê truy cập")),
    "footer_text": ProbeSpec(("footer_text",), ("cơ quan chủ quản", "chịu trách nhiệm", "địa chỉ", "điện thoại")),
    "url_path": ProbeSpec(("url_path",), paths=("/sitemap.xml",)),
    "link_href": ProbeSpec(("link_href",), (".gov.vn",)),
    "search_form": ProbeSpec(("search_form",)),
    "sitemap": ProbeSpec(("sitemap",), ("sơ đồ cổng", "sơ đồ trang", "sơ đồ website"), ("/sitemap.xml",)),
    "rss": ProbeSpec(("rss",)),
    "lang_alt": ProbeSpec(("lang_alt",), ("english", "/en")),
    "html_lang": ProbeSpec(("html_lang",)),
    "charset_utf8": ProbeSpec(("charset_utf8",)),
    "https": ProbeSpec(("https",)),
    "security_headers": ProbeSpec(("security_headers",)),
    "domain_pattern": ProbeSpec(("domain_pattern",), ("*.gov.vn",)),
    "ipv6": ProbeSpec(("ipv6",)),
    "viewport": ProbeSpec(("viewport",)),
    "img_alt_ratio": ProbeSpec(("img_alt_ratio",)),
    "dc_metadata": ProbeSpec(("dc_metadata",)),
    "print_link": ProbeSpec(("print_link",)),
    "form_present": ProbeSpec(("form_present",), ("hỏi đáp", "gửi câu hỏi", "góp ý")),
    "freshness": ProbeSpec(("freshness",), max_age_days=30),
    "date_count": ProbeSpec(("date_count",), ("tin tức",)),
    "file_links": ProbeSpec(("file_links",)),
    "availability": ProbeSpec(("availability",)),
    "click_depth": ProbeSpec(("click_depth",), ("dịch vụ công",)),
    "script_src": ProbeSpec(("script_src",), ("analytics", "gtag", "emc")),
}
assert set(GENERIC_SPECS) == set(SIGNALS), "every signal needs a generic spec"


@dataclass(frozen=True)
class ProbePlan:
    """What to check (`specs`: key → spec; key is an item id, or a signal name without a
    checklist) and so what to fetch."""

    specs: tuple[tuple[str, ProbeSpec], ...]
    signals: frozenset[str]
    follow: tuple[str, ...]  # keywords whose links on the home page are fetched, in priority order
    explore: bool  # fetch the home page's other menu links too (level-2 link text, click depth)
    paths: tuple[str, ...]  # fetched from the site root
    need_article: bool  # one news article page (metadata, print link)
    samples: int  # availability samples of the home page (the home fetch included)


def _dedupe(words: list[str]) -> tuple[str, ...]:
    seen: set[str] = set()
    out = []
    for w in words:
        key = w.strip().lower()
        if key and key not in seen:
            seen.add(key)
            out.append(w)
    return tuple(out)


def item_specs(template: ChecklistTemplate, vocabulary: Vocabulary | None = None,
               target: str = "portal") -> tuple[tuple[str, ProbeSpec], ...]:
    """(item id, spec) of the items of `template` checked on `target` (portal or dvc), each spec
    with the vocabulary's synonyms added to its keywords. Offline items are in no target."""
    vocabulary = vocabulary or load_vocabulary()
    out = []
    for item in template.items():
        if item.probe is None:
            continue
        words = vocabulary.item(template.id, item.id)
        if words.target != target:
            continue
        spec = item.probe
        if words.synonyms:
            spec = dataclasses.replace(spec, keywords=_dedupe([*spec.keywords, *words.synonyms]))
        out.append((item.id, spec))
    return tuple(out)


def plan_probe(template: ChecklistTemplate | None, *, samples: int = 3, target: str = "portal",
               vocabulary: Vocabulary | None = None) -> ProbePlan:
    """The plan for `template`'s items on `target` (None: one generic check per signal)."""
    if template is None:
        specs = tuple(GENERIC_SPECS.items()) if target == "portal" else ()
    else:
        specs = item_specs(template, vocabulary, target)
    signals = frozenset(s for _, spec in specs for s in spec.signals)
    first: list[str] = []  # pages whose content decides a verdict
    later: list[str] = []  # pages that only help (text found on the target of a link)
    paths: list[str] = []
    for _, spec in specs:
        kws = list(spec.keywords)
        for signal in spec.signals:
            if signal in ("freshness", "date_count"):
                first += kws or list(NEWS_KEYWORDS[:3])
            elif signal == "form_present":
                first += kws or list(FORM_KEYWORDS)
            elif signal in ("file_links", "search_form"):
                first += list(DOCS_KEYWORDS[:3])
            elif signal in ("print_link", "dc_metadata"):
                first += list(NEWS_KEYWORDS[:3])
            elif signal in ("page_text", "click_depth"):
                later += kws
            elif signal == "url_path" or signal == "sitemap":
                paths += list(spec.paths) or (["/sitemap.xml"] if signal == "sitemap" else [])
    return ProbePlan(
        specs=specs,
        signals=signals,
        follow=_dedupe(first + later),
        explore=bool(signals & {"link_text", "click_depth"}),
        paths=_dedupe(paths),
        need_article=bool(signals & {"print_link", "dc_metadata"}),
        samples=max(1, samples) if "availability" in signals else 1,
    )
