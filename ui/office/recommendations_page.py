"""Recommendations tab: every kiến nghị with its province, responsible unit, deadline and
follow-up state; filters; overdue rows stand out (red, bold, listed first). The panel on the right
shows the follow-up log and evidence files of the selected one (Open copies the file out of the
evidence store and opens it) and records a follow-up step: a new status, a note and evidence
files, which are linked to the recommendation and travel with sync. Reads and writes run where
the Store lives (`ui/office/source.py`)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from inspector.domain.inspection import ProvinceRef
from inspector.domain.recommendation import Recommendation
from inspector.domain.status import RecommendationStatus
from inspector.errors import EvidenceError, InvalidInputError, NotFoundError
from inspector.minutes.formats import place_name
from inspector.office.followup import (
    FollowUpFile,
    FollowUpRow,
    FollowUpState,
    build_followups,
    filter_followups,
    followup_files,
    update_followup,
)
from inspector.storage import Store
from ui.collation import sorted_by_name
from ui.desktop import open_local
from ui.errors import describe_error
from ui.office.common import OVERDUE, ROLE_ID, day_text, item, table
from ui.office.source import OfficeSource


def copy_followup_file(store: Store, file: FollowUpFile) -> Path:
    """Copy a follow-up evidence blob (its hash checked) to the user's private cache folder with its
    own name, so the system knows how to open it; the stored blob itself is never handed to other programs."""
    from inspector.opened_copies import write_copy

    return write_copy(store.blobs.read(file.sha256), file.sha256, file.file_name)


def load_followups(store: Store, today: date) -> list[FollowUpRow]:
    """Every recommendation to follow up; a sample inspection's only when all are samples."""
    from inspector.office.samples import apply_sample_rule

    inspections, _rule = apply_sample_rule(store.list_inspections(), summary_of=lambda s: s)
    return build_followups(store.all_recommendations(), inspections, today)


def linked_items(store: Store, rows: list[FollowUpRow]) -> dict[str, list[str]]:
    """Recommendation id → "2.3 question" of each checklist item it addresses (its failing items)."""
    from ui.models.checklist_tree import item_label

    out: dict[str, list[str]] = {}
    for row in rows:
        rec = row.recommendation
        if not rec.item_ids:
            continue
        try:
            template = store.template_for(store.inspection(rec.inspection_id))
        except Exception:  # noqa: BLE001 - a template missing here only loses the labels
            continue
        out[rec.id] = [item_label(template, item_id) for item_id in rec.item_ids]
    return out


