"""The self-test: passes on a good installation, names what is broken on a bad one, and never
touches the user's data folder."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import docx
import pytest

from inspector import paths
from inspector.cli import main as cli_main
from inspector.errors import Cancelled
from inspector.selftest import FAILED, OK, SKIPPED, STEP_NAMES, run_self_test

from support import REPO


def env_for(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ, INSPECTOR_DATA_DIR=str(tmp_path / "userdata"),
               INSPECTOR_LOG_DIR=str(tmp_path / "logs"), QT_QPA_PLATFORM="offscreen")
    env.pop("INSPECTOR_LOG_LEVEL", None)
    return env


def test_python_m_inspector_self_test_passes_and_reports_every_step(tmp_path):
    run = subprocess.run([sys.executable, "-m", "inspector", "self-test", "--json"], cwd=REPO,
                         env=env_for(tmp_path), capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stdout + run.stderr
    report = json.loads(run.stdout)
    assert report["ok"] is True
    assert [s["name"] for s in report["steps"]] == list(STEP_NAMES)
    assert {s["status"] for s in report["steps"]} == {OK}
    steps = {s["name"]: s["detail"] for s in report["steps"]}
    assert "nd43-tt25 2.1 (138 items" in steps["checklists"]
    assert "bien-ban-kiem-tra.docx" in steps["minutes"]
    # Its own temporary folder is gone, and the user's data folder was never made.
    assert not Path(report["folder"]).exists()
    assert not (tmp_path / "userdata").exists()
    assert "self-test passed" in (tmp_path / "logs" / "inspector-cli.log").read_text(encoding="utf-8")


def test_the_launcher_flag_runs_it_without_loading_qt(tmp_path):
    code = ("import sys\nfrom ui.launcher import main\nrc = main(['--self-test'])\n"
            "print('QT' if any(m.startswith('PySide6') for m in sys.modules) else 'NOQT', rc)")
    run = subprocess.run([sys.executable, "-c", code], cwd=REPO, env=env_for(tmp_path),
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert "Result: all good" in run.stdout
    assert run.stdout.strip().endswith("NOQT 0")


def test_keep_in_a_given_folder_leaves_a_database_and_real_minutes(tmp_path):
    folder = tmp_path / "check"
    report = run_self_test(folder)
    assert report.ok, [(s.name, s.detail) for s in report.failed]
    assert (folder / "data" / "inspector.sqlite3").is_file()
    text = "\n".join(p.text for p in docx.Document(str(folder / "bien-ban-kiem-tra.docx")).paragraphs)
    assert "BIÊN BẢN" in text and "Phú Thọ" in text
    assert report.seconds > 0 and all(s.seconds >= 0 for s in report.steps)


def test_a_broken_checklist_fails_and_what_needs_it_is_skipped(tmp_path, monkeypatch):
    shipped = tmp_path / "checklists"
    shutil.copytree(paths.resource("checklists"), shipped)
    target = shipped / "nd42-2022.yaml"
    target.write_text(target.read_text(encoding="utf-8").replace("version:", "version: [", 1), encoding="utf-8")
    monkeypatch.setattr("inspector.checklists.catalog.builtin_dir", lambda: shipped)

    report = run_self_test()
    status = {s.name: s.status for s in report.steps}
    assert not report.ok
    assert status["checklists"] == FAILED
    assert "nd42-2022.yaml" in next(s.detail for s in report.steps if s.name == "checklists")
    assert status["demo inspection"] == status["minutes"] == status["doctor"] == status["about"] == SKIPPED
    assert status["database"] == status["provinces"] == status["log file"] == OK


def test_missing_resources_are_named(tmp_path, monkeypatch):
    empty = tmp_path / "resources"
    empty.mkdir()
    monkeypatch.setattr(paths, "resources_dir", lambda: empty)
    report = run_self_test()
    failed = {s.name: s.detail for s in report.steps if s.status == FAILED}
    assert "resources" in failed and "checklists, reference, templates" in failed["resources"]
    assert {s.name for s in report.steps if s.status == SKIPPED} >= {"checklists", "icons", "minutes"}


def test_a_missing_icon_size_is_named(tmp_path, monkeypatch):
    fake = tmp_path / "resources"
    shutil.copytree(paths.resources_dir(), fake)
    (fake / "icons" / "inspector-48.png").unlink()
    monkeypatch.setattr(paths, "resources_dir", lambda: fake)
    report = run_self_test()
    icons = next(s for s in report.steps if s.name == "icons")
    assert icons.status == FAILED and "inspector-48.png" in icons.detail


def test_a_non_qt_file_among_translations_fails(tmp_path, monkeypatch):
    fake = tmp_path / "resources"
    shutil.copytree(paths.resources_dir(), fake)
    (fake / "translations").mkdir(exist_ok=True)
    (fake / "translations" / "inspector_vi.qm").write_text("not compiled")
    monkeypatch.setattr(paths, "resources_dir", lambda: fake)
    step = next(s for s in run_self_test().steps if s.name == "translations")
    assert step.status == FAILED and "inspector_vi.qm" in step.detail


def test_the_cli_exits_1_and_names_the_failed_step(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr("inspector.checklists.catalog.builtin_dir", lambda: tmp_path / "nothing")
    assert cli_main(["self-test"]) == 1
    out = capsys.readouterr().out
    assert "FAILED (checklists)" in out and "LỖI" in out


def test_it_can_be_cancelled_and_cleans_up(tmp_path):
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 3

    before = set(Path(os.environ.get("TMPDIR", "/tmp")).glob("inspector-selftest-*"))
    with pytest.raises(Cancelled):
        run_self_test(cancelled=cancelled)
    after = set(Path(os.environ.get("TMPDIR", "/tmp")).glob("inspector-selftest-*"))
    assert after <= before


def test_the_installed_inspector_command_runs_the_self_test(tmp_path):
    """Through the console script that `pip install` made (CI installs the project), from a
    folder outside the checkout."""
    script = Path(sys.executable).parent / ("inspector.exe" if os.name == "nt" else "inspector")
    if not script.is_file():
        pytest.skip("the project is not pip-installed in this environment (no inspector script)")
    run = subprocess.run([str(script), "--self-test"], cwd=tmp_path, env=env_for(tmp_path),
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "Result: all good" in run.stdout
