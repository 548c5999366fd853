"""What the head of unit types for a narrative report: the cases worth telling, obstacles,
conclusions and recommendations, the legal basis and who signs.

"Save" checks the case numbers in the background; a number that names no complaint is said
beside the list, and nothing typed is lost. Once accepted, `text` and `cases` are what the PDF
is written from.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.services.report_narrative import (
    NarrativeText,
    NotableCase,
    NotablePick,
    ReportNarratives,
    Signatory,
    UnknownComplaintNumbersError,
)
from desktop.services.values import DeskSettings
from desktop.ui.tasks import TaskRunner
from desktop.ui.widgets.dialog_keys import save_and_cancel
from desktop.ui.widgets.field import FieldWithMessage, add_form_row


class NarrativeDialog(QDialog):
    def __init__(
        self,
        narratives: ReportNarratives,
        settings: DeskSettings,
        runner: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._narratives = narratives
        self._runner = runner
        self.text: NarrativeText | None = None
        self.cases: list[NotableCase] = []
        self.setWindowTitle(self.tr("Narrative report"))
        tabs = self.tabs = QTabWidget(self)
        tabs.addTab(self._cases_page(), self.tr("&Cases"))
        tabs.addTab(self._writing_page(), self.tr("&Text"))
        tabs.addTab(self._signing_page(settings), self.tr("&Signature"))
        buttons = self._buttons = save_and_cancel(self, self._check)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Make PDF…"))
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(buttons)
        self.resize(720, 560)

    def _cases_page(self) -> QWidget:
        page = QWidget(self)
        self.number = QLineEdit(page)
        self.number.setPlaceholderText(self.tr("Complaint number, e.g. 3201-2026-000123"))
        self.note = QLineEdit(page)
        self.note.setPlaceholderText(self.tr("Why it is worth telling (optional)"))
        self.number.installEventFilter(self)
        self.note.installEventFilter(self)
        add = QPushButton(self.tr("&Add"), page)
        add.clicked.connect(self._add_case)
        self.case_table = QTableWidget(0, 2, page)
        self.case_table.setHorizontalHeaderLabels([self.tr("Number"), self.tr("Note")])
        self.case_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.case_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        remove = QPushButton(self.tr("&Remove"), page)
        remove.clicked.connect(self._remove_case)
        self.cases_field = FieldWithMessage(self.case_table, page)
        entry = QHBoxLayout()
        entry.addWidget(self.number, 2)
        entry.addWidget(self.note, 3)
        entry.addWidget(add)
        layout = QVBoxLayout(page)
        layout.addLayout(entry)
        layout.addWidget(self.cases_field, 1)
        layout.addWidget(remove, 0, Qt.AlignmentFlag.AlignLeft)
        return page

    def _writing_page(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        self.obstacles = QPlainTextEdit(page)
        self.conclusions = QPlainTextEdit(page)
        self.recommendations = QPlainTextEdit(page)
        self.legal_basis = QPlainTextEdit(page)
        self.legal_basis.setPlainText("\n".join(NarrativeText().legal_basis))
        for editor in (self.obstacles, self.conclusions, self.recommendations, self.legal_basis):
            editor.setTabChangesFocus(True)  # Tab moves on, as in every other form
        form.addRow(self.tr("&Obstacles"), self.obstacles)
        form.addRow(self.tr("C&onclusions"), self.conclusions)
        form.addRow(self.tr("&Recommendations"), self.recommendations)
        form.addRow(self.tr("&Legal basis (one per line)"), self.legal_basis)
        return page

    def _signing_page(self, settings: DeskSettings) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        self.signer_name = QLineEdit(settings.report_signer_name, page)
        self.signer_nip = QLineEdit(settings.report_signer_nip, page)
        self.signer_position = QLineEdit(settings.report_signer_position, page)
        self.signing_place = QLineEdit(settings.report_signing_place, page)
        for text, editor in (
            (self.tr("&Name"), self.signer_name),
            (self.tr("N&IP"), self.signer_nip),
            (self.tr("&Position"), self.signer_position),
            (self.tr("Pl&ace"), self.signing_place),
        ):
            add_form_row(form, text, FieldWithMessage(editor, page))
        return page

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Enter in the case's number or note adds the case. Taken before QDialog sees it, where
        # it would press the default button and make the PDF half typed.
        if (
            watched in (self.number, self.note)
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            self._add_case()
            return True
        return super().eventFilter(watched, event)

    def _add_case(self) -> None:
        number = self.number.text().strip()
        if not number:
            self.number.setFocus()
            return
        row = self.case_table.rowCount()
        self.case_table.insertRow(row)
        self.case_table.setItem(row, 0, QTableWidgetItem(number))
        self.case_table.setItem(row, 1, QTableWidgetItem(self.note.text().strip()))
        self.number.clear()
        self.note.clear()
        self.number.setFocus()

    def _remove_case(self) -> None:
        for row in sorted({i.row() for i in self.case_table.selectedIndexes()}, reverse=True):
            self.case_table.removeRow(row)

    def _picks(self) -> list[NotablePick]:
        picks = []
        for row in range(self.case_table.rowCount()):
            number, note = (self.case_table.item(row, c) for c in (0, 1))
            picks.append(
                NotablePick(
                    number.text() if number else "", note.text() if note is not None else ""
                )
            )
        return picks

    def typed_text(self) -> NarrativeText:
        basis = tuple(
            line.strip() for line in self.legal_basis.toPlainText().splitlines() if line.strip()
        )
        return NarrativeText(
            legal_basis=basis,
            notable=tuple(self._picks()),
            obstacles=self.obstacles.toPlainText(),
            conclusions=self.conclusions.toPlainText(),
            recommendations=self.recommendations.toPlainText(),
            signatory=Signatory(
                name=self.signer_name.text().strip(),
                nip=self.signer_nip.text().strip(),
                position=self.signer_position.text().strip(),
                place=self.signing_place.text().strip(),
            ),
        )

    def _check(self) -> None:
        self.cases_field.clear_message()
        text = self.typed_text()
        self._buttons.setEnabled(False)
        narratives = self._narratives
        self._runner.submit(
            lambda: narratives.notable_cases(text.notable),
            lambda cases: self._checked(text, cases),
            self._refused,
            owner=self,
        )

    def _checked(self, text: NarrativeText, cases: list[NotableCase]) -> None:
        self._buttons.setEnabled(True)
        self.text, self.cases = text, cases
        self.accept()

    def _refused(self, error: BaseException) -> None:
        self._buttons.setEnabled(True)
        if not isinstance(error, UnknownComplaintNumbersError):
            raise error
        self.tabs.setCurrentIndex(0)
        self.cases_field.show_message(
            self.tr("No complaint has the number %1. Correct or remove it.").replace(
                "%1", ", ".join(error.numbers)
            )
        )
        self.case_table.setFocus()
