"""Choosing the interface language and loading its translations."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from desktop.app.paths import translations_dir

log = logging.getLogger("desktop.app")

DEFAULT_LANGUAGE = "id"
LANGUAGES = {"id": QLocale.Language.Indonesian, "en": QLocale.Language.English}
_SETTING = "interface/language"
# The translators the last install_translations call loaded: the next one replaces them.
_installed: list[QTranslator] = []


def interface_settings(data_dir: Path) -> QSettings:
    """Per-desk interface preferences (the language) in a small INI file in the data folder."""
    return QSettings(str(data_dir / "interface.ini"), QSettings.Format.IniFormat)


def preferred_language(settings: QSettings) -> str:
    value = settings.value(_SETTING, DEFAULT_LANGUAGE)
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


def remember_language(settings: QSettings, language: str) -> None:
    settings.setValue(_SETTING, language)


def install_translations(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load our translations and Qt's own for `language`, in place of those an earlier call
    loaded; returns them (keep them alive).

    English is the language of the source strings: its file of ours holds only the plural
    messages ("1 complaint", "2 complaints"), and Qt's dialogs need none. Qt ships no
    Indonesian translation of its own dialogs, so ours carries the few Qt strings users meet.
    """
    country = QLocale.Country.Indonesia if language == "id" else QLocale.Country.UnitedKingdom
    QLocale.setDefault(QLocale(LANGUAGES[language], country))
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    wanted: list[tuple[str, Path | str]] = [(f"meja_aduan_{language}", translations_dir())]
    if language != "en":
        wanted += [
            (f"qtbase_{language}", translations_dir()),
            (f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        ]
    for name, folder in wanted:
        translator = QTranslator(app)
        if translator.load(name, str(folder)):
            app.installTranslator(translator)
            _installed.append(translator)
    if not _installed:
        log.warning("no translations found for %s in %s", language, translations_dir())
    return list(_installed)
