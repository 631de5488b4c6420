"""UI test fixtures: Qt offscreen (set before any Qt import), a private data folder and settings
file per test, real Stores on temporary SQLite files, and a main window that is ready to use."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import QSettings  # noqa: E402
from uihelpers import ACTOR, PHU_THO  # noqa: E402

from inspector.checklists import load_catalog  # noqa: E402
from inspector.reference.provinces import load_provinces  # noqa: E402
from inspector.storage import Store  # noqa: E402


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Nothing a test does touches the user's data folder or settings file."""
    folder = tmp_path / "userdata"
    monkeypatch.setenv("INSPECTOR_DATA_DIR", str(folder))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "config"))
    return folder


@pytest.fixture(autouse=True)
def _vietnamese(qapp):
    """Every test starts in the default language, Vietnamese."""
    from ui.i18n import install_language

    install_language("vi")
    yield
    install_language("vi")


@pytest.fixture(scope="session")
def catalog():
    return load_catalog()


@pytest.fixture(scope="session")
def nd43(catalog):
    return catalog.get("nd43-tt25")


@pytest.fixture(scope="session")
def provinces():
    return load_provinces()


@pytest.fixture
def settings():
    from ui.settings import AppSettings

    return AppSettings(inspector_name=ACTOR, inspector_title="Chuyên viên chính", inspector_unit="Cục Tin học hóa")


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "db" / "inspector.sqlite3"


@pytest.fixture
def seeded(db_path: Path, nd43) -> str:
    """A database with one draft inspection of Phú Thọ; returns its id."""
    with Store.open(db_path) as store:
        return store.create_inspection(
            template=nd43, province=PHU_THO, inspected_unit="Sở Thông tin và Truyền thông tỉnh Phú Thọ",
            actor=ACTOR, portal_url="https://phutho.gov.vn", place="Việt Trì").id


@pytest.fixture
def make_window(qtbot, settings, db_path):
    """Build a main window on `db_path` and wait until it is ready and painted (`shown`: the
    work that waits for the list, such as the sync status, is queued then); closed at the end."""
    from ui.main_window import MainWindow

    made = []

    def make(**kwargs):
        window = MainWindow(kwargs.pop("settings", settings), database=kwargs.pop("database", db_path), **kwargs)
        qtbot.addWidget(window)
        with qtbot.waitSignals([window.ready, window.shown], timeout=15_000):
            window.show()
        made.append(window)
        return window

    yield make
    for window in made:
        window.close()

