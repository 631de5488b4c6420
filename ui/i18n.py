"""Translations: English source strings in the code, Vietnamese loaded by default.

Every user-visible string goes through `translate("Context", "English text")` with an explicit
context (a literal, so `pyside6-lupdate` finds it; `self.tr()` would take the runtime class name
and miss strings of base classes). `resources/translations/inspector_vi.ts` is the source of the
Vietnamese texts and `inspector_vi.qm` its compiled form (`scripts/update_translations.py`).

Qt's own strings (standard buttons, Qt's file chooser…) come from Qt's `qtbase_<language>.qm`
where Qt ships one (`install_qt_base`). Qt ships none for Vietnamese (PySide6 6.11's translations
folder has 33 languages, not vi), so the ones our users meet are listed below under Qt's own
contexts — the standard buttons, the editors' context menus and Qt's own file chooser (used on
Linux; Windows shows its native dialog, in the language of Windows) — and our translator answers
for them. This is the documented choice: Vietnamese labels by our translation, not a second file
chooser of our own.
"""

from __future__ import annotations

import logging
import math
from datetime import date, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QTranslator

from inspector import clock, paths

log = logging.getLogger(__name__)

translate = QCoreApplication.translate

VIETNAMESE = "vi"
ENGLISH = "en"
LANGUAGES = (VIETNAMESE, ENGLISH)
DEFAULT_LANGUAGE = VIETNAMESE

# Inspections happen in Vietnam (UTC+7, no daylight saving): dates and times are shown and entered
# there, whatever the laptop's time zone (inspector.clock: the one clock of the app and the core).
VN_TZ = clock.VIETNAM

# Language names are shown in their own language, whatever the current one is.
LANGUAGE_NAMES = {VIETNAMESE: "Tiếng Việt", ENGLISH: "English"}

