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
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

import requests

from desktop.domain.outbox import OutgoingComplaint, OutgoingFollowUp, SyncProblem
from sync import answers
from sync.api import (
    CredentialsRefused,
    IdMapping,
    Masters,
    NationalComplaint,
    NationalFollowUp,
    NationalStatus,
    NotDelivered,
    NotOffered,
    Offline,
    OutcomeUnknown,
    Refused,
    SendFailure,
    UploadFile,
)
from sync.transport import request_starts, request_written, tracking_session

log = logging.getLogger("sync")

WIB = answers.WIB
REFERENCE_PREFIX = "meja-aduan:"
_DETAIL_LIMIT = 300
DEFAULT_TARGET = "default"
PROBE_TIMEOUT = (3.0, 5.0)  # connect, read


def reference_tag(uuid: str) -> str:
    """Our reference, carried in the national complaint's tags so a create whose answer was
    lost can be found again."""
    return f"{REFERENCE_PREFIX}{uuid}"


def parse_national_time(text: str) -> dt.datetime:
    """A national time (see `sync.answers.parse_time`); ValueError when it is not one."""
    return answers.parse_time(text)


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
        body = self._post("/complaints/complaint/file", files=files)
        return _read(answers.uploaded_ids, body, write=True)[0]

    def create(
        self, complaint: OutgoingComplaint, attachment_ids: list[str], mapping: IdMapping
    ) -> str:
        body = create_body(complaint, attachment_ids, mapping)
        return complaint_id_in(self._post("/complaints/complaint", json=body))

    def add_follow_up(self, follow_up: OutgoingFollowUp) -> str:
        body: dict[str, Any] = {
            "complaint_id": _as_int(follow_up.national_id),
            "content": follow_up.text,
            "rating": None,
            "is_secret": follow_up.is_secret,
            "attachments": [],
        }
        return _read(answers.follow_up_id, self._post("/complaints/followup/add", json=body))

    def forward(self, follow_up: OutgoingFollowUp, mapping: IdMapping) -> None:
        institution = _mapped(
            mapping, "institution", str(follow_up.institution_id or ""), follow_up.institution_name
        )
        body = {
            "institution_id": _as_int(institution),
            "reason": follow_up.text or "Bukan wewenang",
        }
        answer = self._post(f"/complaints/process/{follow_up.national_id}/reject", json=body)
        _read(answers.forward_accepted, answer)

    def status(self, national_id: str) -> NationalStatus:
        return _read(answers.status, self._get(f"/complaints/{national_id}/complaint"), write=False)

    def complaint(self, national_id: str) -> NationalComplaint | None:
        try:
            body = self._get(f"/complaints/{national_id}/complaint")
        except Refused:
            return None
        return _read(lambda b: answers.national_complaint(b, national_id), body, write=False)

    def follow_ups(self, national_id: str) -> list[NationalFollowUp]:
        body = self._get(f"/complaints/{national_id}/followups")
        return _read(answers.follow_ups, body, write=False)

    def find_complaint(self, complaint: OutgoingComplaint) -> str | None:
        """NotOffered (404/405) where this deployment has no look-up."""
        body = self._get("/complaints/search", params={"tag": reference_tag(complaint.uuid)})
        ids = _read(answers.search_ids, body, write=False)
        if len(ids) > 1:
            log.warning("complaint %s exists %d times nationally", complaint.local_number, len(ids))
        return min(ids, key=int) if ids else None

    def masters(self) -> Masters:
        institutions = _read(
            answers.named_ids, self._get("/masters/institutions/external"), write=False
        )
        try:
            categories: dict[str, str] | None = _read(
                answers.named_ids, self._get("/masters/categories"), write=False
            )
        except NotOffered as error:  # not every deployment offers it
            log.info("no category master list: %s", error.detail)
            categories = None
        templates = _read(answers.templates, self._get("/masters/templates"), write=False)
        return Masters(institutions, categories, templates)

    # --- the transport -------------------------------------------------------------------

    def _get(
        self,
        path: str,
        params: Mapping[str, str] | None = None,
        timeout: tuple[float, float] | None = None,
    ) -> Any:
        try:
            return self._request("GET", path, params=params, write=False, timeout=timeout)
        except OutcomeUnknown as error:  # a read has no effect to be unsure of
            raise NotDelivered(error.problem, error.detail) from error

    def _post(self, path: str, **kwargs: Any) -> Any:
        return self._request("POST", path, write=True, **kwargs)

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
    if status in (404, 405):
        raise NotOffered(SyncProblem.REFUSED, _server_message(response))
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
    if not isinstance(body, dict | list):
        raise uncertain(SyncProblem.MALFORMED, "answer is not a JSON object or list")
    # Envelope or not is for `sync.answers` to read: deployments answer both ways.
    return body


_R = TypeVar("_R")


def _read(reader: Callable[[Any], _R], body: Any, *, write: bool = True) -> _R:
    """`reader`'s reading of a 2xx body; a body it cannot read is an unknown outcome for a
    write (it may have taken effect) and "not delivered" for a read (nothing to be unsure of)."""
    try:
        return reader(body)
    except answers.Unreadable as error:
        failure = OutcomeUnknown if write else NotDelivered
        raise failure(SyncProblem.MALFORMED, str(error)) from None


def complaint_id_in(body: Any) -> str:
    """The created complaint's id, wherever this deployment puts it."""
    return _read(answers.complaint_id, body)


def _as_int(value: str) -> int | str:
    return int(value) if value.isdigit() else value


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
