"""Tools › Sync conflicts: records changed on two computers without either knowing of the other.

A list (inspection, item, who and when on each side), the versions side by side as plain text
(status, note, figures…), and one "Keep this version" button per version, which calls the core's
`resolve_conflict`: the kept version becomes a new change that syncs like any edit.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from inspector.domain import FindingStatus
from inspector.sync import RecordConflict, list_conflicts, resolve_conflict
from ui.i18n import format_number, translate
from ui.sync.texts import when_text
from ui.tasks import TaskContext, TaskRunner
from ui.widgets.plain import plain_label, plain_viewer

CONTENT_IGNORED = {"updated_at", "author", "revision", "created_at", "inspection_id", "id"}


@dataclass(frozen=True)
class ConflictRow:
    conflict: RecordConflict
    what: str  # "1.2 Portal address …" for a finding, the kind of record otherwise


def load_conflict_rows(store: Any) -> list[ConflictRow]:
    """Every open conflict with a human name for its record (database lane)."""
    from ui.models.checklist_tree import item_number

    rows = []
    templates: dict[str, Any] = {}
    for c in list_conflicts(store):
        what = entity_name(c.entity)
        if c.entity == "finding":
            try:
                if c.inspection_id not in templates:
                    templates[c.inspection_id] = store.template_for(store.inspection(c.inspection_id))
                template = templates[c.inspection_id]
                item = template.item(c.key)
                what = f"{item_number(template, c.key)} {item.text}"
            except Exception:  # noqa: BLE001 - a record of an unknown item: show its id
                what = c.key
        rows.append(ConflictRow(c, what))
    return rows


def entity_name(entity: str) -> str:
    return {
        "finding": translate("SyncConflicts", "Finding"),
        "inspection": translate("SyncConflicts", "Inspection details"),
        "evidence": translate("SyncConflicts", "Evidence file"),
        "recommendation": translate("SyncConflicts", "Recommendation"),
    }.get(entity, entity)


def _value_text(value: Any) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return translate("SyncConflicts", "yes") if value else translate("SyncConflicts", "no")
    if isinstance(value, int | float):
        return format_number(float(value))
    if isinstance(value, dict):
        return "; ".join(f"{k} = {_value_text(v)}" for k, v in value.items()) or "—"
    if isinstance(value, list | tuple):
        return "; ".join(_value_text(v) for v in value) or "—"
    return str(value)


def version_text(conflict: RecordConflict, data: dict[str, Any] | None) -> str:
    """One version as plain text; the fields that differ between the versions are marked ≠."""
    if data is None:
        return translate("SyncConflicts", "(deleted on this computer)")
    changed = set(conflict.changed_fields())
    lines = []

    def add(field: str, label: str, text: str, block: bool = False) -> None:
        mark = "≠ " if field in changed else "  "
        if block and "\n" in text:
            lines.append(f"{mark}{label}:")
            lines.extend("    " + line for line in text.splitlines())
        else:
            lines.append(f"{mark}{label}: {text}")

    if conflict.entity == "finding":
        from ui.models.status import status_label

        status = data.get("status")
        add("status", translate("SyncConflicts", "Result"), status_label(FindingStatus(status) if status else None))
        add("value", translate("SyncConflicts", "Value"), _value_text(data.get("value")))
        add("note", translate("SyncConflicts", "Note"), (data.get("note") or "").strip() or "—", block=True)
        add("figures", translate("SyncConflicts", "Figures"), _value_text(data.get("figures") or {}))
        return "\n".join(lines)
    for field in sorted(k for k in data if k not in CONTENT_IGNORED):
        add(field, field, _value_text(data[field]), block=True)
    return "\n".join(lines)


class ConflictsDialog(QDialog):
    resolved = Signal(str)  # inspection id: one of its records was resolved
    loaded = Signal(int)  # number of open conflicts shown

    def __init__(self, runner: TaskRunner, actor: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("sync-conflicts")
        self.setWindowTitle(translate("SyncConflicts", "Sync conflicts"))
        self.runner = runner
        self.actor = actor
        self.rows: list[ConflictRow] = []
        self.keep_buttons: list[QPushButton] = []
        self.version_views: list[Any] = []
        self.intro = plain_label(translate(
            "SyncConflicts", "These items were changed on two computers without either knowing of the other. Compare "
                             "the versions and keep the right one; the other is kept in the history."))
        self.table = QTreeWidget()
        self.table.setObjectName("conflict-list")
        self.table.setRootIsDecorated(False)
        self.table.setHeaderLabels([translate("SyncConflicts", "Inspection"), translate("SyncConflicts", "Item"),
                                    translate("SyncConflicts", "Versions")])
        self.table.setColumnWidth(0, 260)
        self.table.setColumnWidth(1, 320)
        self.table.currentItemChanged.connect(lambda *_: self._show_current())
        self.detail = QWidget()
        self.detail_layout = QHBoxLayout(self.detail)
        self.detail_layout.setContentsMargins(0, 0, 0, 0)
        self.empty = plain_label(translate("SyncConflicts", "There are no conflicts."))
        self.empty.setObjectName("conflicts-empty")
        self.empty.hide()
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setSizes([180, 360])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.empty)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.resize(980, 640)

    # --------------------------------------------------------------- data
    def reload(self) -> None:
        self.runner.db(lambda ctx: load_conflict_rows(ctx.store), on_done=self._fill, name="list-conflicts")

    def _fill(self, rows: list[ConflictRow]) -> None:
        current = self.current_key()
        self.rows = rows
        self.table.clear()
        for row in rows:
            c = row.conflict
            sides = " / ".join(f"{v.actor or '?'} ({when_text(v.at)})" for v in c.versions)
            item = QTreeWidgetItem([c.inspection_title or c.inspection_id, row.what, sides])
            for col in range(3):
                item.setToolTip(col, item.text(col))
            self.table.addTopLevelItem(item)
        self.empty.setVisible(not rows)
        keys = [self._key(r) for r in rows]
        index = keys.index(current) if current in keys else 0
        if rows:
            self.table.setCurrentItem(self.table.topLevelItem(index))
        self._show_current()
        self.loaded.emit(len(rows))

    @staticmethod
    def _key(row: ConflictRow) -> tuple[str, str, str]:
        return row.conflict.inspection_id, row.conflict.entity, row.conflict.key

    def current_row(self) -> ConflictRow | None:
        i = self.table.indexOfTopLevelItem(self.table.currentItem()) if self.table.currentItem() else -1
        return self.rows[i] if 0 <= i < len(self.rows) else None

    def current_key(self) -> tuple[str, str, str] | None:
        row = self.current_row()
        return self._key(row) if row else None

    def select(self, inspection_id: str, entity: str, key: str) -> None:
        for i, row in enumerate(self.rows):
            if self._key(row) == (inspection_id, entity, key):
                self.table.setCurrentItem(self.table.topLevelItem(i))

    # ------------------------------------------------------- side by side
    def _show_current(self) -> None:
        while self.detail_layout.count():
            w = self.detail_layout.takeAt(0).widget()
            if w is not None:
                w.deleteLater()
        self.keep_buttons, self.version_views = [], []
        row = self.current_row()
        if row is None:
            return
        for n, v in enumerate(row.conflict.versions):
            box = QGroupBox(translate("SyncConflicts", "Version {0}: {1}, {2}").format(n + 1, v.actor or "?",
                                                                                      when_text(v.at)))
            view = plain_viewer(version_text(row.conflict, v.data))
            view.setObjectName(f"conflict-version-{n}")
            keep = QPushButton(translate("SyncConflicts", "&Keep this version") if n == 0 else
                               translate("SyncConflicts", "Keep this version"))
            keep.setObjectName(f"keep-{n}")
            keep.clicked.connect(lambda _c=False, rev=v.revision: self.keep(rev))
            device = plain_label(translate("SyncConflicts", "Computer {0}").format(v.device[:8]))
            device.setStyleSheet("color: #607d8b;")
            inner = QVBoxLayout(box)
            inner.addWidget(device)
            inner.addWidget(view, 1)
            inner.addWidget(keep)
            self.detail_layout.addWidget(box, 1)
            self.keep_buttons.append(keep)
            self.version_views.append(view)

    def keep(self, revision: str) -> None:
        row = self.current_row()
        if row is None:
            return
        c = row.conflict
        actor = self.actor
        for b in self.keep_buttons:
            b.setEnabled(False)

        def job(ctx: TaskContext) -> str:
            return resolve_conflict(ctx.store, c.inspection_id, c.entity, c.key, revision, actor=actor,
                                    reason="resolve conflict (kept one version)")

        def done(_rev: str) -> None:
            self.resolved.emit(c.inspection_id)
            self.reload()

        def failed(exc: BaseException) -> None:
            from ui.errors import show_error

            for b in self.keep_buttons:
                b.setEnabled(True)
            show_error(self, exc)

        self.runner.db(job, on_done=done, on_error=failed, name="resolve-conflict")
