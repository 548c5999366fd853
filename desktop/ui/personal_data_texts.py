"""Words for personal data found in an anonymous report's own text (see
`desktop.domain.personal_data`): the intake form's note and the sync panel's reason."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.domain.personal_data import PersonalData


def kind_words(kinds: list[PersonalData]) -> str:
    words = {
        PersonalData.NIK: QCoreApplication.translate("PersonalData", "a NIK"),
        PersonalData.PHONE: QCoreApplication.translate("PersonalData", "a phone number"),
        PersonalData.EMAIL: QCoreApplication.translate("PersonalData", "an e-mail address"),
    }
    return ", ".join(words[kind] for kind in kinds)


def personal_data_note(kinds: list[PersonalData]) -> str:
    return QCoreApplication.translate(
        "PersonalData",
        "This seems to hold %1. The report is anonymous: LAPOR! should not learn who the "
        "complainant is. Leave it out unless the complainant wants it sent.",
    ).replace("%1", kind_words(kinds))


def field_word(name: str) -> str:
    return {
        "title": QCoreApplication.translate("PersonalData", "the title"),
        "description": QCoreApplication.translate("PersonalData", "the description"),
    }.get(name, name)


def found_in_words(detail: str) -> str:
    """The sync's detail ("title: nik; description: phone, email") in the user's words."""
    parts = []
    for piece in detail.split(";"):
        name, _, kinds = piece.partition(":")
        values = {kind.value for kind in PersonalData}
        known = [PersonalData(k.strip()) for k in kinds.split(",") if k.strip() in values]
        if known:
            parts.append(
                QCoreApplication.translate("PersonalData", "%1 in %2")
                .replace("%1", kind_words(known))
                .replace("%2", field_word(name.strip()))
            )
    return "; ".join(parts)
