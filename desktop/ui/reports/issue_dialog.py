""" "Terbitkan…": which report of the figures on screen to issue. An issued report is kept
unchanged in the register, so the dialog says that before anything is written."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.reports.report_files import DETAIL_KINDS, ReportKind, kind_label


class IssueDialog(QDialog):
    def __init__(
        self, period: str, chosen_figure: str, may_reveal: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Issue a report"))
        intro = QLabel(
            self.tr(
                "Issue the report of %1 as it stands now. It is saved where you choose, to "
                "send, and kept in the register of issued reports exactly as sent: it cannot "
                "be changed or removed afterwards."
            ).replace("%1", period),
            self,
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        self.kinds = QButtonGroup(self)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        for number, kind in enumerate(ReportKind):
            text = kind_label(kind)
            if kind in DETAIL_KINDS:
                text = self.tr("%1, of the figure %2").replace("%1", text)
                text = text.replace("%2", chosen_figure)
            button = QRadioButton(f"&{number + 1} {text}", self)
            self.kinds.addButton(button, number)
            layout.addWidget(button)
        self.kinds.button(0).setChecked(True)
        self.reveal = QCheckBox(self.tr("Show &identities in the detail list (full NIK)"), self)
        self.reveal.setVisible(may_reveal)
        self.reveal.setEnabled(False)
        self.kinds.idToggled.connect(lambda _id, _on: self._kind_changed())
        layout.addWidget(self.reveal)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Issue…"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())

    def kind(self) -> ReportKind:
        return list(ReportKind)[max(self.kinds.checkedId(), 0)]

    def choose(self, kind: ReportKind) -> None:
        self.kinds.button(list(ReportKind).index(kind)).setChecked(True)

    def reveal_identity(self) -> bool:
        return not self.reveal.isHidden() and self.reveal.isEnabled() and self.reveal.isChecked()

    def _kind_changed(self) -> None:
        self.reveal.setEnabled(self.kind() in DETAIL_KINDS)
