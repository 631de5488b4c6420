"""Screenshots of the main screens for the manual, taken from the real app under Xvfb.

    python scripts/screenshots.py [--out docs/screenshots] [--language vi|en] [--size 1366x768]

The manual's shots are 1366×800; `--size 1366x768` takes them on a laptop's screen as well (the
window then fills the screen, as a maximized window does), to check that nothing is cut off.

Needs Xvfb (Debian: xvfb xauth libxcb-cursor0 … fonts-dejavu-core, see .ci/run). The script starts
its own Xvfb on a free display, runs the application there with the xcb platform (real X
rendering and fonts, not the offscreen plugin), fills a throwaway data folder with the sample
inspection and a few others, and saves one PNG per screen. Nothing touches your own data.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SIZE = [1366, 800]  # --size changes it


# ---------------------------------------------------------------- outside: Xvfb
def free_display() -> int:
    for n in range(90, 200):
        if not Path(f"/tmp/.X11-unix/X{n}").exists() and not Path(f"/tmp/.X{n}-lock").exists():
            return n
    raise SystemExit("no free X display number")


def run_under_xvfb(args: argparse.Namespace) -> int:
    if not shutil.which("Xvfb"):
        raise SystemExit("Xvfb is not installed (apt-get install xvfb xauth fonts-dejavu-core …)")
    display = free_display()
    xvfb = subprocess.Popen(["Xvfb", f":{display}", "-screen", "0", f"{SIZE[0]}x{SIZE[1]}x24", "-nolisten", "tcp"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(100):  # wait for the server socket
            if Path(f"/tmp/.X11-unix/X{display}").exists():
                break
            time.sleep(0.05)
        env = dict(os.environ, DISPLAY=f":{display}", QT_QPA_PLATFORM="xcb")
        env.pop("WAYLAND_DISPLAY", None)
        cmd = [sys.executable, __file__, "--inside", "--out", str(args.out), "--language", args.language,
               "--size", f"{SIZE[0]}x{SIZE[1]}"]
        return subprocess.run(cmd, cwd=REPO, env=env).returncode
    finally:
        xvfb.terminate()
        xvfb.wait(10)


# ------------------------------------------------------------ inside: the app
def populate(folder: Path) -> str:
    """The sample inspection and three others, so the list looks like a real one."""
    from datetime import datetime, timedelta, timezone

    from inspector.checklists import load_catalog
    from inspector.domain import TeamMember, TeamRole
    from inspector.reference.provinces import load_provinces
    from inspector.sample import import_sample
    from inspector.storage import Store

    vn = timezone(timedelta(hours=7))
    catalog, provinces = load_catalog(), load_provinces()
    nd43, nd42 = catalog.get("nd43-tt25"), catalog.get("nd42-2022")
    with Store.open(folder / "inspector.sqlite3") as store:
        demo = import_sample(store, catalog.get, everything=False)
        others = [
            (nd42, "63", "66", datetime(2023, 5, 16, 8, tzinfo=vn), 82, True),
            (nd42, "63", "02", datetime(2024, 9, 10, 8, tzinfo=vn), 40, False),
            (nd43, "63", "38", datetime(2019, 11, 5, 8, tzinfo=vn), 129, True),
        ]
        for template, era, code, when, answered, seal in others:
            p = provinces.get(era, code)
            day = when.date()
            i = store.create_inspection(
                template=template, province=p.ref(day), inspected_unit=p.department_name(day), actor="Lê Thu Hà",
                portal_url=p.portal_url, started_at=when,
                team=(TeamMember("Lê Thu Hà", "Chuyên viên chính", "Cục Chuyển đổi số quốc gia", TeamRole.HEAD),))
            for n, item in enumerate(list(template.items())[:answered]):
                store.record_finding(i.id, item.id, actor="Lê Thu Hà", status="khong_dat" if n % 11 == 5 else "dat")
            if seal:
                store.finalize(i.id, actor="Lê Thu Hà")
    return demo


OFFICE_2016 = (  # province code, share of items met, share partly met (the rest: not met)
    ("01", 0.86, 0.08), ("02", 0.55, 0.15), ("04", 0.62, 0.10), ("22", 0.91, 0.05), ("31", 0.78, 0.12),
    ("38", 0.48, 0.20), ("48", 0.83, 0.09), ("79", 0.88, 0.06), ("92", 0.70, 0.10),
)
FOLLOW_UP_SCAN = b"%PDF-1.4\n% Bao cao khac phuc so 45/BC-STTTT\n%%EOF\n"


def add_office_data(store, folder: Path) -> str:
    """More 2016 inspections under the same checklist as the sample, with recommendations, one of
    them followed up with an evidence file, so the office view has provinces to compare."""
    from datetime import date, datetime, timedelta, timezone

    from inspector.checklists import load_catalog
    from inspector.office.followup import update_followup
    from inspector.reference.provinces import load_provinces

    vn = timezone(timedelta(hours=7))
    nd43, provinces = load_catalog().get("nd43-tt25"), load_provinces()
    items = [i.id for i in nd43.items()]
    followed = ""
    for n, (code, met, partly) in enumerate(OFFICE_2016):
        p = provinces.get("63", code)
        day = date(2016, 4 + n % 8, 5 + n)
        i = store.create_inspection(template=nd43, province=p.ref(day), inspected_unit=p.department_name(day),
                                    actor="Lê Thu Hà", portal_url=p.portal_url,
                                    started_at=datetime(day.year, day.month, day.day, 8, tzinfo=vn))
        for k, item_id in enumerate(items):
            share = ((k * 37 + n * 11) % 100) / 100
            status = "dat" if share < met else "dat_mot_phan" if share < met + partly else "khong_dat"
            store.record_finding(i.id, item_id, actor="Lê Thu Hà", status=status)
        rec = store.add_recommendation(i.id, "Cung cấp đầy đủ dịch vụ công trực tuyến mức độ 3, 4 theo danh mục",
                                       actor="Lê Thu Hà", responsible_unit=p.department_name(day),
                                       deadline=date(2017, 6, 30))
        store.finalize(i.id, actor="Lê Thu Hà")
        if code == "22":
            scan = folder / "Báo cáo khắc phục 45-BC-STTTT.pdf"
            scan.write_bytes(FOLLOW_UP_SCAN)
            update_followup(store, rec.id, actor="Lê Thu Hà", today=date(2017, 5, 20), status="done",
                            note="Tỉnh đã đưa 120 dịch vụ mức độ 3, 4 lên Cổng (Báo cáo số 45/BC-STTTT).",
                            files=[scan])
            followed = rec.id
    return followed


def shoot_office(window, out: Path, suffix: str, folder: Path, wait) -> None:
    """Tools → Office view: the dashboard, a followed-up recommendation, the export's outcome."""
    from PySide6.QtTest import QTest

    from ui.features.office import open_office_view

    done: dict[str, str] = {}
    task = window.runner.db(lambda ctx: add_office_data(ctx.store, folder), on_done=lambda r: done.setdefault("r", r))
    wait(task.finished)
    office = open_office_view(window)
    office.resize(*SIZE)
    office.move(0, 0)
    wait(office.refreshed)
    dash = office.dashboard
    dash.template_box.setCurrentIndex(dash.template_box.findData("nd43-tt25"))
    dash.first_year.setValue(2016)
    dash.last_year.setValue(2016)
    wait(dash.loaded)
    shoot(office, out / f"15-van-phong{suffix}.png")
    office.tabs.setCurrentWidget(office.recommendations)
    office.recommendations.select(done["r"])
    office.recommendations.evidence_list.setCurrentRow(0)
    shoot(office, out / f"16-theo-doi-kien-nghi{suffix}.png")
    office.tabs.setCurrentWidget(office.dashboard)
    office.export_report(folder / "bao-cao-2016.docx", folder / "bao-cao-2016.xlsx")
    wait(office.report_exported)
    QTest.qWait(200)
    shoot(office.result_box, out / f"17-bao-cao-tong-hop{suffix}.png")
    office.result_box.close()
    office.close()


