"""A desk joining an office with a join code: pin the certificate, join, share its history.

An existing desk hands the office everything it holds, once (its numbers as they were); from
then on its new numbers carry its desk code, and it stops its own rounds with SP4N-LAPOR!: in
an office only the server talks to LAPOR! (docs/office-mode.md).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

import filelock

from desktop.domain.desk_settings import OFFICE_CODE, UNSET_OFFICE_CODE
from desktop.domain.local_number import is_valid_office_code
from desktop.domain.office import decode_join_code
from desktop.services import office_events
from desktop.services.desk import Desk
from desktop.services.sync_credentials import ApiCredentials, office_credential_store
from desktop.store import office, reference
from desktop.store.files import replaced_atomically
from desktop.store.migrate import known_revisions
from sync.office.certificate import fingerprint
from sync.office.client import OfficeClient, OfficeRefusedError, fetch_certificate
from sync.setup import LOCK_FILE_NAME

# How long joining waits for a LAPOR! round running on this desk to end (its queue is handed
# over, so no round may be sending from it meanwhile).
ROUND_WAIT_S = 120.0

CERTIFICATE_FILE = "office-server.pem"


class JoinRefusal(StrEnum):
    """Why joining did not happen, for an interface that words it in the officer's language."""

    ALREADY_JOINED = "already_joined"
    FINGERPRINT = "fingerprint"  # another certificate answers at the code's address
    USED = "join_used"
    EXPIRED = "join_expired"
    UNKNOWN = "join_unknown"  # not issued by this server
    VERSION = "version"  # the server refuses this desk's protocol
    ROUND_RUNNING = "round_running"  # a LAPOR! round is sending from this desk's queue
    OTHER = "other"


class JoinRefusedError(Exception):
    """Joining did not happen; the message says why, in words IT staff act on, and `reason`
    which refusal it was."""

    def __init__(self, message: str, reason: JoinRefusal = JoinRefusal.OTHER) -> None:
        super().__init__(message)
        self.reason = reason


@dataclass(frozen=True)
class JoinOutcome:
    desk_code: str
    office_code: str
    shared_events: int


def join_office(desk: Desk, code_text: str) -> JoinOutcome:
    """Raises JoinCodeError (the text), JoinRefusedError, OfficeUnreachableError."""
    code = decode_join_code(code_text)
    with desk.database.reading() as session:
        if office.link(session) is not None:
            raise JoinRefusedError(
                "this desk has joined an office already", JoinRefusal.ALREADY_JOINED
            )
    pem = fetch_certificate(code.address)
    if fingerprint(pem) != code.fingerprint:
        raise JoinRefusedError(
            f"the server at {code.address} does not present the certificate the join code "
            "names: do not join (another computer may be answering at that address)",
            JoinRefusal.FINGERPRINT,
        )
    certificate = desk.paths.data_dir / CERTIFICATE_FILE
    round_lock = filelock.FileLock(
        str(desk.paths.data_dir / LOCK_FILE_NAME),
        timeout=ROUND_WAIT_S,
        mode=0o600,
        is_singleton=False,
    )
    try:
        round_lock.acquire()
    except filelock.Timeout as error:
        raise JoinRefusedError(
            "a round with SP4N-LAPOR! is running on this desk: try again when it ends",
            JoinRefusal.ROUND_RUNNING,
        ) from error
    try:
        return _join(desk, code.address, code.fingerprint, code.token, pem, certificate)
    finally:
        round_lock.release()


def _join(
    desk: Desk, address: str, pinned: str, token: str, pem: bytes, certificate: Path
) -> JoinOutcome:
    """Join while no LAPOR! round runs here: the desk's LAPOR! queue is handed over with its
    history (`office_events.share_history`), and no round may be sending from it then."""
    with replaced_atomically(certificate, scratch=desk.paths.data_dir, binary=True) as writer:
        writer.write(pem)
    client = OfficeClient(address, certificate, schema=known_revisions()[-1])
    try:
        answer = client.join(token)
    except OfficeRefusedError as error:
        known = {r.value: r for r in JoinRefusal}
        raise JoinRefusedError(str(error), known.get(error.error, JoinRefusal.OTHER)) from error
    finally:
        client.close()
    # The secret first: a desk whose link is saved can always reach the server.
    office_credential_store(desk).save(ApiCredentials(answer["desk_id"], answer["secret"]))
    office_code = str(answer.get("office_code", ""))
    now = desk.clock()
    with desk.database.writing() as session:
        office.save_link(
            session,
            office.OfficeLink(address, pinned, answer["desk_id"], answer["desk_code"]),
        )
        if is_valid_office_code(office_code) and office_code != UNSET_OFFICE_CODE:
            reference.save_settings(session, {OFFICE_CODE.storage_key: office_code})
        shared = office_events.share_history(session, now)
    return JoinOutcome(answer["desk_code"], office_code, shared)
