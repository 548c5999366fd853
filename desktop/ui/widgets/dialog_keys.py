"""The keyboard of a small form dialog: Save by Alt+S (its mnemonic), Ctrl+S or Ctrl+Enter from
any field, and no typed work thrown away by one stray key (Escape, Enter on Cancel).

Qt's own Save button has no mnemonic and binds no Ctrl+S; Enter on a focused Cancel presses it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)


def save_and_cancel(dialog: QDialog, save: Callable[[], None]) -> QDialogButtonBox:
    """Save and Cancel buttons for `dialog`: Save (and Ctrl+S, Ctrl+Enter) calls `save`,
    Cancel (and Escape) the dialog's reject()."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
    save_button.setText(QCoreApplication.translate("DialogKeys", "&Save"))
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
        QCoreApplication.translate("DialogKeys", "Cancel")
    )
    buttons.accepted.connect(save)
    buttons.rejected.connect(dialog.reject)
    for keys in (
        QKeySequence(QKeySequence.StandardKey.Save),  # made here: it needs the application
        QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Return),
        QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Enter),  # the number pad's Enter
    ):
        # click() does nothing while the button is disabled (a save under way).
        QShortcut(keys, dialog, save_button.click)
    save_button.setToolTip(QCoreApplication.translate("DialogKeys", "Ctrl+S or Ctrl+Enter"))
    return buttons


def chain_focus(widgets: Sequence[QWidget]) -> None:
    """Tab visits `widgets` in this order (the order they are shown in).

    Pairs already in order are left alone: moving a field away from the wrapper just after it
    (a field with its message line, which forwards focus to it) would leave the wrapper
    behind, and Tab would jump from there back to the field."""
    for first, second in zip(widgets, widgets[1:], strict=False):
        if _next_focusable(first) is not second:
            QWidget.setTabOrder(first, second)


def _next_focusable(widget: QWidget) -> QWidget | None:
    following = widget.nextInFocusChain()
    while following is not None and following is not widget:
        if following.focusPolicy() != Qt.FocusPolicy.NoFocus:
            return following
        following = following.nextInFocusChain()
    return None


def buttons_in_order(box: QDialogButtonBox) -> list[QAbstractButton]:
    """The box's buttons as this platform lays them out (Cancel comes first on some)."""
    found: list[QAbstractButton] = []
    layout = box.layout()
    if layout is None:
        return box.buttons()
    for index in range(layout.count()):
        item = layout.itemAt(index)
        widget = item.widget() if item is not None else None
        if isinstance(widget, QAbstractButton):
            found.append(widget)
    return found


def typed_values(inputs: Sequence[QWidget]) -> tuple[object, ...]:
    """What the inputs hold, to tell whether anything was typed or chosen since."""
    values: list[object] = []
    for widget in inputs:
        if isinstance(widget, QPlainTextEdit):
            values.append(widget.toPlainText())
        elif isinstance(widget, QLineEdit):
            values.append(widget.text())
        elif isinstance(widget, QComboBox):
            values.append(widget.currentIndex())
        elif isinstance(widget, QSpinBox):
            values.append(widget.value())
    return tuple(values)


def ask_before_discarding(parent: QWidget, discard: Callable[[], None]) -> QMessageBox:
    """Open (not exec) a question whose default, and Escape, keep the dialog open; `discard`
    runs only when the user chooses to throw the typed text away."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        parent.windowTitle(),
        QCoreApplication.translate("DialogKeys", "Close without saving what you typed?"),
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    throw_away = box.addButton(
        QCoreApplication.translate("DialogKeys", "&Discard"), QMessageBox.ButtonRole.DestructiveRole
    )
    keep = box.addButton(
        QCoreApplication.translate("DialogKeys", "&Keep editing"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)

    def chosen(button: QAbstractButton) -> None:
        if button is throw_away:
            discard()

    box.buttonClicked.connect(chosen)
    box.open()
    return box
