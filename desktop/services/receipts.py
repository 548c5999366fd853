"""What goes on the receipt ("tanda terima") handed to the complainant."""

from __future__ import annotations

from desktop.domain.access import Permission
from desktop.domain.audit_actions import AuditAction
from desktop.domain.sla import Step
from desktop.services.access import AccessControl
from desktop.services.settings import DeskDeadlines, DeskSettingsStore
from desktop.services.values import Receipt
from desktop.store import accounts, audit, complaints, follow_up
from desktop.store.database import Database


class Receipts:
    def __init__(
        self, database: Database, settings: DeskSettingsStore, access: AccessControl
    ) -> None:
        self._database = database
        self._settings = settings
        self._access = access

    def for_complaint(self, complaint_id: int) -> Receipt | None:
        actor = self._access.require(Permission.PRINT_RECEIPT)
        with self._database.reading() as session:
            record = complaints.record(session, complaint_id)
            if record is None:
                return None
            history = [r.event for r in follow_up.events_of(session, complaint_id)]
            # The officer who recorded it, from the audit trail: a reprint by someone else
            # still names the officer the citizen met.
            username = audit.first_actor(
                session, AuditAction.COMPLAINT_CREATED, record.local_number
            )
            account = None if username is None else accounts.by_username(session, username)
            officer_name = account.full_name if account is not None else (username or "")
        settings = self._settings.load()
        received_local = record.received_at.astimezone()
        received_day = received_local.date()
        rules = DeskDeadlines.of(settings, received_day)
        steps = rules.for_complaint(
            record.received_at, record.type, record.supervisory, history, received_day
        )
        completion = next((s for s in steps if s.step is Step.COMPLETE), None)
        return Receipt(
            office_name=settings.office_name,
            office_address=settings.office_address,
            local_number=record.local_number,
            received_at=received_local,
            channel=record.channel,
            type=record.type,
            # Paper leaves the office: a confidential report's receipt never carries its content.
            title="" if record.is_secret else record.title,
            # The desk's own limit and real calendar: holidays, cuti bersama (per the setting),
            # its days off and extra working days.
            verify_by=rules.verify_by(received_day),
            verify_within_days=rules.table.verify,
            # The detail view withholds a confidential report's reporter from a petugas: so
            # does a reprint of its receipt.
            reporter_name=""
            if record.is_anonymous
            or (record.is_secret and not actor.may(Permission.VIEW_CONFIDENTIAL))
            else record.reporter.name,
            is_anonymous=record.is_anonymous,
            is_secret=record.is_secret,
            attachment_count=len(record.attachments),
            office_phone=settings.office_phone,
            office_whatsapp=settings.office_whatsapp,
            office_email=settings.office_email,
            office_website=settings.office_website,
            national_tracking_id=record.national_tracking_id,
            complete_by=None if completion is None else completion.deadline,
            complete_within_days=rules.table.limit(Step.COMPLETE, record.type, record.supervisory),
            officer_name=officer_name,
        )
