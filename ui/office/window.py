"""The office window: Dashboard, Year over year and Recommendations tabs over one database.

Self-contained: give it an open `Store`; connect `inspection_requested(str)` to open an
inspection wherever the main window shows one. The national report is written from the
Dashboard's checklist and period (File → Export national report…).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QTabWidget, QWidget

from inspector.errors import ExportError, InspectorError
from inspector.office.report import ReportResult, export_national_report, load_summary
from inspector.storage import Store
from ui.office.dashboard_page import DashboardPage
from ui.office.recommendations_page import RecommendationsPage
from ui.office.yearly_page import YearOverYearPage


class OfficeWindow(QMainWindow):
    inspection_requested = Signal(str)
    report_exported = Signal(object)  # ReportResult

    def __init__(self, store: Store, *, today: date | None = None, actor: str = "",
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.today = today or date.today()
        self.setWindowTitle(self.tr("Inspector — office view"))
        self.tabs = QTabWidget()
        self.dashboard = DashboardPage(store)
        self.yearly = YearOverYearPage(store)
        self.recommendations = RecommendationsPage(store, self.today, actor)
        self.tabs.addTab(self.dashboard, self.tr("Dashboard"))
        self.tabs.addTab(self.yearly, self.tr("Year over year"))
        self.tabs.addTab(self.recommendations, self.tr("Recommendations"))
        self.setCentralWidget(self.tabs)
        for page in (self.dashboard, self.yearly, self.recommendations):
            page.inspection_requested.connect(self.inspection_requested)
        menu = self.menuBar().addMenu(self.tr("&File"))
        self.export_action = menu.addAction(self.tr("Export national report…"))
        self.export_action.triggered.connect(self._choose_and_export)
        self.resize(1200, 800)

    def export_report(self, docx_path: Path | None, xlsx_path: Path | None) -> ReportResult | None:
        """Write the national summary of the dashboard's checklist and period."""
        template_id = self.dashboard.template_id()
        if template_id is None:
            return None
        try:
            summary = load_summary(self.store, template_id, self.dashboard.period(), today=self.today)
            result = export_national_report(summary, docx_path=docx_path, xlsx_path=xlsx_path)
        except ExportError as exc:
            reasons = {"locked": self.tr("the file is open in another program (e.g. Word); close it and try again"),
                       "missing-folder": self.tr("the folder does not exist"),
                       "disk-full": self.tr("the disk is full")}
            self._error(self.tr("The report could not be written to {0}: {1}").format(
                exc.path, reasons.get(exc.reason, self.tr("the file cannot be written"))))
            return None
        except InspectorError as exc:
            self._error(self.tr("The report could not be made: {0}").format(exc))
            return None
        self.report_exported.emit(result)
        return result

    def _choose_and_export(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export national report"),
                                              f"bao-cao-{self.dashboard.period().label}.docx",
                                              self.tr("Word document (*.docx)"))
        if not name:
            return
        docx_path = Path(name).with_suffix(".docx")
        result = self.export_report(docx_path, docx_path.with_suffix(".xlsx"))
        if result is not None:
            self.statusBar().showMessage(self.tr("Written: {0} and {1}").format(result.docx, result.xlsx))

    def _error(self, text: str) -> None:
        self.last_error = text
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Export"), text, QMessageBox.StandardButton.Ok, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.button(QMessageBox.StandardButton.Ok).setText(self.tr("OK"))
        box.open()
