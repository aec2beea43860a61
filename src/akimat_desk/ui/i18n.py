"""Switch the interface language (kk / ru / en) at runtime by swapping QTranslators.

Widgets re-translate themselves in ``changeEvent(LanguageChange)``; nothing is translated at import.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

LANGUAGES = ("kk", "ru", "en")
TRANSLATIONS_DIR = Path(__file__).with_name("translations")


class LanguageSwitcher:
    """Owns the app's and Qt's own translators; ``switch`` installs the new ones and removes the old."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._installed: list[QTranslator] = []
        self.language = "en"

    def switch(self, language: str) -> bool:
        """Install ``language``; returns False (and keeps the current one) if its .qm file is missing."""
        if language not in LANGUAGES:
            return False
        app_translator = QTranslator(self._app)
        if not app_translator.load(str(TRANSLATIONS_DIR / f"akimat_desk_{language}.qm")):
            return False
        qt_translator = QTranslator(self._app)
        qt_translator.load(
            QLocale(language), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        )
        for old in self._installed:
            self._app.removeTranslator(old)
        self._installed = [app_translator, qt_translator]
        for new in self._installed:
            self._app.installTranslator(new)
        self.language = language
        return True
