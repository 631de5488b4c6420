"""The "Live probe" tab of the workspace: probe the inspected portal, review what it found item by
item, and apply the proposals the inspector accepts.

- The run (`inspector.probe.run_probe`) goes to the network lane: it never sees the Store, reports
  each fetched page, and stops within a fraction of a second when cancelled (or when the window
  closes, or another inspection is opened).
- Applying goes to the database lane (`plan_probe_changes` + `apply_probe_changes`), after the
  edits still waiting in the autosave queue, so a note being typed is kept and the probe's note is
  added below it. Nothing is applied unless the inspector clicks; nothing for a finalized
  inspection.
- Everything that came from the portal (link texts, snippets, URLs) is shown as plain text: table
  cells, a plain-text viewer and plain labels, never rich text.
- The probe's own wording (`inspector.probe.describe`) is shown in the interface's language and
  redrawn when it changes; what is applied (the notes stored with findings) is always Vietnamese.

- The inspector decides: "Apply all" fills only items without an answer, unless the inspector
  ticks, in a list showing current → proposed, which answered items to replace. One apply is one
  step on the undo stack (Ctrl+Z puts every finding back and removes the files it added).
"""

from __future__ import annotations

import dataclasses
import logging
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from inspector.checklists import ChecklistTemplate
from inspector.domain import Evidence, Finding, FindingStatus, InspectionRecord
from ui.errors import show_error
from ui.i18n import current_language, format_datetime, translate
from ui.models.checklist_tree import item_number
from ui.models.status import status_label
from ui.tasks import Task, TaskContext
from ui.widgets.plain import plain_label, plain_viewer

if TYPE_CHECKING:
    from inspector.probe import CheckResult, ItemProposal, ProbeChanges, ProbeOptions, ProbeRun
    from inspector.probe.changes import AppliedProbe

# `inspector.probe` (httpx, the HTML parser, the checks) is imported by the jobs, in their worker
# threads, and by the functions that describe a run once there is one: building the workspace
# does not pay for it.

log = logging.getLogger(__name__)

# Column ids and English headers ("ProbePanel" context).
COLUMNS: tuple[tuple[str, str], ...] = (
    ("number", QT_TRANSLATE_NOOP("ProbePanel", "No.")),
    ("item", QT_TRANSLATE_NOOP("ProbePanel", "Item")),
    ("verdict", QT_TRANSLATE_NOOP("ProbePanel", "Verdict")),
    ("proposed", QT_TRANSLATE_NOOP("ProbePanel", "Proposed")),
    ("current", QT_TRANSLATE_NOOP("ProbePanel", "Current")),
    ("url", QT_TRANSLATE_NOOP("ProbePanel", "URL")),
    ("http", QT_TRANSLATE_NOOP("ProbePanel", "HTTP")),
    ("time", QT_TRANSLATE_NOOP("ProbePanel", "Time (ms)")),
    ("snippet", QT_TRANSLATE_NOOP("ProbePanel", "Matched text")),
    ("evidence", QT_TRANSLATE_NOOP("ProbePanel", "Evidence")),
    ("apply", QT_TRANSLATE_NOOP("ProbePanel", "Apply")),
)
COL = {name: i for i, (name, _) in enumerate(COLUMNS)}

_VERDICTS = {
    "found": QT_TRANSLATE_NOOP("ProbePanel", "Found"),  # Verdict values (a StrEnum)
    "not_found": QT_TRANSLATE_NOOP("ProbePanel", "Not found"),
    "inconclusive": QT_TRANSLATE_NOOP("ProbePanel", "Inconclusive"),
}


@dataclass
class ProbeResults:
    """The last run for one inspection and what has been applied from it."""

    inspection_id: str
    run: ProbeRun
    applied: dict[str, frozenset[str]] = field(default_factory=dict)  # item id → SHA-256 of the pages it used


def primary_check(proposal: ItemProposal) -> CheckResult | None:
    """The check a table row shows: the one that keeps the probe from deciding, else the first
    that found something, else the first."""
    if proposal.status is None and proposal.value is None:
        for check in proposal.checks:
            if check.verdict == "inconclusive":
                return check
    for check in proposal.checks:
        if check.verdict == "found":
            return check
    return proposal.checks[0] if proposal.checks else None


def display_language() -> str:
    """The language of the probe's wording on screen: the interface's (only for display: what is
    stored with findings stays Vietnamese)."""
    return current_language()


def verdict_text(check: CheckResult | None) -> str:
    """'Có — tìm thấy' / 'Found — found', 'Inconclusive — the server asked for fewer requests (HTTP 429)'."""
    if check is None:
        return translate("ProbePanel", "No check")
    text = translate("ProbePanel", _VERDICTS[check.verdict])
    from inspector.probe.describe import describe_reason

    why = describe_reason(check.reason, language=display_language())
    return f"{text} — {why}" if why else text


_NO_PROPOSAL = {
    "not-found-check": QT_TRANSLATE_NOOP("ProbePanel", "Not found — check"),
    "low-coverage": QT_TRANSLATE_NOOP("ProbePanel", "Not found — check"),
    "inconclusive": QT_TRANSLATE_NOOP("ProbePanel", "Could not tell — check"),
    "no-dvc-address": QT_TRANSLATE_NOOP("ProbePanel", "Not checked — no DVC address"),
    "budget": QT_TRANSLATE_NOOP("ProbePanel", "Not checked — time ran out"),
}


