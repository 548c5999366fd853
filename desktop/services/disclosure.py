"""What a role may see of a complaint: applied in the services, before any value leaves them.

Two rules, both enforced here rather than in widgets, so no screen, export or future feature can
forget them:
- a confidential ("Rahasia") report is redacted for roles without VIEW_CONFIDENTIAL: its title,
  description, reporter and attachments are withheld;
- NIK, phone and e-mail are always masked in what is handed out; the full values come only from
  `Worklist.reveal_identity`, which is permitted to fewer roles and leaves an audit entry.
"""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy.orm import Session

from desktop.domain.access import Permission
from desktop.domain.complaint import Reporter
from desktop.domain.masking import mask_reporter
from desktop.domain.records import ComplaintRecord, ComplaintSummary
from desktop.services.access import Actor, PermissionDeniedError
from desktop.store import complaints


def summary_for(summary: ComplaintSummary, *, may_view_confidential: bool) -> ComplaintSummary:
    if may_view_confidential or not summary.is_secret:
        return summary
    return replace(summary, title="", reporter_name="", redacted=True)


def record_for(record: ComplaintRecord, *, may_view_confidential: bool) -> ComplaintRecord:
    if record.is_secret and not may_view_confidential:
        return replace(
            record,
            title="",
            description="",
            reporter=Reporter(),
            attachments=(),
            redacted=True,
            identity_masked=True,
        )
    masked = mask_reporter(record.reporter, anonymous=record.is_anonymous)
    return replace(record, reporter=masked, identity_masked=True)


def visible_number(session: Session, actor: Actor, complaint_id: int) -> str:
    """The complaint's local number, once it is sure `actor` may see its content: LookupError
    for no such complaint, PermissionDeniedError for a confidential one they may not read."""
    facts = complaints.disclosure_facts(session, complaint_id)
    if facts is None:
        raise LookupError(complaint_id)
    number, secret = facts
    if secret and not actor.may(Permission.VIEW_CONFIDENTIAL):
        raise PermissionDeniedError(Permission.VIEW_CONFIDENTIAL, actor.role)
    return number
