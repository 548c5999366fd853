"""What the audit trail records: one code per kind of event, stable across versions."""

from __future__ import annotations

from enum import StrEnum


class AuditAction(StrEnum):
    DESK_CREATED = "desk.created"
    LOGIN = "login"
    LOGIN_FAILED = "login.failed"
    LOGOUT = "logout"
    ACCOUNT_LOCKED = "account.locked"
    ACCOUNT_CREATED = "account.created"
    ACCOUNT_CHANGED = "account.changed"
    PASSWORD_CHANGED = "account.password_changed"
    RECOVERY_KEY_USED = "recovery_key.used"
    COMPLAINT_CREATED = "complaint.created"
    COMPLAINT_CHANGED = "complaint.changed"
    IDENTITY_REVEALED = "identity.revealed"
    SETTINGS_CHANGED = "settings.changed"
    REFERENCE_CHANGED = "reference.changed"
    EXPORT = "export"
    PERSON_SEARCHED = "person.searched"
    PERSON_CORRECTED = "person.corrected"
    PERSON_ERASED = "person.erased"
    RETENTION_APPLIED = "retention.applied"
    AUDIT_VERIFIED = "audit.verified"
    SYNC_RESOLVED = "sync.resolved"  # a verifier retried, held back or settled an outbox item
    BACKUP_RESTORED = "backup.restored"  # the database replaced by a backup's (in the app)
    DEMO_SEEDED = "demo.seeded"  # synthetic complaints added from the command line (a batch)
    # The complaints of a desk from before the register's seals, sealed as they stood when it
    # first opened with them (desktop.store.register_seal).
    REGISTER_SEALED = "register.sealed"
    NATIONAL_NEWS = "national.received"  # SP4N-LAPOR!'s news added to a complaint's history
    REPORT_ISSUED = "report.issued"  # a report kept in the register of issued reports
    EVIDENCE_ADDED = "evidence.added"  # an evidence document (bukti dukung) kept for a year
    EVIDENCE_WITHDRAWN = "evidence.withdrawn"