def proposal_text(proposal: ItemProposal) -> str:
    if proposal.status is not None:
        return status_label(proposal.status)
    if proposal.value is not None:
        return translate("ProbePanel", "Value: {0}").format(proposal.value)
    return translate("ProbePanel", _NO_PROPOSAL.get(proposal.reason, QT_TRANSLATE_NOOP("ProbePanel", "No proposal")))


def current_text(finding: Finding | None) -> str:
    if finding is None or not finding.answered:
        return status_label(None)
    if finding.status is not None:
        return status_label(finding.status)
    return translate("ProbePanel", "Value: {0}").format(finding.value)


def has_proposal(proposal: ItemProposal) -> bool:
    return proposal.status is not None or proposal.value is not None


class ProbePanel(QWidget):
    """The tab. `ws` is the WorkspacePage (record, template, findings, runner, autosave)."""

    run_finished = Signal(str)  # "done" | "failed" | "cancelled"
    changes_saved = Signal(int)  # number of findings the probe set

    def __init__(self, ws: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.ws = ws
        self.inspection_id: str | None = None
        self.template: ChecklistTemplate | None = None
        self.read_only = False
        self.task: Task | None = None
        self.applying = False
        self.results: dict[str, ProbeResults] = {}  # per inspection, for this session
        self._edited: set[str] = set()  # address fields the user changed (a late prefill keeps off)
        self._summary_text = ""  # the run summary last shown in the status line (redrawn on language change)

        # -- addresses -------------------------------------------------------------------------
        self.portal_url = _line("probe-portal-url")
        self.dvc_url = _line("probe-dvc-url")
        self.portal_url.textEdited.connect(lambda _t: self._edited.add("portal"))
        self.dvc_url.textEdited.connect(lambda _t: self._edited.add("dvc"))
        # Both addresses are used in one run: each item is checked where it lives (the portal, or
        # the public-service portal for the DVC items), so there is no choice to get wrong.
        self.portal_label = plain_label(selectable=False)
        self.portal_label.setBuddy(self.portal_url)
        self.dvc_label = plain_label(selectable=False)
        self.dvc_label.setBuddy(self.dvc_url)
        self.ca_file = _line("probe-ca-file")
        self.ca_browse = QPushButton()
        self.ca_browse.clicked.connect(self._browse_ca)
        self.tls_note = plain_label()
        self.tls_note.setStyleSheet("color: #607d8b;")
        self.address_box = QGroupBox()
        form = QFormLayout(self.address_box)
        form.addRow(self.portal_label, self.portal_url)
        form.addRow(self.dvc_label, self.dvc_url)
        ca_row = QWidget()
        ca_layout = QHBoxLayout(ca_row)
        ca_layout.setContentsMargins(0, 0, 0, 0)
        ca_layout.addWidget(self.ca_file, 1)
        ca_layout.addWidget(self.ca_browse)
        self.ca_label = plain_label(selectable=False)
        self.ca_label.setBuddy(self.ca_file)
        form.addRow(self.ca_label, ca_row)
        form.addRow(self.tls_note)

        # -- run / cancel / progress -----------------------------------------------------------
        self.run_button = QPushButton()
        self.run_button.setObjectName("probe-run")
        self.run_button.clicked.connect(self.start)
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("probe-cancel")
        self.cancel_button.clicked.connect(self.cancel)
        self.progress = QProgressBar()
        self.progress.setObjectName("probe-progress")
        self.progress.setTextVisible(True)
        self.status = plain_label()
        self.status.setObjectName("probe-status")
        self.fetched = QListWidget()  # each page as it arrives (URLs: plain text in item views)
        self.fetched.setObjectName("probe-fetched")
        run_row = QHBoxLayout()
        run_row.addWidget(self.run_button)
        run_row.addWidget(self.cancel_button)
        run_row.addWidget(self.progress, 1)

        # -- results ---------------------------------------------------------------------------
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("probe-results")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL["item"], QHeaderView.ResizeMode.Stretch)
        # Narrow enough that the item's text keeps room at 1366 px (full texts: tooltips and details).
        for name, width in (("verdict", 170), ("proposed", 120), ("current", 95), ("url", 110), ("snippet", 130)):
            self.table.setColumnWidth(COL[name], width)
        for name in ("number", "http", "time", "evidence", "apply"):
            header.setSectionResizeMode(COL[name], QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._show_details)
        self.details = plain_viewer()
        self.details.setObjectName("probe-details")
        self.evidence_list = QListWidget()
        self.evidence_list.setObjectName("probe-evidence")
        self.evidence_list.itemActivated.connect(lambda _i: self.open_selected_evidence())
        self.open_evidence_button = QPushButton()
        self.open_evidence_button.setObjectName("probe-open-evidence")
        self.open_evidence_button.clicked.connect(self.open_selected_evidence)
        self.evidence_label = plain_label(selectable=False)
        evidence_box = QWidget()
        evidence_layout = QVBoxLayout(evidence_box)
        evidence_layout.setContentsMargins(0, 0, 0, 0)
        evidence_layout.addWidget(self.evidence_label)
        evidence_layout.addWidget(self.evidence_list, 1)
        evidence_layout.addWidget(self.open_evidence_button)
        self.fetched_label = plain_label(selectable=False)
        fetched_box = QWidget()
        fetched_layout = QVBoxLayout(fetched_box)
        fetched_layout.setContentsMargins(0, 0, 0, 0)
        fetched_layout.addWidget(self.fetched_label)
        fetched_layout.addWidget(self.fetched, 1)
        bottom = QSplitter(Qt.Orientation.Horizontal)
        bottom.addWidget(self.details)
        bottom.addWidget(evidence_box)
        bottom.addWidget(fetched_box)
        bottom.setSizes([700, 300, 300])
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(bottom)
        split.setSizes([420, 160])
        self.apply_all_button = QPushButton()
        self.apply_all_button.setObjectName("probe-apply-all")
        self.apply_all_button.clicked.connect(self.confirm_apply_all)
        self.finalized_note = plain_label()
        self.finalized_note.setObjectName("probe-finalized")
        self.finalized_note.setStyleSheet("color: #1b5e20;")
        self.finalized_note.hide()
        self.results_label = plain_label()
        self.results_label.setObjectName("probe-summary")
        apply_row = QHBoxLayout()
        apply_row.addWidget(self.results_label, 1)
        apply_row.addWidget(self.apply_all_button)
        # Kept runs (WARC files with the inspection): reopen one, compare with the one before it.
        self.runs_label = plain_label(selectable=False)
        self.runs_box = QComboBox()
        self.runs_box.setObjectName("probe-runs")
        self.runs_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.runs_label.setBuddy(self.runs_box)
        self.runs_box.activated.connect(self._open_kept)
        self.compare_button = QPushButton()
        self.compare_button.setObjectName("probe-compare")
        self.compare_button.clicked.connect(self.compare_with_previous)
        self.kept: list[Any] = []  # ProbeRunRecord, newest first
        self.shown_run_id: str | None = None
        runs_row = QHBoxLayout()
        runs_row.addWidget(self.runs_label)
        runs_row.addWidget(self.runs_box, 1)
        runs_row.addWidget(self.compare_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.address_box)
        layout.addLayout(run_row)
        layout.addWidget(self.status)
        layout.addWidget(self.finalized_note)
        layout.addLayout(apply_row)
        layout.addLayout(runs_row)
        layout.addWidget(split, 1)
        self.retranslate()
        self._update_buttons()

    # ------------------------------------------------------------------ workspace hooks
    def load(self, record: InspectionRecord, template: ChecklistTemplate) -> None:
        """The workspace shows `record` (another inspection, or the same one reloaded)."""
        self.template = template
        if record.id != self.inspection_id:
            self._abandon_run()
            self.inspection_id = record.id
            self._edited.clear()
            self.fetched.clear()
            self.progress.reset()
            self.status.setText("")
            self._prefill(record, template)
            if self.current() is not None:
                self._list_pages(self.current().run)
            self.kept, self.shown_run_id = [], None
            self._list_kept()
        self._show_results()

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self._update_buttons()
        self._fill_apply_column()

    def refresh(self, template: ChecklistTemplate, findings: dict[str, Finding]) -> None:
        """The tab came to the front: statuses may have changed in the checklist."""
        self._show_results()

    def focus_run(self) -> None:
        self.run_button.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def retranslate(self) -> None:
        self.address_box.setTitle(translate("ProbePanel", "Address to probe"))
        self.portal_label.setText(translate("ProbePanel", "&Portal"))
        self.dvc_label.setText(translate("ProbePanel", "Public-&service portal"))
        self.dvc_url.setToolTip(translate(
            "ProbePanel", "Optional: without it, the probe looks for a link to dichvucong.* or dvc.* on the portal"))
        self.portal_url.setPlaceholderText("https://…gov.vn")
        self.dvc_url.setPlaceholderText("https://dichvucong…gov.vn")
        self.ca_label.setText(translate("ProbePanel", "Extra trusted &CA file"))
        self.ca_file.setPlaceholderText(translate("ProbePanel", "optional: a .pem file from the national root CA"))
        self.ca_browse.setText(translate("ProbePanel", "Choose…"))
        self.tls_note.setText(translate(
            "ProbePanel", "Certificates are always checked against the system's trusted authorities (and the CA file above, "
                 "if any); checking cannot be turned off. The probe only reads pages: it never logs in or sends forms."))
        self.run_button.setText(translate("ProbePanel", "&Run the probe"))
        self.cancel_button.setText(translate("ProbePanel", "Ca&ncel"))
        self.apply_all_button.setText(translate("ProbePanel", "Apply &all proposals…"))
        self.open_evidence_button.setText(translate("ProbePanel", "&Open evidence file"))
        self.runs_label.setText(translate("ProbePanel", "&Kept runs:"))
        self.compare_button.setText(translate("ProbePanel", "Co&mpare with the previous run"))
        self.fetched_label.setText(translate("ProbePanel", "Pages read:"))
        self.evidence_label.setText(translate("ProbePanel", "Evidence files of this item from the probe:"))
        self.finalized_note.setText(translate(
            "ProbePanel", "This inspection is finalized: the probe can run, but its results cannot be applied."))
        self.table.setHorizontalHeaderLabels([translate("ProbePanel", title) for _, title in COLUMNS])
        res = self.current()
        if res is not None and self._summary_text and self.status.text() == self._summary_text:
            self._show_summary(res.run)  # still showing the last run's summary: in the new language
        self._show_results()

    # ------------------------------------------------------------------ addresses
    def _prefill(self, record: InspectionRecord, template: ChecklistTemplate) -> None:
        inspection = record.inspection
        self.portal_url.setText(inspection.portal_url)
        self.dvc_url.setText(inspection.dvc_url)
        settings = getattr(self.window(), "settings", None)
        self.ca_file.setText(getattr(settings, "probe_ca_file", "") or "")
        if inspection.portal_url and inspection.dvc_url:
            return
        iid, province = record.id, inspection.province

        def lookup(_ctx: TaskContext) -> tuple[str, str]:
            from inspector.reference.provinces import load_provinces

            try:
                known = load_provinces().get(province.era, province.code)
            except (KeyError, LookupError):
                return "", ""
            return known.portal_url, known.dvc_url

        def found(urls: tuple[str, str]) -> None:
            if iid != self.inspection_id:
                return
            for key, box, url in (("portal", self.portal_url, urls[0]), ("dvc", self.dvc_url, urls[1])):
                if url and not box.text().strip() and key not in self._edited:
                    box.setText(url)

        self.ws.runner.net(lookup, on_done=found, on_error=lambda exc: log.warning("province lookup: %s", exc),
                           name="probe-province")

    def address(self, box: Any = None) -> str:
        """The portal's address (or `box`'s); "phutho.gov.vn" typed without a scheme means
        https://phutho.gov.vn."""
        url = (box or self.portal_url).text().strip()
        return f"https://{url}" if url and "://" not in url else url

    def _browse_ca(self) -> None:
        dialog = QFileDialog(self, translate("ProbePanel", "Extra trusted CA file"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilters([translate("ProbePanel", "Certificates (*.pem *.crt *.cer)"), translate("ProbePanel", "All files (*)")])
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(self.ca_file.setText)
        dialog.open()

    def _remember_ca(self, ca: str) -> None:
        window = self.window()
        settings = getattr(window, "settings", None)
        if settings is not None and hasattr(settings, "probe_ca_file") and settings.probe_ca_file != ca:
            window.apply_settings(dataclasses.replace(settings, probe_ca_file=ca))

    # ------------------------------------------------------------------ running
    def probe_options(self, ca_file: str | None) -> ProbeOptions:
        """The limits of a run from the panel (the engine's defaults, plus the CA file). Called
        in the worker thread."""
        from inspector.probe import ProbeOptions

        return ProbeOptions(ca_file=ca_file)

    def start(self) -> None:
        ws = self.ws
        if self.task is not None or ws.record is None or self.template is None:
            return
        url = self.address()
        if not url:
            self.status.setText(translate("ProbePanel", "Enter the address of the portal to probe."))
            self._focus_address()
            return
        ca = self.ca_file.text().strip()
        self._remember_ca(ca)
        iid, template = ws.record.id, self.template
        label = ws.record.inspection.province.name
        dvc = self.address(self.dvc_url) or None

        def job(ctx: TaskContext) -> ProbeRun:
            from inspector.probe import ProbeTarget, run_probe

            target, options = ProbeTarget(url, label=label, dvc_url=dvc), self.probe_options(ca or None)
            return run_probe(target, template, options, progress=ctx.progress, cancelled=ctx.cancelled)

        self.fetched.clear()
        self.progress.setRange(0, 0)  # busy until the first page arrives
        self.status.setText(translate("ProbePanel", "Probing {0}…").format(url))
        task = ws.runner.net(job, on_done=lambda run: self._finished(iid, run),
                             on_error=lambda exc: self._failed(iid, exc), name="probe")
        if task.done:  # the window is closing: nothing runs any more
            return
        self.task = task
        task.progressed.connect(lambda done, total, what, t=task: self._progressed(t, done, total, what))
        task.was_cancelled.connect(lambda: self._cancelled(iid))
        task.finished.connect(lambda t=task: self._task_ended(t))
        self._update_buttons()

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.status.setText(translate("ProbePanel", "Stopping…"))
            self.cancel_button.setEnabled(False)

    def _abandon_run(self) -> None:
        """Another inspection is opened: a run for the previous one stops, its result is dropped."""
        if self.task is not None:
            self.task.cancel()
            self.task = None
        self._update_buttons()

    def _progressed(self, task: Task, done: int, total: int, url: str) -> None:
        if task is not self.task:  # a run given up (another inspection was opened) still winding down
            return
        from inspector.probe.run import CHECKING  # already loaded by the running job

        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        if url.startswith(CHECKING):  # the pages are read; now each item is checked
            item_id = url[len(CHECKING):]
            number = item_number(self.template, item_id) if self.template else item_id
            self.status.setText(translate("ProbePanel", "Checking item {0} ({1} of {2})").format(number, done, total))
            return
        self.status.setText(translate("ProbePanel", "Pages read: {0} of {1} so far — {2}").format(done, total, url))
        self.fetched.addItem(url)
        self.fetched.scrollToBottom()

    def _task_ended(self, task: Task) -> None:
        if task is self.task:
            self.task = None
            self._update_buttons()

    def _finished(self, inspection_id: str, run: ProbeRun) -> None:
        self.results[inspection_id] = ProbeResults(inspection_id, run)
        self._keep(inspection_id, run)
        if inspection_id != self.inspection_id:
            return
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self._show_summary(run)
        self._list_pages(run)
        self._show_results()
        self.run_finished.emit("done")

    # ------------------------------------------------------------------ kept runs
    def _keep(self, inspection_id: str, run: ProbeRun) -> None:
        """Store the run as a WARC file with the inspection (database lane)."""
        actor = self.ws.actor()

        def job(ctx: TaskContext) -> Any:
            from inspector.probe.warc import write_run

            summary = {"pages_read": run.pages_read, "requests": run.requests,
                       "proposals": sum(1 for p in run.proposals if p.status is not None or p.value is not None),
                       "items": len(run.proposals), "dvc": run.dvc_url}
            return ctx.store.add_probe_run(inspection_id, write_run(run), started_at=run.started_at,
                                           target=run.target.url, template_id=run.template_id, summary=summary,
                                           actor=actor)

        def kept(record: Any) -> None:
            if inspection_id == self.inspection_id:
                self.shown_run_id = record.id
                self._list_kept()

        self.ws.runner.db(job, on_done=kept, on_error=lambda exc: log.warning("probe run not kept: %s", exc),
                          name="keep-probe-run")

    def _list_kept(self) -> None:
        iid = self.inspection_id
        if iid is None:
            return

        def job(ctx: TaskContext) -> list[Any]:
            return ctx.store.probe_runs(iid)

        def listed(records: list[Any]) -> None:
            if iid != self.inspection_id:
                return
            self.kept = records
            self.runs_box.clear()
            for record in records:
                self.runs_box.addItem(translate("ProbePanel", "{0} — {1} — {2} pages read").format(
                    format_datetime(record.started_at), record.target,
                    record.summary.get("pages_read", "?")), record.id)
            if self.shown_run_id is not None:
                index = self.runs_box.findData(self.shown_run_id)
                if index >= 0:
                    self.runs_box.setCurrentIndex(index)
            elif records and self.current() is None and self.task is None:
                self._open_kept(0)  # back after a restart: the latest kept run is shown again
            self._update_buttons()

        self.ws.runner.db(job, on_done=listed, on_error=lambda exc: log.warning("probe runs: %s", exc),
                          name="list-probe-runs")

    def _open_kept(self, index: int) -> None:
        """Show a kept run (read from its WARC file) as the current results."""
        if not 0 <= index < len(self.kept) or self.task is not None:
            return
        record, iid = self.kept[index], self.inspection_id

        def job(ctx: TaskContext) -> ProbeRun:
            from inspector.probe.warc import read_run

            return read_run(ctx.store.probe_run_data(record.id))

        def opened(run: ProbeRun) -> None:
            if iid != self.inspection_id:
                return
            self.results[iid] = ProbeResults(iid, run)
            self.shown_run_id = record.id
            self._show_summary(run)
            self._list_pages(run)
            self._show_results()

        self.ws.runner.db(job, on_done=opened, on_error=lambda exc: show_error(self, exc), name="open-probe-run")

    def compare_with_previous(self) -> None:
        """What changed since the run kept before the one shown: items and pages (details pane)."""
        res = self.current()
        index = self.runs_box.findData(self.shown_run_id) if self.shown_run_id else -1
        if res is None or index < 0 or index + 1 >= len(self.kept):
            return
        earlier, later = self.kept[index + 1], res.run

        def job(ctx: TaskContext) -> Any:
            from inspector.probe.compare import compare_runs
            from inspector.probe.warc import read_run

            return compare_runs(read_run(ctx.store.probe_run_data(earlier.id)), later)

        def compared(diff: Any) -> None:
            self.comparison_text = self._comparison_text(earlier, diff)
            self.table.clearSelection()
            self.details.setPlainText(self.comparison_text)

        self.ws.runner.db(job, on_done=compared, on_error=lambda exc: show_error(self, exc), name="compare-probe-runs")

    def _comparison_text(self, earlier: Any, diff: Any) -> str:
        from inspector.probe.describe import describe_reason

        lines = [translate("ProbePanel", "Compared with the run of {0}:").format(
            format_datetime(earlier.started_at))]

        def shown(value: Any, reason: str) -> str:
            if value is None:
                return translate("ProbePanel", "no proposal") + (
                    f" ({describe_reason(reason, language=display_language())})" if reason else "")
            return status_label(value) if isinstance(value, FindingStatus) else str(value)

        if not diff.changed and not diff.pages_appeared and not diff.pages_disappeared:
            lines.append(translate("ProbePanel", "Nothing changed."))
        for change in diff.changed:
            number = item_number(self.template, change.item_id) if self.template else change.item_id
            lines.append(f"• {number}: {shown(change.before, change.reason_before)} → {shown(change.after, change.reason_after)}")
        if diff.pages_appeared:
            lines.append(translate("ProbePanel", "Pages that appeared:"))
            lines += [f"  + {u}" for u in diff.pages_appeared]
        if diff.pages_disappeared:
            lines.append(translate("ProbePanel", "Pages that disappeared (or could not be read):"))
            lines += [f"  − {u}" for u in diff.pages_disappeared]
        return "\n".join(lines)

    def _list_pages(self, run: ProbeRun) -> None:
        """Every page of the run with its HTTP status or why it could not be read (progress
        reports are thinned out while running, so the live list may have skipped some)."""
        self.fetched.clear()
        for page in run.pages:
            outcome = page.error or (str(page.status) if page.status is not None else "—")
            self.fetched.addItem(f"{outcome}  {page.final_url}")
        self.fetched.scrollToTop()

    def _failed(self, inspection_id: str, exc: BaseException) -> None:
        if inspection_id != self.inspection_id:
            return
        self.progress.reset()
        self.status.setText(translate("ProbePanel", "The probe could not run."))
        show_error(self, exc)
        self.run_finished.emit("failed")

    def _cancelled(self, inspection_id: str) -> None:
        if inspection_id != self.inspection_id:
            return
        self.progress.reset()
        self.status.setText(translate("ProbePanel", "The probe was stopped. Nothing was changed."))
        self.run_finished.emit("cancelled")

    def _show_summary(self, run: ProbeRun) -> None:
        self._summary_text = self._summary(run)
        self.status.setText(self._summary_text)

    def _summary(self, run: ProbeRun) -> str:
        text = translate("ProbePanel", "Probed {0} at {1}: {2} pages read, {3} requests, {4} s.").format(
            run.target.url, format_datetime(run.started_at), run.pages_read, run.requests,
            f"{run.elapsed:.1f}")
        if run.dvc_url:
            text += " " + translate("ProbePanel", "Public-service portal: {0}.").format(run.dvc_url)
        for cov in run.coverage:
            if not cov.sufficient:
                text += " " + translate(
                    "ProbePanel", "Only {0} pages of {1} could be read (at least {2} are needed): whatever was not "
                                  "found there needs checking in person.").format(cov.pages_read, cov.url, cov.min_pages)
        if run.home_error:
            from inspector.probe.describe import describe_reason

            text += " " + translate("ProbePanel", "The home page could not be read: {0}.").format(
                describe_reason(run.home_error, language=display_language()))
        if run.budget_exhausted:
            text += " " + translate("ProbePanel", "The time allowed ran out: some pages were not read.")
        if run.page_cap_reached:
            text += " " + translate("ProbePanel", "The page limit was reached.")
        return text

    # ------------------------------------------------------------------ results table
    def current(self) -> ProbeResults | None:
        return self.results.get(self.inspection_id) if self.inspection_id else None

    def row_of(self, item_id: str) -> int:
        res = self.current()
        if res is None:
            return -1
        return next((i for i, p in enumerate(res.run.proposals) if p.item_id == item_id), -1)

    def _show_results(self) -> None:
        res = self.current()
        selected = self._selected_item()
        proposals = res.run.proposals if res is not None else ()
        self.table.setRowCount(len(proposals))
        for row, proposal in enumerate(proposals):
            self._fill_row(row, proposal, res)
        self._fill_apply_column()
        if res is not None:
            count = sum(1 for p in proposals if has_proposal(p))
            self.results_label.setText(translate("ProbePanel", "{0} items checked, {1} with a proposal. Results of {2}.").format(
                len(proposals), count, format_datetime(res.run.started_at)))
            if not self.status.text():
                self._show_summary(res.run)
        else:
            self.results_label.setText(translate(
                "ProbePanel", "No results shown: run the probe, or choose one of the kept runs."))
        if selected and self.row_of(selected) >= 0:
            self.table.selectRow(self.row_of(selected))
        self._show_details()
        self._update_buttons()

    def _fill_row(self, row: int, proposal: ItemProposal, res: ProbeResults) -> None:
        template, ws = self.template, self.ws
        item = template.item(proposal.item_id) if template else None
        check = primary_check(proposal)
        number = item_number(template, proposal.item_id) if template else ""
        evidence = self.evidence_of(proposal.item_id)
        values = {
            "number": number,
            "item": item.text if item else proposal.item_id,
            "verdict": verdict_text(check),
            "proposed": proposal_text(proposal),
            "current": current_text(ws.findings.get(proposal.item_id)),
            "url": (check.url or "") if check else "",
            "http": str(check.status) if check and check.status is not None else "",
            "time": f"{check.elapsed_ms:.0f}" if check and check.elapsed_ms is not None else "",
            "snippet": (check.snippet or "") if check else "",
            "evidence": translate("ProbePanel", "{0} files").format(len(evidence)) if evidence else "",
        }
        for name, text in values.items():
            cell = QTableWidgetItem(text)  # item views paint plain text: markup shows as typed
            if name == "number":
                cell.setData(Qt.ItemDataRole.UserRole, proposal.item_id)
            if name in ("http", "time"):
                cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, COL[name], cell)

    def _fill_apply_column(self) -> None:
        res = self.current()
        if res is None:
            return
        for row, proposal in enumerate(res.run.proposals):
            button = self.table.cellWidget(row, COL["apply"])
            if not isinstance(button, QPushButton):
                button = QPushButton()
                button.setObjectName(f"probe-apply-{proposal.item_id}")
                button.clicked.connect(lambda _c=False, i=proposal.item_id: self.apply_items([i]))
                self.table.setCellWidget(row, COL["apply"], button)
            applied = proposal.item_id in res.applied
            if not has_proposal(proposal):
                # Nothing to apply: the button says so instead of silently doing nothing.
                button.setText(translate("ProbePanel", "No proposal"))
                button.setToolTip(translate("ProbePanel", "The probe proposes nothing for this item: check it in person."))
                button.setEnabled(False)
                continue
            button.setToolTip("")
            button.setText(translate("ProbePanel", "Applied") if applied else translate("ProbePanel", "Apply"))
            button.setEnabled(not applied and not self.read_only and not self.applying)

    def _selected_item(self) -> str | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        cell = self.table.item(rows[0].row(), COL["number"])
        return cell.data(Qt.ItemDataRole.UserRole) if cell else None

    def _show_details(self) -> None:
        res, item_id = self.current(), self._selected_item()
        self.evidence_list.clear()
        if res is None or item_id is None:
            self.details.setPlainText("")
            self._update_buttons()
            return
        from inspector.probe.describe import describe_check, describe_proposal

        proposal, language = res.run.proposal(item_id), display_language()
        item = self.template.item(item_id) if self.template else None
        lines = [f"{item_number(self.template, item_id)} {item.text}" if item and self.template else item_id,
                 describe_proposal(proposal, language=language), ""]
        for check in proposal.checks:
            lines.append(f"• {describe_check(check, language=language)}")
            if check.checked_at is not None:
                lines.append("  " + translate("ProbePanel", "Checked at {0}; SHA-256 of the page: {1}").format(
                    format_datetime(check.checked_at), check.sha256 or "—"))
        self.details.setPlainText("\n".join(lines))
        for evidence in self.evidence_of(item_id):
            entry = QListWidgetItem(evidence.file_name)
            entry.setData(Qt.ItemDataRole.UserRole, evidence.id)
            self.evidence_list.addItem(entry)
        if self.evidence_list.count():
            self.evidence_list.setCurrentRow(0)
        self._update_buttons()

    def evidence_of(self, item_id: str) -> list[Evidence]:
        """The stored pages this item's verdicts rest on (one file per page, shared by the items
        that used it), once the item has been applied."""
        res = self.current()
        if res is None or item_id not in res.applied:
            return []
        pages = {}
        for url in res.applied[item_id]:
            page = res.run.page(url)
            if page is not None:
                pages[(page.sha256, page.final_url)] = True
        return [e for e in self.ws.evidence if e.source == "probe" and (e.sha256, e.url) in pages]

    def open_selected_evidence(self) -> None:
        entry = self.evidence_list.currentItem()
        if entry is None:
            return
        evidence_id = entry.data(Qt.ItemDataRole.UserRole)
        evidence = next((e for e in self.ws.evidence if e.id == evidence_id), None)
        if evidence is not None:
            self.ws.open_evidence(evidence)

    # ------------------------------------------------------------------ applying
    def pending(self) -> list[ItemProposal]:
        """Proposals with a status or a value that have not been applied yet."""
        res = self.current()
        if res is None:
            return []
        return [p for p in res.run.proposals if has_proposal(p) and p.item_id not in res.applied]

    def confirm_apply_all(self) -> None:
        """The list of what would change (current → proposed): items without an answer are ticked,
        answered ones only if the inspector ticks them."""
        todo = self.pending()
        if not todo or self.read_only:
            return
        dialog = ApplyDialog(self, [(p, self.ws.findings.get(p.item_id)) for p in todo], self.template)
        dialog.accepted.connect(lambda: self.apply_items(dialog.chosen()))
        dialog.open()
        self.apply_dialog = dialog

    def apply_items(self, item_ids: list[str]) -> None:
        """Save the accepted proposals (database lane); one step on the undo stack."""
        res, ws = self.current(), self.ws
        if res is None or not item_ids or self.read_only or self.applying or ws.record is None:
            return
        ws.autosave.flush()  # queued before the job below: typed notes are saved first, then extended
        iid, run, actor = res.inspection_id, res.run, ws.actor()
        ids = [i for i in item_ids if i not in res.applied]
        if not ids:
            return
        stored = {(e.sha256, e.url): e.file_name for e in ws.evidence
                  if e.source == "probe" and e.url and e.media_type != "application/json"}

        def job(ctx: TaskContext) -> tuple[ProbeChanges, AppliedProbe]:
            from inspector.probe import plan_probe_changes
            from inspector.probe.changes import apply_probe_changes

            existing = {}
            for item_id in ids:
                finding = ctx.store.finding(iid, item_id)
                if finding is not None:
                    existing[item_id] = finding
            changes = plan_probe_changes(run, ids, existing=existing, stored_pages=stored)
            return changes, apply_probe_changes(ctx.store, iid, changes, actor=actor)

        self.applying = True
        self._saving()
        self._fill_apply_column()
        self._update_buttons()
        ws.runner.db(job, on_done=lambda out: self._applied(res, *out), on_error=self._apply_failed,
                     name="apply-probe")

    def _applied(self, res: ProbeResults, changes: ProbeChanges, applied: AppliedProbe) -> None:
        self.applying = False
        for item_id in applied.after:
            proposal = res.run.proposal(item_id)
            res.applied[item_id] = frozenset(u for c in proposal.checks for u in c.pages)
        command = ProbeApplyCommand(self, res, changes, applied)
        self._absorb(res.inspection_id, applied.after, added=applied.evidence)
        if res.inspection_id == self.inspection_id:
            self.ws.undo_stack.push(command)  # first redo: already done
        self.ws.message.emit(translate("ProbePanel", "Probe results applied to {0} items.").format(len(applied.after)))
        self.changes_saved.emit(len(applied.after))

    def _absorb(self, inspection_id: str, findings: dict[str, Finding], *, added: tuple[Evidence, ...] = (),
                removed: frozenset[str] = frozenset()) -> None:
        """Show what the database now holds without reloading the inspection (a reload of 60
        items cost seconds): the checklist, the open item, the evidence, the save mark."""
        ws = self.ws
        if ws.record is not None and ws.record.id == inspection_id:
            for item_id, finding in findings.items():
                ws.findings[item_id] = finding
                ws.tree_model.update_finding(finding)
            if removed:
                ws.evidence = [e for e in ws.evidence if e.id not in removed]
            ws.evidence.extend(added)
            if ws.current_item_id in findings:
                ws.item_pane.show_finding(findings[ws.current_item_id])
            ws.state_changed.emit()
        self._saved_now()
        if inspection_id == self.inspection_id:
            self._show_results()

    def _saving(self) -> None:
        indicator = getattr(self.window(), "save_indicator", None)
        if indicator is not None:
            indicator.set_state("saving")

    def _saved_now(self) -> None:
        indicator = getattr(self.window(), "save_indicator", None)
        if indicator is not None:
            indicator.set_state("saved")

    def undo_apply(self, command: ProbeApplyCommand) -> None:
        """Put the findings back as they were before `command`'s apply and remove its files."""
        res, actor = command.results, self.ws.actor()
        applied = command.applied
        removed = frozenset(e.id for e in applied.evidence)
        self.ws.autosave.flush()

        def job(ctx: TaskContext) -> dict[str, Finding]:
            from inspector.probe.changes import restore_findings

            return restore_findings(ctx.store, res.inspection_id, applied.before, actor=actor, remove=removed)

        def done(findings: dict[str, Finding]) -> None:
            for item_id in findings:
                res.applied.pop(item_id, None)
            self._absorb(res.inspection_id, findings, removed=removed)

        self._saving()
        self.ws.runner.db(job, on_done=done, on_error=self._apply_failed, name="undo-probe")

    def redo_apply(self, command: ProbeApplyCommand) -> None:
        res, actor = command.results, self.ws.actor()

        def job(ctx: TaskContext) -> AppliedProbe:
            from inspector.probe.changes import apply_probe_changes

            return apply_probe_changes(ctx.store, res.inspection_id, command.changes, actor=actor)

        def done(applied: AppliedProbe) -> None:
            command.applied = applied
            for item_id in applied.after:
                proposal = res.run.proposal(item_id)
                res.applied[item_id] = frozenset(u for c in proposal.checks for u in c.pages)
            self._absorb(res.inspection_id, applied.after, added=applied.evidence)

        self._saving()
        self.ws.runner.db(job, on_done=done, on_error=self._apply_failed, name="redo-probe")

    def _apply_failed(self, exc: BaseException) -> None:
        self.applying = False
        self._fill_apply_column()
        self._update_buttons()
        show_error(self, exc)

    # ------------------------------------------------------------------ state
    def _update_buttons(self) -> None:
        running = self.task is not None
        self.run_button.setEnabled(not running and self.inspection_id is not None)
        self.cancel_button.setEnabled(running and not (self.task and self.task.is_cancelled()))
        for widget in (self.portal_url, self.dvc_url, self.ca_file, self.ca_browse):
            widget.setEnabled(not running)
        self.apply_all_button.setEnabled(bool(self.pending()) and not self.read_only and not self.applying)
        self.open_evidence_button.setEnabled(self.evidence_list.count() > 0)
        shown = self.runs_box.findData(self.shown_run_id) if self.shown_run_id else -1
        self.compare_button.setEnabled(not running and 0 <= shown < len(self.kept) - 1)
        self.runs_box.setEnabled(not running and bool(self.kept))
        self.finalized_note.setVisible(self.read_only)

    def _focus_address(self) -> None:
        self.portal_url.setFocus()


def _line(name: str) -> Any:
    from PySide6.QtWidgets import QLineEdit

    box = QLineEdit()
    box.setObjectName(name)
    return box


class ProbeApplyCommand(QUndoCommand):
    """One apply of probe proposals, as one step of the workspace's undo stack."""

    def __init__(self, panel: ProbePanel, results: ProbeResults, changes: ProbeChanges, applied: AppliedProbe):
        super().__init__(translate("ProbePanel", "Apply probe results ({0} items)").format(len(applied.after)))
        self.panel, self.results, self.changes, self.applied = panel, results, changes, applied
        self._first = True

    def redo(self) -> None:
        if self._first:  # pushed after the apply was saved
            self._first = False
            return
        self.panel.redo_apply(self)

    def undo(self) -> None:
        self.panel.undo_apply(self)


class ApplyDialog(QDialog):
    """Which proposals to apply: one line per item, "current → proposed"; items without an answer
    are ticked, answered ones are replaced only if ticked here."""

    def __init__(self, parent: QWidget, rows: list[tuple[ItemProposal, Finding | None]],
                 template: ChecklistTemplate | None):
        super().__init__(parent)
        self.setObjectName("probe-apply-dialog")
        self.setWindowTitle(translate("ProbePanel", "Apply the probe's proposals"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        intro = plain_label(translate(
            "ProbePanel", "Items without an answer are filled in. Items you have already answered keep your "
                          "answer unless you tick them below. Notes already written are kept: the probe's note is "
                          "added below them. Ctrl+Z undoes the whole apply."))
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("probe-apply-list")
        for proposal, finding in rows:
            item = template.item(proposal.item_id) if template else None
            number = item_number(template, proposal.item_id) if template else proposal.item_id
            answered = finding is not None and finding.answered
            # current → proposed first: the item's text is long and may be cut at the right
            text = translate("ProbePanel", "{0}   {1} → {2}   {3}").format(
                number, current_text(finding), proposal_text(proposal), item.text if item else proposal.item_id)
            entry = QListWidgetItem(text)  # plain text in an item view
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Unchecked if answered else Qt.CheckState.Checked)
            entry.setData(Qt.ItemDataRole.UserRole, proposal.item_id)
            if answered:
                entry.setToolTip(translate("ProbePanel", "Already answered: tick to replace the answer"))
            self.list.addItem(entry)
        self.count_label = plain_label()
        self.list.itemChanged.connect(lambda _i: self._count())
        buttons = QDialogButtonBox()
        self.apply_button = buttons.addButton(translate("ProbePanel", "&Apply"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply_button.setObjectName("probe-apply-ok")
        self.apply_button.setDefault(True)  # Enter applies what is ticked
        cancel = buttons.addButton(translate("ProbePanel", "Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setObjectName("probe-apply-cancel")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(buttons)
        self.resize(760, 480)
        self._count()
        self.list.setFocus()

    def chosen(self) -> list[str]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]

    def _count(self) -> None:
        n = len(self.chosen())
        self.count_label.setText(translate("ProbePanel", "{0} of {1} items will be applied.").format(n, self.list.count()))
        self.apply_button.setEnabled(n > 0)
