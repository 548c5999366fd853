"""A long form's page in a scroll area that scrolls rather than squeezes, and keeps the
focused field in sight."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QLayout, QScrollArea, QWidget

from desktop.ui.widgets.field import FieldWithMessage


class _Page(QWidget):
    """The scroll area shrinks its page to the window down to the page's minimum size; on a
    768 px screen (less the title and task bars) that squeezed the messages under the fields
    until they were cut. The minimum height is the height the page wants, so it scrolls."""

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        minimum = super().minimumSizeHint()
        layout = self.layout()
        wanted = (
            layout.totalHeightForWidth(self.width())
            if layout is not None and layout.hasHeightForWidth()
            else self.sizeHint().height()
        )
        return QSize(minimum.width(), max(minimum.height(), wanted))


class ScrolledPage(QScrollArea):
    """Holds `layout` on a page that scrolls. The focused field stays visible with its message:
    also when the focus comes without Tab (an Alt letter, the first problem after a failed
    save) and when messages or hints above it push it down."""

    def __init__(self, layout: QLayout, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page = _Page(self)
        self.page.setLayout(layout)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setWidget(self.page)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self.keep_focus_visible)
        self.verticalScrollBar().rangeChanged.connect(self.keep_focus_visible)

    def keep_focus_visible(self, *_changed: object) -> None:
        focused = QApplication.focusWidget()
        if focused is None or not self.page.isAncestorOf(focused):
            return
        shown: QWidget = focused
        parent = focused.parentWidget()
        while parent is not None and parent is not self.page:
            if isinstance(parent, FieldWithMessage):
                shown = parent  # the field with its message under it
                break
            parent = parent.parentWidget()
        self.ensureWidgetVisible(shown, 0, 8)
