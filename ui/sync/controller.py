"""The sync feature in the main window: settings, Sync now, the last result, conflicts.

One `SyncController` per main window (created by ui/features/sync.py on first use). It keeps
the status bar's "last sync" line, runs `sync_now` on the database lane with a progress dialog
and Cancel, turns the safety brake into a question, asks for a password or passphrase the keyring
does not hold, and refreshes the list and the open inspection afterwards.

Secrets: typed ones go to the system keyring when the user wants it and one exists; otherwise they
live in this object only until the sync they were typed for has finished (asked again next time).
They are never logged, never put in settings or in the database.
"""

from __future__ import annotations

import dataclasses
import logging
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from inspector import secrets
from inspector.errors import PassphraseError, SafetyBrakeError, SyncError
from inspector.sync import (
    FolderTarget,
    SyncReport,
    SyncSettings,
    WebDAVTarget,
    last_sync,
    load_settings,
    sync_now,
)
from ui.i18n import translate
from ui.sync import texts
from ui.tasks import Task, TaskContext
from ui.widgets.plain import plain_label

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SyncRun:
    """One sync as asked: the settings and the secrets to use (never logged: no repr)."""

    settings: SyncSettings
    password: str | None = dataclasses.field(default=None, repr=False)
    passphrase: str | None = dataclasses.field(default=None, repr=False)
    password_typed: bool = False  # asked now (so it was not in the keyring, or was refused)
    passphrase_typed: bool = False
    remember: bool = False  # put the typed secrets in the keyring after a successful sync
    init: bool = False
    confirm: bool = False

    @property
    def password_name(self) -> str | None:
        t = self.settings.target
        return secrets.webdav_secret_name(t.url, t.user) if isinstance(t, WebDAVTarget) else None

    @property
    def passphrase_name(self) -> str:
        return secrets.passphrase_secret_name(self.settings.target.location)


@dataclass(frozen=True)
class SyncStatus:
    configured: bool
    attempt: Any = None
    success: Any = None
    result: dict | None = None
    conflicts: int = 0


def read_status(store: Any) -> SyncStatus:
    """The last sync of the configured target and the open conflicts (database lane)."""
    settings = load_settings(store)
    conflicts = sum(1 for _i, e, _k, _h in store.divergent_records() if e not in ("seal", "amendment"))
    if settings is None:
        return SyncStatus(False, conflicts=conflicts)
    attempt, success, result = last_sync(store, settings)
    return SyncStatus(True, attempt, success, result, conflicts)


