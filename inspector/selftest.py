"""`run_self_test`: does this installation work? A check for builds, installers and support staff.

Runs the program's real work in a throwaway folder, never in the user's data folder: loads every
shipped resource (checklists, minutes wording, provinces, translations, icons), opens a new
database, imports the sample inspection file (resources/sample) with its evidence files, finalizes (seals) it,
writes its minutes as a Word file and reads that back, runs the doctor, writes a log file with
a fake password and checks that it was masked, and builds a TLS context from the system's
certificate store. No network, no window.

The bundle runs it as ``inspector --self-test`` (``inspector-console.exe --self-test`` on
Windows, where the windowed program has no console to print to); ``inspector self-test`` and
``python -m inspector self-test`` run the same. Each step is reported with its time; a failed
step names what failed, and the steps that needed it are reported as skipped.
"""

from __future__ import annotations

import logging
import shutil
import tempfile
import time
import zipfile
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from inspector import __version__, paths
from inspector.errors import Cancelled

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]

OK, FAILED, SKIPPED = "ok", "failed", "skipped"
FAKE_PASSWORD = "Selftest-Passw0rd-7f3a"  # must never reach the log file
QM_MAGIC = bytes.fromhex("3CB86418CAEF9C95CD211CBF60A1BDDD")  # Qt's compiled translation header
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


@dataclass
class StepResult:
    name: str
    status: str  # "ok" | "failed" | "skipped"
    detail: str = ""
    seconds: float = 0.0


@dataclass
class SelfTestReport:
    version: str
    folder: str
    steps: list[StepResult] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return bool(self.steps) and all(s.status == OK for s in self.steps)

    @property
    def failed(self) -> list[StepResult]:
        return [s for s in self.steps if s.status == FAILED]

    def to_dict(self) -> dict[str, Any]:
        return dict(asdict(self), ok=self.ok)


