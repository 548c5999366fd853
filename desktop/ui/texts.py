"""The words the interface uses for domain values, problems and faults, in the user's language.

Source strings are English; the Indonesian wording lives in resources/translations.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime, QTimeZone

from desktop.domain.complaint import Channel, ComplaintType, Status
from desktop.domain.problems import FieldProblem, Problem
from desktop.services.values import StorageFaultKind
from desktop.ui.translation_context import TranslationContext

# For plurals (see translation_context): lupdate takes the context from this name.
Texts = TranslationContext("Texts")


def channel_label(channel: Channel) -> str:
    return {
        Channel.WALK_IN: QCoreApplication.translate("Texts", "Walk-in (in person)"),
        Channel.PHONE: QCoreApplication.translate("Texts", "Phone"),
        Channel.LETTER: QCoreApplication.translate("Texts", "Letter"),
        Channel.EMAIL: QCoreApplication.translate("Texts", "E-mail"),
        Channel.SMS: QCoreApplication.translate("Texts", "SMS"),
        Channel.SOCIAL_MEDIA: QCoreApplication.translate("Texts", "Social media"),
        Channel.OTHER: QCoreApplication.translate("Texts", "Other"),
    }[channel]


def type_label(kind: ComplaintType) -> str:
    return {
        ComplaintType.PENGADUAN: QCoreApplication.translate("Texts", "Complaint"),
        ComplaintType.ASPIRASI: QCoreApplication.translate("Texts", "Aspiration"),
        ComplaintType.PERMINTAAN_INFORMASI: QCoreApplication.translate(
            "Texts", "Request for information"
        ),
    }[kind]


def status_label(status: Status) -> str:
    return {
        Status.BELUM_TERVERIFIKASI: QCoreApplication.translate("Texts", "Not yet verified"),
        Status.TERVERIFIKASI: QCoreApplication.translate("Texts", "Verified"),
        Status.DITUNDA: QCoreApplication.translate("Texts", "On hold (waiting for complainant)"),
        Status.BUKAN_WEWENANG: QCoreApplication.translate("Texts", "Not our authority"),
        Status.DIARSIPKAN: QCoreApplication.translate("Texts", "Archived"),
        Status.DIDISPOSISIKAN: QCoreApplication.translate("Texts", "Passed to a unit"),
        Status.DALAM_PROSES: QCoreApplication.translate("Texts", "In progress"),
        Status.DITANGGAPI: QCoreApplication.translate("Texts", "Answered"),
        Status.SELESAI: QCoreApplication.translate("Texts", "Closed"),
    }[status]


def officer_name(full_name: str, username: str) -> str:
    """Who did something, as people know them: the account's full name ("Dewi Lestari"), the
    user name the record carries when this desk does not know the account."""
    return full_name or username


def user_name_tip(username: str) -> str:
    """A tooltip under an officer's full name: the user name the audit trail shows."""
    return QCoreApplication.translate("Texts", "User name: %1").replace("%1", username)


