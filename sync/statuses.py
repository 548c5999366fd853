"""What a national status means here: the editable table first, LAPOR!'s own words second.

National status codes differ between deployments (the project's domain notes: the code list is
unconfirmed), while the names public integrations show are stable: Belum Terverifikasi,
Terverifikasi / Belum Ditindaklanjuti, Dalam Proses / Sedang Diproses, Selesai, Ditolak. So:

- an entry IT staff set (source "manual") always decides;
- a starting entry (source "default") decides unless the answer's name says otherwise: code 4
  named "Selesai" is Selesai, whatever the starting table guessed;
- a code without an entry is read by its name when the name is one of those above;
- anything else is not applied: the event is shown in LAPOR!'s words without moving the
  complaint, and the code is listed in the mapping dialog for IT staff to map.

Every code seen in an answer is remembered with its name (`seen_codes`), for that list.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from sqlalchemy.orm import Session

from desktop.domain.complaint import Status
from desktop.store import national, reference
from sync import status_keys

# Normalised national status names and the local statuses each may mean.
NAME_MEANINGS: dict[str, frozenset[Status]] = {
    "belum terverifikasi": frozenset({Status.BELUM_TERVERIFIKASI}),
    "terverifikasi": frozenset({Status.TERVERIFIKASI}),
    "belum ditindaklanjuti": frozenset({Status.TERVERIFIKASI}),
    "belum ditindaklanjuti/terverifikasi": frozenset({Status.TERVERIFIKASI}),
    "dalam proses": frozenset({Status.DALAM_PROSES, Status.DIDISPOSISIKAN}),
    "sedang diproses": frozenset({Status.DALAM_PROSES, Status.DIDISPOSISIKAN}),
    "diproses": frozenset({Status.DALAM_PROSES, Status.DIDISPOSISIKAN}),
    "selesai": frozenset({Status.SELESAI, Status.DITANGGAPI}),
    "ditolak": frozenset({Status.BUKAN_WEWENANG, Status.DIARSIPKAN}),
    "bukan wewenang": frozenset({Status.BUKAN_WEWENANG}),
    "diarsipkan": frozenset({Status.DIARSIPKAN}),
}
# The status a name alone stands for, when no entry says (an ambiguous name stands for none).
NAME_DEFAULTS: dict[str, Status] = {
    name: next(iter(meanings)) for name, meanings in NAME_MEANINGS.items() if len(meanings) == 1
}
NAME_DEFAULTS.update(
    {
        "dalam proses": Status.DALAM_PROSES,
        "sedang diproses": Status.DALAM_PROSES,
        "diproses": Status.DALAM_PROSES,
        "selesai": Status.SELESAI,
    }
)


def _name_key(name: str) -> str:
    return " ".join(name.lower().replace(" / ", "/").split())


@dataclass(frozen=True)
class StatusTable:
    """The status entries of the mapping: code -> (status value, source)."""

    entries: Mapping[str, tuple[str, str]]

    def meaning(self, code: str, name: str) -> Status | None:
        """The local status `code` (named `name` by the national side) stands for, or None when
        it cannot be told (shown in words, listed for IT staff)."""
        entry = self.entries.get(code)
        mapped = _status(entry[0]) if entry else None
        said = NAME_MEANINGS.get(_name_key(name))
        if entry is not None and entry[1] == national.MANUAL:
            return mapped
        if mapped is not None and (said is None or mapped in said):
            return mapped
        return NAME_DEFAULTS.get(_name_key(name))

    def needs_mapping(self, code: str, name: str) -> bool:
        """Whether IT staff should look at this code: no entry, or a starting entry its name
        contradicts."""
        entry = self.entries.get(code)
        if entry is None:
            return True
        said = NAME_MEANINGS.get(_name_key(name))
        mapped = _status(entry[0])
        contradicted = said is not None and mapped not in said
        return entry[1] != national.MANUAL and (mapped is None or contradicted)


def _status(value: str) -> Status | None:
    try:
        return Status(value)
    except ValueError:
        return None


def table(session: Session) -> StatusTable:
    return StatusTable(
        {
            r.local_key: (r.national_value, r.source)
            for r in national.mapping_rows(session)
            if r.kind == "status"
        }
    )


def seen_codes(session: Session) -> dict[str, str]:
    """National status codes seen in answers: code -> LAPOR!'s name for it."""
    try:
        found = json.loads(reference.settings(session).get(status_keys.STATUS_CODES_SEEN, "{}"))
    except ValueError:
        return {}
    return {str(k): str(v) for k, v in found.items()} if isinstance(found, dict) else {}


def remember_codes(session: Session, codes: Iterable[tuple[str, str]]) -> None:
    """Add codes (with their names) to those seen; written only when something is new."""
    seen = seen_codes(session)
    new = {
        code: name
        for code, name in codes
        if code and (code not in seen or (name and seen[code] != name))
    }
    if not new:
        return
    seen.update(new)
    reference.save_settings(
        session, {status_keys.STATUS_CODES_SEEN: json.dumps(seen, ensure_ascii=False)}
    )


def unmapped_codes(session: Session) -> dict[str, str]:
    """Codes seen that IT staff should map (see `StatusTable.needs_mapping`)."""
    statuses = table(session)
    return {c: n for c, n in seen_codes(session).items() if statuses.needs_mapping(c, n)}
