"""Vietnamese-aware matching of checklist keywords in link text, page text and URL slugs.

Portals write the same words with diacritics ("Hỏi đáp"), without them ("Hoi dap"), in capitals, or
only in a URL slug (``/hoi-dap``). Matching is case-insensitive and accepts a word written without
its marks, but an accented word must carry the keyword's own marks: "số liệu" does not match the
keyword "sở", while "so" (no marks: we cannot tell) does.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import unquote, urlsplit

from inspector.text import fold_same_length, has_marks

_SPACES = re.compile(r"\s+")
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Keyword:
    """A checklist keyword compiled for matching."""

    text: str  # as written in the checklist
    words: tuple[str, ...]  # NFC lower-case words
    folded: tuple[str, ...]  # the same words folded
    pattern: re.Pattern[str]  # over folded text
    slug_pattern: re.Pattern[str] | None  # over a folded URL path; None when too short to be safe

    @property
    def has_marks(self) -> bool:
        return any(has_marks(w) for w in self.words)


@lru_cache(maxsize=1024)
def compile_keyword(text: str) -> Keyword:
    """Compile one keyword ("hỏi - đáp", "lịch công tác", ".gov.vn")."""
    nfc = unicodedata.normalize("NFC", text).lower()
    words = tuple(_WORD.findall(nfc))
    folded = tuple(fold_same_length(w) for w in words)
    if not folded:
        # Punctuation-only keywords cannot be matched as words; match nothing.
        never = re.compile(r"(?!x)x")
        return Keyword(text, (), (), never, None)
    body = r"[\W_]+".join(re.escape(w) for w in folded)
    pattern = re.compile(rf"(?<!\w){body}(?!\w)")
    slug_pattern = None
    joined = "".join(folded)
    # A one-word slug like "so" or "tin" would match half the site: only slugs of two words or more,
    # or one long word, are taken as evidence.
    if len(folded) >= 2 or len(joined) >= 5:
        slug_body = r"[-_.+]?".join(re.escape(w) for w in folded)
        slug_pattern = re.compile(rf"(?<![a-z0-9]){slug_body}(?![a-z0-9])")
    return Keyword(text, words, folded, pattern, slug_pattern)


@dataclass(frozen=True)
class TextMatch:
    keyword: str
    start: int
    end: int
    matched: str  # the text as written on the page


def find_keyword(keyword: str | Keyword, text: str) -> TextMatch | None:
    """The first place `text` contains `keyword` (see the module docstring for the rules)."""
    kw = keyword if isinstance(keyword, Keyword) else compile_keyword(keyword)
    if not kw.folded or not text:
        return None
    original, folded = _prepared(text) if len(text) <= _SHORT else _prepare(text)
    for m in kw.pattern.finditer(folded):
        span = original[m.start():m.end()]
        if _marks_agree(kw, span):
            return TextMatch(kw.text, m.start(), m.end(), span)
    return None


_SHORT = 512  # link labels and lines: cached, as every keyword of every item looks at them


def _prepare(text: str) -> tuple[str, str]:
    original = text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)
    return original, fold_same_length(original)


_prepared = lru_cache(maxsize=65536)(_prepare)


def _marks_agree(kw: Keyword, span: str) -> bool:
    page_words = _WORD.findall(span.lower())
    if len(page_words) != len(kw.words):
        return False
    for page_word, word in zip(page_words, kw.words, strict=True):
        # An unaccented word on the page (or in the keyword) may stand for the accented one;
        # two accented words must be the same word.
        if has_marks(page_word) and has_marks(word) and page_word != word:
            return False
    return True


def contains_keyword(text: str, keywords: list[str] | tuple[str, ...]) -> TextMatch | None:
    """The first keyword of `keywords` found in `text`."""
    for keyword in keywords:
        match = find_keyword(keyword, text)
        if match is not None:
            return match
    return None


@lru_cache(maxsize=8192)
def url_slug_text(url: str) -> str:
    """The folded, percent-decoded host, path and query of `url`, where slugs live
    (``dichvucong.gov.vn``, ``/hoi-dap``, ``?cat=van-ban``)."""
    parts = urlsplit(url)
    rest = unquote(parts.path + ("?" + parts.query if parts.query else ""))
    return fold_same_length((parts.hostname or "") + rest)


def find_keyword_in_url(keyword: str | Keyword, url: str) -> str | None:
    """The slug of `url` that spells `keyword` (``/hoi-dap``, ``/lichcongtac``), or None."""
    kw = keyword if isinstance(keyword, Keyword) else compile_keyword(keyword)
    if kw.slug_pattern is None:
        return None
    path = url_slug_text(url)
    m = kw.slug_pattern.search(path)
    return path[m.start():m.end()] if m else None


def snippet(text: str, start: int, end: int, width: int = 80) -> str:
    """Up to `width` characters of context on each side of text[start:end], on one line."""
    left = max(0, start - width)
    right = min(len(text), end + width)
    out = _SPACES.sub(" ", text[left:right]).strip()
    return ("…" if left > 0 else "") + out + ("…" if right < len(text) else "")


_SEP = "\x1f"  # between the texts of an index: never part of a match


class TextIndex:
    """Many short texts (a page's link labels, its URLs) or one long one (a page's text), NFC and
    folded ONCE, so each keyword is one regex search over the lot instead of one fold per text
    per keyword (57 items × 10 keywords × 2,000 links made a link-heavy portal take 40 s)."""

    def __init__(self, texts: list[str]):
        originals = [t.replace(_SEP, " ") for t in texts]
        joined = _SEP.join(originals)
        self.original = joined if unicodedata.is_normalized("NFC", joined) else unicodedata.normalize("NFC", joined)
        if len(self.original) != len(joined):  # composing changed lengths: index text by text
            originals = [unicodedata.normalize("NFC", t) for t in originals]
            self.original = _SEP.join(originals)
        self.folded = fold_same_length(self.original)
        self.starts = []
        pos = 0
        for t in originals:
            self.starts.append(pos)
            pos += len(t) + 1

    def _which(self, pos: int) -> int:
        import bisect

        return bisect.bisect_right(self.starts, pos) - 1

    def find(self, keyword: str | Keyword) -> tuple[int, TextMatch] | None:
        """(index of the text, match) of the first text containing `keyword`."""
        kw = keyword if isinstance(keyword, Keyword) else compile_keyword(keyword)
        if not kw.folded:
            return None
        for m in kw.pattern.finditer(self.folded):
            span = self.original[m.start():m.end()]
            if _SEP in span or not _marks_agree(kw, span):
                continue
            i = self._which(m.start())
            start = self.starts[i]
            return i, TextMatch(kw.text, m.start() - start, m.end() - start, span)
        return None


@lru_cache(maxsize=1024)
def _any_pattern(keywords: tuple[str, ...], slug: bool) -> tuple[re.Pattern[str] | None, tuple[Keyword, ...]]:
    """One alternation of the keywords' patterns (a group per keyword): one pass over a text."""
    compiled = tuple(compile_keyword(k) for k in keywords)
    parts = []
    for i, kw in enumerate(compiled):
        pattern = kw.slug_pattern if slug else (kw.pattern if kw.folded else None)
        if pattern is not None:
            parts.append(f"(?P<k{i}>{pattern.pattern})")
    return (re.compile("|".join(parts)) if parts else None), compiled


