"""The order a complaint's timeline is shown in.

The history itself is append-only and kept in the order events were added; for reading, each
correction is shown right beneath the entry it corrects (a correction of a correction too), and
the links other complaints made to this one are placed among the entries by time.
"""

from __future__ import annotations

import datetime as dt
import heapq

from desktop.domain.follow_up import EventKind, RecordedEvent
from desktop.services.follow_up import IncomingLink

Entry = RecordedEvent | IncomingLink


def _at(entry: Entry) -> dt.datetime:
    return entry.event.at if isinstance(entry, RecordedEvent) else entry.recorded.event.at


def _corrects(recorded: RecordedEvent) -> int | None:
    event = recorded.event
    return event.corrects_event_id if event.kind is EventKind.CORRECTION else None


def shown_order(timeline: list[RecordedEvent], incoming: list[IncomingLink]) -> list[Entry]:
    by_id = {recorded.id: recorded for recorded in timeline}

    def first_of_chain(recorded: RecordedEvent) -> int:
        while (target := _corrects(recorded)) in by_id:
            recorded = by_id[target]
        return recorded.id

    beneath: dict[int, list[RecordedEvent]] = {}
    own: list[Entry] = []
    for recorded in timeline:
        if _corrects(recorded) in by_id:
            beneath.setdefault(first_of_chain(recorded), []).append(recorded)
        else:
            own.append(recorded)
    shown: list[Entry] = []
    others: list[Entry] = list(incoming)
    for entry in heapq.merge(own, others, key=_at):
        shown.append(entry)
        if isinstance(entry, RecordedEvent):
            shown.extend(beneath.get(entry.id, []))
    return shown


def corrected_ids(timeline: list[RecordedEvent]) -> set[int]:
    """The entries a later correction corrects."""
    return {target for recorded in timeline if (target := _corrects(recorded)) is not None}
