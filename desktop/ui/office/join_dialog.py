"""Pengaturan › Gabung ke server kantor…: an existing desk joins an office with a join code.

The same checks as `python -m desktop office join CODE`: the code's shape here, then on the
exchange's worker the server's certificate against the code's fingerprint, and the code itself
(used, expired, not this server's). Every refusal is said under the field; nothing is changed
by a refused join.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.office.texts import join_refusal_message
from desktop.ui.widgets.field import FieldWithMessage

if TYPE_CHECKING:
    from desktop.ui.office.runner import OfficeRunner
    from sync.office.desk import OfficeStatus
    from sync.office.join import JoinOutcome


def refusal_for(error: BaseException, code_text: str) -> str | None:
    """The words for a failed join, or None when `error` is a bug (not a refusal)."""
    from desktop.domain.office import JoinCodeError, decode_join_code
    from sync.office.client import OfficeUnreachableError
    from sync.office.join import JoinRefusedError

    try:
        address = decode_join_code(code_text).address
    except JoinCodeError:
        address = ""
    if isinstance(error, JoinCodeError):
        return join_refusal_message("code", address, str(error))
    if isinstance(error, OfficeUnreachableError):
        return join_refusal_message("unreachable", address, str(error))
    if isinstance(error, JoinRefusedError):
        return join_refusal_message(error.reason.value, address, str(error))
    return None


class JoinDialog(QDialog):
    """The code field, its message line, and Join. `outcome` holds the join once it is done."""

    def __init__(
        self, runner: OfficeRunner, status: OfficeStatus | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self.outcome: JoinOutcome | None = None
        self.setWindowTitle(self.tr("Join an office server"))
        explanation = QLabel(self)
        explanation.setWordWrap(True)
        self.code = QLineEdit(self)
        self.code.setPlaceholderText("MA1-…")
        self.field = FieldWithMessage(self.code, self)
        form = QFormLayout()
        label = QLabel(self.tr("&Join code"), self)
        label.setBuddy(self.code)
        form.addRow(label, self.field)
        self.progress = QLabel(self)
        self.progress.setTextFormat(Qt.TextFormat.PlainText)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.join_button = self.buttons.addButton(
            self.tr("&Join"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.join_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        self.buttons.rejected.connect(self.reject)
        self.join_button.clicked.connect(self._join)
        self.resize(560, self.sizeHint().height())
        if status is not None:
            explanation.setText(
                self.tr("This desk is desk %1 of the office server %2 already.")
                .replace("%1", status.desk_code)
                .replace("%2", status.server_url)
            )
            self.code.setEnabled(False)
            self.join_button.setEnabled(False)
            return
        explanation.setText(
            self.tr(
                "Paste the join code the office server's administrator made for this desk. "
                "The desk then shares one register with the office's other desks: what it "
                "holds goes to the office once, and it stops sending to SP4N-LAPOR! itself "
                "(the server does)."
            )
        )

    def _join(self) -> None:
        from desktop.domain.office import JoinCodeError, decode_join_code

        text = self.code.text().strip()
        try:
            decode_join_code(text)
        except JoinCodeError as error:
            self._refused(error)
            return
        self.field.clear_message()
        self._busy(True)
        self._runner.join(text, self._joined, self._refused)

    def _busy(self, busy: bool) -> None:
        self.join_button.setEnabled(not busy)
        self.code.setEnabled(not busy)
        self.progress.setText(self.tr("Joining the office server…") if busy else "")

    def _joined(self, outcome: JoinOutcome) -> None:
        self.outcome = outcome
        self._busy(False)
        self.accept()

    def _refused(self, error: BaseException) -> None:
        text = refusal_for(error, self.code.text())
        if text is None:
            self._busy(False)
            raise error
        self._busy(False)
        self.field.show_message(text)
        self.code.setFocus()
        self.code.selectAll()
