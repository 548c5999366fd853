"""Words for the audit trail: its actions, and the keys and values its entries' details hold.

The details are stored as codes (stable across versions and languages); they are shown in the
interface language. A key or value from a newer version is shown as it is stored.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop.domain.access import Role
from desktop.domain.audit_actions import AuditAction
from desktop.domain.complaint import Status
from desktop.domain.follow_up import EventKind
from desktop.domain.outbox import OutboxKind
from desktop.ui.access.texts import role_label
from desktop.ui.national_sync.texts import kind_label as outbox_kind_label
from desktop.ui.setting_texts import storage_key_label
from desktop.ui.texts import format_date, format_short_datetime, status_label
from desktop.ui.worklist.follow_up_texts import event_label


def action_label(code: str) -> str:
    """A person's words for an action code; a code from a newer version is shown as it is."""
    try:
        action = AuditAction(code)
    except ValueError:
        return code
    return {
        AuditAction.DESK_CREATED: QCoreApplication.translate("AuditTexts", "Desk set up"),
        AuditAction.LOGIN: QCoreApplication.translate("AuditTexts", "Signed in"),
        AuditAction.LOGIN_FAILED: QCoreApplication.translate("AuditTexts", "Sign-in failed"),
        AuditAction.LOGOUT: QCoreApplication.translate("AuditTexts", "Signed out"),
        AuditAction.ACCOUNT_LOCKED: QCoreApplication.translate("AuditTexts", "Account locked"),
        AuditAction.ACCOUNT_CREATED: QCoreApplication.translate("AuditTexts", "Account created"),
        AuditAction.ACCOUNT_CHANGED: QCoreApplication.translate("AuditTexts", "Account changed"),
        AuditAction.PASSWORD_CHANGED: QCoreApplication.translate("AuditTexts", "Password changed"),
        AuditAction.RECOVERY_KEY_USED: QCoreApplication.translate(
            "AuditTexts", "Recovery key used"
        ),
        AuditAction.COMPLAINT_CREATED: QCoreApplication.translate(
            "AuditTexts", "Complaint recorded"
        ),
        AuditAction.COMPLAINT_CHANGED: QCoreApplication.translate(
            "AuditTexts", "Complaint changed"
        ),
        AuditAction.IDENTITY_REVEALED: QCoreApplication.translate(
            "AuditTexts", "Identity shown unmasked"
        ),
        AuditAction.SETTINGS_CHANGED: QCoreApplication.translate("AuditTexts", "Settings changed"),
        AuditAction.REFERENCE_CHANGED: QCoreApplication.translate(
            "AuditTexts", "Categories or institutions changed"
        ),
        AuditAction.EXPORT: QCoreApplication.translate("AuditTexts", "Data exported"),
        AuditAction.PERSON_SEARCHED: QCoreApplication.translate(
            "AuditTexts", "Personal data searched"
        ),
        AuditAction.PERSON_CORRECTED: QCoreApplication.translate(
            "AuditTexts", "Personal data corrected"
        ),
        AuditAction.PERSON_ERASED: QCoreApplication.translate("AuditTexts", "Personal data erased"),
        AuditAction.RETENTION_APPLIED: QCoreApplication.translate(
            "AuditTexts", "Retention period applied"
        ),
        AuditAction.DEMO_SEEDED: QCoreApplication.translate(
            "AuditTexts", "Synthetic complaints added"
        ),
        AuditAction.AUDIT_VERIFIED: QCoreApplication.translate("AuditTexts", "Audit trail checked"),
        AuditAction.SYNC_RESOLVED: QCoreApplication.translate(
            "AuditTexts", "Sync item settled by a verifier"
        ),
        AuditAction.BACKUP_RESTORED: QCoreApplication.translate(
            "AuditTexts", "Data restored from a backup"
        ),
        AuditAction.REGISTER_SEALED: QCoreApplication.translate(
            "AuditTexts", "Existing complaints sealed for checking"
        ),
        AuditAction.NATIONAL_NEWS: QCoreApplication.translate(
            "AuditTexts", "News from SP4N-LAPOR! added"
        ),
        AuditAction.REPORT_ISSUED: QCoreApplication.translate("AuditTexts", "Report issued"),
        AuditAction.EVIDENCE_ADDED: QCoreApplication.translate(
            "AuditTexts", "Evidence document added"
        ),
        AuditAction.EVIDENCE_WITHDRAWN: QCoreApplication.translate(
            "AuditTexts", "Evidence document withdrawn"
        ),
    }[action]


def details_text(details: dict[str, Any]) -> str:
    """Details as "Key: value; Key: value" in the interface language (they hold field names,
    counts, codes and numbers only, never a person's data)."""
    return "; ".join(
        f"{key_label(key)}: {_value_text(key, value)}" for key, value in sorted(details.items())
    )


def key_label(key: str) -> str:
    return _key_labels().get(key, key)