def prepare_sync(folder: Path) -> None:
    """A sync folder shared with a second laptop that changed the same item: one conflict."""
    from inspector.domain import FindingStatus
    from inspector.storage import Store
    from inspector.sync import FolderTarget, SyncSettings, save_settings, sync_now

    usb = folder.parent / "usb-dong-bo"
    usb.mkdir(exist_ok=True)
    here = SyncSettings(FolderTarget(usb), "Vũ Quang Huy")
    there = SyncSettings(FolderTarget(usb), "Trần Thị Bình")
    with Store.open(folder / "inspector.sqlite3") as a, Store.open(folder.parent / "may-b" / "inspector.sqlite3") as b:
        save_settings(a, here)
        sync_now(a, here, init=True)
        sync_now(b, there)
        # On a real inspection: sync never sends the sample one (invented data).
        draft = next(s for s in a.list_inspections() if not s.sample and s.status.value == "draft")
        item = next(i.id for i in a.template(draft.template.content_hash).items() if i.kind.value == "legal")
        b.record_finding(draft.id, item, actor="Trần Thị Bình", status=FindingStatus.NOT_MET,
                         note="Chưa có chuyên mục hỏi đáp; hộp thư góp ý không gửi được.")
        sync_now(b, there)
        a.record_finding(draft.id, item, actor="Vũ Quang Huy", status=FindingStatus.PARTLY_MET,
                         note="Có chuyên mục hỏi đáp nhưng chưa trả lời câu hỏi từ tháng 8.")
        sync_now(a, here)


