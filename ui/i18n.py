"""Translations: English source strings in the code, Vietnamese loaded by default.

Every user-visible string goes through `translate("Context", "English text")` with an explicit
context (a literal, so `pyside6-lupdate` finds it; `self.tr()` would take the runtime class name
and miss strings of base classes). `resources/translations/inspector_vi.ts` is the source of the
Vietnamese texts and `inspector_vi.qm` its compiled form (`scripts/update_translations.py`).

Qt ships no Vietnamese translation of its own strings, so the standard buttons (OK, Cancel, Yes,
No…) and the editors' context menus are listed below under Qt's own contexts: our translator
then answers for them too.
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
)

_installed: list[QTranslator] = []
_current = ENGLISH


def translation_file(language: str) -> str:
    return str(paths.resource("translations", f"inspector_{language}.qm"))


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
