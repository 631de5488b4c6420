"""The user's preferences, kept with QSettings (an INI file in the user's config folder).

Never secrets: passwords and tokens go to the OS keyring (inspector.secrets), not here.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from pathlib import Path

from PySide6.QtCore import QSettings

from inspector import paths
from ui.i18n import DEFAULT_LANGUAGE, LANGUAGES

ORGANIZATION = "Inspector"
WELCOME_DONE = "done"
WELCOME_SKIPPED = "skipped"
APPLICATION = "Inspector"


@dataclass
class AppSettings:
    """Who the inspector is, where data lives, which language. (The wording of the minutes is kept
    by the core in its own file: see `inspector.minutes.user_wording_file`.)"""

    inspector_name: str = ""
    inspector_title: str = ""
    inspector_unit: str = ""
    data_dir: str = ""  # empty: the default data folder
    language: str = DEFAULT_LANGUAGE
    welcome: str = ""  # the first-run welcome: "" not yet seen, WELCOME_DONE or WELCOME_SKIPPED
    probe_ca_file: str = ""  # extra CA certificates (PEM) the live probe trusts; empty: only the system's

    def database_path(self) -> Path:
        folder = Path(self.data_dir).expanduser() if self.data_dir.strip() else None
        return paths.database_path(folder)

    @property
    def actor(self) -> str:
        """The name written in the audit trail for this user's changes."""
        return self.inspector_name.strip() or "—"


def needs_welcome(settings: AppSettings) -> bool:
    """True on the very first start: the welcome was never completed nor skipped, and no profile
    was entered (users of a version before the welcome existed already have a name)."""
    return not settings.welcome and not settings.inspector_name.strip()


def open_qsettings() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION)


def load_settings(qs: QSettings | None = None) -> AppSettings:
    qs = qs or open_qsettings()
    defaults = AppSettings()
    values = {}
    for f in fields(AppSettings):
        raw = qs.value(f.name, getattr(defaults, f.name))
        values[f.name] = raw if isinstance(raw, str) else str(raw or "")
    settings = AppSettings(**values)
    if settings.language not in LANGUAGES:
        settings.language = DEFAULT_LANGUAGE
    return settings


def save_settings(settings: AppSettings, qs: QSettings | None = None) -> None:
    qs = qs or open_qsettings()
    for f in fields(AppSettings):
        qs.setValue(f.name, getattr(settings, f.name))
    qs.sync()
