"""One glossary (resources/glossary.yaml) for the screen, the minutes and the manual: each UI
string's translation uses the glossary's word, and no text uses a word the glossary rules out."""

from __future__ import annotations

import html
import re

import pytest
import yaml

from support import REPO

GLOSSARY = yaml.safe_load((REPO / "resources" / "glossary.yaml").read_text(encoding="utf-8"))["terms"]
TS = (REPO / "resources" / "translations" / "inspector_vi.ts").read_text(encoding="utf-8")
MESSAGES = [(html.unescape(src), html.unescape(tr)) for src, tr in re.findall(
    r"<source>(.*?)</source>\s*(?:<comment>.*?</comment>\s*)?<translation(?: type=\"[a-z]+\")?>(.*?)</translation>",
    TS, re.S)]
VIETNAMESE_TEXTS = {
    "translations": "\n".join(tr for _, tr in MESSAGES),
    "minutes template": (REPO / "resources" / "templates" / "minutes.yaml").read_text(encoding="utf-8"),
    **{f"manual {p.name}": p.read_text(encoding="utf-8") for p in (REPO / "docs" / "manual").glob("*.vi.md")},
    # What the command line says (its sentences are written in the code, both languages side by
    # side) and what the national report prints: the same words as the screen.
    **{f"command line {p.name}": p.read_text(encoding="utf-8") for p in (REPO / "inspector" / "cli").glob("*.py")},
    "report template": (REPO / "resources" / "templates" / "report.yaml").read_text(encoding="utf-8"),
    **{f"report {p.name}": p.read_text(encoding="utf-8") for p in (REPO / "inspector" / "office").glob("report*.py")},
}
ENGLISH_TEXTS = {
    "UI sources": "\n".join(src for src, _ in MESSAGES),
    **{f"manual {p.name}": p.read_text(encoding="utf-8") for p in (REPO / "docs" / "manual").glob("*.en.md")},
}


def _plain(text: str) -> str:
    return text.replace("&", "").casefold()


def _ids(terms):
    return [t["en"] for t in terms]


def test_the_glossary_is_well_formed():
    assert len(MESSAGES) > 300
    assert len({t["en"].casefold() for t in GLOSSARY}) == len(GLOSSARY)
    for term in GLOSSARY:
        assert set(term) <= {"en", "en_pattern", "vi", "note", "strict", "avoid_vi", "avoid_en", "avoid_vi_label"}
        assert term["vi"] and term["en"]


@pytest.mark.parametrize("term", [t for t in GLOSSARY if t.get("strict")], ids=_ids([t for t in GLOSSARY if t.get("strict")]))
def test_each_ui_string_uses_the_glossary_word(term):
    pattern = re.compile(term.get("en_pattern") or rf"\b{re.escape(term['en'])}", re.IGNORECASE
                         if term["en"][0].islower() else 0)
    wrong = [(src, tr) for src, tr in MESSAGES
             if pattern.search(src.replace("&", "")) and _plain(term["vi"]) not in _plain(tr)]
    assert wrong == [], f"'{term['en']}' must be '{term['vi']}' in Vietnamese"


@pytest.mark.parametrize("term", [t for t in GLOSSARY if t.get("avoid_vi") or t.get("avoid_en")
                                  or t.get("avoid_vi_label")], ids=_ids([t for t in GLOSSARY if t.get("avoid_vi")
                                                                         or t.get("avoid_en")
                                                                         or t.get("avoid_vi_label")]))
def test_no_text_uses_a_word_the_glossary_rules_out(term):
    found = []
    for word in term.get("avoid_vi", ()):
        found += [(where, word) for where, text in VIETNAMESE_TEXTS.items() if _plain(word) in _plain(text)]
    for word in term.get("avoid_en", ()):
        found += [(where, word) for where, text in ENGLISH_TEXTS.items() if _plain(word) in _plain(text)]
    for label in term.get("avoid_vi_label", ()):
        found += [("translations", src) for src, tr in MESSAGES if tr.replace("&", "") == label]
    assert found == [], f"use '{term['vi']}' / '{term['en']}' instead"
