"""Read what the checks need out of an HTML page, with lxml's HTML parser (libxml2).

Why libxml2 rather than a hand-written tree or Lexbor (selectolax), measured on 2026-12-04
(bench/probe_bench.py `parse`): on a 5 MB page of 50,000 links both parse in about 0.05 s (the
hand-written tree over `html.parser` took 2.7 s for 100,000 links), but Lexbor's HTML5 tree
construction is quadratic in the nesting depth: 2.6 MB of unclosed ``<div>`` took it 11 s, where
libxml2 stays linear (it stops nesting at depth 256 and says so in its error log; we then mark the
page `cut`, so a check never concludes "absent" from it). lxml also ships with python-docx already.

We only need links (``<a>``, ``<area>``, ``<option value=URL>`` link lists), forms, meta tags,
images, scripts, the visible text, the footer and how the page hands over to another one
(``<meta http-equiv=refresh>``, a one-line ``location=`` script), not a DOM kept in memory.
"""

from __future__ import annotations

import codecs
import re
import threading
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit, urlunsplit

import lxml.etree

_SKIP = ("script", "style", "noscript", "template", "svg", "head", "title")
_BLOCK = frozenset({
    "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "fieldset",
    "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
    "li", "main", "nav", "ol", "p", "pre", "section", "table", "td", "th", "tr", "ul", "option",
    "select", "body",
})
# id/class words that mark a page footer on portals that do not use <footer>.
_FOOTER_HINT = re.compile(r"(?:^|[\s_-])(footer|foot|bottom|chan-?trang|copyright|site-?info)", re.I)
_CHARSET_META = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")
MAX_TEXT = 100_000  # characters of visible text kept per page (the page is marked `cut` past it)
MAX_LINKS = 1500  # links read per page (the page is marked `cut` past it)
_LINK_TEXT_MAX = 300  # characters of text kept per link: a menu label, not an unclosed <a>'s page
_REFRESH = re.compile(r"url\s*=\s*['\"]?([^'\";]+)", re.I)
# A page that only sends the browser on: `location.href = "/portal/home"`, `location.replace('…')`.
_SCRIPT_GO = re.compile(
    r"""(?:window\.|document\.|top\.|self\.)?location(?:\.href)?\s*(?:=|\.replace\(|\.assign\()\s*['"]([^'"]{1,300})['"]""")
_URLISH = re.compile(r"^(?:https?://|/|www\.)", re.I)


@dataclass(frozen=True, slots=True)
class Link:
    href: str  # absolute URL (or the raw href for javascript:/mailto:)
    text: str  # visible text, whitespace collapsed, NFC
    title: str = ""
    img_alt: str = ""  # alt text of images inside the link (icon menus)
    rel: str = ""
    hreflang: str = ""
    onclick: str = ""
    kind: str = "a"  # a, area, option (a "Liên kết website" <select>), button (onclick only)

    # Slots, no per-link dict: a crawl keeps tens of thousands of links in memory.
    @property
    def label(self) -> str:
        """Everything a reader sees or hears for the link: text, title, image alt."""
        if not self.title and not self.img_alt:
            return self.text
        return " ".join(p for p in (self.text, self.title, self.img_alt) if p)


@dataclass(frozen=True)
class LinkTag:
    rel: str
    type: str
    href: str
    hreflang: str = ""
    title: str = ""


@dataclass(frozen=True)
class FormInput:
    tag: str  # input / textarea / select / button
    type: str
    name: str
    placeholder: str = ""


@dataclass(frozen=True)
class Form:
    action: str
    method: str
    role: str
    inputs: tuple[FormInput, ...]
    css: str = ""  # id and class, for "search" hints

    @property
    def is_search(self) -> bool:
        names = {i.name.lower() for i in self.inputs}
        if self.role.lower() == "search" or any(i.type == "search" for i in self.inputs):
            return True
        if names & {"q", "keyword", "keywords", "tukhoa", "tu_khoa", "search", "searchtext", "query", "s"}:
            return True
        return "search" in self.css.lower() or "timkiem" in self.css.lower().replace("-", "")

    @property
    def is_data_entry(self) -> bool:
        """A form a citizen fills in (question, feedback): a text area or several text fields,
        not just a search box."""
        if any(i.tag == "textarea" for i in self.inputs):
            return True
        fields = [i for i in self.inputs
                  if i.tag in ("input", "select") and i.type in ("text", "email", "tel", "", "select", "number")]
        return len(fields) >= 2 and not self.is_search


