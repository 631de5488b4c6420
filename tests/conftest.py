"""Shared fixtures. Qt runs offscreen (set before any Qt import); every test gets its own data
folder so nothing touches the user's real database."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from ui.qt_check import qt_problem  # noqa: E402 - before anything loads Qt

if (_qt_problem := qt_problem()) is not None:  # one sentence naming the packages, not INTERNALERROR
    import pytest as _pytest

    _pytest.exit(_qt_problem, returncode=4)

from pathlib import Path  # noqa: E402

import keyring  # noqa: E402
import keyring.backends.fail  # noqa: E402
import pytest  # noqa: E402
from hypothesis import settings as _hypothesis_settings  # noqa: E402

# CI runs every property test on the same derandomized examples, so a green run here is a green
# run there; a developer's run keeps exploring new random examples (and the example database).
_hypothesis_settings.register_profile("ci", derandomize=True, database=None, print_blob=True)
if os.environ.get("INSPECTOR_TEST_PROFILE") == "ci":
    _hypothesis_settings.load_profile("ci")

from inspector.checklists import ChecklistTemplate, load_catalog  # noqa: E402
from inspector.storage import Store  # noqa: E402

from support import PHU_THO, REPO  # noqa: E402,F401


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "userdata"
    monkeypatch.setenv("INSPECTOR_DATA_DIR", str(folder))
    return folder


@pytest.fixture(scope="session")
def catalog():
    return load_catalog()


@pytest.fixture(scope="session")
def nd43(catalog) -> ChecklistTemplate:
    return catalog.get("nd43-tt25")


@pytest.fixture(scope="session")
def nd42(catalog) -> ChecklistTemplate:
    return catalog.get("nd42-2022")


@pytest.fixture
def store(tmp_path: Path):
    s = Store.open(tmp_path / "db" / "inspector.sqlite3")
    yield s
    s.close()


@pytest.fixture
def inspection(store, nd43):
    return store.create_inspection(
        template=nd43, province=PHU_THO,
        inspected_unit="Sở Thông tin và Truyền thông tỉnh Phú Thọ", actor="Nguyễn Văn An",
        portal_url="https://phutho.gov.vn", place="Việt Trì",
    )


# ------------------------------------------------------------------ keyring
@pytest.fixture
def memory_keyring():
    """The OS keyring replaced by `MemoryKeyring` for one test."""
    previous = keyring.get_keyring()
    from sync_support import MemoryKeyring

    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def no_keyring():
    """No keyring backend at all (what a bare Linux machine has)."""
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    yield
    keyring.set_keyring(previous)

