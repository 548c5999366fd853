"""Possible duplicates of the complaint being typed at intake (see `domain.duplicates`).

Asked while the officer types, so it reads only, and asks nothing until the form holds enough
to go on: a complete NIK, a valid phone number, or a title of a few significant words.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from desktop.domain.access import Permission
from desktop.domain.duplicates import (
    DESCRIPTION_SEARCH_WORDS,
    MAX_HINTS,
    MIN_DESCRIPTION_WORDS,
    MIN_TITLE_WORDS,
    RECENT_WINDOW,
    TEXT_CANDIDATES,
    Candidate,
    DuplicateHint,
    rank_duplicates,
    significant_words,
)
from desktop.domain.identity import check_nik, compact_nik, normalise_phone
from desktop.services.access import AccessControl
from desktop.services.disclosure import summary_for
from desktop.store import complaints, duplicates
from desktop.store.database import Database


class DuplicateFinder:
    def __init__(
        self, database: Database, access: AccessControl, clock: Callable[[], dt.datetime]
    ) -> None:
        self._database = database
        self._access = access
        self._clock = clock

    def possible_duplicates(
        self, nik: str, phone: str, title: str, description: str = ""
    ) -> list[DuplicateHint]:
        """Complaints that may be the same as the one typed (NIK, phone, title and description
        as typed),
        best first. What they show passes `disclosure`: a confidential report's title is
        withheld from roles that may not read it, and such a role is not offered confidential
        reports by their words at all; NIK and phone are never handed out, only the reason."""
        actor = self._access.require(Permission.VIEW_COMPLAINTS)
        nik = compact_nik(nik) if nik.strip() else ""
        nik = nik if nik and check_nik(nik) is None else ""
        phone = normalise_phone(phone) or ""
        words = significant_words(title)
        described = significant_words(description)
        searched = [
            *(words if len(words) >= MIN_TITLE_WORDS else ()),
            *(
                described[:DESCRIPTION_SEARCH_WORDS]
                if len(described) >= MIN_DESCRIPTION_WORDS
                else ()
            ),
        ]
        text_words = [w for w in dict.fromkeys(searched) if w]
        if not nik and not phone and not text_words:
            return []
        may_view_confidential = actor.may(Permission.VIEW_CONFIDENTIAL)
        now = self._clock()
        since = now - RECENT_WINDOW
        with self._database.reading() as session:
            confidential = may_view_confidential
            by_nik = (
                duplicates.ids_with_nik(
                    session, nik, since, MAX_HINTS, include_confidential=confidential
                )
                if nik
                else []
            )
            by_phone = (
                duplicates.ids_with_phone(
                    session, phone, since, MAX_HINTS, include_confidential=confidential
                )
                if phone
                else []
            )
            by_text = (
                duplicates.ids_matching_text(
                    session,
                    text_words,
                    TEXT_CANDIDATES,
                    include_confidential=may_view_confidential,
                )
                if text_words
                else []
            )
            found = complaints.summaries(session, [*by_nik, *by_phone, *by_text])
            descriptions = complaints.descriptions(session, by_text)
        candidates = {
            key: Candidate(key, s.title, s.received_at, descriptions.get(key, ""))
            for key, s in found.items()
        }
        ranked = rank_duplicates(candidates, by_nik, by_phone, by_text, words, now, described)
        hints = []
        for complaint_id, reasons in ranked:
            shown = summary_for(found[complaint_id], may_view_confidential=may_view_confidential)
            hints.append(
                DuplicateHint(
                    complaint_id=complaint_id,
                    local_number=shown.local_number,
                    received_at=shown.received_at,
                    status=shown.status,
                    title=shown.title,
                    redacted=shown.redacted,
                    reasons=reasons,
                )
            )
        return hints