def use_memory_keyring() -> None:
    """A keyring kept in memory, as on a computer with Windows Credential Manager (never the real one)."""
    import keyring
    import keyring.backend

    class Memory(keyring.backend.KeyringBackend):
        priority = 1  # type: ignore[assignment]
        values: dict = {}  # noqa: RUF012 - one per process, that is the point

        def get_password(self, service: str, username: str) -> str | None:
            return self.values.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            self.values[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            self.values.pop((service, username), None)

    keyring.set_keyring(Memory())


def shoot(widget, path: Path) -> None:
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtTest import QTest

    widget.raise_()
    widget.activateWindow()
    QTest.qWait(400)  # let X map and paint the window (a script may wait; tests may not)
    pixmap = QGuiApplication.primaryScreen().grabWindow(widget.winId())
    if not pixmap.save(str(path)):
        raise SystemExit(f"could not write {path}")
    print(f"{path.relative_to(REPO) if path.is_relative_to(REPO) else path}  {pixmap.width()}x{pixmap.height()}")


def default_locations() -> tuple[Path, Path]:
    """(database, log folder) where a real installation keeps them: the pictures show those, not
    the throwaway folder the script works in. Nothing is created there."""
    from inspector import paths

    saved = os.environ.pop("INSPECTOR_DATA_DIR", None)
    try:
        return paths.database_path(), paths.log_dir()
    finally:
        if saved is not None:
            os.environ["INSPECTOR_DATA_DIR"] = saved


def shoot_first_run(window, path: Path) -> None:
    """The first-run welcome, as a new user is filling it in."""
    from ui.dialogs.first_run import FirstRunDialog
    from ui.settings import AppSettings

    database, logs = default_locations()
    dialog = FirstRunDialog(AppSettings(language=window.settings.language), database, logs, window)
    dialog.name.setText("Vũ Quang Huy")
    dialog.title.setText("Chuyên viên")
    dialog.unit.setText("Cục Tin học hóa")
    dialog.demo.setChecked(True)
    dialog.show()
    shoot(dialog, path)
    dialog.reject()


def shoot_about(window, path: Path) -> None:
    from inspector.about import collect_about
    from ui.dialogs.about import AboutDialog

    database, logs = default_locations()
    dialog = AboutDialog(window)
    dialog.show_info(collect_about(), database, logs)
    dialog.show()
    shoot(dialog, path)
    dialog.reject()


def shoot_probe(window, path: Path, wait) -> None:  # noqa: ANN001 - MainWindow, the script's wait()
    """The live probe tab after a run against a fake portal this script serves on 127.0.0.1 (the
    tests' portal_server); one item applied, so its evidence files show."""
    sys.path.insert(0, str(REPO / "tests"))
    from portal_server import PortalServer, build_portal

    ws = window.workspace
    panel = ws.tab_widgets["probe"]
    ws.tabs.setCurrentWidget(panel)
    with PortalServer(build_portal("compliant")) as server:
        panel.portal_url.setText(server.url)
        panel.run_button.click()
        wait(panel.run_finished, 60_000)
    item = "nd43.d15.hoidap"
    panel.apply_items([item])
    wait(panel.changes_saved)
    panel.table.selectRow(panel.row_of(item))
    shoot(window, path)


def run_inside(args: argparse.Namespace) -> int:
    data = Path(tempfile.mkdtemp(prefix="inspector-shots-"))
    os.environ["INSPECTOR_DATA_DIR"] = str(data / "data")
    out = Path(args.out).resolve()
    out.mkdir(parents=True, exist_ok=True)
    from PySide6.QtCore import QEventLoop, QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication([sys.argv[0]])
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(data / "config"))
    from ui.i18n import install_language
    from ui.main_window import MainWindow
    from ui.settings import AppSettings

    install_language(args.language)
    suffix = "" if args.language == "vi" else f"-{args.language}"
    demo_id = populate(data / "data")
    prepare_sync(data / "data")
    use_memory_keyring()

    def wait(signal, ms: int = 20_000) -> None:
        loop = QEventLoop()
        signal.connect(loop.quit)
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    settings = AppSettings(inspector_name="Vũ Quang Huy", inspector_title="Chuyên viên",
                           inspector_unit="Cục Tin học hóa", language=args.language)
    window = MainWindow(settings)
    window.resize(*SIZE)
    window.move(0, 0)
    window.show()
    wait(window.ready)
    shoot(window, out / f"01-danh-sach{suffix}.png")

    window.open_inspection(demo_id)
    wait(window.inspection_opened)
    window.workspace.select_item("tt25.4")
    shoot(window, out / f"02-kiem-tra{suffix}.png")
    window.workspace.select_item("nd43.dvc.n6")
    shoot(window, out / f"03-so-lieu{suffix}.png")
    ws = window.workspace
    ws.tabs.setCurrentWidget(ws.tab_widgets["summary"])
    shoot(window, out / f"04-tong-hop{suffix}.png")
    ws.tabs.setCurrentWidget(ws.tab_widgets["recommendations"])
    shoot(window, out / f"05-kien-nghi{suffix}.png")
    shoot_probe(window, out / f"10-kiem-tra-truc-tuyen{suffix}.png", wait)

    window.open_settings()
    shoot(window.settings_dialog, out / f"06-thiet-lap{suffix}.png")
    window.settings_dialog.reject()
    window.new_inspection()
    QTimer.singleShot(0, lambda: None)
    for _ in range(100):
        if getattr(window, "new_dialog", None) is not None and window.new_dialog.isVisible():
            break
        app.processEvents()
        time.sleep(0.02)
    dialog = window.new_dialog
    dialog.province.setEditText("Tỉnh Phú Thọ")
    dialog._normalize_province()
    shoot(dialog, out / f"07-cuoc-kiem-tra-moi{suffix}.png")
    dialog.reject()
    shoot_first_run(window, out / f"08-chao-mung{suffix}.png")
    shoot_about(window, out / f"09-gioi-thieu{suffix}.png")
    shoot_export(window, out, suffix)
    shoot_sign(window, out, suffix)
    shoot_office(window, out, suffix, data, wait)

    from ui.features.sync import controller

    sync = controller(window)
    sync.open_settings()
    for _ in range(200):
        if sync.settings_dialog is not None and sync.settings_dialog.isVisible():
            break
        app.processEvents()
        time.sleep(0.02)
    settings_dialog = sync.settings_dialog
    settings_dialog.test_connection()
    wait(settings_dialog.tested)
    shoot(settings_dialog, out / f"13-dong-bo-thiet-lap{suffix}.png")
    settings_dialog.reject()
    sync.open_conflicts()
    wait(sync.conflicts_dialog.loaded)
    shoot(sync.conflicts_dialog, out / f"14-dong-bo-xung-dot{suffix}.png")
    sync.conflicts_dialog.reject()
    window.close()
    shutil.rmtree(data, ignore_errors=True)
    return 0


