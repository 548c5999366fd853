"""The office server's administrator's commands on the register itself (docs/office-mode.md,
"For IT staff"): `python -m sync.office desks` and `python -m sync.office accounts ...`.

They work with the server running (another process on the same register: every write is one
transaction, as a request's is) or stopped. Each returns the lines to print; a failure is an
`AdminError` whose message is the one line to show.

Disabling or enabling an account is the server's own office event (ACCOUNT_SAVED, desk code
SRV), so every desk takes it at its next exchange; a desk's change to that account made
without having seen it does not undo it (`keep_server_decisions`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.audit_actions import AuditAction
from desktop.domain.office import SERVER_DESK_CODE, OfficeEventKind
from desktop.services.desk import Desk
from desktop.store import audit, office_admin, office_payloads, office_register
from desktop.store.office_admin import DeskOverview, Erasure
from desktop.store.schema import Account

# Marks the server's own ACCOUNT_SAVED made by `accounts disable|enable` (a decision a desk's
# change made without seeing it does not undo), apart from those it restates (`restate`).
# Desks read an account's fields by name, so the mark is harmless to them.
DECISION = office_admin.DECISION


class AdminError(Exception):
    """A command that cannot be done; the message is one line for IT staff."""


def _moment(at: dt.datetime | None) -> str:
    return "never" if at is None else at.astimezone(dt.UTC).isoformat(timespec="seconds")


def _plural(count: int, one: str, many: str | None = None) -> str:
    return f"{count} {one if count == 1 else (many or one + 's')}"


def _desk_line(desk: DeskOverview, head: int) -> str:
    line = (
        f"desk {desk.code} label={desk.label!r} joined={_moment(desk.joined_at)} "
        f"last_exchange={_moment(desk.last_seen_at)} pulled_up_to={desk.pulled_up_to}/{head} "
        f"pushed={desk.pushed} app={desk.app_version or '?'}"
    )
    return line if desk.active else line + " left_office"


def _erasure_line(erasure: Erasure) -> str:
    return (
        f"erasure position={erasure.position} reason={erasure.reason or '?'} "
        f"complaints={erasure.complaints} by={erasure.by_desk or '?'} at={erasure.at or '?'} "
        f"not_carried_out_by={','.join(erasure.not_carried_out)}"
    )


def erasure_summary(erasures: Sequence[Erasure], total: int) -> str:
    """One line: how many desks still hold data the office erased."""
    if not erasures:
        if total == 0:
            return "no erasure of personal data in the register"
        return f"every desk has carried out the {_plural(total, 'erasure')} of personal data"
    behind = {code for erasure in erasures for code in erasure.not_carried_out}
    desks = _plural(len(behind), "desk")
    verb = "has" if len(behind) == 1 else "have"
    return (
        f"{desks} {verb} not yet carried out {_plural(len(erasures), 'erasure')} of personal data"
    )


def desk_lines(desk: Desk) -> list[str]:
    """One line per desk, one per erasure some desk has not carried out, and a summary."""
    with desk.database.reading() as session:
        overview = office_admin.desks(session)
        head = office_admin.head(session)
        erasures = office_admin.erasures_not_carried_out(session, overview)
        total = office_admin.erasure_count(session)
    if not overview:
        return ["summary: no desk has joined this office yet"]
    return [
        *(_desk_line(d, head) for d in overview),
        *(_erasure_line(e) for e in erasures),
        "summary: " + erasure_summary(erasures, total),
    ]


def account_lines(desk: Desk) -> list[str]:
    with desk.database.reading() as session:
        found = office_admin.accounts(session)
    return [
        f"account {a.username} full_name={a.full_name!r} role={a.role} "
        f"{'enabled' if a.active else 'disabled'} "
        f"changed_by={a.changed_by or 'this server only (never shared by a desk)'}"
        for a in found
    ]


def set_account_active(desk: Desk, username: str, active: bool) -> str:
    """Disable (or enable) an office account: on the register and, through the server's own
    ACCOUNT_SAVED event, on every desk at its next exchange. The line to print."""
    word = "enabled" if active else "disabled"
    now = desk.clock()
    with desk.database.writing() as session:
        account = session.execute(
            select(Account).where(Account.username == username)
        ).scalar_one_or_none()
        if account is None:
            raise AdminError(f"no account {username!r} in the office register")
        if username not in office_admin.last_saved_by(session):
            raise AdminError(
                f"{username!r} is this server's own account, not the office's: "
                "no desk has it to change"
            )
        if account.active == active:
            return f"account {username} is {word} already"
        account.active = active
        payload = office_payloads.account_payload(session, username) | {DECISION: True}
        _, position = office_register.append_own(
            session, OfficeEventKind.ACCOUNT_SAVED, payload, now
        )
        audit.append(
            session,
            at=now,
            actor="",  # the server's administrator, at the server's own command line
            action=AuditAction.ACCOUNT_CHANGED,
            target=username,
            details={
                "changed": ["active"],
                "role": account.role,
                "active": active,
                "desk": SERVER_DESK_CODE,
            },
        )
    return (
        f"account {username} {word} (office event at position {position}): "
        "each desk takes it at its next exchange"
    )


def keep_server_decisions(
    server_decided: dict[str, tuple[int, bool]], events: Sequence[dict[str, Any]]
) -> tuple[list[dict[str, Any]], dict[str, dict[str, Any]]]:
    """A desk's ACCOUNT_SAVED made on a view from before the server disabled (or enabled)
    that account keeps the server's decision: an officer's password changed on a desk that
    was offline does not enable the account again office-wide. The events as stored, and by
    id the payloads the server restates as its own event after them: the desk that pushed one
    never pulls its own event back, and would otherwise keep the server's older snapshot."""
    kept: list[dict[str, Any]] = []
    restated: dict[str, dict[str, Any]] = {}
    for event in events:
        payload = event.get("payload")
        decided = None
        if event.get("kind") == OfficeEventKind.ACCOUNT_SAVED.value and isinstance(payload, dict):
            decided = server_decided.get(str(payload.get("username")))
        if decided is None or not isinstance(payload, dict) or _based_on(event) >= decided[0]:
            kept.append(event)
            continue
        # Never a decision of its own: only the administrator's command makes those.
        payload = {k: v for k, v in payload.items() if k != DECISION} | {"active": decided[1]}
        kept.append(event | {"payload": payload})
        restated[str(event.get("id", ""))] = payload
    return kept, restated


def _based_on(event: dict[str, Any]) -> int:
    try:
        return int(event.get("based_on", 0))
    except (TypeError, ValueError):
        return 0


def restate(session: Session, restated: dict[str, dict[str, Any]], at: dt.datetime) -> None:
    """The server's own ACCOUNT_SAVED for each account a desk's stored event changed while the
    server's decision held (`keep_server_decisions`): every desk ends with the same account."""
    for payload in restated.values():
        office_register.append_own(session, OfficeEventKind.ACCOUNT_SAVED, payload, at)
