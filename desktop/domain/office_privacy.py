"""Office mode and personal data (UU 27/2022): what an office event holds of a person, and the
same event with that data erased or corrected.

An office event is a copy of a change, kept by the server (its register of events, which it
hands to every desk that joins) and by the desk that made it (its outgoing events). When a
person's data is erased, every copy that holds it is rewritten by these rules, on each desk and
on the server, so no desk, no later pull and no late push hands it out again. The kinds,
times, links and flags stay: the statistics need them, as they do in the register itself.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from desktop.domain.office import OfficeEventKind

# What replaces erased texts: the row stays readable in lists and reports, and whoever opens it
# sees why the text is gone.
ERASED_TEXT = "[dihapus: data pribadi]"
# The reporter fields a correction may change (the complaint's columns without "reporter_").
REPORTER_FIELDS = ("name", "nik", "phone", "email", "address")
_EMPTIED = (*(f"reporter_{f}" for f in REPORTER_FIELDS), "incident_address")
_REPLACED = ("title", "description")
# `office_payloads.TO_LAPOR`: the server owes SP4N-LAPOR! the event.
OWED_TO_LAPOR = "to_lapor"


def complaint_of(kind: str, payload: Mapping[str, Any]) -> str | None:
    """The uuid of the complaint whose personal data the event may hold, if any."""
    if kind == OfficeEventKind.COMPLAINT_RECORDED:
        found = payload.get("uuid")
    elif kind in (
        OfficeEventKind.FOLLOW_UP_ADDED,
        OfficeEventKind.REPORTER_CORRECTED,
        OfficeEventKind.NATIONAL_HANDOVER,
    ):
        found = payload.get("complaint")
    else:
        return None
    return found if isinstance(found, str) else None


def erased(kind: str, payload: Mapping[str, Any], at: str) -> tuple[dict[str, Any], list[str]]:
    """The event with the person's data of its complaint erased (`at`: when, ISO text), and the
    SHA-256 of each attachment it no longer names (their files may go)."""
    out = dict(payload)
    out.pop(OWED_TO_LAPOR, None)  # what was not sent will not be: the text is gone
    dropped: list[str] = []
    if kind == OfficeEventKind.COMPLAINT_RECORDED:
        out |= {name: "" for name in _EMPTIED if name in out}
        out |= {name: ERASED_TEXT for name in _REPLACED if out.get(name)}
        dropped = [str(a.get("sha256")) for a in out.get("attachments") or []]
        out["attachments"] = []
        out["anonymised_at"] = out.get("anonymised_at") or at
    elif kind == OfficeEventKind.FOLLOW_UP_ADDED:
        out |= {name: ERASED_TEXT for name in ("text", "reason") if out.get(name)}
    elif kind == OfficeEventKind.REPORTER_CORRECTED:
        out["reporter"] = {name: "" for name in out.get("reporter") or {}}
    elif kind == OfficeEventKind.NATIONAL_HANDOVER:
        items = []
        for item in out.get("items") or []:
            if item.get("attachment"):
                dropped.append(str(item["attachment"]))
            items.append(dict(item) | {"detail": "", "attachment": None})
        out["items"] = items
    return out, dropped


def corrected(kind: str, payload: Mapping[str, Any], values: Mapping[str, str]) -> dict[str, Any]:
    """The event with the reporter fields it holds set to their corrected `values` (name, nik,
    ...): the register of events keeps no value the person had corrected."""
    out = dict(payload)
    if kind == OfficeEventKind.COMPLAINT_RECORDED:
        out |= {f"reporter_{f}": v for f, v in values.items() if f"reporter_{f}" in out}
    elif kind == OfficeEventKind.REPORTER_CORRECTED:
        held = dict(out.get("reporter") or {})
        out["reporter"] = held | {f: v for f, v in values.items() if f in held}
    return out


def correction_values(payload: Mapping[str, Any]) -> dict[str, str]:
    """The reporter fields a correction event sets, only those a correction may set."""
    given = payload.get("reporter")
    if not isinstance(given, Mapping):
        return {}
    return {f: str(v) for f, v in given.items() if f in REPORTER_FIELDS and isinstance(v, str)}
