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
APPLICATION = "Inspector"


@dataclass
class AppSettings:
    """Who the inspector is, what the minutes print, where data lives, which language."""

    inspector_name: str = ""
    inspector_title: str = ""
    inspector_unit: str = ""
    parent_agency: str = "BỘ KHOA HỌC VÀ CÔNG NGHỆ"  # Tên cơ quan chủ quản (minutes header)
    issuing_agency: str = "ĐOÀN KIỂM TRA"  # Tên cơ quan lập biên bản
    data_dir: str = ""  # empty: the default data folder
    language: str = DEFAULT_LANGUAGE
    probe_ca_file: str = ""  # extra CA certificates (PEM) the live probe trusts; empty: only the system's

    def database_path(self) -> Path:
        folder = Path(self.data_dir).expanduser() if self.data_dir.strip() else None
        return paths.database_path(folder)

    @property
    def actor(self) -> str:
        """The name written in the audit trail for this user's changes."""
        return self.inspector_name.strip() or "—"


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
