"""The national sync as the desk's interface sees it: the status area's figures, the verifier's
actions on outbox items that wait, and IT staff's LAPOR! settings, credentials and mapping. Each
action checks the signed-in officer's permission and leaves an audit entry (no secrets in it).
The composition root builds one NationalSync per opened desk (desktop/app/wiring.py)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from desktop.domain.access import Permission
from desktop.domain.audit_actions import AuditAction
from desktop.domain.outbox import OutboxEntry, OutboxKind, OutboxState, SyncProblem, WhoActs
from desktop.services.desk import Desk
from desktop.services.sync_config import (
    ConfigProblem,
    SyncConfig,
    check_config,
    from_settings,
    to_settings,
)
from desktop.services.sync_credentials import ApiCredentials, CredentialPlace, credential_store
from desktop.store import national, outbox, reference
from desktop.store.national import MappingRow
from sync import capabilities, status_keys, statuses
from sync.engine import SyncEngine
from sync.setup import build_engine

MAPPING_KINDS = ("channel", "classification", "category", "institution", "location", "status")


class ItemNotActionableError(Exception):
    """The item is no longer in a state the action applies to (a round settled it meanwhile)."""


class NamesNothingLocalError(ValueError):
    """A mapping entry's key names no category, institution, channel or classification here."""

    def __init__(self, kind: str, key: str) -> None:
        super().__init__(f"{kind}: {key}")
        self.kind = kind
        self.key = key


@dataclass(frozen=True)
class WaitingItem:
    """An item that waits, with what a person needs to find its complaint on the LAPOR! site:
    the title, when it was received here and sent, its attachments' names, and the complaint's
    LAPOR! number once it has one (for a follow-up). `who_acts` says whether it goes on by
    itself or waits for a person."""

    entry: OutboxEntry
    title: str
    received_at: dt.datetime
    is_secret: bool
    attachments: tuple[str, ...]
    tracking_id: str

    @property
    def who_acts(self) -> WhoActs:
        return self.entry.who_acts


@dataclass(frozen=True)
class SyncStatus:
    enabled: bool
    training: bool
    base_url: str
    waiting: dict[OutboxState, int]
    last_round_at: dt.datetime | None
    last_success_at: dt.datetime | None
    last_outcome: str  # a RoundOutcome name in lower case, or "" before the first round
    last_detail: str
    credentials: CredentialPlace | None
    # Optional calls this LAPOR! deployment does not offer (`sync.capabilities`), and what
    # that leaves to IT staff: the local categories without a mapping entry when the
    # categories master is missing, and national status codes seen that need one.
    missing_calls: tuple[str, ...] = ()
    unmapped_categories: tuple[str, ...] = ()
    unmapped_status_codes: tuple[tuple[str, str], ...] = ()

    @property
    def owed(self) -> int:
        return sum(n for s, n in self.waiting.items() if s is not OutboxState.QUARANTINED)


