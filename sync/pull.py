"""Taking in the national side's news about sent complaints: status changes and follow-ups
become NATIONAL events in the local timeline.

- A complaint with local changes not yet acknowledged is left for a later round, so national
  news never runs over what the desk did and has not sent yet.
- National statuses are mapped to ours through the editable table (kind "status") and LAPOR!'s
  own names for them (`sync.statuses`); a code that cannot be told is recorded in words without
  moving the complaint, shown as a problem and listed in the mapping dialog.
- The positions (log entries and follow-ups taken in) advance in the same transaction as the
  events they cover: a crash before the commit means the same news is taken in next time, once.
- Follow-ups the desk posted itself come back in the national list; they are skipped, known by
  their national id or by the reference line they carry (`sync.references`).
- News the timeline holds already (the same moment and words) is not added twice.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable

from desktop.domain.audit_actions import AuditAction
from desktop.domain.complaint import Status
from desktop.domain.follow_up import EventKind, FollowUpEvent
from desktop.domain.outbox import OutboxKind
from desktop.services.due_dates import DueDateKeeper
from desktop.services.follow_up import append_event
from desktop.store import audit, complaints, follow_up, national, outbox
from desktop.store.database import Database
from sync import references, statuses
from sync.api import NationalApi, NationalFollowUp, NationalStatus, NotDelivered, Offline, Refused
from sync.report import RoundProgress
from sync.schedule import POLL_RETRY, poll_interval

log = logging.getLogger("sync")

NATIONAL_ACTOR = "SP4N-LAPOR!"
POLLS_PER_ROUND = 500
_CLOSED = {Status.SELESAI, Status.BUKAN_WEWENANG, Status.DIARSIPKAN}
_AUTHOR_WORDS = {"pelapor": "Pelapor", "instansi": "Instansi", "admin": "Admin"}


def receive_news(
    database: Database,
    api: NationalApi,
    due_dates: DueDateKeeper,
    clock: Callable[[], dt.datetime],
    progress: Callable[[RoundProgress], None],
    should_stop: Callable[[], bool],
) -> tuple[int, int]:
    """Ask about each sent complaint whose turn has come; (complaints asked, events added)."""
    with database.reading() as session:
        due = national.polls_due(session, clock(), POLLS_PER_ROUND)
        owing = outbox.owes(session, [p.complaint_id for p in due])
    polled = events = 0
    for done, poll in enumerate(due, start=1):
        if should_stop():
            break
        if poll.complaint_id in owing:
            continue
        try:
            status = api.status(poll.national_id)
            posted = api.follow_ups(poll.national_id)
        except Offline:
            raise
        except (NotDelivered, Refused) as error:
            # This complaint's answer was unusable (or the national side does not know the
            # id): ask again later, and go on with the others.
            log.info("national news for one complaint not read: %s", error.problem.value)
            with database.writing() as session:
                national.postpone_poll(
                    session, poll.complaint_id, clock() + POLL_RETRY, error.problem.value
                )
            continue
        events += take_in(database, due_dates, poll.complaint_id, status, posted, clock())
        polled += 1
        progress(RoundProgress("receive", done, len(due)))
    return polled, events


def take_in(
    database: Database,
    due_dates: DueDateKeeper,
    complaint_id: int,
    status: NationalStatus,
    posted: list[NationalFollowUp],
    now: dt.datetime,
) -> int:
    """Add what is new in `status` and `posted` to the timeline, in one transaction; how many
    events were added."""
    with database.writing() as session:
        poll = national.poll_state(session, complaint_id)
        if poll is None or outbox.owes(session, [complaint_id]):
            return 0  # a local change arrived meanwhile: its news waits for the next round
        statuses.remember_codes(
            session, [(status.code, status.name), *((e.code, e.name) for e in status.log)]
        )
        status_table = statuses.table(session)
        own = set(outbox.remote_ids(session, complaint_id, OutboxKind.FOLLOW_UP))
        complaint = national.outgoing_complaint(session, complaint_id)
        local_number = complaint.local_number if complaint else ""
        new: list[FollowUpEvent] = []
        unknown_code = None
        for entry in status.log[poll.logs_seen :]:
            mapped = status_table.meaning(entry.code, entry.name)
            if mapped is Status.BELUM_TERVERIFIKASI:
                continue  # received, not yet verified: the acknowledgement said as much
            if mapped is None:
                unknown_code = entry.code
            words = entry.name or entry.code
            if mapped in (Status.DIDISPOSISIKAN, Status.DALAM_PROSES) and status.disposition_name:
                words = f"{words} · {status.disposition_name}"
            new.append(_event(entry.at, words, mapped))
        for item in posted[poll.follow_ups_seen :]:
            if item.id in own or references.is_of_complaint(item.content, local_number):
                continue  # the desk's own, signed with its reference
            author = _AUTHOR_WORDS.get(item.author, item.author or "LAPOR!")
            new.append(_event(item.at, f"{author}: {item.content}", None))
        new.sort(key=lambda e: e.at)
        history = [r.event for r in follow_up.events_of(session, complaint_id)]
        # News already in the timeline is not added again: an office register restored from
        # a backup asks from the backup's positions while its desks gave back what it learnt.
        held = {(e.at, e.text) for e in history if e.kind is EventKind.NATIONAL}
        new = [e for e in new if (e.at, e.text) not in held]
        for event in new:
            append_event(session, due_dates, complaint_id, history, event, NATIONAL_ACTOR)
            history.append(event)
        if new:
            # The register's history changed: recorded, and the complaint sealed, with it.
            audit.append(
                session,
                at=now,
                actor="",
                action=AuditAction.NATIONAL_NEWS,
                target=complaints.numbers(session, [complaint_id])[complaint_id],
                details={"events": len(new)},
                register=[complaint_id],
            )
        current = status_table.meaning(status.code, status.name)
        closed = current in _CLOSED
        national.save_poll(
            session,
            complaint_id,
            status_code=status.code,
            status_name=status.name,
            disposition_name=status.disposition_name,
            logs_seen=len(status.log),
            follow_ups_seen=len(posted),
            polled_at=now,
            next_poll_at=now
            + poll_interval(poll.received_at, now if new else poll.last_change_at, closed, now),
            changed=bool(new),
            problem=f"unknown_status:{unknown_code}" if unknown_code else None,
        )
    return len(new)


def _event(at: dt.datetime, text: str, status: Status | None) -> FollowUpEvent:
    return FollowUpEvent(
        EventKind.NATIONAL, at.astimezone(dt.UTC), text=text, national_status=status
    )
