"""A drop-down list the officer can also type into to find an entry by any part of its name."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QSignalBlocker, Qt, Signal, Slot
from PySide6.QtWidgets import QApplication, QComboBox, QCompleter, QWidget


class SearchableComboBox(QComboBox):
    """Entries carry a key (an id or a code); typed text that matches no entry is not accepted.

    Signals:
        keyChanged(object): the chosen entry's key, or None when nothing is chosen.
        committed(): the officer left the field (whether or not the choice changed).
    """

    keyChanged = Signal(object)
    committed = Signal()

    def __init__(self, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(15)
        line = self.lineEdit()
        assert line is not None  # editable combo boxes always have one
        line.setPlaceholderText(placeholder)
        line.setClearButtonEnabled(True)
        completer = QCompleter(self.model(), self)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompleter(completer)
        self._popup = completer.popup()
        self._last_key: Any = None
        self.currentIndexChanged.connect(self._emit_key)
        line.editingFinished.connect(self._accept_typed_text)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)

    def set_entries(self, entries: Sequence[tuple[Any, str]], keep_key: bool = True) -> None:
        """Replace the entries; the current choice stays when its key is still offered."""
        previous = self.current_key() if keep_key else None
        with QSignalBlocker(self):
            self.clear()
            for key, text in entries:
                self.addItem(text, key)
            self.setCurrentIndex(-1)
            self.setEditText("")
        self._last_key = None
        self.set_current_key(previous)
        if previous is not None and self.current_key() is None:
            self.keyChanged.emit(None)

    def current_key(self) -> Any:
        if self.currentIndex() < 0 or self.currentText() != self.itemText(self.currentIndex()):
            return None
        return self.currentData()

    def set_current_key(self, key: Any) -> None:
        index = self.findData(key) if key is not None else -1
        self.setCurrentIndex(index)
        if index < 0:
            self.setEditText("")
        self._emit_key()

    def _emit_key(self) -> None:
        key = self.current_key()
        if key != self._last_key:
            self._last_key = key
            self.keyChanged.emit(key)

    @Slot(QWidget, QWidget)
    def _on_focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        # Tab while the completer's popup is open moves focus without a FocusOut event (Qt
        # sends none while a popup is up), so editingFinished never comes: watch focus instead.
        if not self.isVisible():
            return  # hidden or being torn down: nothing is being typed
        mine = (self, self.lineEdit())
        if old in mine and new not in mine and new is not self._popup:
            self._accept_typed_text()

    def commit_typed_text(self) -> None:
        """Choose the entry the typed text names now, as leaving the field would."""
        self._accept_typed_text()

    def _accept_typed_text(self) -> None:
        """Typed text must name an entry: exactly, or as the only entry containing it."""
        text = self.currentText().strip()
        if not text:
            self.set_current_key(None)
            self.committed.emit()
            return
        exact = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if exact < 0:
            matches = [
                i for i in range(self.count()) if text.casefold() in self.itemText(i).casefold()
            ]
            exact = matches[0] if len(matches) == 1 else -1
        if exact >= 0:
            self.setCurrentIndex(exact)
            self.setEditText(self.itemText(exact))
        self._emit_key()
        self.committed.emit()
