"""The score chart drawn for the report and the office view."""

from __future__ import annotations

import warnings

from inspector.office.chart import render_score_chart


def test_a_period_without_inspections_still_draws_a_chart_without_warnings():
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # matplotlib warned about a singular axis for zero provinces
        png = render_score_chart([], axis_label="Điểm tuân thủ (%)", mean_label="Trung bình")
    assert png.startswith(b"\x89PNG\r\n\x1a\n") and len(png) > 1000
