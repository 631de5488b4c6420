"""Desktop UI figures: startup, opening a full inspection, event-loop stalls while autosaving.

    python bench/ui_bench.py [--runs 7]

1. Startup to the first painted window: `inspector --quit-after-start` against a bare PySide6
   QMainWindow, both started as fresh processes in this run (target: ≤ 1.3× the bare window);
   startup to the usable list of inspections, i.e. the list (or, on an empty database, the
   welcome page) painted (target: ≤ 2× the bare window's first paint); quit, from the window
   closing to the process gone (target: ≤ 0.5 s). `--sample` starts on the seven sample
   inspections instead of an empty database.
2. Opening the 129-item sample inspection in the workspace, from the request to the filled
   widgets and the next repaint (target: ≤ 150 ms).
3. The longest event-loop stall while typing fast into a note with autosave writing to disk
   (a 1 ms timer measures the gaps; target: ≤ 50 ms).
4. Office view, first open, from Tools › Office view… to its tabs filled, after the user has had
   the list in front of them for 3 s (target: ≤ 0.5 s); closing the main window (target ≤ 0.5 s).

Runs offscreen (QT_QPA_PLATFORM=offscreen) on a throwaway data folder.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

BARE = """
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1280, 820)
class First(QObject):
    def eventFilter(self, obj, event):
        if obj is window and event.type() == QEvent.Type.Paint:
            print(f"first-paint {time.time():.6f}", flush=True)
            window.removeEventFilter(self)
            QTimer.singleShot(0, app.quit)
        return False
