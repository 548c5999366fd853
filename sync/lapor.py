"""The SP4N-LAPOR! v3 adapter (see docs/lapor-api.md): two auth headers, the results envelope,
and every way a request can end turned into an acknowledgement or one of `sync.api`'s failures.

Each failure is classified by whether the request can have had an effect:
- not processed, sent again by itself after a back-off (`NotDelivered`, `Offline`): no
  connection, a name that does not resolve, a TLS handshake that fails, a connection broken
  while the request was still being written (`sync.transport`), 429, 503, a hotspot's HTML page
  or redirect in LAPOR!'s place;
- unknown (`OutcomeUnknown`): a timeout or reset after the request was written, 500/502/504 and
  other 5xx, a 2xx whose JSON cannot be read. The engine reconciles it before anything is sent
  again. Reads (GET) are safe to repeat, so every failure of one is "not processed".
"""

from __future__ import annotations

import datetime as dt
import email.utils
import logging
import threading
from collections.abc import Mapping
from typing import Any

import requests

from desktop.domain.outbox import OutgoingComplaint, OutgoingFollowUp, SyncProblem
from sync.api import (
    CredentialsRefused,
    IdMapping,
    Masters,
    NationalComplaint,
    NationalFollowUp,
    NationalLogEntry,
    NationalStatus,
    NotDelivered,
    Offline,
    OutcomeUnknown,
    Refused,
    SendFailure,
    UploadFile,
)
from sync.transport import request_starts, request_written, tracking_session

log = logging.getLogger("sync")

WIB = dt.timezone(dt.timedelta(hours=7))
REFERENCE_PREFIX = "meja-aduan:"
_DETAIL_LIMIT = 300
DEFAULT_TARGET = "default"
PROBE_TIMEOUT = (3.0, 5.0)  # connect, read


def reference_tag(uuid: str) -> str:
    """Our reference, carried in the national complaint's tags so a create whose answer was
    lost can be found again."""
    return f"{REFERENCE_PREFIX}{uuid}"


def parse_national_time(text: str) -> dt.datetime:
    """`d-m-Y H:i:s` in WIB, as LAPOR! writes times; ValueError when it is not."""
    return dt.datetime.strptime(text.strip(), "%d-%m-%Y %H:%M:%S").replace(tzinfo=WIB)


