"""First start: optionally IT staff's configuration file (checked before anything is made) and
an office server's join code, then the desk's administrator (the desk is encrypted at the same
time); the gate creates the desk, applies the file and joins the office.

Signals:
    submitted(NewAccount): the form as typed, to be checked by the service.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from desktop.domain.access import Role
from desktop.services.account_values import AccountField, NewAccount
from desktop.ui.access.card import centred_card
from desktop.ui.access.texts import account_problem_message, password_rules
from desktop.ui.office.join_field import JoinCodeField
from desktop.ui.provisioning.file_panel import ProvisionFilePanel
from desktop.ui.widgets.field import FieldWithMessage

if TYPE_CHECKING:
    from desktop.services.passwords import FormProblem
    from desktop.services.provisioning_file import CheckedFile


class AccountFields:
    """User name, full name and the password twice, each with its message line."""

    def __init__(self, parent: QWidget, form: QFormLayout, *, with_username: bool = True) -> None:
        # Made in the order they are shown, each with its wrapper at once: Tab follows the
        # order widgets were made in, and a wrapper made later, further down that order,
        # would send Tab back to its field from there (skipping the fields in between).
        self.full_name = QLineEdit()
        self.full_name.setMaxLength(100)
        full_name = FieldWithMessage(self.full_name, parent)
        self.username = QLineEdit()
        self.username.setMaxLength(40)
        username = FieldWithMessage(self.username, parent)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        password = FieldWithMessage(self.password, parent)
        self.password_again = QLineEdit()
        self.password_again.setEchoMode(QLineEdit.EchoMode.Password)
        password_again = FieldWithMessage(self.password_again, parent)
        self.fields = {
            AccountField.FULL_NAME: full_name,
            AccountField.USERNAME: username,
            AccountField.PASSWORD: password,
            AccountField.PASSWORD_AGAIN: password_again,
        }
        # One context for the words, whichever dialog holds the fields.
        labels = {
            AccountField.FULL_NAME: QLabel(
                QCoreApplication.translate("AccountFields", "&Full name"), parent
            ),
            AccountField.USERNAME: QLabel(
                QCoreApplication.translate("AccountFields", "&User name"), parent
            ),
            AccountField.PASSWORD: QLabel(
                QCoreApplication.translate("AccountFields", "&Password"), parent
            ),
            AccountField.PASSWORD_AGAIN: QLabel(
                QCoreApplication.translate("AccountFields", "Password &again"), parent
            ),
        }
        # Said before a password is typed, not only after one is refused.
        self.rules = QLabel(password_rules(), parent)
        self.rules.setWordWrap(True)
        for field, label in labels.items():
            if field is AccountField.USERNAME and not with_username:
                self.fields[field].hide()
                continue
            label.setBuddy(self.fields[field].input)
            form.addRow(label, self.fields[field])
            if field is AccountField.PASSWORD:
                form.addRow("", self.rules)

    def clear_messages(self) -> None:
        for field in self.fields.values():
            field.clear_message()

    def show_message(self, field: AccountField, text: str) -> None:
        target = self.fields.get(field, self.fields[AccountField.PASSWORD])
        target.show_message(text)
        target.input.setFocus()

    def show_problems(self, problems: Sequence[FormProblem]) -> None:
        """Every problem beside its field at once; the first field in the form gets focus."""
        self.clear_messages()
        for field, problem in problems:
            self.fields[field].show_message(account_problem_message(problem))
        order = list(self.fields)  # the order the fields are shown in
        first = min((field for field, _ in problems), key=order.index, default=None)
        if first is not None:
            self.fields[first].input.setFocus()


class SetupPage(QWidget):
    submitted = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("Set up this desk"), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        explanation = QLabel(
            self.tr(
                "All data at this desk will be encrypted; you will be shown a recovery key "
                "once, for IT staff to keep."
            ),
            self,
        )
        explanation.setWordWrap(True)
        file_heading = QLabel(self.tr("<b>1. IT staff's configuration file</b> (optional)"), self)
        file_explanation = QLabel(
            self.tr(
                "A desk configuration file (.toml) sets the office, the SP4N-LAPOR! connection "
                "and the rest in one go. Without one, set them in Settings afterwards."
            ),
            self,
        )
        file_explanation.setWordWrap(True)
        self.offered_file: Path | None = None  # the file for all users of this PC, if any
        self.provisioning = ProvisionFilePanel(self._check_before_the_desk_exists, self)
        self.offered_note = QLabel(
            self.tr(
                "The installation left this file for every desk on this PC: check what it "
                "sets, or choose another."
            ),
            self,
        )
        self.offered_note.setWordWrap(True)
        self.offered_note.hide()
        self.provisioning.checkedChanged.connect(self._show_where_the_file_is_from)
        self.join = JoinCodeField(self)
        self.provisioning.checkedChanged.connect(self._take_the_files_join_code)
        account_heading = QLabel(self.tr("<b>2. The administrator account</b>"), self)
        account_explanation = QLabel(
            self.tr("The administrator adds the officers' accounts afterwards."), self
        )
        account_explanation.setWordWrap(True)
        form = QFormLayout()
        self.account = AccountFields(self, form)
        self.create_button = QPushButton(self.tr("&Create the desk"), self)
        self.create_button.setDefault(True)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        inner = centred_card(self, 600)
        inner.addWidget(title)
        inner.addWidget(explanation)
        inner.addSpacing(8)
        inner.addWidget(file_heading)
        inner.addWidget(file_explanation)
        inner.addWidget(self.offered_note)
        inner.addWidget(self.provisioning)
        inner.addSpacing(8)
        inner.addWidget(self.join)
        inner.addSpacing(8)
        inner.addWidget(account_heading)
        inner.addWidget(account_explanation)
        inner.addLayout(form)
        inner.addWidget(self.message)
        inner.addWidget(self.create_button)
        self.create_button.clicked.connect(self._submit)
        fields = self.account
        # Enter in any field creates the desk, as Save does in a dialog.
        for line in (fields.full_name, fields.username, fields.password, fields.password_again):
            line.returnPressed.connect(self._submit)

    def offer_file(self, file: Path) -> None:
        """The file `provision --for-all-users` left on this PC: chosen to begin with."""
        self.offered_file = file
        self.offered_note.show()
        self.provisioning.choose_file(file)

    def _show_where_the_file_is_from(self) -> None:
        shared = self.offered_file is not None and self.provisioning.file == self.offered_file
        self.offered_note.setVisible(shared)

    def _take_the_files_join_code(self) -> None:
        checked = self.provisioning.checked
        profile = checked.text.profile if checked is not None else None
        self.join.take_from_file(profile.get("office", "join_code") if profile else None)

    def _check_before_the_desk_exists(self, text: str, file: Path, online: bool) -> CheckedFile:
        # On the worker: these load the database layer.
        from desktop.services.provisioning_file import check_file
        from sync.reachability import why_unreachable

        # The shared file is held to the rule it was written under: no secrets in it.
        shared = file == self.offered_file
        probe = why_unreachable if online else None
        return check_file(text, file.parent, probe=probe, for_all_users=shared)

    def set_busy(self, busy: bool) -> None:
        self.create_button.setEnabled(not busy)
        self.provisioning.setEnabled(not busy)  # the file being applied stays the one shown
        self.join.setEnabled(not busy)
        self.message.setText(self.tr("Creating the encrypted database…") if busy else "")

    def _submit(self) -> None:
        # Imported when first used: it brings the password hasher, not needed to show the page.
        from desktop.services.passwords import account_form_problems

        if not self.create_button.isEnabled():
            return
        new = NewAccount(
            self.account.username.text(),
            self.account.full_name.text(),
            Role.ADMIN,
            self.account.password.text(),
            self.account.password_again.text(),
        )
        # All the form's problems at once, beside their fields, before anything is made.
        problems = account_form_problems(new)
        self.account.show_problems(problems)
        if problems:
            return
        if not self.provisioning.ready():
            self.provisioning.setFocus()
            return
        if not self.join.check():
            return
        self.set_busy(True)
        self.submitted.emit(new)
