"""The score chart drawn for the report and the office view."""

from __future__ import annotations

import warnings

from inspector.office.chart import render_score_chart


def test_a_period_without_inspections_still_draws_a_chart_without_warnings():
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # matplotlib warned about a singular axis for zero provinces
        png = render_score_chart([], axis_label="Điểm tuân thủ (%)", mean_label="Trung bình")
    assert png.startswith(b"\x89PNG\r\n\x1a\n") and len(png) > 1000


def _province(n: int, score):
    from fractions import Fraction

    from inspector.domain import ProvinceRef
    from inspector.office.dashboard import ProvinceScore
    from inspector.office.scores import StatusCounts

    value = None if score is None else Fraction(score)
    return ProvinceScore(ProvinceRef("63", f"{n:02d}", f"Tỉnh Số {n}"), 1, StatusCounts(), value,
                         None if value is None else n, None, f"i{n}", (f"i{n}",))


def test_labels_are_readable_outside_the_plot_and_a_province_without_score_is_noted():
    from fractions import Fraction

    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    from inspector.office.chart import axis_start, draw_score_chart, split_for_pages

    provinces = [_province(1, Fraction(81, 100)), _province(2, Fraction(739, 1000)), _province(3, Fraction(61, 100)),
                 _province(4, None)]
    figure = Figure(figsize=(6.3, 3))
    FigureCanvasAgg(figure)
    draw_score_chart(figure, provinces, axis_label="Điểm tuân thủ (%)", mean_label="Bình quân")
    ax = figure.axes[0]
    # The 61–81% spread gets an axis from 50, and says so.
    assert ax.get_xlim() == (50, 100) and "trục bắt đầu từ 50%" in ax.get_xlabel()
    assert axis_start([Fraction(1, 10)]) == 0 and axis_start([]) == 0
    texts = {t.get_text(): t for t in ax.texts}
    assert {"81,0%", "73,9%", "61,0%", "–", "chưa có điểm"} <= set(texts)
    # Scores sit right of the plot (axes x > 1): the mean line (inside) cannot cross them.
    for label in ("81,0%", "73,9%", "61,0%"):
        assert texts[label].get_position()[0] > 1
    sizes = [t.get_fontsize() for t in ax.texts] + [t.get_fontsize() for t in ax.get_yticklabels()]
    assert min(sizes) >= 9
    assert ax.get_legend().get_texts()[0].get_text() == "Bình quân: 72,0%"  # (81 + 73,9 + 61) / 3 = 71,97
    # 63 provinces are split into parts that each fit a page at that size.
    parts = split_for_pages([_province(n, Fraction(n, 100)) for n in range(1, 64)])
    assert [len(p) for p in parts] == [32, 31]


def test_the_mean_in_the_legend_is_rounded_like_the_report_text():
    from fractions import Fraction

    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    from inspector.office.chart import draw_score_chart

    # Mean of 1, 5/8, 5/8, 3/10 = 0.6375: the report says 63,8% (half up from the exact value);
    # the legend said 63,7% (the float 63.74999…).
    provinces = [_province(1, 1), _province(2, Fraction(5, 8)), _province(3, Fraction(5, 8)),
                 _province(4, Fraction(3, 10))]
    figure = Figure(figsize=(6.3, 3))
    FigureCanvasAgg(figure)
    draw_score_chart(figure, provinces, axis_label="Điểm tuân thủ (%)", mean_label="Bình quân")
    assert figure.axes[0].get_legend().get_texts()[0].get_text() == "Bình quân: 63,8%"
