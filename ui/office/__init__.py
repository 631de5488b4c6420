"""The office view (PySide6): dashboard, year over year, recommendations follow-up.

    window = OfficeWindow(store)
    window.inspection_requested.connect(open_inspection)

Every page calls the core (`inspector.office`) directly: the dashboard data takes about a
tenth of a second for five years of all provinces (bench/office_bench.py), so no worker thread
is needed; the national report export (about 1.5 s) should move to the app's task runner when
it exists.
"""

from ui.office.dashboard_page import DashboardPage
from ui.office.recommendations_page import RecommendationsPage
from ui.office.window import OfficeWindow
from ui.office.yearly_page import YearOverYearPage

__all__ = ["DashboardPage", "OfficeWindow", "RecommendationsPage", "YearOverYearPage"]