@dataclass
class ParsedPage:
    url: str
    lang: str = ""
    declared_charset: str = ""  # from <meta charset> or <meta http-equiv=Content-Type>
    title: str = ""
    text: str = ""  # visible text, one block per line, NFC
    footer_text: str = ""
    footer_marked: bool = False  # False: no <footer>/footer-like element; footer_text is a guess
    links: list[Link] = field(default_factory=list)
    link_tags: list[LinkTag] = field(default_factory=list)
    metas: list[tuple[str, str]] = field(default_factory=list)  # (name|property|http-equiv, content)
    forms: list[Form] = field(default_factory=list)
    loose_inputs: list[FormInput] = field(default_factory=list)  # inputs outside any <form>
    images: list[str | None] = field(default_factory=list)  # alt of each <img>; None = no alt attribute
    scripts: list[str] = field(default_factory=list)  # absolute src of each <script src>
    inline_print: bool = False  # window.print() appears in an inline script or handler
    handover: str = ""  # where <meta refresh> or a one-line location script sends the browser
    cut: bool = False  # the parser stopped early (absurd nesting): the page was not read whole
    base: str = ""  # the address relative links are resolved against (<base href> or the URL)

    def meta(self, name: str) -> str | None:
        name = name.lower()
        for key, content in self.metas:
            if key.lower() == name:
                return content
        return None


def decode_body(body: bytes, header_charset: str | None) -> tuple[str, str]:
    """Decode an HTML body: header charset, then <meta charset>, then UTF-8. Returns (text, charset)."""
    candidates = []
    if header_charset:
        candidates.append(header_charset)
    m = _CHARSET_META.search(body[:4096])
    if m:
        candidates.append(m.group(1).decode("ascii", "replace"))
    candidates.append("utf-8")
    for name in candidates:
        try:
            codec = codecs.lookup(name.strip().lower())
        except LookupError:
            continue
        return body.decode(codec.name, errors="replace"), codec.name
    return body.decode("utf-8", errors="replace"), "utf-8"


def _norm_space(text: str) -> str:
    text = " ".join(text.split())
    return text if text.isascii() or unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


def absolute_url(base: str, href: str) -> str:
    """`href` resolved against `base`, without the #fragment."""
    href = href.strip()
    if href.lower().startswith(("javascript:", "mailto:", "tel:", "data:")):
        return href
    try:
        joined = urljoin(base, href)
        parts = urlsplit(joined)
    except ValueError:  # "http://[bad" and the like: keep as written, it will match no site
        return href
    return urlunsplit((parts.scheme, parts.netloc, parts.path or "/", parts.query, ""))


_LOCAL = threading.local()


def _parser() -> lxml.etree.HTMLParser:
    # One parser per thread (an lxml parser must not be shared between threads); comments and
    # processing instructions are dropped while parsing.
    p = getattr(_LOCAL, "parser", None)
    if p is None:
        p = _LOCAL.parser = lxml.etree.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True,
                                                 no_network=True, recover=True)
    return p


_ORIGIN = re.compile(r"^[a-z][a-z0-9+.-]*://[^/?#]*", re.I)


class _Urls:
    """`absolute_url` with a fast path for the two shapes nearly every portal link has (a path
    from the root, or a full http(s) address without dot segments); urljoin for the rest."""

    def __init__(self, base: str):
        self.base = base
        m = _ORIGIN.match(base)
        self.origin = m.group(0) if m else ""

    def __call__(self, href: str) -> str:
        href = href.strip()
        if "./" not in href and "\\" not in href and not any(c in href for c in " \t\n"):
            if href.startswith("/") and not href.startswith("//") and self.origin:
                return self.origin + href.split("#", 1)[0]
            low = href[:8].lower()
            if low.startswith(("http://", "https://")) and "/" in href[low.index("//") + 2:]:
                head, _, rest = href.partition("://")
                return head.lower() + "://" + rest.split("#", 1)[0]
        return absolute_url(self.base, href)


def _text_of(el) -> str:  # noqa: ANN001 - lxml element
    return "".join(el.itertext())


