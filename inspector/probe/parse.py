"""Read what the checks need out of an HTML page, with the standard library's tolerant parser.

`html.parser` copes with the tag soup real portals serve (unclosed tags, stray end tags, bad
nesting) and needs no dependency; we only need links, forms, meta tags, images, scripts and the
visible text, not a DOM.
"""

from __future__ import annotations

import codecs
import contextlib
import functools
import re
import unicodedata
from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit, urlunsplit

_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                   "param", "source", "track", "wbr"})
_AUTO_CLOSE = frozenset({"p", "li", "option", "tr", "td", "th", "dt", "dd"})
_MAX_DEPTH = 256
_SKIP = frozenset({"script", "style", "noscript", "template", "svg"})
_BLOCK = frozenset({
    "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "fieldset",
    "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
    "li", "main", "nav", "ol", "p", "pre", "section", "table", "td", "th", "tr", "ul", "option",
})
# id/class words that mark a page footer on portals that do not use <footer>.
_FOOTER_HINT = re.compile(r"(?:^|[\s_-])(footer|foot|bottom|chan-?trang|copyright|site-?info)", re.I)
_CHARSET_META = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")
_LINES = re.compile(r"\n\s*\n+")


@dataclass(frozen=True)
class Link:
    href: str  # absolute URL (or the raw href for javascript:/mailto:)
    text: str  # visible text, whitespace collapsed
    title: str = ""
    img_alt: str = ""  # alt text of images inside the link (icon menus)
    rel: str = ""
    hreflang: str = ""
    onclick: str = ""

    @functools.cached_property  # noqa: B019 - frozen dataclass; the cache lives in the instance
    def label(self) -> str:
        """Everything a reader sees or hears for the link: text, title, image alt."""
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
    text: str = ""  # visible text, one block per line
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
    return _SPACES.sub(" ", text).strip()


def absolute_url(base: str, href: str) -> str:
    """`href` resolved against `base`, without the #fragment."""
    href = href.strip()
    if href.lower().startswith(("javascript:", "mailto:", "tel:", "data:")):
        return href
    joined = urljoin(base, href)
    parts = urlsplit(joined)
    return urlunsplit((parts.scheme, parts.netloc, parts.path or "/", parts.query, ""))


