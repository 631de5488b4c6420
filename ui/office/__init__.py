"""The office view (PySide6): dashboard, year over year, recommendations follow-up.

    window = OfficeWindow(RunnerSource(runner))   # the app: the Store stays on the database lane
    window = OfficeWindow(store)                  # a Store of its own (tests, a standalone window)
    window.inspection_requested.connect(open_inspection)

Pages read and write through a source (`ui/office/source.py`), so in the application nothing
touches the Store on the GUI thread; the national report is written the same way, with progress
and Cancel. The main window opens it from Tools → Office view… (`ui/features/office.py`).
"""

from ui.office.dashboard_page import DashboardPage
from ui.office.recommendations_page import RecommendationsPage
from ui.office.source import DirectSource, RunnerSource
from ui.office.window import OfficeWindow
from ui.office.yearly_page import YearOverYearPage

__all__ = ["DashboardPage", "DirectSource", "OfficeWindow", "RecommendationsPage", "RunnerSource",
           "YearOverYearPage"]
