"""Tools › Sync settings: where the office's shared target is, and how to reach it.

A folder (USB stick, network share; optionally encrypted with a passphrase) or a WebDAV server
(address, user name, password; optional CA file). The password and the passphrase go to the
system keyring only; where there is none the dialog says so and Inspector asks at each sync.
"Test connection" runs on the network lane and answers in one plain sentence.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from inspector import secrets
from inspector.errors import InspectorError, SyncError
from inspector.sync import FolderTarget, SyncSettings, WebDAVTarget
from ui.i18n import translate
from ui.sync.texts import describe_sync_error
from ui.tasks import Task, TaskContext, TaskRunner
from ui.widgets.plain import plain_label

FOLDER, WEBDAV = "folder", "webdav"


@dataclass(frozen=True)
class SettingsInput:
    """What the dialog starts from (gathered off the GUI thread: the keyring may be slow)."""

    settings: SyncSettings | None
    keyring: bool  # a system keyring exists
    saved_password: bool  # … and holds the WebDAV password of `settings`
    saved_passphrase: bool  # … and holds the folder passphrase of `settings`


@dataclass(frozen=True)
class SettingsOutput:
    settings: SyncSettings
    password: str  # typed now ("" = keep the saved one / ask at sync)
    passphrase: str  # typed now ("" = none, or keep the saved one)
    remember: bool  # put what was typed in the keyring


def _row(*widgets: QWidget) -> QWidget:
    box = QWidget()
    layout = QHBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    for i, w in enumerate(widgets):
        layout.addWidget(w, 1 if i == 0 else 0)
    return box


class SyncSettingsDialog(QDialog):
    tested = Signal(bool, str)  # ok, sentence (after each "Test connection")

    def __init__(self, data: SettingsInput, runner: TaskRunner, actor: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("sync-settings")
        self.setWindowTitle(translate("SyncSettings", "Sync settings"))
        self.data = data
        self.runner = runner
        self.actor = actor
        self.test_task: Task | None = None
        current = data.settings.target if data.settings else None

        self.kind = QComboBox()
        self.kind.setObjectName("sync-kind")
        self.kind.addItem(translate("SyncSettings", "A folder (USB stick, network share)"), FOLDER)
        self.kind.addItem(translate("SyncSettings", "A WebDAV server (Nextcloud, ownCloud, IIS, Apache)"), WEBDAV)
        intro = plain_label(translate("SyncSettings", "At the office, every laptop syncs with one shared place. Nothing "
                                                      "is lost: when two people changed the same item, both versions "
                                                      "are kept for you to choose."))

        # ---- folder
        self.folder = QLineEdit(str(current.path) if isinstance(current, FolderTarget) else "")
        self.folder.setObjectName("sync-folder")
        self.folder.setPlaceholderText(translate("SyncSettings", "for example E:\\inspector or \\\\server\\share\\inspector"))
        browse = QPushButton(translate("SyncSettings", "Choose…"))
        browse.clicked.connect(self._browse_folder)
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("sync-passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase2 = QLineEdit()
        self.passphrase2.setObjectName("sync-passphrase2")
        self.passphrase2.setEchoMode(QLineEdit.EchoMode.Password)
        if data.saved_passphrase and isinstance(current, FolderTarget):
            self.passphrase.setPlaceholderText(translate("SyncSettings", "kept in the system keyring"))
        folder_page = QWidget()
        ff = QFormLayout(folder_page)
        ff.setContentsMargins(0, 0, 0, 0)
        ff.addRow(translate("SyncSettings", "&Folder"), _row(self.folder, browse))
        ff.addRow(plain_label(translate("SyncSettings", "Encryption (optional, for USB sticks that may get lost): a new "
                                                         "sync folder is encrypted with this passphrase. For a folder "
                                                         "that is already encrypted, type its passphrase. Without the "
                                                         "passphrase nobody can read the folder, not even the office.")))
        ff.addRow(translate("SyncSettings", "&Passphrase"), self.passphrase)
        ff.addRow(translate("SyncSettings", "Passphrase &again"), self.passphrase2)

        # ---- WebDAV
        web = current if isinstance(current, WebDAVTarget) else None
        self.url = QLineEdit(web.url if web else "")
        self.url.setObjectName("sync-url")
        self.url.setPlaceholderText("https://cloud.example.gov.vn/remote.php/dav/files/an/inspector/")
        self.user = QLineEdit(web.user if web else "")
        self.user.setObjectName("sync-user")
        self.password = QLineEdit()
        self.password.setObjectName("sync-password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        if data.saved_password and web is not None:
            self.password.setPlaceholderText(translate("SyncSettings", "kept in the system keyring"))
        self.ca_file = QLineEdit(str(web.ca_file) if web and web.ca_file else "")
        self.ca_file.setObjectName("sync-ca-file")
        self.ca_file.setPlaceholderText(translate("SyncSettings", "only if your office has its own certificate authority"))
        ca_browse = QPushButton(translate("SyncSettings", "Choose…"))
        ca_browse.clicked.connect(self._browse_ca)
        web_page = QWidget()
        wf = QFormLayout(web_page)
        wf.setContentsMargins(0, 0, 0, 0)
        wf.addRow(translate("SyncSettings", "&Address"), self.url)
        wf.addRow(translate("SyncSettings", "&User name"), self.user)
        wf.addRow(translate("SyncSettings", "Pass&word"), self.password)
        wf.addRow(translate("SyncSettings", "&CA file"), _row(self.ca_file, ca_browse))

        self.pages = QStackedWidget()
        self.pages.addWidget(folder_page)
        self.pages.addWidget(web_page)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.kind.setCurrentIndex(1 if web is not None else 0)
        self._kind_changed(self.kind.currentIndex())

        # ---- keyring
        self.remember = QCheckBox(translate("SyncSettings", "Keep the password and passphrase in this computer's "
                                                            "system keyring"))
        self.remember.setObjectName("sync-remember")
        self.remember.setChecked(data.keyring)
        self.remember.setVisible(data.keyring)
        self.keyring_note = plain_label(translate(
            "SyncSettings", "This computer has no system keyring (such as Windows Credential Manager), so Inspector "
                            "cannot keep the password safely. It will not store it anywhere: you will be asked for it "
                            "at each sync."))
        self.keyring_note.setObjectName("sync-no-keyring")
        self.keyring_note.setStyleSheet("background: #fff8e1; padding: 6px;")
        self.keyring_note.setVisible(not data.keyring)

        # ---- test
        self.test_button = QPushButton(translate("SyncSettings", "&Test connection"))
        self.test_button.setObjectName("sync-test")
        self.test_button.clicked.connect(self.test_connection)
        self.test_result = plain_label()
        self.test_result.setObjectName("sync-test-result")
        self.form_error = plain_label()
        self.form_error.setObjectName("sync-form-error")
        self.form_error.setStyleSheet("color: #b71c1c;")
        self.form_error.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)

        top = QFormLayout()
        top.addRow(translate("SyncSettings", "Sync &with"), self.kind)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(self.pages)
        layout.addWidget(self.remember)
        layout.addWidget(self.keyring_note)
        layout.addWidget(_row(self.test_result, self.test_button))
        layout.addWidget(self.form_error)
        layout.addWidget(self.buttons)
        self.resize(660, self.sizeHint().height())

    # ------------------------------------------------------------- values
    @property
    def kind_value(self) -> str:
        return self.kind.currentData()

    def build_settings(self) -> SyncSettings:
        """The settings as typed; raises SyncError / InvalidInput-like SyncError("invalid")."""
        if self.kind_value == FOLDER:
            text = self.folder.text().strip()
            if not text:
                raise SyncError("", "invalid", translate("SyncSettings", "choose a folder"))
            return SyncSettings(FolderTarget(Path(text)), self.actor)
        if not self.user.text().strip():
            raise SyncError("", "invalid", translate("SyncSettings", "type the user name"))
        ca = self.ca_file.text().strip()
        if ca and not Path(ca).is_file():
            raise SyncError("", "invalid", translate("SyncSettings", "the CA file does not exist"))
        return SyncSettings(WebDAVTarget(self.url.text(), self.user.text().strip(), Path(ca) if ca else None),
                            self.actor)

    def typed_passphrase(self) -> str:
        if self.kind_value != FOLDER:
            return ""
        first, second = self.passphrase.text(), self.passphrase2.text()
        if first != second and second:
            raise SyncError("", "invalid", translate("SyncSettings", "the two passphrases differ"))
        return first

    def value(self) -> SettingsOutput:
        return SettingsOutput(self.build_settings(),
                              self.password.text() if self.kind_value == WEBDAV else "",
                              self.typed_passphrase(), self.remember.isChecked() and self.data.keyring)

    def _accept(self) -> None:
        try:
            self.value()
        except SyncError as exc:
            self.form_error.setText(describe_sync_error(exc))
            self.form_error.show()
            return
        self.form_error.hide()
        self.accept()

    def _kind_changed(self, index: int) -> None:
        # Only the page shown takes room: the dialog is as tall as what it shows.
        for n in range(self.pages.count()):
            policy = QSizePolicy.Policy.Preferred if n == index else QSizePolicy.Policy.Ignored
            self.pages.widget(n).setSizePolicy(policy, policy)
        self.pages.setCurrentIndex(index)
        self.pages.adjustSize()

    # --------------------------------------------------------- browsing
    def _browse_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, translate("SyncSettings", "Sync folder"), self.folder.text())
        if folder:
            self.folder.setText(folder)

    def _browse_ca(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, translate("SyncSettings", "CA certificate"), self.ca_file.text(),
                                              translate("SyncSettings", "Certificates (*.pem *.crt *.cer)"))
        if name:
            self.ca_file.setText(name)

    # ------------------------------------------------------------- test
    def test_connection(self) -> Task | None:
        """Run the connection test on the network lane; the answer lands in `test_result`."""
        try:
            settings = self.build_settings()
            passphrase = self.typed_passphrase()
        except SyncError as exc:
            self._show_test(False, describe_sync_error(exc))
            return None
        typed = self.password.text()
        from ui.sync.connection import try_connection

        def job(_ctx: TaskContext):  # noqa: ANN202 - returns the core's result
            password = typed
            if isinstance(settings.target, WebDAVTarget) and not password:
                password = secrets.get_secret(secrets.webdav_secret_name(settings.target.url, settings.target.user))
                if password is None:
                    raise SyncError(settings.target.location, "no-password")
            phrase = passphrase or (secrets.get_secret(secrets.passphrase_secret_name(settings.target.location))
                                    if isinstance(settings.target, FolderTarget) else None)
            return try_connection(settings, password=password, passphrase=phrase)

        self.test_button.setEnabled(False)
        self.test_result.setText(translate("SyncSettings", "Testing the connection…"))
        self.test_task = self.runner.net(job, on_done=self._tested, on_error=self._test_failed, name="sync-test")
        return self.test_task

    def _tested(self, result) -> None:  # noqa: ANN001 - ConnectionResult
        info = result.info
        if not info.initialized:
            text = translate("SyncSettings", "Connection works. There is no Inspector sync data here yet: the first "
                                             "sync will create it.")
        else:
            text = translate("SyncSettings", "Connection works. This sync target holds {0} change files from other "
                                             "computers.").format(info.packs)
            if info.encrypted:
                text += " " + (translate("SyncSettings", "It is encrypted and the passphrase is right.")
                               if result.passphrase_checked else
                               translate("SyncSettings", "It is encrypted: type its passphrase to sync."))
        self._show_test(True, text)

    def _test_failed(self, exc: BaseException) -> None:
        if isinstance(exc, InspectorError):
            self._show_test(False, describe_sync_error(exc))
        else:
            from ui.errors import describe_error

            self._show_test(False, describe_error(exc) or "")

    def _show_test(self, ok: bool, text: str) -> None:
        self.test_button.setEnabled(True)
        self.test_result.setStyleSheet("color: #1b5e20;" if ok else "color: #b71c1c;")
        self.test_result.setText(text)
        self.tested.emit(ok, text)