def find_any(index: TextIndex, keywords: tuple[str, ...] | list[str]) -> tuple[int, TextMatch] | None:
    """`TextIndex.find` for several keywords in one pass (the first place any of them is)."""
    # Only the keywords whose words all occur somewhere (a plain substring test, far cheaper than
    # the regex) take part in the pass.
    keywords = tuple(k for k in keywords if (c := compile_keyword(k)).folded
                     and all(w in index.folded for w in c.folded))
    if not keywords:
        return None
    pattern, compiled = _any_pattern(keywords, False)
    if pattern is None:
        return None
    for m in pattern.finditer(index.folded):
        kw = compiled[int(m.lastgroup[1:])]
        span = index.original[m.start():m.end()]
        if _SEP in span or not _marks_agree(kw, span):
            # Another keyword may match here with its marks: fall back to them one by one.
            for other in compiled:
                hit = other.pattern.match(index.folded, m.start()) if other.folded else None
                if hit and _SEP not in (s := index.original[hit.start():hit.end()]) and _marks_agree(other, s):
                    kw, m, span = other, hit, s
                    break
            else:
                continue
        i = index._which(m.start())
        start = index.starts[i]
        return i, TextMatch(kw.text, m.start() - start, m.end() - start, span)
    return None


def find_any_slug(index: TextIndex, keywords: tuple[str, ...] | list[str]) -> tuple[int, str, str] | None:
    """(index, slug, keyword) of the first URL slug spelling any of `keywords`."""
    keywords = tuple(k for k in keywords if (c := compile_keyword(k)).folded
                     and all(w in index.folded for w in c.folded))
    if not keywords:
        return None
    pattern, compiled = _any_pattern(keywords, True)
    if pattern is None:
        return None
    for m in pattern.finditer(index.folded):
        span = index.folded[m.start():m.end()]
        if _SEP not in span:
            return index._which(m.start()), span, compiled[int(m.lastgroup[1:])].text
    return None