def retry_after_seconds(value: str | None) -> float | None:
    """A Retry-After header: seconds, or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return max(0.0, (when - dt.datetime.now(dt.UTC)).total_seconds())


class MappingMissingError(Refused):
    def __init__(self, kind: str, local: str) -> None:
        super().__init__(SyncProblem.MAPPING_MISSING, f"{kind}: {local}")
        self.kind = kind
        self.local = local


class LaporClient:
    """SP4N-LAPOR! v3 over HTTPS, one keep-alive `requests.Session` per thread (the engine sends
    from a few threads at once; a Session is not meant to be shared between them)."""

    finds_by_reference = True

    def __init__(
        self,
        base_url: str,
        key: str,
        token: str,
        *,
        verify: bool | str = True,
        proxies: Mapping[str, str] | None = None,
        timeout: tuple[float, float] = (10.0, 30.0),
    ) -> None:
        if verify is False:
            raise ValueError("TLS verification is always on")
        self._base = base_url.rstrip("/")
        self._headers = {"Authorization": f"Bearer {key}", "token": token}
        self._verify = verify
        self._proxies = dict(proxies or {})
        self._timeout = timeout
        self._local = threading.local()

    def _session(self) -> requests.Session:
        session: requests.Session | None = getattr(self._local, "session", None)
        if session is None:
            session = tracking_session()
            session.headers.update(self._headers)
            session.verify = self._verify
            session.proxies.update(self._proxies)
            # Proxies come from our settings, not from the environment of a scheduled task.
            session.trust_env = False
            self._local.session = session
        return session

    def close(self) -> None:
        session = getattr(self._local, "session", None)
        if session is not None:
            session.close()

    # --- the calls -------------------------------------------------------------------------

    def probe(self) -> None:
        # Short timeouts: while the link is down the app probes every few seconds, and the
        # first item should go within ten seconds of it coming back.
        self._get("/masters/templates", timeout=PROBE_TIMEOUT)

    def upload(self, file: UploadFile) -> str:
        files = [("attachments[]", (file.name, file.data, file.media_type))]
        data = self._post("/complaints/complaint/file", files=files)
        if isinstance(data, list) and data and isinstance(data[0], dict):
            return _national_id(data[0].get("id"), "id")
        raise OutcomeUnknown(SyncProblem.MALFORMED, "upload answer without document ids")

    def create(
        self, complaint: OutgoingComplaint, attachment_ids: list[str], mapping: IdMapping
    ) -> str:
        body = create_body(complaint, attachment_ids, mapping)
        envelope = self._post("/complaints/complaint", json=body, whole=True)
        return complaint_id_in(envelope)

    def add_follow_up(self, follow_up: OutgoingFollowUp) -> str:
        body: dict[str, Any] = {
            "complaint_id": _as_int(follow_up.national_id),
            "content": follow_up.text,
            "rating": None,
            "is_secret": follow_up.is_secret,
            "attachments": [],
        }
        data = self._post("/complaints/followup/add", json=body)
        if isinstance(data, dict):
            return _national_id(data.get("followup_id", data.get("id")), "followup_id")
        raise OutcomeUnknown(SyncProblem.MALFORMED, "follow-up answer without followup_id")

    def forward(self, follow_up: OutgoingFollowUp, mapping: IdMapping) -> None:
        institution = _mapped(
            mapping, "institution", str(follow_up.institution_id or ""), follow_up.institution_name
        )
        body = {
            "institution_id": _as_int(institution),
            "reason": follow_up.text or "Bukan wewenang",
        }
        data = self._post(f"/complaints/process/{follow_up.national_id}/reject", json=body)
        if not isinstance(data, dict):
            raise OutcomeUnknown(SyncProblem.MALFORMED, "forward answer without data")

    def status(self, national_id: str) -> NationalStatus:
        data = self._get(f"/complaints/{national_id}/complaint")
        if not isinstance(data, dict) or "status_code" not in data:
            raise NotDelivered(SyncProblem.MALFORMED, "complaint detail without status_code")
        log_entries = []
        for entry in data.get("logs") or []:
            try:
                log_entries.append(
                    NationalLogEntry(
                        str(entry["status_code"]),
                        str(entry.get("status_name") or ""),
                        parse_national_time(str(entry["created_at"])),
                    )
                )
            except (KeyError, TypeError, ValueError) as error:
                raise NotDelivered(SyncProblem.MALFORMED, f"status log entry: {error}") from error
        return NationalStatus(
            str(data["status_code"]),
            str(data.get("status_name") or ""),
            str(data.get("disposition_name") or ""),
            log_entries,
        )

    def complaint(self, national_id: str) -> NationalComplaint | None:
        try:
            data = self._get(f"/complaints/{national_id}/complaint")
        except Refused:
            return None
        if not isinstance(data, dict):
            raise NotDelivered(SyncProblem.MALFORMED, "complaint detail is not an object")
        return NationalComplaint(
            str(data.get("id") or data.get("complaint_id") or national_id),
            str(data.get("title") or ""),
            str(data.get("content") or ""),
            str(data.get("tags_raw") or data.get("tags") or ""),
        )

    def follow_ups(self, national_id: str) -> list[NationalFollowUp]:
        data = self._get(f"/complaints/{national_id}/followups")
        if not isinstance(data, list):
            raise NotDelivered(SyncProblem.MALFORMED, "follow-ups answer is not a list")
        found = []
        for entry in data:
            try:
                found.append(
                    NationalFollowUp(
                        str(entry["id"]),
                        str(entry.get("content") or ""),
                        parse_national_time(str(entry["created_at"])),
                        str(entry.get("author") or ""),
                    )
                )
            except (KeyError, TypeError, ValueError) as error:
                raise NotDelivered(SyncProblem.MALFORMED, f"follow-up entry: {error}") from error
        return found

    def find_complaint(self, complaint: OutgoingComplaint) -> str | None:
        data = self._get("/complaints/search", params={"tag": reference_tag(complaint.uuid)})
        if not isinstance(data, list):
            raise NotDelivered(SyncProblem.MALFORMED, "search answer is not a list")
        ids = [
            _national_id(d.get("complaint_id"), "complaint_id") for d in data if isinstance(d, dict)
        ]
        if len(ids) > 1:
            log.warning("complaint %s exists %d times nationally", complaint.local_number, len(ids))
        return min(ids, key=int) if ids else None

    def masters(self) -> Masters:
        institutions = _named_ids(self._get("/masters/institutions/external"))
        try:
            categories: dict[str, str] | None = _named_ids(self._get("/masters/categories"))
        except Refused as error:  # not every deployment offers it
            log.info("no category master list: %s", error.detail)
            categories = None
        templates_data = self._get("/masters/templates")
        templates = [
            (str(t.get("name") or ""), str(t.get("content") or ""))
            for t in templates_data or []
            if isinstance(t, dict)
        ]
        return Masters(institutions, categories, templates)

    # --- the transport -------------------------------------------------------------------

    def _get(
        self,
        path: str,
        params: Mapping[str, str] | None = None,
        timeout: tuple[float, float] | None = None,
    ) -> Any:
        try:
            return _data(self._request("GET", path, params=params, write=False, timeout=timeout))
        except OutcomeUnknown as error:  # a read has no effect to be unsure of
            raise NotDelivered(error.problem, error.detail) from error

    def _post(self, path: str, *, whole: bool = False, **kwargs: Any) -> Any:
        envelope = self._request("POST", path, write=True, **kwargs)
        return envelope if whole else _data(envelope)

    def _request(
        self,
        method: str,
        path: str,
        *,
        write: bool,
        timeout: tuple[float, float] | None = None,
        **kwargs: Any,
    ) -> Any:
        uncertain = OutcomeUnknown if write else NotDelivered
        request_starts()
        try:
            # Redirects are not followed: LAPOR! does not redirect its API, a hotspot's login
            # page does (and a POST followed to it would become a GET).
            response = self._session().request(
                method,
                self._base + path,
                timeout=timeout or self._timeout,
                allow_redirects=False,
                **kwargs,
            )
        except requests.exceptions.ConnectTimeout as error:
            raise Offline(SyncProblem.OFFLINE, "connect timeout") from error
        except requests.exceptions.SSLError as error:
            # A certificate that does not verify is not something waiting fixes by itself,
            # but it is no reason to drop items either: offline, with the reason shown.
            raise Offline(SyncProblem.OFFLINE, f"TLS: {_short(str(error))}") from error
        except requests.exceptions.ProxyError as error:
            raise Offline(SyncProblem.OFFLINE, "proxy refused the connection") from error
        except requests.exceptions.ConnectionError as error:
            if _never_connected(error):
                raise Offline(SyncProblem.OFFLINE, "no connection") from error
            if not request_written():
                # The server cannot have acted on a request it did not read whole.
                raise NotDelivered(
                    SyncProblem.NOT_SENT, "connection lost before the request was sent"
                ) from error
            raise uncertain(SyncProblem.NO_ANSWER, "connection lost before the answer") from error
        except requests.exceptions.Timeout as error:
            raise uncertain(SyncProblem.NO_ANSWER, "no answer in time") from error
        except requests.exceptions.RequestException as error:
            raise uncertain(SyncProblem.NO_ANSWER, type(error).__name__) from error
        return _envelope(response, uncertain)


def _never_connected(error: requests.exceptions.ConnectionError) -> bool:
    """Whether the connection was never made (so the request never left)."""
    text = repr(error.args[0]) if error.args else repr(error)
    return any(
        marker in text
        for marker in (
            "NewConnectionError",
            "NameResolutionError",
            "Connection refused",
            "Failed to establish",
            "ConnectTimeout",
        )
    )


def _short(text: str) -> str:
    return text if len(text) <= _DETAIL_LIMIT else text[: _DETAIL_LIMIT - 1] + "…"


def _server_message(response: requests.Response) -> str:
    try:
        body = response.json()
    except ValueError:
        return f"HTTP {response.status_code}"
    if not isinstance(body, dict):
        return f"HTTP {response.status_code}"
    message = str(body.get("message") or f"HTTP {response.status_code}")
    results = body.get("results")
    errors = results.get("errors") if isinstance(results, dict) else None
    if isinstance(errors, dict) and errors:
        fields = "; ".join(
            f"{name}: {', '.join(map(str, reasons)) if isinstance(reasons, list) else reasons}"
            for name, reasons in errors.items()
        )
        message = f"{message} ({fields})"
    return _short(message)


def _envelope(response: requests.Response, uncertain: type[SendFailure]) -> Any:
    status = response.status_code
    if status in (401, 403):
        raise CredentialsRefused(SyncProblem.AUTH, _server_message(response))
    if status == 429:
        raise NotDelivered(
            SyncProblem.RATE_LIMITED,
            "HTTP 429",
            retry_after_seconds(response.headers.get("Retry-After")),
        )
    if status == 503:
        raise NotDelivered(
            SyncProblem.SERVER_ERROR,
            "HTTP 503",
            retry_after_seconds(response.headers.get("Retry-After")),
        )
    if status == 408 or status >= 500:
        raise uncertain(SyncProblem.SERVER_ERROR, f"HTTP {status}")
    if 400 <= status < 500:
        raise Refused(SyncProblem.REFUSED, _server_message(response))
    content_type = response.headers.get("Content-Type", "")
    if 300 <= status < 400 or (200 <= status < 300 and "html" in content_type.lower()):
        # A hotspot's login page (or a redirect to it) answered in LAPOR!'s place: the
        # request never reached LAPOR!, and goes again by itself.
        raise NotDelivered(SyncProblem.NOT_JSON, f"HTTP {status} {content_type or 'a redirect'}")
    if not 200 <= status < 300:
        raise uncertain(SyncProblem.MALFORMED, f"HTTP {status}")
    if "json" not in content_type.lower():
        raise uncertain(SyncProblem.NOT_JSON, f"HTTP {status} {content_type or 'no content type'}")
    try:
        body = response.json()
    except ValueError as error:
        raise uncertain(SyncProblem.MALFORMED, "JSON cut off or damaged") from error
    if not isinstance(body, dict) or "results" not in body:
        raise uncertain(SyncProblem.MALFORMED, "answer without results")
    return body


def _data(envelope: Any) -> Any:
    results = envelope.get("results")
    if isinstance(results, dict) and "data" in results:
        return results["data"]
    return results


def complaint_id_in(envelope: dict[str, Any]) -> str:
    """The created complaint's id, wherever this deployment puts it."""
    results = envelope.get("results")
    places: list[Any] = [envelope, envelope.get("data")]
    if isinstance(results, dict):
        places = [results.get("data"), results, *places]
    for place in places:
        if isinstance(place, dict) and place.get("complaint_id") not in (None, ""):
            return _national_id(place["complaint_id"], "complaint_id")
    raise OutcomeUnknown(SyncProblem.MALFORMED, "create answer without complaint_id")


