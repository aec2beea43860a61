"""One free text of a decision in each language the letters are printed in: Kazakh and Russian side by side (both
official, both required), English beside them (optional, for the unofficial translation). Each box warns when its
text reads as another language, since a letter prints only text in its own language (issue 15)."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QLabel, QPlainTextEdit, QWidget

from akimat_desk.domain.text_language import fits, language_of

LANGUAGES = ("kk", "ru", "en")
OFFICIAL = ("kk", "ru")


class LanguageTexts(QWidget):
    """``edits[lang]`` is the box of one language; ``texts()`` gives the non-empty ones."""

    def __init__(self, first: str, height: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first = first if first in LANGUAGES else "kk"
        self.edits: dict[str, QPlainTextEdit] = {}
        self.titles: dict[str, QLabel] = {}
        self.warnings: dict[str, QLabel] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        for column, lang in enumerate(LANGUAGES):
            title, edit, warning = QLabel(self), QPlainTextEdit(self), QLabel(self)
            edit.setObjectName(f"text_{lang}")
            edit.setFixedHeight(height)
            edit.textChanged.connect(lambda lang=lang: self._check(lang))
            title.setBuddy(edit)
            warning.setWordWrap(True)
            warning.setStyleSheet("QLabel { color: #8d4e00; }")
            warning.hide()
            grid.addWidget(title, 0, column)
            grid.addWidget(edit, 1, column)
            grid.addWidget(warning, 2, column)
            self.edits[lang], self.titles[lang], self.warnings[lang] = edit, title, warning
        self.retranslate_ui()

    def setPlainText(self, text: str) -> None:
        """Put ``text`` into the box of the language it is written in (the filing's language when it does not tell)."""
        self.edits[language_of(text) or self.first].setPlainText(text)

    def toPlainText(self) -> str:
        """The text as first written: the filing's language, else Kazakh, Russian, English."""
        texts = self.texts()
        order = (self.first, *LANGUAGES)
        return next((texts[lang] for lang in order if lang in texts), "")

    def texts(self) -> dict[str, str]:
        return {lang: text for lang, edit in self.edits.items() if (text := edit.toPlainText().strip())}

    def missing_official(self) -> list[str]:
        """The official languages (kk, ru) whose box is empty."""
        return [lang for lang in OFFICIAL if not self.edits[lang].toPlainText().strip()]

    def mismatched(self) -> list[str]:
        """The languages whose box holds text that reads as another language."""
        return [lang for lang, text in self.texts().items() if not fits(text, lang)]

    def _check(self, lang: str) -> None:
        text = self.edits[lang].toPlainText().strip()
        found = language_of(text) if text else None
        wrong = found is not None and found != lang
        self.warnings[lang].setVisible(wrong)
        if wrong:
            self.warnings[lang].setText(
                "⚠ " + self.tr("This reads as %1, not as this box's language.").replace("%1", self._name(found or ""))
            )

    def _name(self, lang: str) -> str:
        return {"kk": self.tr("Kazakh"), "ru": self.tr("Russian"), "en": self.tr("English")}.get(lang, lang)

    def retranslate_ui(self) -> None:
        self.titles["kk"].setText(self.tr("In Kazakh (official):"))
        self.titles["ru"].setText(self.tr("In Russian (official):"))
        self.titles["en"].setText(self.tr("In English (optional, unofficial translation):"))
        for lang in LANGUAGES:
            self._check(lang)