def _attr_links(page: ParsedPage, root, urls: _Urls) -> None:  # noqa: ANN001 - lxml element
    for el in root.iter("a", "area", "button", "select"):
        if len(page.links) >= MAX_LINKS:
            page.cut = True  # a menu has hundreds of links, not this many: the rest is not read
            break
        tag = el.tag
        attrs = el.attrib
        if tag == "select":
            # A "Liên kết website" drop-down: each option whose value is an address is a link.
            # Its heading is the option without an address ("-- Liên kết website --"): it names
            # every link of the list, as a reader sees it.
            heading = ""
            for opt in el.iter("option"):
                value = (opt.get("value") or "").strip()
                if value and _URLISH.match(value):
                    href = urls("http://" + value if value.lower().startswith("www.") else value)
                    page.links.append(Link(href=href, text=_norm_space(_text_of(opt)), kind="option",
                                           title=heading or _norm_space(attrs.get("title", ""))))
                elif not heading:
                    heading = _norm_space(_text_of(opt)).strip(" -–—:")
            continue
        href = attrs.get("href")
        onclick = attrs.get("onclick", "")
        if tag == "button" and not onclick:
            continue  # a print or share tool drawn as a button is a link for the checks
        if href is None and not onclick:
            continue
        text = _text_of(el) if len(el) or el.text else ""
        alts = [a for img in el.iter("img") if (a := img.get("alt"))] if len(el) else []
        if tag == "area" and attrs.get("alt"):
            alts.append(attrs["alt"])
        page.links.append(Link(
            href=urls(href) if href else "",
            text=_norm_space(text[:_LINK_TEXT_MAX * 4])[:_LINK_TEXT_MAX],
            title=_norm_space(attrs.get("title", "") or attrs.get("aria-label", "")),
            img_alt=_norm_space(" ".join(alts)) if alts else "",
            rel=attrs.get("rel", "").lower(),
            hreflang=attrs.get("hreflang", ""),
            onclick=onclick,
            kind=tag,
        ))


def _read(page: ParsedPage, root) -> None:  # noqa: ANN001 - lxml element
    """Everything but the links, with the per-element work left to libxml2 where it can be."""
    base = page.url
    html = root if root.tag == "html" else None
    if html is not None and html.get("lang"):
        page.lang = html.get("lang").strip()
    for el in root.iter("base", "title", "meta", "link", "script", "img", "form", "input", "textarea",
                        "select", "button", "frame"):
        tag = el.tag
        attrs = el.attrib
        if tag == "frame":
            if not page.handover and attrs.get("src"):
                page.handover = absolute_url(base, attrs["src"])  # a frameset's first frame
        elif tag == "base" and attrs.get("href") and base == page.url:
            base = urljoin(page.url, attrs["href"])
        elif tag == "title" and not page.title:
            page.title = _norm_space(_text_of(el))
        elif tag == "meta":
            key = attrs.get("name") or attrs.get("property") or attrs.get("http-equiv") or ""
            if "charset" in attrs:
                page.declared_charset = attrs["charset"].strip()
            if key:
                content = attrs.get("content", "").strip()
                page.metas.append((key.strip(), content))
                low = key.lower()
                if low == "content-type":
                    m = re.search(r"charset\s*=\s*([\w.:-]+)", content, re.I)
                    if m:
                        page.declared_charset = m.group(1)
                elif low == "refresh" and not page.handover:
                    m = _REFRESH.search(content)
                    if m:
                        page.handover = absolute_url(base, m.group(1).strip())
        elif tag == "link" and attrs.get("href"):
            page.link_tags.append(LinkTag(
                rel=attrs.get("rel", "").lower(), type=attrs.get("type", "").lower(),
                href=absolute_url(base, attrs["href"]), hreflang=attrs.get("hreflang", ""),
                title=attrs.get("title", ""),
            ))
        elif tag == "script":
            if attrs.get("src"):
                page.scripts.append(absolute_url(base, attrs["src"]))
            else:
                code = el.text or ""
                if "print(" in code:
                    page.inline_print = True
                if not page.handover and len(code) < 2000:
                    m = _SCRIPT_GO.search(code)
                    if m:
                        page.handover = absolute_url(base, m.group(1))
        elif tag == "img":
            alt = attrs.get("alt")
            page.images.append(alt.strip() if alt is not None else None)
        elif tag == "form":
            inputs = tuple(
                FormInput(tag=i.tag, type=i.get("type", "select" if i.tag == "select" else "").lower(),
                          name=i.get("name", ""), placeholder=i.get("placeholder", ""))
                for i in el.iter("input", "textarea", "select", "button"))
            page.forms.append(Form(
                action=absolute_url(base, attrs.get("action", "") or page.url),
                method=attrs.get("method", "get").lower(), role=attrs.get("role", ""),
                inputs=inputs, css=f"{attrs.get('id', '')} {attrs.get('class', '')}",
            ))
        elif tag in ("input", "textarea", "select", "button") and next(el.iterancestors("form"), None) is None:
            # Inputs outside any <form> are common (script-driven search boxes).
            page.loose_inputs.append(FormInput(
                tag=tag, type=attrs.get("type", "select" if tag == "select" else "").lower(),
                name=attrs.get("name", ""), placeholder=attrs.get("placeholder", "")))
    if not page.inline_print:
        page.inline_print = bool(root.xpath(
            "boolean(//@*[starts-with(name(), 'on')][contains(., 'print(')] | //a[contains(@href, 'print(')])"))
    page.base = base


