"""The formal register of a biên bản: abbreviations written out, persons named as
"Ông/Bà <name>, <title> <unit>", signers by name alone.

Abbreviations (UBND, TT&TT, CSDL, TTHC, DVC…) are written out in full everywhere: an official
text must introduce an abbreviation before using it, and writing it out is the simplest form that
is always right. The office lists them in the wording file (`abbreviations`).

Honorifics: the person's `honorific` ("Ông"/"Bà") when recorded, else one typed at the start of
the name ("Bà Nguyễn Thị Lan"). The program never guesses it from the name; a person without one
is listed in the working copy.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from inspector.minutes.formats import inline_text, upper_first
from inspector.minutes.wording import Wording

HONORIFICS = ("Ông", "Bà")
_HONORIFIC = re.compile(r"^(ông|bà)\s+", re.IGNORECASE)


@cache
def _pattern(keys: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(k) for k in sorted(keys, key=len, reverse=True))
    # Not inside a longer word, an address or a file name ("dvc.phutho.gov.vn", "UBND-x").
    return re.compile(rf"(?<![\w/.@&-])({alternatives})(?![\w/@&-]|\.\w)")


def expand_abbreviations(text: str, wording: Wording) -> str:
    """`text` with the wording's abbreviations written out; at the start of a sentence or a
    list line the expansion starts with a capital."""
    table: dict[str, str] = wording.get("abbreviations")
    if not text or not table:
        return text
    pattern = _pattern(tuple(table))

    def replace(m: re.Match[str]) -> str:
        full = table[m.group(1)]
        before = text[:m.start()].rstrip()
        if not before or before.endswith((".", "-", "–", ":", ";", "!", "?")) and not before.endswith("..."):
            return upper_first(full)
        return full

    return pattern.sub(replace, text)


_BARE_NUMBER = re.compile(r"\b(Nghị định|Thông tư|Quyết định|Chỉ thị|Nghị quyết|Công văn) (?=\d+/\d{4}/)")


def formal_citations(text: str) -> str:
    """"Thông tư 19/2011/TT-BTTTT" → "Thông tư số 19/2011/TT-BTTTT" (Decree 30/2020 writes
    "số" before a document number) in checklist texts the minutes quote."""
    return _BARE_NUMBER.sub(lambda m: f"{m.group(1)} số ", text)


def split_honorific(name: str) -> tuple[str, str]:
    """("Bà", "Nguyễn Thị Lan") from "bà Nguyễn Thị Lan"; ("", name) without one."""
    name = inline_text(name)
    m = _HONORIFIC.match(name)
    if not m:
        return "", name
    return m.group(1).capitalize(), name[m.end():].strip()


def signer_name(name: str) -> str:
    """The name under a signature: no honorific, no title."""
    return split_honorific(name)[1]


def person_line(person: Any, wording: Wording) -> tuple[str, bool]:
    """"Ông Phạm Văn Hùng, Phó Cục trưởng Cục Tin học hóa" and whether the honorific is known."""
    typed, name = split_honorific(person.name)
    honorific = inline_text(person.honorific) or typed
    head = f"{honorific} {name}".strip() if name else "……"
    title = expand_abbreviations(inline_text(person.title), wording)
    unit = expand_abbreviations(inline_text(person.unit), wording)
    if unit and title and unit.casefold() in title.casefold():
        unit = ""  # the title already names the unit
    position = " ".join(p for p in (title, unit) if p)
    return (f"{head}, {position}" if position else head), bool(honorific) or not name
