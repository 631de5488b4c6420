"""A fresh Debian without Qt's libraries: the app and pytest say which packages to install in
one sentence (no "ImportError: libGL.so.1", no INTERNALERROR). The missing library is real to
the process: a PySide6 that fails to load the way the real one does without libgl1."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from ui.qt_check import X11_DISPLAY, missing_packages, qt_problem

from support import REPO

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Debian packages: Linux only")


@pytest.fixture
def no_libgl(tmp_path: Path) -> dict[str, str]:
    """An environment whose PySide6 cannot load libGL.so.1 (what Qt raises on a bare Debian)."""
    fake = tmp_path / "fake" / "PySide6"
    fake.mkdir(parents=True)
    (fake / "__init__.py").write_text("__version__ = '6.11.3'\n")
    for module in ("QtCore", "QtGui", "QtWidgets"):
        (fake / f"{module}.py").write_text(
            "raise ImportError('libGL.so.1: cannot open shared object file: No such file or directory')\n")
    return {**os.environ, "PYTHONPATH": os.pathsep.join([str(fake.parent), str(REPO)]), "QT_QPA_PLATFORM": "offscreen"}


def test_the_app_names_the_packages_to_install(no_libgl):
    run = subprocess.run([sys.executable, "-m", "ui.launcher"], cwd=REPO, env=no_libgl, capture_output=True,
                         text=True, timeout=60)
    assert run.returncode == 1
    assert "sudo apt-get install libgl1 fonts-dejavu-core" in run.stderr
    assert "Traceback" not in run.stderr and "ImportError" not in run.stderr.splitlines()[0]
    assert "thiếu thư viện của Qt" in run.stderr


def test_pytest_says_the_same_instead_of_internalerror(no_libgl):
    run = subprocess.run([sys.executable, "-m", "pytest", "tests/test_clock.py", "-q", "-p", "no:randomly",
                          "-p", "no:cacheprovider"], cwd=REPO, env=no_libgl, capture_output=True, text=True,
                         timeout=120)
    out = run.stdout + run.stderr
    assert "INTERNALERROR" not in out
    assert "sudo apt-get install libgl1" in out and run.returncode == 4


def test_a_real_display_needs_the_xcb_packages_and_the_command_names_each_missing_one():
    gone = {"libxcb-cursor.so.0", "libX11-xcb.so.1"}
    assert missing_packages(x11=True, loads=lambda so: so not in gone) == ["libxcb-cursor0", "libx11-xcb1"]
    assert missing_packages(x11=False, loads=lambda so: so not in gone) == []
    sentence = qt_problem({"DISPLAY": ":0"}, loads=lambda so: so not in gone, import_qt=lambda: None)
    assert sentence.splitlines()[-1].strip() == "sudo apt-get install libxcb-cursor0 libx11-xcb1"
    assert qt_problem({"QT_QPA_PLATFORM": "offscreen"}, loads=lambda so: so not in gone, import_qt=lambda: None) is None


def test_readme_package_line_is_complete_and_can_be_pasted():
    import re

    from ui.qt_check import FONTS, QT_RUNTIME

    text = (REPO / "README.md").read_text(encoding="utf-8")
    lines = [line for block in re.findall(r"```sh\n(.+?)\n```", text, re.S) for line in block.splitlines()
             if line.startswith("sudo apt-get install")]
    assert len(lines) == 1 and "…" not in lines[0] and "..." not in lines[0]
    packages = lines[0].split()[3:]
    assert {"python3-venv", FONTS, *QT_RUNTIME.values(), *X11_DISPLAY.values()} <= set(packages)