class RecommendationsPage(QWidget):
    inspection_requested = Signal(str)
    followup_saved = Signal(str)
    loaded = Signal()
    file_opened = Signal(object)  # Path of the copy handed to the system

    open_external = staticmethod(open_local)

    def __init__(self, source: OfficeSource, today: date, actor: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.source = source
        self.today = today
        self.actor = actor
        self.all_rows: list[FollowUpRow] = []
        self.rows: list[FollowUpRow] = []
        self.files: list[Path] = []

        self.state_box = QComboBox()
        self.state_box.addItem(self.tr("All"), None)
        for state, label in self._state_names().items():
            self.state_box.addItem(label, state.value)
        self.province_box = QComboBox()
        self.year_box = QComboBox()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search text, unit, note…"))
        self.search.setClearButtonEnabled(True)
        filters = QHBoxLayout()
        for label, widget in ((self.tr("Status:"), self.state_box), (self.tr("Province:"), self.province_box),
                              (self.tr("Year:"), self.year_box)):
            filters.addWidget(QLabel(label))
            filters.addWidget(widget)
        filters.addWidget(self.search, 1)
        self.count = QLabel()
        self.count.setTextFormat(Qt.TextFormat.PlainText)
        self.list = table([self.tr("Province"), self.tr("Inspected unit"), self.tr("Year"),
                           self.tr("Recommendation"), self.tr("Responsible unit"), self.tr("Deadline"),
                           self.tr("Status"), self.tr("Days overdue")])
        self.list.setToolTip(self.tr("Double-click to open the inspection."))

        # Follow-up panel: texts from portals and inspectors are shown as plain text only.
        self.detail = QPlainTextEdit()
        self.detail.setReadOnly(True)
        self.new_status = QComboBox()
        for status, label in ((RecommendationStatus.OPEN, self.tr("Open")),
                              (RecommendationStatus.IN_PROGRESS, self.tr("In progress")),
                              (RecommendationStatus.DONE, self.tr("Done"))):
            self.new_status.addItem(label, status.value)
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(self.tr("What was done, by whom, with which document…"))
        self.evidence_list = QListWidget()
        self.evidence_list.setToolTip(self.tr("Double-click a file to open it."))
        self.evidence_list.setMaximumHeight(110)
        self.open_file_button = QPushButton(self.tr("Open file"))
        self.open_file_button.setEnabled(False)
        self.file_list = QListWidget()
        self.file_list.setMaximumHeight(80)
        self.add_file_button = QPushButton(self.tr("Add evidence file…"))
        self.save_button = QPushButton(self.tr("Save follow-up"))
        self.save_button.setEnabled(False)
        panel = QWidget()
        form = QFormLayout(panel)
        form.addRow(self.tr("Recommendation and follow-up log:"), self.detail)
        form.addRow(self.tr("Follow-up evidence:"), self.evidence_list)
        open_row = QHBoxLayout()
        open_row.addStretch(1)
        open_row.addWidget(self.open_file_button)
        form.addRow(open_row)
        form.addRow(self.tr("New status:"), self.new_status)
        form.addRow(self.tr("Note:"), self.note)
        form.addRow(self.tr("Files to add:"), self.file_list)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_file_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        form.addRow(buttons)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.list)
        split.addWidget(panel)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 1)
        split.setSizes([800, 400])
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.count)
        layout.addWidget(split, 1)

        self.state_box.currentIndexChanged.connect(self.apply_filters)
        self.province_box.currentIndexChanged.connect(self.apply_filters)
        self.year_box.currentIndexChanged.connect(self.apply_filters)
        self.search.textChanged.connect(self.apply_filters)
        self.list.itemSelectionChanged.connect(self._show_selected)
        self.list.cellDoubleClicked.connect(self._open_row)
        self.add_file_button.clicked.connect(self._choose_files)
        self.save_button.clicked.connect(self.save)
        self.evidence_list.itemSelectionChanged.connect(
            lambda: self.open_file_button.setEnabled(self.evidence_list.currentRow() >= 0))
        self.evidence_list.itemDoubleClicked.connect(lambda _item: self.open_selected_file())
        self.open_file_button.clicked.connect(self.open_selected_file)
        self.shown_files: list[FollowUpFile] = []
        self.saving = False
        # The window calls reload() once its signals are connected.

    def _state_names(self) -> dict[FollowUpState, str]:
        return {FollowUpState.OPEN: self.tr("Open"), FollowUpState.IN_PROGRESS: self.tr("In progress"),
                FollowUpState.DONE: self.tr("Done"), FollowUpState.OVERDUE: self.tr("Overdue")}

    # ------------------------------------------------------------------ data
    def reload(self, keep: str | None = None) -> None:
        """Read every recommendation again (after a follow-up, or after sync brought new data)."""
        today = self.today
        def load(job) -> tuple[list[FollowUpRow], dict[str, list[str]]]:  # noqa: ANN001
            rows = load_followups(job.store, today)
            return rows, linked_items(job.store, rows)

        self.source.run(load, on_done=lambda loaded: self._rows_loaded(*loaded, keep=keep), name="office-followups")

    def _rows_loaded(self, rows: list[FollowUpRow], items: dict[str, list[str]] | None = None,
                     keep: str | None = None) -> None:
        self.all_rows = rows
        self.item_labels = items or {}
        provinces = {(r.province.era, r.province.code): r.province for r in self.all_rows}
        years = sorted({r.year for r in self.all_rows if r.year}, reverse=True)
        for box, entries in (
            (self.province_box, [(place_name(p.name), ":".join(key)) for key, p in
                                 sorted_by_name(provinces.items(), lambda kv: place_name(kv[1].name))]),
            (self.year_box, [(str(y), y) for y in years]),
        ):
            current = box.currentData()
            box.blockSignals(True)
            box.clear()
            box.addItem(self.tr("All"), None)
            for label, data in entries:
                box.addItem(label, data)
            index = box.findData(current) if current is not None else 0
            box.setCurrentIndex(max(0, index))
            box.blockSignals(False)
        self.apply_filters(keep=keep)
        self.loaded.emit()

    def apply_filters(self, *_args: object, keep: str | None = None) -> None:
        keep = keep or self.selected_id()
        state = self.state_box.currentData()
        key = self.province_box.currentData()
        province = ProvinceRef(*key.split(":", 1), "") if key else None
        self.rows = filter_followups(self.all_rows, states=[FollowUpState(state)] if state else None, province=province,
                                     year=self.year_box.currentData(), search=self.search.text())
        names = self._state_names()
        self.list.setRowCount(len(self.rows))
        for row, r in enumerate(self.rows):
            rec = r.recommendation
            overdue = r.state is FollowUpState.OVERDUE
            color = OVERDUE if overdue else None
            cells = [item(place_name(r.province.name)), item(r.inspected_unit), item(r.year or "", center=True),
                     item(rec.text, tooltip=rec.text), item(rec.responsible_unit),
                     item(day_text(rec.deadline), center=True), item(names[r.state], center=True, bold=overdue),
                     item(r.days_overdue or "", center=True, bold=overdue)]
            for col, cell in enumerate(cells):
                if color is not None:
                    cell.setBackground(color)
                cell.setData(ROLE_ID, rec.id)
                self.list.setItem(row, col, cell)
        overdue = sum(1 for r in self.rows if r.state is FollowUpState.OVERDUE)
        self.count.setText(self.tr("{0} recommendations shown, {1} overdue").format(len(self.rows), overdue))
        if keep:
            self.select(keep)
        # The same row selected again sends no selection signal: show its new data anyway.
        self._show_selected()

    def select(self, recommendation_id: str) -> None:
        for row, r in enumerate(self.rows):
            if r.id == recommendation_id:
                self.list.selectRow(row)
                return
        self.list.clearSelection()

    def selected_row(self) -> FollowUpRow | None:
        rows = self.list.selectionModel().selectedRows()
        if not rows:
            return None
        return self.rows[rows[0].row()] if rows[0].row() < len(self.rows) else None

    def selected_id(self) -> str | None:
        row = self.selected_row()
        return row.id if row else None

    def _show_selected(self) -> None:
        row = self.selected_row()
        self.save_button.setEnabled(row is not None)
        if row is None:
            self.detail.setPlainText("")
            self._show_files(None)
            return
        rec = row.recommendation
        lines = [rec.text, ""]
        for label in getattr(self, "item_labels", {}).get(rec.id, []):
            lines.append(self.tr("For the item: {0}").format(label))
        if rec.responsible_unit:
            lines.append(self.tr("Responsible unit: {0}").format(rec.responsible_unit))
        if rec.deadline:
            lines.append(self.tr("Deadline: {0}").format(day_text(rec.deadline)))
        if rec.note:
            lines += ["", rec.note]
        self.detail.setPlainText("\n".join(lines))
        self._show_files(rec)
        self.new_status.setCurrentIndex(max(0, self.new_status.findData(rec.status.value)))

    def _show_files(self, rec: Recommendation | None) -> None:
        self.shown_files = followup_files(rec) if rec is not None else []
        self.evidence_list.clear()
        for f in self.shown_files:
            who = f" – {f.added_by}" if f.added_by else ""
            self.evidence_list.addItem(f"{f.file_name}{who}")
        self.open_file_button.setEnabled(False)

    def open_selected_file(self) -> None:
        """Copy the selected follow-up file out of the evidence store and open it."""
        row = self.evidence_list.currentRow()
        if not 0 <= row < len(self.shown_files):
            return
        chosen = self.shown_files[row]

        def opened(path: Path) -> None:
            self.file_opened.emit(path)
            if not type(self).open_external(path):
                self._error(self.tr("No program on this computer opens {0}. The file is at {1}.").format(
                    chosen.file_name, path))

        def failed(exc: BaseException) -> None:
            if isinstance(exc, EvidenceError):
                self._error(self.tr("The file {0} is missing or damaged in the evidence store. Sync again, "
                                    "or use Tools → Check data.").format(chosen.file_name))
            else:
                self._error(self.tr("The file {0} could not be opened. {1}").format(
                    chosen.file_name, describe_error(exc) or ""))

        self.source.run(lambda job: copy_followup_file(job.store, chosen), on_done=opened, on_error=failed,
                        name="office-open-followup-file")

    # -------------------------------------------------------------- follow-up
    def add_files(self, files: list[Path]) -> None:
        for path in files:
            self.files.append(Path(path))
            self.file_list.addItem(Path(path).name)

    def _choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Evidence files"))
        self.add_files([Path(n) for n in names])

    def save(self) -> bool:
        """Record the follow-up of the selected recommendation; True when it was sent to the
        database (`followup_saved` says when it is stored)."""
        row = self.selected_row()
        if row is None or self.saving:
            return False
        chosen = self.new_status.currentData()
        # The box starts on the current status: only a different one is a change.
        status = chosen if chosen != row.recommendation.status.value else None
        note, files = self.note.toPlainText(), list(self.files)
        if status is None and not note.strip() and not files:
            self._error(self.tr("Nothing was saved: {0}").format(
                self.tr("choose a new status, write a note or add a file")))
            return False
        actor, today, rec_id = self.actor, self.today, row.id
        self.saving = True
        self.save_button.setEnabled(False)
        self.source.run(lambda job: update_followup(job.store, rec_id, actor=actor, today=today, status=status,
                                                    note=note, files=files),
                        on_done=lambda _rec: self._saved(rec_id), on_error=self._save_failed,
                        name="office-followup")
        return True

    def _saved(self, rec_id: str) -> None:
        self.saving = False
        self.save_button.setEnabled(True)
        self.note.clear()
        self.files.clear()
        self.file_list.clear()
        self.reload(keep=rec_id)
        self.followup_saved.emit(rec_id)

    def _save_failed(self, exc: BaseException) -> None:
        self.saving = False
        self.save_button.setEnabled(self.selected_row() is not None)
        if isinstance(exc, InvalidInputError):
            self._error(self.tr("Nothing was saved: {0}").format(self._explain(exc)))
        elif isinstance(exc, NotFoundError):
            self._error(self.tr("This recommendation no longer exists (it may have been removed by sync)."))
            self.reload()
        else:
            self._error(self.tr("The follow-up was not saved. {0}").format(describe_error(exc) or ""))

    def _explain(self, exc: InvalidInputError) -> str:
        if exc.field_name == "file":
            return self.tr("the file {0} cannot be found").format(exc.value)
        if exc.field_name == "followup":
            return self.tr("choose a new status, write a note or add a file")
        return str(exc)

    def _error(self, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Follow-up"), text, QMessageBox.StandardButton.Ok, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.button(QMessageBox.StandardButton.Ok).setText(self.tr("OK"))
        self.last_error = text
        box.open()

    def _open_row(self, row: int, _column: int) -> None:
        if row < len(self.rows):
            self.inspection_requested.emit(self.rows[row].recommendation.inspection_id)
