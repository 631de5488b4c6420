"""The charts of the national summary, drawn with matplotlib without Qt.

`draw_score_chart` draws on any matplotlib `Figure`: the Word report renders it to PNG with the
Agg canvas (`render_score_charts`), the office window shows the same drawing in a QtAgg canvas.
pyplot is never imported (it would pick a GUI backend and keep global state); the figure is
built directly. Labels are set in DejaVu Sans, which ships with matplotlib and covers Vietnamese.

Readability rules (from reading the printed report): labels are at least 9 pt; each score is
printed in a column right of the plot, so the dashed mean line never crosses a label; a province
without a score gets a grey note ("chưa có điểm") instead of a missing bar that reads as zero; the
score axis is fitted to the spread (starting at a multiple of 10 below the lowest score) and its
start is written under the axis, so a short bar is not taken for a zero. A chart with many
provinces is split in parts that each fit a page at that size (`split_for_pages`).
"""

from __future__ import annotations

import io
import math
import re
import textwrap
from collections.abc import Sequence
from fractions import Fraction

from matplotlib import rc_context
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.transforms import blended_transform_factory

from inspector.minutes.formats import format_number, place_name
from inspector.office.dashboard import ProvinceScore
from inspector.office.formats import pct

FONT = "DejaVu Sans"
MIN_FONT_PT = 9.0
_BAR = "#2f6db5"
_UNRANKED = "#b0b0b0"
_MEAN = "#c0392b"
_MM_PER_INCH = 25.4
_ROW_MM = 4.6  # one bar per 4.6 mm: 9 pt labels do not touch
_EXTRA_MM = 32.0  # axis, its label and the legend

