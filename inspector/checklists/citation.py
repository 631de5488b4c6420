"""Citations written the way Decree 30/2020/NĐ-CP and common administrative practice write them.

Pinpoint from the smallest unit up ("điểm a khoản 1 Điều 10"), ranges as "từ Điều 4 đến Điều 9",
the full name of a text at its first citation ("Nghị định số 43/2011/NĐ-CP ngày 13 tháng 6 năm
2011 của Chính phủ quy định về …") and the short form ("Nghị định số 43/2011/NĐ-CP") after it.
"""

from __future__ import annotations

import dataclasses
import datetime
import re

from inspector.checklists.template import ChecklistItem, ChecklistTemplate, Citation, LegalDocument

# A law passed by the National Assembly is written "Luật An toàn thông tin mạng số 86/2015/QH13":
# its title is its name, which comes before the number.
_NAMED_FIRST = ("Luật", "Bộ luật", "Pháp lệnh")


def pinpoint(c: Citation) -> str:
    """"điểm a khoản 1 Điều 10", "khoản 2 Điều 9", "Điều 5", "từ Điều 4 đến Điều 9"; "" for
    a citation of the whole text."""
    if c.article and c.article_to:
        return f"từ Điều {c.article} đến Điều {c.article_to}"
    parts = []
    if c.point:
        parts.append(f"điểm {c.point}")
    if c.clause:
        parts.append(f"khoản {c.clause}")
    if c.article:
        parts.append(f"Điều {c.article}")
    return " ".join(parts)


def short_title(doc: LegalDocument) -> str:
    """"Nghị định số 43/2011/NĐ-CP"; for a law, "Luật An toàn thông tin mạng số 86/2015/QH13"."""
    if doc.doc_type in _NAMED_FIRST:
        return f"{doc.doc_type} {doc.title} số {doc.number}"
    return f"{doc.doc_type} số {doc.number}"


def long_date(iso: str) -> str:
    """"ngày 13 tháng 6 năm 2011", "ngày 01 tháng 7 năm 2016": a day below 10 and the months 1
    and 2 take a leading zero, as in the date line Decree 30/2020 prescribes (citations copy it)."""
    d = datetime.date.fromisoformat(iso)
    day = f"{d.day:02d}"
    month = f"{d.month:02d}" if d.month <= 2 else str(d.month)
    return f"ngày {day} tháng {month} năm {d.year}"


def full_title(doc: LegalDocument) -> str:
    """The first citation of a text: type, number, date, issuer and title."""
    if doc.doc_type in _NAMED_FIRST:
        return f"{short_title(doc)} {long_date(doc.issued)}"
    return f"{short_title(doc)} {long_date(doc.issued)} của {doc.issuer} {doc.title}".rstrip()


def cite(c: Citation, doc: LegalDocument) -> str:
    """Pinpoint and short title: "điểm a khoản 1 Điều 10 Nghị định số 43/2011/NĐ-CP"."""
    where = pinpoint(c)
    return f"{where} {short_title(doc)}" if where else short_title(doc)


def item_as_of(template: ChecklistTemplate, item: ChecklistItem, on: datetime.date | None) -> ChecklistItem:
    """`item` as an inspection on `on` cites it: `legal_ref` and `ref_confidence` from the
    citations in force that day only. Unchanged when nothing is known of dates (no date, an old
    snapshot, no citations) or when none of its citations is in force (the item is then not shown
    anyway unless asked for, and its full reference explains why)."""
    if on is None or not item.citations or not template.documents:
        return item
    cited = template.citations_in_force(item, on)
    if not cited or len(cited) == len(item.citations):
        return item
    return dataclasses.replace(
        item,
        legal_ref="; ".join(cite(c, template.document(c.document)) for c in cited),
        ref_confidence=min((c.confidence for c in cited), key=lambda c: c.rank),
    )


# "43/2011/NĐ-CP", "25/2014/TT-BTTTT": the number and symbol of a legal text as written in a title.
_DOCUMENT_NUMBER = re.compile(r"\b\d{1,4}/\d{4}/[A-ZĐ][A-ZĐ0-9-]*[A-ZĐ0-9]")


def template_label(title: str, version: str) -> str:
    """A checklist as a user names it in a list: the numbers of the texts its title names and its
    version ("43/2011/NĐ-CP, 25/2014/TT-BTTTT (2.0)"); the title when it names no text. Never
    the template's internal id."""
    numbers = list(dict.fromkeys(_DOCUMENT_NUMBER.findall(title or "")))
    base = ", ".join(numbers) or (title or "").strip()
    return f"{base} ({version})" if version else base
