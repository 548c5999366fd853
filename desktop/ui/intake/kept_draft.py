"""A half-typed complaint kept for its author while another officer uses the desk.

When another officer signs in, the intake form is emptied for them; what the previous officer
had typed is kept (in memory only, like the form itself) and put back when that officer signs
in again. Nobody sees, or saves under their own name, a complaint someone else was typing.

Works on the form's public widgets, so the form itself needs nothing extra.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desktop.ui.intake.form import IntakeForm


@dataclass(frozen=True)
class KeptDraft:
    """The form's content as typed (texts as they stand, even where not valid yet)."""

    channel: int
    type: int
    supervisory: bool
    category: Any
    category_text: str
    institution: Any
    institution_text: str
    title: str
    description: str
    incident_date: str
    region_code: str
    incident_address: str
    anonymous: bool
    secret: bool
    reporter_name: str
    reporter_nik: str
    reporter_phone: str
    reporter_email: str
    reporter_address: str
    privacy: bool
    attachments: tuple[Path, ...]


def take_draft(form: IntakeForm) -> KeptDraft | None:
    """Empty the form; what it held, or None when nothing was typed in it."""
    kept = None
    if form.has_content():
        kept = KeptDraft(
            channel=form.channel.currentIndex(),
            type=form.type.currentIndex(),
            supervisory=form.supervisory.isChecked(),
            category=form.category.current_key(),
            category_text=form.category.currentText(),
            institution=form.institution.current_key(),
            institution_text=form.institution.currentText(),
            title=form.title.text(),
            description=form.description.toPlainText(),
            incident_date=form.incident_date.text(),
            region_code=form.region.code(),
            incident_address=form.incident_address.text(),
            anonymous=form.anonymous.isChecked(),
            secret=form.secret.isChecked(),
            reporter_name=form.reporter_name.text(),
            reporter_nik=form.reporter_nik.text(),
            reporter_phone=form.reporter_phone.text(),
            reporter_email=form.reporter_email.text(),
            reporter_address=form.reporter_address.text(),
            privacy=form.privacy.isChecked(),
            attachments=tuple(form.attachments.paths()),
        )
    form.clear()  # also choices made without typing (channel, category...): not theirs
    return kept


def restore_draft(form: IntakeForm, kept: KeptDraft) -> None:
    """Put a kept draft back in the (emptied) form."""
    form.clear()
    form.channel.setCurrentIndex(kept.channel)
    form.type.setCurrentIndex(kept.type)
    form.supervisory.setChecked(kept.supervisory)
    for combo, key, text in (
        (form.category, kept.category, kept.category_text),
        (form.institution, kept.institution, kept.institution_text),
    ):
        combo.set_current_key(key)
        if key is None:
            combo.setEditText(text)  # typed but not yet matched: the form reports it
    form.title.setText(kept.title)
    form.description.setPlainText(kept.description)
    form.incident_date.line.setText(kept.incident_date)
    form.region.set_code(kept.region_code)
    form.incident_address.setText(kept.incident_address)
    form.anonymous.setChecked(kept.anonymous)
    form.secret.setChecked(kept.secret)
    form.reporter_name.setText(kept.reporter_name)
    form.reporter_nik.setText(kept.reporter_nik)
    form.reporter_phone.setText(kept.reporter_phone)
    form.reporter_email.setText(kept.reporter_email)
    form.reporter_address.setText(kept.reporter_address)
    form.privacy.setChecked(kept.privacy)
    form.attachments.add_files(kept.attachments)  # checked again: a file may be gone since
