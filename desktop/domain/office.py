"""Office mode: several desks and one office server sharing one register (docs/office-mode.md).

Pure rules both peers share: the exchange protocol's number and the range a server accepts,
the kinds of office events, the join code's text form, and the desk code in numbers.

A join code is one line an administrator hands to a desk: `MA1-` then the URL-safe base64 of a
small JSON object with the server's address (`a`), the SHA-256 fingerprint of its certificate
(`f`, hex) and a one-time token (`t`). The fingerprint lets the desk pin the server's
certificate before it trusts anything the server says.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import re
from dataclasses import dataclass
from enum import StrEnum

# The exchange's own version, raised when a change needs both peers to know it. A server
# accepts desks from MIN_DESK_PROTOCOL to PROTOCOL; a newer desk than the server is refused too
# (the server is upgraded first). Protocol 2 brought the server's own `national_tracking`
# events, the seal on the server's events and desks giving them back to a restored register,
# and the erasure and correction of personal data (PERSONAL_DATA_ERASED, REPORTER_CORRECTED):
# a desk of protocol 1 could not carry them out, nor even read them, so it is refused until it
# is updated (it goes on working offline meanwhile).
PROTOCOL = 2
JOIN_CODE_PREFIX = "MA1-"
FINGERPRINT_HEX_LENGTH = 64
DESK_CODE_MAX_LENGTH = 4
_DESK_CODE = re.compile(rf"^[A-Z][A-Z0-9]{{0,{DESK_CODE_MAX_LENGTH - 1}}}$")
# Events per push (what a server takes in one transaction); a server refuses more.
PUSH_BATCH = 500
# Events per pull page: what the server hands a desk that asks for no size (as desks did
# before they asked), and the most it hands one that asks (`PULL_PAGE`, in fewer round trips
# and transactions when a desk joins an office with a long history).
PULL_BATCH = 500
PULL_PAGE = 2000


class OfficeEventKind(StrEnum):
    """What an office event carries (its payload's shape)."""

    COMPLAINT_RECORDED = "complaint_recorded"  # the complaint's fields and attachments' metadata
    FOLLOW_UP_ADDED = "follow_up_added"  # one event of a complaint's follow-up history
    ACCOUNT_SAVED = "account_saved"  # an account created, changed, disabled or its password set
    # A joining desk's LAPOR! queue for one complaint (its items, states and national ids),
    # handed to the server, which alone sends from then on.
    NATIONAL_HANDOVER = "national_handover"
    # Made by the server itself: the tracking id SP4N-LAPOR! gave a complaint it acknowledged
    # (the national news itself travels as FOLLOW_UP_ADDED events of kind NATIONAL).
    NATIONAL_TRACKING = "national_tracking"
    # A person's data erased from complaints (a data subject's request or the retention
    # period): their uuids and why, never the data itself. Every desk and the server carry it
    # out, and the server rewrites the events it stores so none hands the data out again.
    PERSONAL_DATA_ERASED = "personal_data_erased"
    # A data subject's correction of the reporter fields of one complaint: the new values.
    REPORTER_CORRECTED = "reporter_corrected"


# The protocol that introduced each kind. A desk below it cannot read that kind (a release
# before it fails on it), so the server refuses such desks with "update Meja Aduan on this
# desk" rather than hand them events they would choke on (MIN_DESK_PROTOCOL).
KIND_SINCE: dict[str, int] = {kind.value: 1 for kind in OfficeEventKind} | {
    OfficeEventKind.NATIONAL_TRACKING.value: 2,
    OfficeEventKind.PERSONAL_DATA_ERASED.value: 2,
    OfficeEventKind.REPORTER_CORRECTED.value: 2,
}
MIN_DESK_PROTOCOL = max(KIND_SINCE.values())


def known_kind(kind: str) -> OfficeEventKind | None:
    """The kind, or None for one this release does not know (a newer server's): the desk
    keeps such an event unread rather than fail its pull (`desktop.store.office_kept`)."""
    try:
        return OfficeEventKind(kind)
    except ValueError:
        return None


# The origin of the events the office server makes itself (what SP4N-LAPOR! reported back):
# not a uuid, so never a desk's id (the server gives desks uuid4s), and a code no desk gets
# (desks get L1, L2, ...). The server's pull hands these events to every desk.
SERVER_DESK_ID = "office-server"
SERVER_DESK_CODE = "SRV"
# Kinds only the server makes: a desk pushing one is refused (it would speak for LAPOR!).
SERVER_ONLY_KINDS = frozenset({OfficeEventKind.NATIONAL_TRACKING.value})
# The server's own kinds a desk may give back to a register restored from a backup that lacks
# them (the tracking id, and the national news as follow-up events), sealed by the server.
RETURNABLE_KINDS = frozenset(
    {OfficeEventKind.NATIONAL_TRACKING.value, OfficeEventKind.FOLLOW_UP_ADDED.value}
)


def seal(key: bytes, event_id: str, kind: str, payload: dict[str, object]) -> str:
    """The server's seal on an event it made: desks keep it with the event, and a desk giving
    the event back to a restored register shows it, so no desk can speak for SP4N-LAPOR!."""
    body = json.dumps([event_id, kind, payload], ensure_ascii=False, sort_keys=True)
    return hmac.new(key, body.encode("utf-8"), hashlib.sha256).hexdigest()


def seal_holds(
    key: bytes, event_id: str, kind: str, payload: dict[str, object], found: str
) -> bool:
    return hmac.compare_digest(seal(key, event_id, kind, payload), found)


class AuditHeadCheck(StrEnum):
    """What the office server made of a desk's audit head (its trail's length and last hash),
    against the head it saw last from that desk."""

    KEPT = "kept"  # the trail grew from (or still is) the head the server saw
    CUT = "cut"  # shorter than the server saw: entries were removed
    REWRITTEN = "rewritten"  # the entry the server saw last is not the desk's any more


class PushResult(StrEnum):
    STORED = "stored"
    ALREADY_STORED = "already_stored"  # a re-send: the server had it, nothing changed
    REFUSED = "refused"  # malformed; the desk keeps it and IT staff look at the log


@dataclass(frozen=True)
class JoinCode:
    address: str  # https://host:port
    fingerprint: str  # SHA-256 of the certificate (DER), lower-case hex
    token: str


class JoinCodeError(ValueError):
    """The text is not a join code (mistyped, cut short, or another program's)."""


def encode_join_code(code: JoinCode) -> str:
    body = json.dumps({"a": code.address, "f": code.fingerprint, "t": code.token})
    packed = base64.urlsafe_b64encode(body.encode("utf-8")).decode("ascii").rstrip("=")
    return JOIN_CODE_PREFIX + packed


def decode_join_code(text: str) -> JoinCode:
    cleaned = "".join(text.split())
    if not cleaned.startswith(JOIN_CODE_PREFIX):
        raise JoinCodeError("a join code starts with " + JOIN_CODE_PREFIX)
    packed = cleaned[len(JOIN_CODE_PREFIX) :]
    try:
        body = base64.urlsafe_b64decode(packed + "=" * (-len(packed) % 4))
        values = json.loads(body)
        code = JoinCode(str(values["a"]), str(values["f"]).lower(), str(values["t"]))
    except (binascii.Error, ValueError, TypeError, KeyError) as error:
        raise JoinCodeError("the join code is damaged (copy it again, whole)") from error
    if not code.address.startswith("https://"):
        raise JoinCodeError("the join code names no https address")
    if len(code.fingerprint) != FINGERPRINT_HEX_LENGTH or not re.fullmatch(
        "[0-9a-f]+", code.fingerprint
    ):
        raise JoinCodeError("the join code's certificate fingerprint is damaged")
    if not code.token:
        raise JoinCodeError("the join code carries no token")
    return code


def is_valid_desk_code(code: str) -> bool:
    """A desk's code in an office: a capital letter then up to three letters or digits (L1)."""
    return bool(_DESK_CODE.match(code))


def desk_code_for(joined_before: int) -> str:
    """The code the server gives the next desk to join: L1, L2, ... ("loket")."""
    return f"L{joined_before + 1}"


def protocol_refusal(desk_protocol: int) -> str | None:
    """Why a desk speaking `desk_protocol` may not exchange with this server; None if it may.
    Worded for IT staff, who act on it."""
    if desk_protocol < MIN_DESK_PROTOCOL:
        return (
            f"this desk speaks office protocol {desk_protocol}, the server needs "
            f"{MIN_DESK_PROTOCOL} to {PROTOCOL}: update Meja Aduan on this desk"
        )
    if desk_protocol > PROTOCOL:
        return (
            f"this desk speaks office protocol {desk_protocol}, newer than the server's "
            f"{PROTOCOL}: update the office server first (then the desks)"
        )
    return None