def _national_id(value: Any, name: str) -> str:
    text = str(value).strip() if value is not None else ""
    if not text.isdigit():
        raise OutcomeUnknown(SyncProblem.MALFORMED, f"{name} missing or not a number")
    return text


def _as_int(value: str) -> int | str:
    return int(value) if value.isdigit() else value


def _named_ids(data: Any) -> dict[str, str]:
    if not isinstance(data, list):
        raise NotDelivered(SyncProblem.MALFORMED, "master list is not a list")
    return {
        str(d["name"]).strip(): str(d["id"])
        for d in data
        if isinstance(d, dict) and "name" in d and "id" in d
    }


def _mapped(mapping: IdMapping, kind: str, key: str, shown: str) -> str:
    value = mapping.get(kind, {}).get(key)
    if not value:
        raise MappingMissingError(kind, shown or key or "-")
    return value


def create_body(
    complaint: OutgoingComplaint, attachment_ids: list[str], mapping: IdMapping
) -> dict[str, Any]:
    """The create call's body: the complaint's words and the mapped ids, and nothing about the
    complainant (the national system does not need the NIK, name, phone or address)."""
    category = _mapped(
        mapping, "category", str(complaint.category_id or ""), complaint.category_name
    )
    # No target institution chosen: the desk's own government, which IT staff map as "default".
    institution = _mapped(
        mapping,
        "institution",
        str(complaint.institution_id) if complaint.institution_id else DEFAULT_TARGET,
        complaint.institution_name or DEFAULT_TARGET,
    )
    region = complaint.region_code or ""
    location = mapping.get("location", {}).get(region, region)  # Kemendagri codes by default
    return {
        "title": complaint.title,
        "content": complaint.description,
        "channel": _as_int(
            _mapped(mapping, "channel", complaint.channel.value, complaint.channel.value)
        ),
        "classification_id": _as_int(
            _mapped(mapping, "classification", complaint.type.value, complaint.type.value)
        ),
        "disposition_id": _as_int(institution),
        "category_id": _as_int(category),
        "location_id": location or None,
        "date_of_incident": complaint.incident_date.isoformat()
        if complaint.incident_date
        else None,
        "tags_raw": reference_tag(complaint.uuid),
        "is_anonymous": complaint.is_anonymous,
        "is_secret": complaint.is_secret,
        "attachments": [_as_int(a) for a in attachment_ids],
    }
