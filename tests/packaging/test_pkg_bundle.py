"""The PyInstaller bundle, built for real and run: only with INSPECTOR_BUILD_BUNDLE=1.

    INSPECTOR_BUILD_BUNDLE=1 python -m pytest tests/packaging/test_pkg_bundle.py -s

Builds dist/inspector/ with packaging/build-linux.sh using this interpreter (≈ 30 s build, ≈ 200 MB),
then runs the bundle's self-test, its console twin and a start of the window (offscreen).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys

import pytest

from inspector import __version__

from support import REPO

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(os.environ.get("INSPECTOR_BUILD_BUNDLE") != "1",
                       reason="builds the PyInstaller bundle (slow): set INSPECTOR_BUILD_BUNDLE=1"),
]
BUNDLE = REPO / "dist" / "inspector"


@pytest.fixture(scope="module")
def build(tmp_path_factory):
    env = dict(os.environ, PYTHON=sys.executable)
    run = subprocess.run(["bash", str(REPO / "packaging" / "build-linux.sh")], cwd=REPO, env=env,
                         capture_output=True, text=True, timeout=1200)
    print(run.stdout[-3000:])
    assert run.returncode == 0, run.stdout[-5000:] + run.stderr[-5000:]
    return run.stdout


def bundle_env(tmp_path) -> dict[str, str]:
    return dict(os.environ, QT_QPA_PLATFORM="offscreen", INSPECTOR_DATA_DIR=str(tmp_path / "userdata"),
                INSPECTOR_LOG_DIR=str(tmp_path / "logs"))


def test_the_build_script_reports_size_time_and_a_passing_self_test(build):
    size = re.search(r"bundle: .*, (\d+) MB in (\d+) files", build)
    seconds = re.search(r"build: ([\d.]+) s", build)
    assert size and seconds and "self-test: passed" in build
    assert 50 < int(size.group(1)) < 400


def test_the_bundle_self_test_covers_every_step_from_the_bundle(build, tmp_path):
    run = subprocess.run([str(BUNDLE / "inspector-console"), "self-test", "--json"], env=bundle_env(tmp_path),
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stdout + run.stderr
    report = json.loads(run.stdout)
    steps = {s["name"]: s for s in report["steps"]}
    assert all(s["status"] == "ok" for s in steps.values()), steps
    assert "/_internal/resources" in steps["resources"]["detail"]  # the bundle's, not the checkout's
    assert "(bundle)" in steps["about"]["detail"]
    shipped_qm = sorted(p.name for p in (REPO / "resources" / "translations").glob("*.qm"))
    assert steps["translations"]["detail"] == (", ".join(shipped_qm) or "none shipped")
    assert not (tmp_path / "userdata").exists()


def test_the_bundle_carries_licenses_installer_and_no_stray_libraries(build):
    licenses = (BUNDLE / "THIRD-PARTY-LICENSES.txt").read_text(encoding="utf-8")
    assert licenses.startswith(f"Inspector {__version__}") and "PySide6" in licenses
    assert (BUNDLE / "_internal" / "THIRD-PARTY-LICENSES.txt").is_file()
    assert os.access(BUNDLE / "install.sh", os.X_OK)
    manual = BUNDLE / "_internal" / "docs"
    assert (manual / "manual" / "README.md").is_file() and (manual / "manual" / "getting-started.vi.md").is_file()
    assert (manual / "screenshots" / "08-chao-mung.png").is_file()  # the manual's pictures, same relative place
    names = {p.name.lower() for p in (BUNDLE / "_internal").rglob("*")}
    assert not {n for n in names if n.startswith(("libqt6quick", "libqt6qml", "libqt6pdf"))}
    assert not any(n.endswith(".ts") for n in names)


def test_the_console_twin_and_the_window_start(build, tmp_path):
    run = subprocess.run([str(BUNDLE / "inspector-console"), "--version"], capture_output=True, text=True,
                         timeout=60)
    assert run.stdout.strip() == f"inspector {__version__}"
    run = subprocess.run([str(BUNDLE / "inspector"), "--quit-after-start"], env=bundle_env(tmp_path),
                         capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr


def test_a_wheel_install_passes_the_self_test_outside_the_checkout(tmp_path):
    """pip install (not -e) into a fresh venv that borrows this environment's dependencies
    through a .pth file; then the installed `inspector --self-test` from another folder.
    The first run of this found that wheels carried no resources at all."""
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    site = next((venv / "lib").glob("python3*/site-packages"))
    deps = next(p for p in sys.path if p.endswith("site-packages") and os.path.isdir(p))
    (site / "borrowed.pth").write_text(deps + "\n")
    python = venv / "bin" / "python"
    source = tmp_path / "source"  # a copy: building leaves inspector.egg-info where it runs
    shutil.copytree(REPO, source, ignore=shutil.ignore_patterns(".git", ".venv", "dist", "build", "*.egg-info"))
    run = subprocess.run([str(python), "-m", "pip", "install", "--quiet", "--no-deps", str(source)],
                         capture_output=True, text=True, timeout=600, cwd=tmp_path)
    assert run.returncode == 0, run.stderr[-3000:]
    assert (site / "inspector_resources" / "checklists" / "nd43-tt25.yaml").is_file()
    run = subprocess.run([str(venv / "bin" / "inspector"), "--self-test"], cwd=tmp_path,
                         env=bundle_env(tmp_path), capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "(installed)" in run.stdout and str(site / "inspector_resources") in run.stdout
