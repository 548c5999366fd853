"""The form for one follow-up step (verify, pass to a unit, answer, close, note, correct ...).

It shows only the fields its step needs. Saving runs on the task runner; a refusal is shown
beside the field it is about and the dialog stays open with everything typed. Linking and
merging add the other complaint's number: `link_dialog.LinkDialog`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.follow_up import (
    ContactMethod,
    EventKind,
    EventRefusedError,
    FollowUpEvent,
    RecordedEvent,
    Refusal,
)
from desktop.domain.records import InstitutionOption
from desktop.services.access import AccessDeniedError
from desktop.services.values import StorageFault
from desktop.ui.tasks import TaskRunner
from desktop.ui.texts import fault_message
from desktop.ui.widgets.dialog_keys import (
    ask_before_discarding,
    buttons_in_order,
    chain_focus,
    save_and_cancel,
    typed_values,
)
from desktop.ui.widgets.field import FieldWithMessage
from desktop.ui.worklist.follow_up_texts import (
    contact_method_label,
    event_label,
    refusal_message,
)

_TEXT_KINDS = {
    EventKind.NOTE,
    EventKind.ANSWERED,
    EventKind.HELD,
    EventKind.CONTACT,
    EventKind.DISPOSED,
    EventKind.VERIFIED,
    EventKind.CLOSED,
    EventKind.REOPENED,
    EventKind.RESUMED,
    EventKind.PROCESS_STARTED,
    EventKind.LINKED,
    EventKind.MERGED,
    EventKind.CORRECTION,
}


class EventDialog(QDialog):
    """Only the inputs of its own step exist: an input made for another step would sit at the
    dialog's corner and in the Tab order. Save is Alt+S, Ctrl+S or Ctrl+Enter; Tab leaves the
    text box; closing with something typed asks first (`discard_box`)."""

    def __init__(
        self,
        kind: EventKind,
        institutions: Sequence[InstitutionOption],
        save: Callable[[FollowUpEvent], object],
        runner: TaskRunner,
        parent: QWidget | None = None,
        corrected: RecordedEvent | None = None,
    ) -> None:
        """`corrected`: for a CORRECTION, the entry it corrects."""
        super().__init__(parent)
        self._kind = kind
        self._save = save
        self._runner = runner
        self._corrected = corrected
        self.discard_box: QMessageBox | None = None
        self.setWindowTitle(event_label(kind))
        self.form = form = QFormLayout()
        self.fields: dict[Refusal, FieldWithMessage] = {}
        self.inputs: list[QWidget] = []  # in the order shown, which Tab follows
        self.unit: QComboBox | None = None
        self.institution: QComboBox | None = None
        self.reason: QLineEdit | None = None
        self.method: QComboBox | None = None
        self.rating: QSpinBox | None = None
        self.original: QPlainTextEdit | None = None
        self.text: QPlainTextEdit | None = None
        if kind is EventKind.DISPOSED:
            self.unit = self._institution_combo(institutions)
            self._add(form, self.tr("&Unit"), Refusal.UNIT_REQUIRED, self.unit)
        if kind is EventKind.FORWARDED:
            self.institution = self._institution_combo(institutions)
            self._add(form, self.tr("&Institution"), Refusal.INSTITUTION_REQUIRED, self.institution)
        if kind is EventKind.ARCHIVED:
            self.reason = QLineEdit(self)
            self._add(form, self.tr("&Reason"), Refusal.REASON_REQUIRED, self.reason)
        if kind is EventKind.CONTACT:
            self.method = QComboBox(self)
            for method in ContactMethod:
                self.method.addItem(contact_method_label(method), method)
            self._add(form, self.tr("&How"), Refusal.CONTACT_METHOD_REQUIRED, self.method)
        if kind is EventKind.CLOSED:
            self.rating = QSpinBox(self)
            self.rating.setRange(0, 5)
            self.rating.setSpecialValueText(self.tr("not given"))
            self._add(
                form, self.tr("Complainant's &rating"), Refusal.RATING_OUT_OF_RANGE, self.rating
            )
        if corrected is not None:
            self.original = QPlainTextEdit(corrected.event.text, self)
            self.original.setReadOnly(True)  # the history is never edited: both texts stay
            self.original.setTabChangesFocus(True)
            form.addRow(self.tr("Original text"), self.original)
            self.inputs.append(self.original)
        if kind in _TEXT_KINDS:
            self.text = QPlainTextEdit(self)
            self.text.setTabChangesFocus(True)  # a remark has no use for a tab character
            if corrected is not None:
                self.text.setPlainText(corrected.event.text)  # most corrections fix a few words
            self._add(form, self._text_label(kind), Refusal.TEXT_REQUIRED, self.text)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b71c1c;")
        self.buttons = save_and_cancel(self, self._submit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.inputs_ready()
        self.resize(520, self.sizeHint().height())

    def inputs_ready(self) -> None:
        """Once every input exists: Tab goes from the first to the last, then to the buttons;
        the first has focus; what they hold now counts as nothing typed yet."""
        chain_focus([*self.inputs, *buttons_in_order(self.buttons)])
        if self.inputs:
            self.inputs[0].setFocus()
        self._as_opened = typed_values(self.inputs)

    def _institution_combo(self, institutions: Sequence[InstitutionOption]) -> QComboBox:
        combo = QComboBox(self)
        combo.addItem(self.tr("— choose —"), None)
        for option in institutions:
            if option.active:
                combo.addItem(option.name, option.id)
        return combo

    def _add(self, form: QFormLayout, label: str, refusal: Refusal, widget: QWidget) -> None:
        field = FieldWithMessage(widget, self)
        self.fields[refusal] = field
        caption = QLabel(label, self)
        caption.setBuddy(widget)
        form.addRow(caption, field)
        self.inputs.append(widget)

    def _text_label(self, kind: EventKind) -> str:
        if kind is EventKind.ANSWERED:
            return self.tr("The unit's &answer")
        if kind is EventKind.HELD:
            return self.tr("&What the complainant is asked")
        if kind is EventKind.CONTACT:
            return self.tr("&Outcome")
        if kind is EventKind.DISPOSED:
            return self.tr("&Instructions")
        if kind is EventKind.NOTE:
            return self.tr("&Note")
        if kind is EventKind.CORRECTION:
            return self.tr("&Corrected text")
        return self.tr("&Remark (optional)")

    def typed_event(self) -> FollowUpEvent:
        kind = self._kind
        return FollowUpEvent(
            kind=kind,
            at=dt.datetime.now(dt.UTC),
            text=self.text.toPlainText() if self.text is not None else "",
            unit_id=self.unit.currentData() if self.unit is not None else None,
            institution_id=self.institution.currentData() if self.institution else None,
            reason=self.reason.text() if self.reason is not None else "",
            rating=(self.rating.value() or None) if self.rating is not None else None,
            contact_method=self.method.currentData() if self.method is not None else None,
            corrects_event_id=self._corrected.id if self._corrected is not None else None,
        )

    def _submit(self) -> None:
        for field in self.fields.values():
            field.clear_message()
        self.message.clear()
        self.buttons.setEnabled(False)
        step = self.typed_event()
        self._runner.submit(lambda: self._save(step), self._saved, self._failed, owner=self)

    def reject(self) -> None:
        # While a step is being saved, closing would hide whether it was: wait for it.
        if not self.buttons.isEnabled():
            return
        if typed_values(self.inputs) == self._as_opened:
            super().reject()
        elif self.discard_box is None or not self.discard_box.isVisible():
            self.discard_box = ask_before_discarding(self, super().reject)

    def _saved(self, _: object) -> None:
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        if isinstance(error, EventRefusedError):
            field = self.fields.get(error.refusal)
            if field is not None:
                field.show_message(refusal_message(error.refusal))
                field.input.setFocus()
            else:
                self.message.setText(refusal_message(error.refusal))
        elif isinstance(error, StorageFault):
            self.message.setText(fault_message(error.kind))
        elif isinstance(error, AccessDeniedError):
            super().reject()  # locked meanwhile: nothing can be saved, so nothing to ask
        else:
            raise error
