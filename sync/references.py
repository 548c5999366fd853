"""The desk's reference on what it posts to LAPOR!, so it can recognise its own entries.

A follow-up's national copy may come back without any author field, or with one that cannot
tell this desk from another integration. So each follow-up the desk sends ends with a short
line the complainant can read without puzzling over it, naming the complaint's local number
and the follow-up's place among the complaint's follow-ups:

    (Ref. meja: 3201-2026-000123/TL2)

Reconciliation looks for exactly that line (`sync.reconcile`), and taking in national news
skips entries that carry this complaint's reference (`sync.pull`): the desk's own follow-ups
never come back into its timeline as national events.
"""

from __future__ import annotations

import re
from dataclasses import replace

from sqlalchemy.orm import Session

from desktop.domain.outbox import OutboxEntry, OutgoingFollowUp
from desktop.store import national, outbox

_LINE = re.compile(r"\(Ref\. meja: ([0-9A-Za-z][0-9A-Za-z.\-]*/TL\d+)\)\s*$")


def follow_up_reference(local_number: str, ordinal: int) -> str:
    """`3201-2026-000123/TL2`: the complaint's local number and the follow-up's place."""
    return f"{local_number}/TL{ordinal}"


def signed(text: str, reference: str) -> str:
    """The text as posted: the reference on a line of its own at the end (once)."""
    if reference_in(text) == reference:
        return text
    return f"{text.rstrip()}\n\n(Ref. meja: {reference})"


def reference_in(content: str) -> str | None:
    """The desk reference a national entry ends with, if any."""
    found = _LINE.search(content.strip())
    return found.group(1) if found else None


def is_of_complaint(content: str, local_number: str) -> bool:
    """Whether a national entry carries a reference of this complaint."""
    found = reference_in(content)
    return found is not None and found.rsplit("/", 1)[0] == local_number


def signed_follow_up(session: Session, item: OutboxEntry) -> OutgoingFollowUp | None:
    """A follow-up item as it goes out: its text signed with its reference."""
    follow_up = national.outgoing_follow_up(session, item.event_id or -1)
    if follow_up is None:
        return None
    return replace(follow_up, text=signed(follow_up.text, item_reference(session, item)))


def item_reference(session: Session, item: OutboxEntry) -> str:
    return follow_up_reference(item.local_number, outbox.follow_up_ordinal(session, item.id))