QT_OWN_STRINGS = (
    # QPlatformTheme::defaultStandardButtonText (Windows, offscreen, generic Unix)
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Yes to &All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "N&o to All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Abort"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Retry"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Ignore"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Help"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Reset"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Restore Defaults"),
    # GNOME-like desktops use their own variants
    QT_TRANSLATE_NOOP("QGnomeTheme", "&OK"),
    QT_TRANSLATE_NOOP("QGnomeTheme", "&Save"),
    QT_TRANSLATE_NOOP("QGnomeTheme", "&Cancel"),
    QT_TRANSLATE_NOOP("QGnomeTheme", "&Close"),
    QT_TRANSLATE_NOOP("QGnomeTheme", "Close without Saving"),
    # Right-click menus of one-line and multi-line editors
    QT_TRANSLATE_NOOP("QLineEdit", "&Undo"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Redo"),
    QT_TRANSLATE_NOOP("QLineEdit", "Cu&t"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Copy"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Paste"),
    QT_TRANSLATE_NOOP("QLineEdit", "Delete"),
    QT_TRANSLATE_NOOP("QLineEdit", "Select All"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "&Undo"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "&Redo"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "Cu&t"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "&Copy"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "&Paste"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "Delete"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "Select All"),
    # Qt's own file chooser (QFileDialog without the platform's native dialog)
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "File &name:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    QT_TRANSLATE_NOOP("QFileDialog", "&Open"),
    QT_TRANSLATE_NOOP("QFileDialog", "&Save"),
    QT_TRANSLATE_NOOP("QFileDialog", "&Choose"),
    QT_TRANSLATE_NOOP("QFileDialog", "Open"),
    QT_TRANSLATE_NOOP("QFileDialog", "Save As"),
    QT_TRANSLATE_NOOP("QFileDialog", "Find Directory"),
    QT_TRANSLATE_NOOP("QFileDialog", "Directory:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Back"),
    QT_TRANSLATE_NOOP("QFileDialog", "Forward"),
    QT_TRANSLATE_NOOP("QFileDialog", "Parent Directory"),
    QT_TRANSLATE_NOOP("QFileDialog", "Create New Folder"),
    QT_TRANSLATE_NOOP("QFileDialog", "List View"),
    QT_TRANSLATE_NOOP("QFileDialog", "Detail View"),
    QT_TRANSLATE_NOOP("QFileDialog", "Sidebar"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files"),
    QT_TRANSLATE_NOOP("QFileDialog", "New Folder"),
    QT_TRANSLATE_NOOP("QFileDialog", "&New Folder"),
    QT_TRANSLATE_NOOP("QFileDialog", "&Rename"),
    QT_TRANSLATE_NOOP("QFileDialog", "&Delete"),
    QT_TRANSLATE_NOOP("QFileDialog", "Show &hidden files"),
    QT_TRANSLATE_NOOP("QFileDialog", "All Files (*)"),
    QT_TRANSLATE_NOOP("QFileDialog", "My Computer"),
    QT_TRANSLATE_NOOP("QFileDialog", "Computer"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "Name"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "Size"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "Type"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "Date Modified"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "Kind"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Folder"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "File"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Unknown"),
)

_installed: list[QTranslator] = []
_current = ENGLISH


def translation_file(language: str) -> str:
    return str(paths.resource("translations", f"inspector_{language}.qm"))


def install_qt_base(app: QCoreApplication, language: str) -> QTranslator | None:
    """Load Qt's own translation (`qtbase_<language>.qm`) from Qt's translations folder, when Qt
    ships it; returns the installed translator, None when Qt has none for that language."""
    from PySide6.QtCore import QLibraryInfo

    translator = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if not translator.load(f"qtbase_{language}", folder):
        return None
    app.installTranslator(translator)
    return translator


def install_language(language: str) -> str:
    """Switch the application's language; every widget gets a LanguageChange event.

    Unknown languages fall back to Vietnamese. Returns the language now in force.
    """
    global _current
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install_language needs a QApplication")
    if language not in LANGUAGES:
        language = DEFAULT_LANGUAGE
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    qt_base = install_qt_base(app, language)  # none for Vietnamese: QT_OWN_STRINGS above stand in
    if qt_base is not None:
        _installed.append(qt_base)
    if language == VIETNAMESE:
        translator = QTranslator(app)
        if translator.load(translation_file(language)):
            app.installTranslator(translator)
            _installed.append(translator)
        else:  # a broken install: English is better than nothing, and say why in the log
            log.error("cannot load %s", translation_file(language))
        QLocale.setDefault(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    _current = language
    return language


def current_language() -> str:
    return _current


# ------------------------------------------------------------ formatting
def format_number(value: float | None) -> str:
    """9000 → "9.000" in Vietnamese, "9,000" in English; integers without decimals."""
    if value is None:
        return ""
    locale = QLocale()
    if math.isfinite(value) and value == int(value) and abs(value) < 1e15:
        return locale.toString(int(value))
    return locale.toString(value, "g", 12)


def parse_number(text: str) -> float | None:
    """Read a number typed by the user ("9.000", "1,5", "1500"); None for empty text.

    Raises ValueError for text that is not a number. The current locale is tried first, then
    the C locale, so "1.5" typed on a Vietnamese system is still 1.5 when it cannot be a
    grouped integer.
    """
    text = text.strip().replace("\u00a0", "").replace(" ", "")
    if not text:
        return None
    for locale in (QLocale(), QLocale.c()):
        value, ok = locale.toDouble(text)
        if ok and math.isfinite(value):
            return value
    raise ValueError(text)


def format_date(value: date | datetime | None) -> str:
    """dd/mm/yyyy, the Vietnamese administrative convention, in both languages."""
    if value is None:
        return ""
    return clock.format_date(value)


def format_time(value: datetime) -> str:
    """"14:18:37" in Vietnam time (inspector.clock)."""
    return clock.format_time(value)


def format_datetime(value: datetime) -> str:
    """"07/10/2016 14:18" in Vietnam time (inspector.clock)."""
    return clock.format_datetime(value)


def day_start(day: date) -> datetime:
    """08:00 in Vietnam on `day`, as an aware datetime (what a date entered in a form means)."""
    return datetime(day.year, day.month, day.day, 8, 0, tzinfo=VN_TZ)
