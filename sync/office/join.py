"""A desk joining an office with a join code: pin the certificate, join, share its history.

An existing desk hands the office everything it holds, once (its numbers as they were); from
then on its new numbers carry its desk code, and it stops its own rounds with SP4N-LAPOR!: in
an office only the server talks to LAPOR! (docs/office-mode.md).
"""

from __future__ import annotations

from dataclasses import dataclass

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

CERTIFICATE_FILE = "office-server.pem"


class JoinRefusedError(Exception):
    """Joining did not happen; the message says why, in words IT staff act on."""


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
            raise JoinRefusedError("this desk has joined an office already")
    pem = fetch_certificate(code.address)
    if fingerprint(pem) != code.fingerprint:
        raise JoinRefusedError(
            f"the server at {code.address} does not present the certificate the join code "
            "names: do not join (another computer may be answering at that address)"
        )
    certificate = desk.paths.data_dir / CERTIFICATE_FILE
    with replaced_atomically(certificate, scratch=desk.paths.data_dir, binary=True) as writer:
        writer.write(pem)
    client = OfficeClient(code.address, certificate, schema=known_revisions()[-1])
    try:
        answer = client.join(code.token)
    except OfficeRefusedError as error:
        raise JoinRefusedError(str(error)) from error
    finally:
        client.close()
    # The secret first: a desk whose link is saved can always reach the server.
    office_credential_store(desk).save(ApiCredentials(answer["desk_id"], answer["secret"]))
    office_code = str(answer.get("office_code", ""))
    now = desk.clock()
    with desk.database.writing() as session:
        office.save_link(
            session,
            office.OfficeLink(
                code.address, code.fingerprint, answer["desk_id"], answer["desk_code"]
            ),
        )
        if is_valid_office_code(office_code) and office_code != UNSET_OFFICE_CODE:
            reference.save_settings(session, {OFFICE_CODE.storage_key: office_code})
        shared = office_events.share_history(session, now)
    return JoinOutcome(answer["desk_code"], office_code, shared)
