"""The emulated LAPOR! v3 endpoints (docs/lapor-api.md), each a function Request -> Reply."""

from __future__ import annotations

import io
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass

from werkzeug.datastructures import FileStorage
from werkzeug.formparser import parse_form_data

from sync.hub import national, records
from sync.hub.app import Hub, Reply, Request, error
from sync.hub.validation import (
    Invalid,
    read_new_complaint,
    read_new_followup,
    read_rejection,
)

log = logging.getLogger("sync.hub")

Handler = Callable[[Hub, Request, dict[str, str]], Reply]

MAX_UPLOAD_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True)
class Route:
    """One endpoint; `name` ("POST /complaints/complaint") is what `/_hub/stats` counts."""

    method: str
    pattern: re.Pattern[str]
    name: str
    handler: Handler


def find_route(method: str, path: str) -> tuple[Route, dict[str, str]] | None:
    for route in ROUTES:
        match = route.pattern.fullmatch(path)
        if match and route.method == method:
            return route, match.groupdict()
    return None


def route_name(method: str, path: str) -> str:
    found = find_route(method, path)
    return found[0].name if found else f"{method} (unknown)"


def handle(hub: Hub, request: Request) -> Reply:
    """Answers one API request (faults aside): auth, routing, then the endpoint."""
    if request.path.startswith(("/complaints", "/masters")):
        refused = hub.check_auth(request.headers)
        if refused is not None:
            return refused
    found = find_route(request.method, request.path)
    if found is None:
        if any(r.pattern.fullmatch(request.path) for r in ROUTES):
            return error(405, "method not allowed")
        return error(404, "not found", {"path": [f"no endpoint {request.path}"]})
    route, params = found
    try:
        return route.handler(hub, request, params)
    except Invalid as invalid:
        return error(422, "the given data was invalid", invalid.errors)


def _json_body(request: Request) -> object:
    try:
        return request.json()
    except (ValueError, UnicodeDecodeError):
        raise Invalid({"body": ["must be a JSON object"]}) from None


def _not_found(complaint_id: int) -> Reply:
    return error(404, "complaint not found", {"id": [f"no complaint {complaint_id}"]})


# Masters -------------------------------------------------------------------------------


def institutions(hub: Hub, request: Request, params: dict[str, str]) -> Reply:
    return hub.answer("masters", hub.store.institutions())


def templates(hub: Hub, request: Request, params: dict[str, str]) -> Reply:
    return hub.answer("masters", hub.store.templates())


def categories(hub: Hub, request: Request, params: dict[str, str]) -> Reply:
    if not hub.variants.categories:
        return error(404, "not found", {"path": [f"no endpoint {request.path}"]})
    return hub.answer("masters", hub.store.categories())


# Complaints ----------------------------------------------------------------------------


def upload_files(hub: Hub, request: Request, params: dict[str, str]) -> Reply:
    environ = {
        "REQUEST_METHOD": "POST",
        "CONTENT_TYPE": request.headers.get("Content-Type") or "",
        "CONTENT_LENGTH": str(len(request.body)),
        "wsgi.input": io.BytesIO(request.body),
    }
    _, _, files = parse_form_data(environ, max_content_length=MAX_UPLOAD_BYTES)
    try:
        sent: list[FileStorage] = files.getlist("attachments[]") or files.getlist("attachments")
        uploads = [
            records.Upload(f.filename or "lampiran", f.mimetype or None, f.read()) for f in sent
        ]
    finally:
        # Large parts are spooled to temporary files: close them now, not at collection.
        for _, part in files.items(multi=True):
            part.close()
    if not uploads:
        raise Invalid({"attachments": ["send one or more files as attachments[]"]})
    with hub.store.transaction() as db:
        issued = records.add_files(db, uploads, hub.clock.now())
    return hub.answer("upload", issued)


def create_complaint(hub: Hub, request: Request, params: dict[str, str]) -> Reply:
    new = read_new_complaint(_json_body(request))
    with hub.store.transaction() as db:
        errors: dict[str, list[str]] = {}
        if not records.exists(db, "institutions", new.disposition_id):
            errors["disposition_id"] = ["is not an institution of this hub"]
        if not records.exists(db, "categories", new.category_id):
            errors["category_id"] = ["is not a category of this hub"]
        bad_files = records.unusable_files(db, new.attachments)
        if bad_files:
            errors["attachments"] = bad_files
        if errors:
            raise Invalid(errors)
        complaint_id = records.insert_complaint(db, new, hub.clock.now())
    log.info("complaint %s created", complaint_id)
    return hub.answer("create", {"complaint_id": complaint_id}, "complaint created")