def problem_message(problem: FieldProblem) -> str:
    """One sentence telling what is wrong with a field and how to put it right."""
    limit = problem.limit or 0
    match problem.problem:
        case Problem.REQUIRED:
            return QCoreApplication.translate("Texts", "This field is required.")
        case Problem.TOO_SHORT:
            return Texts.tr("Too short: write at least %n characters.", "", limit)
        case Problem.TOO_LONG:
            return Texts.tr("Too long: at most %n characters.", "", limit)
        case Problem.NIK_NOT_DIGITS:
            return QCoreApplication.translate("Texts", "A NIK contains digits only.")
        case Problem.NIK_LENGTH:
            return QCoreApplication.translate("Texts", "A NIK has exactly 16 digits.")
        case Problem.NIK_BIRTH_DATE:
            return QCoreApplication.translate(
                "Texts", "Digits 7 to 12 of a NIK are a birth date (DDMMYY, women +40 on the day)."
            )
        case Problem.NAME_NOT_A_NAME:
            return QCoreApplication.translate(
                "Texts",
                "This looks like a number, not a name. Write the complainant's name in letters; "
                "the NIK and phone have their own fields.",
            )
        case Problem.PHONE_INVALID:
            return QCoreApplication.translate(
                "Texts", "Not a valid phone number. Example: 0812 3456 7890 or +62 21 1234567."
            )
        case Problem.EMAIL_INVALID:
            return QCoreApplication.translate(
                "Texts", "Not a valid e-mail address. Example: nama@contoh.id."
            )
        case Problem.DATE_INVALID:
            return QCoreApplication.translate(
                "Texts", "Write the date as DD-MM-YYYY, for example 17-08-2026."
            )
        case Problem.DATE_IN_FUTURE:
            return QCoreApplication.translate("Texts", "The date cannot be in the future.")
        case Problem.REGION_TOO_COARSE:
            return QCoreApplication.translate("Texts", "Choose at least the regency or city.")
        case Problem.REGION_UNKNOWN:
            return QCoreApplication.translate("Texts", "Unknown region: choose it from the list.")
        case Problem.NOT_IN_LIST:
            return QCoreApplication.translate(
                "Texts", "Not in the list: choose one of the suggestions."
            )
        case Problem.CONTACT_REQUIRED:
            return QCoreApplication.translate(
                "Texts", "Give a phone number, e-mail or address so the answer can be delivered."
            )
        case Problem.PRIVACY_NOT_ACKNOWLEDGED:
            return QCoreApplication.translate(
                "Texts", "Read the privacy notice to the complainant and tick this box."
            )
        case Problem.FILE_TOO_LARGE:
            return Texts.tr("The file is larger than %n MB.", "", limit)
        case Problem.FILE_TYPE_NOT_ALLOWED:
            return QCoreApplication.translate(
                "Texts", "Only images, PDF and office documents can be attached."
            )
        case Problem.FILE_EMPTY:
            return QCoreApplication.translate("Texts", "The file is empty.")
        case Problem.FILE_UNREADABLE:
            return QCoreApplication.translate(
                "Texts", "The file cannot be read; it may have been moved or deleted."
            )
        case Problem.TOO_MANY_FILES:
            return Texts.tr("At most %n files per complaint.", "", limit)
    raise AssertionError(problem)


def fault_message(kind: StorageFaultKind) -> str:
    """What happened and what the user can do about it."""
    return {
        StorageFaultKind.BUSY: QCoreApplication.translate(
            "Texts",
            "The database is being used by another program and did not become free in time. "
            "Wait a moment and save again; if this keeps happening, close other copies of "
            "Meja Aduan on this computer.",
        ),
        StorageFaultKind.FULL: QCoreApplication.translate(
            "Texts",
            "The disk is full. Free some space (empty the recycle bin, remove old downloads) "
            "and save again.",
        ),
        StorageFaultKind.READ_ONLY: QCoreApplication.translate(
            "Texts", "The data folder cannot be written to. Ask IT staff to check its permissions."
        ),
        StorageFaultKind.CORRUPT: QCoreApplication.translate(
            "Texts",
            "The database file is damaged. Do not delete anything; call IT staff to restore "
            "the latest backup.",
        ),
        StorageFaultKind.IO: QCoreApplication.translate(
            "Texts",
            "A file could not be read or written. Check that attached files still exist and "
            "that the disk works, then save again.",
        ),
    }[kind]


def format_date(day: dt.date) -> str:
    """A date as people write it: "28 November 2026" (or in the chosen language)."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")


def format_short_date(day: dt.date) -> str:
    """A date for lists: "28-11-2026"."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "dd-MM-yyyy")


def format_datetime(moment: dt.datetime) -> str:
    """Local date and time: "28 November 2026 14:05"."""
    return QLocale().toString(_local(moment), "d MMMM yyyy HH:mm")


def format_short_datetime(moment: dt.datetime) -> str:
    """Local date and time for lists: "28-11-2026 14:05"."""
    return QLocale().toString(_local(moment), "dd-MM-yyyy HH:mm")


def _local(moment: dt.datetime) -> QDateTime:
    local = moment.astimezone()
    return QDateTime(
        QDate(local.year, local.month, local.day),
        QTime(local.hour, local.minute),
        QTimeZone.systemTimeZone(),
    )


def format_size(size: int) -> str:
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeSIFormat)