class _Context:
    """What the steps share: the folder, and what earlier steps made."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.store: Any = None
        self.template: Any = None
        self.inspection_id: str | None = None
        self.minutes: Path | None = None


def run_self_test(folder: Path | None = None, *, keep: bool = False,
                  progress: Progress | None = None,
                  cancelled: Callable[[], bool] | None = None) -> SelfTestReport:
    """Run every check; return the report (`report.ok` tells the outcome; nothing is raised
    for a failed check). Works in `folder` if given (left in place), else in a new temporary
    folder that is removed afterwards unless `keep`. Raises `Cancelled` when asked to stop."""
    own_folder = folder is None
    work = Path(tempfile.mkdtemp(prefix="inspector-selftest-")) if folder is None else Path(folder)
    work.mkdir(parents=True, exist_ok=True)
    report = SelfTestReport(__version__, str(work))
    ctx = _Context(work)
    started = time.perf_counter()
    log.info("self-test started in %s", work)
    try:
        for n, (name, func, needs) in enumerate(_STEPS):
            if cancelled and cancelled():
                raise Cancelled()
            if progress:
                progress(n, len(_STEPS), name)
            report.steps.append(_run_step(name, func, needs, ctx, report))
        if progress:
            progress(len(_STEPS), len(_STEPS), "done")
    finally:
        if ctx.store is not None:
            ctx.store.close()
        if own_folder and not keep:
            shutil.rmtree(work, ignore_errors=True)
        report.seconds = time.perf_counter() - started
    log.info("self-test %s in %.1f s (%s)", "passed" if report.ok else "FAILED", report.seconds,
             ", ".join(f"{s.name}={s.status}" for s in report.steps))
    return report


def _run_step(name: str, func: Callable[[_Context], str], needs: tuple[str, ...], ctx: _Context,
              report: SelfTestReport) -> StepResult:
    missing = [s.name for s in report.steps if s.name in needs and s.status != OK]
    if missing:
        return StepResult(name, SKIPPED, f"needs {', '.join(missing)}")
    t0 = time.perf_counter()
    try:
        detail = func(ctx)
        status = OK
    except Cancelled:
        raise
    except Exception as exc:  # a self-test reports every failure instead of stopping at one
        log.exception("self-test step %s failed", name)
        status, detail = FAILED, f"{type(exc).__name__}: {exc}"
    return StepResult(name, status, detail, round(time.perf_counter() - t0, 3))


class SelfTestFailure(AssertionError):
    """A check found something wrong (the message says what)."""


def _check(condition: bool, what: str) -> None:
    if not condition:
        raise SelfTestFailure(what)


# ------------------------------------------------------------------ the steps
def _resources(ctx: _Context) -> str:
    root = paths.resources_dir()
    _check(root.is_dir(), f"no resources folder at {root}")
    missing = [d for d in ("checklists", "reference", "templates") if not (root / d).is_dir()]
    _check(not missing, f"missing in {root}: {', '.join(missing)}")
    return str(root)


def _checklists(ctx: _Context) -> str:
    from inspector.checklists.catalog import builtin_dir, load_catalog

    folder = builtin_dir()
    catalog = load_catalog(folder)
    _check(not catalog.problems, "; ".join(str(p) for p in catalog.problems))
    files = sorted(folder.glob("*.yaml"))
    _check(len(files) > 0, f"no checklist files in {folder}")
    _check(len(catalog.templates) == len(files), f"{len(files)} files but {len(catalog.templates)} templates")
    ctx.template = catalog.get("nd43-tt25")
    return ", ".join(f"{t.id} {t.version} ({t.item_count} items, {t.content_hash[:12]})"
                     for t in sorted(catalog.templates, key=lambda t: t.id))


def _wording(ctx: _Context) -> str:
    from inspector.minutes import MinutesSettings, load_wording

    wording = load_wording(MinutesSettings())  # the shipped wording only, not the office's file
    _check(wording.get("document.type_name") == "BIÊN BẢN", "the minutes wording has no document type")
    return f"{len(wording.values)} keys from {Path(wording.sources[0]).name}"


def _provinces(ctx: _Context) -> str:
    from inspector.reference.provinces import load_provinces

    table = load_provinces()
    counts = {era: len(table.era(era)) for era in ("63", "34")}
    _check(counts == {"63": 63, "34": 34}, f"province counts {counts}")
    return "63 provinces before 1/7/2025, 34 after"


def _translations(ctx: _Context) -> str:
    folder = paths.resource("translations")
    files = sorted(folder.glob("*.qm")) if folder.is_dir() else []
    for f in files:
        head = f.read_bytes()[:16]
        _check(head == QM_MAGIC, f"{f.name} is not a compiled Qt translation")
    return ", ".join(f.name for f in files) if files else "none shipped"


def _icons(ctx: _Context) -> str:
    folder = paths.resource("icons")
    wanted = ["inspector.svg", "inspector.ico", *(f"inspector-{s}.png" for s in ICON_SIZES)]
    missing = [name for name in wanted if not (folder / name).is_file()]
    _check(not missing, f"missing icons: {', '.join(missing)}")
    for size in ICON_SIZES:
        head = (folder / f"inspector-{size}.png").read_bytes()[:24]
        width, height = int.from_bytes(head[16:20], "big"), int.from_bytes(head[20:24], "big")
        _check(head[:8] == b"\x89PNG\r\n\x1a\n" and (width, height) == (size, size),
               f"inspector-{size}.png is not a {size}×{size} PNG")
    return f"{len(wanted)} files"


def _database(ctx: _Context) -> str:
    from inspector.storage import SCHEMA_VERSION, Store

    path = ctx.folder / "data" / paths.DATABASE_NAME
    ctx.store = Store.open(path)
    return f"{path.name}, schema v{SCHEMA_VERSION}"


def _demo(ctx: _Context) -> str:
    from inspector.sample import SAMPLE_ID, import_sample

    ctx.inspection_id = import_sample(ctx.store, lambda *_: ctx.template, everything=False)
    _check(ctx.inspection_id == SAMPLE_ID, f"the sample file holds {ctx.inspection_id}, not {SAMPLE_ID}")
    ctx.store.finalize(ctx.inspection_id, actor="self-test")
    record = ctx.store.load_inspection(ctx.inspection_id)
    _check(bool(record.seals), "the sample inspection was not sealed")
    problems = ctx.store.verify_seal(ctx.inspection_id)
    _check(not problems, "; ".join(p.detail for p in problems))
    for e in record.evidence:
        _check(ctx.store.evidence_path(e.sha256).is_file(), f"evidence file {e.sha256[:12]} missing")
    return (f"{len(record.findings)} findings, {len(record.evidence)} evidence files, "
            f"sealed {record.seals[-1].sha256[:12]}")


def _minutes(ctx: _Context) -> str:
    from inspector.minutes import MinutesSettings, export_minutes

    record = ctx.store.load_inspection(ctx.inspection_id)
    template = ctx.store.template_for(record.inspection)
    out = ctx.folder / "bien-ban-kiem-tra.docx"
    result = export_minutes(record, template, out, settings=MinutesSettings(),
                            evidence_path=ctx.store.evidence_path)
    _check(not result.warnings, "warnings: " + ", ".join(w.code for w in result.warnings))
    with zipfile.ZipFile(out) as docx:
        body = docx.read("word/document.xml").decode("utf-8")
    _check("BIÊN BẢN" in body, "the Word file has no BIÊN BẢN title")
    _check(record.inspection.inspected_unit in body, "the Word file does not name the inspected unit")
    ctx.minutes = out
    return f"{out.name}, {result.size:,} bytes, {result.items} items, {result.evidence} evidence"


def _office_report(ctx: _Context) -> str:
    # Draws the chart with matplotlib (numpy, Pillow) and writes both files: a bundle that left out
    # any of them fails here rather than at the office.
    from inspector.office.dashboard import Period
    from inspector.office.report import export_national_report, load_summary

    record = ctx.store.load_inspection(ctx.inspection_id)
    summary = load_summary(ctx.store, record.inspection.template.id, Period(1900, 2999), today=date.today())
    _check(bool(summary.dashboard.provinces), "the national summary has no province")
    docx_out, xlsx_out = ctx.folder / "bao-cao.docx", ctx.folder / "bao-cao.xlsx"
    export_national_report(summary, docx_path=docx_out, xlsx_path=xlsx_out)
    with zipfile.ZipFile(docx_out) as docx:
        charts = [n for n in docx.namelist() if n.startswith("word/media/")]
    _check(bool(charts), "the Word report has no chart")
    with zipfile.ZipFile(xlsx_out) as xlsx:
        _check("xl/workbook.xml" in xlsx.namelist(), "the workbook is not an Excel file")
    return f"{docx_out.name} ({len(charts)} chart), {xlsx_out.name}"


def _doctor(ctx: _Context) -> str:
    from inspector.doctor import run_doctor

    report = run_doctor(ctx.store)
    _check(report.ok, f"{len(report.integrity)} integrity and {len(report.evidence)} evidence problems")
    _check(report.counts.get("inspections") == 1, f"counts {report.counts}")
    return f"all good ({report.blobs_checked} evidence files re-hashed)"


def _logging(ctx: _Context) -> str:
    from inspector.logs import file_handler

    path = ctx.folder / "logs" / "self-test.log"
    handler = file_handler(path, logging.INFO)
    probe = logging.getLogger("inspector.selftest.log-check")
    probe.propagate = False  # only this private handler: the user's log is not involved
    probe.setLevel(logging.INFO)
    probe.addHandler(handler)
    try:
        probe.info("Kiểm tra nhật ký: https://cán-bộ:%s@dav.example.vn password=%s",
                   FAKE_PASSWORD, FAKE_PASSWORD)
    finally:
        probe.removeHandler(handler)
        handler.close()
    text = path.read_text(encoding="utf-8")
    _check("Kiểm tra nhật ký" in text, "the log file lost its Vietnamese text")
    _check(FAKE_PASSWORD not in text, "a password was written to the log file")
    return "UTF-8, password masked"


def _tls(ctx: _Context) -> str:
    import ssl

    import httpx
    import truststore

    context = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    _check(context.verify_mode == ssl.CERT_REQUIRED and context.check_hostname,
           "the TLS context does not verify certificates")
    with httpx.Client(verify=context) as client:  # builds the transport; sends nothing
        _check(not client.is_closed, "httpx client did not open")
    return f"system certificate store (truststore {truststore.__version__}), {ssl.OPENSSL_VERSION}"


def _keyring(ctx: _Context) -> str:
    import keyring

    backend = keyring.get_keyring()  # reports only: a machine without a keyring still works
    return f"{type(backend).__module__}.{type(backend).__name__}"


def _about(ctx: _Context) -> str:
    import sys

    from inspector.about import collect_about

    info = collect_about()
    names = {d.name.lower().replace("_", "-") for d in info.dependencies}
    for wanted in ("pyside6-essentials", "sqlite-utils", "python-docx", "httpx", "keyring"):
        _check(wanted in names, f"no package metadata for {wanted}")
    if getattr(sys, "frozen", False):
        _check(info.licenses_file is not None, "the bundle has no THIRD-PARTY-LICENSES.txt")
    return f"{info.version} ({info.build}), {len(info.dependencies)} dependencies"


_STEPS: tuple[tuple[str, Callable[[_Context], str], tuple[str, ...]], ...] = (
    ("resources", _resources, ()),
    ("checklists", _checklists, ("resources",)),
    ("minutes wording", _wording, ("resources",)),
    ("provinces", _provinces, ("resources",)),
    ("translations", _translations, ("resources",)),
    ("icons", _icons, ("resources",)),
    ("database", _database, ()),
    ("demo inspection", _demo, ("checklists", "database")),
    ("minutes", _minutes, ("demo inspection", "minutes wording")),
    ("office report", _office_report, ("demo inspection",)),
    ("doctor", _doctor, ("demo inspection",)),
    ("log file", _logging, ()),
    ("tls", _tls, ()),
    ("keyring", _keyring, ()),
    ("about", _about, ("checklists",)),
)

STEP_NAMES = tuple(name for name, _, _ in _STEPS)
