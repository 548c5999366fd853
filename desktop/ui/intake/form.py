"""The intake form: one complaint typed at the counter, checked as it is typed, saved in the
background, then a blank form for the next person.

Tab order follows the layout: report on the left, reporter and attachments on the right, then
Save. Ctrl+S saves from anywhere in the form; Ctrl+N (the window's "New complaint") starts a new
form. Every label's Alt+letter reaches its field, ahead of the menu bar's (see
`widgets.mnemonics`). A field left empty is not marked until it was edited or a save was tried.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.complaint import Channel, ComplaintDraft, ComplaintType, Reporter
from desktop.domain.limits import NAME_MAX, TITLE_MAX
from desktop.domain.personal_data import personal_data_in
from desktop.domain.problems import Field, FieldProblem, Problem
from desktop.domain.regions import region_from_office_code
from desktop.services.values import InvalidComplaintError, RecordedComplaint, StorageFault
from desktop.ui.intake.attachment_list import AttachmentList, dropped_files
from desktop.ui.intake.duplicate_hints import DuplicateHints
from desktop.ui.intake.region_picker import RegionPicker
from desktop.ui.personal_data_texts import personal_data_note
from desktop.ui.privacy import show_privacy_notice
from desktop.ui.tasks import TaskRunner
from desktop.ui.texts import channel_label, fault_message, problem_message, type_label
from desktop.ui.widgets.date_field import DateField
from desktop.ui.widgets.field import FieldWithMessage, add_form_row
from desktop.ui.widgets.layout import report_and_person_columns
from desktop.ui.widgets.mnemonics import FormMnemonics
from desktop.ui.widgets.scrolled_page import ScrolledPage
from desktop.ui.widgets.searchable_combo import SearchableComboBox

if TYPE_CHECKING:
    from desktop.services.desk import Desk

# The pause in typing after which the title and description of an anonymous report are looked
# at for personal data.
PERSONAL_DATA_PAUSE_MS = 300


class IntakeForm(QWidget):
    """Signals:
    recorded(object): a `RecordedComplaint`, after it was saved.
    statusMessage(str): a short note for the status bar.
    """

    recorded = Signal(object)
    statusMessage = Signal(str)

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._desk: Desk | None = None
        self._default_region = ""
        self._touched: set[Field] = set()  # fields whose problems are shown
        self._edited: set[Field] = set()  # fields the officer changed since the form was blank
        self._nik_region: tuple[str, str] = ("", "")  # a NIK and the note about its region
        self._saving = False
        self._fields: dict[Field, FieldWithMessage] = {}
        self._build()
        self.setAcceptDrops(True)
        self._set_ready(False)

    # ----------------------------------------------------------------- layout
    def _build(self) -> None:
        self.channel = QComboBox(self)
        for channel in Channel:
            self.channel.addItem(channel_label(channel), channel)
        self.type = QComboBox(self)
        for kind in ComplaintType:
            self.type.addItem(type_label(kind), kind)
        self.supervisory = QCheckBox(
            self.tr("Implies wrongdoing by an official (berkadar pengawasan)"), self
        )
        self.category = SearchableComboBox(self.tr("Type to search categories"), self)
        self.institution = SearchableComboBox(self.tr("Optional; type to search"), self)
        self.title = QLineEdit(self)
        self.title.setMaxLength(TITLE_MAX)
        self.description = QPlainTextEdit(self)
        self.description.setTabChangesFocus(True)
        self.description.setPlaceholderText(
            self.tr("What happened, when, where and who was involved, in order.")
        )
        self.description.setMinimumHeight(90)
        self.incident_date = DateField(self)
        self.region = RegionPicker(self)
        self.incident_address = QLineEdit(self)
        self.incident_address.setPlaceholderText(self.tr("Street, house number, RT/RW, landmark"))

        self.anonymous = QCheckBox(
            self.tr("Anonymous: identity hidden from the reported party and the public"), self
        )
        self.secret = QCheckBox(self.tr("Confidential: content not published"), self)
        self.reporter_name = QLineEdit(self)
        self.reporter_name.setMaxLength(NAME_MAX)
        self.reporter_nik = QLineEdit(self)
        self.reporter_nik.setMaxLength(24)
        self.reporter_nik.setPlaceholderText(self.tr("16 digits, from the KTP"))
        self.reporter_phone = QLineEdit(self)
        self.reporter_phone.setPlaceholderText("0812 3456 7890")
        self.reporter_email = QLineEdit(self)
        self.reporter_email.setPlaceholderText(self.tr("name@example.id"))
        self.reporter_address = QLineEdit(self)
        self.privacy = QCheckBox(
            self.tr("The complainant was told how their personal data is used"), self
        )
        self.privacy_button = QPushButton(self.tr("Privacy notice…"), self)
        self.attachments = AttachmentList(self)
        self.duplicate_hints = DuplicateHints(self._runner, self)

        # No mnemonics on Save: its shortcut is Ctrl+S (a button's own shortcut replaces its
        # Alt+letter, so an underlined letter would promise a key that does nothing).
        self.save_button = QPushButton(self.tr("Save complaint"), self)
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.save_button.setDefault(True)
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        # Ctrl+N is the window's "New complaint", which works from every tab and comes here.
        self.new_button = QPushButton(self.tr("New &form"), self)
        self.new_button.setToolTip(self.tr("Clear the form for the next complainant (Ctrl+N)"))

        report = QGroupBox(self.tr("Report"), self)
        form = QFormLayout(report)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("C&hannel"), self.channel)
        type_row = QHBoxLayout()
        type_row.addWidget(self.type)
        type_row.addWidget(self.supervisory, 1)
        kind_label = QLabel(self.tr("T&ype"), self)
        kind_label.setBuddy(self.type)
        form.addRow(kind_label, type_row)
        self._add(form, self.tr("&Category"), Field.CATEGORY, self.category)
        self._add(form, self.tr("&Institution"), Field.INSTITUTION, self.institution)
        self._add(form, self.tr("&Title"), Field.TITLE, self.title)
        self._add(form, self.tr("Desc&ription"), Field.DESCRIPTION, self.description)
        self._add(form, self.tr("Incident &date"), Field.INCIDENT_DATE, self.incident_date)
        self._add(form, self.tr("&Location"), Field.REGION, self.region)
        self._add(form, self.tr("Addre&ss"), Field.INCIDENT_ADDRESS, self.incident_address)

        person = QGroupBox(self.tr("Complainant"), self)
        people = QFormLayout(person)
        people.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        people.addRow(self.anonymous)
        people.addRow(self.secret)
        self._add(people, self.tr("&Name"), Field.REPORTER_NAME, self.reporter_name)
        self._add(people, self.tr("NI&K"), Field.REPORTER_NIK, self.reporter_nik)
        self._add(people, self.tr("&Phone"), Field.REPORTER_PHONE, self.reporter_phone)
        self._add(people, self.tr("&E-mail"), Field.REPORTER_EMAIL, self.reporter_email)
        self._add(people, self.tr("Ho&me address"), Field.REPORTER_ADDRESS, self.reporter_address)
        privacy_row = QWidget(person)
        privacy_layout = QHBoxLayout(privacy_row)
        privacy_layout.setContentsMargins(0, 0, 0, 0)
        privacy_layout.addWidget(self.privacy, 1)
        privacy_layout.addWidget(self.privacy_button)
        privacy_row.setFocusProxy(self.privacy)
        self._fields[Field.PRIVACY] = FieldWithMessage(privacy_row, person)
        people.addRow(self._fields[Field.PRIVACY])

        files = QGroupBox(self.tr("Attachments (scanned letters, photos, documents)"), self)
        files_layout = QVBoxLayout(files)
        files_layout.addWidget(self.attachments)
        self._fields[Field.ATTACHMENTS] = self.attachments.field

        # The possible duplicates show under the complainant, beside what they are found by.
        person_and_hints = QWidget(self)
        person_column = QVBoxLayout(person_and_hints)
        person_column.setContentsMargins(0, 0, 0, 0)
        person_column.addWidget(person)
        person_column.addWidget(self.duplicate_hints)
        columns = report_and_person_columns(report, person_and_hints, files)
        scroll = self._scroll = ScrolledPage(columns, self)
        self._content = scroll.page

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.save_button)
        outer = QVBoxLayout(self)
        outer.addWidget(scroll, 1)
        outer.addLayout(buttons)

        self._set_tab_order()
        self._connect()
        self.setFocusProxy(self.channel)  # showing the form means starting at its first field
        self._mnemonics = FormMnemonics(
            self,
            [w for w in self.findChildren(QWidget) if w.focusPolicy() != Qt.FocusPolicy.NoFocus],
        )

    def _add(self, form: QFormLayout, label: str, field: Field, widget: QWidget) -> None:
        wrapped = FieldWithMessage(widget, self)
        self._fields[field] = wrapped
        add_form_row(form, label, wrapped)

    def _tab_stops(self) -> list[QWidget]:
        """The form's controls in the order they are shown: the report column, the
        complainant column (with the possible duplicates under it), then the buttons."""
        hints = [
            widget
            for box, view in zip(
                self.duplicate_hints.link_boxes(), self.duplicate_hints.view_buttons(), strict=True
            )
            for widget in (box, view)
        ]
        return [
            self.channel, self.type, self.supervisory, self.category, self.institution,
            self.title, self.description, self.incident_date.line, *self.region.levels,
            self.incident_address, self.anonymous, self.secret, self.reporter_name,
            self.reporter_nik, self.reporter_phone, self.reporter_email, self.reporter_address,
            self.privacy, self.privacy_button, *hints, self.attachments.list,
            self.attachments.add_button, self.attachments.remove_button,
            self.new_button, self.save_button,
        ]  # fmt: skip

    def _set_tab_order(self) -> None:
        chain = self._tab_stops()
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self.duplicate_hints.set_tab_after(self.privacy_button)  # where the box stands

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802 (Qt API)
        """Tab and Shift+Tab follow `_tab_stops`, round the form. Qt's own focus chain is set
        to the same order, but it also holds the fields' message wrappers, which stand in for
        their inputs: Tab from "New form" went back to the attachment list, never to Save."""
        stops = self._tab_stops()
        focused = QApplication.focusWidget()
        index = next((i for i, w in enumerate(stops) if w is focused), None)
        if index is None:
            return super().focusNextPrevChild(forward)
        step = 1 if forward else -1
        reason = Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason
        for _ in range(len(stops) - 1):
            index = (index + step) % len(stops)
            candidate = stops[index]
            if (
                candidate.isVisible()
                and candidate.isEnabled()
                and candidate.focusPolicy() & Qt.FocusPolicy.TabFocus
            ):
                candidate.setFocus(reason)
                return True
        return False

    def _connect(self) -> None:
        # Bound methods only, no lambdas: Qt drops a connection to a method of a destroyed
        # QObject, while a lambda would still run on the half-destroyed form at shutdown.
        self.type.currentIndexChanged.connect(self._on_type_changed)
        self.save_button.clicked.connect(self.save)
        self.new_button.clicked.connect(self.ask_new_form)
        self.privacy_button.clicked.connect(self._show_privacy_notice)
        left = {
            self.category: (Field.CATEGORY, self.category.committed),
            self.institution: (Field.INSTITUTION, self.institution.committed),
            self.title: (Field.TITLE, self.title.editingFinished),
            self.incident_date: (Field.INCIDENT_DATE, self.incident_date.editingFinished),
            self.region: (Field.REGION, self.region.committed),
            self.incident_address: (Field.INCIDENT_ADDRESS, self.incident_address.editingFinished),
            self.reporter_name: (Field.REPORTER_NAME, self.reporter_name.editingFinished),
            self.reporter_nik: (Field.REPORTER_NIK, self.reporter_nik.editingFinished),
            self.reporter_phone: (Field.REPORTER_PHONE, self.reporter_phone.editingFinished),
            self.reporter_email: (Field.REPORTER_EMAIL, self.reporter_email.editingFinished),
            self.reporter_address: (Field.REPORTER_ADDRESS, self.reporter_address.editingFinished),
            self.privacy: (Field.PRIVACY, self.privacy.toggled),
        }
        self._field_of_widget = {id(widget): field for widget, (field, _) in left.items()}
        for _, signal in left.values():
            signal.connect(self._on_field_left)
        # What the officer changed, as opposed to what the form filled in or cleared itself:
        # only a field edited (or a save tried) shows its problems when left.
        category_line, institution_line = self.category.lineEdit(), self.institution.lineEdit()
        assert category_line is not None and institution_line is not None  # editable combos
        edits = {
            category_line: (Field.CATEGORY, category_line.textEdited),
            self.category: (Field.CATEGORY, self.category.activated),
            institution_line: (Field.INSTITUTION, institution_line.textEdited),
            self.institution: (Field.INSTITUTION, self.institution.activated),
            self.title: (Field.TITLE, self.title.textEdited),
            self.description: (Field.DESCRIPTION, self.description.textChanged),
            self.incident_date: (Field.INCIDENT_DATE, self.incident_date.edited),
            self.region: (Field.REGION, self.region.edited),
            self.incident_address: (Field.INCIDENT_ADDRESS, self.incident_address.textEdited),
            self.reporter_name: (Field.REPORTER_NAME, self.reporter_name.textEdited),
            self.reporter_nik: (Field.REPORTER_NIK, self.reporter_nik.textEdited),
            self.reporter_phone: (Field.REPORTER_PHONE, self.reporter_phone.textEdited),
            self.reporter_email: (Field.REPORTER_EMAIL, self.reporter_email.textEdited),
            self.reporter_address: (Field.REPORTER_ADDRESS, self.reporter_address.textEdited),
        }
        self._field_edited_by = {id(widget): field for widget, (field, _) in edits.items()}
        for _, signal in edits.values():
            signal.connect(self._on_field_edited)
        self.description.textChanged.connect(self._recheck_if_shown)
        # Looking for a NIK, phone or e-mail in a long description takes a while (phone
        # numbers are parsed): once typing pauses, not at every keystroke on the GUI thread.
        self._personal_data_timer = QTimer(self)
        self._personal_data_timer.setSingleShot(True)
        self._personal_data_timer.setInterval(PERSONAL_DATA_PAUSE_MS)
        self._personal_data_timer.timeout.connect(self._note_personal_data)
        self.title.textChanged.connect(self._personal_data_typed)
        self.description.textChanged.connect(self._personal_data_typed)
        self.anonymous.toggled.connect(self._note_personal_data)  # one click: at once
        for typed in (self.title, self.reporter_nik, self.reporter_phone, self.description):
            typed.textChanged.connect(self._look_for_duplicates)
        for changed in (
            self.category.keyChanged,
            self.institution.keyChanged,
            self.region.codeChanged,
            self.anonymous.toggled,
            self.channel.currentIndexChanged,
            self.type.currentIndexChanged,
        ):
            changed.connect(self._recheck_touched)

    @Slot()
    def _on_field_left(self) -> None:
        field = self._field_of_widget.get(id(self.sender()))
        if field is not None and (field in self._edited or field is Field.PRIVACY):
            self._touch(field)

    @Slot()
    def _on_field_edited(self) -> None:
        field = self._field_edited_by.get(id(self.sender()))
        if field is not None:
            self._edited.add(field)

    @Slot()
    def _look_for_duplicates(self) -> None:
        self.duplicate_hints.typed(
            self.reporter_nik.text(),
            self.reporter_phone.text(),
            self.title.text(),
            self.description.toPlainText(),
        )

    @Slot()
    def _show_privacy_notice(self) -> None:
        show_privacy_notice(self)

    # ------------------------------------------------------------- desk wiring
    def set_desk(self, desk: Desk) -> None:
        """Called once the database is open: fill the pickers and allow saving."""
        self._desk = desk
        self.attachments.set_checker(desk.intake.check_attachment)
        self.duplicate_hints.set_desk(desk)
        self.region.set_source(desk.reference.region_children)
        self.reload_reference_lists()
        self._set_ready(True)

    def reload_reference_lists(self) -> None:
        if self._desk is None:
            return
        self.category.set_entries(
            [(c.id, c.path, c.aliases) for c in self._desk.reference.categories() if c.active]
        )
        self.institution.set_entries(
            [(i.id, i.name, i.aliases) for i in self._desk.reference.institutions() if i.active]
        )
        office = self._desk.settings.load().office_code
        self._default_region = region_from_office_code(office) or ""
        if not self.region.code():
            self.region.set_code(self._default_region)

    def _set_ready(self, ready: bool) -> None:
        """Pickers and Save need the database; while a save runs the whole form is locked,
        so nothing is typed that the blank form after the save would throw away."""
        for widget in (self.category, self.institution, self.region, self.attachments):
            widget.setEnabled(ready)
        self.save_button.setEnabled(ready and not self._saving)
        self.new_button.setEnabled(not self._saving)
        self._content.setEnabled(not self._saving)

    # -------------------------------------------------------------- the draft
    def draft(self) -> ComplaintDraft:
        return ComplaintDraft(
            # PySide hands item data back as plain str: make the enums again.
            channel=Channel(self.channel.currentData()),
            type=ComplaintType(self.type.currentData()),
            supervisory=self.supervisory.isChecked(),
            category_id=self.category.current_key(),
            institution_id=self.institution.current_key(),
            title=self.title.text(),
            description=self.description.toPlainText(),
            incident_date=self.incident_date.date(),
            region_code=self.region.code(),
            incident_address=self.incident_address.text(),
            reporter=Reporter(
                name=self.reporter_name.text(),
                nik=self.reporter_nik.text(),
                phone=self.reporter_phone.text(),
                email=self.reporter_email.text(),
                address=self.reporter_address.text(),
            ),
            is_anonymous=self.anonymous.isChecked(),
            is_secret=self.secret.isChecked(),
            privacy_acknowledged=self.privacy.isChecked(),
        )

    def problems(self) -> list[FieldProblem]:
        """Everything wrong with the form now, including what the domain cannot see."""
        found: list[FieldProblem] = []
        if self._desk is not None:
            found += self._desk.intake.check(self.draft()).problems

        def instead(field: Field, problem: Problem) -> None:
            # Typed text the form could not read says more than the domain's "required".
            found[:] = [p for p in found if p.field is not field]
            found.append(FieldProblem(field, problem))

        if not self.incident_date.is_blank() and self.incident_date.date() is None:
            instead(Field.INCIDENT_DATE, Problem.DATE_INVALID)
        for combo, field in (
            (self.category, Field.CATEGORY),
            (self.institution, Field.INSTITUTION),
        ):
            if combo.currentText().strip() and combo.current_key() is None:
                instead(field, Problem.NOT_IN_LIST)
        if self.region.has_unmatched_text():
            instead(Field.REGION, Problem.NOT_IN_LIST)
        return found

    def has_content(self) -> bool:
        texts = (
            self.title.text(), self.description.toPlainText(), self.incident_date.text(),
            self.incident_address.text(), self.reporter_name.text(), self.reporter_nik.text(),
            self.reporter_phone.text(), self.reporter_email.text(), self.reporter_address.text(),
        )  # fmt: skip
        return any(t.strip() for t in texts) or bool(self.attachments.paths())

    # ------------------------------------------------------------- validation
    def _touch(self, field: Field) -> None:
        self._touched.add(field)
        self._recheck_touched()

    def _recheck_if_shown(self) -> None:
        if Field.DESCRIPTION in self._touched:
            self._recheck_touched()

    @Slot()
    def _recheck_touched(self) -> None:
        self._show_problems(self.problems(), only=self._touched)

    def _show_problems(self, problems: list[FieldProblem], only: set[Field] | None = None) -> None:
        by_field: dict[Field, str] = {}
        for problem in problems:
            by_field.setdefault(problem.field, problem_message(problem))
        for field, wrapped in self._fields.items():
            if field is Field.ATTACHMENTS and field not in by_field:
                continue  # the attachment list keeps its own refusal notes
            if only is None or field in only:
                wrapped.show_message(by_field.get(field, ""))
                if field is Field.REPORTER_NIK:
                    wrapped.show_note(self._nik_region_note())

    @Slot()
    def _personal_data_typed(self) -> None:
        self._personal_data_timer.start()  # again from the start: typing goes on

    @Slot()
    def _note_personal_data(self) -> None:
        """Beside the title and the description of an anonymous report: a note when they seem
        to hold a NIK, phone number or e-mail. Not a problem (the save goes on); the national
        sync holds the report for a person again before sending it."""
        self._personal_data_timer.stop()
        anonymous = self.anonymous.isChecked()
        for field, text in (
            (Field.TITLE, self.title.text()),
            (Field.DESCRIPTION, self.description.toPlainText()),
        ):
            found = personal_data_in(text) if anonymous else []
            self._fields[field].show_note(personal_data_note(found) if found else "")

    def _nik_region_note(self) -> str:
        """A note when the NIK's region digits name no region: most likely a mistyped digit,
        possibly an old code, so the officer checks the KTP; the save is not refused."""
        nik = self.reporter_nik.text()
        if self._desk is None or not nik.strip():
            return ""
        if nik != self._nik_region[0]:
            try:
                code = self._desk.intake.unknown_nik_region(nik)
            except StorageFault:
                code = None  # a busy database only costs the note; the save will say more
            note = ""
            if code is not None:
                note = self.tr(
                    "No region has the code %1 given by this NIK. Check the NIK against the "
                    "KTP; an old NIK may keep a code that no longer exists."
                ).replace("%1", code)
            self._nik_region = (nik, note)
        return self._nik_region[1]

    def note_for(self, field: Field) -> str:
        """The note (not a problem) shown beside `field` now ("" when none)."""
        wrapped = self._fields.get(field)
        return wrapped.note_text if wrapped else ""

    def message_for(self, field: Field) -> str:
        """The message shown beside `field` now ("" when none, or the field has no line)."""
        wrapped = self._fields.get(field)
        return wrapped.message_text if wrapped else ""

    def _on_type_changed(self) -> None:
        is_complaint = ComplaintType(self.type.currentData()) is ComplaintType.PENGADUAN
        self.supervisory.setEnabled(is_complaint)
        if not is_complaint:
            self.supervisory.setChecked(False)

    # ------------------------------------------------------------------ saving
    def save(self) -> None:
        """Check everything; if it is right, save in the background."""
        if self._desk is None or self._saving:
            return
        problems = self.problems()
        self._touched = set(Field)
        self._show_problems(problems)
        if problems:
            self._focus_first_problem(problems)
            self.statusMessage.emit(self.tr("Not saved: please correct the marked fields."))
            return
        desk, draft, files = self._desk, self.draft(), self.attachments.paths()
        chosen = self.duplicate_hints.chosen()
        link_to = chosen.complaint_id if chosen is not None else None
        self._saving = True
        self._set_ready(True)
        self.statusMessage.emit(self.tr("Saving…"))
        self._runner.submit(
            lambda: desk.intake.record(draft, files, link_to), self._saved, self._save_failed
        )

    def _saved(self, result: RecordedComplaint) -> None:
        self._saving = False
        self._set_ready(True)
        self.clear()
        self.statusMessage.emit(self.tr("Saved as %1.").replace("%1", result.local_number))
        self.recorded.emit(result)

    def _save_failed(self, error: BaseException) -> None:
        self._saving = False
        self._set_ready(True)
        if isinstance(error, InvalidComplaintError):
            self._show_problems(list(error.problems))
            self._focus_first_problem(list(error.problems))
            self.statusMessage.emit(self.tr("Not saved: please correct the marked fields."))
            return
        if isinstance(error, StorageFault):
            self.statusMessage.emit(self.tr("Not saved."))
            QMessageBox.warning(
                self,
                self.tr("The complaint was not saved"),
                fault_message(error.kind)
                + "\n\n"
                + self.tr("Everything you typed is still in the form."),
            )
            self.save_button.setFocus()
            return
        raise error

    def _focus_first_problem(self, problems: list[FieldProblem]) -> None:
        fields = {p.field for p in problems}
        for field, wrapped in self._fields.items():  # dict order is the on-screen order
            if field in fields:
                wrapped.input.setFocus(Qt.FocusReason.OtherFocusReason)
                return

    # ------------------------------------------------------------ a new form
    def ask_new_form(self) -> None:
        if self.has_content():
            answer = QMessageBox.question(
                self,
                self.tr("New form"),
                self.tr("Clear the form? What has been typed and not saved will be lost."),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.clear()

    def clear(self) -> None:
        """A blank form for the next person, focus on its first field, no message left."""
        # Focus first: the field being left reports that it was left while it still holds
        # what was typed; its message is then cleared with the others below.
        self.focus_first_field()
        self.channel.setCurrentIndex(0)
        self.type.setCurrentIndex(0)
        for check in (self.supervisory, self.anonymous, self.secret, self.privacy):
            check.setChecked(False)
        self.category.set_current_key(None)
        self.institution.set_current_key(None)
        for line in (
            self.title, self.incident_address, self.reporter_name, self.reporter_nik,
            self.reporter_phone, self.reporter_email, self.reporter_address,
        ):  # fmt: skip
            line.clear()
        self.description.clear()
        self.incident_date.clear()
        self.region.set_code(self._default_region)
        self.attachments.clear()
        self.duplicate_hints.clear()
        self._touched.clear()
        self._edited.clear()
        for wrapped in self._fields.values():
            wrapped.clear_message()

    def focus_first_field(self) -> None:
        self.channel.setFocus(Qt.FocusReason.OtherFocusReason)
        self._scroll.ensureVisible(0, 0)

    # --------------------------------------------------- files dropped anywhere
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt API)
        if dropped_files(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt API)
        files = dropped_files(event)
        if files and self._desk is not None:
            event.acceptProposedAction()
            self.attachments.add_files(files)
