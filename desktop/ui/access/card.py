"""The framed, centred card the sign-in and set-up pages are built on."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget


def centred_card(page: QWidget, width: int) -> QVBoxLayout:
    """Put a card of fixed `width` in the middle of `page`; returns the card's layout.

    Centred with stretches, not an alignment flag: an aligned item gets its size hint, which
    ignores how tall wrapped text is at this width, so messages would squeeze the fields.
    """
    card = QFrame(page)
    card.setFrameShape(QFrame.Shape.StyledPanel)
    card.setFixedWidth(width)
    inner = QVBoxLayout(card)
    inner.setContentsMargins(24, 24, 24, 24)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(card)
    row.addStretch(1)
    outer = QVBoxLayout(page)
    outer.addStretch(1)
    outer.addLayout(row)
    outer.addStretch(2)
    return inner