first = First()
window.installEventFilter(first)
window.show()
app.exec()
"""

APP = "import sys; from ui.launcher import main; sys.exit(main(['--quit-after-start']))"


def first_paint(code: str, env: dict[str, str], what: str = "first-paint") -> float | tuple[float, float]:
    """Seconds from spawning the process to its first painted window (and, for the app, to the
    list of inspections shown: `ready`)."""
    start = time.time()
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, env=env, capture_output=True, text=True,
                         timeout=120)
    end = time.time()
    marks = dict(line.split() for line in out.stdout.splitlines()
                 if line.startswith(("first-paint ", "ready ", "shown ", "closing ")))
    if "first-paint" not in marks:
        raise RuntimeError(f"no first paint reported:\n{out.stdout}\n{out.stderr}")
    if what == "all":  # first paint, list painted, quit (the window closes once the list is painted), list filled
        return (float(marks["first-paint"]) - start, float(marks["shown"]) - start, end - float(marks["closing"]),
                float(marks["ready"]) - start)
    if what == "both":
        return float(marks["first-paint"]) - start, float(marks["shown"]) - start
    return float(marks["first-paint"]) - start


def bench_startup(runs: int, folder: Path, sample: bool = False,
                  ) -> tuple[list[float], list[float], list[float], list[float], list[float]]:
    if sample:  # a list with rows: the seven sample inspections (each counts its items in force)
        from inspector.checklists import load_catalog
        from inspector.sample import import_sample
        from inspector.storage import Store

        with Store.open(folder / "startup" / "inspector.sqlite3") as store:
            import_sample(store, load_catalog().get)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", INSPECTOR_DATA_DIR=str(folder / "startup"),
               INSPECTOR_REPORT_FIRST_PAINT="1", XDG_CONFIG_HOME=str(folder / "config"),
               XDG_STATE_HOME=str(folder / "state"))
    # An installed app (wheel, PyInstaller) runs from compiled bytecode; so does this benchmark,
    # even where PYTHONDONTWRITEBYTECODE is set for development.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    first_paint(APP, env)  # warm the OS file cache, write the bytecode, create the database once
    first_paint(BARE, env)
    bare, app, ready, quits, filled = [], [], [], [], []
    for _ in range(runs):  # interleaved, so drifts of the machine hit both alike
        bare.append(first_paint(BARE, env))
        painted, shown, quit_, data = first_paint(APP, env, "all")
        app.append(painted)
        ready.append(shown)
        quits.append(quit_)
        filled.append(data)
    return bare, app, ready, quits, filled


def spread(values: list[float], scale: float = 1000) -> str:
    """"median (min–max)": on a shared machine a single figure hides how much the runs moved."""
    return (f"{scale * statistics.median(values):.0f} ({scale * min(values):.0f}–{scale * max(values):.0f})"
            if scale == 1000 else
            f"{statistics.median(values):.2f}× ({min(values):.2f}–{max(values):.2f})")


def bench_in_process(runs: int, folder: Path) -> tuple[list[float], float, float, float, float]:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ["INSPECTOR_DATA_DIR"] = str(folder / "inproc")
    from PySide6.QtCore import QEventLoop, QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder / "config"))
    from inspector.checklists import load_catalog
    from inspector.domain import ProvinceRef
    from inspector.sample import import_sample
    from inspector.storage import Store
    from ui.i18n import install_language
    from ui.main_window import MainWindow
    from ui.settings import AppSettings

    install_language("vi")
    db = folder / "inproc" / "inspector.sqlite3"
    nd43 = load_catalog().get("nd43-tt25")
    with Store.open(db) as store:
        demo = import_sample(store, lambda *_: nd43, everything=False)
        other = store.create_inspection(template=nd43, province=ProvinceRef("63", "66", "Tỉnh Đắk Lắk"),
                                        inspected_unit="Sở TT&TT tỉnh Đắk Lắk", actor="bench").id

    def wait(signal, ms: int = 20_000) -> None:
        loop = QEventLoop()
        signal.connect(loop.quit)
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    window = MainWindow(AppSettings(inspector_name="Bench"), database=db)
    window.show()
    wait(window.ready)
    pause = QEventLoop()  # a person reads the list a moment; the window uses it to get ready
    QTimer.singleShot(3000, pause.quit)
    pause.exec()

    # 4a. the office view's first open (its modules were warmed up while the list showed)
    start = time.perf_counter()
    window.registry["tools.office"].trigger()
    office = window.office_window
    while office._waiting:
        app.processEvents()
    app.processEvents()
    office_open = time.perf_counter() - start
    office.close()
    app.processEvents()

    # 2. open the 129-item inspection (alternating with another, so each open is a real load)
    opens = []
    for n in range(runs * 2):
        target = demo if n % 2 == 0 else other
        start = time.perf_counter()
        window.open_inspection(target)
        wait(window.inspection_opened)
        app.processEvents()  # the repaint of the filled widgets
        if target == demo:
            opens.append(time.perf_counter() - start)

    # 3. longest stall while typing fast with autosave writing
    ws = window.workspace
    ws.select_item("nd43.d10.1c.6")
    ws.focus_note()
    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent

    saves = []
    window.autosave.saved.connect(lambda r: saves.append(r.saved_at - r.queued_at))
    text = "Chưa cập nhật lịch công tác của lãnh đạo Sở trong các tuần gần đây; "
    typed = [0]

    def keystroke() -> None:
        ch = text[typed[0] % len(text)]
        typed[0] += 1
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(ws.item_pane.note, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))

    meter = QTimer()
    meter.setTimerType(Qt.TimerType.PreciseTimer)
    meter.timeout.connect(tick)
    typist = QTimer()
    typist.setTimerType(Qt.TimerType.PreciseTimer)
    typist.timeout.connect(keystroke)
    meter.start(1)
    typist.start(25)  # 40 characters a second: a very fast typist
    loop = QEventLoop()
    QTimer.singleShot(5000, loop.quit)
    last[0] = time.perf_counter()
    loop.exec()
    meter.stop()
    typist.stop()
    wait(window.autosave.saved, 2000)
    start = time.perf_counter()
    window.close()
    closing = time.perf_counter() - start
    gaps.sort()
    p99 = gaps[int(len(gaps) * 0.99)]
    print(f"   typed {typed[0]} characters in 5 s; {len(saves)} autosaves, slowest took "
          f"{1000 * max(saves):.0f} ms from first unsaved key to disk")
    return opens, max(gaps), p99, office_open, closing


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--startup-only", action="store_true", help="only part 1 (start-up and quit)")
    parser.add_argument("--sample", action="store_true",
                        help="start on a database holding the seven sample inspections (default: empty)")
    args = parser.parse_args()
    # Measure what users run: an installed or bundled Inspector starts from compiled bytecode. A
    # checkout run with PYTHONDONTWRITEBYTECODE set (as on some CI machines) would otherwise compile
    # every module at every start, which the bare window (no modules of ours) never pays.
    import compileall

    for package in ("inspector", "ui"):
        compileall.compile_dir(REPO / package, quiet=1)
    with tempfile.TemporaryDirectory(prefix="inspector-bench-") as tmp:
        folder = Path(tmp)
        print("1. Startup to the first painted window (median of", args.runs, "fresh processes each;",
              "the seven sample inspections in the list)" if args.sample else "an empty database)")
        bares, apps, readies, quits, filled = bench_startup(args.runs, folder, args.sample)
        bare, app, ready, quit_ = (statistics.median(v) for v in (bares, apps, readies, quits))
        # Each run's ratio against the bare window started just before it (same machine load),
        # besides the ratio of the medians that decides the target.
        ratio = app / bare
        print("   median (min–max) in ms; per-run ratios against the bare window started just before")
        print(f"   bare PySide6 window {spread(bares)}, inspector {spread(apps)}, "
              f"ratio {ratio:.2f}× (target ≤ 1.30×) {'OK' if ratio <= 1.3 else 'OVER'}; "
              f"per run {spread([a / b for a, b in zip(apps, bares, strict=True)], 1)}")
        usable = ready / bare
        print(f"   inspector with its database open and the list of inspections painted: {spread(readies)}, "
              f"{usable:.2f}× the bare window (target ≤ 2.00×) {'OK' if usable <= 2.0 else 'OVER'}; "
              f"per run {spread([r / b for r, b in zip(readies, bares, strict=True)], 1)}")
        print(f"   (the list filled, before Qt paints it: {spread(filled)}, "
              f"{statistics.median(filled) / bare:.2f}× the bare window)")
        print(f"   quit, from the window closing to the process gone: {spread(quits)} "
              f"(target ≤ 500 ms) {'OK' if quit_ <= 0.5 else 'OVER'}")
        if args.startup_only:
            return 0
        print("2. Opening the 129-item sample inspection   3. Stalls while typing with autosave")
        opens, stall, p99, office_open, closing = bench_in_process(args.runs, folder)
        print(f"   open: median {1000 * statistics.median(opens):.0f} ms, max {1000 * max(opens):.0f} ms "
              f"(target ≤ 150 ms) {'OK' if max(opens) <= 0.150 else 'OVER'}")
        print(f"   longest event-loop stall {1000 * stall:.1f} ms, 99th percentile {1000 * p99:.1f} ms "
              f"(target ≤ 50 ms) {'OK' if stall <= 0.050 else 'OVER'}")
        print("4. Office view and closing")
        print(f"   office view, first open to its tabs filled: {1000 * office_open:.0f} ms "
              f"(target ≤ 500 ms) {'OK' if office_open <= 0.5 else 'OVER'}")
        print(f"   closing the main window (everything saved, worker threads stopped): {1000 * closing:.0f} ms "
              f"(target ≤ 500 ms) {'OK' if closing <= 0.5 else 'OVER'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
