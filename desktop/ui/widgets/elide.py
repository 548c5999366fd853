"""Cells that keep both ends of their text when the column is too narrow for it."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem


class MiddleElideDelegate(QStyledItemDelegate):
    """Cut in the middle, not at the end: "Siti Rahma…on · L2" still says at which desk, where
    the table's usual cut would leave "Siti Rahmawati…" (the "Dicatat oleh" column)."""

    def initStyleOption(  # noqa: N802 (Qt API)
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideMiddle
