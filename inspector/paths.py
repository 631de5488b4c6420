"""Where things live: the shipped resources and the user's own folders.

The only module that knows about source checkouts, installed wheels and PyInstaller bundles.
`INSPECTOR_DATA_DIR` overrides the data folder (tests, portable installs, the Settings choice).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "Inspector"
APP_AUTHOR = "Inspector"
DATA_DIR_ENV = "INSPECTOR_DATA_DIR"
LOG_DIR_ENV = "INSPECTOR_LOG_DIR"
CONFIG_DIR_ENV = "INSPECTOR_CONFIG_DIR"
DATABASE_NAME = "inspector.sqlite3"


def resources_dir() -> Path:
    """The folder holding checklists, reference data, templates, translations and icons."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    checkout = Path(__file__).resolve().parent.parent / "resources"
    if checkout.is_dir():
        return checkout
    # An installed wheel: resources/ travels as the package `inspector_resources`, which has no
    # __init__.py (a namespace package), so ask for its folder rather than importlib.resources'
    # files(), whose answer for a namespace package is not a plain path.
    import importlib.util

    spec = importlib.util.find_spec("inspector_resources")
    if spec is None or not spec.submodule_search_locations:
        return checkout  # nothing installed either: the caller reports the missing files
    return Path(next(iter(spec.submodule_search_locations)))


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def docs_dir() -> Path | None:
    """The user manual's folder (``docs/``: ``manual/`` and ``screenshots/``), or None.

    The bundle carries it (see packaging/bundle_files.py); a source checkout has it beside the
    code; an installed wheel has no manual.
    """
    frozen = getattr(sys, "_MEIPASS", None)
    folder = Path(frozen) / "docs" if frozen else Path(__file__).resolve().parent.parent / "docs"
    return folder if folder.is_dir() else None


def manual_index() -> Path | None:
    """The manual's first page (``docs/manual/README.md``), or None when the manual is not there."""
    folder = docs_dir()
    index = folder / "manual" / "README.md" if folder else None
    return index if index is not None and index.is_file() else None


def data_dir() -> Path:
    """The user's data folder (database and evidence); not created here."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR, roaming=False))


def database_path(folder: Path | None = None) -> Path:
    return (folder or data_dir()) / DATABASE_NAME


def evidence_dir(database: Path) -> Path:
    """Evidence blobs live next to the database they belong to."""
    return database.parent / "evidence"


def log_dir() -> Path:
    """The folder of the log files; not created here.

    `INSPECTOR_LOG_DIR` wins; a moved data folder (`INSPECTOR_DATA_DIR`: portable installs, tests)
    keeps its logs beside it in ``logs/``; otherwise the platform's user log folder.
    """
    override = os.environ.get(LOG_DIR_ENV)
    if override:
        return Path(override).expanduser()
    data_override = os.environ.get(DATA_DIR_ENV)
    if data_override:
        return Path(data_override).expanduser() / "logs"
    return Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))


def config_dir() -> Path:
    """The folder of the user's own preference files (e.g. the minutes wording); not created here.

    `INSPECTOR_CONFIG_DIR` wins; a moved data folder (`INSPECTOR_DATA_DIR`: portable installs,
    tests) keeps it beside it in ``config/``; otherwise the platform's user config folder.
    """
    override = os.environ.get(CONFIG_DIR_ENV)
    if override:
        return Path(override).expanduser()
    data_override = os.environ.get(DATA_DIR_ENV)
    if data_override:
        return Path(data_override).expanduser() / "config"
    return Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR))
