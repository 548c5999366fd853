"""Plural messages outside a QObject, written in the one form pyside6-lupdate extracts.

lupdate's Python parser reads `translate(context, text, comment, X)` as Qt 4's
`translate(context, text, comment, encoding, n)`: the identifier in the fourth place is taken for
the encoding. So `QCoreApplication.translate("Texts", "... %n ...", "", limit)` reaches the
catalogue as a message without plural forms, and `..., receipt.days)` or `..., len(items))` does
not reach it at all (the receipt's "within %n working days" stayed English that way).
`Texts.tr("... %n ...", "", limit)`, with `Texts = TranslationContext("Texts")`, is read as a
plural message of the context named before `.tr`: the variable's name must be the context's.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


class TranslationContext:
    """`tr` for module-level code, in the translation context `name`."""

    def __init__(self, name: str) -> None:
        self.name = name

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return QCoreApplication.translate(self.name, text, disambiguation, n)
