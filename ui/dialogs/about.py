"""About Inspector: version, shipped checklists, Python/Qt, folders, and dependency licenses.

All plain text, so it can be copied into a support request as it is. The information comes from
`inspector.about.collect_about` (read off the GUI thread: it loads every shipped checklist). The
license list names each package's license; selecting one shows the full texts the package ships
(its metadata's license files), and the bundle's THIRD-PARTY-LICENSES.txt can be read whole.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from inspector import paths
from ui.i18n import translate


def qt_versions() -> tuple[str, str]:
    """(Qt version, PySide6 version) of the running program."""
    import PySide6
    from PySide6.QtCore import qVersion

    return qVersion(), PySide6.__version__


def about_text(info: Any, database: Path, log_folder: Path) -> str:
    """The About page as plain text (`info` is an `inspector.about.AboutInfo`)."""
    qt, pyside = qt_versions()
    build = {"bundle": translate("AboutDialog", "installed program"),
             "installed": translate("AboutDialog", "installed package"),
             "source": translate("AboutDialog", "source checkout")}.get(info.build, info.build)
    status = {"approved": translate("AboutDialog", "approved"), "draft": translate("AboutDialog", "draft")}
    lines = [
        f"{info.name} {info.version} ({build})",
        translate("AboutDialog", "Inspections of provincial government portals and online public services "
                                 "(Decree 43/2011/NĐ-CP, Circular 25/2014/TT-BTTTT, Decree 42/2022/NĐ-CP)."),
        "",
        translate("AboutDialog", "Python {0}, Qt {1}, PySide6 {2}, {3}").format(info.python, qt, pyside,
                                                                                  info.platform),
        "",
        translate("AboutDialog", "Database: {0}").format(database),
        translate("AboutDialog", "Evidence files: {0}").format(paths.evidence_dir(database)),
        translate("AboutDialog", "Log files: {0}").format(log_folder),
        "",
        translate("AboutDialog", "Checklists shipped with this version:"),
    ]
    for c in info.checklists:
        lines.append(f"  {c.id} {c.version} — {c.title}")
        lines.append("    " + translate("AboutDialog", "{0} items, {1}, content hash {2}").format(
            c.items, status.get(c.status, c.status), c.content_hash))
    lines += ["", translate("AboutDialog", "Inspector is free software under the MIT License. It runs on these "
                                           "packages (full texts: the Licenses tab):")]
    lines += [f"  {d.name} {d.version} — {d.license}" for d in info.dependencies]
    return "\n".join(lines)


def license_text(dep: Any, licenses_file: str | None) -> str:
    """The full license texts of one dependency, or a sentence saying where they are."""
    from inspector.about import license_texts

    try:
        texts = license_texts(dep.name)
    except Exception:  # noqa: BLE001 - metadata gone since the list was read: say so below
        texts = []
    head = f"{dep.name} {dep.version} — {dep.license}" + (f"\n{dep.homepage}" if dep.homepage else "")
    if texts:
        return head + "\n\n" + "\n\n".join(f"--- {name} ---\n{text.rstrip()}" for name, text in texts)
    where = (translate("AboutDialog", "The full text is in {0}.").format(licenses_file) if licenses_file else
             translate("AboutDialog", "The package carries no license file; its license is named above. "
                                      "The installed program lists the full text in THIRD-PARTY-LICENSES.txt."))
    return head + "\n\n" + where


class AboutDialog(QDialog):
    """Filled in by `show_info` once the information is read (the dialog opens at once)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("about")
        self.setWindowTitle(translate("AboutDialog", "About Inspector"))
        self.info: Any = None
        self.tabs = QTabWidget()
        self.text = QPlainTextEdit(translate("AboutDialog", "Reading…"))
        self.text.setObjectName("about-text")
        self.text.setReadOnly(True)
        self.tabs.addTab(self.text, translate("AboutDialog", "Inspector"))

        self.packages = QTableWidget(0, 3)
        self.packages.setObjectName("about-packages")
        self.packages.setHorizontalHeaderLabels([translate("AboutDialog", "Package"),
                                                 translate("AboutDialog", "Version"),
                                                 translate("AboutDialog", "License")])
        self.packages.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.packages.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.packages.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.packages.verticalHeader().setVisible(False)
        self.packages.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.packages.currentCellChanged.connect(lambda row, *_: self._show_license(row))
        self.license = QPlainTextEdit()
        self.license.setObjectName("about-license")
        self.license.setReadOnly(True)
        self.all_texts = QPushButton(translate("AboutDialog", "All license texts"))
        self.all_texts.setObjectName("about-all-licenses")
        self.all_texts.setVisible(False)
        self.all_texts.clicked.connect(self._show_all_texts)
        licenses = QWidget()
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.packages)
        split.addWidget(self.license)
        lic_layout = QVBoxLayout(licenses)
        lic_layout.addWidget(QLabel(translate("AboutDialog", "Select a package to read its license.")))
        lic_layout.addWidget(split, 1)
        lic_layout.addWidget(self.all_texts, 0, Qt.AlignmentFlag.AlignLeft)
        self.tabs.addTab(licenses, translate("AboutDialog", "Licenses"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = QPushButton(translate("AboutDialog", "&Copy"))
        copy.setObjectName("about-copy")
        copy.setToolTip(translate("AboutDialog", "Copy this information, e.g. into a support request"))
        copy.clicked.connect(lambda: QApplication.clipboard().setText(self.text.toPlainText()))
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(row)
        self.resize(760, 560)

    def show_info(self, info: Any, database: Path, log_folder: Path) -> None:
        self.info = info
        self.text.setPlainText(about_text(info, database, log_folder))
        self.packages.setRowCount(len(info.dependencies))
        for r, dep in enumerate(info.dependencies):
            for c, value in enumerate((dep.name, dep.version, dep.license)):
                self.packages.setItem(r, c, QTableWidgetItem(value))
        self.packages.resizeColumnsToContents()
        self.all_texts.setVisible(bool(info.licenses_file))
        if info.dependencies:
            self.packages.setCurrentCell(0, 0)

    def _show_license(self, row: int) -> None:
        if self.info is None or not 0 <= row < len(self.info.dependencies):
            return
        self.license.setPlainText(license_text(self.info.dependencies[row], self.info.licenses_file))

    def _show_all_texts(self) -> None:
        if self.info is not None and self.info.licenses_file:
            text = Path(self.info.licenses_file).read_text(encoding="utf-8", errors="replace")
            self.license.setPlainText(text)


def open_about(window: Any) -> AboutDialog:
    """Open the About box over the main window and fill it from a background task."""
    from inspector.logs import log_folder
    from ui.errors import show_error

    dialog = AboutDialog(window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.about_dialog = dialog
    database = Path(window.database)

    def collect(_ctx: Any) -> Any:
        from inspector.about import collect_about

        return collect_about()

    def done(info: Any) -> None:
        from shiboken6 import isValid

        if isValid(dialog):  # not closed (and deleted) before the information arrived
            dialog.show_info(info, database, log_folder())

    window.runner.net(collect, on_done=done, on_error=lambda exc: show_error(window, exc), name="about")
    dialog.open()
    return dialog
