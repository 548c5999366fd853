"""The database tables, as SQLAlchemy typed declarative models.

Changing anything here needs a new Alembic revision in `migrations/versions` (a test compares
the models with the migrated schema).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Dialect,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    TypeDecorator,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# Stable constraint names, so batch migrations on SQLite can find them again.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UtcDateTime(TypeDecorator[dt.datetime]):
    """An aware datetime stored as naive UTC, on every engine: text on SQLite (which has no
    time zones), `timestamp without time zone` on PostgreSQL. The conversion to UTC happens
    here, refusing a naive value, so neither the desk's zone nor a server's TimeZone setting
    can shift a stored moment (PostgreSQL would read an aware 09:00+07:00 into a plain
    timestamp as 02:00 or 09:00 depending on the session).

    Stored values sort correctly as text because they are all in UTC and the same format.
    """

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given where an aware one is needed")
        return value.astimezone(dt.UTC).replace(tzinfo=None)

    def process_result_value(
        self, value: dt.datetime | None, dialect: Dialect
    ) -> dt.datetime | None:
        return None if value is None else value.replace(tzinfo=dt.UTC)


# The FTS5 full-text index over complaint and event texts, with its shadow tables. Created by
# raw SQL in migration 0006 (SQLAlchemy has no model for virtual tables) and kept up by triggers.
SEARCH_TABLE = "complaint_search"
# Set (as a `setting` row) inside a bulk load's transaction: the triggers leave the index alone,
# and the load fills it for its rows in one ordered statement (`store.search_index`).
SEARCH_BULK_LOAD_KEY = "search.bulk_load"
SORT_INDEX_PREFIX = "ix_complaint_sort_"


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Setting(Base):
    """Desk-wide settings as key/value text (office code and name, limits)."""

    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Category(Base):
    """The topic tree ("kategori"); editable locally, later refreshed from LAPOR!."""

    __tablename__ = "category"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("category.id"), index=True)
    name: Mapped[str] = mapped_column(String(120))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # Other names officers type (acronyms), one per line (migration 0009).
    aliases: Mapped[str] = mapped_column(Text, default="", server_default="")


class Institution(Base):
    """A target institution ("instansi tujuan") a complaint can be addressed to."""

    __tablename__ = "institution"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    aliases: Mapped[str] = mapped_column(Text, default="", server_default="")


class Region(Base):
    """Kemendagri regions, loaded from the shipped list (see `regions.py`)."""

    __tablename__ = "region"
    code: Mapped[str] = mapped_column(String(13), primary_key=True)
    parent_code: Mapped[str | None] = mapped_column(String(13), index=True)
    name: Mapped[str] = mapped_column(String(120))


class LocalNumberSequence(Base):
    """The last sequence number used per office and year."""

    __tablename__ = "local_number_sequence"
    office_code: Mapped[str] = mapped_column(String(12), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_value: Mapped[int] = mapped_column(Integer)


class Complaint(Base):
    __tablename__ = "complaint"
    # The integer key keeps lists and joins fast; `uuid` is the identity other systems see.
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    local_number: Mapped[str] = mapped_column(String(32), unique=True)
    received_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    channel: Mapped[str] = mapped_column(String(20))
    type: Mapped[str] = mapped_column(String(30))
    supervisory: Mapped[bool] = mapped_column(Boolean, default=False)
    category_id: Mapped[int | None] = mapped_column(ForeignKey("category.id"))
    institution_id: Mapped[int | None] = mapped_column(ForeignKey("institution.id"))
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text)
    incident_date: Mapped[dt.date | None] = mapped_column(Date)
    region_code: Mapped[str | None] = mapped_column(ForeignKey("region.code"))
    incident_address: Mapped[str] = mapped_column(Text, default="")
    reporter_name: Mapped[str] = mapped_column(String(100), default="")
    reporter_nik: Mapped[str] = mapped_column(String(16), default="")
    reporter_phone: Mapped[str] = mapped_column(String(20), default="")
    reporter_email: Mapped[str] = mapped_column(String(254), default="")
    reporter_address: Mapped[str] = mapped_column(Text, default="")
    is_anonymous: Mapped[bool] = mapped_column(Boolean, default=False)
    is_secret: Mapped[bool] = mapped_column(Boolean, default=False)
    privacy_acknowledged: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[str] = mapped_column(String(30))
    # SP4N-LAPOR!'s tracking id ("#1916449"), kept as text; empty until synchronised.
    national_tracking_id: Mapped[str | None] = mapped_column(String(32))
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    # Set when the reporter's data, the text and the attachments were removed (an erasure
    # request or the retention period); the row stays for the statistics.
    anonymised_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    # Derived from the follow-up history, kept here so lists can filter and sort in SQL: the
    # unit it is disposed to now, and each open step's deadline (NULL once the step is done,
    # while on hold, or before it starts) with the earliest of them. See `store.follow_up`.
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("institution.id"))
    verify_due: Mapped[dt.date | None] = mapped_column(Date, index=True)
    follow_up_due: Mapped[dt.date | None] = mapped_column(Date, index=True)
    complete_due: Mapped[dt.date | None] = mapped_column(Date, index=True)
    next_due: Mapped[dt.date | None] = mapped_column(Date, index=True)
    # Office mode: the code of the desk that recorded it (L1, ...); empty for this desk's own
    # complaints before it joined an office, and on a desk that never joins (migration 0013).
    recorded_at_desk: Mapped[str] = mapped_column(String(4), default="", server_default="")

    __table_args__ = (
        Index("ix_complaint_received_at_id", "received_at", "id"),
        # What a report reads of each complaint received in its period, read from the index
        # alone (the rows are wide: texts, reporters).
        Index(
            "ix_complaint_report_columns",
            "received_at",
            "id",
            "channel",
            "type",
            "supervisory",
            "category_id",
            "institution_id",
            "region_code",
            "local_number",
        ),
        # Sort indexes (status, type, category, title, reporter, due) are raw SQL in migration
        # 0006: several are on expressions, which models cannot compare.
        # Finding a person (data-subject requests; duplicate hints at intake). The name index
        # is also what a "name contains" search scans: far fewer pages than the table.
        Index("ix_complaint_reporter_nik", "reporter_nik"),
        Index("ix_complaint_reporter_phone", "reporter_phone"),
        Index("ix_complaint_reporter_name", "reporter_name"),
    )


class Attachment(Base):
    """A file kept with a complaint; the bytes live in the data folder under `stored_name`."""

    __tablename__ = "attachment"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    complaint_id: Mapped[int] = mapped_column(
        ForeignKey("complaint.id", ondelete="CASCADE"), index=True
    )
    original_name: Mapped[str] = mapped_column(String(255))
    stored_name: Mapped[str] = mapped_column(String(80))
    media_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    added_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)


class Account(Base):
    """A person who signs in at this desk, with one role (see `desktop.domain.access`)."""

    __tablename__ = "account"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(40), unique=True)
    full_name: Mapped[str] = mapped_column(String(100))
    role: Mapped[str] = mapped_column(String(20))
    # argon2id, in the PHC string format (parameters and salt included).
    password_hash: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    password_changed_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)


class AuditEntry(Base):
    """One line of the append-only audit trail; see `desktop.store.audit` for the hash chain.

    `details` is JSON naming what changed (fields, counts, ids), never personal data itself: the
    trail is kept when a complainant's data is erased.
    """

    __tablename__ = "audit_entry"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(UtcDateTime, index=True)
    actor: Mapped[str] = mapped_column(String(40))
    action: Mapped[str] = mapped_column(String(40), index=True)
    target: Mapped[str] = mapped_column(String(120), default="")
    details: Mapped[str] = mapped_column(Text, default="{}")
    previous_hash: Mapped[str] = mapped_column(String(64))
    entry_hash: Mapped[str] = mapped_column(String(64))


class FollowUpEventRow(Base):
    """One event of a complaint's follow-up history; never updated, never deleted (erasure
    blanks its text only). See `desktop.domain.follow_up`."""

    __tablename__ = "follow_up_event"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    complaint_id: Mapped[int] = mapped_column(ForeignKey("complaint.id"))
    at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    actor: Mapped[str] = mapped_column(String(40))
    kind: Mapped[str] = mapped_column(String(30))
    text: Mapped[str] = mapped_column(Text, default="")
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("institution.id"))
    institution_id: Mapped[int | None] = mapped_column(ForeignKey("institution.id"))
    reason: Mapped[str] = mapped_column(Text, default="")
    rating: Mapped[int | None] = mapped_column(Integer)
    contact_method: Mapped[str | None] = mapped_column(String(20))
    linked_complaint_id: Mapped[int | None] = mapped_column(ForeignKey("complaint.id"))
    corrects_event_id: Mapped[int | None] = mapped_column(ForeignKey("follow_up_event.id"))
    national_status: Mapped[str | None] = mapped_column(String(30))
    # Office mode (migration 0013): the office event that carries it (the same id on every
    # desk), its place in the office's order once the server stored it, and whether it was
    # overtaken there (see `desktop.domain.follow_up.settle`).
    office_event_id: Mapped[str | None] = mapped_column(String(36), index=True, unique=True)
    office_position: Mapped[int | None] = mapped_column(Integer)
    overtaken: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    # The code of the desk it was made at (L1, ...): set once the desk is in an office (its
    # own events as it shares them, other desks' as they arrive); "" otherwise (0017).
    desk_code: Mapped[str] = mapped_column(String(4), default="", server_default="")

    __table_args__ = (
        Index("ix_follow_up_event_complaint_id_id", "complaint_id", "id"),
        # A complaint's timeline also shows the links other complaints made to it.
        Index("ix_follow_up_event_linked_complaint_id", "linked_complaint_id"),
    )


class OutboxItem(Base):
    """One change that must reach the national system, written in the transaction that made
    it; see `desktop.store.outbox` for the states and the order items go in."""

    __tablename__ = "outbox_item"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    complaint_id: Mapped[int] = mapped_column(ForeignKey("complaint.id"))
    kind: Mapped[str] = mapped_column(String(20))
    attachment_id: Mapped[int | None] = mapped_column(ForeignKey("attachment.id"))
    event_id: Mapped[int | None] = mapped_column(ForeignKey("follow_up_event.id"))
    state: Mapped[str] = mapped_column(String(20))
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    sending_since: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    # What the national side's acknowledgement named: a document, complaint or follow-up id.
    remote_id: Mapped[str | None] = mapped_column(String(40))
    # Why it is quarantined or waiting: a problem code the interface words, and the server's
    # own message (never our data: see `sync.engine`).
    problem: Mapped[str | None] = mapped_column(String(40))
    detail: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)

    __table_args__ = (
        Index("ix_outbox_item_complaint_id_id", "complaint_id", "id"),
        Index("ix_outbox_item_state", "state"),
    )


class NationalPoll(Base):
    """What the desk knows of a sent complaint on the national side, and when to ask again.

    The positions (status log entries and follow-ups taken in) move only in the transaction
    that adds what they cover to the timeline, so nothing is taken in twice or skipped."""

    __tablename__ = "national_poll"
    complaint_id: Mapped[int] = mapped_column(ForeignKey("complaint.id"), primary_key=True)
    national_id: Mapped[str] = mapped_column(String(32))
    status_code: Mapped[str | None] = mapped_column(String(20))
    status_name: Mapped[str] = mapped_column(String(80), default="")
    disposition_name: Mapped[str] = mapped_column(String(200), default="")
    logs_seen: Mapped[int] = mapped_column(Integer, default=0)
    follow_ups_seen: Mapped[int] = mapped_column(Integer, default=0)
    next_poll_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, index=True)
    last_polled_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    last_change_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    problem: Mapped[str | None] = mapped_column(String(40))


class NationalMapping(Base):
    """The national system's ids for the desk's own values, which IT staff edit and the
    masters refresh. `kind` is channel, classification, category, institution, location or
    status (for status, `local_key` is the national code and `national_value` our status)."""

    __tablename__ = "national_mapping"
    kind: Mapped[str] = mapped_column(String(20), primary_key=True)
    local_key: Mapped[str] = mapped_column(String(64), primary_key=True)
    national_value: Mapped[str] = mapped_column(String(64))
    # "manual" entries are IT staff's and a masters refresh leaves them alone.
    source: Mapped[str] = mapped_column(String(10), default="default")


class ComplaintReportFacts(Base):
    """What a complaint's history says for the reports: its journal (`desktop.domain.
    report_rules`), kept in step with its events in the transaction that adds each one, and who
    recorded it. Migration 0010 filled it for the complaints before it; see
    `desktop.store.report_facts`.

    The closure and last-event moments let a report find, by index, the complaints outside its
    cohort that it still needs: those closed in its period and those that may be open at its
    cut-off."""

    __tablename__ = "complaint_report_facts"
    complaint_id: Mapped[int] = mapped_column(ForeignKey("complaint.id"), primary_key=True)
    recorded_by: Mapped[str] = mapped_column(String(40), default="")
    journal: Mapped[str] = mapped_column(Text, default="")
    last_event_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, index=True)
    first_closed_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    last_closed_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, index=True)


class ComplaintReportSettled(Base):
    """A complaint out of the unit's hands (closed, archived, forwarded) as its whole history
    leaves it for the reports (`desktop.domain.report_settled`): a report whose cut-off is at
    or after `last_event_at` reads this narrow row instead of its journal. No row while the
    complaint is open. Kept with the journal in the transaction that adds each event, and
    derived again with the due dates when the desk's calendar or deadline table changes
    (`services.due_dates`); migration 0014 left it empty for the desk to fill that way.

    A step's outcome: `*_days` and `*_on_time` once done, `*_due` while undone."""

    __tablename__ = "complaint_report_settled"
    complaint_id: Mapped[int] = mapped_column(ForeignKey("complaint.id"), primary_key=True)
    # Copies of the complaint's and its facts' (they never change once settled): a report
    # finds the rows it needs by this table's own index, and reads no wider row.
    received_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    recorded_by: Mapped[str] = mapped_column(String(40))
    last_event_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    first_closed_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    last_closed_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    status: Mapped[str] = mapped_column(String(30))
    merged: Mapped[bool] = mapped_column(Boolean)
    unit_id: Mapped[int | None] = mapped_column(Integer)
    reopened: Mapped[bool] = mapped_column(Boolean)
    verify_days: Mapped[int | None] = mapped_column(Integer)
    verify_on_time: Mapped[bool | None] = mapped_column(Boolean)
    verify_due: Mapped[dt.date | None] = mapped_column(Date)
    follow_up_days: Mapped[int | None] = mapped_column(Integer)
    follow_up_on_time: Mapped[bool | None] = mapped_column(Boolean)
    follow_up_due: Mapped[dt.date | None] = mapped_column(Date)
    complete_days: Mapped[int | None] = mapped_column(Integer)
    complete_on_time: Mapped[bool | None] = mapped_column(Boolean)
    complete_due: Mapped[dt.date | None] = mapped_column(Date)
    timeline: Mapped[str] = mapped_column(Text)

    __table_args__ = (
        # Those closed in a period, received outside it: found within the index.
        Index(
            "ix_complaint_report_settled_closed", "last_closed_at", "received_at", "first_closed_at"
        ),
    )


class IssuedReport(Base):
    """A report as it was issued (sent to the province, the ministry, the evaluator): never
    updated, never deleted (migration 0011's triggers refuse both). The file is kept encrypted
    in the attachments folder under `stored_name`, like a complaint's attachment; `headline` is
    JSON (indicator code -> value and percent) to compare with later figures."""

    __tablename__ = "issued_report"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    period_kind: Mapped[str] = mapped_column(String(10))
    first_day: Mapped[dt.date] = mapped_column(Date)
    last_day: Mapped[dt.date] = mapped_column(Date)
    format: Mapped[str] = mapped_column(String(10))
    options: Mapped[str] = mapped_column(Text, default="{}")
    cut_off: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    file_name: Mapped[str] = mapped_column(String(255))
    stored_name: Mapped[str] = mapped_column(String(80))
    media_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    headline: Mapped[str] = mapped_column(Text, default="{}")
    issued_by: Mapped[str] = mapped_column(String(40))
    issued_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, index=True)


class EvidenceDocument(Base):
    """An evidence document (bukti dukung) kept for a year's evaluation; its file is encrypted
    in the attachments folder. Never deleted: a withdrawn one keeps its row (and file) with
    who withdrew it, when and why; nothing else of it ever changes (migration 0011)."""

    __tablename__ = "evidence_document"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    kind: Mapped[str] = mapped_column(String(30))
    title: Mapped[str] = mapped_column(String(200))
    original_name: Mapped[str] = mapped_column(String(255))
    stored_name: Mapped[str] = mapped_column(String(80))
    media_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    added_by: Mapped[str] = mapped_column(String(40))
    added_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    withdrawn_by: Mapped[str | None] = mapped_column(String(40))
    withdrawn_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    withdraw_reason: Mapped[str] = mapped_column(Text, default="")


class OfficeOutgoing(Base):
    """A desk's office event (office mode), written in the transaction of the change it
    carries; `position` is set once the server has stored it. Kept afterwards: a server that
    lost its register can be given them again."""

    __tablename__ = "office_outgoing"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)  # time-ordered UUID
    sequence: Mapped[int] = mapped_column(Integer, unique=True)  # the desk's own order
    based_on: Mapped[int] = mapped_column(Integer)  # the office position the desk had seen
    kind: Mapped[str] = mapped_column(String(30))
    payload: Mapped[str] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    position: Mapped[int | None] = mapped_column(Integer, index=True)


class OfficeKept(Base):
    """An office event a desk pulled and keeps as it came (migration 0016): the server's own
    events (with the server's seal), so the desk can give them back to a register restored
    from a backup that lacks them; and events of a kind this release cannot read (`unread`),
    applied once an upgrade knows their kind."""

    __tablename__ = "office_kept"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    position: Mapped[int] = mapped_column(Integer)  # its place in the office's order
    kind: Mapped[str] = mapped_column(String(30))
    payload: Mapped[str] = mapped_column(Text)
    seal: Mapped[str | None] = mapped_column(String(64))  # None: not the server's own
    unread: Mapped[bool] = mapped_column(Boolean, default=False)
    give_back: Mapped[bool] = mapped_column(Boolean, default=False)  # the register lacks it

    __table_args__ = (Index("ix_office_kept_unread_give_back", "unread", "give_back"),)


class OfficeEvent(Base):
    """The office server's register of events: each stored once by its id, its position the
    office-wide order every desk applies them in."""

    __tablename__ = "office_event"
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    id: Mapped[str] = mapped_column(String(36), unique=True)
    desk_id: Mapped[str] = mapped_column(String(36), index=True)
    desk_sequence: Mapped[int] = mapped_column(Integer)
    based_on: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(30))
    payload: Mapped[str] = mapped_column(Text)
    received_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)

    # A position is never given twice, even after the last row went (SQLite would reuse it).
    __table_args__ = ({"sqlite_autoincrement": True},)


class OfficeErasure(Base):
    """A complaint whose personal data the office erased (office mode, on the server and on
    each desk): any event naming it that arrives later (a desk that was offline, a push again
    after a restore) is stored and taken in with that data erased. Holds no personal data."""

    __tablename__ = "office_erasure"
    complaint_uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    erased_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    event_id: Mapped[str] = mapped_column(String(36))  # the office event that erased it


class OfficeDesk(Base):
    """A desk that joined the office (on the server). Its secret is kept as a hash only."""

    __tablename__ = "office_desk"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    code: Mapped[str] = mapped_column(String(4), unique=True)
    label: Mapped[str] = mapped_column(String(100), default="")
    secret_hash: Mapped[str] = mapped_column(String(64))
    joined_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    last_seen_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    app_version: Mapped[str] = mapped_column(String(20), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class OfficeJoinCode(Base):
    """A one-time join code's token (on the server), kept as a hash, with its expiry."""

    __tablename__ = "office_join_code"
    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    label: Mapped[str] = mapped_column(String(100), default="")
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    expires_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    used_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    used_by: Mapped[str | None] = mapped_column(String(36))