MAX_HEIGHT_MM = 215.0  # an A4 page's text height (257 mm) less the caption and some room
PER_PAGE = int((MAX_HEIGHT_MM - _EXTRA_MM) // _ROW_MM)


def chart_height_mm(provinces: int) -> float:
    """Room for each bar at 9 pt plus the axes, never more than fits on one page."""
    return min(MAX_HEIGHT_MM, max(60.0, _ROW_MM * provinces + _EXTRA_MM))


def axis_start(scores: Sequence[Fraction | float | None]) -> int:
    """Where the score axis starts (percent): a multiple of 10 at least 5 points below the lowest
    score, 0 when a score is under 15% or there is none."""
    values = [float(s) * 100 for s in scores if s is not None]
    if not values:
        return 0
    start = int(math.floor((min(values) - 5) / 10) * 10)
    return max(0, min(start, 90)) if start >= 10 else 0


def split_for_pages(items: Sequence[ProvinceScore], per_page: int = PER_PAGE) -> list[list[ProvinceScore]]:
    """Consecutive parts of about equal size, each small enough for one page."""
    if len(items) <= per_page:
        return [list(items)]
    parts = math.ceil(len(items) / per_page)
    size = math.ceil(len(items) / parts)
    return [list(items[i:i + size]) for i in range(0, len(items), size)]


def draw_score_chart(figure: Figure, provinces: Sequence[ProvinceScore], *, axis_label: str,
                     mean_label: str = "", title: str = "", font_size: float = MIN_FONT_PT,
                     mean: Fraction | None = None, start: int | None = None, no_score_label: str = "chưa có điểm",
                     axis_start_label: str = "trục bắt đầu từ {start}%") -> None:
    """Horizontal bars, best score on top, the score (Vietnamese decimal comma) in a column
    right of the plot; a dashed line at `mean` (a score in [0, 1]; default: the mean of these
    provinces' scores, printed like every percentage: 0.6375 → "63,8%")
    when `mean_label` is given, named in a legend above the plot. `start` fixes the axis start
    (so the parts of a split chart share one axis)."""
    figure.clear()
    font_size = max(font_size, MIN_FONT_PT)
    with rc_context({"font.family": FONT, "font.size": font_size}):
        ax = figure.add_subplot(1, 1, 1)
        names = [place_name(p.province.name) for p in provinces]
        scored = [p.score for p in provinces if p.score is not None]
        first = axis_start(scored) if start is None else start
        values = [(p.score_float * 100) if p.score is not None else first for p in provinces]  # type: ignore[operator]
        positions = list(range(len(provinces)))
        ax.barh(positions, [v - first for v in values], left=first, color=_BAR, height=0.7)
        ax.set_yticks(positions, labels=[f"{p.rank or '–'}. {n}" for p, n in zip(provinces, names, strict=True)])
        ax.set_xlim(first, 100)
        ax.set_ylim(max(len(provinces), 1) - 0.5, -0.5)  # rank 1 on top; an empty period still gets an axis
        label = axis_label if first == 0 else f"{axis_label} ({axis_start_label.format(start=first)})"
        ax.set_xlabel(label)
        ax.xaxis.set_major_formatter(lambda x, _pos: format_number(x, 0))
        column = blended_transform_factory(ax.transAxes, ax.transData)
        for y, p in enumerate(provinces):
            if p.score is None:
                ax.text(first + 1, y, no_score_label, va="center", ha="left", style="italic", color="#555555")
                ax.text(1.02, y, "–", va="center", ha="left", transform=column, clip_on=False)
            else:
                ax.text(1.02, y, pct(p.score), va="center", ha="left", transform=column, clip_on=False)
        if mean_label and scored:
            exact = mean if mean is not None else sum(scored, Fraction(0)) / len(scored)
            ax.axvline(float(exact) * 100, color=_MEAN, linestyle="--", linewidth=1.0,
                       label=f"{mean_label}: {pct(exact)}")
            ax.legend(loc="lower right", bbox_to_anchor=(1.0, 1.0), frameon=False, borderaxespad=0.2)
        if title:
            ax.set_title(title, loc="left")
        ax.spines[["top", "right"]].set_visible(False)
        ax.grid(axis="x", linewidth=0.3, alpha=0.6)
        ax.set_axisbelow(True)
        figure.tight_layout()


def render_score_charts(provinces: Sequence[ProvinceScore], *, axis_label: str, mean_label: str = "",
                        mean: Fraction | None = None, width_mm: float = 160, dpi: int = 150) -> list[bytes]:
    """The chart as PNG parts, each fitting one page (`split_for_pages`), sharing one axis and
    the mean of all the provinces."""
    start = axis_start([p.score for p in provinces])
    if mean is None:
        scored = [p.score for p in provinces if p.score is not None]
        mean = sum(scored, Fraction(0)) / len(scored) if scored else None
    out = []
    for part in split_for_pages(provinces):
        figure = Figure(figsize=(width_mm / _MM_PER_INCH, chart_height_mm(len(part)) / _MM_PER_INCH), dpi=dpi)
        FigureCanvasAgg(figure)
        draw_score_chart(figure, part, axis_label=axis_label, mean_label=mean_label, mean=mean, start=start)
        out.append(_png(figure, dpi))
    return out


def render_score_chart(provinces: Sequence[ProvinceScore], *, axis_label: str, mean_label: str = "",
                       title: str = "", width_mm: float = 160, dpi: int = 150) -> bytes:
    """The chart as one PNG, `width_mm` wide (all provinces in one figure)."""
    height_mm = chart_height_mm(len(provinces))
    figure = Figure(figsize=(width_mm / _MM_PER_INCH, height_mm / _MM_PER_INCH), dpi=dpi)
    FigureCanvasAgg(figure)
    draw_score_chart(figure, provinces, axis_label=axis_label, mean_label=mean_label, title=title)
    return _png(figure, dpi)


def render_section_chart(sections: Sequence[tuple[str, Fraction | None, Fraction | None]], *, axis_label: str,
                         now_label: str, before_label: str = "", no_score_label: str = "chưa có điểm",
                         width_mm: float = 160, dpi: int = 150) -> bytes:
    """The national score of each section of the checklist: (label, score, previous score).
    Bars for the period, a hollow marker for the previous period when there is one."""
    rows = len(sections)
    labels = [textwrap.fill(short_section_title(label), 36) for label, _, _ in sections]
    lines = sum(max(2, label.count("\n") + 1) for label in labels)
    height_mm = min(MAX_HEIGHT_MM, max(50.0, 4.6 * lines + 3.0 * rows + _EXTRA_MM))
    figure = Figure(figsize=(width_mm / _MM_PER_INCH, height_mm / _MM_PER_INCH), dpi=dpi)
    FigureCanvasAgg(figure)
    with rc_context({"font.family": FONT, "font.size": MIN_FONT_PT}):
        ax = figure.add_subplot(1, 1, 1)
        positions = list(range(rows))
        scores = [s for _, s, _ in sections]
        ax.barh(positions, [float(s) * 100 if s is not None else 0 for s in scores], color=_BAR, height=0.6,
                label=now_label)
        befores = [(y, float(b) * 100) for y, (_, _, b) in enumerate(sections) if b is not None]
        if befores and before_label:
            ax.plot([b for _, b in befores], [y for y, _ in befores], linestyle="none", marker="D",
                    markerfacecolor="white", markeredgecolor="#333333", label=before_label)
        ax.set_yticks(positions, labels=labels)
        ax.set_xlim(0, 100)
        ax.set_ylim(max(rows, 1) - 0.5, -0.5)
        ax.set_xlabel(axis_label)
        ax.xaxis.set_major_formatter(lambda x, _pos: format_number(x, 0))
        column = blended_transform_factory(ax.transAxes, ax.transData)
        for y, s in enumerate(scores):
            if s is None:
                ax.text(1, y, no_score_label, va="center", style="italic", color="#555555")
            ax.text(1.02, y, pct(s), va="center", ha="left", transform=column, clip_on=False)
        if rows:
            ax.legend(loc="lower right", bbox_to_anchor=(1.0, 1.0), frameon=False, ncols=2, borderaxespad=0.2)
        ax.spines[["top", "right"]].set_visible(False)
        ax.grid(axis="x", linewidth=0.3, alpha=0.6)
        ax.set_axisbelow(True)
        figure.tight_layout()
    return _png(figure, dpi)


def short_section_title(title: str) -> str:
    """A section's title without its closing legal reference in brackets, for a chart label:
    "3. Thông tin chủ yếu trên Cổng (Điều 10 khoản 1 Nghị định 43/2011/NĐ-CP)" → "3. Thông tin chủ yếu
    trên Cổng" (the table beside the chart gives the whole title)."""
    return re.sub(r"\s*\([^()]*\)\s*$", "", title) or title


def _png(figure: Figure, dpi: int) -> bytes:
    out = io.BytesIO()
    with rc_context({"font.family": FONT}):
        figure.savefig(out, format="png", dpi=dpi)
    return out.getvalue()
