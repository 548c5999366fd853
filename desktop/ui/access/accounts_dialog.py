"""The administrator's list of accounts, and the dialog to change one's own password."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.access import Role
from desktop.services.account_values import (
    AccountField,
    AccountInfo,
    InvalidAccountError,
    NewAccount,
)
from desktop.services.accounts import AccountService
from desktop.services.passwords import FormProblem, account_form_problems
from desktop.services.values import StorageFault
from desktop.ui.access.setup_page import AccountFields
from desktop.ui.access.texts import account_problem_message, role_label
from desktop.ui.tasks import TaskRunner
from desktop.ui.texts import fault_message, format_short_datetime
from desktop.ui.widgets.dialog_keys import buttons_in_order, chain_focus, save_and_cancel
from desktop.ui.widgets.field import FieldWithMessage


class _FormDialog(QDialog):
    """A small form whose save runs on the task runner and shows problems beside the fields.
    Focus starts on the first field (never on Save: a stray space would submit the empty
    form); Tab goes down the fields, then to Save and Cancel; Save is Alt+S, Ctrl+S or
    Ctrl+Enter."""

    def __init__(self, runner: TaskRunner, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._runner = runner
        self.form = QFormLayout()
        self.buttons: QDialogButtonBox

    def finish_layout(self) -> None:
        """Once every row is in the form."""
        self.buttons = save_and_cancel(self, self._save)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        # Wide enough for a refusal to wrap over two lines rather than many.
        self.setMinimumWidth(460)
        inputs = self._inputs()
        chain_focus([*inputs, *buttons_in_order(self.buttons)])
        if inputs:
            inputs[0].setFocus()

    def _inputs(self) -> list[QWidget]:
        """The form's inputs from top to bottom, leaving out hidden rows."""
        found: list[QWidget] = []
        for row in range(self.form.rowCount()):
            item = self.form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            widget = item.widget() if item is not None else None
            if isinstance(widget, FieldWithMessage):
                widget = widget.input
            if (
                widget is not None
                and not widget.isHidden()
                and widget.focusPolicy() != (Qt.FocusPolicy.NoFocus)
            ):
                found.append(widget)
        return found

    def _save(self) -> None:
        raise NotImplementedError

    def show_problems(self, fields: AccountFields, problems: Sequence[FormProblem]) -> None:
        fields.show_problems(problems)
        self.fit_to_messages()

    def fit_to_messages(self) -> None:
        """Grow to show every message whole: a dialog keeps its size when a message appears,
        and a wrapped message would be cut to one line."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        needed = self.heightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)

    def run(self, work: object, fields: AccountFields) -> None:
        fields.clear_messages()
        self.buttons.setEnabled(False)

        def failed(error: BaseException) -> None:
            self.buttons.setEnabled(True)
            if isinstance(error, InvalidAccountError):
                fields.show_message(error.field, account_problem_message(error.problem))
                self.fit_to_messages()
            elif isinstance(error, StorageFault):
                QMessageBox.warning(self, self.windowTitle(), fault_message(error.kind))
            else:
                raise error

        assert callable(work)
        self._runner.submit(work, lambda _result: self.accept(), failed)


class NewAccountDialog(_FormDialog):
    def __init__(self, service: AccountService, runner: TaskRunner, parent: QWidget) -> None:
        super().__init__(runner, parent)
        self._service = service
        self.setWindowTitle(self.tr("New account"))
        self.fields = AccountFields(self, self.form)
        self.role = QComboBox(self)
        for role in Role:
            self.role.addItem(role_label(role), role)
        self.form.addRow(self.tr("&Role"), self.role)
        self.finish_layout()

    def _save(self) -> None:
        new = NewAccount(
            self.fields.username.text(),
            self.fields.full_name.text(),
            Role(self.role.currentData()),
            self.fields.password.text(),
            self.fields.password_again.text(),
        )
        problems = account_form_problems(new)
        if problems:  # all of them at once, beside their fields; only a taken name is left
            self.show_problems(self.fields, problems)
            return
        self.run(lambda: self._service.create(new), self.fields)


class EditAccountDialog(_FormDialog):
    """Name, role and whether the account may sign in; a new password when one is typed."""

    def __init__(
        self, service: AccountService, runner: TaskRunner, account: AccountInfo, parent: QWidget
    ) -> None:
        super().__init__(runner, parent)
        self._service = service
        self._account = account
        self.setWindowTitle(self.tr("Account %1").replace("%1", account.username))
        self.fields = AccountFields(self, self.form, with_username=False)
        self.fields.full_name.setText(account.full_name)
        self.fields.password.setPlaceholderText(self.tr("leave empty to keep the password"))
        self.role = QComboBox(self)
        for role in Role:
            self.role.addItem(role_label(role), role)
        self.role.setCurrentIndex(list(Role).index(account.role))
        self.active = QCheckBox(self.tr("May sign in"), self)
        self.active.setChecked(account.active)
        self.form.addRow(self.tr("&Role"), self.role)
        self.form.addRow("", self.active)
        self.finish_layout()

    def _save(self) -> None:
        account, service = self._account, self._service
        name, role = self.fields.full_name.text(), Role(self.role.currentData())
        active = self.active.isChecked()
        password, again = self.fields.password.text(), self.fields.password_again.text()

        def save() -> None:
            if password or again:
                service.reset_password(account.id, password, again)
            service.update(account.id, name, role, active)

        self.run(save, self.fields)


class AccountsDialog(QDialog):
    def __init__(
        self, service: AccountService, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._runner = runner
        self._accounts: list[AccountInfo] = []
        self.setWindowTitle(self.tr("Accounts"))
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("User name"), self.tr("Full name"), self.tr("Role"), self.tr("State")]
        )
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.add_button = QPushButton(self.tr("&New account…"), self)
        self.edit_button = QPushButton(self.tr("&Change…"), self)
        close = QPushButton(self.tr("Close"), self)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Each officer signs in with their own account."), self))
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self._add)
        self.edit_button.clicked.connect(self._edit)
        self.table.doubleClicked.connect(self._edit)
        close.clicked.connect(self.accept)
        self.resize(760, 420)
        self.reload()

    def reload(self) -> None:
        self._runner.submit(self._service.accounts, self._show, self._failed)

    def _show(self, accounts: list[AccountInfo]) -> None:
        self._accounts = accounts
        self.table.setRowCount(len(accounts))
        for row, account in enumerate(accounts):
            if not account.active:
                state = self.tr("disabled")
            elif account.locked_until is not None:
                state = self.tr("locked until %1").replace(
                    "%1", format_short_datetime(account.locked_until)
                )
            else:
                state = self.tr("active")
            values = (account.username, account.full_name, role_label(account.role), state)
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, StorageFault):
            QMessageBox.warning(self, self.windowTitle(), fault_message(error.kind))
        else:
            raise error

    def _add(self) -> None:
        if NewAccountDialog(self._service, self._runner, self).exec():
            self.reload()

    def _edit(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self._accounts):
            dialog = EditAccountDialog(self._service, self._runner, self._accounts[row], self)
            if dialog.exec():
                self.reload()


class ChangePasswordDialog(_FormDialog):
    def __init__(
        self, service: AccountService, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(runner, parent)
        self._service = service
        self.setWindowTitle(self.tr("Change my password"))
        self.old_password = QLineEdit(self)
        self.old_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.form.addRow(self.tr("&Current password"), self.old_password)
        self.fields = AccountFields(self, self.form, with_username=False)
        self.fields.fields[AccountField.FULL_NAME].hide()
        self.form.labelForField(self.fields.fields[AccountField.FULL_NAME]).hide()
        self.fields.fields[AccountField.OLD_PASSWORD] = self.fields.fields[AccountField.PASSWORD]
        self.finish_layout()

    def _save(self) -> None:
        old, new = self.old_password.text(), self.fields.password.text()
        again = self.fields.password_again.text()
        self.run(lambda: self._service.change_own_password(old, new, again), self.fields)
