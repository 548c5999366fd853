"""Checks of the request bodies the desk sends, field by field, as LAPOR!'s `422` names them.

Each `read_*` returns the accepted values or raises `Invalid` with every bad field at once, so
that the desk can show all of them. Which attachment ids and master ids exist is checked by
the caller against the database.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any


class Invalid(Exception):
    """A request body with bad fields: `errors` maps each field to its reasons."""

    def __init__(self, errors: dict[str, list[str]]) -> None:
        super().__init__(", ".join(errors))
        self.errors = errors


@dataclass(frozen=True)
class NewComplaint:
    """The accepted fields of `POST /complaints/complaint`."""

    title: str
    content: str
    channel: int
    classification_id: int
    disposition_id: int
    category_id: int
    location_id: str | None
    date_of_incident: str | None
    tags_raw: str
    is_anonymous: bool
    is_secret: bool
    attachments: list[int] = field(default_factory=list)


@dataclass(frozen=True)
class NewFollowUp:
    """The accepted fields of `POST /complaints/followup/add`."""

    complaint_id: int
    content: str
    rating: int | None
    is_secret: bool
    attachments: list[int] = field(default_factory=list)


@dataclass(frozen=True)
class Rejection:
    """The accepted fields of `POST /complaints/process/{id}/reject`."""

    institution_id: int
    reason: str


class _Reader:
    """Collects the errors of one body while reading its fields."""

    def __init__(self, body: Any) -> None:
        if not isinstance(body, dict):
            raise Invalid({"body": ["must be a JSON object"]})
        self.body: dict[str, Any] = body
        self.errors: dict[str, list[str]] = {}

    def fail(self, name: str, reason: str) -> None:
        self.errors.setdefault(name, []).append(reason)

    def text(self, name: str, *, required: bool = True) -> str:
        value = self.body.get(name)
        if value is None and not required:
            return ""
        if not isinstance(value, str):
            self.fail(name, "is required" if value is None else "must be a string")
            return ""
        if required and not value.strip():
            self.fail(name, "must not be empty")
        return value

    def optional_text(self, name: str) -> str | None:
        value = self.body.get(name)
        if value is not None and not isinstance(value, str):
            self.fail(name, "must be a string")
            return None
        return value

    def integer(self, name: str, low: int | None = None, high: int | None = None) -> int:
        value = self.body.get(name)
        # JSON true is a Python int too; the API means numbers.
        if isinstance(value, bool) or not isinstance(value, int):
            self.fail(name, "is required" if value is None else "must be an integer")
            return 0
        if (low is not None and value < low) or (high is not None and value > high):
            self.fail(name, f"must be between {low} and {high}")
        return value

    def flag(self, name: str) -> bool:
        value = self.body.get(name, False)
        if not isinstance(value, bool):
            self.fail(name, "must be true or false")
            return False
        return value

    def ids(self, name: str) -> list[int]:
        value = self.body.get(name)
        if value is None:
            return []
        if not isinstance(value, list) or any(
            isinstance(v, bool) or not isinstance(v, int) for v in value
        ):
            self.fail(name, "must be a list of uploaded file ids")
            return []
        if len(set(value)) != len(value):
            self.fail(name, "lists a file twice")
        return list(value)

    def done(self) -> None:
        if self.errors:
            raise Invalid(self.errors)


def read_new_complaint(body: Any) -> NewComplaint:
    r = _Reader(body)
    incident = r.optional_text("date_of_incident")
    if incident:
        try:
            dt.date.fromisoformat(incident)
        except ValueError:
            r.fail("date_of_incident", "must be a date as Y-m-d")
    values = NewComplaint(
        title=r.text("title"),
        content=r.text("content"),
        channel=r.integer("channel", 1, 10),
        classification_id=r.integer("classification_id", 1, 3),
        disposition_id=r.integer("disposition_id"),
        category_id=r.integer("category_id"),
        location_id=r.optional_text("location_id"),
        date_of_incident=incident or None,
        tags_raw=r.text("tags_raw", required=False),
        is_anonymous=r.flag("is_anonymous"),
        is_secret=r.flag("is_secret"),
        attachments=r.ids("attachments"),
    )
    r.done()
    return values


def read_new_followup(body: Any) -> NewFollowUp:
    r = _Reader(body)
    rating = r.body.get("rating")
    if rating is not None and (
        isinstance(rating, bool) or not isinstance(rating, int) or not 1 <= rating <= 5
    ):
        r.fail("rating", "must be an integer between 1 and 5, or null")
        rating = None
    values = NewFollowUp(
        complaint_id=r.integer("complaint_id"),
        content=r.text("content"),
        rating=rating,
        is_secret=r.flag("is_secret"),
        attachments=r.ids("attachments"),
    )
    r.done()
    return values


def read_rejection(body: Any) -> Rejection:
    r = _Reader(body)
    values = Rejection(institution_id=r.integer("institution_id"), reason=r.text("reason"))
    r.done()
    return values
