"""The inspection workspace: checklist tree + item pane, and the other tabs.

Tabs are declared in one registry (`register_workspace_tab`), so a later feature (the live
portal probe) plugs in as a tab without touching this file. A tab widget may implement
`load(record, template)`, `set_read_only(bool)`, `retranslate()` and `refresh(template, findings)`,
and a `changes_saved` signal when it writes to the inspection itself (the save indicator then
shows the time).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QBuffer,
    QByteArray,
    QIODevice,
    QItemSelectionModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QImage, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QHeaderView,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from inspector import clock
from inspector.checklists import ChecklistTemplate
from inspector.checklists.citation import item_as_of
from inspector.domain import Evidence, Finding, InspectionRecord, InspectionStatus, Recommendation
from ui.autosave import Autosave, SaveResult
from ui.desktop import open_local
from ui.dialogs.goto_section import GotoSectionDialog
from ui.dialogs.recommendation import RecommendationDialog
from ui.i18n import format_datetime, translate
from ui.models.checklist_tree import ChecklistTreeModel, item_label, item_number
from ui.models.status import status_for_key
from ui.pages.participants_tab import ParticipantsTab
from ui.pages.recommendations_tab import RecommendationsTab
from ui.pages.summary_tab import SummaryTab
from ui.pages.tabs import WORKSPACE_TABS, TabSpec, register_workspace_tab
from ui.tasks import TaskContext, TaskRunner
from ui.undo import FindingEdit
from ui.widgets.item_pane import ItemPane
from ui.widgets.plain import plain_label

TYPED_FIELDS = ("note", "value")  # merged while typing


def export_evidence_copy(store: Any, evidence: Evidence) -> Path:
    """Copy an evidence blob (verified) to the user's private cache folder with its original name,
    so the system knows how to open it; the stored blob itself is never handed to other programs."""
    from inspector.opened_copies import write_copy

    return write_copy(store.blobs.read(evidence.sha256), evidence.sha256, evidence.file_name)


class WorkspacePage(QWidget):
    opened = Signal(str)  # inspection id, once shown
    state_changed = Signal()  # read-only, tab or undo state changed (the window updates actions)
    message = Signal(str)  # a short status-bar message

    open_external: Callable[[Path], bool] = staticmethod(open_local)

    def __init__(self, runner: TaskRunner, autosave: Autosave, actor: Callable[[], str],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.runner = runner
        self.autosave = autosave
        self.actor = actor
        self.record: InspectionRecord | None = None
        self.template: ChecklistTemplate | None = None
        self.findings: dict[str, Finding] = {}
        self.evidence: list[Evidence] = []
        self.recommendations: list[Recommendation] = []
        self.current_item_id: str | None = None
        self.read_only = False
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(200)
        self.undo_stack.canUndoChanged.connect(self._undo_state_changed)
        self.undo_stack.canRedoChanged.connect(self._undo_state_changed)
        autosave.saved.connect(self._saved)

        self.title = plain_label(selectable=True)
        self.title.setObjectName("workspace-title")
        self.title.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.subtitle = plain_label()
        self.subtitle.setStyleSheet("color: #546e7a;")
        self.seal_banner = plain_label()
        self.seal_banner.setObjectName("seal-banner")
        self.seal_banner.setStyleSheet("background: #e8f5e9; color: #1b5e20; border: 1px solid #a5d6a7;"
                                       " border-radius: 3px; padding: 6px;")
        self.seal_banner.hide()
        # The law may have changed after the checklist was written: a cited text that secondary
        # sources report ended before the inspection date (not read, so nothing is hidden).
        self.law_banner = plain_label()
        self.law_banner.setObjectName("law-banner")
        self.law_banner.setStyleSheet("background: #fff8e1; color: #5d4037; border: 1px solid #ffcc80;"
                                      " border-radius: 3px; padding: 6px;")
        self.law_banner.hide()

        self.tabs = QTabWidget()
        self.tabs.setObjectName("workspace-tabs")
        self.tab_widgets: dict[str, QWidget] = {}
        self._tab_specs = sorted(WORKSPACE_TABS.values(), key=lambda t: (t.order, t.id))
        for spec in self._tab_specs:
            widget = spec.factory(self)
            if spec.id == "recommendations":
                widget.template_getter = lambda: self.template
            widget.setObjectName(f"tab-{spec.id}")
            self.tab_widgets[spec.id] = widget
            self.tabs.addTab(widget, "")
            if hasattr(widget, "changes_saved"):  # e.g. the probe's "Apply": "Saved at …" follows
                widget.changes_saved.connect(lambda *_args: self.autosave.note_saved_elsewhere())
        self.tabs.currentChanged.connect(self._tab_changed)

        from ui.widgets.focus_ring import FOCUS_RING_CSS

        self.setStyleSheet(FOCUS_RING_CSS)  # where the keyboard work happens (not the whole window:
        # a window-wide style sheet slowed the start-up to the list by a tenth of a second)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.seal_banner)
        layout.addWidget(self.law_banner)
        layout.addWidget(self.tabs, 1)
        self.retranslate()

    # ------------------------------------------------------ checklist tab
    def build_checklist_tab(self) -> QWidget:
        self.tree_model = ChecklistTreeModel(self)
        self.tree = QTreeView()
        self.tree.setObjectName("checklist-tree")
        self.tree.setModel(self.tree_model)
        # Long item titles wrap onto more lines instead of being cut off at the pane's edge.
        self.tree.setUniformRowHeights(False)
        self.tree.setWordWrap(True)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        from ui.widgets.wrap_delegate import WrappingDelegate

        self.tree.setItemDelegateForColumn(0, WrappingDelegate(self.tree))
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.selectionModel().currentChanged.connect(self._tree_current_changed)
        self.tree.installEventFilter(self)  # Enter: to the item's value field (or its note)
        self.item_pane = ItemPane()
        self.item_pane.status_chosen.connect(lambda s: self.edit_finding("status", s))
        self.item_pane.value_edited.connect(lambda v: self.edit_finding("value", v))
        self.item_pane.note_edited.connect(lambda t: self.edit_finding("note", t))
        self.item_pane.figures_edited.connect(lambda f: self.edit_finding("figures", f))
        self.item_pane.leave_requested.connect(self.focus_tree)
        self.item_pane.recommend_requested.connect(self.recommend_for_current_item)
        ev = self.item_pane.evidence
        ev.add_requested.connect(self.add_evidence_dialog)
        ev.files_dropped.connect(self.add_evidence_files)
        ev.image_pasted.connect(self.add_evidence_image)
        ev.open_requested.connect(self.open_evidence)
        ev.caption_edited.connect(self.set_evidence_caption)
        ev.remove_requested.connect(self.remove_evidence)
        # Items whose legal basis is not in force on the inspection date are hidden; the inspector
        # can show them (greyed, never counted) to see what a later or earlier law would ask.
        self.show_not_in_force = QCheckBox()
        self.show_not_in_force.setObjectName("show-not-in-force")
        self.show_not_in_force.toggled.connect(self._not_in_force_toggled)
        self.show_not_in_force.hide()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.tree, 1)
        left_layout.addWidget(self.show_not_in_force)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.item_pane)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([460, 700])
        return splitter

    # ------------------------------------------------------------- loading
    def open_inspection(self, inspection_id: str, on_error: Callable[[BaseException], None] | None = None) -> None:
        def load(ctx: TaskContext) -> tuple[InspectionRecord, ChecklistTemplate]:
            record = ctx.store.load_inspection(inspection_id)
            return record, ctx.store.template_for(record.inspection)

        self.runner.db(load, on_done=lambda r: self.show_record(*r), on_error=on_error, name="open-inspection")

    def reload(self) -> None:
        if self.record is not None:
            self.autosave.flush()
            keep = self.current_item_id
            self.open_inspection(self.record.id)
            self._keep_item = keep

    def show_record(self, record: InspectionRecord, template: ChecklistTemplate) -> None:
        same = self.record is not None and self.record.id == record.id
        keep = getattr(self, "_keep_item", None) if same else None
        self._keep_item = None
        self.record = record
        self.template = template
        self.findings = dict(record.findings)
        self.evidence = list(record.evidence)
        self.recommendations = list(record.recommendations)
        self.folder_read_only = bool(getattr(self.runner, "store_read_only", False))
        self.read_only = record.inspection.status is InspectionStatus.FINALIZED or self.folder_read_only
        if not same:
            self.undo_stack.clear()
        self._load_tree()
        self._paint_header()
        for spec in self._tab_specs:
            widget = self.tab_widgets[spec.id]
            if hasattr(widget, "load"):
                widget.load(record, template)
            if hasattr(widget, "set_read_only"):
                widget.set_read_only(self.read_only)
        self.item_pane.set_read_only(self.read_only)
        first = keep or (self.current_item_id if same else None) or self._first_unanswered() or self.tree_model.order[0]
        self.current_item_id = None
        self.select_item(first)
        self.state_changed.emit()
        self.opened.emit(record.id)

    def _load_tree(self) -> None:
        assert self.record is not None and self.template is not None
        self.tree_model.load(self.template, self.findings, day=self.record.inspection.day,
                             show_not_in_force=self.show_not_in_force.isChecked())
        self.tree.expandAll()
        self._label_not_in_force()

    def _label_not_in_force(self) -> None:
        hidden = self.tree_model.hidden_count
        self.show_not_in_force.setText(translate(
            "WorkspacePage", "Show items not in force on the inspection date ({0})").format(hidden))
        self.show_not_in_force.setVisible(hidden > 0)

    def _not_in_force_toggled(self, _checked: bool) -> None:
        if self.record is None:
            return
        keep = self.current_item_id
        self._load_tree()
        self.current_item_id = None
        self.select_item(keep if keep in self.tree_model.order else self.tree_model.order[0])

    def _paint_header(self) -> None:
        assert self.record is not None and self.template is not None
        i = self.record.inspection
        self.title.setText(i.inspected_unit)
        bits = [i.province.name, f"{self.template.title} ({self.template.version})"]
        if i.portal_url:
            bits.append(i.portal_url)
        self.subtitle.setText(" · ".join(bits))
        seal = self.record.latest_seal
        if getattr(self, "folder_read_only", False):
            self.seal_banner.setText(translate(
                "WorkspacePage", "The data folder cannot be written (read-only), so editing is off: you can browse, "
                                 "export and check the data. To edit, copy the data folder to this computer or choose "
                                 "a folder you can write to in Settings."))
            self.seal_banner.show()
        elif self.read_only and seal is not None:
            self.seal_banner.setText(translate("WorkspacePage", "Finalized on {0} by {1}. Seal (SHA-256): {2}").format(
                format_datetime(seal.sealed_at), seal.sealed_by, seal.sha256))
            self.seal_banner.show()
        elif self.record.amendments:
            last = self.record.amendments[-1]
            self.seal_banner.setText(translate("WorkspacePage", "Reopened for amendment on {0}: {1}").format(
                format_datetime(last.at), last.reason))
            self.seal_banner.show()
        else:
            self.seal_banner.hide()
        self._paint_law_banner()

    def _paint_law_banner(self) -> None:
        """The caution for the inspection's checklist snapshot; then, once the installed checklists
        are read (off the GUI thread, once per session), for the newest version too: an inspection
        begun under an older snapshot learns of a report the office has added since."""
        self._show_law_banner(None)
        with_reference = getattr(self.window(), "with_reference", None)
        if with_reference is not None and self.record is not None:
            shown = self.record.id
            with_reference(lambda catalog, _provinces: self._show_law_banner(catalog)
                           if self.record is not None and self.record.id == shown else None)

    def _show_law_banner(self, catalog: object | None) -> None:
        import datetime

        from inspector.checklists.citation import short_title
        from inspector.clock import format_date

        assert self.record is not None and self.template is not None
        day = self.record.inspection.day
        reported = self.template.reported_ended(day)
        ended = self.template.ended_before(day)
        if catalog is not None:
            try:
                newest = catalog.get(self.template.id)  # type: ignore[attr-defined]
            except KeyError:
                newest = None
            if newest is not None:
                known = {d.id for d in reported}
                reported += [d for d in newest.reported_ended(day) if d.id not in known]
                known = {d.id for d in ended}
                ended += [d for d in newest.ended_before(day) if d.id not in known]
        if not reported and not ended:
            self.law_banner.hide()
            return
        lines = []
        if ended:
            texts = ", ".join(translate("WorkspacePage", "{0} (in force until {1})").format(
                short_title(d), format_date(datetime.date.fromisoformat(d.in_force_until))) for d in ended)
            lines.append(translate(
                "WorkspacePage", "Check the law first: {0} had ceased to be in force before this inspection's date. "
                                 "This checklist follows it; decide item by item which of its requirements applied "
                                 "on the inspection date.").format(texts))
        lines += [translate(
            "WorkspacePage", "Check the law first: {0} is reported to have ceased to be in force after {1} "
                             "(secondary sources; the text that would end it has not been read). This checklist "
                             "still follows it; decide item by item whether its requirements still apply on the "
                             "inspection date.").format(short_title(d), format_date(datetime.date.fromisoformat(d.reported_until)))
            for d in reported]
        self.law_banner.setText("\n".join(lines))
        self.law_banner.setToolTip("\n\n".join([d.note for d in ended] + [d.reported_source for d in reported]))
        self.law_banner.show()

    def retranslate(self) -> None:
        for index, spec in enumerate(self._tab_specs):
            self.tabs.setTabText(index, translate("WorkspaceTabs", spec.title))
        for widget in self.tab_widgets.values():
            if hasattr(widget, "retranslate") and widget is not self._checklist_widget():
                widget.retranslate()
        if hasattr(self, "tree_model"):
            self.tree_model.retranslate()
            self.item_pane.retranslate()
            self._label_not_in_force()
        if self.record is not None:
            self._paint_header()

    def _checklist_widget(self) -> QWidget | None:
        return self.tab_widgets.get("checklist")

    def changeEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ---------------------------------------------------------- navigation
    def select_item(self, item_id: str) -> None:
        index = self.tree_model.index_of_item(item_id)
        if index.isValid():
            self.tree.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
            self.tree.scrollTo(index)
            if self.current_item_id != item_id:  # currentChanged did not fire (same index)
                self._show_item(item_id)

    def _tree_current_changed(self, current, _previous) -> None:  # noqa: ANN001
        item_id = self.tree_model.item_id_at(current)
        if item_id is None and current.isValid() and self.template is not None:
            section_id = current.siblingAtColumn(0).data(Qt.ItemDataRole.UserRole + 2)
            section = next((s for s in self.template.sections if s.id == section_id), None)
            item_id = section.items[0].id if section and section.items else None
        if item_id is not None and item_id != self.current_item_id:
            self._show_item(item_id)

    def _show_item(self, item_id: str) -> None:
        assert self.template is not None and self.record is not None
        self.current_item_id = item_id
        # The reference as the inspection's date allows it: texts not yet (or no longer) in force are not cited.
        item = item_as_of(self.template, self.template.item(item_id), self.record.inspection.day)
        section = self.template.section_of(item_id)
        conflict = next((c for c in self.record.conflicts if c.item_id == item_id), None)
        self.item_pane.show_item(item, item_number(self.template, item_id), section.title,
                                 self.findings.get(item_id), self._evidence_for(item_id), conflict)
        self.item_pane.set_recommendations(self._recommendations_for(item_id))

    def _evidence_for(self, item_id: str) -> list[Evidence]:
        return [e for e in self.evidence if e.item_id == item_id]

    def _step(self, delta: int) -> None:
        order = self.tree_model.order
        if not order:
            return
        pos = order.index(self.current_item_id) if self.current_item_id in order else -1
        new = min(max(pos + delta, 0), len(order) - 1)
        self.select_item(order[new])

    def go_next(self) -> None:
        self._step(1)

    def go_previous(self) -> None:
        self._step(-1)

    def _first_unanswered(self, after: str | None = None) -> str | None:
        order = self.tree_model.order
        start = order.index(after) + 1 if after in order else 0
        for item_id in order[start:] + order[:start]:
            f = self.findings.get(item_id)
            if f is None or not f.answered:
                return item_id
        return None

    def unanswered_items(self) -> list[tuple[str, str]]:
        """(item id, "2.3  question") of every item without an answer, in checklist order."""
        if self.template is None:
            return []
        return [(item_id, f"{item_number(self.template, item_id)}  {self.template.item(item_id).text}")
                for item_id in self.tree_model.order if not self._is_answered(item_id)]

    def go_to_item(self, item_id: str) -> None:
        """Show one item and put the keyboard where its answer goes (the list, for status items)."""
        self.tabs.setCurrentWidget(self._checklist_widget())
        self.select_item(item_id)
        if self.item_pane.value_editor() is not None:
            self.item_pane.focus_value()
        else:
            self.focus_tree()

    def go_next_unanswered(self) -> None:
        item_id = self._first_unanswered(self.current_item_id)
        if item_id is None or item_id == self.current_item_id and self._is_answered(item_id):
            self.message.emit(translate("WorkspacePage", "Every item has an answer."))
            return
        self.select_item(item_id)

    def _is_answered(self, item_id: str) -> bool:
        f = self.findings.get(item_id)
        return bool(f and f.answered)

    def choose_section(self) -> None:
        if self.template is None:
            return
        progress = {}
        for s in self.template.sections:
            p = self.tree_model.section_progress(s.id)
            progress[s.id] = f"{p.answered}/{p.total}"
        dialog = GotoSectionDialog(self.template, progress, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.jump_to_section(dialog.chosen()))
        dialog.open()

    def jump_to_section(self, section_id: str | None) -> None:
        if self.template is None or section_id is None:
            return
        section = next(s for s in self.template.sections if s.id == section_id)
        shown = [it.id for it in section.items if it.id in self.tree_model.order]
        if not shown:
            return
        target = next((i for i in shown if not self._is_answered(i)), shown[0])
        self.select_item(target)
        self.focus_tree()

    def focus_tree(self) -> None:
        self.tabs.setCurrentWidget(self._checklist_widget())
        self.tree.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_note(self) -> None:
        self.tabs.setCurrentWidget(self._checklist_widget())
        self.item_pane.focus_note()

    def focus_value(self) -> None:
        """To the value field of a number or text item (the note of a status-only item)."""
        self.tabs.setCurrentWidget(self._checklist_widget())
        self.item_pane.focus_value()

    def eventFilter(self, watched: Any, event: Any) -> bool:  # noqa: N802 - Qt override
        from PySide6.QtCore import QEvent

        if (watched is getattr(self, "tree", None) and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and event.modifiers() == Qt.KeyboardModifier.NoModifier and self.current_item_id is not None):
            self.focus_value()
            return True
        return super().eventFilter(watched, event)

    def switch_tab(self, step: int) -> None:
        """To the next (+1) or previous (-1) tab, wrapping, and into it: Ctrl+Tab / Ctrl+PgDown work
        from anywhere in the inspection, where a table, a text box or the list would keep them."""
        count = self.tabs.count()
        if count:
            self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % count)
            if self.tabs.currentWidget() is self._checklist_widget():
                self.tree.setFocus(Qt.FocusReason.ShortcutFocusReason)
            else:
                self.tabs.currentWidget().setFocus(Qt.FocusReason.ShortcutFocusReason)
                self.tabs.currentWidget().focusNextChild()

    def on_checklist_tab(self) -> bool:
        return self.tabs.currentWidget() is self._checklist_widget()

    def _tab_changed(self, index: int) -> None:
        widget = self.tabs.widget(index)
        # (the checklist tab is a bare QSplitter, whose own refresh() takes no arguments)
        if widget is not self._checklist_widget() and hasattr(widget, "refresh") and self.template is not None:
            widget.refresh(self.template, self.findings)
        self.state_changed.emit()

    # -------------------------------------------------------------- edits
    def set_status_key(self, key: int) -> None:
        if self.current_item_id is not None:
            self.edit_finding("status", status_for_key(key))

    def edit_finding(self, field: str, value: Any) -> None:
        """A user edit of the current item: undoable, saved within half a second."""
        if self.read_only or self.current_item_id is None or self.record is None:
            return
        item_id = self.current_item_id
        current = self.findings.get(item_id)
        old = getattr(current or Finding(self.record.id, item_id), field)
        if old == value:
            return
        self.undo_stack.push(FindingEdit(self, item_id, field, old, value, typing=field in TYPED_FIELDS))

    def apply_finding_field(self, item_id: str, field: str, value: Any, *, from_undo: bool) -> None:
        """Put a value in the in-memory finding, the tree, the editors and the save queue."""
        assert self.record is not None
        base = self.findings.get(item_id) or Finding(self.record.id, item_id)
        finding = dataclasses.replace(base, **{field: value})
        self.findings[item_id] = finding
        self.tree_model.update_finding(finding)
        if from_undo and item_id != self.current_item_id:
            self.select_item(item_id)
        elif item_id == self.current_item_id and (from_undo or field == "status"):
            self.item_pane.show_finding(finding)
        self.autosave.queue_finding(self.record.id, item_id, **{field: value})
        if field == "status":
            self.autosave.flush()  # a click is a decision: store it now

    def _saved(self, result: SaveResult) -> None:
        # keep revision ids current (the record on screen is what a later finalize seals)
        for f in result.findings:
            mine = self.findings.get(f.item_id)
            if mine is not None and self.record is not None and f.inspection_id == self.record.id:
                self.findings[f.item_id] = dataclasses.replace(mine, revision=f.revision)
        for header in result.headers:
            if self.record is not None and header.id == self.record.id:
                self.record = dataclasses.replace(self.record, inspection=header)
                self._paint_header()
                self.state_changed.emit()  # the window title names the unit

    def header_edited(self, changes: dict) -> None:
        if self.record is not None and not self.read_only:
            self.autosave.queue_header(self.record.id, **changes)

    def _undo_state_changed(self, _can: bool) -> None:
        self.state_changed.emit()

    def undo(self) -> None:
        self.undo_stack.undo()

    def redo(self) -> None:
        self.undo_stack.redo()

    # ------------------------------------------------------------ evidence
    def add_evidence_dialog(self) -> None:
        if self.read_only or self.current_item_id is None:
            return
        dialog = QFileDialog(self, translate("WorkspacePage", "Attach evidence"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.setNameFilters([
            translate("WorkspacePage", "Photos, scans and documents (*.png *.jpg *.jpeg *.pdf *.docx *.doc *.xlsx *.txt *.html *.htm)"),
            translate("WorkspacePage", "All files (*)"),
        ])
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.filesSelected.connect(lambda files: self.add_evidence_files([Path(f) for f in files]))
        dialog.open()

    def add_evidence_files(self, files: list[Path]) -> None:
        if self.read_only or self.current_item_id is None or self.record is None:
            return
        iid, item_id, actor = self.record.id, self.current_item_id, self.actor()

        def add(ctx: TaskContext) -> list[Evidence]:
            return [ctx.store.add_evidence_file(iid, Path(f), item_id=item_id, actor=actor) for f in files]

        self.runner.db(add, on_done=self._evidence_added, name="add-evidence")

    def add_evidence_image(self, image: QImage) -> None:
        if self.read_only or self.current_item_id is None or self.record is None:
            return
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        buffer.close()
        payload = bytes(data.data())
        name = clock.local_now().strftime("anh-chup-%Y%m%d-%H%M%S.png")
        iid, item_id, actor = self.record.id, self.current_item_id, self.actor()
        self.runner.db(lambda ctx: [ctx.store.add_evidence(iid, payload, name, "image/png", item_id=item_id,
                                                           actor=actor)],
                       on_done=self._evidence_added, name="paste-evidence")

    def paste_evidence(self) -> None:
        if not self.item_pane.evidence.paste():
            self.message.emit(translate("WorkspacePage", "The clipboard holds no image or file."))

    def _evidence_added(self, added: list[Evidence]) -> None:
        self.evidence.extend(added)
        self._refresh_evidence()
        self.autosave.note_saved_elsewhere()
        if added:
            self.message.emit(translate("WorkspacePage", "Evidence attached: {0}").format(
                ", ".join(e.file_name for e in added)))

    def _refresh_evidence(self) -> None:
        if self.current_item_id is not None:
            self.item_pane.evidence.set_items(self._evidence_for(self.current_item_id))

    def open_evidence(self, evidence: Evidence) -> None:
        self.runner.db(lambda ctx: export_evidence_copy(ctx.store, evidence),
                       on_done=lambda path: type(self).open_external(path), name="open-evidence")

    def set_evidence_caption(self, evidence: Evidence, caption: str) -> None:
        if self.read_only:
            return
        actor = self.actor()
        self.runner.db(lambda ctx: ctx.store.update_evidence(evidence.id, caption=caption, actor=actor),
                       on_done=self._evidence_updated, name="caption-evidence")

    def _evidence_updated(self, updated: Evidence) -> None:
        self.evidence = [updated if e.id == updated.id else e for e in self.evidence]
        self._refresh_evidence()

    def remove_evidence(self, evidence: Evidence) -> None:
        if self.read_only:
            return
        box = QMessageBox(QMessageBox.Icon.Question, translate("WorkspacePage", "Remove evidence"),
                          translate("WorkspacePage", "Remove “{0}” from this item? The file stays in the history "
                                                     "of the inspection.").format(evidence.file_name),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda result: self._remove_confirmed(evidence, result))
        box.open()

    def _remove_confirmed(self, evidence: Evidence, result: int) -> None:
        if result != QMessageBox.StandardButton.Yes:
            return
        actor = self.actor()

        def remove(ctx: TaskContext) -> str:
            ctx.store.remove_evidence(evidence.id, actor=actor)
            return evidence.id

        self.runner.db(remove, on_done=self._evidence_removed, name="remove-evidence")

    def _evidence_removed(self, evidence_id: str) -> None:
        self.evidence = [e for e in self.evidence if e.id != evidence_id]
        self._refresh_evidence()
        self.autosave.note_saved_elsewhere()

    # ----------------------------------------------------- recommendations
    def add_recommendation(self, item_id: str | None = None) -> None:
        """Add a kiến nghị; with `item_id` (Make a recommendation… on an item) it is linked to that
        item, shown under it and in the Recommendations tab, the minutes and the office follow-up."""
        if self.read_only or self.record is None:
            return
        items = [(item_id, item_label(self.template, item_id))] if item_id and self.template else []
        dialog = RecommendationDialog(self, default_unit=self.record.inspection.inspected_unit, items=items)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.recommendation_dialog = dialog
        iid, actor = self.record.id, self.actor()

        def accepted() -> None:
            v = dialog.value()

            def add(ctx: TaskContext) -> Recommendation:
                rec = ctx.store.add_recommendation(iid, v.text, actor=actor, responsible_unit=v.responsible_unit,
                                                   deadline=v.deadline, note=v.note, item_ids=v.item_ids)
                if v.status != rec.status:
                    rec = ctx.store.update_recommendation(rec.id, actor=actor, status=v.status)
                return rec

            self.runner.db(add, on_done=self._recommendation_saved, name="add-recommendation")

        dialog.accepted.connect(accepted)
        dialog.open()

    def edit_recommendation(self, rec: Recommendation) -> None:
        if self.record is None:
            return
        dialog = RecommendationDialog(self, rec, follow_up_only=self.read_only)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        actor = self.actor()

        def accepted() -> None:
            v = dialog.value()
            changes: dict[str, Any] = {"status": v.status, "note": v.note}
            if not self.read_only:
                changes.update(text=v.text, responsible_unit=v.responsible_unit, deadline=v.deadline)
            self.runner.db(lambda ctx: ctx.store.update_recommendation(rec.id, actor=actor, **changes),
                           on_done=self._recommendation_saved, name="edit-recommendation")

        dialog.accepted.connect(accepted)
        dialog.open()

    def remove_recommendation(self, rec: Recommendation) -> None:
        if self.read_only:
            return
        box = QMessageBox(QMessageBox.Icon.Question, translate("WorkspacePage", "Remove recommendation"),
                          translate("WorkspacePage", "Remove this recommendation?") + "\n\n" + rec.text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        actor = self.actor()

        def done(result: int) -> None:
            if result == QMessageBox.StandardButton.Yes:
                def remove(ctx: TaskContext) -> str:
                    ctx.store.remove_recommendation(rec.id, actor=actor)
                    return rec.id

                self.runner.db(remove, on_done=self._recommendation_removed, name="remove-recommendation")

        box.finished.connect(done)
        box.open()

    def recommend_for_current_item(self) -> None:
        """Make a recommendation… (Ctrl+R): a kiến nghị linked to the item on screen."""
        if self.current_item_id is not None:
            self.add_recommendation(self.current_item_id)

    def _recommendation_saved(self, rec: Recommendation) -> None:
        found = any(r.id == rec.id for r in self.recommendations)
        self.recommendations = ([rec if r.id == rec.id else r for r in self.recommendations] if found
                                else [*self.recommendations, rec])
        self._recommendations_changed()

    def _recommendation_removed(self, rec_id: str) -> None:
        self.recommendations = [r for r in self.recommendations if r.id != rec_id]
        self._recommendations_changed()

    def _recommendations_changed(self) -> None:
        self.tab_widgets["recommendations"].set_items(self.recommendations)
        if self.current_item_id is not None:
            self.item_pane.set_recommendations(self._recommendations_for(self.current_item_id))
        self.autosave.note_saved_elsewhere()  # written to disk: the status bar says so, with the time

    def _recommendations_for(self, item_id: str) -> list[Recommendation]:
        return [r for r in self.recommendations if item_id in r.item_ids]


# --------------------------------------------------------------- built-in tabs
def _checklist_tab(ws: WorkspacePage) -> QWidget:
    return ws.build_checklist_tab()


def _participants_tab(ws: WorkspacePage) -> QWidget:
    tab = ParticipantsTab()
    tab.header_edited.connect(ws.header_edited)
    return tab


def _recommendations_tab(ws: WorkspacePage) -> QWidget:
    tab = RecommendationsTab()
    tab.add_requested.connect(lambda: ws.add_recommendation())
    tab.item_requested.connect(lambda item_id: ws.go_to_item(item_id))
    tab.edit_requested.connect(ws.edit_recommendation)
    tab.remove_requested.connect(ws.remove_recommendation)
    return tab


def _summary_tab(ws: WorkspacePage) -> QWidget:
    tab = SummaryTab()
    tab.header_edited.connect(ws.header_edited)
    return tab


for _spec in (
    TabSpec("checklist", QT_TRANSLATE_NOOP("WorkspaceTabs", "Checklist"), _checklist_tab, 10),
    TabSpec("participants", QT_TRANSLATE_NOOP("WorkspaceTabs", "Participants"), _participants_tab, 20),
    TabSpec("recommendations", QT_TRANSLATE_NOOP("WorkspaceTabs", "Recommendations"), _recommendations_tab, 30),
    TabSpec("summary", QT_TRANSLATE_NOOP("WorkspaceTabs", "Summary"), _summary_tab, 90),
):
    register_workspace_tab(_spec)