def shoot_export(window, out: Path, suffix: str) -> None:
    """Inspection › Export minutes… on the sample inspection, and Tools › Minutes wording…."""
    window.stack.setCurrentWidget(window.workspace)
    window.update_actions()
    window.registry["inspection.export_minutes"].trigger()
    dialog = window.export_dialog
    # The users are on Windows: show the file where it lands there (the Documents folder), not
    # this machine's throwaway folder.
    name = Path(dialog.path_edit.text()).name
    dialog.path_edit.setText(f"C:\\Users\\Huy\\Documents\\{name}")
    shoot(dialog, out / f"11-xuat-bien-ban{suffix}.png")
    dialog.reject()
    window.registry["tools.minutes_wording"].trigger()
    shoot(window.wording_dialog, out / f"12-loi-van-bien-ban{suffix}.png")
    window.wording_dialog.reject()


def shoot_sign(window, out: Path, suffix: str) -> None:
    """Tools › Sign a PDF… on the sample inspection's minutes, as the head of the team with a
    certificate file (Windows paths shown: the users are on Windows)."""
    from ui.features.signing import sign_a_pdf

    dialog = sign_a_pdf(window)
    dialog.file.setText("C:\\Users\\Huy\\Documents\\Biên bản kiểm tra Phú Thọ 07-10-2016.pdf")
    dialog._file_changed()
    dialog.key_kind.setCurrentIndex(dialog.key_kind.findData("pkcs12"))
    dialog.cert.setText("D:\\chung-thu\\vu-quang-huy.p12")
    shoot(dialog, out / f"18-ky-so{suffix}.png")
    dialog.reject()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshots")
    parser.add_argument("--language", choices=("vi", "en"), default="vi")
    parser.add_argument("--size", default="1366x800", help="screen size, e.g. 1366x768 (a laptop)")
    parser.add_argument("--inside", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    SIZE[:] = [int(n) for n in args.size.lower().split("x")]
    sys.path.insert(0, str(REPO))
    return run_inside(args) if args.inside else run_under_xvfb(args)


if __name__ == "__main__":
    sys.exit(main())
