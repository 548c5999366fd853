"""Reading LAPOR!'s answers tolerantly, in one place (docs/lapor-api.md, "Answer shapes").

Public integrations show the same v3 contract answered in several shapes, and a desk must read
them all the same way:

- the payload in the envelope (`{"results": {"data": ...}}`), beside it (`{"data": ...}`), or
  at the top level (`{"complaint_id": 1, "message": "OK"}`, or a bare list);
- ids under `data`, `docs` or `files`, in a list or one object, as numbers or as strings;
- a complaint's history under `data.logs`, `data_logs` (beside `data`) or `logs`;
- times as `dd-mm-yyyy HH:MM:SS` (LAPOR!'s own) or ISO 8601. A time without a zone is WIB
  (Asia/Jakarta, UTC+7): the national system's own time.

Every reader is a pure function of the decoded JSON body. A body it cannot read raises
`Unreadable` with the reason; the adapter turns that into "outcome unknown" (a write) or "not
delivered" (a read), and the engine quarantines an item whose answers stay unreadable
(`UNREADABLE_LIMIT`), so nothing is ever sent again without limit.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import Any

from sync.api import NationalComplaint, NationalFollowUp, NationalLogEntry, NationalStatus

WIB = dt.timezone(dt.timedelta(hours=7))
# How many unreadable answers in a row an item may get before it waits for a person.
UNREADABLE_LIMIT = 3
_UNREADABLE_MARK = re.compile(r"^unreadable answer (\d+)/\d+: ")

_ID_LISTS = ("data", "docs", "files", "attachments", "items")
_ID_KEYS = ("id", "doc_id", "file_id", "document_id")


class Unreadable(ValueError):
    """A body that does not carry what its call must answer; the message says what is
    missing (never the body itself: it could quote a complaint)."""


# --- where the payload is --------------------------------------------------------------------


def _places(body: Any) -> Iterator[Any]:
    """The places a payload may sit, most specific first: `results.data`, `results`, `data`,
    the body itself."""
    if isinstance(body, dict):
        results = body.get("results")
        if isinstance(results, dict):
            if "data" in results:
                yield results["data"]
            yield results
        if "data" in body:
            yield body["data"]
    yield body


def payload(body: Any) -> Any:
    """The answer's payload: `results.data`, else `results`, else `data`, else the body."""
    return next(_places(body))


def _first_list(body: Any, keys: tuple[str, ...] = ("data",)) -> list[Any] | None:
    for place in _places(body):
        if isinstance(place, list):
            return place
        if isinstance(place, dict):
            for key in keys:
                if isinstance(place.get(key), list):
                    return list(place[key])
    return None


def _id_text(value: Any) -> str | None:
    if isinstance(value, bool) or value is None:
        return None
    text = str(value).strip().lstrip("#")
    return text if text.isdigit() else None


def _field(body: Any, *names: str) -> str | None:
    """The first numeric id under one of `names` in any place of the body."""
    for place in _places(body):
        if isinstance(place, dict):
            for name in names:
                found = _id_text(place.get(name))
                if found is not None:
                    return found
    return None


# --- the calls -----------------------------------------------------------------------------


def uploaded_ids(body: Any) -> list[str]:
    """The document ids of an upload, in the order sent."""
    listed = _first_list(body, _ID_LISTS)
    if listed is None:
        single = _field(body, *_ID_KEYS)
        if single is not None:
            return [single]
        raise Unreadable("upload answer without document ids")
    ids = []
    for entry in listed:
        found = _id_text(entry) if not isinstance(entry, dict) else None
        if isinstance(entry, dict):
            found = next((i for k in _ID_KEYS if (i := _id_text(entry.get(k)))), None)
        if found is None:
            raise Unreadable("upload answer with an entry without a numeric id")
        ids.append(found)
    if not ids:
        raise Unreadable("upload answer with an empty list of documents")
    return ids


def complaint_id(body: Any) -> str:
    """The created complaint's national id (`complaint_id`, else `tracking_id`)."""
    found = _field(body, "complaint_id", "tracking_id")
    if found is None:
        raise Unreadable("create answer without complaint_id")
    return found


def follow_up_id(body: Any) -> str:
    found = _field(body, "followup_id", "follow_up_id", "id")
    if found is None:
        raise Unreadable("follow-up answer without followup_id")
    return found


def forward_accepted(body: Any) -> None:
    """A forward's answer carries no id we need: any JSON object the API sends will do."""
    if not isinstance(body, dict):
        raise Unreadable("forward answer is not a JSON object")


def status(body: Any) -> NationalStatus:
    """A complaint's national status and its history, oldest first."""
    detail = next(
        (p for p in _places(body) if isinstance(p, dict) and "status_code" in p),
        None,
    )
    if detail is None:
        raise Unreadable("complaint detail without status_code")
    entries = []
    for entry in _history(body, detail):
        if not isinstance(entry, dict) or entry.get("status_code") in (None, ""):
            raise Unreadable("status history entry without status_code")
        try:
            at = parse_time(str(entry.get("created_at") or entry.get("updated_at") or ""))
        except ValueError as error:
            raise Unreadable(f"status history entry: {error}") from None
        entries.append(
            NationalLogEntry(str(entry["status_code"]), _text(entry.get("status_name")), at)
        )
    entries.sort(key=lambda e: e.at)  # stable: entries of the same second keep their order
    return NationalStatus(
        str(detail["status_code"]),
        _text(detail.get("status_name")),
        _text(detail.get("disposition_name")),
        entries,
    )


