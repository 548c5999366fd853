"""Four cascading pickers for the incident location: provinsi, kabupaten/kota, kecamatan, desa."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QApplication, QGridLayout, QWidget

from desktop.domain.regions import Region, ancestry
from desktop.ui.widgets.searchable_combo import SearchableComboBox

ChildrenOf = Callable[[str | None], list[Region]]


class RegionPicker(QWidget):
    """Choosing a level fills the next one with that region's children.

    Signals:
        codeChanged(str): the deepest chosen Kemendagri code ("" when none).
        committed(): the officer left one of the four pickers.
        edited(): the officer typed in or picked from one of them.
    """

    codeChanged = Signal(str)
    committed = Signal()
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._children_of: ChildrenOf | None = None
        self.levels = [
            SearchableComboBox(self.tr("Province"), self),
            SearchableComboBox(self.tr("Regency / city"), self),
            SearchableComboBox(self.tr("District (kecamatan)"), self),
            SearchableComboBox(self.tr("Village (desa/kelurahan)"), self),
        ]
        names = [
            self.tr("Province"),
            self.tr("Regency/city"),
            self.tr("District"),
            self.tr("Village"),
        ]
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setHorizontalSpacing(6)
        layout.setVerticalSpacing(2)
        for index, (combo, name) in enumerate(zip(self.levels, names, strict=True)):
            combo.setAccessibleName(name)
            combo.setMinimumContentsLength(14)
            layout.addWidget(combo, index // 2, index % 2)
            combo.keyChanged.connect(lambda key, level=index: self._on_level_changed(level, key))
            combo.committed.connect(self.committed)
            combo.activated.connect(self.edited)
            line = combo.lineEdit()
            assert line is not None  # searchable combo boxes are editable
            line.textEdited.connect(self.edited)
        self.setFocusProxy(self.levels[0])

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802 (Qt API)
        """Tab out of a level chooses what was typed there before the next control is found:
        the level below is enabled only once this one has a region, and Tab would otherwise
        skip it (Kecamatan to the address, past Desa/Kelurahan)."""
        focused = QApplication.focusWidget()
        for combo in self.levels:
            if focused is not None and (focused is combo or combo.isAncestorOf(focused)):
                combo.commit_typed_text()
        return super().focusNextPrevChild(forward)

    def set_source(self, children_of: ChildrenOf) -> None:
        """Where regions come from; fills the province list."""
        self._children_of = children_of
        self._fill(0, None)

    def code(self) -> str:
        for combo in reversed(self.levels):
            key = combo.current_key()
            if key is not None:
                return str(key)
        return ""

    def has_unmatched_text(self) -> bool:
        """True when some level holds typed text that names no region."""
        return any(c.currentText().strip() and c.current_key() is None for c in self.levels)

    def set_code(self, code: str) -> None:
        """Choose `code` and every level above it (e.g. the office's regency by default)."""
        chain = ancestry(code) if code else []
        for level, combo in enumerate(self.levels):
            wanted = chain[level] if level < len(chain) else None
            combo.set_current_key(wanted)
            if wanted is not None and combo.current_key() is None:
                break  # not in the list: leave the lower levels empty

    def _fill(self, level: int, parent_code: str | None) -> None:
        combo = self.levels[level]
        regions = self._children_of(parent_code) if self._children_of else []
        if level > 0 and parent_code is None:
            regions = []
        combo.set_entries([(r.code, r.name) for r in regions], keep_key=False)
        combo.setEnabled(bool(regions))

    def _on_level_changed(self, level: int, key: object) -> None:
        for deeper in range(level + 1, len(self.levels)):
            parent = str(key) if deeper == level + 1 and key is not None else None
            self._fill(deeper, parent)
        self.codeChanged.emit(self.code())