class _Parser(HTMLParser):
    def __init__(self, url: str):
        super().__init__(convert_charrefs=True)
        self.page = ParsedPage(url=url)
        self.base = url
        self.stack: list[tuple[str, bool, bool]] = []  # (tag, footer, skip)
        self.footer_depth = 0
        self.skip_depth = 0
        self.text: list[str] = []
        self.footer: list[str] = []
        self.title: list[str] = []
        self.in_title = False
        self.anchor: dict[str, str] | None = None
        self.anchor_text: list[str] = []
        self.anchor_alt: list[str] = []
        self.form: dict[str, str] | None = None
        self.form_inputs: list[FormInput] = []
        self.inline_script = False

    # -- state -----------------------------------------------------------------------------
    # Counters, not scans of the stack: tag soup with thousands of unclosed <p> must stay linear.
    @property
    def in_footer(self) -> bool:
        return self.footer_depth > 0

    @property
    def skipping(self) -> bool:
        return self.skip_depth > 0

    def _push(self, entry: tuple[str, bool, bool]) -> None:
        if entry[0] in _AUTO_CLOSE and self.stack and self.stack[-1][0] == entry[0]:
            self._pop_to(len(self.stack) - 1)  # <p><p>, <li><li>: the first one ends here
        if len(self.stack) >= _MAX_DEPTH:
            self._pop_to(len(self.stack) - 1)  # absurd nesting: forget the innermost open tag
        self.stack.append(entry)
        self.footer_depth += entry[1]
        self.skip_depth += entry[2]

    def _pop_to(self, index: int) -> None:
        for _, footer, skip in self.stack[index:]:
            self.footer_depth -= footer
            self.skip_depth -= skip
        del self.stack[index:]

    def _emit(self, text: str) -> None:
        self.text.append(text)
        if self.in_footer:
            self.footer.append(text)

    # -- events ----------------------------------------------------------------------------
    def handle_starttag(self, tag: str, attrs_list: list[tuple[str, str | None]]) -> None:
        attrs = {k.lower(): (v or "") for k, v in attrs_list}
        self._start(tag, attrs)
        if tag not in _VOID:
            css = f"{attrs.get('id', '')} {attrs.get('class', '')}"
            footer = tag == "footer" or attrs.get("role", "").lower() == "contentinfo" or bool(
                _FOOTER_HINT.search(css)
            )
            if footer:
                self.page.footer_marked = True
            self._push((tag, footer, tag in _SKIP))
            if tag == "script" and not attrs.get("src"):
                self.inline_script = True

    def handle_startendtag(self, tag: str, attrs_list: list[tuple[str, str | None]]) -> None:
        self._start(tag, {k.lower(): (v or "") for k, v in attrs_list})

    def _start(self, tag: str, attrs: dict[str, str]) -> None:
        page = self.page
        if tag in _BLOCK:
            self._emit("\n")
        if any("print()" in v for k, v in attrs.items() if k.startswith("on")):
            page.inline_print = True
        if tag == "html" and attrs.get("lang"):
            page.lang = attrs["lang"].strip()
        elif tag == "base" and attrs.get("href"):
            self.base = urljoin(page.url, attrs["href"])
        elif tag == "title":
            self.in_title = True
        elif tag == "meta":
            key = attrs.get("name") or attrs.get("property") or attrs.get("http-equiv") or ""
            if "charset" in attrs:
                page.declared_charset = attrs["charset"].strip()
            if key:
                page.metas.append((key.strip(), attrs.get("content", "").strip()))
                if key.lower() == "content-type":
                    m = re.search(r"charset\s*=\s*([\w.:-]+)", attrs.get("content", ""), re.I)
                    if m:
                        page.declared_charset = m.group(1)
        elif tag == "link" and attrs.get("href"):
            page.link_tags.append(LinkTag(
                rel=attrs.get("rel", "").lower(), type=attrs.get("type", "").lower(),
                href=absolute_url(self.base, attrs["href"]), hreflang=attrs.get("hreflang", ""),
                title=attrs.get("title", ""),
            ))
        elif tag == "a":
            self._close_anchor()
            if "href" in attrs:
                self.anchor = attrs
                self.anchor_text, self.anchor_alt = [], []
        elif tag == "img":
            alt = attrs.get("alt")
            page.images.append(alt.strip() if alt is not None else None)
            if self.anchor is not None and alt:
                self.anchor_alt.append(alt)
        elif tag == "script" and attrs.get("src"):
            page.scripts.append(absolute_url(self.base, attrs["src"]))
        elif tag == "form":
            self._close_form()
            self.form = attrs
            self.form_inputs = []
        elif tag in ("input", "textarea", "select", "button"):
            field_ = FormInput(
                tag=tag, type=attrs.get("type", "select" if tag == "select" else "").lower(),
                name=attrs.get("name", ""), placeholder=attrs.get("placeholder", ""),
            )
            # Inputs outside any <form> are common (script-driven search boxes).
            (self.form_inputs if self.form is not None else page.loose_inputs).append(field_)

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        elif tag == "a":
            self._close_anchor()
        elif tag == "form":
            self._close_form()
        if tag in _BLOCK:
            self._emit("\n")
        # Pop to the matching open tag; a stray end tag with no opener is ignored (tag soup).
        for i in range(len(self.stack) - 1, max(-1, len(self.stack) - 1 - _MAX_DEPTH), -1):
            if self.stack[i][0] == tag:
                self._pop_to(i)
                break
        if tag == "script":
            self.inline_script = False

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title.append(data)
            return
        if self.skipping:
            if self.inline_script and "print()" in data:
                self.page.inline_print = True
            return
        self._emit(data)
        if self.anchor is not None:
            self.anchor_text.append(data)

    # -- closing ---------------------------------------------------------------------------
    def _close_anchor(self) -> None:
        if self.anchor is None:
            return
        a = self.anchor
        self.anchor = None
        self.page.links.append(Link(
            href=absolute_url(self.base, a.get("href", "")),
            text=_norm_space(" ".join(self.anchor_text)),
            title=_norm_space(a.get("title", "")),
            img_alt=_norm_space(" ".join(self.anchor_alt)),
            rel=a.get("rel", "").lower(),
            hreflang=a.get("hreflang", ""),
            onclick=a.get("onclick", ""),
        ))

    def _close_form(self) -> None:
        if self.form is None:
            return
        f = self.form
        self.form = None
        self.page.forms.append(Form(
            action=absolute_url(self.base, f.get("action", "") or self.page.url),
            method=f.get("method", "get").lower(), role=f.get("role", ""),
            inputs=tuple(self.form_inputs), css=f"{f.get('id', '')} {f.get('class', '')}",
        ))

    def finish(self) -> ParsedPage:
        self.close()
        self._close_anchor()
        self._close_form()
        page = self.page
        page.title = _norm_space(" ".join(self.title))
        page.text = _blocks("".join(self.text))
        if self.footer:
            page.footer_text = _blocks("".join(self.footer))
        else:
            # No marked footer: the last lines of the page stand in for it (said in the verdict).
            lines = page.text.splitlines()
            page.footer_text = "\n".join(lines[-12:])
        return page


def _blocks(text: str) -> str:
    text = unicodedata.normalize("NFC", text)
    lines = (_norm_space(line) for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def parse_html(html: str, url: str) -> ParsedPage:
    """Parse `html` fetched from `url` (relative links are resolved against it or <base>)."""
    parser = _Parser(url)
    # html.parser gives up on some broken markup: keep what it read up to there.
    with contextlib.suppress(AssertionError, ValueError):
        parser.feed(html)
    return parser.finish()