def _key_labels() -> dict[str, str]:
    return {
        "action": QCoreApplication.translate("AuditTexts", "Action"),
        "active": QCoreApplication.translate("AuditTexts", "Active"),
        "anonymous": QCoreApplication.translate("AuditTexts", "Anonymous"),
        "attachments": QCoreApplication.translate("AuditTexts", "Attachments"),
        "backup_made": QCoreApplication.translate("AuditTexts", "Backup made"),
        "backups": QCoreApplication.translate("AuditTexts", "Backup settings"),
        "before": QCoreApplication.translate("AuditTexts", "Received before"),
        "before_unlock": QCoreApplication.translate("AuditTexts", "Wrong passwords before opening"),
        "by": QCoreApplication.translate("AuditTexts", "By"),
        "changed": QCoreApplication.translate("AuditTexts", "Changed"),
        "change": QCoreApplication.translate("AuditTexts", "Change"),
        "complaint": QCoreApplication.translate("AuditTexts", "Complaint"),
        "complaints": QCoreApplication.translate("AuditTexts", "Complaints"),
        "count": QCoreApplication.translate("AuditTexts", "Number"),
        "credentials_changed": QCoreApplication.translate(
            "AuditTexts", "API key and token changed"
        ),
        "entries": QCoreApplication.translate("AuditTexts", "Entries checked"),
        "event": QCoreApplication.translate("AuditTexts", "Step"),
        "fields": QCoreApplication.translate("AuditTexts", "Fields"),
        "file": QCoreApplication.translate("AuditTexts", "File"),
        "first_broken_id": QCoreApplication.translate("AuditTexts", "First broken entry"),
        "format": QCoreApplication.translate("AuditTexts", "Format"),
        "not_as_recorded": QCoreApplication.translate(
            "AuditTexts", "Complaints not as last recorded"
        ),
        "unaccounted": QCoreApplication.translate("AuditTexts", "Complaints no entry accounts for"),
        "removed": QCoreApplication.translate("AuditTexts", "Recorded complaints gone"),
        "events": QCoreApplication.translate("AuditTexts", "Steps"),
        "item": QCoreApplication.translate("AuditTexts", "Sync item"),
        "key": QCoreApplication.translate("AuditTexts", "Local value"),
        "keys": QCoreApplication.translate("AuditTexts", "Settings"),
        "kind": QCoreApplication.translate("AuditTexts", "Kind"),
        "known": QCoreApplication.translate("AuditTexts", "Known user name"),
        "linked": QCoreApplication.translate("AuditTexts", "Linked to"),
        "list_entries": QCoreApplication.translate("AuditTexts", "List entries"),
        "mapping_entries": QCoreApplication.translate("AuditTexts", "Mapping entries"),
        "matches": QCoreApplication.translate("AuditTexts", "Found"),
        "reason": QCoreApplication.translate("AuditTexts", "Reason"),
        "replaced_kept_as": QCoreApplication.translate("AuditTexts", "Replaced data kept as"),
        "revealed": QCoreApplication.translate("AuditTexts", "Identities in full"),
        "revision": QCoreApplication.translate("AuditTexts", "Schema"),
        "role": QCoreApplication.translate("AuditTexts", "Role"),
        "rows": QCoreApplication.translate("AuditTexts", "Entries"),
        "seconds": QCoreApplication.translate("AuditTexts", "Locked for (seconds)"),
        "status": QCoreApplication.translate("AuditTexts", "Status"),
        "sync": QCoreApplication.translate("AuditTexts", "Synchronisation"),
        "tracking_id": QCoreApplication.translate("AuditTexts", "LAPOR! tracking ID"),
        "training": QCoreApplication.translate("AuditTexts", "Training mode"),
        "value": QCoreApplication.translate("AuditTexts", "LAPOR! id"),
        "what": QCoreApplication.translate("AuditTexts", "What"),
        "where": QCoreApplication.translate("AuditTexts", "Where"),
        "withheld": QCoreApplication.translate("AuditTexts", "Confidential reports withheld"),
        "years": QCoreApplication.translate("AuditTexts", "Years"),
        # Issued reports and evidence documents.
        "documents": QCoreApplication.translate("AuditTexts", "Documents"),
        "period": QCoreApplication.translate("AuditTexts", "Period"),
        "report": QCoreApplication.translate("AuditTexts", "Issued report"),
        "reports": QCoreApplication.translate("AuditTexts", "Issued reports"),
        "reports_not_as_issued": QCoreApplication.translate(
            "AuditTexts", "Issued reports not as issued"
        ),
        "seal": QCoreApplication.translate("AuditTexts", "Seal"),
        "sha256": "SHA-256",
        "size": QCoreApplication.translate("AuditTexts", "Size (bytes)"),
        "year": QCoreApplication.translate("AuditTexts", "Year"),
    }


def _value_text(key: str, value: object) -> str:
    if value is None:
        return "–"
    if isinstance(value, bool):
        if value:
            return QCoreApplication.translate("AuditTexts", "yes")
        return QCoreApplication.translate("AuditTexts", "no")
    if isinstance(value, list | tuple):
        return ", ".join(_value_text(key, item) for item in value)
    if isinstance(value, dict):  # settings rows: their keys are the provisioning file's
        return ", ".join(f"{k} = {_value_text(k, v)}" for k, v in sorted(value.items()))
    text = str(value)
    words = _VALUE_WORDS.get(key)
    return words(text) if words is not None else text