class NationalSync:
    def __init__(self, desk: Desk) -> None:
        self._desk = desk
        self._database = desk.database
        self._access = desk.access

    # --- the status area ---------------------------------------------------------------------

    def status(self) -> SyncStatus:
        """Readable without a signed-in officer: the status bar shows it on the lock screen."""
        with self._database.reading() as session:
            settings = reference.settings(session)
            waiting = outbox.counts(session)
            # The last item the national side confirmed, whatever became of the rounds since.
            acknowledged_at = outbox.last_acknowledged_at(session)
            unmapped_codes = statuses.unmapped_codes(session)
            categories, _institutions = national.local_names(session)
            category_entries = national.mapping(session).get("category", {})
        missing = tuple(capabilities.missing(self._database))
        unmapped_categories = (
            tuple(sorted(n for i, n in categories.items() if str(i) not in category_entries))
            if capabilities.CATEGORIES in missing
            else ()
        )
        config = from_settings(settings)
        return SyncStatus(
            enabled=config.enabled,
            training=config.training,
            base_url=config.base_url,
            waiting=waiting,
            last_round_at=_time(settings.get(status_keys.LAST_ROUND_AT)),
            last_success_at=acknowledged_at or _time(settings.get(status_keys.LAST_SUCCESS_AT)),
            last_outcome=settings.get(status_keys.LAST_OUTCOME, ""),
            last_detail=settings.get(status_keys.LAST_DETAIL, ""),
            credentials=credential_store(self._desk).place(),
            missing_calls=missing,
            unmapped_categories=unmapped_categories,
            unmapped_status_codes=tuple(sorted(unmapped_codes.items())),
        )

    def items_needing_attention(self) -> list[OutboxEntry]:
        """Items of unknown outcome, quarantined ones, and ones waiting after failures."""
        return [item.entry for item in self.waiting_items()]

    def waiting_items(self) -> list[WaitingItem]:
        """Items of unknown outcome, quarantined ones, and ones waiting after failures, each
        with what finds its complaint on LAPOR!."""
        self._access.require(Permission.VIEW_COMPLAINTS)
        with self._database.reading() as session:
            stuck = outbox.entries(session, [OutboxState.UNKNOWN, OutboxState.QUARANTINED])
            retrying = [e for e in outbox.entries(session, [OutboxState.PENDING]) if e.attempts > 0]
            entries = sorted(stuck + retrying, key=lambda e: e.id)
            found = national.complaints_to_find(session, sorted({e.complaint_id for e in entries}))
        return [
            WaitingItem(
                e,
                found[e.complaint_id].title,
                found[e.complaint_id].received_at,
                found[e.complaint_id].is_secret,
                found[e.complaint_id].attachments,
                found[e.complaint_id].tracking_id,
            )
            for e in entries
            if e.complaint_id in found
        ]

    def engine(self) -> SyncEngine:
        """A round's engine; NotConfiguredError says what is missing."""
        return build_engine(self._desk)

    # --- the verifier's actions ----------------------------------------------------------------

    def retry(self, item_id: int) -> None:
        """Send again at the next round: a quarantined item (after its cause was fixed) or
        one waiting on a back-off. An item of unknown outcome goes through `approve_resend`."""
        self._act(
            item_id,
            "retry",
            OutboxState.PENDING,
            [OutboxState.QUARANTINED, OutboxState.PENDING],
        )

    def quarantine(self, item_id: int) -> None:
        """Hold an item back from sending (it stays listed, and can be retried)."""
        self._act(
            item_id,
            "quarantine",
            OutboxState.QUARANTINED,
            [OutboxState.PENDING, OutboxState.UNKNOWN],
            problem=SyncProblem.BY_OFFICER,
        )

    def approve_resend(self, item_id: int) -> None:
        """The verifier checked LAPOR! and the item is not there: send it again."""
        self._act(item_id, "resend", OutboxState.PENDING, [OutboxState.UNKNOWN])

    def approve_resend_many(self, item_ids: list[int]) -> int:
        """The verifier checked LAPOR! for each of these and none is there: send them again.
        How many were still waiting (a round may have settled some meanwhile)."""
        return self._act_many(item_ids, self.approve_resend)

    def send_anyway(self, item_ids: list[int]) -> int:
        """The verifier read the flagged reports and they may go as they are (the personal
        data is the complainant's wish, or not personal data at all). How many went back."""

        def one(item_id: int) -> None:
            self._act(
                item_id,
                "send_anyway",
                OutboxState.PENDING,
                [OutboxState.QUARANTINED],
                only_problem=SyncProblem.PERSONAL_DATA,
            )

        return self._act_many(item_ids, one)

    def _act_many(self, item_ids: list[int], action: Callable[[int], None]) -> int:
        done = 0
        for item_id in item_ids:
            try:
                action(item_id)
            except ItemNotActionableError:
                continue
            done += 1
        return done

    def confirm_tracking_id(self, item_id: int, tracking_id: str) -> None:
        """The verifier found the complaint on LAPOR!: its tracking id settles the create."""
        number = tracking_id.strip().lstrip("#")
        if not number.isdigit():
            raise ValueError("a tracking id is digits only")
        self._access.require(Permission.RECONCILE_SYNC)
        now = self._desk.clock()
        with self._database.writing() as session:
            item = outbox.entry(session, item_id)
            if item is None or item.kind is not OutboxKind.CREATE:
                raise ItemNotActionableError(item_id)
            moved = outbox.settle(
                session,
                item_id,
                OutboxState.ACKNOWLEDGED,
                now,
                remote_id=number,
                from_states=[OutboxState.UNKNOWN, OutboxState.QUARANTINED],
            )
            if not moved:
                raise ItemNotActionableError(item_id)
            national.set_tracking_id(session, item.complaint_id, number, now)
            self._access.record(
                session,
                AuditAction.SYNC_RESOLVED,
                item.local_number,
                {"action": "confirm", "item": item_id, "tracking_id": number},
            )

    def _act(
        self,
        item_id: int,
        action: str,
        to: OutboxState,
        from_states: list[OutboxState],
        problem: SyncProblem | None = None,
        only_problem: SyncProblem | None = None,
    ) -> None:
        self._access.require(Permission.RECONCILE_SYNC)
        with self._database.writing() as session:
            item = outbox.entry(session, item_id)
            if item is not None and only_problem is not None and item.problem is not only_problem:
                raise ItemNotActionableError(item_id)
            moved = item is not None and outbox.settle(
                session, item_id, to, self._desk.clock(), problem=problem, from_states=from_states
            )
            if not moved or item is None:
                raise ItemNotActionableError(item_id)
            details = {"action": action, "item": item_id, "kind": item.kind.value}
            self._access.record(session, AuditAction.SYNC_RESOLVED, item.local_number, details)

    # --- IT staff's settings -------------------------------------------------------------------

    def config(self) -> SyncConfig:
        self._access.require(Permission.MANAGE_SETTINGS)
        with self._database.reading() as session:
            return from_settings(reference.settings(session))

    def has_credentials(self) -> bool:
        return credential_store(self._desk).place() is not None

    def save_config(
        self, config: SyncConfig, credentials: ApiCredentials | None = None
    ) -> list[ConfigProblem]:
        """Save the settings (and new credentials, when given); the problems instead when the
        settings are not valid (nothing is saved then)."""
        self._access.require(Permission.MANAGE_SETTINGS)
        problems = check_config(config)
        if problems:
            return problems
        with self._database.writing() as session:
            reference.save_settings(session, to_settings(config))
            details = {
                "sync": "enabled" if config.enabled else "disabled",
                "training": config.training,
                "credentials_changed": credentials is not None,
            }
            self._access.record(session, AuditAction.SETTINGS_CHANGED, "sync", details)
        if credentials is not None:
            credential_store(self._desk).save(credentials)
        return []

    def mapping(self) -> list[MappingRow]:
        self._access.require(Permission.MANAGE_REFERENCE)
        with self._database.reading() as session:
            return national.mapping_rows(session)

    def set_mapping(self, kind: str, local_key: str, national_value: str) -> int:
        """IT staff's own entry (a masters refresh leaves it alone); empty removes it. The key
        may name a category by path or id, an institution by name or id; one that names nothing
        here raises NamesNothingLocalError. The items held back for a missing entry go back in
        the queue: how many."""
        if kind not in MAPPING_KINDS:
            raise ValueError(kind)
        self._access.require(Permission.MANAGE_REFERENCE)
        value = national_value.strip()
        with self._database.writing() as session:
            key = national.local_key_for(session, kind, local_key)
            if key is None:
                if value or not local_key.strip():
                    raise NamesNothingLocalError(kind, local_key)
                key = local_key  # removing an entry an older desk stored by name
            national.set_mapping(session, kind, key, value, national.MANUAL)
            requeued = outbox.requeue_mapping_missing(session, self._desk.clock()) if value else 0
            self._access.record(
                session,
                AuditAction.REFERENCE_CHANGED,
                f"mapping:{kind}",
                {"key": key, "value": value, "requeued": requeued},
            )
        return requeued


def _time(text: str | None) -> dt.datetime | None:
    if not text:
        return None
    try:
        return dt.datetime.fromisoformat(text)
    except ValueError:
        return None