def national_complaint(body: Any, national_id: str) -> NationalComplaint:
    """A complaint's detail, as far as telling whether it is one of ours needs (`sync.neighbours`):
    its id, title, content and tags, wherever the payload sits."""
    detail = next(
        (p for p in _places(body) if isinstance(p, dict) and ("title" in p or "content" in p)),
        None,
    )
    if detail is None:
        raise Unreadable("complaint detail without title or content")
    return NationalComplaint(
        _field(detail, "id", "complaint_id") or national_id,
        _text(detail.get("title")),
        _text(detail.get("content")),
        _text(detail.get("tags_raw") or detail.get("tags")),
    )


def _history(body: Any, detail: dict[str, Any]) -> list[Any]:
    for holder, key in (
        (detail, "logs"),
        (detail, "data_logs"),
        (body.get("results") if isinstance(body, dict) else None, "data_logs"),
        (body, "data_logs"),
        (body.get("results") if isinstance(body, dict) else None, "logs"),
        (body, "logs"),
    ):
        if isinstance(holder, dict) and isinstance(holder.get(key), list):
            return list(holder[key])
    return []


def follow_ups(body: Any) -> list[NationalFollowUp]:
    """A complaint's follow-ups, oldest first. `author` is "" where the API does not say."""
    listed = _first_list(body, ("data", "followups", "follow_ups"))
    if listed is None:
        raise Unreadable("follow-ups answer is not a list")
    found = []
    for entry in listed:
        follow_up = _id_text(entry.get("id")) if isinstance(entry, dict) else None
        if not isinstance(entry, dict) or follow_up is None:
            raise Unreadable("follow-up entry without a numeric id")
        try:
            at = parse_time(str(entry.get("created_at") or ""))
        except ValueError as error:
            raise Unreadable(f"follow-up entry: {error}") from None
        found.append(NationalFollowUp(follow_up, _text(entry.get("content")), at, _author(entry)))
    found.sort(key=lambda f: f.at)
    return found


def _author(entry: dict[str, Any]) -> str:
    author = _text(entry.get("author"))
    if author:
        return author
    # Some deployments say only whether an integration (a desk) posted it; that alone cannot
    # tell which desk, so it never attributes an entry to us (the reference line does).
    if entry.get("from_desk") is True:
        return "integrasi"
    return ""


def search_ids(body: Any) -> list[str]:
    """The national ids a look-up by our reference found (an empty list: none)."""
    listed = _first_list(body, ("data", "complaints"))
    if listed is None:
        raise Unreadable("search answer is not a list")
    ids = []
    for entry in listed:
        found = _field(entry, "complaint_id", "id", "tracking_id")
        if found is None:
            raise Unreadable("search entry without complaint_id")
        ids.append(found)
    return ids


def named_ids(body: Any) -> dict[str, str]:
    """A master list as name -> national id."""
    listed = _first_list(body, ("data", "items"))
    if listed is None:
        raise Unreadable("master list is not a list")
    return {
        str(d["name"]).strip(): found
        for d in listed
        if isinstance(d, dict) and "name" in d and (found := _id_text(d.get("id"))) is not None
    }


def templates(body: Any) -> list[tuple[str, str]]:
    listed = _first_list(body, ("data", "items")) or []
    return [(_text(t.get("name")), _text(t.get("content"))) for t in listed if isinstance(t, dict)]


# --- times -----------------------------------------------------------------------------------

_NATIONAL_FORMATS = ("%d-%m-%Y %H:%M:%S", "%d-%m-%Y %H:%M", "%d/%m/%Y %H:%M:%S")


def parse_time(text: str) -> dt.datetime:
    """`dd-mm-yyyy HH:MM:SS` or ISO 8601; a time without a zone is WIB. ValueError otherwise."""
    text = text.strip()
    if not text:
        raise ValueError("no time given")
    for pattern in _NATIONAL_FORMATS:
        try:
            return dt.datetime.strptime(text, pattern).replace(tzinfo=WIB)
        except ValueError:
            continue
    try:
        moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise ValueError(f"time {text[:40]!r} is neither dd-mm-yyyy HH:MM:SS nor ISO") from None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=WIB)


def _text(value: Any) -> str:
    return "" if value is None else str(value).strip()


# --- bounded tries ---------------------------------------------------------------------------


def unreadable_detail(previous_detail: str, reason: str) -> tuple[int, str]:
    """How many unreadable answers in a row an item has had with this one, and the detail that
    records it (kept in the item's detail, so the count survives a round and a restart)."""
    mark = _UNREADABLE_MARK.match(previous_detail or "")
    count = (int(mark.group(1)) if mark else 0) + 1
    return count, f"unreadable answer {count}/{UNREADABLE_LIMIT}: {reason}"