class SecretDialog(QDialog):
    """Asks for the WebDAV password or the folder passphrase (never shown, never stored here)."""

    def __init__(self, title: str, message: str, keyring: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("sync-secret")
        self.setWindowTitle(title)
        self.message = plain_label(message)
        self.field = QLineEdit()
        self.field.setObjectName("sync-secret-field")
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(translate("SyncController", "Keep it in this computer's system keyring"))
        self.remember.setObjectName("sync-secret-remember")
        self.remember.setChecked(keyring)
        self.remember.setVisible(keyring)
        self.no_keyring = plain_label(translate(
            "SyncController", "This computer has no system keyring, so Inspector does not store the password anywhere: "
                              "it asks for it at each sync."))
        self.no_keyring.setObjectName("sync-secret-no-keyring")
        self.no_keyring.setVisible(not keyring)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for w in (self.message, self.field, self.remember, self.no_keyring, buttons):
            layout.addWidget(w)
        self.resize(460, 180)


class SyncProgressDialog(QDialog):
    """What the sync is doing, with Cancel (the sync stops at its next step; nothing is lost)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("sync-progress")
        self.setWindowTitle(translate("SyncController", "Sync"))
        self.label = QLabel(translate("SyncController", "Connecting to the sync target…"))
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.cancel_button = QPushButton(translate("SyncController", "Cancel"))
        self.cancel_button.setObjectName("sync-cancel")
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignRight)
        self.resize(460, 120)

    def show_progress(self, done: int, total: int, phase: str) -> None:
        self.label.setText(texts.phase_text(phase, done, total))
        if total > 1:
            self.bar.setRange(0, total)
            self.bar.setValue(done)
        else:
            self.bar.setRange(0, 0)

    def reject(self) -> None:  # Esc = Cancel; the dialog closes when the sync has stopped
        self.cancel_button.click()


class SyncController(QObject):
    status_changed = Signal()  # the status bar line was repainted
    sync_finished = Signal(str)  # "done" | "failed" | "cancelled" | "stopped"

    def __init__(self, window: Any):
        super().__init__(window)
        self.window = window
        self.status = SyncStatus(False)
        self.task: Task | None = None
        self.progress: SyncProgressDialog | None = None
        self.report: SyncReport | None = None
        self.last_error: BaseException | None = None
        self.dialog: QDialog | None = None  # the question or dialog now shown (tests find it here)
        self.settings_dialog: Any = None
        self.conflicts_dialog: Any = None
        self._pending: dict[str, str] = {}  # typed without a keyring: for the next sync only
        self.label = QLabel()
        self.label.setObjectName("sync-status")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setStyleSheet("color: #455a64; padding: 0 8px;")
        window.statusBar().insertPermanentWidget(0, self.label)
        window.installEventFilter(self)

    @property
    def runner(self) -> Any:
        return self.window.runner

    @property
    def running(self) -> bool:
        return self.task is not None and not self.task.done

    # ------------------------------------------------------------ status
    def refresh(self) -> None:
        """Read the last sync and the conflicts again (after opening a database, syncing, resolving)."""
        if self.window.demo:
            self.status = SyncStatus(False)
            self._paint()
            return
        self.runner.db(lambda ctx: read_status(ctx.store), on_done=self._status_read, name="sync-status")

    def _status_read(self, status: SyncStatus) -> None:
        self.status = status
        self._paint()

    def _paint(self) -> None:
        s = self.status
        if self.window.demo:
            text = translate("SyncController", "Sync is off for the sample data")
        elif not s.configured:
            text = translate("SyncController", "Sync not set up")
        else:
            text = texts.last_sync_text(s.attempt, s.success, s.result)
        if s.conflicts:
            text += " · " + translate("SyncController", "conflicts: {0}").format(s.conflicts)
        self.label.setText(text)
        self.label.setToolTip(text)
        action = self.window.registry.actions.get("tools.sync_conflicts")
        if action is not None:
            base = translate("Actions", self.window.registry.specs["tools.sync_conflicts"].text)
            action.setText(f"{base} ({s.conflicts})" if s.conflicts else base)
        self.status_changed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.window:
            if event.type() == QEvent.Type.LanguageChange:
                QTimer.singleShot(0, self, self._paint)  # after the window retranslated its actions
            elif event.type() == QEvent.Type.Close and self.running:
                self.task.cancel()  # the window waits for the database lane: stop at the next step
        return False

    # ---------------------------------------------------------- settings
    def open_settings(self, then_sync: bool = False) -> None:
        if self.window.demo:
            self._say(translate("SyncController", "Sync is not available while you look at the sample data."))
            return

        def gather(ctx: TaskContext) -> Any:
            from ui.sync.settings_dialog import SettingsInput

            settings = load_settings(ctx.store)
            keyring = secrets.keyring_available()
            saved_pw = saved_pp = False
            if settings is not None and keyring:
                t = settings.target
                if isinstance(t, WebDAVTarget):
                    saved_pw = secrets.get_secret(secrets.webdav_secret_name(t.url, t.user)) is not None
                saved_pp = secrets.get_secret(secrets.passphrase_secret_name(t.location)) is not None
            return SettingsInput(settings, keyring, saved_pw, saved_pp)

        self.runner.db(gather, on_done=lambda data: self._show_settings(data, then_sync), name="sync-settings")

    def _show_settings(self, data: Any, then_sync: bool) -> None:
        from ui.sync.settings_dialog import SyncSettingsDialog

        dialog = SyncSettingsDialog(data, self.runner, self.window.settings.actor, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.settings_dialog = dialog
        dialog.accepted.connect(lambda: self._save_settings(dialog.value(), data.keyring, then_sync))
        dialog.open()

    def _save_settings(self, out: Any, keyring: bool, then_sync: bool) -> None:
        settings = out.settings
        run = SyncRun(settings)
        pending: dict[str, str] = {}
        if out.password:
            pending[run.password_name or ""] = out.password
        if out.passphrase:
            pending[run.passphrase_name] = out.passphrase
        remember = out.remember

        def save(ctx: TaskContext) -> dict[str, str]:
            from inspector.sync import save_settings

            save_settings(ctx.store, settings)
            kept: dict[str, str] = {}
            for name, secret in pending.items():
                if not (remember and secrets.store_secret(name, secret)):
                    kept[name] = secret
            if keyring and not remember:
                # The user does not want this computer to keep them: remove older copies too.
                for name in filter(None, (run.password_name, run.passphrase_name)):
                    secrets.delete_secret(name)
            return kept

        def saved(kept: dict[str, str]) -> None:
            self._pending = kept  # used by the next sync only
            self.window.statusBar().showMessage(translate("SyncController", "Sync settings saved."), 5000)
            self.refresh()
            if then_sync:
                self.sync_now()

        self.runner.db(save, on_done=saved, name="save-sync-settings")

    # -------------------------------------------------------------- sync
    def sync_now(self) -> None:
        """Sync with the configured target (asks for what is missing first)."""
        if self.window.demo:
            self._say(translate("SyncController", "Sync is not available while you look at the sample data."))
            return
        if self.running:
            if self.progress is not None:
                self.progress.raise_()
            return
        self.window.autosave.flush()  # what was just typed goes out with this sync
        pending = dict(self._pending)
        actor = self.window.settings.actor  # who syncs now (the name in Settings may have changed)

        def prepare(ctx: TaskContext) -> SyncRun | None:
            settings = load_settings(ctx.store)
            if settings is None:
                return None
            run = SyncRun(dataclasses.replace(settings, actor=actor))
            password = passphrase = None
            if run.password_name:
                password = pending.get(run.password_name) or secrets.get_secret(run.password_name)
            passphrase = pending.get(run.passphrase_name) or secrets.get_secret(run.passphrase_name)
            return dataclasses.replace(run, password=password, passphrase=passphrase)

        self.runner.db(prepare, on_done=self._prepared, name="sync-prepare")

    def _prepared(self, run: SyncRun | None) -> None:
        if run is None:
            self.window.statusBar().showMessage(
                translate("SyncController", "Sync is not set up yet: choose the office's sync folder or server."), 10000)
            self.open_settings(then_sync=True)
            return
        if run.password_name and run.password is None:
            self.ask_password(run, translate("SyncController", "Type the WebDAV password of {0}.").format(
                run.settings.target.user))
            return
        self.start(run)

    def ask_password(self, run: SyncRun, message: str) -> None:
        keyring = secrets.keyring_available()
        dialog = SecretDialog(translate("SyncController", "WebDAV password"), message, keyring, self.window)
        # (the dialog is hidden when `accepted` fires: ask the checkbox, not whether it is visible)
        self._ask(dialog, lambda: self.start(dataclasses.replace(
            run, password=dialog.field.text(), password_typed=True,
            remember=keyring and dialog.remember.isChecked())))

    def ask_passphrase(self, run: SyncRun, message: str) -> None:
        keyring = secrets.keyring_available()
        dialog = SecretDialog(translate("SyncController", "Passphrase of the encrypted folder"), message, keyring,
                              self.window)
        self._ask(dialog, lambda: self.start(dataclasses.replace(
            run, passphrase=dialog.field.text(), passphrase_typed=True,
            remember=run.remember or (keyring and dialog.remember.isChecked()))))

    def _ask(self, dialog: QDialog, accepted: Any) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(accepted)
        dialog.rejected.connect(lambda: self._end("stopped"))
        self.dialog = dialog
        dialog.open()

    def start(self, run: SyncRun) -> Task:
        """Run the sync on the database lane, with the progress dialog."""
        self.report = None
        self.last_error = None
        if self.progress is not None:
            self.progress.deleteLater()
        progress = self.progress = SyncProgressDialog(self.window)

        def job(ctx: TaskContext) -> SyncReport:
            return sync_now(ctx.store, run.settings, password=run.password, passphrase=run.passphrase,
                            init=run.init, confirm=run.confirm, progress=ctx.progress, cancelled=ctx.cancelled)

        task = self.runner.db(job, on_done=lambda report: self._done(run, report),
                              on_error=lambda exc: self._failed(run, exc), on_progress=progress.show_progress,
                              name="sync")
        task.was_cancelled.connect(self._cancelled)
        self.task = task

        def cancel() -> None:
            task.cancel()
            progress.cancel_button.setEnabled(False)
            progress.label.setText(translate("SyncController", "Stopping after the current step…"))

        progress.cancel_button.clicked.connect(cancel)
        progress.open()
        return task

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.hide()

    def _done(self, run: SyncRun, report: SyncReport) -> None:
        self._close_progress()
        self.report = report
        if run.remember:
            keep = [(n, s) for n, s, typed in ((run.password_name, run.password, run.password_typed),
                                                (run.passphrase_name, run.passphrase, run.passphrase_typed))
                    if n and s and typed]
            self.runner.net(lambda _ctx: [secrets.store_secret(n, s) for n, s in keep], name="keep-secrets")
        self._after_change()
        message = translate("SyncController", "Sync done: {0}.").format(texts.report_text(report.summary()))
        self.window.statusBar().showMessage(message, 10000)
        if report.conflicts:
            box = QMessageBox(QMessageBox.Icon.Question, translate("SyncController", "Sync conflicts"),
                              translate("SyncController", "{0} items were changed on two computers. Both versions "
                                                          "are kept. Compare them now and keep the right one?").format(
                                  report.conflicts), parent=self.window)
            box.setObjectName("sync-conflicts-prompt")
            box.setTextFormat(Qt.TextFormat.PlainText)
            review = box.addButton(translate("SyncController", "Review conflicts"), QMessageBox.ButtonRole.AcceptRole)
            box.addButton(translate("SyncController", "Later"), QMessageBox.ButtonRole.RejectRole)
            box.setDefaultButton(review)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.accepted.connect(self.open_conflicts)
            self.dialog = box
            box.open()
        self._end("done")

    def _cancelled(self) -> None:
        self._close_progress()
        self.window.statusBar().showMessage(
            translate("SyncController", "Sync cancelled. Nothing is lost: the next sync completes the work."), 10000)
        self.refresh()
        self._end("cancelled")

    def _failed(self, run: SyncRun, exc: BaseException) -> None:
        self._close_progress()
        self.last_error = exc
        self.refresh()
        if isinstance(exc, SafetyBrakeError):
            self._question(translate("SyncController", "Sync stopped for safety"), texts.brake_question(exc),
                           translate("SyncController", "Continue the sync"), "sync-brake",
                           # an emptied target is started again in the same step: one question, not two
                           lambda: self.start(dataclasses.replace(run, confirm=True,
                                                                  init=run.init or exc.reason == "empty-target")),
                           warning=True)
            return
        if isinstance(exc, PassphraseError):
            self.ask_passphrase(run, texts.describe_sync_error(exc))
            return
        if isinstance(exc, SyncError) and exc.reason == "not-initialized" and not run.init:
            if isinstance(run.settings.target, FolderTarget) and run.passphrase:
                text = translate("SyncController", "There is no Inspector sync data in this folder yet. Create a new "
                                                   "sync folder here, encrypted with your passphrase?")
            elif isinstance(run.settings.target, FolderTarget):
                text = translate("SyncController", "There is no Inspector sync data in this folder yet. Create a new "
                                                   "sync folder here (not encrypted)?")
            else:
                text = translate("SyncController", "There is no Inspector sync data at this address yet. Start a new "
                                                   "sync target there?")
            self._question(translate("SyncController", "New sync target"), text,
                           translate("SyncController", "Create it"), "sync-init",
                           lambda: self.start(dataclasses.replace(run, init=True)))
            return
        if isinstance(exc, SyncError) and exc.reason == "auth" and run.password_name:
            self.ask_password(run, texts.describe_sync_error(exc) + " " +
                              translate("SyncController", "Type the password again."))
            return
        from ui.errors import ErrorDialog, error_details

        dialog = ErrorDialog(texts.describe_sync_error(exc), error_details(exc), self.window)
        dialog.setObjectName("sync-error")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
        self._end("failed")

    def _question(self, title: str, text: str, go: str, name: str, on_go: Any, warning: bool = False) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Question, title, text,
                          parent=self.window)
        box.setObjectName(name)
        box.setTextFormat(Qt.TextFormat.PlainText)
        go_button = box.addButton(go, QMessageBox.ButtonRole.AcceptRole)
        go_button.setObjectName("go")
        stop = box.addButton(translate("SyncController", "Stop"), QMessageBox.ButtonRole.RejectRole)
        stop.setObjectName("stop")
        box.setDefaultButton(stop)  # Enter never passes the brake by accident
        box.setEscapeButton(stop)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered(button: Any) -> None:
            if button is go_button:
                on_go()
            else:
                self._end("stopped")

        box.buttonClicked.connect(answered)
        self.dialog = box
        box.open()

    def _end(self, outcome: str) -> None:
        self._pending = {}  # typed without a keyring: asked again at the next sync
        self.sync_finished.emit(outcome)

    def _after_change(self) -> None:
        """The database changed under the window: repaint what shows it."""
        self.refresh()
        self.window.list_page.refresh()
        ws = self.window._workspace
        if ws is not None and ws.record is not None:
            ws.reload()
        from ui.features import notify_data_changed

        notify_data_changed(self.window)  # e.g. an open office view reads the merged data again

    # --------------------------------------------------------- conflicts
    def open_conflicts(self) -> None:
        from ui.sync.conflicts_dialog import ConflictsDialog

        if self.conflicts_dialog is not None:
            try:
                self.conflicts_dialog.reload()
                self.conflicts_dialog.raise_()
                return
            except RuntimeError:  # closed and deleted
                self.conflicts_dialog = None
        dialog = ConflictsDialog(self.runner, self.window.settings.actor, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.resolved.connect(lambda _iid: self._after_change())
        dialog.destroyed.connect(lambda *_: setattr(self, "conflicts_dialog", None))
        self.conflicts_dialog = dialog
        dialog.reload()
        dialog.open()

    # ------------------------------------------------------------ helpers
    def _say(self, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, translate("SyncController", "Sync"), text, parent=self.window)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = box
        box.open()
