"""The national sync as the desk's interface sees it: the status area's figures, the verifier's
actions on outbox items that wait, and IT staff's LAPOR! settings, credentials and mapping. Each
action checks the signed-in officer's permission and leaves an audit entry (no secrets in it).
The composition root builds one NationalSync per opened desk (desktop/app/wiring.py)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop.domain.access import Permission
from desktop.domain.audit_actions import AuditAction
from desktop.domain.outbox import OutboxEntry, OutboxKind, OutboxState, SyncProblem
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
            last_success_at=_time(settings.get(status_keys.LAST_SUCCESS_AT)),
            last_outcome=settings.get(status_keys.LAST_OUTCOME, ""),
            last_detail=settings.get(status_keys.LAST_DETAIL, ""),
            credentials=credential_store(self._desk).place(),
            missing_calls=missing,
            unmapped_categories=unmapped_categories,
            unmapped_status_codes=tuple(sorted(unmapped_codes.items())),
        )

    def items_needing_attention(self) -> list[OutboxEntry]:
        """Items of unknown outcome, quarantined ones, and ones waiting after failures."""
        self._access.require(Permission.VIEW_COMPLAINTS)
        with self._database.reading() as session:
            stuck = outbox.entries(session, [OutboxState.UNKNOWN, OutboxState.QUARANTINED])
            retrying = [e for e in outbox.entries(session, [OutboxState.PENDING]) if e.attempts > 0]
        return sorted(stuck + retrying, key=lambda e: e.id)

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
    ) -> None:
        self._access.require(Permission.RECONCILE_SYNC)
        with self._database.writing() as session:
            item = outbox.entry(session, item_id)
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

    def set_mapping(self, kind: str, local_key: str, national_value: str) -> None:
        """IT staff's own entry (a masters refresh leaves it alone); empty removes it."""
        if kind not in MAPPING_KINDS:
            raise ValueError(kind)
        self._access.require(Permission.MANAGE_REFERENCE)
        with self._database.writing() as session:
            national.set_mapping(session, kind, local_key, national_value.strip(), national.MANUAL)
            self._access.record(
                session,
                AuditAction.REFERENCE_CHANGED,
                f"mapping:{kind}",
                {"key": local_key, "value": national_value.strip()},
            )


def _time(text: str | None) -> dt.datetime | None:
    if not text:
        return None
    try:
        return dt.datetime.fromisoformat(text)
    except ValueError:
        return None
