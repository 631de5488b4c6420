"""The office window: Dashboard, Year over year and Recommendations tabs over one database.

    window = OfficeWindow(RunnerSource(main_window.runner), actor=name)   # in the application
    window = OfficeWindow(store)                                          # a Store of its own
    window.inspection_requested.connect(open_inspection)

Every read and write runs where the Store lives (`ui/office/source.py`). The window shows the
database as it is: File → Refresh (F5) reads everything again, and whenever the window comes to
the front it asks the database for its change mark and refreshes if anything changed meanwhile
(an edit in the main window, a sync, another program).

File → Export national report… writes the Word report and the Excel workbook of the Dashboard's
checklist and period, off the GUI thread, with progress and Cancel; it never replaces a file
without asking, and a cancelled export changes no file.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QTabWidget,
    QWidget,
)

from inspector import clock
from inspector.errors import Cancelled, ExportError
from inspector.office.report import (
    ReportResult,
    ReportSettings,
    export_national_report,
    load_summary,
)
from ui.desktop import open_local
from ui.errors import describe_error
from ui.office.dashboard_page import DashboardPage
from ui.office.recommendations_page import RecommendationsPage
from ui.office.source import DirectSource, Handle, OfficeSource
from ui.office.yearly_page import YearOverYearPage

REPORT_FOLDER_KEY = "export/report_folder"


def export_paths(chosen: Path) -> tuple[Path, Path]:
    """The Word report and, beside it with the same name, the workbook."""
    docx_path = chosen if chosen.suffix.lower() == ".docx" else chosen.with_name(chosen.name + ".docx")
    return docx_path, docx_path.with_suffix(".xlsx")


class OfficeWindow(QMainWindow):
    inspection_requested = Signal(str)
    report_exported = Signal(object)  # ReportResult
    export_failed = Signal(str)  # the sentence shown
    export_cancelled = Signal()
    refreshed = Signal()  # every tab shows the database as it is now

    open_path = staticmethod(open_local)  # a seam: tests watch what is opened

    def __init__(self, source: Any, *, today: date | None = None, actor: str = "",
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.source: OfficeSource = source if hasattr(source, "run") else DirectSource(source)
        self.today = today or clock.local_now().date()
        self.mark: int | None = None  # the database's change mark when the tabs were last read
        self.export_task: Handle | None = None
        self.exporting = False
        self.progress: QProgressDialog | None = None
        self.result_box: QMessageBox | None = None
        self.details_dialog: QDialog | None = None
        self.last_error = ""
        self._waiting: set[QWidget] = set()
        self.setWindowTitle(self.tr("Inspector — office view"))
        self.tabs = QTabWidget()
        self.dashboard = DashboardPage(self.source)
        self.yearly = YearOverYearPage(self.source)
        self.recommendations = RecommendationsPage(self.source, self.today, actor)
        self.tabs.addTab(self.dashboard, self.tr("Dashboard"))
        self.tabs.addTab(self.yearly, self.tr("Year over year"))
        self.tabs.addTab(self.recommendations, self.tr("Recommendations"))
        self.setCentralWidget(self.tabs)
        for page in (self.dashboard, self.yearly, self.recommendations):
            page.inspection_requested.connect(self.inspection_requested)
            page.loaded.connect(lambda p=page: self._page_loaded(p))
        self.recommendations.followup_saved.connect(lambda _id: self._remember_mark())
        menu = self.menuBar().addMenu(self.tr("&File"))
        self.export_action = menu.addAction(self.tr("Export national report…"))
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.triggered.connect(self.choose_and_export)
        self.refresh_action = menu.addAction(self.tr("Refresh"))
        self.refresh_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Refresh), QKeySequence("F5")])
        self.refresh_action.triggered.connect(self.refresh)
        menu.addSeparator()
        close_action = menu.addAction(self.tr("Close"))
        close_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Close))
        close_action.triggered.connect(self.close)
        from PySide6.QtCore import QSize

        from ui.window_geometry import fitting_size

        self.resize(fitting_size(self.screen().availableGeometry(), QSize(1200, 800)))  # fits a 1366×768 screen
        self.refresh()

    # ------------------------------------------------------------ freshness
    def refresh(self) -> None:
        """Read every tab again from the database (the choices made in them are kept)."""
        self._waiting = {self.dashboard, self.yearly, self.recommendations}
        self._remember_mark()
        self.dashboard.reload()
        self.yearly.reload()
        self.recommendations.reload(keep=self.recommendations.selected_id())

    def check_for_changes(self) -> None:
        """Refresh if the database changed since the tabs were read (cheap: one number)."""
        self.source.run(lambda job: job.store.change_mark(), on_done=self._compare_mark, name="office-mark")

    def _compare_mark(self, mark: int) -> None:
        if self.mark is not None and mark != self.mark and not self._waiting:
            self.refresh()

    def _remember_mark(self) -> None:
        self.source.run(lambda job: job.store.change_mark(), on_done=self._set_mark, name="office-mark")

    def _set_mark(self, mark: int) -> None:
        self.mark = mark

    def _page_loaded(self, page: QWidget) -> None:
        if page in self._waiting:
            self._waiting.discard(page)
            if not self._waiting:
                self.refreshed.emit()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self.check_for_changes()

    # --------------------------------------------------------------- export
    def choose_and_export(self) -> None:
        """Ask where to write the report (both files), confirm replacing existing ones, export."""
        if self.dashboard.template_id() is None:
            self._error(self.tr("There is nothing to report yet: no inspection has a checklist."))
            return
        from ui.dialogs.export_minutes import remembered_folder
        from ui.settings import open_qsettings

        # Documents, or where the last report went: never the program's working folder, which on
        # Windows may be the installation folder.
        start = remembered_folder(REPORT_FOLDER_KEY) / f"bao-cao-{self.dashboard.period().label}.docx"
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export national report"), str(start),
            self.tr("Word document (*.docx)"), options=QFileDialog.Option.DontConfirmOverwrite)
        if not name:
            return
        docx_path, xlsx_path = export_paths(Path(name))
        open_qsettings().setValue(REPORT_FOLDER_KEY, str(docx_path.parent))
        if not self.confirm_replace([docx_path, xlsx_path]):
            return
        settings = self.ask_details()
        if settings is not None:
            self.export_report(docx_path, xlsx_path, settings)

    def ask_details(self) -> ReportSettings | None:
        """The report's number, date and signer (`ReportDetailsDialog`); None when cancelled or
        when the office's wording file cannot be read (said in a sentence)."""
        from inspector.errors import WordingError
        from ui.office.report_details import ReportDetailsDialog
        from ui.settings import open_qsettings

        try:
            wording = ReportSettings().report_wording()  # the shipped file and the office's
        except WordingError as exc:
            self._error(self.tr("The report wording file cannot be used: {0}").format(exc))
            return None
        self.details_dialog = ReportDetailsDialog(wording, self.today, open_qsettings(), self)
        if self.details_dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        d = self.details_dialog.details()
        return ReportSettings(number=d.number, report_date=d.report_date, signer_heading=d.authority,
                              signer_title=d.title, signer_name=d.name)

    def confirm_replace(self, targets: list[Path]) -> bool:
        """True when none of `targets` exists or the user agrees to replace those that do."""
        existing = [p for p in targets if p.exists()]
        if not existing:
            return True
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Replace files?"),
                          self.tr("These files already exist:\n{0}\n\nReplace them with the new report?").format(
                              "\n".join(str(p) for p in existing)), QMessageBox.StandardButton.NoButton, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        replace = box.addButton(self.tr("Replace"), QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        self.replace_box = box
        box.exec()
        return box.clickedButton() is replace

    def export_report(self, docx_path: Path | None, xlsx_path: Path | None,
                      settings: ReportSettings | None = None) -> Handle | None:
        """Write the national summary of the dashboard's checklist and period where the Store
        lives, with a progress dialog that can cancel it. `report_exported`, `export_failed` or
        `export_cancelled` tells the outcome."""
        template_id = self.dashboard.template_id()
        if template_id is None or self.exporting:
            return None
        period, today = self.dashboard.period(), self.today

        def job(ctx: Any) -> ReportResult:
            ctx.progress(0, 4, "summary")
            summary = load_summary(ctx.store, template_id, period, today=today)
            if ctx.cancelled():
                raise Cancelled()
            return export_national_report(summary, docx_path=docx_path, xlsx_path=xlsx_path, settings=settings,
                                          progress=lambda done, total: ctx.progress(done, total, "files"),
                                          cancelled=ctx.cancelled)

        self.progress = QProgressDialog(self.tr("Writing the national report…"), self.tr("Cancel"), 0, 0, self)
        self.progress.setWindowTitle(self.tr("Export national report"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.canceled.connect(self.cancel_export)
        self.export_action.setEnabled(False)
        self.exporting = True
        task = self.source.run(job, on_done=self._exported, on_error=self._export_error,
                               on_progress=self._export_progress, on_cancelled=self._export_cancelled,
                               name="office-export")
        if self.exporting:  # a DirectSource has already finished it
            self.export_task = task
        return task

    def cancel_export(self) -> None:
        if self.export_task is not None:
            self.export_task.cancel()
            if self.progress is not None:
                self.progress.setLabelText(self.tr("Stopping…"))

    def _export_progress(self, done: int, total: int, _what: str) -> None:
        if self.progress is not None:
            self.progress.setMaximum(total)
            self.progress.setValue(done)

    def _export_ended(self) -> None:
        self.exporting = False
        self.export_task = None
        self.export_action.setEnabled(True)
        if self.progress is not None:
            self.progress.canceled.disconnect(self.cancel_export)
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _exported(self, result: ReportResult) -> None:
        self._export_ended()
        written = [p for p in (result.docx, result.xlsx) if p is not None]
        self.statusBar().showMessage(self.tr("Written: {0}").format(", ".join(str(p) for p in written)), 10000)
        self._show_result(result)
        self.report_exported.emit(result)

    def _show_result(self, result: ReportResult) -> None:
        written = [p for p in (result.docx, result.xlsx) if p is not None]
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("National report written"),
                          self.tr("The national report ({0} provinces, {1} inspections, {2} recommendations) "
                                  "was written to:\n{3}").format(result.provinces, result.inspections,
                                                                  result.recommendations,
                                                                  "\n".join(str(p) for p in written)),
                          QMessageBox.StandardButton.NoButton, self)
        if result.samples.sample_only:
            box.setInformativeText(self.tr("It holds only the sample inspections (invented data): "
                                           "every page says \"DỮ LIỆU MẪU\"."))
        elif result.samples.left_out:
            box.setInformativeText(self.tr("Sample inspections left out (invented data): {0}.").format(
                result.samples.left_out))
        box.setTextFormat(Qt.TextFormat.PlainText)
        self.open_buttons: dict[str, Any] = {}
        if result.docx is not None:
            self.open_buttons["docx"] = box.addButton(self.tr("Open Word file"), QMessageBox.ButtonRole.ActionRole)
        if result.xlsx is not None:
            self.open_buttons["xlsx"] = box.addButton(self.tr("Open Excel file"), QMessageBox.ButtonRole.ActionRole)
        self.open_buttons["folder"] = box.addButton(self.tr("Open folder"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(self.tr("Close"), QMessageBox.ButtonRole.RejectRole)
        targets = {"docx": result.docx, "xlsx": result.xlsx, "folder": written[0].parent}

        def clicked(button: Any) -> None:
            for key, b in self.open_buttons.items():
                if b is button and targets[key] is not None:
                    type(self).open_path(Path(targets[key]))

        box.buttonClicked.connect(clicked)
        self.result_box = box
        box.open()

    def _export_error(self, exc: BaseException) -> None:
        self._export_ended()
        if isinstance(exc, ExportError):
            reasons = {"locked": self.tr("the file is open in another program (e.g. Word); close it and try again"),
                       "missing-folder": self.tr("the folder does not exist"),
                       "not-writable": self.tr("you are not allowed to write there; choose another folder"),
                       "disk-full": self.tr("the disk is full")}
            text = self.tr("The report could not be written to {0}: {1}.").format(
                exc.path, reasons.get(exc.reason, self.tr("the file cannot be written")))
        else:
            text = self.tr("The report could not be made. {0}").format(describe_error(exc) or "")
        self._error(text)
        self.export_failed.emit(text)

    def _export_cancelled(self) -> None:
        self._export_ended()
        self.statusBar().showMessage(self.tr("Export cancelled: no file was written."), 10000)
        self.export_cancelled.emit()

    def _error(self, text: str) -> None:
        self.last_error = text
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Export"), text, QMessageBox.StandardButton.Ok, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.button(QMessageBox.StandardButton.Ok).setText(self.tr("OK"))
        box.open()
