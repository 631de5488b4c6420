"""Where the minutes' signature blocks are on the rendered PDF page.

The positions are read from the PDF itself (text lines and their boxes, pdfminer.six), never
guessed from the Word layout: LibreOffice decides the page breaks and line heights. A block is the
empty space between a signature's last heading line ("TRƯỞNG ĐOÀN", "PHÓ GIÁM ĐỐC", or the hint
"(Ký, ghi rõ họ tên)") and the signer's printed name, as wide as the signature column.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

# The minutes' two signature columns are half the text width (≈ 80 mm); a block never spans more.
_COLUMN_HALF_WIDTH = 100.0  # points either side of the column's centre
_MIN_HEIGHT = 24.0


@dataclass(frozen=True)
class SignatureBlock:
    """A signature block: `page` (0-based) and the box (x0, y0, x1, y1) in PDF points, origin
    bottom left, as pyHanko's field boxes want it."""

    key: str
    page: int
    box: tuple[float, float, float, float]


@dataclass(frozen=True)
class BlockSpec:
    """What identifies a block on the page: its heading (first line of it is enough), the last
    line printed above the space (title or hint) and the name printed under it."""

    key: str
    heading: str
    name: str
    hint: str = ""  # printed instead of a title when the name is not known: "(Ký, ghi rõ họ tên)"


@dataclass(frozen=True)
class _Line:
    page: int
    text: str
    x0: float
    y0: float
    x1: float
    y1: float

    @property
    def centre(self) -> float:
        return (self.x0 + self.x1) / 2


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().casefold()


def _pages(pdf: str | Path) -> Iterator[list[_Line]]:
    """The text lines of each page with their boxes (pdfminer's layout analysis), page by page."""
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LAParams, LTTextContainer, LTTextLine

    for page_no, page in enumerate(extract_pages(str(pdf), laparams=LAParams())):
        lines: list[_Line] = []
        stack = list(page)
        while stack:
            element = stack.pop()
            if isinstance(element, LTTextLine):
                text = element.get_text().strip()
                if text:
                    lines.append(_Line(page_no, text, element.x0, element.y0, element.x1, element.y1))
            elif isinstance(element, LTTextContainer):
                stack.extend(element)
        yield lines


def text_lines(pdf: str | Path) -> list[_Line]:
    """Every text line of the PDF with its box."""
    return [line for page in _pages(pdf) for line in page]


def find_blocks(pdf: str | Path, specs: Sequence[BlockSpec]) -> list[SignatureBlock]:
    """The blocks of `specs` found on the PDF (those not found are left out).

    Pages are read in order and reading stops once every block is found: the signatures close
    the minutes' body, so the appendix after them (most of the pages) is never analysed. A block
    lies on one page (its table row may not split).
    """
    found: dict[str, SignatureBlock] = {}
    for lines in _pages(pdf):
        for spec in specs:
            if spec.key not in found:
                block = _find(lines, spec)
                if block is not None:
                    found[spec.key] = block
        if len(found) == len(specs):
            break
    return [found[spec.key] for spec in specs if spec.key in found]


def _find(lines: list[_Line], spec: BlockSpec) -> SignatureBlock | None:
    heading = _norm(spec.heading)
    name = _norm(spec.name)
    if not heading:
        return None
    if not name:
        return _find_by_hint(lines, spec, heading)
    for name_line in sorted((ln for ln in lines if _norm(ln.text) == name),
                            key=lambda ln: (-ln.page, ln.y0)):
        column = [ln for ln in lines if ln.page == name_line.page
                  and abs(ln.centre - name_line.centre) < _COLUMN_HALF_WIDTH / 2
                  and ln.y0 > name_line.y1]
        heads = [ln for ln in column if len(_norm(ln.text)) >= 3 and heading.startswith(_norm(ln.text))]
        if not heads:
            continue
        top = min(heads, key=lambda ln: ln.y0)  # the lowest heading line near the name
        above = [ln for ln in column if ln.y0 <= top.y0]
        last = min(above, key=lambda ln: ln.y0)  # title or hint under the heading
        y0, y1 = name_line.y1 + 1.0, last.y0 - 1.0
        if y1 - y0 < _MIN_HEIGHT:
            continue
        c = name_line.centre
        return SignatureBlock(spec.key, name_line.page,
                              (round(c - _COLUMN_HALF_WIDTH * 0.8, 1), round(y0, 1),
                               round(c + _COLUMN_HALF_WIDTH * 0.8, 1), round(y1, 1)))
    return None


# With no name printed under it, a block is the signature space under the hint: the minutes leave
# `layout.signature_space_lines` empty lines there (about 4 × 15 pt at 13 pt type).
_SPACE_WITHOUT_NAME = 60.0


def _find_by_hint(lines: list[_Line], spec: BlockSpec, heading: str) -> SignatureBlock | None:
    hint = _norm(spec.hint)
    if not hint:
        return None
    for hint_line in (ln for ln in lines if _norm(ln.text) == hint):
        column = [ln for ln in lines if abs(ln.centre - hint_line.centre) < _COLUMN_HALF_WIDTH / 2]
        above = [ln for ln in column if ln.y0 > hint_line.y1 and len(_norm(ln.text)) >= 3
                 and heading.startswith(_norm(ln.text))]
        if not above or min(ln.y0 for ln in above) - hint_line.y1 > 60:
            continue  # this hint belongs to another signature (its heading is not right above)
        y1 = hint_line.y0 - 1.0
        below = [ln.y1 for ln in column if ln.y1 < hint_line.y0]
        y0 = max([y1 - _SPACE_WITHOUT_NAME, *(b + 1.0 for b in below if b > y1 - _SPACE_WITHOUT_NAME)])
        if y1 - y0 < _MIN_HEIGHT:
            continue
        c = hint_line.centre
        return SignatureBlock(spec.key, hint_line.page,
                              (round(c - _COLUMN_HALF_WIDTH * 0.8, 1), round(y0, 1),
                               round(c + _COLUMN_HALF_WIDTH * 0.8, 1), round(y1, 1)))
    return None
