"""The chart of compliance scores by province, drawn with matplotlib without Qt.

`draw_score_chart` draws on any matplotlib `Figure`: the Word report renders it to PNG with the
Agg canvas (`render_score_chart`), the office window shows the same drawing in a QtAgg canvas.
pyplot is never imported (it would pick a GUI backend and keep global state); the figure is
built directly. Labels are set in DejaVu Sans, which ships with matplotlib and covers Vietnamese.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from matplotlib import rc_context
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from inspector.minutes.formats import format_number, place_name
from inspector.office.dashboard import ProvinceScore

FONT = "DejaVu Sans"
_BAR = "#2f6db5"
_UNRANKED = "#b0b0b0"
_MEAN = "#c0392b"
_MM_PER_INCH = 25.4


MAX_HEIGHT_MM = 215.0  # an A4 page's text height (257 mm) less the caption and some room


def chart_height_mm(provinces: int) -> float:
    """A height giving each province a readable bar (about 3.3 mm) plus room for the axes, never
    more than fits on one page with its caption."""
    return min(MAX_HEIGHT_MM, max(60.0, 3.3 * provinces + 25))


def draw_score_chart(figure: Figure, provinces: Sequence[ProvinceScore], *, axis_label: str,
                     mean_label: str = "", title: str = "", font_size: float = 7.0) -> None:
    """Horizontal bars, best score on top, the score (Vietnamese decimal comma) at each bar's
    end; a dashed line at the mean of the provinces' scores when `mean_label` is given.
    Provinces without a score get an empty grey bar."""
    figure.clear()
    with rc_context({"font.family": FONT, "font.size": font_size}):
        ax = figure.add_subplot(1, 1, 1)
        names = [place_name(p.province.name) for p in provinces]
        values = [(p.score_float or 0.0) * 100 for p in provinces]
        colors = [_BAR if p.score is not None else _UNRANKED for p in provinces]
        positions = list(range(len(provinces)))
        ax.barh(positions, values, color=colors, height=0.7)
        ax.set_yticks(positions, labels=[f"{p.rank or '–'}. {n}" for p, n in zip(provinces, names, strict=True)])
        ax.invert_yaxis()  # rank 1 on top
        ax.set_xlim(0, 108)
        ax.set_ylim(max(len(provinces), 1) - 0.5, -0.5)  # an empty period still gets an axis
        ax.set_xlabel(axis_label)
        ax.xaxis.set_major_formatter(lambda x, _pos: format_number(x, 0))
        for y, (p, value) in enumerate(zip(provinces, values, strict=True)):
            if p.score is not None:
                ax.text(value + 0.8, y, f"{value:.1f}".replace(".", ","), va="center", fontsize=font_size - 1)
        scores = [v for p, v in zip(provinces, values, strict=True) if p.score is not None]
        if mean_label and scores:
            mean = sum(scores) / len(scores)
            ax.axvline(mean, color=_MEAN, linestyle="--", linewidth=0.8,
                       label=f"{mean_label}: {format_number(mean, 1)}")
            ax.legend(loc="lower right", frameon=True)
        if title:
            ax.set_title(title)
        ax.spines[["top", "right"]].set_visible(False)
        ax.grid(axis="x", linewidth=0.3, alpha=0.6)
        ax.set_axisbelow(True)
        figure.tight_layout()


def render_score_chart(provinces: Sequence[ProvinceScore], *, axis_label: str, mean_label: str = "",
                       title: str = "", width_mm: float = 160, dpi: int = 150) -> bytes:
    """The chart as PNG bytes, `width_mm` wide, for a document."""
    height_mm = chart_height_mm(len(provinces))
    figure = Figure(figsize=(width_mm / _MM_PER_INCH, height_mm / _MM_PER_INCH), dpi=dpi)
    FigureCanvasAgg(figure)
    draw_score_chart(figure, provinces, axis_label=axis_label, mean_label=mean_label, title=title)
    out = io.BytesIO()
    with rc_context({"font.family": FONT}):
        figure.savefig(out, format="png", dpi=dpi)
    return out.getvalue()
