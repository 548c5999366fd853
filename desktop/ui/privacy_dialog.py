"""The duties towards data subjects (UU 27/2022), for administrators: one dialog, three tabs.

The tabs live in `desktop.ui.data_subject`; this module only puts them together.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTabWidget, QVBoxLayout, QWidget

from desktop.ui.data_subject.find_tab import FindPersonTab
from desktop.ui.data_subject.held_page import HeldPage
from desktop.ui.data_subject.retention_tab import RetentionTab
from desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from desktop.services.data_subject import PersonRequests


class PrivacyDialog(QDialog):
    """Find, export, correct and erase a person's data; the retention period; what we hold.

    Signals: none of its own; see `FindPersonTab` and `RetentionTab`.
    """

    def __init__(
        self, people: PersonRequests, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Personal data"))
        self.resize(820, 560)
        self.find_tab = FindPersonTab(people, runner, self)
        self.retention_tab = RetentionTab(people, runner, self)
        self.held_page = HeldPage(self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.find_tab, self.tr("Find a person"))
        self.tabs.addTab(self.retention_tab, self.tr("Retention"))
        self.tabs.addTab(self.held_page, self.tr("What we hold"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.find_tab.text.setFocus()