def complaint_detail(hub: Hub, request: Request, params: dict[str, str]) -> Reply:
    complaint_id = int(params["id"])
    with hub.store.transaction() as db:
        national.materialise(db, hub.seed, hub.clock.now(), complaint_id)
        row = records.complaint_row(db, complaint_id)
        if row is None:
            return _not_found(complaint_id)
        return hub.answer("detail", records.complaint_detail(db, row))


def complaint_followups(hub: Hub, request: Request, params: dict[str, str]) -> Reply:
    complaint_id = int(params["id"])
    with hub.store.transaction() as db:
        national.materialise(db, hub.seed, hub.clock.now(), complaint_id)
        if records.complaint_row(db, complaint_id) is None:
            return _not_found(complaint_id)
        return hub.answer("followups", records.followups(db, complaint_id))


def add_followup(hub: Hub, request: Request, params: dict[str, str]) -> Reply:
    new = read_new_followup(_json_body(request))
    with hub.store.transaction() as db:
        now = hub.clock.now()
        # The national side's earlier steps first, so that ids follow the times.
        national.materialise(db, hub.seed, now, new.complaint_id)
        errors: dict[str, list[str]] = {}
        if records.complaint_row(db, new.complaint_id) is None:
            errors["complaint_id"] = [f"no complaint {new.complaint_id}"]
        bad_files = records.unusable_files(db, new.attachments)
        if bad_files:
            errors["attachments"] = bad_files
        if errors:
            raise Invalid(errors)
        followup_id = records.insert_desk_followup(db, new, now)
    return hub.answer("followup_add", {"followup_id": followup_id}, "follow-up added")


def reject_complaint(hub: Hub, request: Request, params: dict[str, str]) -> Reply:
    complaint_id = int(params["id"])
    rejection = read_rejection(_json_body(request))
    with hub.store.transaction() as db:
        now = hub.clock.now()
        national.materialise(db, hub.seed, now, complaint_id)
        row = records.complaint_row(db, complaint_id)
        if row is None:
            return _not_found(complaint_id)
        if not records.exists(db, "institutions", rejection.institution_id):
            raise Invalid({"institution_id": ["is not an institution of this hub"]})
        if row["status_code"] in (3, 5):
            raise Invalid({"complaint_id": ["the complaint is already closed"]})
        national.reject_by_desk(db, complaint_id, rejection.institution_id, rejection.reason, now)
    return hub.answer(
        "reject", {"complaint_id": complaint_id, "status_code": "4"}, "complaint rejected"
    )


def search(hub: Hub, request: Request, params: dict[str, str]) -> Reply:
    if not hub.variants.search:
        return error(404, "not found", {"path": [f"no endpoint {request.path}"]})
    tag = (request.query.get("tag") or [""])[0].strip()
    if not tag:
        raise Invalid({"tag": ["is required"]})
    with hub.store.reading() as db:
        return hub.answer("search", records.search_tag(db, tag))


def _route(method: str, template: str, handler: Handler) -> Route:
    pattern = re.compile(re.sub(r"\{(\w+)\}", r"(?P<\1>[0-9]{1,12})", template))
    return Route(method, pattern, f"{method} {template}", handler)


ROUTES: tuple[Route, ...] = (
    _route("GET", "/masters/institutions/external", institutions),
    _route("GET", "/masters/templates", templates),
    _route("GET", "/masters/categories", categories),
    _route("POST", "/complaints/complaint/file", upload_files),
    _route("POST", "/complaints/complaint", create_complaint),
    _route("GET", "/complaints/search", search),
    _route("GET", "/complaints/{id}/complaint", complaint_detail),
    _route("GET", "/complaints/{id}/followups", complaint_followups),
    _route("POST", "/complaints/followup/add", add_followup),
    _route("POST", "/complaints/process/{id}/reject", reject_complaint),
)