def _code_words(code: str, table: Callable[[], dict[str, str]]) -> str:
    return table().get(code, code)


def _enum_words(code: str, enum: type, label: Callable[[Any], str]) -> str:
    try:
        member = enum(code)
    except ValueError:
        return code
    return label(member)


def _day(text: str) -> str:
    try:
        return format_date(dt.date.fromisoformat(text))
    except ValueError:
        return text


def _moment(text: str) -> str:
    try:
        return format_short_datetime(dt.datetime.fromisoformat(text))
    except ValueError:
        return text


def _account_fields() -> dict[str, str]:
    return {
        "full_name": QCoreApplication.translate("AuditTexts", "full name"),
        "role": QCoreApplication.translate("AuditTexts", "role"),
        "active": QCoreApplication.translate("AuditTexts", "active"),
    }


def _reporter_fields() -> dict[str, str]:
    return {
        "reporter_name": QCoreApplication.translate("AuditTexts", "name"),
        "reporter_nik": QCoreApplication.translate("AuditTexts", "NIK"),
        "reporter_phone": QCoreApplication.translate("AuditTexts", "phone"),
        "reporter_email": QCoreApplication.translate("AuditTexts", "e-mail"),
        "reporter_address": QCoreApplication.translate("AuditTexts", "address"),
    }


def _exports() -> dict[str, str]:
    return {
        "audit": QCoreApplication.translate("AuditTexts", "audit trail"),
        "backup": QCoreApplication.translate("AuditTexts", "backup"),
        "diagnostics": QCoreApplication.translate("AuditTexts", "diagnostics for IT support"),
        "person": QCoreApplication.translate("AuditTexts", "a person's complaints"),
        "attachment": QCoreApplication.translate("AuditTexts", "attachment"),
        "detail_list": QCoreApplication.translate("AuditTexts", "a report's complaint list"),
        "issued_report": QCoreApplication.translate("AuditTexts", "a copy of an issued report"),
        "evidence": QCoreApplication.translate("AuditTexts", "evidence documents (zip)"),
    }


def _means() -> dict[str, str]:
    """How a person was searched for, or where a change came from."""
    return {
        "nik": QCoreApplication.translate("AuditTexts", "NIK"),
        "phone": QCoreApplication.translate("AuditTexts", "phone number"),
        "name": QCoreApplication.translate("AuditTexts", "name"),
        "command line": QCoreApplication.translate("AuditTexts", "command line"),
    }


def _erasure_reasons() -> dict[str, str]:
    return {
        "request": QCoreApplication.translate("AuditTexts", "the person's request"),
        "retention": QCoreApplication.translate("AuditTexts", "retention period ended"),
    }


def _list_changes() -> dict[str, str]:
    return {
        "added": QCoreApplication.translate("AuditTexts", "added"),
        "updated": QCoreApplication.translate("AuditTexts", "changed"),
        "aliases": QCoreApplication.translate("AuditTexts", "other names changed"),
    }


def _places() -> dict[str, str]:
    """Where a person was searched for."""
    return {
        "worklist": QCoreApplication.translate("AuditTexts", "complaints list, at the counter"),
    }


def _sync_actions() -> dict[str, str]:
    return {
        "retry": QCoreApplication.translate("AuditTexts", "send again"),
        "quarantine": QCoreApplication.translate("AuditTexts", "hold back"),
        "resend": QCoreApplication.translate("AuditTexts", "send again after checking LAPOR!"),
        "confirm": QCoreApplication.translate("AuditTexts", "found on LAPOR!"),
    }


def _on_off() -> dict[str, str]:
    return {
        "enabled": QCoreApplication.translate("AuditTexts", "on"),
        "disabled": QCoreApplication.translate("AuditTexts", "off"),
    }


# The words for each key whose values are codes; other values (counts, numbers, file names,
# rows of settings that are not a declared desk setting) are shown as they are.
_VALUE_WORDS: dict[str, Callable[[str], str]] = {
    "event": lambda code: _enum_words(code, EventKind, event_label),
    "status": lambda code: _enum_words(code, Status, status_label),
    "role": lambda code: _enum_words(code, Role, role_label),
    "kind": lambda code: _enum_words(code, OutboxKind, outbox_kind_label),
    "changed": lambda code: _code_words(code, _account_fields),
    "fields": lambda code: _code_words(code, _reporter_fields),
    "what": lambda code: _code_words(code, _exports),
    "by": lambda code: _code_words(code, _means),
    "reason": lambda code: _code_words(code, _erasure_reasons),
    "change": lambda code: _code_words(code, _list_changes),
    "where": lambda code: _code_words(code, _places),
    "action": lambda code: _code_words(code, _sync_actions),
    "sync": lambda code: _code_words(code, _on_off),
    "keys": storage_key_label,  # the changed settings' rows: their settings' labels
    "before": _day,
    "backup_made": _moment,
}
