"""What the minutes say, as plain data: built by `narrative`, laid out by `writer`.

Keeping the words apart from the Word layout lets the text be tested on its own and lets the
layout code stay free of domain rules.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field


class Kind(enum.StrEnum):
    """How a paragraph of the body is laid out."""

    HEADING = "heading"  # "I. THÀNH PHẦN": bold, no indent
    SUBHEADING = "subheading"  # "1. Đoàn kiểm tra:": bold, first-line indent
    LABEL = "label"  # "Số liệu chính:": italic, first-line indent
    BODY = "body"  # justified, first-line indent
    DASH = "dash"  # "- …;" list line, justified, first-line indent
    BLANK = "blank"  # a dotted line to be filled in by hand
    NOTE = "note"  # a footnote-like line, smaller, italic


@dataclass(frozen=True)
class Para:
    text: str
    kind: Kind = Kind.BODY


@dataclass(frozen=True)
class Signature:
    heading: str  # "TM. ĐOÀN KIỂM TRA"
    title: str = ""  # "TRƯỞNG ĐOÀN"
    name: str = ""
    hint: str = ""  # "(Ký, ghi rõ họ tên)" when the name is not known


@dataclass(frozen=True)
class Cell:
    text: str
    bold: bool = False
    italic: bool = False
    center: bool = False
    mono: bool = False


@dataclass(frozen=True)
class Row:
    cells: tuple[Cell, ...]
    span: bool = False  # one cell across the whole table (a section row)


@dataclass(frozen=True)
class Table:
    columns: tuple[str, ...]
    widths: tuple[float, ...]  # relative widths
    rows: tuple[Row, ...]


@dataclass(frozen=True)
class MinutesWarning:
    """Something the minutes could not fully show. `code`: ``evidence-missing``,
    ``evidence-altered``, ``seal-mismatch``, ``template-mismatch`` (the record was made under
    another version of the checklist than the one given), ``copies-mismatch`` (the number of
    copies differs from the number of recipients)."""

    code: str
    subject: str  # evidence id or seal number
    detail: str = ""


@dataclass(frozen=True)
class MinutesContent:
    parent_agency: str
    issuing_unit: str
    number_line: str
    place_date: str | None
    type_name: str
    subject: str
    body: tuple[Para, ...]
    signatures: tuple[Signature, ...]
    recipients_heading: str
    recipients: tuple[str, ...]
    appendix_heading: str
    appendix_title: str
    appendix_subtitle: str
    appendix_intro: tuple[Para, ...]
    findings_table: Table
    findings_notes: tuple[Para, ...]
    evidence_title: str
    evidence_table: Table | None
    evidence_notes: tuple[Para, ...]
    seal_lines: tuple[Para, ...] = ()
    title_for_properties: str = ""
    author_for_properties: str = ""
    warnings: tuple[MinutesWarning, ...] = field(default_factory=tuple)
    banner: str = ""  # "BẢN LÀM VIỆC – KHÔNG PHÁT HÀNH", "DỮ LIỆU MẪU": on every page
    probe_title: str = ""  # the appendix part with the live probe's observations
    probe_paras: tuple[Para, ...] = ()
    work_title: str = ""  # the working copy's notes for the team (never in the official copy)
    work_notes: tuple[Para, ...] = ()
