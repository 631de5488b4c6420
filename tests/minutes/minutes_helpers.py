"""Helpers for the minutes tests (imported by the test modules; pytest puts this folder on the path)."""

from __future__ import annotations

import dataclasses

import docx

from inspector.domain import InspectionRecord

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def replace_inspection(record: InspectionRecord, **changes: object) -> InspectionRecord:
    return dataclasses.replace(record, inspection=dataclasses.replace(record.inspection, **changes))


def all_text(document: docx.document.Document) -> str:
    """Every text of the body, tables included, in document order (a paragraph per line; a
    non-breaking hyphen reads as "-", as Word shows it)."""
    lines = []
    for p in document.element.body.iter(f"{W}p"):
        parts = []
        for el in p.iter(f"{W}t", f"{W}noBreakHyphen", f"{W}br"):
            if el.tag == f"{W}t":
                parts.append(el.text or "")
            elif el.tag == f"{W}noBreakHyphen":
                parts.append("-")
            else:
                parts.append("\n")
        lines.append("".join(parts))
    return "\n".join(lines)


def first_run(paragraph: docx.text.paragraph.Paragraph) -> docx.text.run.Run:
    """The first run with text (what a reader sees of the paragraph's formatting)."""
    return next(r for r in paragraph.runs if r.text.strip())


def find_paragraph(document: docx.document.Document, start: str) -> docx.text.paragraph.Paragraph:
    for p in document.paragraphs:
        if p.text.startswith(start):
            return p
    raise AssertionError(f"no paragraph starts with {start!r}")
