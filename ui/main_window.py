"""The main window: pages (welcome, list, workspace), menus and toolbar from the action registry,
the save indicator, and the commands that span pages (new, finalize, amend, settings, data check).

The window paints first and opens the database afterwards (on the database lane), so it appears
as fast as a bare Qt window does.
"""

from __future__ import annotations

import dataclasses
import logging
from pathlib import Path
from typing import Any

from PySide6 import QtCore
from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

# PySide6 builds each Qt class, and the whole `Qt` namespace's enum tables, on first use (tens of
# milliseconds): this module names `QtCore.Qt` only inside methods that run after the first frame,
# and dialogs and pages import their classes when they are opened or built.
from inspector import __version__, paths
from ui import actions as A
from ui.features import load_features, notify_database_opened
from ui.i18n import ENGLISH, VIETNAMESE, current_language, install_language, translate
from ui.settings import AppSettings, save_settings

log = logging.getLogger(__name__)

DEMO_FOLDER = "demo"


def open_store_at(path: Path) -> Any:
    from inspector.storage import Store  # imported on the database lane, after the first paint

    return Store.open(path)


class MainWindow(QMainWindow):
    ready = Signal()  # the database is open and the first page holds its data (or an error)
    shown = Signal()  # ... and that page has been painted: the user sees the list (or the welcome page)
    first_painted = Signal()
    inspection_opened = Signal(str)

    def __init__(self, settings: AppSettings, *, database: Path | None = None, demo: bool = False,
                 first_run: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings
        self.first_run = first_run  # show the welcome (ui/dialogs/first_run.py) once the window is ready
        self.first_run_dialog: Any = None
        self.main_database = Path(database) if database else settings.database_path()
        self.demo = demo
        self.database = self.demo_database() if demo else self.main_database
        self._reference: tuple[Any, Any] | None = None  # (catalog, provinces), loaded on first use
        self._started = False
        self._ready_sent = False
        self._shown_sent = False
        self._closing = False

        self._pages_built = False
        self._workspace: Any = None
        # The first frame shows the shell: menus and toolbar (with their texts). Everything else
        # (icons, shortcuts, status bar, pages, worker threads and the core modules they import)
        # is built right after it, in `_start`: a PySide6 app pays for each Qt class and enum
        # table on first use, and those costs would otherwise delay the window's appearance.
        self.stack = QStackedWidget()
        self.placeholder = QLabel()
        self.stack.addWidget(self.placeholder)
        central = QWidget()
        self.central_layout = QVBoxLayout(central)
        self.central_layout.setContentsMargins(0, 0, 0, 0)
        self.central_layout.setSpacing(0)
        self.central_layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.demo_banner: QWidget | None = None
        self.save_indicator: Any = None  # SaveIndicator, built after the first frame
        self.database_label: QLabel | None = None

        load_features()  # their actions must be registered before the registry is built
        self.registry = A.ActionRegistry(self)
        self.registry.build_menus(self.menuBar())
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("main-toolbar")
        self.toolbar.setMovable(False)
        self.registry.build_toolbar(self.toolbar)
        self.addToolBar(self.toolbar)
        self.stack.currentChanged.connect(lambda _i: (self.update_actions(), self.paint_title()))
        from ui.settings import open_qsettings
        from ui.window_geometry import place_window

        place_window(self, open_qsettings())
        self.retranslate()
        self.update_actions()

    def _finish_shell(self) -> None:
        self.registry.finish()
        self.toolbar.setToolButtonStyle(QtCore.Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.placeholder.setAlignment(QtCore.Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setStyleSheet("color: #78909c;")
        from ui.widgets.save_indicator import SaveIndicator

        self.save_indicator = SaveIndicator()
        self.database_label = QLabel()
        self.database_label.setTextFormat(QtCore.Qt.TextFormat.PlainText)
        self.database_label.setStyleSheet("color: #607d8b; padding: 0 8px;")
        self.statusBar().addPermanentWidget(self.database_label)
        self.statusBar().addPermanentWidget(self.save_indicator)
        self.retranslate()

    def _ensure_demo_banner(self) -> None:
        if self.demo_banner is not None:
            return
        self.demo_banner = QWidget()
        self.demo_banner.setObjectName("demo-banner")
        self.demo_banner.setStyleSheet("#demo-banner { background: #fff8e1; border-bottom: 1px solid #ffe082; }")
        self.demo_label = QLabel()
        self.demo_label.setTextFormat(QtCore.Qt.TextFormat.PlainText)
        self.demo_leave = QPushButton()
        self.demo_leave.clicked.connect(self.leave_demo)
        banner = QHBoxLayout(self.demo_banner)
        banner.setContentsMargins(12, 4, 12, 4)
        banner.addWidget(self.demo_label, 1)
        banner.addWidget(self.demo_leave)
        self.central_layout.insertWidget(0, self.demo_banner)

    def _build_pages(self) -> None:
        from ui.autosave import Autosave
        from ui.pages.inspection_list import InspectionListPage
        from ui.pages.welcome import WelcomePage
        from ui.tasks import TaskRunner

        self.runner = TaskRunner(self)
        self.runner.error.connect(self._task_failed)
        from ui.widgets.busy import BusyFeedback

        self.busy = BusyFeedback(self, self.runner)  # busy pointer after 0.3 s of database work
        self.autosave = Autosave(self.runner, lambda: self.settings.actor, self)
        self.welcome = WelcomePage()
        self.list_page = InspectionListPage(self.runner)
        for page in (self.welcome, self.list_page):
            self.stack.addWidget(page)
        self.stack.setCurrentWidget(self.list_page)
        self._pages_built = True
        self.autosave.state_changed.connect(self.save_indicator.set_state)
        self.welcome.new_requested.connect(self.new_inspection)
        self.welcome.demo_requested.connect(self.open_demo)
        self.list_page.open_requested.connect(self.open_inspection)
        self.list_page.loaded.connect(self._list_loaded)
        self.update_actions()

    def _task_failed(self, exc: BaseException) -> None:
        from ui.errors import show_error  # the error dialog's module, imported when first needed

        show_error(self, exc)

    # ------------------------------------------------------------ startup
    def paintEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        super().paintEvent(event)
        if not self._started:
            self._started = True
            self.first_painted.emit()
            QTimer.singleShot(0, self._start)  # after this first frame is on screen

    @property
    def workspace(self) -> Any:
        """The inspection workspace, built the first time an inspection is opened (the list
        shows sooner without it)."""
        if self._workspace is None:
            from ui.pages.workspace import WorkspacePage

            ws = WorkspacePage(self.runner, self.autosave, lambda: self.settings.actor)
            self.stack.addWidget(ws)
            ws.opened.connect(self._workspace_opened)
            ws.state_changed.connect(self.update_actions)
            ws.state_changed.connect(self.paint_title)  # a renamed unit, another inspection
            ws.message.connect(lambda text: self.statusBar().showMessage(text, 5000))
            self._workspace = ws
        return self._workspace

    def _start(self) -> None:
        from ui.app import hold_log_records
        from ui.crash import install_crash_handler

        hold_log_records()  # the log file opens once the list shows (_send_shown): nothing is lost
        install_crash_handler(lambda: self)
        self._finish_shell()
        self._build_pages()
        self._open_database(self.database, then=self._after_open)

    def _open_database(self, path: Path, then: Any) -> None:
        def opened(store: Any) -> None:
            # A data folder that cannot be written opens read-only: browse, export, check data.
            self.runner.store_read_only = bool(getattr(store, "read_only", False))
            then()

        self.runner.open_store(lambda: open_store_at(path), on_done=opened, on_error=self._database_failed)

    def _after_open(self) -> None:
        self.database = Path(self.runner.store_path)
        self._paint_database_label()
        notify_database_opened(self)
        if self.demo:
            self._ensure_demo(open_it=True)
        else:
            self.list_page.refresh()

    def _database_failed(self, exc: BaseException) -> None:
        from ui.errors import show_error

        self.list_page.empty.setText(translate("MainWindow", "The database could not be opened."))
        show_error(self, exc)
        self._send_ready()

    def _list_loaded(self, count: int) -> None:
        if not self.list_page.all_rows and self.stack.currentWidget() is self.list_page:
            self.stack.setCurrentWidget(self.welcome)
            self.welcome.new_button.setFocus()
        elif self.stack.currentWidget() is self.list_page:
            self.list_page.focus_list()
        if not self.demo or self._workspace is None or self.stack.currentWidget() is not self._workspace:
            self._send_ready()

    def _send_ready(self) -> None:
        if not self._ready_sent:
            self._ready_sent = True
            self._when_painted(self._send_shown)
            self.ready.emit()

    def _when_painted(self, then: Any) -> None:
        """Call `then` once the current page has been painted (on the next turn of the event
        loop), or after a second if it never is (a hidden window). Work queued in the meantime
        would run before that paint: Qt paints after the events already waiting."""
        page = self.stack.currentWidget()
        window = self

        class OnPaint(QtCore.QObject):
            def eventFilter(self, watched: Any, event: Any) -> bool:  # noqa: N802 - Qt override
                if event.type() == QtCore.QEvent.Type.Paint:
                    watched.removeEventFilter(self)
                    QTimer.singleShot(0, window, then)
                return False

        self._paint_watch = OnPaint(self)
        page.installEventFilter(self._paint_watch)
        QTimer.singleShot(1000, self, then)

    def _send_shown(self) -> None:
        """The list (or the welcome page) is on screen: now the work that can wait for it, each
        step in its own turn of the event loop."""
        if self._shown_sent:
            return
        self._shown_sent = True
        self.shown.emit()
        from ui.app import setup_logging

        QTimer.singleShot(0, setup_logging)  # the log file, with what the start-up logged (held till now)
        if self.first_run:
            self.first_run = False
            QTimer.singleShot(0, self, self.show_welcome)
        # the user is reading the list: build the workspace now, so opening is quick
        QTimer.singleShot(50, self, lambda: None if self._closing else self.workspace)

    # -------------------------------------------------------------- pages
    def show_list(self) -> None:
        self.autosave.flush()
        self.stack.setCurrentWidget(self.list_page)
        self.list_page.refresh()
        self.list_page.focus_list()

    def open_inspection(self, inspection_id: str) -> None:
        self.autosave.flush()
        self.workspace.open_inspection(inspection_id)

    def _workspace_opened(self, inspection_id: str) -> None:
        self.stack.setCurrentWidget(self.workspace)
        self.activateWindow()  # back from a dialog: keys 1–4 and the other shortcuts act here
        self.workspace.focus_tree()
        self.update_actions()
        self.inspection_opened.emit(inspection_id)
        self._send_ready()

    def action_state(self) -> set[str]:
        state: set[str] = set()
        if not self._pages_built:
            return state
        page = self.stack.currentWidget()
        if page is self.list_page:
            state.add(A.LIST)
        if page is not None and page is self._workspace and self._workspace.record is not None:
            state.add(A.INSPECTION)
            if not getattr(self.runner, "store_read_only", False):  # read-only folder: neither finalize nor amend
                state.add(A.FINALIZED if self.workspace.read_only else A.DRAFT)
            if self.workspace.on_checklist_tab():
                state.add(A.CHECKLIST)
            if self.workspace.undo_stack.canUndo():
                state.add(A.CAN_UNDO)
            if self.workspace.undo_stack.canRedo():
                state.add(A.CAN_REDO)
        return state

    def update_actions(self) -> None:
        self.registry.update_state(self.action_state())
        self.registry["file.my_data"].setVisible(self.demo)
        self.registry["file.demo"].setVisible(not self.demo)

    # --------------------------------------------------------- reference
    def forget_reference(self) -> None:
        """Read the installed checklists and provinces again on next use (a sync may have brought
        a checklist the office published)."""
        self._reference = None

    def with_reference(self, then: Any) -> None:
        """Call `then(catalog, provinces)`, loading them off the GUI thread the first time."""
        if self._reference is not None:
            then(*self._reference)
            return

        main_folder = self.main_database.parent

        def load(_ctx: Any) -> tuple[Any, Any]:
            from inspector.checklists import load_catalog
            from inspector.checklists.catalog import builtin_dir, published_dir
            from inspector.reference.provinces import load_provinces

            # published checklists are where sync puts them: beside the user's database
            return load_catalog(builtin_dir(), published_dir(main_folder)), load_provinces()

        def loaded(result: tuple[Any, Any]) -> None:
            self._reference = result
            then(*result)

        self.runner.net(load, on_done=loaded, name="load-reference")

    # ----------------------------------------------------- new inspection
    def new_inspection(self) -> None:
        self.with_reference(self._show_new_dialog)

    def _show_new_dialog(self, catalog: Any, provinces: Any) -> None:
        from ui.dialogs.new_inspection import NewInspectionDialog

        dialog = NewInspectionDialog(catalog, provinces, self.settings, self)
        dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        self.new_dialog = dialog
        actor = self.settings.actor

        def accepted() -> None:
            value = dialog.value()
            self.runner.db(lambda ctx: ctx.store.create_inspection(actor=actor, **value.create_kwargs()).id,
                           on_done=self.open_inspection, name="create-inspection")

        dialog.accepted.connect(accepted)
        dialog.open()

    # ------------------------------------------------------------- demo
    def demo_database(self) -> Path:
        return self.main_database.parent / DEMO_FOLDER / paths.DATABASE_NAME

    def open_demo(self) -> None:
        if self.demo:
            self._ensure_demo(open_it=True)
            return
        self.autosave.flush()
        self.demo = True
        self._open_database(self.demo_database(), then=self._after_open)
        self.retranslate()

    def leave_demo(self) -> None:
        if not self.demo:
            return
        self.autosave.flush()
        self.demo = False
        self.stack.setCurrentWidget(self.list_page)
        self._open_database(self.main_database, then=self._after_open)
        self.retranslate()

    def _ensure_demo(self, open_it: bool) -> None:
        def build(catalog: Any, provinces: Any) -> None:
            from inspector.sample import import_sample

            self.runner.db(lambda ctx: import_sample(ctx.store, catalog.get),
                           on_done=self.open_inspection if open_it else None, name="create-demo")

        self.with_reference(build)

    # ------------------------------------------------- finalize / amend
    def finalize(self) -> None:
        ws = self.workspace
        if ws.record is None or ws.read_only or ws.template is None:
            return
        from ui.dialogs.seal import FinalizeDialog

        # Only the items in force on the inspection date are asked for (the rest are hidden).
        day = ws.record.inspection.day
        counted = {it.id for it in ws.template.items_for_inspection(day)}
        answered = sum(1 for f in ws.findings.values() if f.answered and f.item_id in counted)
        unanswered = [(item_id, label) for item_id, label in ws.unanswered_items() if item_id in counted]
        dialog = FinalizeDialog(ws.record.inspection.inspected_unit, answered, len(counted), self,
                                unanswered=unanswered)
        dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.goto_requested.connect(ws.go_to_item)
        self.finalize_dialog = dialog
        iid, actor = ws.record.id, self.settings.actor

        def accepted() -> None:
            self.autosave.flush()  # the seal covers everything typed so far
            self.runner.db(lambda ctx: ctx.store.finalize(iid, actor=actor), on_done=self._finalized,
                           name="finalize")

        dialog.accepted.connect(accepted)
        dialog.open()

    def _finalized(self, seal: Any) -> None:
        from ui.dialogs.seal import SealDialog

        self.seal_dialog = SealDialog(seal, self)
        self.seal_dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        self.seal_dialog.open()
        self.workspace.reload()

    def amend(self) -> None:
        from inspector.domain import InspectionStatus

        ws = self.workspace
        if ws.record is None or ws.record.inspection.status is not InspectionStatus.FINALIZED:
            return
        from ui.dialogs.seal import AmendDialog

        dialog = AmendDialog(ws.record.latest_seal, self)
        dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        self.amend_dialog = dialog
        iid, actor = ws.record.id, self.settings.actor

        def accepted() -> None:
            reason = dialog.value()
            self.runner.db(lambda ctx: ctx.store.amend(iid, reason=reason, actor=actor),
                           on_done=lambda _a: self.workspace.reload(), name="amend")

        dialog.accepted.connect(accepted)
        dialog.open()

    # ----------------------------------------------------------- editing
    def undo(self) -> None:
        self.workspace.undo()

    def redo(self) -> None:
        self.workspace.redo()

    # --------------------------------------------------------- settings
    def open_settings(self) -> None:
        from ui.dialogs.settings import SettingsDialog

        dialog = SettingsDialog(self.settings, self)
        dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        self.settings_dialog = dialog
        dialog.accepted.connect(lambda: self.apply_settings(dialog.value()))
        dialog.open()

    def apply_settings(self, new: AppSettings) -> None:
        old = self.settings
        self.settings = new
        save_settings(new)
        # Only a changed language setting changes the language: saving anything else (the first-run
        # profile, a probe certificate) kept switching a session started with --language back.
        if new.language != old.language and new.language != current_language():
            install_language(new.language)
        if new.database_path() != old.database_path():
            self.autosave.flush()
            self.main_database = new.database_path()
            self.demo = False
            self.stack.setCurrentWidget(self.list_page)
            self._open_database(self.main_database, then=self._after_open)
            self.retranslate()

    def toggle_language(self) -> None:
        language = ENGLISH if current_language() == VIETNAMESE else VIETNAMESE
        install_language(language)
        self.apply_settings(dataclasses.replace(self.settings, language=language))

    # ------------------------------------------------------------ tools
    def run_doctor(self) -> None:
        from ui.dialogs.doctor import DoctorDialog

        self.autosave.flush()
        dialog = DoctorDialog(self.runner, self, database=self.database)
        dialog.repaired.connect(self._database_repaired)
        dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        self.doctor_dialog = dialog
        dialog.start()
        dialog.open()

    def _database_repaired(self, store: Any) -> None:
        self.runner.store_read_only = bool(getattr(store, "read_only", False))
        self._after_open()

    def show_welcome(self) -> None:
        """The first-run welcome (also Help › Welcome…)."""
        from ui.dialogs.first_run import open_first_run

        open_first_run(self)

    def show_shortcuts(self) -> None:
        from PySide6.QtGui import QKeySequence

        lines = []
        for action_id, spec in self.registry.specs.items():
            action = self.registry[action_id]
            # every key of the action (redo is Ctrl+Y and, on Linux and macOS, Ctrl+Shift+Z too)
            keys = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts())
            if keys and spec.menu:
                lines.append(f"{keys:<16} {action.text().replace('&', '')}")
        lines.append("")
        lines.append(translate("MainWindow", "In the checklist: arrows move in the tree, Esc returns from a text box "
                                            "to the tree, Tab moves between fields."))
        self._text_dialog(translate("MainWindow", "Keyboard shortcuts"), "\n".join(lines))

    def _text_dialog(self, title: str, text: str) -> None:
        from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPlainTextEdit

        dialog = QDialog(self)
        dialog.setWindowTitle(title)
        view = QPlainTextEdit(text)
        view.setReadOnly(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(view)
        layout.addWidget(buttons)
        dialog.resize(620, 420)
        dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    # ------------------------------------------------------- language
    def retranslate(self) -> None:
        self.placeholder.setText(translate("InspectionListPage", "Opening the database…"))
        self.paint_title()
        self.toolbar.setWindowTitle(translate("MainWindow", "Toolbar"))
        if self.demo and self._started:
            self._ensure_demo_banner()
        if self.demo_banner is not None:
            self.demo_label.setText(translate("MainWindow", "You are looking at sample data. Changes here never touch "
                                                            "your own inspections."))
            self.demo_leave.setText(translate("MainWindow", "Back to my data"))
            self.demo_banner.setVisible(self.demo)
        self._paint_database_label()
        if self.save_indicator is not None:
            self.save_indicator.retranslate()
        self.registry.retranslate()
        self.update_actions()

    def paint_title(self) -> None:
        """"Sở TT&TT Phú Thọ (07/10/2016) — Inspector 0.1" while an inspection is open (the
        taskbar and Alt+Tab name it), else "Inspector 0.1"; "sample data" in the sample."""
        title = f"Inspector {__version__}"
        ws = self._workspace
        if ws is not None and ws.record is not None and self.stack.currentWidget() is ws:
            from ui.i18n import format_date

            i = ws.record.inspection
            title = f"{i.inspected_unit} ({format_date(i.started_at)}) — {title}"
        if self.demo:
            title += " — " + translate("MainWindow", "sample data")
        self.setWindowTitle(title)

    def _paint_database_label(self) -> None:
        if self.database_label is None:
            return
        if getattr(getattr(self, "runner", None), "store_read_only", False):
            self.database_label.setText(translate("MainWindow", "Data (read-only): {0}").format(self.database.parent))
        else:
            self.database_label.setText(translate("MainWindow", "Data: {0}").format(self.database.parent))
        self.database_label.setToolTip(str(self.database))

    def changeEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        if event.type() == QtCore.QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ---------------------------------------------------------- closing
    def closeEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        from ui.app import open_held_log

        open_held_log()
        if not self._closing and self._pages_built:
            self._closing = True
            # Everything typed reaches the disk before the window goes away.
            if not self.autosave.flush_and_wait(timeout=15):
                log.error("autosave did not finish before closing")
            self.runner.shutdown()
        from ui.settings import open_qsettings
        from ui.window_geometry import remember_window

        remember_window(self, open_qsettings())
        event.accept()