# Candidates found by libxml2, then checked here (a regex callback, or translate(), per element
# inside XPath costs more than the parse itself).
_FOOTER_XPATH = lxml.etree.XPath("//footer | //*[@role or @id or @class]")


def _is_footer(el) -> bool:  # noqa: ANN001 - lxml element
    return el.tag == "footer" or (el.get("role") or "").lower() == "contentinfo" or bool(
        _FOOTER_HINT.search(f"{el.get('id', '')} {el.get('class', '')}"))


def _text(page: ParsedPage, root) -> None:  # noqa: ANN001 - lxml element
    # Blocks end lines; scripts, styles and the head are not visible text.
    lxml.etree.strip_elements(root, *_SKIP, with_tail=False)
    # One line per text node (a loop over the elements to end lines at blocks only costs more than
    # parsing a 5 MB page); keywords still match across lines, as they match across any spacing.
    page.text = _blocks(root.itertext())
    if len(page.text) > MAX_TEXT:
        page.text, page.cut = page.text[:MAX_TEXT], True
    footers = [el for el in _FOOTER_XPATH(root) if el.tag not in ("html", "body") and _is_footer(el)]
    outer = [el for el in footers if not any(a in footers for a in el.iterancestors())] if len(footers) < 200 \
        else footers[:1]
    if outer:
        page.footer_marked = True
        page.footer_text = _blocks(t for el in outer for t in el.itertext())
    else:
        # No marked footer: the last lines of the page stand in for it (said in the verdict).
        page.footer_text = "\n".join(page.text.splitlines()[-12:])


def _blocks(texts: Iterable[str], limit: int = MAX_TEXT) -> str:
    """The text nodes, one per line, spaces collapsed, NFC; reading stops past `limit`
    characters (the caller marks the page cut)."""
    parts, size = [], 0
    for t in texts:
        if not t.isspace():
            parts.append(t)
            size += len(t) + 1
            if size > limit:
                break
    text = "\n".join(parts)
    text = _SPACES.sub(" ", text)
    if "\n " in text or " \n" in text:
        text = _LINE_EDGE.sub("\n", text)
    return text.strip() if text.isascii() else unicodedata.normalize("NFC", text.strip())


_LINE_EDGE = re.compile(r" ?\n ?")


def parse_html(html: str, url: str) -> ParsedPage:
    """Parse `html` fetched from `url` (relative links are resolved against it or <base>).
    Never raises: markup libxml2 cannot read at all gives an empty page."""
    page = ParsedPage(url=url)
    data = html.encode("utf-8", errors="replace")
    if not data.strip():
        return page
    parser = _parser()
    try:
        root = lxml.etree.fromstring(data, parser=parser)
    except (lxml.etree.XMLSyntaxError, ValueError):
        return page
    if root is None:
        return page
    page.cut = any("depth" in (e.message or "").lower() for e in parser.error_log)
    _read(page, root)
    _attr_links(page, root, _Urls(page.base))
    _text(page, root)  # last: it changes the tree
    return page
